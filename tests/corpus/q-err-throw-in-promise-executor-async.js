// a throw inside a timer inside an executor is not caught by the promise: it is uncaught
process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
const p = new Promise((resolve, reject) => {
  setTimeout(() => { throw new Error('async throw escapes'); }, 10);
});
p.catch(e => console.log('never caught here', e.message));
const q = new Promise(() => { throw new Error('sync throw becomes rejection'); });
q.catch(e => console.log('caught:', e.message));
setTimeout(() => console.log('still alive'), 40);
