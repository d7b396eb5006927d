// awaiting a rejected promise created earlier in the same tick counts as handling it
async function main() {
  const failing = Promise.reject(new Error('created first'));
  const other = Promise.resolve('other');
  console.log(await other);
  try {
    await failing;
  } catch (e) {
    console.log('caught via await:', e.message);
  }
}
main();
