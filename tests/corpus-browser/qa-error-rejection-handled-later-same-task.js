// A rejection handled by a later microtask of the same task is never reported.
// @host browser
const p = Promise.reject(new Error('caught late but in time'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log('handled:', e.message));
});
const q = Promise.reject(new Error('never handled'));
setTimeout(() => console.log('timer 100'), 100);
