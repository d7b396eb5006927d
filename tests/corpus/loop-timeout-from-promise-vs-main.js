// a 0ms timer created from a promise runs before a 100ms timer from the main script
setTimeout(() => console.log('100ms timer from main'), 100);
Promise.resolve().then(() => {
  setTimeout(() => console.log('0ms timer from a promise'), 0);
});
