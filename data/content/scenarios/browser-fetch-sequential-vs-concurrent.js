// @title Two fetches: one after the other, or together
// @host browser
// @note Awaiting each fetch waits for the sum of the latencies;
// @note Promise.all starts both and waits for the slower one.
// @fetch /api/bread 150ms 200 bread
// @fetch /api/butter 150ms 200 butter

async function sequential() {
  await fetch('/api/bread');
  await fetch('/api/butter');
  console.log('sequential: both arrived');
}

async function concurrent() {
  await Promise.all([fetch('/api/bread'), fetch('/api/butter')]);
  console.log('concurrent: both arrived');
}

sequential();
concurrent();
setTimeout(() => console.log('timer at 230 ms'), 230);
