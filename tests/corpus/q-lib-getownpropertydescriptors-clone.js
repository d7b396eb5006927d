// cloning with descriptors keeps getters; structured copy via spread loses them
const src = { _n: 1, get n() { return this._n; }, set n(v) { this._n = v; } };
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(src));
clone.n = 5;
console.log(clone._n, src._n, Object.getOwnPropertyDescriptor(clone, 'n').get !== undefined);
const spread = { ...src };
spread.n = 7;
console.log(spread.n, spread._n, Object.getOwnPropertyDescriptor(spread, 'n'));
const withProto = Object.create(Object.getPrototypeOf([]), Object.getOwnPropertyDescriptors([1, 2]));
console.log(withProto.length, Array.isArray(withProto), withProto instanceof Array);
