// A rejected async function nobody awaits is an unhandled rejection.
// @host browser
async function bake() {
  console.log('bake starts');
  await null;
  throw new RangeError('temperature out of range');
}
bake();
console.log('bake() returned a promise');
setTimeout(() => console.log('later timer'), 100);
