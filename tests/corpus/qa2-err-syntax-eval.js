const sources = [
  'if (1) async function* g() {}', 'if (1) function* g() {}', 'if (1) async function g() {}', 'while (0) function f() {}',
  'lbl: function* g() {}', '({...a,} = {})', 'let {...a,} = {}', '[{...a,}] = [{}]', '({...a, b} = {})', 'for ({...a,} of []) {}',
  'let [...r,] = []', 'const x;', 'let let = 1', 'class A { constructor() {} constructor() {} }', '1 = 2', '"use strict"; with ({}) {}',
  'new.target', 'break', 'continue', 'return 1', 'class A { #a; #a; }', '({ get a(x) {} })', 'a?.b = 1', 'a ?? b || c', '-1 ** 2',
  'function f(a, a) { "use strict"; }', 'let x; { var x; }', 'switch (1) { default: default: }', '`${`', '/(/', 'x = {...a,}',
];
for (const src of sources) {
  try { eval(src); console.log('ok     ', src); } catch (e) { console.log(e.constructor.name.padEnd(15), src, '=>', e.message); }
}
