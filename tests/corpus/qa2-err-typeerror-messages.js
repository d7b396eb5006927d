const cases = [
  () => null.foo, () => undefined.bar.baz, () => { const o = {}; o.method(); }, () => { const o = { a: {} }; o.a.b.c(); },
  () => { let u; u(); }, () => { const c = 1; c = 2; }, () => new (() => {})(), () => [].reduce((a, b) => a),
  () => Symbol() + '', () => ({}).x.y, () => null[Symbol.iterator], () => { const [a] = null; },
  () => { const { a } = undefined; }, () => { for (const x of 5) {} }, () => { [...{}]; }, () => new Array(-1),
  () => (1).toFixed(101), () => 'abc'.repeat(-1), () => Object.defineProperty(1, 'a', {}), () => Object.freeze([1]).push(2),
  () => { 'use strict'; Object.freeze({ a: 1 }).a = 2; }, () => { class A { constructor() { this.x; } } A(); },
  () => { class B extends Object { constructor() { this.x = 1; } } new B(); }, () => JSON.parse('{bad'), () => JSON.parse(''),
  () => { const o = {}; o.o = o; JSON.stringify(o); }, () => BigInt('x'), () => new Set().add.call({}, 1), () => x.y,
  () => Reflect.ownKeys(1), () => new Promise(), () => Promise.resolve.call(1), () => structuredClone(() => {}),
  () => ({})[Symbol.iterator](), () => { 'use strict'; undeclaredVar = 1; }, () => (void 0)(), () => `${Symbol('t')}`,
  () => Object.setPrototypeOf(Object.preventExtensions({}), {}), () => new WeakMap().set(1, 1), () => 1n + 1,
  () => { const f = function namedFn() {}; f.call.call(5); }, () => decodeURIComponent('%'), () => new Intl.Foo(),
  () => [].at.call(null), () => 'x'.localeCompare(), () => Array.prototype.map.call([1], 5),
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
