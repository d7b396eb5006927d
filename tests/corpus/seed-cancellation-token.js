// seed: token-based cancellation for a long async task
const start = Date.now();
const at = (t) => Math.max(0, start + t - Date.now());
const sleepUntil = (t) => new Promise(r => setTimeout(r, at(t)));
function createToken() { const t = { cancelled: false, cancel() { t.cancelled = true; } }; return t; }
async function download(token) {
  for (let chunk = 1; chunk <= 5; chunk++) {
    if (token.cancelled) throw new Error(`cancelled before chunk ${chunk}`);
    await sleepUntil(chunk * 80);
    console.log('chunk', chunk);
  }
  return 'complete';
}
const token = createToken();
download(token).then(console.log, e => console.log(e.message));
setTimeout(() => token.cancel(), at(200));
