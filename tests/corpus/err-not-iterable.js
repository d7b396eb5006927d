// spreading or destructuring non-iterables
const cases = [
  () => [...{}],
  () => { const [a] = {}; },
  () => { for (const x of 5) {} },
  () => { const [b] = null; },
  () => new Map([1, 2]),
  () => Math.max(...undefined),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
