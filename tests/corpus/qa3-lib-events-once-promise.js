const { EventEmitter, once } = require('events');
const ee = new EventEmitter();
(async () => {
  setTimeout(() => ee.emit('ready', 42, 'extra'), 1);
  const args = await once(ee, 'ready');
  console.log('ready with', args);
  setTimeout(() => ee.emit('error', new Error('bad thing')), 1);
  try { await once(ee, 'never'); } catch (e) { console.log('once rejected:', e.message); }
  console.log('listeners left:', ee.listenerCount('never'), ee.listenerCount('error'));
})();
