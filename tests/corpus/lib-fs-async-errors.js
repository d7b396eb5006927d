// Errors of asynchronous calls arrive in the callback (or reject the
// promise): util.inspect shows them without a stack.
const fs = require('fs');
fs.readFile('missing.txt', (err, data) => {
  console.log(err);
  console.log(data, err instanceof Error);
});
fs.promises.readFile(404).catch((e) => console.log('rejected:', e.code));
fs.promises.stat('/no/such/dir').catch((e) => console.log('rejected:', e.message));
fs.unlink('/no/such/file', (...args) => console.log('unlink args:', args.length, args[0].syscall));
console.log('requests made');
