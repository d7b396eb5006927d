// cancellation with AbortController and an abortable sleep
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('aborted before start'));
    const t = setTimeout(() => resolve(ms), ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); reject(new Error('aborted: ' + signal.reason)); });
  });
}
const ac = new AbortController();
sleep(200, ac.signal).then(v => console.log('slept', v), e => console.log(e.message));
sleep(20, ac.signal).then(v => { console.log('short sleep done', v); ac.abort('enough'); });
sleep(10, ac.signal).then(() => console.log('not affected'));
setTimeout(() => sleep(1, ac.signal).catch(e => console.log(e.message)), 100);
