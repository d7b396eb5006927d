// Object.keys / values / entries return own enumerable string-keyed properties
const obj = { b: 2, a: 1, 3: 'three', [Symbol('s')]: 'sym' };
Object.defineProperty(obj, 'hidden', { value: 'h', enumerable: false });
console.log(Object.keys(obj));
console.log(Object.values(obj));
console.log(Object.entries(obj));
console.log(Object.keys('abc'), Object.values('ab'), Object.entries([7, 8]));
console.log(Object.keys(Object.create({ inherited: 1 })));
console.log(Object.keys(42), Object.entries({}));
