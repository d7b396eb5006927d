// An interval interleaves with timeouts by due time.
// @host browser
let i = 0;
const id = setInterval(() => {
  i++;
  console.log('interval', i);
  if (i === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log('timeout 150'), 150);
setTimeout(() => console.log('timeout 250'), 250);
setTimeout(() => console.log('timeout 50'), 50);
setTimeout(() => console.log('timeout 400 (interval is over)'), 400);
