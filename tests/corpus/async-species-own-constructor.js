// an own "constructor" data property on a promise steers then() and resolve()
class A extends Promise {}
class B extends Promise {}
const p = A.resolve(1);
console.log(p.then(() => {}) instanceof A);
p.constructor = B;
const q = p.then(v => v);
console.log(q instanceof B, q instanceof A);
console.log(B.resolve(p) === p, A.resolve(p) === p);
delete p.constructor;
console.log(A.resolve(p) === p);
const frozen = Object.freeze(Promise.resolve(2));
console.log(frozen.then(() => {}) instanceof Promise, Promise.resolve(frozen) === frozen);
const proxied = new Proxy(Promise.resolve(3), {
  get(target, key, receiver) {
    if (key === 'constructor') console.log('proxy get constructor');
    return Reflect.get(target, key, receiver);
  },
});
try { proxied.then(() => {}); } catch (e) { console.log(e.message); }
const adopted = Promise.resolve(proxied);
console.log(adopted === proxied);
adopted.catch(e => console.log('adopt:', e.message));
