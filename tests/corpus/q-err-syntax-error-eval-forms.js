// SyntaxError messages from eval and new Function
const srcs = ['let let = 1', 'const x;', 'a => { return', 'function (', '1 +', 'var 1a', 'return 5', '({a:1}', 'break', 'let a; let a;', 'x = 08n', '"\\u{110000}"'];
for (const s of srcs) {
  try { eval(s); console.log('ok', s); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { new Function('a', 'return a +'); } catch (e) { console.log(e.name + ': ' + e.message); }
