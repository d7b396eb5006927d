// writing properties of undefined / null
const cases = [
  () => { const u = undefined; u.x = 1; },
  () => { const n = null; n.y = 2; },
  () => { const o = {}; o.deep.z = 3; },
  () => { const u = undefined; u[0] = 1; },
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
