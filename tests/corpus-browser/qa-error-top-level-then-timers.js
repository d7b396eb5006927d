// An uncaught throw ends the script, but timers and promises set before it still run.
// @host browser
setTimeout(() => console.log('timer set before the throw'), 0);
Promise.resolve().then(() => console.log('microtask set before the throw'));
console.log('before throw');
class OvenError extends Error {
  constructor(msg) { super(msg); this.name = 'OvenError'; }
}
throw new OvenError('too hot');
