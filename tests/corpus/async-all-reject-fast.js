// Promise.all rejects as soon as one input rejects; the others keep running
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => {
  console.log('settling', v);
  fail ? rej(new Error(v)) : res(v);
}, ms));
Promise.all([delay(150, 'slow ok'), delay(30, 'fast fail', true), delay(90, 'medium fail', true)])
  .then(v => console.log('never', v))
  .catch(e => console.log('all rejected with:', e.message));
