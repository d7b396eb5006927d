// SyntaxError wording matches V8 for unclosed brackets, stray tokens and common slips
const sources = [
  'if (a {', '(a b)', 'x = [1, 2', 'f(1, 2', 'f(1 2)', 'x = {a: 1;', 'x = `abc', 'x = `${a b}`',
  'function () {}', 'async function () {}', 'function f() { await g() }', 'let {a} ;', 'const [b]',
  'var x = "abc', 'x = 1 /* open', 'for (let i of [1], 2) {}', 'a => {', 'class A { m( }',
];
for (const s of sources) {
  try { new Function(s); console.log('ok', s); } catch (e) { console.log(JSON.stringify(s), '->', e.message); }
}
