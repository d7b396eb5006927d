// function display for named, anonymous, arrows, methods, classes and natives
const anon = [function () {}, () => {}, async function () {}, function* () {}];
console.log(anon);
console.log([function f() {}, class {}, class Named {}, class Child extends Array {}]);
console.log(Math.max, Object, Array.prototype.push, parseInt, console.log);
const o = { method() {}, arrow: () => {}, ['dyn' + 'amic']: function () {} };
console.log(o);
const f = () => {};
Object.defineProperty(f, 'name', { value: '' });
console.log(f, [f]);
