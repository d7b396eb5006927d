// an uncaught Error exits with code 1; stdout printed before it is kept
console.log('before');
function fail() {
  throw new Error('uncaught failure');
}
console.log('still before');
fail();
console.log('never printed');
