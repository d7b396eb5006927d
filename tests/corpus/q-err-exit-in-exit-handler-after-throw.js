// process.exit(code) called inside an exit handler after an uncaught throw sets the final code
process.on('exit', (c) => {
  console.log('exit handler sees', c);
  process.exit(5);
});
console.log('about to throw');
throw new Error('boom');
