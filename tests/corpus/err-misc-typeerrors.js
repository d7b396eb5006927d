// assorted TypeError messages from built-ins
const cases = [
  () => [].reduce((a, b) => a + b),
  () => 'x' in 'string',
  () => ({}) instanceof 5,
  () => Object.defineProperty(1, 'x', {}),
  () => Symbol() + '',
  () => Object.setPrototypeOf({}, 5),
  () => new Set().add.call({}, 1),
  () => Promise.resolve.call(undefined),
];
for (const f of cases) {
  try {
    f();
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
