// handlers on the same promise run in registration order, even if added later
const p = new Promise(r => setTimeout(() => r('v'), 1));
p.then(() => console.log('first'));
p.then(() => console.log('second'));
setTimeout(() => {
  p.then(() => console.log('added after settle'));
  console.log('sync in timer');
}, 20);
p.then(() => console.log('third'));
