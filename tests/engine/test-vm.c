/* test-vm.c: the compiler and the virtual machine.
 *
 * Most cases are small scripts run through a whole JsState, their stdout
 * compared with what Node 20 printed for them (recorded with `node`); each
 * also runs with the collector at every safepoint.  The rest drive the VM's
 * C interface: the disassembler, source ranges, budgets, the call depth,
 * generators resumed from C, classic scripts and eval. */
#include <glib.h>
#include <string.h>

#include "js-compile.h"

typedef struct {
  const char *name;
  const char *source;
  const char *expected_stdout;
  int expected_code;
} Case;

static const Case cases[] = {
  { "expr/arithmetic",
    "console.log(1 + 2 * 3, 7 / 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1, (-2) ** 2);",
    "7 3.5 1 -1 1024 0.5 4\n",
    0 },
  { "expr/exponent-rounding",
    "let b = 10; console.log(b ** 42, 10 ** 23, b ** -5, Math.pow(b, 42) === b ** 42, NaN ** 0, 1 ** Infinity);",
    "9.999999999999999e+41 1e+23 0.000009999999999999999 true 1 NaN\n",
    0 },
  { "expr/coercion",
    "console.log('3' * '4', '3' + 4, 3 + '4', true + 1, null + 1, undefined + 1, [] + {}, [1,2] + [3]);",
    "12 34 34 2 1 NaN [object Object] 1,23\n",
    0 },
  { "expr/bitwise",
    "console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -1 >> 28, -1 >>> 28, 2 ** 32 | 0);",
    "1 7 6 -6 -2147483648 -1 15 0\n",
    0 },
  { "expr/comparison",
    "console.log(1 < 2, 'a' < 'b', '10' < '9', 10 < '9', null >= 0, undefined >= 0, NaN <= NaN, 'b' > 'a');",
    "true true true false true false false true\n",
    0 },
  { "expr/equality",
    "console.log(1 == '1', 1 === '1', null == undefined, null === undefined, NaN == NaN, 0 == -0, Object.is(0, -0), [1] == 1, {} == '[object Object]');",
    "true false true false false true false true true\n",
    0 },
  { "expr/logical",
    "console.log(0 || 'a', 1 && 'b', null ?\? 'c', 0 ?\? 'd', '' || null || 'e', 1 && 0 && 2);",
    "a b c 0 e 0\n",
    0 },
  { "expr/logical-assign",
    "let a = 0, b = 1, c = null; a ||= 5; b &&= 6; c ?\?= 7; let d = 1; d ||= (() => { throw 1 })(); const o = {x: null}; o.x ?\?= 'set'; o.y ||= 'y'; console.log(a, b, c, d, o);",
    "5 6 7 1 { x: 'set', y: 'y' }\n",
    0 },
  { "expr/compound-assign",
    "let x = 10; x += 5; x -= 3; x *= 2; x /= 4; x %= 4; x **= 3; x <<= 2; x >>= 1; x >>>= 0; x &= 7; x |= 8; x ^= 1; console.log(x); const o = {n: 1}; o.n += 2; o['n'] *= 3; console.log(o.n);",
    "9\n"
    "9\n",
    0 },
  { "expr/compound-once",
    "let n = 0; const o = { get k() { n++; return 'v'; } }; const t = {v: 1}; t[o.k] += 1; console.log(t.v, n);",
    "2 1\n",
    0 },
  { "expr/update",
    "let i = 5; console.log(i++, i, ++i, i--, --i); const o = {a: '1'}; console.log(o.a++, o.a); const arr = [1]; arr[0]++; ++arr[0]; console.log(arr[0]);",
    "5 6 7 7 5\n"
    "1 2\n"
    "3\n",
    0 },
  { "expr/typeof",
    "console.log(typeof 1, typeof 'a', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function(){}, typeof Symbol(), typeof notDeclared, typeof class {});",
    "number string boolean undefined object object object function symbol undefined function\n",
    0 },
  { "expr/void-comma",
    "console.log(void 0, void 'x', (1, 2, 3));",
    "undefined undefined 3\n",
    0 },
  { "expr/conditional",
    "const f = n => n > 0 ? 'pos' : n < 0 ? 'neg' : 'zero'; console.log(f(1), f(-1), f(0));",
    "pos neg zero\n",
    0 },
  { "expr/in-instanceof",
    "const o = {a: 1}; console.log('a' in o, 'b' in o, 'toString' in o, 0 in [1], [] instanceof Array, [] instanceof Object, o instanceof Array);",
    "true false true true true true false\n",
    0 },
  { "expr/delete",
    "const o = {a: 1, b: 2}; console.log(delete o.a, o, delete o['b'], o, delete o.zz); const arr = [1,2,3]; delete arr[1]; console.log(arr, arr.length);",
    "true {} true {} true\n"
    "[ 1, <1 empty item>, 3 ] 3\n",
    0 },
  { "expr/template",
    "const n = 3, s = 'x'; console.log(`a${n}b${s}c`, `${1 + 1}`, `${[1,2]}`, `${{}}`, `line1\\nline2`, `${null} ${undefined}`);",
    "a3bxc 2 1,2 [object Object] line1\n"
    "line2 null undefined\n",
    0 },
  { "expr/tagged-template",
    "function tag(strs, ...vals) { return strs.raw.join('|') + ':' + vals.join(',') + ':' + strs.length; } console.log(tag`a${1}b${2}c`, tag`\\n${'x'}`); const t = s => s; console.log(t`x` === t`x`, Object.isFrozen(t`y`));",
    "a|b|c:1,2:3 \\n|:x:2\n"
    "false true\n",
    0 },
  { "expr/optional-chain",
    "const o = {a: {b: {c: 1}}, f() { return this.a; }, n: null}; console.log(o?.a?.b?.c, o.x?.y.z, o.n?.m, o.f?.()?.b.c, o.g?.(), o?.['a']?.['b']); let u; console.log(u?.x, u?.[0], u?.(), delete u?.x);",
    "1 undefined undefined 1 undefined { c: 1 }\n"
    "undefined undefined undefined true\n",
    0 },
  { "expr/optional-call-this",
    "const o = { v: 'ok', m() { return this.v; } }; console.log(o.m?.(), o?.m(), (o?.m)());",
    "ok ok ok\n",
    0 },
  { "expr/nullish-precedence",
    "console.log((null ?\? 0) || 'x', (null ?\? false) || 'y', undefined ?\? null ?\? 'z', 0 ?\? 1);",
    "x y z 0\n",
    0 },
  { "expr/spread-array",
    "const a = [1, 2], b = [...a, 3, ...'hi', ...new Set([4])]; console.log(b, [...[,1]], [...[1,,2]].length);",
    "[ 1, 2, 3, 'h', 'i', 4 ] [ undefined, 1 ] 3\n",
    0 },
  { "expr/spread-object",
    "const a = {x: 1, y: 2}; const b = {...a, y: 3, ...null, ...undefined, ...'ab'}; console.log(b); const c = {...{get g() { return 'gv'; }}}; console.log(Object.getOwnPropertyDescriptor(c, 'g').value);",
    "{ '0': 'a', '1': 'b', x: 1, y: 3 }\n"
    "gv\n",
    0 },
  { "expr/object-literal",
    "const k = 'dyn'; const o = { a: 1, 'b-c': 2, 3: 'three', [k + 1]: 'd', k, m() { return 'm'; }, get g() { return 'g'; }, set s(v) { this._s = v; }, __proto__: { inh: 'i' } }; o.s = 5; console.log(o, o.inh, o.m(), Object.keys(o));",
    "{\n"
    "  '3': 'three',\n"
    "  a: 1,\n"
    "  'b-c': 2,\n"
    "  dyn1: 'd',\n"
    "  k: 'dyn',\n"
    "  m: [Function: m],\n"
    "  g: [Getter],\n"
    "  s: [Setter],\n"
    "  _s: 5\n"
    "} i m [\n"
    "  '3',    'a', 'b-c',\n"
    "  'dyn1', 'k', 'm',\n"
    "  'g',    's', '_s'\n"
    "]\n",
    0 },
  { "expr/array-holes",
    "const a = [1, , 3]; console.log(a.length, 1 in a, a); const b = [,]; console.log(b.length); const c = []; c[5] = 1; console.log(c.length, c);",
    "3 false [ 1, <1 empty item>, 3 ]\n"
    "1\n"
    "6 [ <5 empty items>, 1 ]\n",
    0 },
  { "expr/regexp",
    "const r = /a(b+)c/g; console.log(r.test('xabbc'), 'abbc abc'.match(/ab+c/g));",
    "true [ 'abbc', 'abc' ]\n",
    0 },
  { "expr/string-index",
    "const s = 'hello'; console.log(s[1], s.length, s['length'], s[10]);",
    "e 5 5 undefined\n",
    0 },
  { "expr/number-literals",
    "console.log(0x1F, 0o17, 0b101, 1e3, 1_000_000, .5, 5., 0.1 + 0.2, 1 / 0, -1 / 0, -0, 2 ** 53 + 1);",
    "31 15 5 1000 1000000 0.5 5 0.30000000000000004 Infinity -Infinity -0 9007199254740992\n",
    0 },
  { "expr/grouping",
    "const o = { m() { return this === o; } }; console.log((o.m)(), (0, o.m)(), (o.m = o.m)());",
    "true false false\n",
    0 },
  { "scope/let-block",
    "let x = 1; { let x = 2; { let x = 3; console.log(x); } console.log(x); } console.log(x);",
    "3\n"
    "2\n"
    "1\n",
    0 },
  { "scope/var-function",
    "function f() { if (true) { var v = 1; } return v; } console.log(f()); console.log(typeof hoisted, hoisted); var hoisted = 2;",
    "1\n"
    "undefined undefined\n",
    0 },
  { "scope/function-hoisting",
    "console.log(h()); function h() { return 'hoisted'; } { function inBlock() { return 'ib'; } } console.log(inBlock());",
    "hoisted\n"
    "ib\n",
    0 },
  { "scope/tdz",
    "try { x; let x = 1; } catch (e) { console.log(e.name, e.message); } try { new C(); class C {} } catch (e) { console.log(e.message); } function f() { return y; } try { f(); } catch (e) { console.log(e.message); } let y = 'late'; console.log(f());",
    "ReferenceError Cannot access 'x' before initialization\n"
    "Cannot access 'C' before initialization\n"
    "Cannot access 'y' before initialization\n"
    "late\n",
    0 },
  { "scope/tdz-for-of-head",
    "try { for (let x of [x]) ; } catch (e) { console.log(e.message); } try { for (const k in { a: k }) ; } catch (e) { console.log(e.message); } const y = 1; for (let x of [y]) console.log(x);",
    "Cannot access 'x' before initialization\n"
    "Cannot access 'k' before initialization\n"
    "1\n",
    0 },
  { "scope/tdz-typeof",
    "try { typeof z; let z; } catch (e) { console.log(e.message); } console.log(typeof undeclared);",
    "Cannot access 'z' before initialization\n"
    "undefined\n",
    0 },
  { "scope/tdz-switch",
    "switch (2) { case 1: let a = 1; break; case 2: try { a; } catch (e) { console.log(e.message); } }",
    "Cannot access 'a' before initialization\n",
    0 },
  { "scope/const-assign",
    "const c = 1; try { c = 2; } catch (e) { console.log(e.name + ': ' + e.message); } try { c++; } catch (e) { console.log(e.message); } console.log(c);",
    "TypeError: Assignment to constant variable.\n"
    "Assignment to constant variable.\n"
    "1\n",
    0 },
  { "scope/loop-closures",
    "const a = [], b = [], c = []; for (let i = 0; i < 3; i++) a.push(() => i); for (var j = 0; j < 3; j++) b.push(() => j); for (const k of 'xyz') c.push(() => k); console.log(a.map(f => f()), b.map(f => f()), c.map(f => f()));",
    "[ 0, 1, 2 ] [ 3, 3, 3 ] [ 'x', 'y', 'z' ]\n",
    0 },
  { "scope/loop-closure-mutation",
    "const fs = []; for (let i = 0; i < 3; i++) { fs.push(() => i); i++; } console.log(fs.map(f => f()));",
    "[ 1, 3 ]\n",
    0 },
  { "scope/closure-counter",
    "function counter() { let n = 0; return { inc: () => ++n, dec: () => --n }; } const a = counter(), b = counter(); a.inc(); a.inc(); b.dec(); console.log(a.inc(), b.dec());",
    "3 -2\n",
    0 },
  { "scope/named-function-expression",
    "const f = function fact(n) { return n < 2 ? 1 : n * fact(n - 1); }; console.log(f(6), typeof fact); const g = function self() { self = 1; return typeof self; }; console.log(g());",
    "720 undefined\n"
    "function\n",
    0 },
  { "scope/shadow-param",
    "function f(a) { var a; return a; } function g(a) { var a = 2; return a; } function h(a, b = () => a) { var a = 'inner'; return [a, b()]; } console.log(f(1), g(1), h('outer'));",
    "1 2 [ 'inner', 'outer' ]\n",
    0 },
  { "scope/default-param-scope",
    "let x = 'outer'; function f(a = x, x2 = a + '!') { let x = 'inner'; return [a, x2, x]; } console.log(f()); function g(a = b, b = 1) {} try { g(); } catch (e) { console.log(e.message); }",
    "[ 'outer', 'outer!', 'inner' ]\n"
    "Cannot access 'b' before initialization\n",
    0 },
  { "scope/arguments",
    "function f() { return [arguments.length, arguments[1], typeof arguments, Array.from(arguments)]; } console.log(f(1, 'two', 3)); function m(a) { a = 2; return arguments[0]; } function s(a) { 'use strict'; a = 2; return arguments[0]; } console.log(m(1), s(1));",
    "[ 3, 'two', 'object', [ 1, 'two', 3 ] ]\n"
    "2 1\n",
    0 },
  { "scope/arguments-arrow",
    "function f() { return (() => arguments.length)(); } console.log(f(1, 2, 3));",
    "3\n",
    0 },
  { "scope/global-this",
    "var gv = 1; console.log(typeof globalThis, this === module.exports, typeof gv); globalThis.implicit = 'g'; console.log(implicit); undeclaredAssign = 5; console.log(globalThis.undeclaredAssign);",
    "object true number\n"
    "g\n"
    "5\n",
    0 },
  { "scope/strict-undeclared",
    "'use strict'; try { notDeclared = 1; } catch (e) { console.log(e.name, e.message); }",
    "ReferenceError notDeclared is not defined\n",
    0 },
  { "scope/catch-scope",
    "try { throw 1; } catch (e) { var e2 = e; let inner = e + 1; console.log(inner); } console.log(e2, typeof e);",
    "2\n"
    "1 undefined\n",
    0 },
  { "scope/eval-free-closures",
    "function outer() { const xs = []; for (let i = 0; i < 3; i++) { let j = i * 2; xs.push(() => i + j); } return xs.map(f => f()); } console.log(outer());",
    "[ 0, 3, 6 ]\n",
    0 },
  { "stmt/if-else",
    "for (const n of [1, 2, 3]) { if (n === 1) console.log('one'); else if (n === 2) console.log('two'); else console.log('other'); }",
    "one\n"
    "two\n"
    "other\n",
    0 },
  { "stmt/while-do",
    "let i = 0; while (i < 3) i++; let j = 10; do { j++; } while (j < 5); console.log(i, j);",
    "3 11\n",
    0 },
  { "stmt/for-variants",
    "let s = ''; for (let i = 0, j = 5; i < j; i += 2, j--) s += i + ':' + j + ' '; for (;;) { s += 'once'; break; } console.log(s);",
    "0:5 2:4 once\n",
    0 },
  { "stmt/for-in",
    "const p = {inh: 1}; const o = Object.create(p); o.b = 2; o.a = 1; o[2] = 'x'; o[1] = 'y'; Object.defineProperty(o, 'hidden', {value: 0, enumerable: false}); const ks = []; for (const k in o) ks.push(k); console.log(ks);",
    "[ '1', '2', 'b', 'a', 'inh' ]\n",
    0 },
  { "stmt/for-in-delete",
    "const o = {a: 1, b: 2, c: 3}; const seen = []; for (const k in o) { seen.push(k); delete o.b; o.d = 4; } console.log(seen);",
    "[ 'a', 'c' ]\n",
    0 },
  { "stmt/for-in-shadow",
    "const proto = {x: 1, y: 2}; const o = Object.create(proto); Object.defineProperty(o, 'x', {value: 3, enumerable: false}); const ks = []; for (const k in o) ks.push(k); console.log(ks); for (const k in null) console.log('never'); for (const k in 'ab') console.log(k);",
    "[ 'y' ]\n"
    "0\n"
    "1\n",
    0 },
  { "stmt/for-of",
    "for (const x of [1, 2]) console.log(x); for (const c of 'ab') console.log(c); for (const [k, v] of new Map([['a', 1]])) console.log(k, v); let last; for (last of [7, 8]); console.log(last);",
    "1\n"
    "2\n"
    "a\n"
    "b\n"
    "a 1\n"
    "8\n",
    0 },
  { "stmt/for-of-close",
    "const it = { [Symbol.iterator]() { return { i: 0, next() { return { value: this.i++, done: this.i > 5 }; }, return() { console.log('closed'); return {}; } }; } }; for (const v of it) { if (v === 2) break; console.log(v); } try { for (const v of it) throw new Error('inside'); } catch (e) { console.log(e.message); } (function () { for (const v of it) return v; })();",
    "0\n"
    "1\n"
    "closed\n"
    "closed\n"
    "inside\n"
    "closed\n",
    0 },
  { "stmt/switch",
    "function f(x) { switch (x) { case 1: return 'one'; case '1': return 'string one'; default: return 'default'; case 2: return 'two'; } } console.log(f(1), f('1'), f(2), f(3)); let s = ''; switch (1) { case 0: s += 'a'; case 1: s += 'b'; case 2: s += 'c'; break; case 3: s += 'd'; } console.log(s);",
    "one string one two default\n"
    "bc\n",
    0 },
  { "stmt/switch-default-middle",
    "function f(x) { let s = ''; switch (x) { case 1: s += '1'; default: s += 'd'; case 2: s += '2'; } return s; } console.log(f(1), f(2), f(9));",
    "1d2 2 d2\n",
    0 },
  { "stmt/labels",
    "outer: for (let i = 0; i < 3; i++) { inner: for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } } blk: { console.log('in'); break blk; } console.log('after');",
    "0 0\n"
    "1 0\n"
    "in\n"
    "after\n",
    0 },
  { "stmt/try-finally-return",
    "function f() { try { return 'try'; } finally { console.log('finally'); } } function g() { try { return 1; } finally { return 2; } } function h() { try { throw 1; } finally { return 'swallowed'; } } console.log(f(), g(), h());",
    "finally\n"
    "try 2 swallowed\n",
    0 },
  { "stmt/try-finally-break",
    "for (let i = 0; i < 3; i++) { try { if (i === 1) break; console.log('body', i); } finally { console.log('fin', i); } } for (let i = 0; i < 2; i++) { try { continue; } finally { console.log('cfin', i); } }",
    "body 0\n"
    "fin 0\n"
    "fin 1\n"
    "cfin 0\n"
    "cfin 1\n",
    0 },
  { "stmt/try-nested",
    "function f() { try { try { throw new Error('inner'); } finally { console.log('inner finally'); } } catch (e) { console.log('caught', e.message); return 'r'; } finally { console.log('outer finally'); } } console.log(f());",
    "inner finally\n"
    "caught inner\n"
    "outer finally\n"
    "r\n",
    0 },
  { "stmt/try-catch-rethrow",
    "try { try { throw new TypeError('t'); } catch (e) { throw new RangeError('r: ' + e.message); } } catch (e) { console.log(e.name, e.message); }",
    "RangeError r: t\n",
    0 },
  { "stmt/throw-values",
    "for (const v of [1, 'str', null, undefined, {a: 1}, [1]]) { try { throw v; } catch (e) { console.log(typeof e, e); } }",
    "number 1\n"
    "string str\n"
    "object null\n"
    "undefined undefined\n"
    "object { a: 1 }\n"
    "object [ 1 ]\n",
    0 },
  { "stmt/catch-destructure",
    "try { throw {code: 42, msg: 'm'}; } catch ({code, msg}) { console.log(code, msg); } try { throw 1; } catch { console.log('no binding'); }",
    "42 m\n"
    "no binding\n",
    0 },
  { "stmt/finally-labeled",
    "function f() { outer: { try { break outer; } finally { console.log('f'); } } return 'done'; } console.log(f());",
    "f\n"
    "done\n",
    0 },
  { "func/default-rest",
    "function f(a, b = a * 2, ...rest) { return [a, b, rest]; } console.log(f(1), f(1, 2, 3, 4), f.length, ((a, b) => 0).length, ((...r) => 0).length);",
    "[ 1, 2, [] ] [ 1, 2, [ 3, 4 ] ] 1 2 0\n",
    0 },
  { "func/this-binding",
    "function show() { return this; } const o = { show }; console.log(show() === globalThis, o.show() === o, show.call(5) instanceof Number, (function () { 'use strict'; return this; })());",
    "true true true undefined\n",
    0 },
  { "func/call-apply-bind",
    "function f(a, b) { return [this.x, a, b]; } const o = {x: 'X'}; console.log(f.call(o, 1, 2), f.apply(o, [3, 4])); const b = f.bind(o, 'bound'); console.log(b(5), b.name, b.length, new (function () { this.y = 1; }.bind({}))());",
    "[ 'X', 1, 2 ] [ 'X', 3, 4 ]\n"
    "[ 'X', 'bound', 5 ] bound f 1 { y: 1 }\n",
    0 },
  { "func/arrow-this",
    "const o = { v: 1, m() { return [1].map(() => this.v); }, n: () => typeof this }; console.log(o.m(), o.n()); function F() { this.v = 'F'; this.get = () => this.v; } const x = new F(); const get = x.get; console.log(get());",
    "[ 1 ] object\n"
    "F\n",
    0 },
  { "func/new-target",
    "function F() { return new.target === F; } console.log(new F() instanceof F, F()); function G() { const a = () => new.target; return a(); } console.log(new G() === undefined, G());",
    "true false\n"
    "false undefined\n",
    0 },
  { "func/constructor-return",
    "function A() { this.a = 1; return {b: 2}; } function B() { this.a = 1; return 7; } console.log(new A(), new B());",
    "{ b: 2 } B { a: 1 }\n",
    0 },
  { "func/names",
    "const a = function () {}, b = () => {}, c = {m() {}, ['x' + 1]: () => {}, get g() { return 1; }}; console.log(a.name, b.name, c.m.name, c.x1.name, Object.getOwnPropertyDescriptor(c, 'g').get.name, (function named() {}).name, (class {}).name); let d; d = function () {}; console.log(d.name);",
    "a b m x1 get g named \n"
    "d\n",
    0 },
  { "func/recursion-deep",
    "function sum(n) { return n === 0 ? 0 : n + sum(n - 1); } console.log(sum(5000));",
    "12502500\n",
    0 },
  { "func/stack-overflow",
    "function f() { return f() + 1; } try { f(); } catch (e) { console.log(e instanceof RangeError, e.message); } console.log('recovered');",
    "true Maximum call stack size exceeded\n"
    "recovered\n",
    0 },
  { "func/stack-overflow-native",
    "function f() { return [1].map(f); } try { f(); } catch (e) { console.log(e instanceof RangeError, e.message); }",
    "true Maximum call stack size exceeded\n",
    0 },
  { "func/not-a-function",
    "const o = {}; const tests = [() => o.foo(), () => undefinedVar(), () => o.a.b(), () => (1, o.x)(), () => o['k' + 1](), () => new o.nope(), () => new (() => 1)(), () => o.f?.g()]; for (const t of tests) { try { t(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }",
    "TypeError: o.foo is not a function\n"
    "ReferenceError: undefinedVar is not defined\n"
    "TypeError: Cannot read properties of undefined (reading 'b')\n"
    "TypeError: (1 , o.x) is not a function\n"
    "TypeError: o[(\"k\" + 1)] is not a function\n"
    "TypeError: o.nope is not a constructor\n"
    "TypeError: (intermediate value) is not a constructor\n",
    0 },
  { "func/not-iterable",
    "const u = undefined, n = 5; for (const t of [() => [...u], () => { for (const x of n); }, () => { const [a] = {}; }, () => Math.max(...n), () => new Map(5)]) { try { t(); } catch (e) { console.log(e.message); } }",
    "u is not iterable\n"
    "n is not iterable\n"
    "{} is not iterable\n"
    "Spread syntax requires ...iterable[Symbol.iterator] to be a function\n"
    "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))\n",
    0 },
  { "func/spread-calls",
    "function f(...a) { return a.length + ':' + a.join(','); } console.log(f(...[1, 2], 3, ...'ab'), Math.max(...[3, 9, 2]), new Array(...[1, 2]).length);",
    "5:1,2,3,a,b 9 2\n",
    0 },
  { "func/iife",
    "const r = (function (x) { return x * 2; })(21); const s = (() => 'arrow')(); console.log(r, s, !function () { return 0; }());",
    "42 arrow true\n",
    0 },
  { "func/getter-receiver",
    "const p = { get who() { return this.name; } }; const c = Object.create(p); c.name = 'child'; console.log(c.who); class A { get g() { return this.constructor.name; } } class B extends A {} console.log(new B().g);",
    "child\n"
    "B\n",
    0 },
  { "func/closures-independent",
    "function make() { let v = 0; return [() => v++, () => v]; } const [inc1, get1] = make(), [inc2, get2] = make(); inc1(); inc1(); inc2(); console.log(get1(), get2());",
    "2 1\n",
    0 },
  { "destructure/array",
    "const [a, , b = 5, ...rest] = [1, 2, undefined, 4, 5]; console.log(a, b, rest); const [x, [y, [z]]] = [1, [2, [3]]]; console.log(x, y, z);",
    "1 5 [ 4, 5 ]\n"
    "1 2 3\n",
    0 },
  { "destructure/object",
    "const {a, b: {c = 'dc'} = {}, ...others} = {a: 1, d: 4, e: 5}; console.log(a, c, others); const {length} = 'hello', {[`k${1}`]: k1} = {k1: 'K'}; console.log(length, k1);",
    "1 dc { d: 4, e: 5 }\n"
    "5 K\n",
    0 },
  { "destructure/assignment",
    "let a, b; [a, b] = [1, 2]; [a, b] = [b, a]; console.log(a, b); const o = {}; ({x: o.x, y: o['y'], z: o.z = 'dz'} = {x: 1, y: 2}); console.log(o); const arr = []; [arr[1], arr[0]] = ['b', 'a']; console.log(arr);",
    "2 1\n"
    "{ x: 1, y: 2, z: 'dz' }\n"
    "[ 'a', 'b' ]\n",
    0 },
  { "destructure/params",
    "function f({name = 'anon', age} = {}, [first, ...more] = []) { return [name, age, first, more]; } console.log(f(), f({name: 'n', age: 3}, [1, 2, 3])); const g = ({a}, {b}) => a + b; console.log(g({a: 1}, {b: 2}));",
    "[ 'anon', undefined, undefined, [] ] [ 'n', 3, 1, [ 2, 3 ] ]\n"
    "3\n",
    0 },
  { "destructure/defaults-order",
    "const log = []; const {a = log.push('a'), b = log.push('b')} = {b: 0}; console.log(a, b, log);",
    "1 0 [ 'a' ]\n",
    0 },
  { "destructure/errors",
    "for (const t of [() => { const {a} = null; }, () => { const [a] = undefined; }, () => { const {a: {b}} = {}; }, () => { let u; const {x} = u; }]) { try { t(); } catch (e) { console.log(e.message); } }",
    "Cannot destructure property 'a' of 'null' as it is null.\n"
    "undefined is not iterable\n"
    "Cannot read properties of undefined (reading 'b')\n"
    "Cannot destructure property 'x' of 'u' as it is undefined.\n",
    0 },
  { "destructure/error-origins",
    "for (const t of [() => { const {a = 1} = null; }, () => { (({id}) => id)(null); }, () => { (({id} = {}) => id)(null); }, () => { for (const {k} of [undefined]); }, () => { try { throw null; } catch ({code}) {} }, () => { const o = {f() { return null; }}; const {z} = o.f(); }, () => { const {z} = 1 ? null : 2; }]) { try { t(); } catch (e) { console.log(e.message); } }",
    "Cannot read properties of null (reading 'a')\n"
    "Cannot destructure property 'id' of 'object null' as it is null.\n"
    "Cannot destructure property 'id' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.\n"
    "Cannot destructure property 'k' of '.for' as it is undefined.\n"
    "Cannot destructure property 'code' of '.catch' as it is null.\n"
    "Cannot destructure property 'z' of 'o.f(...)' as it is null.\n"
    "Cannot destructure property 'z' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.\n",
    0 },
  { "destructure/iterator-close",
    "function iter(log) { let i = 0; return { [Symbol.iterator]() { return this; }, next() { log.push('next'); return {value: i++, done: false}; }, return() { log.push('return'); return {}; } }; } const l1 = []; const [x] = iter(l1); console.log(x, l1); const l2 = []; const [, , ...r] = [1, 2, 3, 4]; console.log(r); const l3 = []; try { const [a = (() => { throw 'err'; })()] = iter(l3); } catch (e) { console.log(e, l3); }",
    "0 [ 'next', 'return' ]\n"
    "[ 3, 4 ]\n",
    0 },
  { "destructure/for-heads",
    "for (const [k, v] of Object.entries({a: 1, b: 2})) console.log(k, v); for (const {x, y = 'dy'} of [{x: 1}]) console.log(x, y); let m, n; for ([m, n] of [[1, 2]]); console.log(m, n);",
    "a 1\n"
    "b 2\n"
    "1 dy\n"
    "1 2\n",
    0 },
  { "destructure/function-names",
    "const {f = function () {}, g = () => {}} = {}; const [h = class {}] = []; console.log(f.name, g.name, h.name);",
    "f g h\n",
    0 },
  { "class/basic",
    "class A { constructor(x) { this.x = x; } get double() { return this.x * 2; } set double(v) { this.x = v / 2; } static make() { return new A(1); } toString() { return 'A' + this.x; } } const a = A.make(); a.double = 10; console.log(a.x, a.double, `${a}`, typeof A, Object.getOwnPropertyNames(A.prototype), Object.keys(a));",
    "5 10 A5 function [ 'constructor', 'double', 'toString' ] [ 'x' ]\n",
    0 },
  { "class/inheritance",
    "class A { constructor(n) { this.n = n; } hi() { return 'A:' + this.n; } static s() { return 'As'; } } class B extends A { constructor(n) { super(n + 1); } hi() { return 'B>' + super.hi(); } static s() { return 'Bs>' + super.s(); } } const b = new B(1); console.log(b.hi(), B.s(), b instanceof A, Object.getPrototypeOf(B) === A, b.constructor.name);",
    "B>A:2 Bs>As true true B\n",
    0 },
  { "class/default-derived-ctor",
    "class A { constructor(...args) { this.args = args; } } class B extends A {} console.log(new B(1, 2, 3).args);",
    "[ 1, 2, 3 ]\n",
    0 },
  { "class/fields",
    "let counter = 0; class A { a = ++counter; b = this.a * 10; ['c' + counter] = 'computed'; static s = 'static'; arrow = () => this.a; } const x = new A(), y = new A(); console.log(x, y.arrow(), A.s, counter);",
    "A { a: 1, b: 10, c0: 'computed', arrow: [Function: arrow] } 2 static 2\n",
    0 },
  { "class/private",
    "class A { #x = 1; #m() { return this.#x * 2; } get #g() { return 'g' + this.#x; } set #g(v) { this.#x = v; } static #s = 'ss'; run() { this.#g = 5; return [this.#x, this.#m(), this.#g, A.#s]; } static has(o) { return #x in o; } } const a = new A(); console.log(a.run(), A.has(a), A.has({}), Object.keys(a), JSON.stringify(a));",
    "[ 5, 10, 'g5', 'ss' ] true false [] {}\n",
    0 },
  { "class/private-errors",
    "class A { #x = 1; #m() {} static get(o) { return o.#x; } static set(o) { o.#m = 1; } } try { A.get({}); } catch (e) { console.log(e.message); } try { A.set(new A()); } catch (e) { console.log(e.message); }",
    "Cannot read private member #x from an object whose class did not declare it\n"
    "Private method '#m' is not writable\n",
    0 },
  { "class/static-block",
    "class A { static x = 1; static { this.y = this.x + 1; console.log('static block', A.y); } } console.log(A.y);",
    "static block 2\n"
    "2\n",
    0 },
  { "class/errors",
    "class A {} try { A(); } catch (e) { console.log(e.message); } class B extends A { constructor() { this.x = 1; } } try { new B(); } catch (e) { console.log(e.message); } try { class C extends 5 {} } catch (e) { console.log(e.message); } class D extends A { constructor() { super(); super(); } } try { new D(); } catch (e) { console.log(e.message); }",
    "Class constructor A cannot be invoked without 'new'\n"
    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor\n"
    "Class extends value 5 is not a constructor or null\n"
    "Super constructor may only be called once\n",
    0 },
  { "class/extends-builtin",
    "class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } } const m = MyArr.from([1, 2, 3]); console.log(m.sum(), m instanceof MyArr, m.length); class MyErr extends Error { constructor(msg) { super(msg); this.name = 'MyErr'; } } const e = new MyErr('boom'); console.log(e.message, e.name, e instanceof Error, String(e));",
    "6 true 3\n"
    "boom MyErr true MyErr: boom\n",
    0 },
  { "class/accessor-inheritance",
    "class A { get v() { return 'A'; } } class B extends A { get v() { return 'B' + super.v; } } console.log(new B().v); const o = { __proto__: { greet() { return 'proto'; } }, greet() { return 'own>' + super.greet(); } }; console.log(o.greet());",
    "BA\n"
    "own>proto\n",
    0 },
  { "class/expression-name",
    "const K = class Inner { who() { return Inner.name; } }; console.log(K.name, new K().who(), typeof Inner); const L = class {}; console.log(L.name);",
    "Inner Inner undefined\n"
    "L\n",
    0 },
  { "class/this-in-static",
    "class A { static create() { return new this(); } static name2() { return this.name; } } class B extends A {} console.log(B.create() instanceof B, B.name2());",
    "true B\n",
    0 },
  { "class/super-in-arrow",
    "class A { constructor(v) { this.v = v; } m() { return 'Am'; } } class B extends A { constructor() { const init = () => super(42); init(); } m() { return [1].map(() => super.m())[0]; } } const b = new B(); console.log(b.v, b.m());",
    "42 Am\n",
    0 },
  { "class/return-override",
    "class A { constructor() { return {custom: 1}; } } class B extends A { constructor() { super(); this.b = 2; } } console.log(new A(), new B());",
    "{ custom: 1 } { custom: 1, b: 2 }\n",
    0 },
  { "class/field-init-order",
    "const log = []; class A { a = log.push('A field'); constructor() { log.push('A ctor'); } } class B extends A { b = log.push('B field'); constructor() { log.push('B before super'); super(); log.push('B after super'); } } new B(); console.log(log);",
    "[ 'B before super', 'A field', 'A ctor', 'B field', 'B after super' ]\n",
    0 },
  { "class/methods-non-enumerable",
    "class A { m() {} static s() {} } const o = { m() {} }; console.log(Object.keys(A.prototype), Object.keys(A), Object.keys(o), Object.getOwnPropertyDescriptor(A.prototype, 'm').enumerable);",
    "[] [] [ 'm' ] false\n",
    0 },
  { "gen/basic",
    "function* g() { const x = yield 1; console.log('got', x); yield x * 2; return 'done'; } const it = g(); console.log(it.next('ignored'), it.next(5), it.next(), it.next());",
    "got 5\n"
    "{ value: 1, done: false } { value: 10, done: false } { value: 'done', done: true } { value: undefined, done: true }\n",
    0 },
  { "gen/return-throw",
    "function* g() { try { yield 1; yield 2; } finally { console.log('cleanup'); } } const a = g(); a.next(); console.log(a.return('R'), a.next()); const b = g(); b.next(); try { b.throw(new Error('T')); } catch (e) { console.log('thrown out', e.message); } const c = g(); console.log(c.return('early'), c.next());",
    "cleanup\n"
    "{ value: 'R', done: true } { value: undefined, done: true }\n"
    "cleanup\n"
    "thrown out T\n"
    "{ value: 'early', done: true } { value: undefined, done: true }\n",
    0 },
  { "gen/catch-throw",
    "function* g() { while (true) { try { yield 'waiting'; } catch (e) { console.log('caught', e); } } } const it = g(); it.next(); console.log(it.throw('E1').value, it.throw('E2').done);",
    "caught E1\n"
    "caught E2\n"
    "waiting false\n",
    0 },
  { "gen/delegate",
    "function* inner() { const x = yield 'i1'; yield 'i2:' + x; return 'inner-ret'; } function* outer() { const r = yield* inner(); yield 'outer:' + r; yield* [1, 2]; yield* 'ab'; } const it = outer(); const out = [it.next().value, it.next('X').value]; for (const v of it) out.push(v); console.log(out);",
    "[ 'i1', 'i2:X', 'outer:inner-ret', 1, 2, 'a', 'b' ]\n",
    0 },
  { "gen/delegate-return-throw",
    "function* inner() { try { yield 1; yield 2; } finally { console.log('inner finally'); } } function* outer() { try { yield* inner(); } finally { console.log('outer finally'); } } const a = outer(); a.next(); console.log(a.return('R')); const b = outer(); b.next(); try { b.throw('boom'); } catch (e) { console.log('caught', e); }",
    "inner finally\n"
    "outer finally\n"
    "{ value: 'R', done: true }\n"
    "inner finally\n"
    "outer finally\n"
    "caught boom\n",
    0 },
  { "gen/infinite-take",
    "function* nat() { let n = 0; while (true) yield n++; } function* take(it, k) { for (const v of it) { if (k-- <= 0) return; yield v; } } console.log([...take(nat(), 5)]);",
    "[ 0, 1, 2, 3, 4 ]\n",
    0 },
  { "gen/objects",
    "const o = { *g() { yield 'm'; }, *[Symbol.iterator]() { yield 1; yield 2; } }; class C { static *s() { yield 's'; } *[Symbol.iterator]() { yield 'c'; } } console.log([...o.g()], [...o], [...C.s()], [...new C()]); function* g() {} console.log(Object.prototype.toString.call(g()), g.constructor.name, Object.getPrototypeOf(g()) === g.prototype);",
    "[ 'm' ] [ 1, 2 ] [ 's' ] [ 'c' ]\n"
    "[object Generator] GeneratorFunction true\n",
    0 },
  { "gen/already-running",
    "let it; function* g() { try { it.next(); } catch (e) { yield e.message; } } it = g(); console.log(it.next().value);",
    "Generator is already running\n",
    0 },
  { "gen/arguments-this",
    "function* g() { yield this.v; yield arguments.length; yield [...arguments]; } const o = {v: 'V', g}; console.log([...o.g(1, 2)]);",
    "[ 'V', 2, [ 1, 2 ] ]\n",
    0 },
  { "gen/yield-in-expressions",
    "function* g() { const a = [yield 1, yield 2]; const s = (yield 3) + (yield 4); return [a, s]; } const it = g(); it.next(); it.next('a'); it.next('b'); it.next(10); console.log(it.next(20));",
    "{ value: [ [ 'a', 'b' ], 30 ], done: true }\n",
    0 },
  { "gen/return-in-finally",
    "function* g() { try { yield 1; } finally { return 'from finally'; } } const it = g(); it.next(); console.log(it.return('x'), it.next());",
    "{ value: 'from finally', done: true } { value: undefined, done: true }\n",
    0 },
  { "gen/spread-and-destructure",
    "function* g() { yield 1; yield 2; yield 3; } const [a, ...b] = g(); console.log(a, b, Math.max(...g()), Array.from(g(), x => x * 2));",
    "1 [ 2, 3 ] 3 [ 2, 4, 6 ]\n",
    0 },
  { "async/order",
    "async function f() { console.log(2); await null; console.log(4); } console.log(1); f(); console.log(3); Promise.resolve().then(() => console.log(5));",
    "1\n"
    "2\n"
    "3\n"
    "4\n"
    "5\n",
    0 },
  { "async/return-value",
    "async function f() { return 'v'; } async function g() { throw new Error('e'); } f().then(v => console.log('resolved', v)); g().catch(e => console.log('rejected', e.message)); console.log(f() instanceof Promise);",
    "true\n"
    "resolved v\n"
    "rejected e\n",
    0 },
  { "async/await-rejection",
    "async function f() { try { await Promise.reject(new Error('no')); } catch (e) { console.log('caught', e.message); } finally { console.log('finally'); } return 'after'; } f().then(console.log);",
    "caught no\n"
    "finally\n"
    "after\n",
    0 },
  { "async/await-thenable",
    "const t = { then(r) { console.log('then called'); r('T'); } }; (async () => { console.log(await t); })(); console.log('sync');",
    "sync\n"
    "then called\n"
    "T\n",
    0 },
  { "async/methods-arrows",
    "class S { async m() { return this.v; } static async s() { return 's'; } v = 'mv'; } const o = { async f() { return 'of'; } }; const a = async x => x * 2; (async () => { console.log(await new S().m(), await S.s(), await o.f(), await a(21)); })();",
    "mv s of 42\n",
    0 },
  { "async/sequential-loop",
    "const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms)); (async () => { const out = []; for (const [ms, v] of [[20, 'a'], [10, 'b'], [0, 'c']]) out.push(await delay(ms, v)); console.log(out); })();",
    "[ 'a', 'b', 'c' ]\n",
    0 },
  { "async/parallel",
    "const delay = (ms, v) => new Promise(r => setTimeout(() => { console.log('done', v); r(v); }, ms)); (async () => { const r = await Promise.all([delay(20, 'slow'), delay(5, 'fast')]); console.log(r); })();",
    "done fast\n"
    "done slow\n"
    "[ 'slow', 'fast' ]\n",
    0 },
  { "async/await-in-finally",
    "(async () => { try { return 'r'; } finally { await null; console.log('finally after await'); } })().then(v => console.log('result', v));",
    "finally after await\n"
    "result r\n",
    0 },
  { "async/generator",
    "async function* ag() { yield 1; await null; yield Promise.resolve(2); return 3; } (async () => { const it = ag(); console.log(await it.next(), await it.next(), await it.next(), await it.next()); for await (const v of ag()) console.log('for await', v); })();",
    "{ value: 1, done: false } { value: 2, done: false } { value: 3, done: true } { value: undefined, done: true }\n"
    "for await 1\n"
    "for await 2\n",
    0 },
  { "async/generator-queue",
    "async function* ag() { console.log('start'); yield 'a'; yield 'b'; } const it = ag(); const p = [it.next(), it.next(), it.next()]; console.log('queued'); Promise.all(p).then(r => console.log(JSON.stringify(r)));",
    "start\n"
    "queued\n"
    "[{\"value\":\"a\",\"done\":false},{\"value\":\"b\",\"done\":false},{\"done\":true}]\n",
    0 },
  { "async/generator-return",
    "async function* ag() { try { yield 1; yield 2; } finally { console.log('ag finally'); } } (async () => { for await (const v of ag()) { console.log(v); break; } const it = ag(); console.log(await it.return('early')); })();",
    "1\n"
    "ag finally\n"
    "{ value: 'early', done: true }\n",
    0 },
  { "async/for-await-sync",
    "(async () => { for await (const v of [Promise.resolve('p'), 'plain', new Promise(r => setTimeout(() => r('late'), 5))]) console.log(v); })();",
    "p\n"
    "plain\n"
    "late\n",
    0 },
  { "async/for-await-custom",
    "const src = { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve({ value: i, done: i++ >= 3 }), return: () => { console.log('return called'); return Promise.resolve({ done: true }); } }; } }; (async () => { for await (const v of src) console.log('v', v); for await (const v of src) { if (v === 1) break; } })();",
    "v 0\n"
    "v 1\n"
    "v 2\n"
    "return called\n",
    0 },
  { "async/yield-star-async",
    "async function* inner() { yield 'i1'; yield 'i2'; return 'iret'; } async function* outer() { const r = yield* inner(); yield r; } (async () => { for await (const v of outer()) console.log(v); })();",
    "i1\n"
    "i2\n"
    "iret\n",
    0 },
  { "async/rejection-unhandled-try",
    "async function f() { await null; throw new Error('late'); } f().catch(e => console.log('handled', e.message)); (async () => { try { await f(); } catch (e) { console.log('awaited catch', e.message); } })();",
    "handled late\n"
    "awaited catch late\n",
    0 },
  { "async/await-non-promise",
    "(async () => { const v = await 42; const u = await undefined; console.log(v, u); })(); console.log('first');",
    "first\n"
    "42 undefined\n",
    0 },
  { "async/return-await",
    "async function a() { return Promise.resolve(1); } async function b() { return await Promise.resolve(2); } a().then(v => console.log('a', v)); b().then(v => console.log('b', v)); Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));",
    "t1\n"
    "b 2\n"
    "t2\n"
    "a 1\n"
    "t3\n",
    0 },
  { "async/arrow-this-args",
    "function outer() { return (async () => [this.v, arguments[0]])(); } outer.call({v: 'tv'}, 'arg0').then(console.log);",
    "[ 'tv', 'arg0' ]\n",
    0 },
  { "async/closure-interleave",
    "async function worker(name, n) { for (let i = 0; i < n; i++) { await null; console.log(name, i); } } worker('A', 2); worker('B', 3);",
    "A 0\n"
    "B 0\n"
    "A 1\n"
    "B 1\n"
    "B 2\n",
    0 },
  { "misc/getters-setters-define",
    "const o = {}; Object.defineProperty(o, 'x', { get() { return 'gx'; }, set(v) { this._x = v; }, enumerable: true }); o.x = 5; console.log(o.x, o._x, Object.keys(o));",
    "gx 5 [ 'x', '_x' ]\n",
    0 },
  { "misc/symbols",
    "const s = Symbol('desc'); const o = {[s]: 1, [Symbol.toStringTag]: 'Tagged'}; console.log(o[s], String(o), s.toString(), s.description, Object.getOwnPropertySymbols(o).length);",
    "1 [object Tagged] Symbol(desc) desc 2\n",
    0 },
  { "misc/iterator-protocol",
    "const it = { from: 1, to: 3, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? {value: c++, done: false} : {value: undefined, done: true} }; } }; console.log([...it], Array.from(it)); const [a, b] = it; console.log(a, b);",
    "[ 1, 2, 3 ] [ 1, 2, 3 ]\n"
    "1 2\n",
    0 },
  { "misc/json-roundtrip",
    "const o = {a: [1, {b: 'c'}], d: null}; console.log(JSON.stringify(o), JSON.parse(JSON.stringify(o)).a[1].b);",
    "{\"a\":[1,{\"b\":\"c\"}],\"d\":null} c\n",
    0 },
  { "misc/strict-mode",
    "'use strict'; const o = Object.freeze({a: 1}); try { o.a = 2; } catch (e) { console.log(e.constructor.name, e.message); } try { delete Object.prototype; } catch (e) { console.log(e.constructor.name); } function f() { return this; } console.log(f());",
    "TypeError Cannot assign to read only property 'a' of object '#<Object>'\n"
    "TypeError\n"
    "undefined\n",
    0 },
  { "misc/sloppy-failures",
    "const o = Object.freeze({a: 1}); o.a = 2; o.b = 3; console.log(o, delete o.a);",
    "{ a: 1 } false\n",
    0 },
  { "misc/primitive-methods",
    "console.log((5).toFixed(2), 'abc'.toUpperCase(), true.toString(), (255).toString(16), 'x'.repeat(3));",
    "5.00 ABC true ff xxx\n",
    0 },
  { "misc/property-order",
    "const o = {b: 1, a: 2, 2: 'two', 1: 'one', [Symbol('s')]: 3}; o.c = 4; console.log(Object.keys(o), JSON.stringify(o));",
    "[ '1', '2', 'b', 'a', 'c' ] {\"1\":\"one\",\"2\":\"two\",\"b\":1,\"a\":2,\"c\":4}\n",
    0 },
  { "misc/labeled-block-continue",
    "let out = ''; loop1: for (let i = 0; i < 3; i++) { switch (i) { case 1: continue loop1; default: out += i; } } console.log(out);",
    "02\n",
    0 },
  { "misc/with-many-locals",
    "function f() { let a1=1,a2=2,a3=3,a4=4,a5=5,a6=6,a7=7,a8=8,a9=9,a10=10,a11=11,a12=12,a13=13,a14=14,a15=15,a16=16,a17=17,a18=18,a19=19,a20=20; return a1+a2+a3+a4+a5+a6+a7+a8+a9+a10+a11+a12+a13+a14+a15+a16+a17+a18+a19+a20; } console.log(f());",
    "210\n",
    0 },
  { "misc/big-array-literal",
    "const a = [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259,260,261,262,263,264,265,266,267,268,269,270,271,272,273,274,275,276,277,278,279,280,281,282,283,284,285,286,287,288,289,290,291,292,293,294,295,296,297,298,299]; console.log(a.length, a[299], a.reduce((x, y) => x + y));",
    "300 299 44850\n",
    0 },
  { "misc/deep-closure-chain",
    "function a(x) { return function b(y) { return function c(z) { return () => x + y + z; }; }; } console.log(a(1)(2)(3)());",
    "6\n",
    0 },
  { "misc/uncaught-error",
    "console.log('before'); function boom() { throw new TypeError('bad thing'); } boom(); console.log('never');",
    "before\n",
    1 },
  { "misc/uncaught-throw-value",
    "console.log('x'); throw 42;",
    "x\n",
    1 },
  { "scope/annexb-if",
    "if (true) function iff() { return 'iff'; } console.log(typeof iff, iff()); switch (1) { case 1: function sw() { return 'sw'; } } console.log(sw());",
    "function iff\n"
    "sw\n",
    0 },
  { "scope/hoisting-conflicts",
    "function f() { console.log(typeof inner); var inner = 1; function inner() {} console.log(typeof inner); } f(); var foo = 1; function bar() { if (!foo) { var foo = 10; } return foo; } console.log(bar()); var a = 1; function b() { a = 10; return; function a() {} } b(); console.log(a);",
    "function\n"
    "number\n"
    "10\n"
    "1\n",
    0 },
  { "scope/catch-closure",
    "const fs = []; for (const v of [1, 2]) { try { throw v * 10; } catch (e) { fs.push(() => e); } } console.log(fs.map(f => f()));",
    "[ 10, 20 ]\n",
    0 },
  { "expr/assignment-chains",
    "let a, b, c; a = b = c = 5; const o = {}; o.x = o.y = 'same'; console.log(a, b, c, o); let q; console.log(q = 3, q += 2, q **= 2);",
    "5 5 5 { y: 'same', x: 'same' }\n"
    "3 5 25\n",
    0 },
  { "expr/to-primitive",
    "const v = { valueOf() { return 42; }, toString() { return 'str'; } }; const t = { [Symbol.toPrimitive](h) { return h === 'number' ? 7 : 'hint:' + h; } }; console.log(v + 1, `${v}`, v * 2, String(v), +t, `${t}`, t + '');",
    "43 str 84 str 7 hint:string hint:default\n",
    0 },
  { "expr/increment-coercion",
    "let s = '5'; s++; let u; u++; let n = null; n++; let b = true; b--; console.log(s, typeof s, u, n, b);",
    "6 number NaN 1 0\n",
    0 },
  { "class/private-accessor-pair",
    "class A { #v = 1; get #x() { return this.#v * 10; } set #x(n) { this.#v = n; } bump() { this.#x = this.#x + 1; return this.#x; } static #count = 0; static next() { return ++A.#count; } } const a = new A(); console.log(a.bump(), a.bump(), A.next(), A.next());",
    "110 1110 1 2\n",
    0 },
  { "class/private-in-arrow",
    "class P { #v = 3; run() { return [1, 2].map(x => x * this.#v); } static make = () => new P(); } console.log(P.make().run());",
    "[ 3, 6 ]\n",
    0 },
  { "class/static-super",
    "class A { static who() { return 'A'; } static call() { return this.who(); } } class B extends A { static who() { return 'B<' + super.who(); } } console.log(B.call(), A.call());",
    "B<A A\n",
    0 },
  { "class/getter-static-same-name",
    "class A { x = 1; static x = 2; get y() { return 'iy'; } static get y() { return 'sy'; } } console.log(new A().x, A.x, new A().y, A.y);",
    "1 2 iy sy\n",
    0 },
  { "func/sloppy-function-props",
    "function f() {} const a = () => {}; class C {} function* g() {} console.log(Object.getOwnPropertyNames(f), Object.getOwnPropertyNames(a), Object.getOwnPropertyNames(C), Object.getOwnPropertyNames(g), (function () { 'use strict'; }).hasOwnProperty('caller'));",
    "[ 'length', 'name', 'arguments', 'caller', 'prototype' ] [ 'length', 'name' ] [ 'length', 'name', 'prototype' ] [ 'length', 'name', 'prototype' ] false\n",
    0 },
  { "func/curry-apply",
    "const curry = fn => function curried(...args) { return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, [...args, ...more]); }; const add3 = curry((a, b, c) => a + b + c); console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));",
    "6 6 6\n",
    0 },
  { "func/prototype-inheritance",
    "function Animal(n) { this.n = n; } Animal.prototype.speak = function () { return this.n + ' speaks'; }; function Dog(n) { Animal.call(this, n); } Dog.prototype = Object.create(Animal.prototype); Dog.prototype.constructor = Dog; Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' woof'; }; const d = new Dog('Rex'); console.log(d.speak(), d instanceof Animal, d.constructor.name);",
    "Rex speaks woof true Dog\n",
    0 },
  { "gen/yield-in-finally",
    "function* g() { try { yield 1; } finally { yield 'in finally'; console.log('after'); } } const it = g(); console.log(it.next(), it.return('r'), it.next(), it.next());",
    "after\n"
    "{ value: 1, done: false } { value: 'in finally', done: false } { value: 'r', done: true } { value: undefined, done: true }\n",
    0 },
  { "gen/return-during-delegation-to-array",
    "function* g() { yield* [1, 2, 3]; } const it = g(); it.next(); console.log(it.return('stop'), it.next());",
    "{ value: 'stop', done: true } { value: undefined, done: true }\n",
    0 },
  { "async/generator-states",
    "async function* ag() { try { const x = yield 1; console.log('got', x); yield 2; } catch (e) { console.log('caught', e); yield 'after catch'; } finally { console.log('finally'); } } (async () => { const it = ag(); console.log(await it.next('first')); console.log(await it.next('X')); console.log(await it.throw('E')); console.log(await it.next()); console.log(await it.next()); const it2 = ag(); console.log(await it2.return('early'), await it2.next()); try { await ag().throw(new Error('start')); } catch (e) { console.log('rejected', e.message); } })();",
    "{ value: 1, done: false }\n"
    "got X\n"
    "{ value: 2, done: false }\n"
    "caught E\n"
    "{ value: 'after catch', done: false }\n"
    "finally\n"
    "{ value: undefined, done: true }\n"
    "{ value: undefined, done: true }\n"
    "{ value: 'early', done: true } { value: undefined, done: true }\n"
    "rejected start\n",
    0 },
  { "async/yield-rejected",
    "async function* rej() { try { yield Promise.reject('rejected!'); } catch (e) { console.log('inner caught', e); yield 'recovered'; } } (async () => { for await (const v of rej()) console.log(v); })();",
    "inner caught rejected!\n"
    "recovered\n",
    0 },
  { "async/await-in-catch-finally",
    "async function f() { try { throw new Error('x'); } catch (e) { await null; console.log('catch after await', e.message); } finally { await null; console.log('finally after await'); } return 'done'; } f().then(console.log); console.log('sync');",
    "sync\n"
    "catch after await x\n"
    "finally after await\n"
    "done\n",
    0 },
  { "async/microtask-order",
    "const log = []; async function a() { log.push('a1'); await b(); log.push('a2'); } async function b() { log.push('b1'); await null; log.push('b2'); } a(); Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3')); setTimeout(() => console.log(log.join(' ')), 0);",
    "a1 b1 b2 p1 a2 p2 p3\n",
    0 },
  { "func/call-printer",
    "const tests = [() => [1,2].mapp(), () => ['a', 'b'].y(), () => ({a: 1}).f(), () => ({}).f(), () => 'str'.f(), () => `t`.f(), () => (5).f(), () => true.f(), () => null(), () => [,1].f(), () => (() => 1).f(), () => [...'ab'].f(), () => { const a = {}; a?.b(); }, () => { const a = {b: {}}; a?.b.c(); }, () => { const a = {}; (a?.b)(); }, () => { const x = {}; x[`k`](); }, () => { const x = {}; x['a' + 'b'](); }, () => { class A { m() { super.nope(); } } new A().m(); }]; for (const t of tests) { try { t(); } catch (e) { console.log(e.message); } }",
    "[1,2].mapp is not a function\n"
    "[\"a\",\"b\"].y is not a function\n"
    "{(intermediate value)}.f is not a function\n"
    "{}.f is not a function\n"
    "\"str\".f is not a function\n"
    "\"t\".f is not a function\n"
    "5.f is not a function\n"
    "true.f is not a function\n"
    "null is not a function\n"
    "[(intermediate value),1].f is not a function\n"
    "(intermediate value).f is not a function\n"
    "[(...\"ab\")].f is not a function\n"
    "a?.b is not a function\n"
    "a?.b.c is not a function\n"
    "(intermediate value) is not a function\n"
    "x.k is not a function\n"
    "x[(\"a\" + \"b\")] is not a function\n"
    "(intermediate value).nope is not a function\n",
    0 },
  { "class/extends-errors",
    "for (const v of [() => {}, Math.max, Symbol('s'), 'str', 12, null, undefined, {}]) { try { class Z extends v {} console.log('ok'); } catch (e) { console.log(e.message); } }",
    "Class extends value () => {} is not a constructor or null\n"
    "Class extends value function max() { [native code] } is not a constructor or null\n"
    "Class extends value Symbol(s) is not a constructor or null\n"
    "Class extends value str is not a constructor or null\n"
    "Class extends value 12 is not a constructor or null\n"
    "ok\n"
    "Class extends value undefined is not a constructor or null\n"
    "Class extends value #<Object> is not a constructor or null\n",
    0 },
  { "scope/tdz-params",
    "try { (function (a = a) {})(); } catch (e) { console.log(e.message); } try { (function (a = b, b = 1) {})(); } catch (e) { console.log(e.message); } console.log((function (a, b = a + 1) { return b; })(1)); try { let x = x + 1; } catch (e) { console.log(e.message); } try { class A extends A {} } catch (e) { console.log(e.message); }",
    "Cannot access 'a' before initialization\n"
    "Cannot access 'b' before initialization\n"
    "2\n"
    "Cannot access 'x' before initialization\n"
    "Cannot access 'A' before initialization\n",
    0 },
  { "func/bound-recursion",
    "const f = function (n) { return n ? g(n - 1) + 1 : 0; }; const g = f.bind(null); console.log(g(3000)); const h = function (a, b, c) { return [this.t, a, b, c]; }; const b1 = h.bind({ t: 1 }, 'a'); const b2 = b1.bind({ t: 2 }, 'b'); console.log(b2('c'), b1('x', 'y'));",
    "3000\n"
    "[ 1, 'a', 'b', 'c' ] [ 1, 'a', 'x', 'y' ]\n",
    0 },
  { "expr/array-index-keys",
    "const a = []; for (let i = 0; i < 1000; i++) a[i] = i * 2; const o = {}; for (let i = 0; i < 100; i++) o[i % 10] = (o[i % 10] || 0) + 1; let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; console.log(a.length, s, Object.keys(o).length, o[3], a[-1], a[1.5], a['5']); const f = Object.freeze([1]); f[0] = 9; f[1] = 9; console.log(f);",
    "1000 999000 10 10 undefined undefined 10\n"
    "[ 1 ]\n",
    0 },
  { "class/private-brand-messages",
    "const tests = [() => { class A { #m() {} static t(o) { o.#m(); } } A.t({}); }, () => { class A { static #m() {} static t(o) { o.#m(); } } A.t({}); }, () => { const A = class { #m() {} static t(o) { o.#m(); } }; A.t({}); }, () => { class A { get #g() { return 1; } static t(o) { return o.#g; } } A.t({}); }, () => { class A { #m() {} static t(o) { o.#m = 1; } } A.t({}); }, () => { class A { static #f = 1; static t(o) { return o.#f; } } A.t({}); }, () => { class B { static #s() { return 's'; } static r() { return this.#s(); } } class D extends B {} console.log(B.r()); D.r(); }]; for (const t of tests) { try { t(); } catch (e) { console.log(e.message); } }",
    "Receiver must be an instance of class A\n"
    "Receiver must be class A\n"
    "Receiver must be an instance of class anonymous\n"
    "Receiver must be an instance of class A\n"
    "Receiver must be an instance of class A\n"
    "Cannot read private member #f from an object whose class did not declare it\n"
    "s\n"
    "Receiver must be class B\n",
    0 },
  { "func/to-string-source",
    "console.log((function () {}).toString()); console.log((x => x * 2).toString()); console.log(String(((a, b) => (a)))); class A { static s() { return 1; } get g() { return 2; } } console.log(String(A.s), String(Object.getOwnPropertyDescriptor(A.prototype, 'g').get)); console.log(String(A));",
    "function () {}\n"
    "x => x * 2\n"
    "(a, b) => (a)\n"
    "s() { return 1; } get g() { return 2; }\n"
    "class A { static s() { return 1; } get g() { return 2; } }\n",
    0 },
};

typedef struct {
  GString *out;
  GString *err;
} Captured;

static void
capture_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  Captured *captured = user_data;

  g_string_append_len (stream == JS_STREAM_STDOUT ? captured->out : captured->err, text, length);
}

static JsState *
state_new (gboolean stress, Captured *captured)
{
  JsOptions options;
  JsState *J;

  js_options_init (&options);
  options.gc_stress = stress;
  J = js_state_new (&options);
  captured->out = g_string_new (NULL);
  captured->err = g_string_new (NULL);
  js_state_set_output (J, capture_output, captured);
  return J;
}

static void
captured_clear (Captured *captured)
{
  g_string_free (captured->out, TRUE);
  g_string_free (captured->err, TRUE);
}

static void
run_case (const Case *c, gboolean stress)
{
  Captured captured;
  JsState *J = state_new (stress, &captured);

  js_state_run (J, c->source, strlen (c->source), "/work/case.js");
  if (captured.err->len > 0)
    g_test_message ("stderr: %s", captured.err->str);
  g_assert_cmpstr (captured.out->str, ==, c->expected_stdout);
  g_assert_cmpint (js_state_get_exit_code (J), ==, c->expected_code);
  js_state_free (J);
  captured_clear (&captured);
}

static void
test_case (gconstpointer data)
{
  run_case (data, FALSE);
}

static void
test_case_stress (gconstpointer data)
{
  run_case (data, TRUE);
}

/* Runs `source` (a Node module) and returns its stdout. */
static char *
run_source (const char *source, const JsOptions *options, JsRunStatus *status)
{
  Captured captured;
  JsState *J;
  JsRunStatus s;

  J = js_state_new (options);
  captured.out = g_string_new (NULL);
  captured.err = g_string_new (NULL);
  js_state_set_output (J, capture_output, &captured);
  s = js_state_run (J, source, strlen (source), "/work/case.js");
  if (status != NULL)
    *status = s;
  js_state_free (J);
  g_string_free (captured.err, TRUE);
  return g_string_free (captured.out, FALSE);
}

/* Compiles `source`, failing the test on an exception. */
static JsObject *
compile (JsState *J, const char *source, JsCompileMode mode)
{
  JsTryPoint tp;
  JsObject *script = NULL;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      script = js_compile (J, source, strlen (source), "test.js", mode);
      js_try_end (J, &tp);
    }
  else
    g_assert_not_reached ();
  return script;
}

/* Calls f with no arguments; returns its result, or the exception in *thrown. */
static JsValue
call_catching (JsState *J, JsValue f, JsValue this_value, gboolean *thrown)
{
  JsTryPoint tp;
  volatile JsValue result = JS_UNDEFINED;

  *thrown = FALSE;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      result = js_call (J, f, this_value, 0, NULL);
      js_try_end (J, &tp);
    }
  else
    {
      *thrown = TRUE;
      result = J->exception;
    }
  return result;
}

static char *
to_utf8 (JsState *J, JsValue v)
{
  return js_string_to_utf8 (js_to_string (J, v));
}

static JsFunctionProto *
child_named (JsFunctionProto *proto, const char *name)
{
  for (guint32 i = 0; i < proto->n_children; i++)
    if (js_string_equal_ascii (proto->children[i]->name, name))
      return proto->children[i];
  return NULL;
}

static void
test_disassembler (void)
{
  JsState *J = js_state_new (NULL);
  JsObject *script = compile (J, "function add(a, b) { return a + b * 2; }\nlet x = add(1, 2);\n",
                              JS_COMPILE_NODE_MODULE);
  char *dump = js_proto_dump (script->u.closure.proto);

  g_test_message ("%s", dump);
  g_assert_nonnull (strstr (dump, "function add (length 2"));
  g_assert_nonnull (strstr (dump, "GET_LOCAL              0"));
  g_assert_nonnull (strstr (dump, "MUL"));
  g_assert_nonnull (strstr (dump, "ADD"));
  g_assert_nonnull (strstr (dump, "RETURN"));
  g_assert_nonnull (strstr (dump, "CALL                   2 "));
  g_assert_nonnull (strstr (dump, "; \"add\""));
  /* every opcode has a name */
  for (int op = 0; op < JS_N_OPS; op++)
    g_assert_true (js_op_names[op] != NULL && js_op_names[op][0] != '\0');
  g_free (dump);
  js_state_free (J);
}

/* Each instruction maps to the range of the node it was compiled from. */
static void
test_source_ranges (void)
{
  JsState *J = js_state_new (NULL);
  JsObject *script = compile (J, "let a = 1;\nfunction f(n) {\n  return n *\n    2;\n}\n", JS_COMPILE_NODE_MODULE);
  JsFunctionProto *f = child_named (script->u.closure.proto, "f");
  JsSourceRange range;
  gboolean found = FALSE;

  g_assert_nonnull (f);
  g_assert_cmpint (f->line, ==, 2);
  for (guint32 pc = 0; pc < f->code_length; pc += 1 + js_op_operands[f->code[pc]])
    if (f->code[pc] == JS_OP_MUL)
      {
        g_assert_true (js_proto_range_at (f, pc, &range));
        g_assert_cmpint (range.line, ==, 3);
        g_assert_cmpint (range.column, ==, 10);
        g_assert_cmpint (range.end_line, ==, 4);
        g_assert_cmpint (range.end_column, ==, 6);
        found = TRUE;
      }
  g_assert_true (found);
  for (guint32 pc = 0; pc < f->code_length; pc += 1 + js_op_operands[f->code[pc]])
    g_assert_true (js_proto_range_at (f, pc, &range));
  /* the source text, for Function.prototype.toString */
  {
    gsize length;
    const char *text = js_proto_get_source (f, &length);
    g_assert_nonnull (text);
    g_assert_cmpint (length, ==, strlen ("function f(n) {\n  return n *\n    2;\n}"));
    g_assert_true (strncmp (text, "function f(n) {", 15) == 0);
  }
  js_state_free (J);
}

/* where(): the range js_vm_current_range reports, as [line, column, end_line, end_column]. */
static JsValue
where_native (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsSourceRange range;
  JsValue v[4];

  g_assert_true (js_vm_current_range (J, &range));
  v[0] = js_number (range.line);
  v[1] = js_number (range.column);
  v[2] = js_number (range.end_line);
  v[3] = js_number (range.end_column);
  return js_object_value (js_array_from_values (J, v, 4));
}

/* js_vm_current_range during a native call reports the calling instruction. */
static void
test_current_range (void)
{
  JsState *J = js_state_new (NULL);
  JsObject *native = js_native_function_new (J, "where", 0, where_native, 0);
  JsObject *script;
  JsSourceRange range;
  gboolean thrown;
  char *s;

  js_define_value (J, J->global, js_key_from_utf8 (J, "where"), js_object_value (native), JS_PROP_HIDDEN);
  script = compile (J, "function g() {\n  let x = '';\n  x += where();\n  globalThis.result = x;\n}\ng();\n",
                    JS_COMPILE_NODE_MODULE);
  call_catching (J, js_object_value (script), JS_UNDEFINED, &thrown);
  g_assert_false (thrown);
  s = to_utf8 (J, js_get_utf8 (J, js_object_value (J->global), "result"));
  g_assert_cmpstr (s, ==, "3,8,3,15");
  g_free (s);
  g_assert_false (js_vm_current_range (J, &range));
  js_state_free (J);
}

static void
test_step_budget (void)
{
  JsOptions options;
  JsRunStatus status;
  char *out;

  js_options_init (&options);
  options.max_steps = 100000;
  out = run_source ("console.log('start'); try { while (true) {} } catch (e) { console.log('caught'); } finally { console.log('finally'); }",
                    &options, &status);
  g_assert_cmpint (status, ==, JS_RUN_BUDGET);
  g_assert_cmpstr (out, ==, "start\n");
  g_free (out);
  /* a loop that calls functions stops too */
  out = run_source ("function f() { return 1; } let n = 0; for (;;) n += f();", &options, &status);
  g_assert_cmpint (status, ==, JS_RUN_BUDGET);
  g_free (out);
}

static void
test_call_depth (void)
{
  JsOptions options;
  JsRunStatus status;
  char *out;

  js_options_init (&options);
  options.max_call_depth = 100;
  out = run_source ("let depth = 0; function f() { depth++; f(); }\n"
                    "try { f(); } catch (e) { console.log(e.name, e.message, depth < 100, depth > 90); }\n"
                    "function g(n) { return n === 0 ? 'ok' : g(n - 1); } console.log(g(50));",
                    &options, &status);
  g_assert_cmpint (status, ==, JS_RUN_OK);
  g_assert_cmpstr (out, ==, "RangeError Maximum call stack size exceeded true true\nok\n");
  g_free (out);
}

/* Natives calling back into JS nest run loops: bounded too. */
static void
test_native_reentry_depth (void)
{
  JsRunStatus status;
  char *out = run_source ("let n = 0; function f() { n++; [0].forEach(f); }\n"
                          "try { f(); } catch (e) { console.log(e instanceof RangeError, e.message, n > 50); }\n"
                          "console.log('after');", NULL, &status);

  g_assert_cmpint (status, ==, JS_RUN_OK);
  g_assert_cmpstr (out, ==, "true Maximum call stack size exceeded true\nafter\n");
  g_free (out);
}

/* A generator called and resumed from C, one frame suspended in between. */
static void
test_generator_resume (void)
{
  JsState *J = js_state_new (NULL);
  JsObject *script = compile (J, "module.exports = function* (a) { let got = yield a + 1; try { got = yield got * 2; } finally { module.exports = 'cleaned'; } return 'end'; };",
                              JS_COMPILE_NODE_MODULE);
  JsObject *module = js_plain_object_new (J);
  JsValue args[5] = { JS_UNDEFINED, JS_UNDEFINED, js_object_value (module), JS_UNDEFINED, JS_UNDEFINED };
  JsValue gen_fn, gen, r, arg = js_number (10);
  char *s;

  js_call (J, js_object_value (script), JS_UNDEFINED, 5, args);
  gen_fn = js_get_utf8 (J, js_object_value (module), "exports");
  g_assert_true (js_is_callable (gen_fn));
  gen = js_call (J, gen_fn, JS_UNDEFINED, 1, &arg);
  g_assert_cmpint (js_get_object (gen)->class_id, ==, JS_CLASS_GENERATOR);
  js_gc_add_root (J, &gen);   /* C locals are not roots; a collection happens below */
  g_assert_cmpint (js_generator_get_state (js_get_object (gen)), ==, JS_GEN_SUSPENDED_START);

  r = js_generator_resume (J, js_get_object (gen), JS_RESUME_NEXT, JS_UNDEFINED);
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, r, "value")), ==, 11);
  g_assert_false (js_get_boolean (js_get_utf8 (J, r, "done")));
  js_gc_collect (J);
  r = js_generator_resume (J, js_get_object (gen), JS_RESUME_NEXT, js_number (4));
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, r, "value")), ==, 8);
  r = js_generator_resume (J, js_get_object (gen), JS_RESUME_RETURN, js_number (99));
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, r, "value")), ==, 99);
  g_assert_true (js_get_boolean (js_get_utf8 (J, r, "done")));
  s = to_utf8 (J, js_get_utf8 (J, js_object_value (module), "exports"));
  g_assert_cmpstr (s, ==, "cleaned");
  g_free (s);
  g_assert_cmpint (js_generator_get_state (js_get_object (gen)), ==, JS_GEN_COMPLETED);
  js_gc_remove_root (J, &gen);
  js_state_free (J);
}

/* Classic scripts: var and functions on the global object, let/const in the
 * global lexical scope shared by the state's scripts, this = the global. */
static void
test_classic_script (void)
{
  JsState *J = js_state_new (NULL);
  JsObject *s1 = compile (J, "var gv = 1; let gl = 2; const gc = 3; function gf() { return gl + gc; } var self = this;",
                          JS_COMPILE_CLASSIC_SCRIPT);
  JsObject *s2, *s3;
  gboolean thrown;
  JsValue r;
  char *msg;

  call_catching (J, js_object_value (s1), JS_UNDEFINED, &thrown);
  g_assert_false (thrown);
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, js_object_value (J->global), "gv")), ==, 1);
  g_assert_true (js_is_callable (js_get_utf8 (J, js_object_value (J->global), "gf")));
  g_assert_true (js_is_undefined (js_get_utf8 (J, js_object_value (J->global), "gl")));
  g_assert_true (js_get_object (js_get_utf8 (J, js_object_value (J->global), "self")) == J->global);

  /* a second script sees the first one's lexical declarations */
  s2 = compile (J, "globalThis.result = gf() + gl + gc + gv;", JS_COMPILE_CLASSIC_SCRIPT);
  call_catching (J, js_object_value (s2), JS_UNDEFINED, &thrown);
  g_assert_false (thrown);
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, js_object_value (J->global), "result")), ==, 5 + 2 + 3 + 1);

  /* redeclaring a global let is a SyntaxError; assigning a const a TypeError */
  s3 = compile (J, "let gl = 5;", JS_COMPILE_CLASSIC_SCRIPT);
  r = call_catching (J, js_object_value (s3), JS_UNDEFINED, &thrown);
  g_assert_true (thrown);
  msg = js_error_to_display_utf8 (J, r);
  g_assert_cmpstr (msg, ==, "SyntaxError: Identifier 'gl' has already been declared");
  g_free (msg);
  s3 = compile (J, "gc = 4;", JS_COMPILE_CLASSIC_SCRIPT);
  r = call_catching (J, js_object_value (s3), JS_UNDEFINED, &thrown);
  g_assert_true (thrown);
  msg = js_error_to_display_utf8 (J, r);
  g_assert_cmpstr (msg, ==, "TypeError: Assignment to constant variable.");
  g_free (msg);
  js_state_free (J);
}

static void
assert_string (JsValue v, const char *expected)
{
  char *utf8;

  g_assert_true (js_is_string (v));
  utf8 = js_string_to_utf8 (js_get_string (v));
  g_assert_cmpstr (utf8, ==, expected);
  g_free (utf8);
}

/* Runs a classic script and returns globalThis.result. */
static JsValue
run_classic (JsState *J, const char *source)
{
  JsObject *script = compile (J, source, JS_COMPILE_CLASSIC_SCRIPT);
  gboolean thrown;

  call_catching (J, js_object_value (script), JS_UNDEFINED, &thrown);
  g_assert_false (thrown);
  return js_get_utf8 (J, js_object_value (J->global), "result");
}

/* GET_GLOBAL caches where it found a name: the cache must follow the
 * binding when a later script shadows it with a global let, when the
 * property is deleted, redefined as an accessor or reassigned. */
static void
test_global_read_cache (void)
{
  JsState *J = js_state_new (NULL);
  JsValue r;

  r = run_classic (J, "globalThis.seen = 0; function read() { return typeof seen === 'undefined' ? 'none' : seen; }"
                      "for (var i = 0; i < 3; i++) read(); seen = 7; globalThis.result = read();");
  g_assert_cmpfloat (js_get_number (r), ==, 7);
  r = run_classic (J, "function tdz() { try { return seen; } catch (e) { return e.name; } }"
                      "globalThis.result = tdz();");
  g_assert_cmpfloat (js_get_number (r), ==, 7);
  /* a later script's let shadows the cached global object property */
  r = run_classic (J, "globalThis.result = tdz(); let seen = 'lexical';");
  assert_string (r, "ReferenceError");
  r = run_classic (J, "globalThis.result = tdz() + read() + tdz();");
  assert_string (r, "lexicallexicallexical");
  /* deleted, redefined as an accessor, reassigned */
  r = run_classic (J, "globalThis.p = 1; function rp() { return typeof p === 'undefined' ? 'gone' : p; }"
                      "var a = [rp(), rp()]; delete globalThis.p; a.push (rp());"
                      "Object.defineProperty (globalThis, 'p', { get () { return 'get'; }, configurable: true });"
                      "a.push (rp(), rp()); delete globalThis.p; globalThis.q = 0; globalThis.p = 'again';"
                      "a.push (rp()); globalThis.p = 'new'; a.push (rp()); globalThis.result = a.join();");
  assert_string (r, "1,1,gone,get,get,again,new");
  js_state_free (J);
}

static void
test_syntax_error (void)
{
  JsState *J = js_state_new (NULL);
  JsTryPoint tp;
  volatile gboolean thrown = FALSE;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_compile (J, "let a = 1;\nlet b = (2 + ;\n", 24, "bad.js", JS_COMPILE_NODE_MODULE);
      js_try_end (J, &tp);
    }
  else
    {
      char *msg = js_error_to_display_utf8 (J, J->exception);
      g_assert_true (g_str_has_prefix (msg, "SyntaxError: "));
      g_free (msg);
      thrown = TRUE;
    }
  g_assert_true (thrown);
  g_assert_cmpint (J->error_line, ==, 2);
  js_state_free (J);
}

static void
test_eval (void)
{
  JsState *J = js_state_new (NULL);
  JsTryPoint tp;
  volatile JsValue r1 = JS_UNDEFINED, r2 = JS_UNDEFINED;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      r1 = js_eval (J, "var ev = 20; let local = 1; ev * 2 + local;", strlen ("var ev = 20; let local = 1; ev * 2 + local;"), "eval");
      /* let stays local to each eval: declaring it again is fine */
      r2 = js_eval (J, "let local = 2; if (ev) { 'last'; }", strlen ("let local = 2; if (ev) { 'last'; }"), "eval");
      js_try_end (J, &tp);
    }
  else
    g_assert_not_reached ();
  g_assert_cmpfloat (js_get_number (r1), ==, 41);
  g_assert_true (js_is_string (r2));
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, js_object_value (J->global), "ev")), ==, 20);
  js_state_free (J);
}

/* Many closures, generators and async functions under the collector at
 * every safepoint: suspended frames and scopes must stay alive. */
static void
test_gc_stress_suspended (void)
{
  JsOptions options;
  JsRunStatus status;
  char *out;

  js_options_init (&options);
  options.gc_stress = TRUE;
  out = run_source ("function* g(n) { for (let i = 0; i < n; i++) { const box = { i, s: 'v' + i }; yield () => box.s; } }\n"
                    "const its = [g(20), g(20)]; let acc = '';\n"
                    "for (let k = 0; k < 20; k++) for (const it of its) acc += it.next().value();\n"
                    "async function a(x) { const o = [x]; await null; const p = { o }; await null; return p.o[0] + 1; }\n"
                    "Promise.all([1, 2, 3].map(a)).then(v => console.log(acc.length, v.join()));",
                    &options, &status);
  g_assert_cmpint (status, ==, JS_RUN_OK);
  g_assert_cmpstr (out, ==, "100 2,3,4\n");
  g_free (out);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *path = g_strconcat ("/engine/vm/", cases[i].name, NULL);
      char *stress = g_strconcat ("/engine/vm/gc-stress/", cases[i].name, NULL);
      g_test_add_data_func (path, &cases[i], test_case);
      g_test_add_data_func (stress, &cases[i], test_case_stress);
      g_free (path);
      g_free (stress);
    }
  g_test_add_func ("/engine/vm/api/disassembler", test_disassembler);
  g_test_add_func ("/engine/vm/api/source-ranges", test_source_ranges);
  g_test_add_func ("/engine/vm/api/current-range", test_current_range);
  g_test_add_func ("/engine/vm/api/step-budget", test_step_budget);
  g_test_add_func ("/engine/vm/api/call-depth", test_call_depth);
  g_test_add_func ("/engine/vm/api/native-reentry-depth", test_native_reentry_depth);
  g_test_add_func ("/engine/vm/api/generator-resume", test_generator_resume);
  g_test_add_func ("/engine/vm/api/classic-script", test_classic_script);
  g_test_add_func ("/engine/vm/api/global-read-cache", test_global_read_cache);
  g_test_add_func ("/engine/vm/api/syntax-error", test_syntax_error);
  g_test_add_func ("/engine/vm/api/eval", test_eval);
  g_test_add_func ("/engine/vm/api/gc-stress-suspended", test_gc_stress_suspended);
  return g_test_run ();
}
