process.on('exit', (code) => console.log('exiting with', code));
console.log('before');
setTimeout(() => console.log('timer skipped'), 0);
Promise.resolve().then(() => console.log('microtask skipped?'));
process.nextTick(() => console.log('tick skipped?'));
const obj = { nested: { fn: null } };
obj.nested.fn();
console.log('after');
