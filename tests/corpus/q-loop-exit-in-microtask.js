// process.exit inside a microtask stops everything queued after it
process.on('exit', (c) => console.log('exit handler', c));
setTimeout(() => console.log('timer never'), 0);
Promise.resolve().then(() => { console.log('m1'); process.exit(4); console.log('not reached'); });
Promise.resolve().then(() => console.log('m2 never'));
process.nextTick(() => console.log('tick first'));
console.log('main');
