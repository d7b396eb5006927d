// function properties: name inference, length with defaults/rest, toString of user code
const anon = function () {};
const arrow = (a, b) => a + b;
const obj = { method() {}, ['comp' + 'uted']() {}, get acc() { return 1; } };
console.log(anon.name, arrow.name, obj.method.name, obj.computed.name);
console.log(Object.getOwnPropertyDescriptor(obj, 'acc').get.name, (() => {}).name === '', Symbol('s').description);
const sy = { [Symbol('tag')]() {} };
console.log(sy[Object.getOwnPropertySymbols(sy)[0]].name);
console.log(arrow.toString(), String(function named(x) { return x; }));
console.log(anon.bind(null).name, arrow.bind(null, 1).length, new Function('a', 'b', 'return a*b')(3, 4));
class K { static m() {} }
console.log(K.name, K.m.name, typeof K.toString(), Function.prototype.toString.call(Math.max));
