// arrays with extra non-index properties show them after the elements
const a = [1, 2, 3];
a.label = 'nums';
console.log(a);
const b = [];
b.key = 'v';
console.log(b);
const c = ['x'];
c[-1] = 'neg';
console.log(c);
const d = [1, 2];
d[Symbol('s')] = 'sym';
console.log(d);
