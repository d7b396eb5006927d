// setInterval cleared from a promise chain after a few ticks
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  Promise.resolve(n).then(v => {
    if (v === 3) { clearInterval(id); console.log('cleared in microtask'); }
  });
}, 20);
process.on('exit', () => console.log('exit after', n, 'ticks'));
