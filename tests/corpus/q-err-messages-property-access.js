// V8 messages for property access on null/undefined in various syntactic forms
const cases = [
  () => { const o = null; return o.x; },
  () => { let u; return u[0]; },
  () => { const o = { a: undefined }; return o.a.b; },
  () => { const o = {}; return o.list.length; },
  () => { const arr = []; return arr[0].name; },
  () => { const o = null; o.x = 1; },
  () => { const { a } = null; },
  () => { const [x] = {}; },
  () => { undefined.foo(); },
  () => { const fn = null; fn(); },
  () => { const o = {}; o.method(); },
  () => { const o = { inner: {} }; o.inner.deep(); },
  () => { [1, 2].mapp(x => x); },
  () => { const s = Symbol('s'); return s.x.y; },
];
for (const c of cases) { try { c(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
