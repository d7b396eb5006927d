// An error without a message shows only its name.
// @host browser
setTimeout(() => {
  throw new Error();
}, 0);
setTimeout(() => {
  throw new TypeError('');
}, 50);
setTimeout(() => console.log('end'), 100);
