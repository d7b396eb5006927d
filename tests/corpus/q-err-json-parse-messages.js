// JSON.parse error messages in Node 20
const inputs = ['', '{', '{"a":1,}', "{'a':1}", '[1,2', 'undefined', 'NaN', '{"a":1}x', '01', '"unterminated', 'tru', '{"a" 1}'];
for (const s of inputs) {
  try { JSON.parse(s); console.log('parsed', s); } catch (e) { console.log(e.name + ': ' + e.message); }
}
