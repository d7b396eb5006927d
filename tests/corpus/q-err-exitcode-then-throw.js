// an uncaught exception overrides process.exitCode with 1
process.exitCode = 9;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
setTimeout(() => { throw new Error('late'); }, 0);
console.log('scheduled');
