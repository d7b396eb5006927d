// for await...of over an async generator with timers
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function* ticks() {
  for (let i = 1; i <= 3; i++) {
    await sleep(5);
    yield `tick ${i}`;
  }
}
(async () => {
  for await (const t of ticks()) console.log(t);
  console.log('loop finished');
})();
console.log('started');
