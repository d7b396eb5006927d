// reading properties of undefined / null gives "Cannot read properties of ..."
const cases = [
  () => undefined.x,
  () => null.x,
  () => { const o = {}; return o.a.b; },
  () => { const arr = []; return arr[0].name; },
  () => { let u; return u['key with space']; },
  () => { const n = null; return n[0]; },
  () => { const s = Symbol('s'); const u = undefined; return u[s]; },
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
}
