process.on('exit', (code) => console.log('exit code', code));
console.log('start');
setTimeout(() => console.log('timer never runs?'), 0);
Promise.resolve().then(() => console.log('micro'));
const p = Promise.reject(new RangeError('nobody caught me'));
Promise.resolve().then(() => console.log('micro 2'));
