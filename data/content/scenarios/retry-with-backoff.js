// @title Retry with backoff
// @host node
// @note A failing operation is retried after growing delays until it
// @note succeeds or the attempts run out.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

let calls = 0;
async function flakyOven() {
  calls++;
  if (calls < 3) throw new Error('oven not hot yet (call ' + calls + ')');
  return 'baked on call ' + calls;
}

async function retry(fn, attempts, wait) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      console.log('attempt', i, 'failed:', e.message);
      if (i === attempts) throw e;
      await delay(wait);
      wait *= 2;
    }
  }
}

retry(flakyOven, 5, 10).then((v) => console.log(v));
