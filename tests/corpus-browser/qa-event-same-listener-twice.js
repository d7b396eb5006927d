// The same function is registered once per capture flag; once does not re-add it.
// @host browser
const el = document.createElement('div');
document.body.appendChild(el);
let calls = 0;
function handler(e) { calls++; console.log('handler, phase', e.eventPhase); }
el.addEventListener('tap', handler);
el.addEventListener('tap', handler);
el.addEventListener('tap', handler, { once: true });
el.addEventListener('tap', handler, true);
el.dispatchEvent(new Event('tap'));
console.log('calls', calls);
el.removeEventListener('tap', handler);
el.dispatchEvent(new Event('tap'));
console.log('calls', calls);
el.removeEventListener('tap', handler, { capture: true });
el.dispatchEvent(new Event('tap'));
console.log('calls', calls);
