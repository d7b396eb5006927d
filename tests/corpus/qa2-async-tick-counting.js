const log = (m) => console.log(m);
async function returnsPromise() { return Promise.resolve('rp'); }
async function returnsValue() { return 'rv'; }
async function returnsThenable() { return { then(r) { r('rt'); } }; }
async function awaitsPromise() { return await Promise.resolve('ap'); }
returnsPromise().then(log);
returnsValue().then(log);
returnsThenable().then(log);
awaitsPromise().then(log);
Promise.resolve('direct').finally(() => log('finally cb')).then(log);
new Promise(r => r(Promise.resolve('resolved-with-promise'))).then(log);
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4')).then(() => log('t5'));
Promise.reject(new Error('x')).catch(e => log('catch ' + e.message)).finally(() => log('after catch finally'));
Promise.resolve(1).then(2).then(v => log('passthrough ' + v));
Promise.reject(3).then(null, null).catch(v => log('reject passthrough ' + v));
(async () => { log('iife sync'); await undefined; log('iife after 1'); await new Promise(r => setTimeout(r, 0)); log('iife after timer'); })();
setTimeout(() => log('timeout'), 0);
log('sync end');
