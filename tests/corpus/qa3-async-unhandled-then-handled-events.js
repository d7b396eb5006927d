process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason);
  setTimeout(() => p.catch(() => console.log('late catch ran')), 10);
});
process.on('rejectionHandled', p => console.log('rejectionHandled fired', p instanceof Promise));
Promise.reject(new Error('first'));
const p2 = Promise.reject('second');
setTimeout(() => console.log('timer 0'), 0);
process.on('exit', code => console.log('exit', code));
