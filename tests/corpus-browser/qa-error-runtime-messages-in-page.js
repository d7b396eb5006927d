// Typical runtime errors, caught, with V8's messages.
// @host browser
const tries = [
  () => undefinedThing + 1,
  () => null.x,
  () => undefined.foo.bar,
  () => (void 0)(),
  () => ({}).method(),
  () => { const k = 1; k = 2; },
  () => new Array(-1),
  () => JSON.parse('{bad'),
  () => document.querySelector('#button').nope(),
  () => structuredClone(() => 1),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.name + ':', e.message); }
}
