// retry with exponential backoff until success or attempts run out
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function retry(fn, { attempts = 3, base = 20 } = {}) {
  for (let i = 1; ; i++) {
    try { return await fn(i); } catch (e) {
      console.log(`attempt ${i} failed: ${e.message}`);
      if (i >= attempts) throw new Error(`gave up after ${i} attempts`);
      await sleep(base * 2 ** (i - 1));
    }
  }
}
retry(async (i) => { if (i < 3) throw new Error('flaky ' + i); return 'ok on ' + i; }).then(console.log);
retry(async () => { throw new Error('always'); }, { attempts: 2, base: 100 }).catch(e => console.log(e.message));
