const EventEmitter = require('events');
class Store extends EventEmitter {
  constructor() { super(); this.items = []; }
  add(x) { this.items.push(x); this.emit('added', x, this.items.length); return this; }
}
const s = new Store();
s.on('added', (x, n) => console.log('on added', x, n));
s.once('added', function (x) { console.log('once', x, this === s); });
s.prependListener('added', () => console.log('prepended first'));
s.add('a').add('b');
console.log(s.listenerCount('added'), s.eventNames(), s.rawListeners('added').length);
const handler = () => console.log('removed handler should not run');
s.on('x', handler); s.off('x', handler); s.emit('x');
console.log(s.emit('nobody'), s.emit('added', 'c', 0));
try { s.emit('error', new Error('emitted error')); } catch (e) { console.log('thrown:', e.message); }
s.on('error', (e) => console.log('handled:', e.message));
s.emit('error', new Error('second'));
s.on('newListener', (ev) => console.log('newListener', ev));
s.on('late', () => {});
const { once } = EventEmitter;
once(s, 'ready').then(([v]) => console.log('once promise', v));
setTimeout(() => s.emit('ready', 42), 5);
console.log(EventEmitter.defaultMaxListeners, typeof EventEmitter.EventEmitter, s instanceof EventEmitter);
s.removeAllListeners('added');
console.log(s.listenerCount('added'), s.getMaxListeners());
