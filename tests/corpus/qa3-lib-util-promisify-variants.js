const util = require('util');
function cb(x, done) { setTimeout(() => x < 0 ? done(new Error('negative')) : done(null, x * 2), 1); }
const p = util.promisify(cb);
p(2).then(v => console.log('ok', v));
p(-1).catch(e => console.log('err', e.message));
function multi(done) { done(null, 'a', 'b'); }
util.promisify(multi)().then(v => console.log('multi gives first only:', v));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom impl');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then(v => console.log(v));
const obj = { v: 10, get(done) { done(null, this.v); } };
util.promisify(obj.get).call(obj).then(v => console.log('this preserved:', v));
try { util.promisify(5); } catch (e) { console.log(e.name, e.code); }
const sleep = util.promisify(setTimeout);
sleep(2, 'slept value').then(v => console.log(v));
const cbified = util.callbackify(async (x) => { if (x) throw null; return 'cb ok'; });
cbified(0, (err, v) => console.log('callbackify', err, v));
cbified(1, (err) => console.log('callbackify reject null ->', err && err.message));
