// a handler attached from a microtask in the same drain still counts as handled
const p = Promise.reject(new Error('handled from a microtask'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => {
    console.log('tick 2 attaches handler');
    p.catch(e => console.log('caught:', e.message));
  });
setTimeout(() => console.log('timer: process survived'), 0);
