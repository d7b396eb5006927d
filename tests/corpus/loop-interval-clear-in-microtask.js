// clearing an interval from a microtask stops it before the next run
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('run', n);
  Promise.resolve().then(() => {
    if (n === 2) {
      clearInterval(id);
      console.log('cleared from microtask');
    }
  });
}, 1);
