function observable(target, onChange, path = []) {
  return new Proxy(target, {
    get(t, p, r) {
      const v = Reflect.get(t, p, r);
      return v && typeof v === 'object' ? observable(v, onChange, [...path, p]) : v;
    },
    set(t, p, v, r) {
      const old = t[p];
      const ok = Reflect.set(t, p, v, r);
      if (old !== v) onChange([...path, p].join('.'), old, v);
      return ok;
    },
    deleteProperty(t, p) { onChange([...path, p].join('.'), t[p], undefined); return Reflect.deleteProperty(t, p); },
  });
}
const state = observable({ user: { name: 'a', tags: [] }, count: 0 }, (path, o, n) => console.log(`${path}: ${JSON.stringify(o)} -> ${JSON.stringify(n)}`));
state.count++;
state.count += 2;
state.user.name = 'b';
state.user.tags.push('x');
state.user.tags.length = 0;
delete state.count;
state.user = { name: 'c' };
console.log(JSON.stringify(state), Object.entries(state));
const sorted = observable([3, 1, 2], (p, o, n) => console.log('sort set', p, o, n));
sorted.sort();
sorted.reverse();
console.log([...sorted]);
