// arrays with holes, extra named properties and negative indices
const a = [1, , , 4, , ];
console.log(a, a.length);
const b = new Array(5);
b[2] = 'mid';
console.log(b);
const c = [1, 2];
c.name = 'named';
c[-1] = 'neg';
c['1.5'] = 'frac';
console.log(c);
console.log([, 'a'], [undefined, , null], new Array(101).fill(0).length);
console.log(Object.assign([], { 3: 'x' }), [[, ,], [,]]);
