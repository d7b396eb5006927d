// logical assignment operators &&= ||= ??= and their short-circuiting
let a = null, b = 0, c = 'set';
a ??= 'default';
b ||= 42;
c &&= c.toUpperCase();
console.log(a, b, c);
const o = { n: 0, s: '', u: undefined };
o.n ??= 5;
o.s ||= 'filled';
o.u ??= 'new';
o.missing &&= 'never';
console.log(o);
let count = 0;
const obj = { get p() { count++; return 1; }, set p(v) { console.log('set', v); } };
obj.p ||= 2;
obj.p &&= 3;
console.log(count);
