process.on('exit', (c) => console.log('exit listener', c));
console.log('before');
await new Promise(() => {});
console.log('never');
