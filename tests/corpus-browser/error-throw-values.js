// Thrown strings and numbers are shown as they are after "Uncaught".
// @host browser
setTimeout(() => {
  throw 'a plain string';
}, 0);
setTimeout(() => {
  throw 42;
}, 50);
setTimeout(() => Promise.reject('rejected string'), 100);
setTimeout(() => Promise.reject(), 200);
setTimeout(() => console.log('end'), 300);
