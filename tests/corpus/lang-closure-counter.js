// closures keep their own private state
function makeCounter(start) {
  let n = start;
  return {
    inc: () => ++n,
    dec: () => --n,
    get: () => n,
  };
}
const a = makeCounter(0);
const b = makeCounter(100);
a.inc();
a.inc();
b.dec();
console.log(a.get(), b.get());
const adders = [1, 2, 3].map(k => x => x + k);
console.log(adders.map(f => f(10)));
function once(fn) {
  let done = false, result;
  return (...args) => (done ? result : ((done = true), (result = fn(...args))));
}
const init = once(x => { console.log('init', x); return x * 2; });
console.log(init(5), init(6));
