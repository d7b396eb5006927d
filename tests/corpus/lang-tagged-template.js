// tagged templates receive the string parts and the values
function tag(strings, ...values) {
  console.log(strings, values);
  console.log(strings.raw);
  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${values[i]}]` : ''), '');
}
const a = 1, b = 'two';
console.log(tag`x${a}y${b}z`);
console.log(tag`${a}`);
console.log(tag`line\n${b}`);
function same(s) { return s; }
const f = () => same`q`;
console.log(f() === f());
