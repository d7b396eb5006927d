const EventEmitter = require('events');
class Store extends EventEmitter {
  constructor() { super(); this.name = 'store'; }
}
const s = new Store();
s.on('change', function (a, b) { console.log('function this:', this.name, a, b); });
s.on('change', (a) => console.log('arrow this is module:', this === module.exports, a));
s.emit('change', 1, 2);
console.log(s instanceof EventEmitter, typeof s.on, s.listeners('change').length);
s.removeAllListeners('change');
console.log(s.emit('change'));
const chained = s.on('a', () => {}).on('b', () => {});
console.log(chained === s, s.eventNames());
