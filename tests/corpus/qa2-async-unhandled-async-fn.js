async function fails() { await null; throw new Error('async failure'); }
console.log('before');
fails();
setTimeout(() => console.log('timer should not run'), 0);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
