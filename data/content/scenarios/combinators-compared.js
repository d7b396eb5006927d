// @title The four combinators side by side
// @host node
// @note The same three inputs given to all, allSettled, race and any.

const make = () => [
  new Promise((r) => setTimeout(() => r('slow ok'), 30)),
  new Promise((_, j) => setTimeout(() => j(new Error('fast fail')), 10)),
  new Promise((r) => setTimeout(() => r('medium ok'), 20)),
];

Promise.all(make()).then(
  (v) => console.log('all:', v),
  (e) => console.log('all rejected:', e.message));
Promise.allSettled(make()).then((v) =>
  console.log('allSettled:', v.map((r) => r.status).join(', ')));
Promise.race(make()).then(
  (v) => console.log('race:', v),
  (e) => console.log('race rejected:', e.message));
Promise.any(make()).then((v) => console.log('any:', v));
