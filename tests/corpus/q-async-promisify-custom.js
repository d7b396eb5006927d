// hand-written promisify vs util.promisify with callbacks called synchronously or twice
const util = require('util');
const promisify = (fn) => (...args) => new Promise((res, rej) => fn(...args, (err, val) => (err ? rej(err) : res(val))));
function syncCb(x, cb) { cb(null, x * 2); cb(null, 'second call ignored'); }
function errCb(cb) { cb(new Error('cb error')); }
promisify(syncCb)(21).then(v => console.log('mine', v));
util.promisify(syncCb)(5).then(v => console.log('util', v));
promisify(errCb)().catch(e => console.log('mine err', e.message));
util.promisify(errCb)().catch(e => console.log('util err', e.message));
console.log('sync');
