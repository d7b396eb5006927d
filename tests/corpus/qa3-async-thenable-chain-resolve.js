const log = [];
const inner = { then(res) { log.push('inner.then called'); res('inner value'); } };
const outer = { then(res) { log.push('outer.then called'); res(inner); } };
Promise.resolve(outer).then(v => { log.push('got ' + v); });
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3')).then(() => log.push('p4'));
const getterThenable = {};
Object.defineProperty(getterThenable, 'then', { get() { log.push('then getter'); return undefined; } });
Promise.resolve(getterThenable).then(v => log.push('getter thenable resolved as object: ' + (v === getterThenable)));
setTimeout(() => console.log(log.join('\n')), 0);
