// replacer function: called with key/value (root key ''), can transform or drop values
const data = { name: 'n', age: 30, password: 'secret', nested: { password: 'x', keep: true } };
console.log(JSON.stringify(data, (k, v) => (k === 'password' ? undefined : v)));
console.log(JSON.stringify({ a: 1, b: [2, 3] }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
const calls = [];
JSON.stringify({ x: { y: 1 }, z: [true] }, function (k, v) {
  calls.push(`${k || '(root)'}:${Array.isArray(this) ? 'array' : typeof this}`);
  return v;
});
console.log(calls);
console.log(JSON.stringify(5, () => 'replaced root'));
