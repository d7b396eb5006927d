// a minimal EventEmitter implementation from a tutorial, with off during emit
class Emitter {
  constructor() { this.events = {}; }
  on(name, fn) { (this.events[name] ||= []).push(fn); return () => this.off(name, fn); }
  off(name, fn) { this.events[name] = (this.events[name] || []).filter(f => f !== fn); }
  emit(name, ...args) { (this.events[name] || []).slice().forEach(fn => fn.apply(this, args)); }
  once(name, fn) { const off = this.on(name, (...a) => { off(); fn(...a); }); }
}
const e = new Emitter();
const offA = e.on('x', v => { console.log('A', v); offA(); });
e.on('x', v => console.log('B', v));
e.once('x', v => console.log('once', v));
e.emit('x', 1);
e.emit('x', 2);
console.log(Object.keys(e.events), e.events.x.length);
