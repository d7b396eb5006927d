// V8 messages from builtins with bad arguments
const tries = [
  () => new Date(NaN).toISOString(),
  () => (1.5).toFixed(-1),
  () => 'abc'.normalize('XYZ'),
  () => [].reduceRight(() => 0),
  () => new Array(2 ** 32),
  () => Array.prototype.forEach.call([1], 'nope'),
  () => [1].map(null),
  () => new Promise(5),
  () => Promise.resolve.call(1),
  () => JSON.parse(undefined),
  () => JSON.parse('{"a": }'),
  () => 'x'.padStart(Infinity),
  () => String.fromCharCode(65, 66).localeCompare(),
  () => new WeakMap([[1, 2]]),
  () => Reflect.ownKeys(1),
  () => Function.prototype.call.call(1),
];
for (const t of tries) { try { console.log('ok', t()); } catch (e) { console.log(e.name + ': ' + e.message); } }
