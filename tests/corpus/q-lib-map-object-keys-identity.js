// Map keys by identity: objects, arrays, functions, and the same-looking literal
const m = new Map();
const key = { id: 1 };
m.set(key, 'obj').set({ id: 1 }, 'other obj').set([1], 'arr').set('1', 'str').set(1, 'num');
console.log(m.get(key), m.get({ id: 1 }), m.get('1'), m.get(1), m.size);
const cache = new WeakMap();
function heavy(o) {
  if (cache.has(o)) return 'cached ' + cache.get(o);
  const r = Object.keys(o).length;
  cache.set(o, r);
  return 'computed ' + r;
}
console.log(heavy(key), heavy(key), heavy({ a: 1, b: 2 }));
try { cache.set('str', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new WeakSet([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Map([[1, 2]]).has('1'), new Set('hello').size, new Set([[1], [1]]).size);
