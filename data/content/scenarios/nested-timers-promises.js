// @title Timers inside promises, promises inside timers
// @host node
// @note Each timer callback is one macrotask, and the tray is emptied
// @note after each one.

setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise inside timer 1'));
}, 0);

setTimeout(() => console.log('timer 2'), 0);

Promise.resolve().then(() => {
  console.log('promise 1');
  setTimeout(() => console.log('timer from promise 1'), 0);
});
