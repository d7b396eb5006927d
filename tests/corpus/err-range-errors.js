// built-ins that throw RangeError and their messages
const cases = [
  () => new Array(-1),
  () => (1).toFixed(101),
  () => (1).toPrecision(0),
  () => 'abc'.repeat(-1),
  () => (255).toString(37),
  () => String.fromCodePoint(0x110000),
  () => [].length = -1,
  () => new Array(2 ** 32),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
