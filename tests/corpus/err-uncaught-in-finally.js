// finally blocks run before the uncaught exception terminates the process
try {
  console.log('try');
  throw new Error('boom');
} finally {
  console.log('finally runs');
}
console.log('not reached');
