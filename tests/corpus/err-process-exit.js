// process.exit stops immediately with the given code; pending timers never run
setTimeout(() => console.log('never'), 0);
Promise.resolve().then(() => console.log('never either'));
console.log('before exit');
process.exit(7);
console.log('after exit');
