const p = Promise.reject(new Error('x'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch(e => console.log('handled after several microtasks:', e.message));
});
process.on('unhandledRejection', () => console.log('unhandledRejection should not fire'));
setTimeout(() => console.log('done'), 0);
