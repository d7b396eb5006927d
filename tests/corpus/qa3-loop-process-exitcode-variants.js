process.exitCode = 3;
setTimeout(() => {
  console.log('exitCode is', process.exitCode);
  process.exitCode = 5;
}, 0);
process.on('exit', (code) => {
  console.log('exit handler sees', code, process.exitCode);
});
