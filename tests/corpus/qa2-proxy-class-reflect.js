class Model {
  constructor(data) {
    Object.assign(this, data);
    return new Proxy(this, {
      get(t, p, r) { return p in t ? Reflect.get(t, p, r) : `<missing ${String(p)}>`; },
    });
  }
  describe() { return `Model(${this.name})`; }
}
const m = new Model({ name: 'widget' });
console.log(m.name, m.price, m.describe(), m instanceof Model, Object.keys(m));
console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 3, [Symbol('s')]: 4 }), Reflect.has([], 'length'), Reflect.getPrototypeOf([]) === Array.prototype);
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.construct(Date, [0]).getTime(), Reflect.construct(function () { return new.target; }, [], class X {}).name);
console.log(Reflect.defineProperty({}, 'a', { value: 1 }), Reflect.defineProperty(Object.freeze({}), 'a', { value: 1 }), Reflect.isExtensible(Object.seal({})));
console.log(Reflect.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x'), Reflect.get({ get x() { return this; } }, 'x', 42));
const recv = {}; Reflect.set({ set x(v) { this.y = v; } }, 'x', 5, recv);
console.log(recv, Reflect.setPrototypeOf({}, null), Reflect.preventExtensions({}));
try { Reflect.get(1, 'a'); } catch (e) { console.log(e.message); }
try { Reflect.construct(() => {}, []); } catch (e) { console.log(e.message); }
try { Reflect.apply(1); } catch (e) { console.log(e.message); }
const traps = [];
const handler = new Proxy({}, { get(t, trap) { traps.push(trap); return undefined; } });
const p = new Proxy({ a: 1 }, handler);
p.a; p.b = 2; 'a' in p; delete p.a; Object.keys(p); Object.getPrototypeOf(p); Object.isExtensible(p); JSON.stringify(p);
console.log(traps.join(','));
const arrP = new Proxy([], { set(t, k, v) { traps.length = 0; console.log('set', k, v); t[k] = v; return true; } });
arrP.push('x', 'y');
