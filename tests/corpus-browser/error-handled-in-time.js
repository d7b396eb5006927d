// A rejection handled in the same task is not reported.
// @host browser
const p = Promise.reject(new Error('handled soon'));
Promise.resolve().then(() => {
  p.catch((err) => console.log('caught:', err.message));
});
const q = Promise.reject(new Error('handled now'));
q.catch((err) => console.log('caught:', err.message));
setTimeout(() => console.log('no Uncaught lines above'), 100);
