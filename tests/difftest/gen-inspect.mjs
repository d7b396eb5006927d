#!/usr/bin/env node
// Differential-testing generator: console.log output formatting.
//
//   node tests/difftest/gen-inspect.mjs SEED > script.js
//
// Prints one script that builds random values the way tutorial and interview
// scripts do (nested objects and arrays, classes, Maps and Sets, circular
// references, boxed primitives, typed arrays, dates with fixed timestamps,
// errors whose stack is replaced …) and prints them with console.log, with
// util.format's specifiers, util.inspect's options, String(), template
// literals and JSON.stringify.  Everything it prints is deterministic under
// Node 20: no stacks, no clocks, no randomness at run time.

const seed = Number(process.argv[2] ?? 1);

// mulberry32: a small seeded PRNG, so a seed always gives the same script.
function mulberry32 (a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed * 2654435761);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const chance = (p) => rand() < p;
// weighted([[w, fn], ...]) runs one fn, chosen in proportion to its weight.
function weighted (choices) {
  let total = 0;
  for (const [w] of choices) total += w;
  let r = rand() * total;
  for (const [w, fn] of choices) {
    if ((r -= w) < 0) return fn();
  }
  return choices[choices.length - 1][1]();
}

// ---------------------------------------------------------------------------
// The script being built: statements that set values up, then the output.
// ---------------------------------------------------------------------------
const lines = [];
let counter = 0;
const fresh = (prefix) => `${prefix}${++counter}`;
const classes = new Set();   // class declarations already emitted

const NAMES = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Frank', 'Grace', 'Heidi', 'Ivan', 'Judy'];
const KEYS = ['id', 'name', 'age', 'email', 'tags', 'items', 'count', 'total', 'active', 'meta',
  'data', 'value', 'children', 'config', 'options', 'user', 'price', 'qty', 'status', 'title',
  'x', 'y', 'z', 'a', 'b', 'c', 'left', 'right', 'next', 'prev', 'score', 'level', 'type', 'payload'];
const ODD_KEYS = ['first name', 'a-b', 'with.dot', '', '1', '10', '2', '0', '-1', '1.5', 'café',
  '$dollar', '_under', 'has\'quote', 'has"dq', 'new\nline', '__proto__', 'constructor', '007',
  '9007199254740993', '4294967295', '4294967294', 'ünï', '日本', 'class', 'null', 'a b c d e f'];
const WORDS = ['apple', 'banana', 'cherry', 'kiwi', 'mango', 'pear', 'plum', 'fig', 'lime', 'grape',
  'pending', 'done', 'error', 'ok', 'hello', 'world', 'foo', 'bar', 'baz', 'qux'];
const ODD_STRINGS = ["it's", 'say "hi"', 'both \' and "', 'all \' " `', 'back`tick', 'line1\nline2',
  'tab\there', 'crlf\r\n', 'nul\0x', 'bell\x07', 'esc\x1b[31m', 'del\x7f', 'é à ü', '日本語',
  '😀 emoji', 'zero\u200bwidth', 'lone \ud800 high', 'lone \udc00 low', 'back\\slash', '\u2028sep',
  '  spaces  ', '', ' ', 'x'.repeat(20), 'a long string that goes past the sixteen column limit',
  'multi\nline\nstring\nthat is long enough to split', 'short\n', '\n', 'ends with newline\n\n',
  'combining e\u0301', 'ｆｕｌｌ', '\x85next', 'soft\u00adhyphen', 'a\u0000b'];

const lit = (s) => JSON.stringify(s);   // a JS string literal for s

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------
function genNumber () {
  return weighted([
    [6, () => String(int(0, 100))],
    [2, () => String(int(-1000, 1000))],
    [2, () => (int(-5000, 5000) / 100).toString()],
    [1, () => pick(['-0', 'NaN', 'Infinity', '-Infinity', '0.1 + 0.2', '1e21', '1e-7', '123456789012',
      '2 ** 53', '-(2 ** 31)', '1 / 3', '5e-324', 'Number.MAX_VALUE', '0xff', '1_000_000', '-1.5e-10',
      '100', '1e300 * 10', '0 / 0', '-0.0', '123.456e5'])],
  ]);
}

function genBigInt () {
  return pick(['0n', '1n', '-5n', '123n', '2n ** 64n', '-(10n ** 20n)', 'BigInt(42)', '9007199254740993n']);
}

function genString () {
  return weighted([
    [5, () => lit(pick(WORDS))],
    [3, () => lit(pick(NAMES))],
    [4, () => lit(pick(ODD_STRINGS))],
    [1, () => `'x'.repeat(${pick([15, 16, 17, 60, 75, 80, 120, 10005])})`],
    [1, () => lit(`${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`)],
  ]);
}

function genSymbol () {
  return pick(["Symbol('tag')", 'Symbol()', "Symbol.for('app.key')", 'Symbol.iterator',
    "Symbol('with space')", "Symbol('')", 'Symbol.asyncIterator', "Symbol('a\\nb')"]);
}

function genPrimitive () {
  return weighted([
    [5, genNumber],
    [6, genString],
    [2, () => pick(['true', 'false'])],
    [2, () => pick(['null', 'undefined'])],
    [1, genBigInt],
    [1, genSymbol],
  ]);
}

// ---------------------------------------------------------------------------
// Compound values.  `depth` is how much more nesting this value may have.
// Values that need statements declare a variable and return its name.
// ---------------------------------------------------------------------------
// How many more compound values the current output may hold: keeps each
// console.log to what a tutorial would print.
let budget = 0;

function genValue (depth) {
  if (depth <= 0 || budget <= 0) return genPrimitive();
  budget--;
  return weighted([
    [10, genPrimitive],
    [7, () => genObject(depth - 1)],
    [6, () => genArray(depth - 1)],
    [2, () => genNumberArray()],
    [2, () => genStringArray()],
    [2, genFunction],
    [2, () => genClassInstance(depth - 1)],
    [2, () => genMapOrSet(depth - 1)],
    [1, genDate],
    [1, genRegExp],
    [1, genBoxed],
    [1, genTypedArray],
    [1, () => genPromise(depth - 1)],
    [1, genError],
    [1, () => genNullProto(depth - 1)],
    [1, () => genAccessorObject(depth - 1)],
    [1, () => genHoleyArray(depth - 1)],
    [1, () => genCircular(depth - 1)],
    [1, genMisc],
    [1, () => genTagged(depth - 1)],
    [3, genInterviewData],
    [2, () => genMore(depth - 1)],
  ]);
}

// Less common values that tutorials still print.
function genMore (depth) {
  return weighted([
    [2, () => {
      const c = fresh('Money');
      lines.push(`class ${c} { constructor(v) { this.v = v; } [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) { return ${pick(['`${this.v} EUR`', '{ amount: this.v }', "inspect(this.v, options) + ' units'", "'depth=' + depth", '[this.v, this.v]', 'this', "options.stylize('styled', 'special')"])}; } }`);
      return `new ${c}(${genValue(depth)})`;
    }],
    [1, () => `{ toJSON() { return ${genValue(depth)}; }, other: 1 }`],
    [2, () => pick(["Buffer.from('abc')", 'Buffer.alloc(60)', "Buffer.from('héllo wörld')", 'Buffer.alloc(0)',
      "new URL('https://user:pw@example.com:8080/p/a/t/h?query=string#hash')", "new URLSearchParams('a=1&b=2&a=3')",
      "new URL('file:///tmp/x')", "Object.assign(Buffer.from([1, 2]), { tag: 'x' })"])],
    [2, () => pick(['Array(120)', '[1, , 3, , , , , , 9, 10, 11, 12]', 'new Array(7).fill(-0)', 'new Uint8Array(130)',
      'new Float64Array(8).fill(0.5)', 'new Set(Array.from({ length: 120 }, (_, i) => "s" + i))',
      'Object.assign([1, 2, 3], { 10: 10 })', 'Object.assign(new Array(3), { 1: "mid" })', '[-0, 0, +0.0, -0.0]'])],
    [2, () => {
      const c = fresh('Base'), d = fresh('Derived');
      lines.push(`class ${c} { static count = 0; static create() {} }`);
      lines.push(`class ${d} extends ${c} { static extra = ${genPrimitive()}; }`);
      return pick([c, d, `new ${d}()`, `[${c}, ${d}]`, `{ ${c}, ${d} }`, `Object.getPrototypeOf(${d})`]);
    }],
    [1, () => pick(["new Function('a', 'b', 'return a + b')", "Object.defineProperty(function () {}, 'name', { value: 'dyn' })",
      "Object.defineProperty(() => {}, 'length', { value: 5 })", 'Object.setPrototypeOf(function f() {}, null)',
      "(() => { const f = function () {}; f.prototype.x = 1; return f; })()", 'async () => {}', 'function* () {}'])],
    [1, () => {
      const o = fresh('getters');
      lines.push(`const ${o} = { get ok() { return ${genValue(depth)}; }, get bad() { throw new Error('nope'); }, set only(v) {} };`);
      return o;
    }],
    [1, () => {
      const e = fresh('wrapped');
      lines.push(`const ${e} = new Error('outer', { cause: Object.assign(new TypeError('inner'), { stack: 'TypeError: inner' }) });`);
      lines.push(`${e}.stack = 'Error: outer';`);
      return pick([e, `{ error: ${e} }`, `[${e}, ${e}.cause]`]);
    }],
    [1, () => {
      const e = fresh('nested');
      lines.push(`const ${e} = Object.assign(new RangeError('too big'), { stack: 'RangeError: too big\\n    at check (app.js:1:1)', limit: 10 });`);
      return pick([`{ result: null, error: ${e} }`, `[[${e}]]`, `new Map([['e', ${e}]])`]);
    }],
    [1, () => pick(['(function () { return arguments; })()', "(function () { 'use strict'; return arguments; })(1, [2], { a: 3 })",
      'Object.freeze([1, 2])', 'Object.seal({ a: [] })', "Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { value: 2 } })",
      "{ [Symbol.for('x')]: 1, [Symbol('y')]: 2, [Symbol()]: 3, [Symbol.iterator]: 4 }", "{ 'a\nb': 1, \"q'\": 2, 'x\u0000': 3 }",
      "new Proxy(function named() {}, {})", "new Proxy(new Map([[1, 2]]), {})", "Intl.NumberFormat ? 'intl' : 0"])],
  ]);
}

// What algorithm exercises print: matrices, frequency tables, adjacency
// lists, memo tables, linked structures, sorted results.
function genInterviewData () {
  return weighted([
    [2, () => {
      const rows = int(2, 12), cols = int(2, 12);
      return `Array.from({ length: ${rows} }, (_, r) => Array.from({ length: ${cols} }, (_, c) => ${pick(['r * c', '0', 'r + c', '(r * 7 + c * 13) % 10', "r === c ? 1 : 0", "'.'", "(r + c) % 2 ? '#' : '.'", 'r * 100 - c * 37', '-1', 'Infinity', 'null', 'false'])}))`;
    }],
    [2, () => {
      const text = pick(['hello world', 'mississippi', 'the quick brown fox jumps over the lazy dog', 'abracadabra', 'aabbccddeeffgghhiijj']);
      return pick([
        `[...${lit(text)}].reduce((m, ch) => { m[ch] = (m[ch] || 0) + 1; return m; }, {})`,
        `[...${lit(text)}].reduce((m, ch) => m.set(ch, (m.get(ch) || 0) + 1), new Map())`,
        `new Set(${lit(text)})`,
        `Object.entries([...${lit(text)}].reduce((m, ch) => { m[ch] = (m[ch] || 0) + 1; return m; }, {}))`,
        `${lit(text)}.split(' ')`,
        `${lit(text)}.split('')`,
        `Object.groupBy ? 'n/a' : [...${lit(text)}].map((c) => c.charCodeAt(0))`,
      ]);
    }],
    [1, () => `{ ${Array.from({ length: int(3, 8) }, (_, i) => `${String.fromCharCode(65 + i)}: [${Array.from({ length: int(0, 4) }, () => lit(String.fromCharCode(65 + int(0, 7)))).join(', ')}]`).join(', ')} }`],
    [1, () => `Array.from({ length: ${int(5, 40)} }, (_, i) => ${pick(['i * i', 'i % 3 === 0 ? "Fizz" : i', '(i * 37) % 11', 'i / 4', '2 ** i', 'i % 2 ? -i : i * 1000', '[i, i * 2]', '({ id: i })', '`n${i}`'])})`],
    [1, () => `new Map(${lit(pick(['alice bob carol', 'x y z w v u t s', 'one two three']))}.split(' ').map((w, i) => [w, { index: i, len: w.length }]))`],
    [1, () => `[${Array.from({ length: int(2, 6) }, (_, i) => `{ id: ${i + 1}, name: ${lit(NAMES[i])}, scores: [${Array.from({ length: int(0, 8) }, () => int(0, 100)).join(', ')}], address: { city: ${lit(pick(['Paris', 'Oslo', 'Lima', 'Tokyo']))}, zip: ${lit(String(int(10000, 99999)))} } }`).join(', ')}]`],
    [1, () => `JSON.parse(${lit(JSON.stringify({ data: { items: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }], total: 2, next: null }, ok: true }))})`],
    [1, () => `Object.fromEntries(Array.from({ length: ${int(1, 30)} }, (_, i) => ['key' + i, ${pick(['i', 'i % 2 === 0', "'v'.repeat(i % 5)", '[i]', '{ i }', 'null'])}]))`],
    [1, () => `[${Array.from({ length: int(7, 30) }, () => lit(pick(['日本', '中文字', '😀', '👍🏽', 'é', 'ab', 'ｗｉｄｅ', 'ａ', '한국어', 'x́', '​', '🇫🇷', 'abc', 'a\tb']))).join(', ')}]`],
    [1, () => `[${Array.from({ length: int(7, 30) }, () => lit('x'.repeat(int(0, 14)))).join(', ')}]`],
    [1, () => `[${Array.from({ length: int(7, 26) }, () => pick(['1', '-1', '1.5', 'NaN', '-0', '10n', 'undefined', 'null', 'true', "'s'", '1e21', '123456789'])).join(', ')}]`],
  ]);
}

function genKey () {
  return weighted([
    [10, () => pick(KEYS)],
    [2, () => lit(pick(ODD_KEYS))],
    [1, () => `[${genSymbol()}]`],
    [1, () => String(int(0, 20))],
  ]);
}

function genObject (depth) {
  const n = weighted([[2, () => 0], [10, () => int(1, 4)], [4, () => int(5, 9)], [2, () => int(10, 28)]]) >> (budget > 4 ? 0 : 1);
  const keys = new Set();
  const parts = [];
  for (let i = 0; i < n; i++) {
    const key = genKey();
    if (keys.has(key)) continue;
    keys.add(key);
    parts.push(`${key}: ${genValue(depth)}`);
  }
  if (chance(0.1) && depth > 0) parts.push(`method() { return 1; }`);
  if (chance(0.05)) parts.push(`arrow: () => {}`);
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function genArray (depth) {
  const n = weighted([[1, () => 0], [10, () => int(1, 5)], [4, () => int(6, 12)], [2, () => int(13, 30)]]) >> (budget > 4 ? 0 : 1);
  if (chance(0.4)) {
    // Homogeneous: arrays of records are what tutorials print most.
    const shape = genObjectShape(depth);
    const items = [];
    for (let i = 0; i < Math.min(n, 8); i++) items.push(shape(i));
    return `[${items.join(', ')}]`;
  }
  const items = [];
  for (let i = 0; i < n; i++) items.push(genValue(depth));
  return `[${items.join(', ')}]`;
}

// A record shape like { id: 1, name: 'Alice', ... } used for arrays of records.
function genObjectShape (depth) {
  const keys = [];
  const kinds = [];
  const n = int(1, 5);
  for (let i = 0; i < n; i++) {
    const key = pick(KEYS);
    if (keys.includes(key)) continue;
    keys.push(key);
    kinds.push(pick(['index', 'name', 'word', 'bool', 'number', 'value', 'tags']));
  }
  return (i) => {
    const parts = keys.map((key, k) => {
      switch (kinds[k]) {
        case 'index': return `${key}: ${i + 1}`;
        case 'name': return `${key}: ${lit(NAMES[i % NAMES.length])}`;
        case 'word': return `${key}: ${lit(pick(WORDS))}`;
        case 'bool': return `${key}: ${pick(['true', 'false'])}`;
        case 'number': return `${key}: ${genNumber()}`;
        case 'tags': return `${key}: [${lit(pick(WORDS))}, ${lit(pick(WORDS))}]`;
        default: return `${key}: ${genValue(Math.max(depth - 1, 0))}`;
      }
    });
    return `{ ${parts.join(', ')} }`;
  };
}

function genNumberArray () {
  return weighted([
    [4, () => {
      const n = int(7, 40);
      const scale = pick([10, 100, 1000, 100000, 1e9]);
      const items = [];
      for (let i = 0; i < n; i++) {
        let v = int(-scale / 10, scale);
        if (chance(0.15)) v = v / 100;
        items.push(String(v));
      }
      return `[${items.join(', ')}]`;
    }],
    [2, () => `Array.from({ length: ${pick([7, 10, 26, 99, 100, 101, 120, 250])} }, (_, i) => ${pick(['i', 'i * i', 'i * 3 - 40', '2 ** (i % 20)', '(i % 7) / 4', 'i % 2 === 0', 'String(i)', "'item' + i", 'BigInt(i) * 1000n', 'i % 3 ? i : null', '-i'])})`],
    [1, () => `[${Array.from({ length: int(7, 16) }, () => genBigInt()).join(', ')}]`],
    [1, () => `[${Array.from({ length: int(7, 24) }, () => genNumber()).join(', ')}]`],
    [1, () => `new Array(${int(7, 120)}).fill(${pick(['0', "'ab'", 'null', '1.5', '{}', '[]'])})`],
  ]);
}

function genStringArray () {
  const n = int(3, 30);
  const pool = chance(0.5) ? WORDS : [...WORDS, ...ODD_STRINGS, ...NAMES];
  return `[${Array.from({ length: n }, () => lit(pick(pool))).join(', ')}]`;
}

function declareClass (name, body) {
  if (!classes.has(name)) {
    classes.add(name);
    lines.push(body);
  }
}

function genFunction () {
  return weighted([
    [3, () => pick(['function greet(name) { return name; }', 'function () {}', '() => {}',
      '(a, b) => a + b', 'async function load() {}', 'async () => {}', 'function* gen() {}',
      'async function* stream() {}', 'class Animal {}', 'class {}', 'Math.max',
      'Array', 'Object', 'Symbol', 'Promise', 'Map', 'parseInt', 'JSON.stringify', 'Array.prototype.push',
      'function named() {}.bind(null)', '(() => {}).bind(null)', 'Function.prototype', 'String',
      'class Dog extends Array {}', 'Object.assign(function () {}, { x: 1 })'].map(s => `(${s})`))],
    [1, () => {
      const f = fresh('fn');
      lines.push(`function ${f}(a, b) { return a; }`);
      lines.push(`${f}.${pick(KEYS)} = ${genPrimitive()};`);
      if (chance(0.5)) lines.push(`${f}[${lit(pick(ODD_KEYS))}] = ${genPrimitive()};`);
      return f;
    }],
    [1, () => {
      const f = fresh('anon');
      lines.push(`const ${f} = [function () {}, () => {}, class {}][${int(0, 2)}];`);
      return f;
    }],
    [1, () => {
      const c = fresh('Klass');
      lines.push(`class ${c} { static ${pick(KEYS)} = ${genPrimitive()}; method() {} }`);
      if (chance(0.3)) lines.push(`Object.defineProperty(${c}, 'name', { value: ${lit(pick(['Renamed', '', 'with space']))} });`);
      return c;
    }],
    [1, () => {
      const f = fresh('renamed');
      lines.push(`const ${f} = function original() {};`);
      lines.push(`Object.defineProperty(${f}, 'name', { value: ${pick(["'other'", "''", '42', 'undefined'])} });`);
      return f;
    }],
  ]);
}

function genClassInstance (depth) {
  return weighted([
    [3, () => {
      declareClass('Point', 'class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 0; } }');
      return `new Point(${genNumber()}, ${genValue(Math.min(depth, 1))})`;
    }],
    [2, () => {
      declareClass('Person', 'class Person { #secret = 1; constructor(name, age) { this.name = name; this.age = age; } greet() {} }');
      return `new Person(${lit(pick(NAMES))}, ${int(1, 90)})`;
    }],
    [1, () => {
      declareClass('Person', 'class Person { #secret = 1; constructor(name, age) { this.name = name; this.age = age; } greet() {} }');
      declareClass('Employee', 'class Employee extends Person { constructor(name, role) { super(name, 30); this.role = role; } }');
      return `new Employee(${lit(pick(NAMES))}, ${genValue(depth)})`;
    }],
    [1, () => {
      declareClass('Empty', 'class Empty {}');
      return 'new Empty()';
    }],
    [1, () => {
      declareClass('Stack', 'class Stack extends Array {}');
      return `Stack.from([${int(1, 9)}, ${int(1, 9)}, ${int(1, 9)}])`;
    }],
    [1, () => {
      declareClass('Registry', 'class Registry extends Map { constructor() { super(); this.label = "reg"; } }');
      const r = fresh('reg');
      lines.push(`const ${r} = new Registry();`);
      lines.push(`${r}.set(${genPrimitive()}, ${genValue(depth)});`);
      return r;
    }],
    [1, () => {
      declareClass('Tags', 'class Tags extends Set {}');
      return `new Tags([${genPrimitive()}, ${genPrimitive()}])`;
    }],
    [1, () => {
      declareClass('Node_', 'class Node_ { constructor(value) { this.value = value; this.next = null; } }');
      const a = fresh('node');
      lines.push(`const ${a} = new Node_(1); ${a}.next = new Node_(2); ${a}.next.next = new Node_(3); ${a}.next.next.next = new Node_(4);`);
      return a;
    }],
    [1, () => {
      const fn = fresh('Ctor');
      lines.push(`function ${fn}(v) { this.v = v; }`);
      if (chance(0.5)) lines.push(`${fn}.prototype.describe = function () { return this.v; };`);
      return `new ${fn}(${genValue(depth)})`;
    }],
    [1, () => {
      const o = fresh('inst');
      declareClass('Point', 'class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 0; } }');
      lines.push(`const ${o} = new Point(1, 2);`);
      lines.push(pick([`Object.defineProperty(${o}, 'constructor', { value: 'fake' });`,
        `${o}.constructor = function Fake() {};`,
        `Object.setPrototypeOf(${o}, Object.create(Point.prototype));`,
        `Point.prototype[Symbol.toStringTag] = 'PointTag';`]));
      return o;
    }],
  ]);
}

function genMapOrSet (depth) {
  return weighted([
    [3, () => {
      const n = int(0, 6);
      const items = Array.from({ length: n }, () => `[${genPrimitive()}, ${genValue(depth)}]`);
      return `new Map([${items.join(', ')}])`;
    }],
    [3, () => {
      const n = int(0, 8);
      return `new Set([${Array.from({ length: n }, () => genValue(depth)).join(', ')}])`;
    }],
    [1, () => `new Set(Array.from({ length: ${pick([7, 30, 101, 150])} }, (_, i) => i))`],
    [1, () => `new Map(Array.from({ length: ${pick([5, 12, 101])} }, (_, i) => [i, 'v' + i]))`],
    [1, () => `new Map([[{ a: 1 }, [1, 2]], [[3], new Set([4])]])`],
    [1, () => pick(['new WeakMap()', 'new WeakSet()', 'new WeakMap([[{}, 1]])', 'new WeakRef({})'])],
    [1, () => {
      const m = fresh('map');
      lines.push(`const ${m} = new Map();`);
      lines.push(`${m}.set('self', ${m});`);
      if (chance(0.5)) lines.push(`${m}.extra = ${genPrimitive()};`);
      return m;
    }],
    [1, () => pick(['new Map([[1, 2]]).entries()', 'new Set([1, 2, 3]).values()', 'new Map([["a", 1]]).keys()',
      '[1, 2, 3][Symbol.iterator]()', "'abc'[Symbol.iterator]()", '[1, 2].entries()', 'new Map([[1, { a: 1 }]])[Symbol.iterator]()'])],
  ]);
}

function genDate () {
  return pick(['new Date(0)', 'new Date(Date.UTC(2020, 1, 29, 12, 30))', 'new Date(NaN)',
    'new Date(Date.UTC(1999, 11, 31, 23, 59, 59, 999))', 'new Date(8.64e15)', 'new Date(-1)',
    "new Date('2024-03-15T10:20:30Z')", 'new Date(Date.UTC(-50, 0, 1))', 'new Date(Date.UTC(20000, 0, 1))',
    'Object.assign(new Date(0), { note: 1 })']);
}

function genRegExp () {
  return pick(['/ab+c/gi', '/[a-z]\\d*/', "new RegExp('a/b')", '/^\\s+$/m', '/(?<year>\\d{4})/u', "new RegExp('')",
    '/x/dgimsuy', "Object.assign(/re/, { extra: true })", "new RegExp('\\n')", '/[/]/']);
}

function genBoxed () {
  return pick(['new Number(3)', "new String('ab')", 'new Boolean(false)', 'Object(Symbol(\'s\'))',
    'Object(10n)', 'new Number(-0)', 'new Number(NaN)', "new String('')", "Object.assign(new String('hi'), { extra: 1 })",
    'new Boolean(true)', "Object.assign(new Number(5), { unit: 'kg' })", 'Object(1.5)', "new String('a\\'b')"]);
}

function genTypedArray () {
  return pick(['new Uint8Array([1, 2, 3])', 'new Float64Array([1.5, -0, NaN])', 'new Int16Array(4)',
    'new BigInt64Array([1n, -2n])', 'new Uint8Array(120)', 'new Uint8ClampedArray([300, -5, 1.5])',
    'new ArrayBuffer(4)', 'new Uint8Array([255, 16, 0]).buffer', 'new DataView(new ArrayBuffer(2))',
    'new Float32Array([0.1, 1 / 3])', 'new Uint32Array(Array.from({ length: 12 }, (_, i) => i * 1000))',
    'new Int8Array([-1, 127, -128, 5, 6, 7, 8])', 'new ArrayBuffer(60)',
    'Object.assign(new Uint16Array(2), { label: "x" })']);
}

function genPromise (depth) {
  return weighted([
    [2, () => `Promise.resolve(${genValue(depth)})`],
    [2, () => 'new Promise(() => {})'],
    [1, () => {
      const p = fresh('rejected');
      lines.push(`const ${p} = Promise.reject(${genPrimitive()});`);
      lines.push(`${p}.catch(() => {});`);
      return p;
    }],
    [1, () => {
      const p = fresh('rejectedErr');
      lines.push(`const ${p} = Promise.reject(Object.assign(new Error('nope'), { stack: 'Error: nope' }));`);
      lines.push(`${p}.catch(() => {});`);
      return p;
    }],
    [1, () => `Object.assign(Promise.resolve(1), { tag: ${genPrimitive()} })`],
  ]);
}

function genError () {
  const e = fresh('err');
  const ctor = pick(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError']);
  lines.push(`const ${e} = new ${ctor}(${lit(pick(['boom', 'bad input', '', 'multi\nline', 'x is not defined']))}${chance(0.2) ? `, { cause: ${genPrimitive()} }` : ''});`);
  lines.push(`${e}.stack = ${weighted([
    [3, () => `${e}.name + ': ' + ${e}.message`],
    [2, () => lit(`${ctor}: custom`)],
    [1, () => lit('just text')],
    [1, () => lit(`${ctor}: boom\n    at fake (file.js:1:1)\n    at other (file.js:2:2)`)],
    [1, () => lit('')],
  ])};`);
  if (chance(0.3)) lines.push(`${e}.${pick(['code', 'status', 'details', 'errno'])} = ${genPrimitive()};`);
  if (chance(0.1)) lines.push(`delete ${e}.stack;`);
  if (chance(0.1)) lines.push(`${e}.message = ${lit(pick(['changed', '', 'a\nb']))};`);
  if (chance(0.15)) lines.push(`${e}.name = ${lit(pick(['CustomError', 'ValidationError', '']))};`);
  if (chance(0.1)) {
    lines.push(`const ${e}c = new AggregateError([${e}], 'many'); ${e}c.stack = 'AggregateError: many';`);
    return `${e}c`;
  }
  if (chance(0.1)) {
    declareClass('AppError', 'class AppError extends Error { constructor(m) { super(m); this.name = "AppError"; } }');
    lines.push(`const ${e}b = new AppError('app failed'); ${e}b.stack = 'AppError: app failed';`);
    return `${e}b`;
  }
  return e;
}

function genNullProto (depth) {
  return weighted([
    [2, () => 'Object.create(null)'],
    [2, () => `Object.assign(Object.create(null), ${genObject(depth)})`],
    [2, () => `Object.create(${genObject(depth)})`],
    [1, () => `Object.create(Object.create(null))`],
    [1, () => `Object.assign(Object.create(Array.prototype), { 0: 1, length: 1 })`],
    [1, () => `Object.setPrototypeOf([${genPrimitive()}, ${genPrimitive()}], null)`],
    [1, () => `Object.setPrototypeOf(new Map([[1, 2]]), null)`],
  ]);
}

function genAccessorObject (depth) {
  const o = fresh('acc');
  const parts = [`${pick(KEYS)}: ${genPrimitive()}`];
  parts.push(pick([
    'get full() { return "x"; }',
    'set full(v) {}',
    'get both() { return 1; }, set both(v) {}',
    `get [Symbol('s')]() { return 2; }`,
  ]));
  lines.push(`const ${o} = { ${parts.join(', ')} };`);
  if (chance(0.4)) lines.push(`Object.defineProperty(${o}, 'hidden', { value: ${genValue(depth)}, enumerable: false });`);
  if (chance(0.3)) lines.push(`Object.defineProperty(${o}, 'ro', { get() { return 3; }, enumerable: true });`);
  return o;
}

function genHoleyArray (depth) {
  return weighted([
    [2, () => pick(['[1, , 3]', '[, , 1]', '[1, , , , 5, , ]', 'new Array(5)', '[ , ]', 'new Array(3).concat([1])',
      'Array(120)', '[,'.repeat(1) + '1, , 2, , , 3]'])],
    [2, () => {
      const a = fresh('arr');
      lines.push(`const ${a} = [${genPrimitive()}, ${genPrimitive()}];`);
      lines.push(pick([`${a}.extra = ${genValue(depth)};`, `${a}[5] = ${genPrimitive()};`, `${a}[-1] = 'neg';`,
        `${a}['key with space'] = 1;`, `${a}[${genSymbol()}] = 'sym';`, `${a}.length = 4;`,
        `${a}[150] = 1;`, `${a}['1.5'] = 2;`, `${a}[4294967295] = 'big';`]));
      return a;
    }],
  ]);
}

function genCircular (depth) {
  return weighted([
    [3, () => {
      const o = fresh('obj');
      lines.push(`const ${o} = { name: ${lit(pick(NAMES))}, data: ${genValue(Math.min(depth, 1))} };`);
      lines.push(`${o}.self = ${o};`);
      return o;
    }],
    [2, () => {
      const a = fresh('parent');
      lines.push(`const ${a} = { name: 'parent', children: [] };`);
      lines.push(`${a}.children.push({ name: 'child', parent: ${a} });`);
      if (chance(0.5)) lines.push(`${a}.children.push({ name: 'child2', parent: ${a}, sibling: ${a}.children[0] });`);
      return a;
    }],
    [1, () => {
      const a = fresh('ring');
      lines.push(`const ${a} = [1, 2];`);
      lines.push(`${a}.push(${a});`);
      return a;
    }],
    [1, () => {
      const a = fresh('pairA'), b = fresh('pairB');
      lines.push(`const ${a} = { id: 'a' }; const ${b} = { id: 'b', other: ${a} }; ${a}.other = ${b};`);
      return `{ first: ${a}, second: ${b} }`;
    }],
    [1, () => {
      const a = fresh('deep');
      lines.push(`const ${a} = { level1: { level2: { level3: {} } } };`);
      lines.push(`${a}.level1.level2.level3.back = ${a}; ${a}.level1.loop = ${a}.level1;`);
      return a;
    }],
  ]);
}

function genTagged (depth) {
  return weighted([
    [2, () => `{ [Symbol.toStringTag]: ${lit(pick(['Custom', 'Thing', '']))}, v: ${genValue(depth)} }`],
    [1, () => {
      declareClass('Tagged', "class Tagged { get [Symbol.toStringTag]() { return 'TG'; } constructor() { this.n = 1; } }");
      return 'new Tagged()';
    }],
    [1, () => {
      declareClass('Tagged2', "class Tagged2 { static [Symbol.toStringTag] = 'StaticTag'; }");
      return pick(['Tagged2', 'new Tagged2()']);
    }],
    [1, () => `Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Bare', k: 1 })`],
  ]);
}

function genMisc () {
  return pick(['globalThis.Math', 'JSON', 'Reflect', "Object.freeze({ a: 1 })", "[1, [2, [3, [4, [5]]]]]",
    "{ a: { b: { c: { d: { e: 1 } } } } }", "[[[[[]]]]]", "[{}, [], new Map(), new Set()]",
    '(function () { return arguments; })(1, "two")', 'Object.assign(() => {}, { a: 1 })',
    "new Proxy({ a: 1 }, {})", "new Proxy([1, 2], {})", "Object.defineProperty({}, 'x', { value: 1 })",
    "{ 'key-1': 1, key2: 2, 3: 'three', [Symbol('four')]: 4 }", "{ undefined: undefined, null: null }",
    "Object.assign([], { a: 1 })", "[undefined, null, NaN, -0, 0]", "{ f() {}, async g() {}, *h() {} }",
    "{ [Symbol.iterator]: function* () {} }", 'Array.prototype', 'Object.prototype', 'Map.prototype',
    'Object.getPrototypeOf(function* () {})', 'new (class extends Error {})("x").name']);
}

// ---------------------------------------------------------------------------
// Output statements
// ---------------------------------------------------------------------------
function declare (expr) {
  const v = fresh('v');
  lines.push(`const ${v} = ${expr};`);
  return v;
}

const FORMATS = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%x', '%', '%s%s', '%5d', '%-s'];

// A statement that may throw (a BigInt for %j, a Symbol in a template):
// print what was thrown and go on.
const guarded = (stmt) => `try { ${stmt} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }`;

function genFormatCall () {
  const n = int(1, 4);
  const pieces = [];
  for (let i = 0; i < n; i++) {
    pieces.push(pick(['', 'Value: ', 'x=', ' and ', '[', '] ', 'total ', ': ']));
    pieces.push(pick(FORMATS));
  }
  if (chance(0.5)) pieces.push(pick([' done', '!', '', ' %', ' 100%']));
  const argc = int(0, n + 2);
  const args = [];
  for (let i = 0; i < argc; i++) {
    args.push(weighted([
      [4, genPrimitive],
      [2, () => genValue(1)],
      [1, () => pick(['(function foo() {})', 'class Foo {}', "Object.assign(new Error('e'), { stack: 'Error: e' })", 'new Number(4)', "new String('str')", '[1, [2, [3, [4]]]]', "{ a: { b: { c: {} } } }", '-0', '0n', 'Symbol.iterator', "'%s'", "new Map([[1, 2]])", '() => {}'])],
    [1, () => pick(['42', "'42'", "'3.9abc'", '3.9', '-3.9', "'0x1f'", '10n', "''", "' 12 '", 'null', '[]', '[5]', '{}', "{ valueOf() { return 7; } }", "{ toString() { return 'custom'; } }", 'new Date(0)', "new Error('x').message", '1e21', "Symbol('s')"])],
    ]));
  }
  return guarded(`console.log(${[lit(pieces.join('')), ...args].join(', ')});`);
}

function genOutput () {
  return weighted([
    [12, () => `console.log(${genValue(int(1, 4))});`],
    [4, () => `console.log(${lit(pick(['value:', 'result', 'obj =', 'Got', 'x']))}, ${genValue(int(1, 3))});`],
    [3, () => `console.log(${genValue(2)}, ${genValue(2)}${chance(0.3) ? ', ' + genValue(2) : ''});`],
    [4, genFormatCall],
    [2, () => `console.log(${pick(['1', 'null', '{}', '[1]', 'Symbol()', 'undefined', '-0', '5n'])}, ${lit('%s %d')}, ${genPrimitive()});`],
    [3, () => {
      const v = declare(genValue(int(1, 3)));
      return guarded(`console.log(String(${v}));`);
    }],
    [2, () => {
      const v = declare(genValue(int(1, 3)));
      return guarded(`console.log(\`\${${v}}\`);`);
    }],
    [3, () => {
      const v = declare(genValue(int(1, 3)));
      return guarded(`console.log(JSON.stringify(${v}, null, ${pick(['2', '0', "'\\t'", "'--'", '4'])}));`);
    }],
    [1, () => guarded(`console.log([${genValue(1)}] + '', ${genPrimitive()} + '');`)],
    [3, () => {
      const opts = [];
      const n = int(1, 3);
      for (let i = 0; i < n; i++) {
        opts.push(pick(['depth: 0', 'depth: 1', 'depth: null', 'depth: Infinity', 'compact: false', 'compact: 1',
          'compact: 5', 'breakLength: 40', 'breakLength: Infinity', 'breakLength: 120', 'sorted: true',
          'showHidden: true', 'maxArrayLength: 2', 'maxArrayLength: 0', 'maxStringLength: 4', 'numericSeparator: true',
          'getters: true', 'compact: true', 'colors: true', "getters: 'get'", 'compact: 0', 'depth: 3',
          'maxArrayLength: 10', 'breakLength: 0', 'sorted: (a, b) => a < b ? 1 : -1']));
      }
      return guarded(`console.log(require('util').inspect(${genValue(int(1, 4))}, { ${[...new Set(opts)].join(', ')} }));`);
    }],
    [1, () => `console.dir(${genValue(int(1, 4))}, { depth: ${pick(['0', '1', 'null', '5'])} });`],
    [1, () => `console.group(${lit(pick(['Group', 'Results:', '']))});\nconsole.log(${genValue(int(1, 3))});\n${chance(0.5) ? `console.group();\nconsole.info(${genValue(2)});\nconsole.groupEnd();\n` : ''}console.groupEnd();`],
    [1, () => `console.${pick(['info', 'debug'])}(${genValue(int(1, 3))});`],
    [1, () => `console.count(${pick(['', "'clicks'", "'x'"])}); console.count(${pick(['', "'clicks'"])}); console.countReset(); console.count();`],
    [1, () => guarded(`console.log(${lit(pick(['%d', '%i', '%f', '%s', '%j', '%o', '%O', '%d%%', '%s:%s']))}, ${pick(['-0', '-0.5', '0.5', '1e21', '-1e-7', "'-0'", '2n ** 70n', 'new Number(-0)', 'Number.MIN_VALUE', "'0b11'", "'  42abc'", '[1, 2]', "[['nested']]", "{ a: 1 }", 'null', 'undefined', 'Symbol("q")', 'Object.create(null)'])});`)],
    [1, () => `console.log(${genValue(2)}, ${lit(pick(['%s', '%d', 'plain', '%%']))}, ${genValue(1)});`],
    [1, () => guarded(`console.table(${pick([genArray(1), genObject(1), '[[1, 2], [3, 4]]', "[{ a: 1, b: 'x' }, { a: 2, c: true }]", "{ r1: { c1: 1 }, r2: { c2: 2 } }", "new Map([['k', 1]])", '[1, 2, 3]', "'text'"])});`)],
    [1, () => guarded(`console.log(require('util').format(${lit(pick(FORMATS) + ' ' + pick(FORMATS))}, ${genValue(2)}, ${genValue(1)}));`)],
    [1, () => `console.log(${lit('nested:')}, { level: ${genValue(3)}, list: [${genValue(2)}, ${genValue(2)}] });`],
  ]);
}

// ---------------------------------------------------------------------------
// Each output follows the statements its values need (genOutput adds them).
const count = int(4, 14);
for (let i = 0; i < count; i++) {
  budget = int(1, 10);
  const out = genOutput();
  lines.push(out);
}
process.stdout.write(`// gen-inspect seed ${seed}\n${lines.join('\n')}\n`);
