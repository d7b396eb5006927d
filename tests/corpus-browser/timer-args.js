// setTimeout and setInterval pass their extra arguments to the callback.
// @host browser
setTimeout((a, b, c) => console.log('timeout got', a, b, c), 10, 'one', 2, 'three');
setTimeout((...args) => console.log('no extra args:', args.length), 20);
let count = 0;
const id = setInterval((label, step) => {
  count += step;
  console.log(label, count);
  if (count >= 3) clearInterval(id);
}, 30, 'interval', 1);
