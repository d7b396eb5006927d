// V8's messages for common runtime errors, as uncaught errors in timers.
// @host browser
setTimeout(() => {
  const order = null;
  console.log(order.size);
}, 0);
setTimeout(() => {
  const oven = {};
  oven.start();
}, 50);
setTimeout(() => {
  console.log(undefinedBakery);
}, 100);
setTimeout(() => console.log('the page is still alive'), 150);
