const src = { d: new Date(0), m: new Map([[1, { x: 1 }]]), s: new Set([1]), re: /ab+c/gi, arr: [1, , 3], n: null, u: undefined, big: 10n };
src.self = src;
const c = structuredClone(src);
console.log(c);
console.log(c.self === c, c.m.get(1) !== src.m.get(1), c.d instanceof Date, c.d.getTime());
try { structuredClone({ f() {} }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(Symbol('x')); } catch (e) { console.log(e.name, e.message); }
class K { constructor() { this.v = 1; } get g() { return 2; } }
const k = structuredClone(new K());
console.log(k, k instanceof K, Object.getPrototypeOf(k) === Object.prototype);
const err = structuredClone(new RangeError('cloned'));
console.log(err instanceof RangeError, err.message, err.name);
