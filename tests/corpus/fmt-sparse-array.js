// holes in arrays print as <N empty items>
console.log([1, , 3]);
console.log([, , ,]);
console.log(new Array(5));
const a = [1];
a[10] = 'ten';
console.log(a);
console.log([, 1, , , 2, , ]);
const b = [];
b[2] = undefined;
console.log(b, b.length);
