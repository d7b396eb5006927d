process.on('exit', (c) => console.log('exit listener', c));
setTimeout(() => console.log('timer runs?'), 0);
await null;
console.log('after await');
throw new Error('top-level failure');
