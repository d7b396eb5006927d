// Function.prototype.toString returns the exact source text of the function only
console.log((function () {}).toString());
console.log((x => x * 2).toString());
console.log(String((async (a, b) => { return a; })));
const f = (function named(a) { return a; });
console.log(f.toString());
const obj = { method(a) { return a; }, get g() { return 1; }, ['comp' + 1]() {} };
console.log(obj.method.toString(), Object.getOwnPropertyDescriptor(obj, 'g').get.toString(), obj.comp1.toString());
class A { static s() { } m() { return 'm'; } }
console.log(A.toString());
console.log(A.s.toString(), A.prototype.m.toString());
console.log([(a) => a, function* gen() { yield 1; }].map(String));
console.log(`${(() => 'tpl')}`, '' + (function () { /* comment kept */ }));
