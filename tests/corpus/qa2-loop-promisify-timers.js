const util = require('util');
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const delay = util.promisify(setTimeout);
function legacy(x, cb) { setTimeout(() => (x < 0 ? cb(new Error('negative')) : cb(null, x * 2)), 10); }
const modern = util.promisify(legacy);
(async () => {
  const t0 = Date.now();
  await delay(50);
  console.log('delay ok', Date.now() - t0 >= 50);
  console.log(await sleep(10, 'sleep value'), await immediate('imm value'));
  console.log(await modern(21));
  try { await modern(-1); } catch (e) { console.log('rejected', e.message); }
  const cbStyle = util.callbackify(async (v) => v + 1);
  cbStyle(1, (err, v) => console.log('callbackify', err, v));
  const results = await Promise.all([sleep(30, 'a'), sleep(10, 'b'), sleep(20, 'c')]);
  console.log(results);
  const winner = await Promise.race([sleep(30, 'slow'), sleep(5, 'fast')]);
  console.log(winner);
  const timeout = (p, ms) => Promise.race([p, new Promise((_, j) => setTimeout(() => j(new Error(`timeout after ${ms}ms`)), ms))]);
  try { await timeout(sleep(100), 20); } catch (e) { console.log(e.message); }
  console.log(await timeout(sleep(5, 'in time'), 20));
})();
