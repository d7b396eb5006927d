// WeakMap and WeakSet never show their entries
console.log(new WeakMap(), new WeakSet());
const k = {};
const wm = new WeakMap([[k, 1]]);
console.log(wm, [new WeakSet([k])]);
console.log({ cache: new WeakMap() });
