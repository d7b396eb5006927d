// A throw in an executor rejects the promise; a throw after resolve is ignored.
// @host browser
const p1 = new Promise(() => { throw new Error('in executor'); });
p1.catch((e) => console.log('p1 caught', e.message));
const p2 = new Promise((resolve) => { resolve('ok'); throw new Error('ignored'); });
p2.then((v) => console.log('p2 value', v));
console.log('sync done');
setTimeout(() => console.log('timer'), 0);
