// @title Handling a rejection too late
// @host node
// @note Node checks for unhandled rejections once the microtasks are
// @note drained; a catch added in a later timer comes too late.

const p = Promise.reject(new Error('late'));
console.log('rejected, no handler yet');

setTimeout(() => {
  p.catch((e) => console.log('caught in a timer:', e.message));
}, 0);
