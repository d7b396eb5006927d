// SyntaxError messages for common typos, via new Function so the script itself parses
const bodies = [
  'let a = 1; let a = 2;', 'return await 1', 'x => { return x; ', 'if (x) {', 'const = 5', 'foo bar',
  '"abc', 'a +* b', '1 = 2', '[a, b] = 1 = 2', '({ get x(a) {} })', 'break', 'continue foo',
  '"use strict"; delete x', '"use strict"; var let = 1', '"use strict"; 010', '[...a, b] = []',
  'class A { constructor() {} constructor() {} }', 'new.target', 'function f() { super.x }', '#x in {}', 'yield = 1; function* g() { yield = 1 }',
];
for (const b of bodies) {
  try { new Function(b); console.log('ok:', b); } catch (e) { console.log(e.name + ': ' + e.message); }
}
