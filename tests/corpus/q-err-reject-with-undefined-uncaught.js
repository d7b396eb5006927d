// an unhandled rejection with undefined reason still crashes with exit 1
process.on('exit', (c) => console.log('exit code', c));
Promise.reject();
console.log('sync');
setTimeout(() => console.log('timer never'), 0);
