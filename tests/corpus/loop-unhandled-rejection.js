// an unhandled rejection terminates Node 20 with exit code 1 after the microtask queue drains
console.log('start');
Promise.reject(new Error('nobody handles this'));
Promise.resolve().then(() => console.log('microtasks still run first'));
setTimeout(() => console.log('never: timer'), 0);
console.log('end of script');
