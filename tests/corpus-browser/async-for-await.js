// for await over an async generator that waits on timers (same as Node).
// @host browser
async function* batches() {
  for (let i = 1; i <= 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    yield 'batch ' + i;
  }
}
(async () => {
  for await (const b of batches()) console.log(b);
  console.log('all batches baked');
})();
console.log('oven started');
