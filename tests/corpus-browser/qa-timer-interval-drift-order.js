// An interval and timeouts with interleaving due times.
// @host browser
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 4) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 150'), 150);
setTimeout(() => console.log('timeout 250'), 250);
setTimeout(() => console.log('timeout 450'), 450);
