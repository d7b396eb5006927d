// events.once turns an event into a promise; emitter with async listeners
const { EventEmitter, once } = require('events');
const em = new EventEmitter();
(async () => {
  const [a, b] = await once(em, 'ready');
  console.log('ready with', a, b);
})();
em.on('job', async (n) => { await null; console.log('async listener', n); });
console.log('emit job returns', em.emit('job', 1));
setTimeout(() => em.emit('ready', 'x', 'y'), 20);
console.log('sync end');
