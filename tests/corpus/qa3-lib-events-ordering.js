const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('first'));
e.prependListener('x', () => console.log('prepended'));
e.once('x', () => console.log('once'));
e.prependOnceListener('x', () => console.log('prepended once'));
console.log(e.listenerCount('x'), e.rawListeners('x').length);
e.emit('x');
console.log('--- second emit');
e.emit('x');
function removeMe() { console.log('removeMe ran'); }
e.on('y', () => { console.log('y1 removes y2'); e.removeListener('y', removeMe); });
e.on('y', removeMe);
e.emit('y');
console.log('--- y again');
e.emit('y');
console.log(e.eventNames());
