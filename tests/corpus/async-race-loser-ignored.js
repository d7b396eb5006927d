// after race settles, later rejections of the losers are handled by race itself
const delayedReject = (ms) => new Promise((_, rej) => setTimeout(() => { console.log('loser rejects now'); rej(new Error('late')); }, ms));
const fast = new Promise(r => setTimeout(() => r('winner'), 1));
Promise.race([fast, delayedReject(20)]).then(v => console.log('race:', v));
setTimeout(() => console.log('process is still fine'), 40);
