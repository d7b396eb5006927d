// allSettled reports every outcome as {status, value|reason}
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('nope')),
  delay(5, 'later'),
  'plain',
  Promise.reject('string reason'),
]).then(results => {
  for (const r of results) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : (r.reason.message ?? r.reason));
  }
  console.log(results[0], Object.keys(results[1]));
});
