const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new Error('no listener')); } catch (err) { console.log('thrown:', err.message); }
try { e.emit('error', 'a string'); } catch (err) { console.log('thrown:', err.message, err.code); }
try { e.emit('error'); } catch (err) { console.log('thrown:', err.message); }
e.on('error', err => console.log('handled:', err.message));
console.log(e.emit('error', new Error('with listener')));
console.log(e.emit('nothing'));
const e2 = new EventEmitter();
e2.on('newListener', (name) => console.log('newListener', name));
e2.on('removeListener', (name) => console.log('removeListener', name));
const fn = () => {};
e2.on('data', fn);
e2.off('data', fn);
e2.once('data', fn);
e2.emit('data');
console.log(EventEmitter.defaultMaxListeners, e2.getMaxListeners());
