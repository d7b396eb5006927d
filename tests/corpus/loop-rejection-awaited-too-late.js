// awaiting a rejected promise only after a timer is too late: exit code 1
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function main() {
  const failing = Promise.reject(new Error('waited too long'));
  await sleep(5);
  try {
    await failing;
  } catch (e) {
    console.log('never:', e.message);
  }
}
main();
console.log('main started');
