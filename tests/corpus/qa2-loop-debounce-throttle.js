function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }
function throttle(fn, ms) { let last = -Infinity; return (...a) => { const now = Date.now(); if (now - last >= ms) { last = now; fn(...a); } }; }
const start = Date.now();
const log = (label) => (v) => console.log(label, v);
const d = debounce(log('debounced'), 50);
const th = throttle(log('throttled'), 1000);
let i = 0;
const iv = setInterval(() => {
  i++;
  d(i);
  th(i);
  if (i === 10) clearInterval(iv);
}, 10);
setTimeout(() => d('late'), 200);
function memo(fn) { const cache = new Map(); return (n) => (cache.has(n) ? cache.get(n) : (cache.set(n, fn(n)), cache.get(n))); }
let calls = 0;
const slowSquare = memo((n) => { calls++; return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5), calls);
const curry = (fn) => function c(...a) { return a.length >= fn.length ? fn.apply(this, a) : (...b) => c.apply(this, [...a, ...b]); };
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
const once = (fn) => { let done = false, r; return (...a) => (done ? r : ((done = true), (r = fn(...a)))); };
const init = once(() => { console.log('init runs'); return 'ready'; });
console.log(init(), init());
