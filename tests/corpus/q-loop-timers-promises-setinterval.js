// timers/promises setInterval as an async iterator, stopped with break
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of every(20, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('stopped after', n);
})();
console.log('main');
