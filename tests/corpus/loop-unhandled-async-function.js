// an async function that throws without a caller handling it: exit code 1
async function failing() {
  console.log('failing starts');
  await null;
  throw new Error('async failure');
}
failing();
console.log('called without await or catch');
setTimeout(() => console.log('never: timer'), 0);
