// getOwnPropertyNames includes non-enumerable keys; Reflect.ownKeys adds symbols
const o = { a: 1 };
Object.defineProperty(o, 'hidden', { value: 2 });
o[Symbol('s')] = 3;
console.log(Object.getOwnPropertyNames(o));
console.log(Reflect.ownKeys(o).length);
console.log(Object.getOwnPropertyNames([1, 2]));
console.log(Object.getOwnPropertyNames('hi'));
console.log(Object.getOwnPropertyNames(class { static s() {} m() {} }).sort());
