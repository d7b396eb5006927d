// using new on things that are not constructors
const cases = [
  () => new (() => {})(),
  () => new Math.max(),
  () => { const obj = { m() {} }; return new obj.m(); },
  () => new 5(),
  () => { const f = async function af() {}; return new f(); },
  () => new Symbol(),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
