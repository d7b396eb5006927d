// rejecting with a non-Error value unhandled also exits with code 1
console.log('before');
new Promise((_, reject) => reject({ code: 'E_CUSTOM' }));
Promise.resolve().then(() => console.log('after one tick'));
process.nextTick(() => console.log('nextTick still runs'));
setTimeout(() => console.log('never: timer'), 0);
