// WeakMap accepts only object keys; used for private data
const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
console.log(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.get({}));
console.log(wm.delete(k1), wm.has(k1), wm.delete(k1));
try {
  wm.set('str', 1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const priv = new WeakMap();
class P { constructor(s) { priv.set(this, s); } secret() { return priv.get(this); } }
console.log(new P('hidden').secret(), typeof wm.size, typeof wm.forEach);
