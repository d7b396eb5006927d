function tag(strings, ...values) {
  console.log(strings, strings.raw, values, Object.isFrozen(strings), Array.isArray(strings.raw));
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n\u0041${0}`, tag``);
const cache = new Set();
const id = s => (cache.add(s), s);
for (let i = 0; i < 2; i++) id`same`;
id`same`;
console.log(cache.size);
console.log(String.raw`C:\new\table${1 + 1}\x`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3, 4), String.raw({ raw: 'xyz' }, '-', '+'));
function invalid(s) { return [s[0], s.raw[0]]; }
console.log(invalid`\unicode`, invalid`\x4`);
const html = (s, ...v) => s.raw.map((str, i) => str + (v[i] !== undefined ? String(v[i]).replace(/</g, '&lt;') : '')).join('');
console.log(html`<p>${'<script>'}</p>`);
const obj = { method(s, v) { return this === obj ? `method ${v}` : 'lost this'; } };
console.log(obj.method`x${5}`, (0, obj.method)`y${6}`);
console.log(`${[1, 2]}|${{}}|${null}|${undefined}|${() => 1}|${Symbol.iterator.description}`);
console.log(`multi
line ${'ok'}`, `\``, `$`, `\${x}`, `${'$'}{}`);
