// JSON.parse reviver visits leaves first, with this bound to the holder; deleting via undefined
const seen = [];
const r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":"drop"}', function (k, v) {
  seen.push(k === '' ? '(root)' : k);
  if (k === 'e') return undefined;
  if (typeof v === 'number') return v * 10;
  return v;
});
console.log(seen.join(' '));
console.log(r);
const dates = JSON.parse('{"when":"2020-01-01T00:00:00.000Z"}', (k, v) => (k === 'when' ? new Date(v) : v));
console.log(dates.when instanceof Date, dates.when.getUTCFullYear());
