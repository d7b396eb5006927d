function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`Timed out after ${ms}ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => { clearTimeout(timer); console.log('cleared timer for', ms); });
}
const slow = new Promise(r => setTimeout(() => r('slow result'), 30));
const fast = new Promise(r => setTimeout(() => r('fast result'), 2));
withTimeout(fast, 20).then(v => console.log('ok:', v), e => console.log('err:', e.message));
withTimeout(slow, 5).then(v => console.log('ok:', v), e => console.log('err:', e.message));
async function retry(fn, n) {
  for (let i = 1; ; i++) {
    try { return await fn(i); } catch (e) { console.log('attempt', i, 'failed:', e.message); if (i >= n) throw e; }
  }
}
retry(async (i) => { if (i < 3) throw new Error('flaky ' + i); return 'success on ' + i; }, 5).then(console.log);
retry(async () => { throw new Error('always'); }, 2).catch(e => console.log('gave up:', e.message));
