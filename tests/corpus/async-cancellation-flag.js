// cooperative cancellation with a flag checked between awaits
const start = Date.now();
const at = (t) => Math.max(0, start + t - Date.now());
const sleepUntil = (t) => new Promise(r => setTimeout(r, at(t)));
async function job(token) {
  for (let i = 1; i <= 10; i++) {
    if (token.cancelled) {
      console.log('job cancelled before step', i);
      return 'cancelled';
    }
    console.log('step', i);
    await sleepUntil(i * 100);
  }
  return 'finished';
}
const token = { cancelled: false };
job(token).then(r => console.log('result:', r));
setTimeout(() => { token.cancelled = true; }, at(250));
