// an interval interleaves with one-shot timers by due time
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 4) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 50'), 50);
setTimeout(() => console.log('timeout 270'), 270);
