// removeEventListener must match the capture flag; once listeners are removed before they run.
// @host browser
const el = document.createElement('div');
document.body.appendChild(el);
const fn = (e) => console.log('fn at phase', e.eventPhase);
el.addEventListener('go', fn, true);
el.removeEventListener('go', fn);
el.removeEventListener('go', fn, { capture: false });
el.dispatchEvent(new Event('go'));
el.removeEventListener('go', fn, { capture: true });
el.dispatchEvent(new Event('go'));
console.log('after capture removal');
el.addEventListener('go', function once() {
  console.log('once runs, dispatching again inside');
  el.dispatchEvent(new Event('go'));
}, { once: true });
el.dispatchEvent(new Event('go'));
console.log('end');
