// EventEmitter statics and options: errorMonitor, listenerCount,
// captureRejections, removeAllListeners emitting removeListener.
const EventEmitter = require('events');
const { errorMonitor, getEventListeners } = EventEmitter;
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('x'));
console.log(EventEmitter.listenerCount(e, 'error'), getEventListeners(e, 'error').length);
try { new EventEmitter().emit('error'); } catch (err) { console.log(err.code, err.message); }
try { new EventEmitter().emit('error', 42); } catch (err) { console.log(err.code, err.message, err.context); }
const r = new EventEmitter();
r.on('removeListener', (name) => console.log('removed', name));
r.on('a', () => {}); r.on('a', () => {}); r.on('b', () => {});
r.removeAllListeners('a'); r.removeAllListeners();
console.log(r.eventNames());
const c = new EventEmitter({ captureRejections: true });
c.on('job', async (n) => { throw new Error('async ' + n); });
c.on('error', (err) => console.log('captured', err.message));
c.emit('job', 7);
console.log(typeof errorMonitor, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
