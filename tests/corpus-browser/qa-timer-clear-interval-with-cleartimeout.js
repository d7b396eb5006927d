// clearTimeout and clearInterval share one list of ids: either cancels either kind.
// @host browser
let n = 0;
const interval = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 2) clearTimeout(interval);
}, 20);
const timeout = setTimeout(() => console.log('never printed'), 30);
clearInterval(timeout);
setTimeout(() => console.log('end, interval ran', n, 'times'), 150);
