const { EventEmitter, once } = require('events');
const e = new EventEmitter();
once(e, 'ready').then(([v]) => console.log('once resolved', v));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
e.emit('ready', 'now');
console.log('listeners after emit:', e.listenerCount('ready'), e.listenerCount('error'));
(async () => {
  const failing = once(e, 'data');
  console.log('error listeners while waiting:', e.listenerCount('error'));
  e.emit('error', new Error('boom before data'));
  try { await failing; } catch (err) { console.log('once rejected:', err.message, e.listenerCount('data'), e.listenerCount('error')); }
  setTimeout(() => e.emit('tick', 1, 2, 3), 10);
  const args = await once(e, 'tick');
  console.log('tick args', args);
  const errOnce = once(e, 'error');
  e.emit('error', new Error('awaited error event'));
  console.log('error event as value:', (await errOnce)[0].message);
})();
