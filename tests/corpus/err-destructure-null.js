// destructuring null or undefined throws TypeError
const cases = [
  () => { const { a } = null; },
  () => { const { b } = undefined; },
  () => { const { c: { d } } = {}; },
  () => { (({ e }) => e)(); },
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
