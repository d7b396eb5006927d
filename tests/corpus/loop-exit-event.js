// process 'exit' and 'beforeExit' events run after the loop empties
process.on('beforeExit', () => {
  if (!globalThis.once) {
    globalThis.once = true;
    console.log('beforeExit: scheduling more work');
    setTimeout(() => console.log('extra timer ran'), 1);
  } else {
    console.log('beforeExit again');
  }
});
process.on('exit', (code) => console.log('exit with', code));
console.log('main done');
