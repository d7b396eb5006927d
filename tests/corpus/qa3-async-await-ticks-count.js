let tick = 0;
let stop = false;
function count() { if (stop) return; tick++; Promise.resolve().then(count); }
count();
const results = [];
async function plain() { return 1; }
async function returnsPromise() { return Promise.resolve(1); }
async function awaitsPromise() { return await Promise.resolve(1); }
const thenable = { then(r) { r(1); } };
async function returnsThenable() { return thenable; }
(async () => {
  for (const [name, fn] of [['plain', plain], ['returnsPromise', returnsPromise], ['awaitsPromise', awaitsPromise], ['returnsThenable', returnsThenable]]) {
    const start = tick;
    await fn();
    results.push(`${name}: ${tick - start}`);
  }
  stop = true;
  console.log(results.join('\n'));
})();
