console.log(JSON.parse(' [1, "2", {"a": null}] '));
console.log(JSON.parse('"\\u0041\\n"'), JSON.parse('1e3'), JSON.parse('-0'), Object.is(JSON.parse('-0'), -0));
const revived = JSON.parse('{"a":1,"b":{"c":2},"d":[3,4]}', function (k, v) {
  if (typeof v === 'number') return v * 100;
  return v;
});
console.log(revived);
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (k, v) => { order.push(k); return v; });
console.log(order);
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', '01', 'undefined', '{"a":1}x', '"\t"', 'NaN']) {
  try { JSON.parse(bad); } catch (e) { console.log(JSON.stringify(bad), '->', e.name + ': ' + e.message); }
}
console.log(JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"__proto__": {"x":1}}')));
