// a synchronous uncaught throw at top level stops the process before any timer or tick runs
setTimeout(() => console.log('timer never'), 0);
process.nextTick(() => console.log('tick never'));
Promise.resolve().then(() => console.log('micro never'));
process.on('exit', (c) => console.log('exit handler runs', c));
console.log('before throw');
null.property;
