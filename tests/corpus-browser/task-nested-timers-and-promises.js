// Timers and promises nested in each other: microtasks always drain first.
// @host browser
setTimeout(() => {
  console.log('timeout 1');
  Promise.resolve().then(() => {
    console.log('promise in timeout 1');
    setTimeout(() => console.log('timeout in promise in timeout 1'), 0);
  });
}, 0);
Promise.resolve().then(() => {
  console.log('promise 1');
  setTimeout(() => {
    console.log('timeout in promise 1');
    Promise.resolve().then(() => console.log('promise in timeout in promise 1'));
  }, 0);
});
setTimeout(() => console.log('timeout 2'), 0);
console.log('sync');
