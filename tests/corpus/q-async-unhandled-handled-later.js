// a rejection handled only in a later timer still triggers the unhandled-rejection crash
process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));
process.on('rejectionHandled', () => console.log('handled later'));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch(e => console.log('caught in timer:', e.message));
}, 20);
console.log('sync end');
