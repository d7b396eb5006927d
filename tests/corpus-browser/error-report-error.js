// @host browser
// reportError reports at once, like an uncaught exception, and returns.
window.addEventListener('error', (ev) => {
  console.log('error event:', ev.message, String(ev.error instanceof Error), String(ev.isTrusted));
  if (ev.error && ev.error.message === 'quiet') ev.preventDefault();
});
console.log('before');
reportError(new TypeError('loud'));
console.log('between');
reportError(new Error('quiet'));
Promise.resolve().then(() => console.log('microtask'));
reportError('just a string');
console.log('after');
setTimeout(() => {
  try { reportError(); } catch (err) { console.log(err.message); }
  reportError(new RangeError('from a timer'));
  console.log('timer done');
}, 10);
