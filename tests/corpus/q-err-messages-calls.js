// V8 messages for calling non-functions and constructing non-constructors
const obj = { notFn: 5, nested: { val: 'str' } };
const tries = [
  () => obj.notFn(),
  () => obj.nested.val(),
  () => obj['computed' + 1](),
  () => (1, obj.notFn)(),
  () => new obj.notFn(),
  () => new (() => {})(),
  () => new Math.max(),
  () => new Symbol(),
  () => Symbol() + 1,
  () => { class A {} A(); },
  () => (async () => {})().then.call(1),
  () => JSON.parse('{bad'),
  () => [].reduce((a, b) => a),
  () => new Array(-1),
  () => 'x'.repeat(Infinity),
  () => (123).toString(1),
];
for (const t of tries) { try { t(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
