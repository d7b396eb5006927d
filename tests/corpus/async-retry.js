// retrying a flaky async operation with a delay between attempts
let attempts = 0;
const flaky = () => new Promise((res, rej) => setTimeout(() => (++attempts < 3 ? rej(new Error(`attempt ${attempts} failed`)) : res(`ok on attempt ${attempts}`)), 1));
const sleep = ms => new Promise(r => setTimeout(r, ms));
async function retry(fn, times) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      console.log('retrying after:', e.message);
      if (i >= times) throw e;
      await sleep(2);
    }
  }
}
retry(flaky, 5).then(v => console.log(v));
