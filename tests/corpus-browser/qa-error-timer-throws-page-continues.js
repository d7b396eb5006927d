// A timer that throws is reported, and the next timer still runs; its microtasks ran first.
// @host browser
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('microtask of timer 1'));
  throw new Error('timer 1 broke');
}, 0);
setTimeout(() => console.log('timer 2'), 0);
setTimeout(() => { throw 'a plain string'; }, 50);
setTimeout(() => { throw 404; }, 100);
setTimeout(() => console.log('still alive'), 150);
