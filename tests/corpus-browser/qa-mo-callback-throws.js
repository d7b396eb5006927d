// An observer callback that throws is reported; the next observer is still notified.
// @host browser
const el = document.createElement('div');
new MutationObserver(() => {
  Promise.resolve().then(() => console.log('microtask from first observer'));
  throw new Error('observer failed');
}).observe(el, { attributes: true });
new MutationObserver(() => console.log('second observer runs')).observe(el, { attributes: true });
el.setAttribute('x', '1');
queueMicrotask(() => console.log('microtask queued after the mutation'));
