// arrays of objects and objects of arrays at the depth limit
console.log([{ a: [{ b: 1 }] }]);
console.log({ x: [[1, [2]]] });
console.log([[{}], [[]]]);
console.log({ a: [], b: {}, c: [[]], d: [{}] });
console.log([undefined, [null], [[undefined]]]);
