// Object.assign copies own enumerable properties (invoking getters) and returns the target
const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 }, undefined);
console.log(r === target, target);
const src = { get g() { return 'from getter'; } };
console.log(Object.assign({}, src));
console.log(Object.assign({}, 'xy', [9]));
const nested = { deep: { v: 1 } };
const copy = Object.assign({}, nested);
copy.deep.v = 2;
console.log(nested.deep.v);
const s = Symbol('k');
console.log(Object.assign({}, { [s]: 'sym' })[s]);
