// A custom Error subclass shows its name in the "Uncaught" line.
// @host browser
class OvenError extends Error {
  constructor(message) {
    super(message);
    this.name = 'OvenError';
  }
}
setTimeout(() => {
  throw new OvenError('door stuck');
}, 0);
setTimeout(() => Promise.reject(new OvenError('fan broken')), 50);
setTimeout(() => console.log('after the errors'), 150);
