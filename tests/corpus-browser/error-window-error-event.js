// window's error event sees uncaught errors before the console reports them.
// @host browser
window.addEventListener('error', (event) => {
  console.log('error event:', event.message);
  console.log('event.error is the thrown object:', event.error.message);
});
setTimeout(() => {
  throw new Error('first');
}, 0);
setTimeout(() => {
  throw new SyntaxError('second');
}, 50);
