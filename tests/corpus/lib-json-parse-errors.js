// JSON.parse error messages for malformed input
const inputs = ['{', '{"a":1,}', "{'a':1}", '[1,]', '', 'undefined', '01', 'NaN', '{"a" 1}', 'tru'];
for (const s of inputs) {
  try {
    JSON.parse(s);
    console.log('parsed', s);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
