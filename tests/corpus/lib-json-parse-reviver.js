// reviver is called bottom-up; returning undefined deletes the key
const text = '{"a":1,"b":{"c":2,"d":[3,4]},"date":"2020-01-01"}';
const order = [];
const r = JSON.parse(text, function (k, v) {
  order.push(k === '' ? '(root)' : k);
  if (typeof v === 'number') return v * 100;
  if (k === 'date') return undefined;
  return v;
});
console.log(r);
console.log(order.join(' '));
console.log(JSON.parse('[1,[2,3]]', (k, v) => (Array.isArray(v) ? v.length : v)));
