try { new Promise(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Promise(() => {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Promise.resolve.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
const p = new Promise((res, rej) => { res('first'); rej(new Error('ignored')); res('ignored too'); });
p.then(v => console.log('settled with', v));
const self = new Promise(r => setTimeout(() => r(self), 0));
self.catch(e => console.log(e.name + ': ' + e.message));
let resolveOut;
const outer = new Promise(r => { resolveOut = r; });
console.log(typeof resolveOut, resolveOut.length, resolveOut.name === '');
outer.then(v => console.log('resolved later', v));
resolveOut('later');
const { promise, resolve } = typeof Promise.withResolvers === 'function' ? Promise.withResolvers() : { promise: Promise.resolve('no withResolvers'), resolve() {} };
resolve('withResolvers');
promise.then(v => console.log(v));
console.log(Promise.resolve(p) === p, Promise.reject(p) === p, Object.prototype.toString.call(p));
Promise.reject(p).catch(x => console.log('reject does not unwrap:', x === p));
