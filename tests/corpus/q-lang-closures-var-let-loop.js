// classic closure-in-loop quiz with var, let, and an IIFE
var fs = [];
for (var i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map(f => f()));
var gs = [];
for (let j = 0; j < 3; j++) { gs.push(() => j); j++; }
console.log(gs.map(f => f()));
var hs = [];
for (var k = 0; k < 3; k++) hs.push(((k) => () => k * 10)(k));
console.log(hs.map(f => f()));
const obj = {};
for (const key of ['a', 'b']) obj[key] = () => key.toUpperCase();
console.log(obj.a(), obj.b());
let n = 0;
const counters = [1, 2, 3].map(() => { let c = n++; return () => c++; });
console.log(counters[0](), counters[0](), counters[2](), n);
