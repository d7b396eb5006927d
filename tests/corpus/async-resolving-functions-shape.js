// resolving, element and executor functions: own keys, length, name
function describe(label, fn) {
  const keys = Reflect.ownKeys(fn).map(String).join(',');
  const len = Object.getOwnPropertyDescriptor(fn, 'length');
  const name = Object.getOwnPropertyDescriptor(fn, 'name');
  console.log(label, keys, len.value, len.writable, len.enumerable, len.configurable,
              JSON.stringify(name.value), name.writable, 'prototype' in fn);
}
new Promise((resolve, reject) => {
  describe('resolve', resolve);
  describe('reject', reject);
  console.log(resolve === reject, Object.getPrototypeOf(resolve) === Function.prototype);
});
function Spy(executor) {
  describe('executor', executor);
  executor(() => {}, () => {});
}
Promise.resolve.call(Spy, 1);
const original = Promise.prototype.then;
Promise.prototype.then = function (a, b) {
  describe('element', a);
  describe('all reject', b);
  Promise.prototype.then = original;
  return original.call(this, a, b);
};
Promise.all([1]);
try { new (new Promise(r => r()).then.constructor)(); } catch (e) { console.log(e.message); }
