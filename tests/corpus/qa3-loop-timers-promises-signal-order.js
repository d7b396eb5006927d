const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('user listener registered first'));
const p = sleep(100, 'v', { signal: ac.signal });
ac.signal.addEventListener('abort', () => console.log('user listener registered last'));
p.then(v => console.log('resolved', v), e => {
  console.log('rejected:', e.name, e.code, e.message, e.cause === ac.signal.reason);
  console.log(Object.keys(e), e instanceof Error, e.constructor === Error, e.constructor.name, String(e), e.stack.split('\n')[0]);
});
Promise.resolve().then(() => { console.log('abort now'); ac.abort(); console.log('abort returned'); });
const ok = new AbortController();
sleep(1, 'done', { signal: ok.signal }).then(v => { console.log('not aborted:', v); ok.abort(); console.log('late abort is harmless'); });
sleep(1000, 'unref', { ref: false }).then(v => console.log('never', v));
sleep(1, 'x', null).catch(e => console.log(e.code, e.message));
sleep(1, 'x', { signal: {} }).catch(e => console.log(e.code, e.message));
sleep(1, undefined, undefined).then(v => console.log('plain', v));
