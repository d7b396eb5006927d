// process.on('unhandledRejection') prevents the crash and receives the reason
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('first'));
Promise.reject('second');
setTimeout(() => console.log('process survived'), 5);
