// Promise.race timeout wrapper: the slower loser still settles later but is ignored
const sleep = (ms, v) => new Promise(r => setTimeout(() => { console.log('settled', v); r(v); }, ms));
const timeout = (p, ms) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out after ${ms}ms`)), ms))]);
timeout(sleep(20, 'quick'), 100).then(v => console.log('result', v));
timeout(sleep(150, 'slow'), 60).catch(e => console.log(e.message));
Promise.race([]).then(() => console.log('never'));
Promise.race([1, Promise.resolve(2)]).then(v => console.log('race of values', v));
