// events.once with an AbortSignal, and on an EventTarget.
const { once, EventEmitter } = require('events');
(async () => {
  const em = new EventEmitter();
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 1);
  try { await once(em, 'never', { signal: ac.signal }); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(em.listenerCount('never'), em.listenerCount('error'));
  try { await once(em, 'x', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.name); }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [event] = await once(et, 'ping');
  console.log('EventTarget', event.type);
})();
