// await calls then() only when the value is not a plain native promise
const original = Promise.prototype.then;
let calls = 0;
Promise.prototype.then = function (a, b) {
  calls++;
  return original.call(this, a, b);
};
class Sub extends Promise {}
(async () => {
  await Promise.resolve(1);
  console.log('after plain await', calls);
  await Sub.resolve(2);
  console.log('after subclass await', calls);
  const p = Promise.resolve(3);
  p.constructor = Sub;
  await p;
  console.log('after own constructor', calls);
  await { then(r) { r(4); } };
  console.log('after thenable', calls);
  Promise.prototype.then = original;
})();
