process.on('unhandledRejection', (r) => console.log('unhandled:', r.message));
console.log('start');
Promise.reject(new Error('floating'));
const value = await new Promise(r => setImmediate(r, 'imm'));
console.log(value);
process.exitCode = 4;
