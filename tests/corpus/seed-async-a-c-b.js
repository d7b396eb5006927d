// seed: await pauses only the async function; the caller continues first (A, C, B)
async function fn() {
  console.log('A');
  await null;
  console.log('B');
}
fn();
console.log('C');
