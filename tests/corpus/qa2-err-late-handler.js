process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled:', reason.message, p instanceof Promise);
});
process.on('rejectionHandled', (p) => console.log('handled later', p instanceof Promise));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch(e => console.log('caught', e.message));
}, 10);
new Promise((_, reject) => reject(new Error('sync caught'))).catch(e => console.log(e.message));
process.on('exit', c => console.log('exit', c));
