console.log('start');
setTimeout(() => console.log('timer never runs'), 0);
Promise.resolve().then(() => console.log('micro 1'));
async function failLater() { await null; throw new TypeError('async fail'); }
failLater();
process.nextTick(() => console.log('tick'));
process.on('exit', c => console.log('exit with', c));
