// An error thrown by a listener is reported; the other listeners and the caller go on.
// @host browser
const target = new EventTarget();
target.addEventListener('x', () => console.log('listener 1'));
target.addEventListener('x', () => {
  throw new Error('listener 2 failed');
});
target.addEventListener('x', () => console.log('listener 3'));
const result = target.dispatchEvent(new Event('x'));
console.log('dispatchEvent returned', String(result));
