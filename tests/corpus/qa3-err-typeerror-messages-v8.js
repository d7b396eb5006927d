const cases = [
  () => undefined.x,
  () => null.foo.bar,
  () => { const o = {}; o.a.b; },
  () => { const o = { a: null }; o.a.b = 1; },
  () => { let u; u(); },
  () => { const o = {}; o.method(); },
  () => { const o = { inner: {} }; o.inner.fn(); },
  () => { null[Symbol.iterator]; },
  () => { undefined[0]; },
  () => { const arr = [1]; arr[1].x; },
  () => { new (() => {})(); },
  () => { new Math.max(); },
  () => { Symbol() + ''; },
  () => { 1n + 1; },
  () => { ({}).x.y.z; },
  () => { (void 0)(); },
  () => { 'str'(); },
  () => { const { a } = undefined; },
  () => { [].reduce((a, b) => a); },
  () => { Object.defineProperty(1, 'x', {}); },
  () => { new Array(-1); },
  () => { 'abc'.x.y; },
  () => { class A { constructor() { this.x; } } A(); },
  () => { Object.freeze([1]).push(2); },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
