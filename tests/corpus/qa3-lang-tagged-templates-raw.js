function tag(strings, ...vals) {
  console.log(strings, strings.raw, vals);
  return strings.reduce((acc, s, i) => acc + s + (i < vals.length ? `[${vals[i]}]` : ''), '');
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n\t${0}\u0041`);
console.log(tag``);
console.log(String.raw`C:\new\table${1 + 1}\x`);
function same(s) { return s; }
const get = () => same`x`;
console.log(get() === get(), Object.isFrozen(get()));
console.log(tag`bad escape \unicode ${'ok'}`);
const member = { fn(s, v) { return this === member ? 'this ok ' + v : 'lost'; } };
console.log(member.fn`x${42}`);
