// @host browser
// The timeout option, cancelIdleCallback, and an error thrown by an idle callback.
window.addEventListener('error', (ev) => { console.log('reported:', ev.message); ev.preventDefault(); });
setTimeout(() => {
  const keep = requestIdleCallback(() => console.log('idle kept'));
  const drop = requestIdleCallback(() => console.log('idle dropped'));
  cancelIdleCallback(drop);
  requestIdleCallback((d) => { console.log('idle throws', String(d.didTimeout)); throw new Error('idle boom'); });
  console.log('handles', String(drop - keep));
  setTimeout(() => console.log('timer 0'), 0);
  setTimeout(() => console.log('timer 100'), 100);
}, 200);
setTimeout(() => {
  let busy = 0;
  const tick = () => { busy++; if (busy < 5) setTimeout(tick, 0); else console.log('busy done'); };
  requestIdleCallback((d) => console.log('idle with timeout, didTimeout:', String(d.didTimeout)), { timeout: 2000 });
  tick();
}, 500);
