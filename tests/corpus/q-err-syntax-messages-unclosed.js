// SyntaxError messages for unclosed brackets and typos, as reported through eval
const srcs = ['for (let i = 0; i < 3; i++', 'let x = [1, 2', 'foo(1, 2', 'obj = {a 1}', 'let x = `abc', '(a, b', 'if (x) { y()',
  'function (a) {}', 'const {a}', 'for (const x of [1], y of [2]) {}', 'let s = "abc', 'a => {'];
for (const s of srcs) {
  try { eval(s); console.log('ok', s); } catch (e) { console.log(JSON.stringify(s), '->', e.name + ': ' + e.message); }
}
