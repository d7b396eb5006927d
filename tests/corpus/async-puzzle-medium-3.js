// medium puzzle: then callbacks on a promise resolved later by a timer
let resolveLater;
const p = new Promise(r => { resolveLater = r; });
p.then(v => console.log('p then', v));
setTimeout(() => {
  console.log('timer resolves');
  resolveLater('now');
  console.log('after resolve call');
}, 0);
setTimeout(() => console.log('second timer'), 0);
