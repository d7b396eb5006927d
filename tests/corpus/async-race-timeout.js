// racing work against a timeout promise
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const timeout = (ms) => new Promise((_, rej) => setTimeout(() => rej(new Error(`timed out after ${ms}ms`)), ms));
async function withTimeout(work, ms) {
  try {
    return await Promise.race([work, timeout(ms)]);
  } catch (e) {
    return e.message;
  }
}
(async () => {
  console.log(await withTimeout(sleep(10, 'quick work'), 100));
  console.log(await withTimeout(sleep(200, 'slow work'), 20));
})();
