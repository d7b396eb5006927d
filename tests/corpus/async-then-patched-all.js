// Promise.all and friends Invoke the current Promise.prototype.then
const original = Promise.prototype.then;
let calls = 0;
Promise.prototype.then = function (onFulfilled, onRejected) {
  calls++;
  console.log('then #' + calls, typeof onFulfilled, onFulfilled && onFulfilled.length,
              JSON.stringify(onFulfilled && onFulfilled.name), typeof onRejected);
  return original.call(this, onFulfilled, onRejected);
};
Promise.all([1, Promise.resolve(2)]);
console.log('after all', calls);
Promise.allSettled([3]);
console.log('after allSettled', calls);
Promise.any([4]);
Promise.race([5]);
console.log('after any/race', calls);
Promise.prototype.then = original;
Promise.all([6, 7]).then(v => console.log('restored', v.join(), calls));
