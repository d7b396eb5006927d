// medium puzzle: timers inside promises and promises inside timers
setTimeout(() => {
  console.log('t1');
  Promise.resolve().then(() => console.log('t1-p'));
}, 0);
Promise.resolve().then(() => {
  console.log('p1');
  setTimeout(() => console.log('p1-t'), 0);
});
setTimeout(() => console.log('t2'), 0);
console.log('sync');
