// Promise.all rejects with the first error; later rejections are handled silently
const delay = (ms, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(fail)) : res(ms)), ms));
Promise.all([delay(20), delay(40, 'second fails'), delay(80, 'third fails too')])
  .then(() => console.log('never'))
  .catch(e => console.log('all rejected with', e.message));
Promise.allSettled([delay(20, 'x'), delay(30)]).then(rs => console.log(rs.map(r => r.status + ':' + (r.value ?? r.reason.message))));
setTimeout(() => console.log('process still fine'), 120);
