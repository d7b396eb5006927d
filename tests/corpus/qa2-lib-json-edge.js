console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), n: null, nan: NaN, inf: -Infinity, d: new Date(0), neg: -0 }));
console.log(JSON.stringify([undefined, function () {}, Symbol()]), JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(null));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 2), JSON.stringify([1, [2]], null, '--'), JSON.stringify({ a: 1 }, null, 20).length, JSON.stringify({}, null, 2), JSON.stringify([], null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']), JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 2] }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
console.log(JSON.stringify({ toJSON(key) { return `key:${key}`; } }), JSON.stringify({ nested: { toJSON(k) { return k; } } }));
console.log(JSON.stringify('\u2028\u2029\ud800"\\\b\f\n\r\t\u0001'), JSON.stringify({ '': 1, ' ': 2 }));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object(1)), JSON.stringify(Object('s')), JSON.stringify([new Boolean(false)]));
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"__proto__": 1}')), JSON.parse(' [1, "2", {"a": null}] '));
console.log(JSON.parse('{"a": 1, "a": 2}'), JSON.parse('1e5'), JSON.parse('-0'), Object.is(JSON.parse('-0'), -0), JSON.parse('"\\u00e9"'));
console.log(JSON.parse('{"a": [1, 2], "b": {"c": 3}}', function (k, v) { return Array.isArray(v) ? v.length : v; }));
const order = [];
JSON.parse('{"a": {"b": 1}, "c": [2]}', (k, v) => { order.push(k); return v; });
console.log(order);
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '01', '1.', '.5', 'NaN', '"\t"', '{"a":1}x', 'tru', '"abc', '[', '']) {
  try { JSON.parse(bad); console.log('parsed', bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
