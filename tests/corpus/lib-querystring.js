const qs = require('querystring');
console.log(Object.keys(qs), qs.encode === qs.stringify, qs.decode === qs.parse, qs.escape.name);
for (const s of ['a=1&b=2&a=3&c&d=&e=%20x+y&=z&f=%E2%82%AC&g=%ZZ', '&&x=1&', '=', 'a=b=c', 'a+b=c+d%2B',
  'a=%E2%82', 'a=%e2%82%ac%', '__proto__=1&toString=2', 'caf%C3%A9=cr%C3%A8me', 'q=node.js&tags=a&tags=b&tags=c'])
  console.log(JSON.stringify(s), qs.parse(s));
console.log(qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }), qs.parse('&&a=1', null, null, { maxKeys: 1 }));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a==1||b==2', '||', '=='), qs.parse(5), qs.parse(''));
console.log(qs.parse('x=1&y=%41', null, null, { decodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: NaN, h: "€!'()*~" }));
console.log(qs.stringify({ a: 1e21, b: -0, c: 10n, e: [], f: ['', 'x'], 'k y': 'v&w=z' }));
console.log(qs.stringify({ a: 'x' }, ';', ':'), qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(JSON.stringify(qs.stringify('abc')), qs.stringify([1, 2]), qs.escape(5), qs.escape({ toString() { return 'a b'; } }));
console.log(qs.escape(['x y', 1]), qs.escape('😀/ä'), qs.unescape('%E2%82%AC%zz%4'), qs.unescape('a+b'), qs.unescape('a+b%', true));
try { qs.escape('\uD800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.unescapeBuffer('a%20b%zz+').toString(), qs.unescapeBuffer('%41+', true));
const parsed = qs.parse('page=2&sort=desc&filter=a&filter=b');
console.log(qs.stringify(parsed), Object.getPrototypeOf(parsed));
