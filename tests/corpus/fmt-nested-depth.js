// objects nested deeper than 2 levels print as [Object] / [Array]
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]]);
console.log([[[[]]]], [[[{}]]]);
console.log({ l1: { l2: { l3: {} } } });
console.log({ a: [{ b: [{ c: 1 }] }] });
