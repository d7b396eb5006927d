// promise callbacks scheduled by a timer run before the next timer, even if both are due
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve()
    .then(() => console.log('timer 1 -> then 1'))
    .then(() => console.log('timer 1 -> then 2'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('timer 2 -> nextTick'));
}, 0);
setTimeout(() => console.log('timer 3'), 0);
