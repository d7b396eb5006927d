// An async generator driven by for await, with timers between yields.
// @host browser
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function* ticks() {
  for (let i = 1; i <= 3; i++) {
    await wait(50);
    yield i;
  }
  console.log('generator finished');
}
(async () => {
  for await (const n of ticks()) console.log('got', n);
  console.log('loop done');
})();
setTimeout(() => console.log('timer 75'), 75);
console.log('sync end');
