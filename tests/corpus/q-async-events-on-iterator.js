// events.on yields event argument arrays as an async iterator until the loop breaks
const { EventEmitter, on } = require('events');
const em = new EventEmitter();
(async () => {
  setTimeout(() => { em.emit('data', 'a', 1); em.emit('data', 'b', 2); em.emit('data', 'end', 3); }, 20);
  for await (const [name, n] of on(em, 'data')) {
    console.log('event', name, n);
    if (name === 'end') break;
  }
  console.log('listeners left', em.listenerCount('data'));
})();
