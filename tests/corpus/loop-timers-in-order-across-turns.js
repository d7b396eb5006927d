// a chain where each timer schedules the next: total order is fully determined
const names = ['one', 'two', 'three', 'four'];
function next(i) {
  if (i === names.length) return console.log('chain done');
  setTimeout(() => {
    console.log('timer', names[i]);
    Promise.resolve().then(() => console.log('  microtask', names[i]));
    next(i + 1);
  }, i * 2);
}
next(0);
