// EventEmitter: listener order, once, prependListener, and error events
const EventEmitter = require('events');
const em = new EventEmitter();
em.on('data', (x) => console.log('first', x));
em.once('data', (x) => console.log('once', x));
em.prependListener('data', (x) => console.log('prepended', x));
console.log(em.emit('data', 1), em.emit('data', 2), em.emit('nothing'), em.listenerCount('data'));
em.on('error', (e) => console.log('error event:', e.message));
em.emit('error', new Error('handled'));
const bare = new EventEmitter();
try { bare.emit('error', new Error('unhandled error event')); } catch (e) { console.log('threw', e.message); }
console.log(em.eventNames());
