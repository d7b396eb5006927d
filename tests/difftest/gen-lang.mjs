#!/usr/bin/env node
// Differential-test generator: language semantics and core built-ins.
//
//   node gen-lang.mjs SEED  >  script.js
//
// Prints one self-contained CommonJS script made of 4-7 snippets in the style
// of interview questions and tutorials (hoisting, closures, `this`, classes,
// coercion, number formatting, strings, regexps, arrays, generators, errors,
// JSON, Map/Set, BigInt, Date...).  Every choice comes from a seeded PRNG, so
// a seed always gives the same script; the script itself is deterministic
// under Node (no Math.random, no clock, no stacks, no paths).  Values are
// printed as primitives or through JSON.stringify / the `show` helper, to
// stay out of console.log's object formatting.

const seed = Number(process.argv[2] ?? 1) >>> 0;

// mulberry32
let state = (seed * 0x9e3779b9 + 0x6d2b79f5) >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
const pick = (arr) => arr[int(0, arr.length - 1)];
const chance = (p) => rand() < p;
function pickN(arr, n) {
  const copy = arr.slice();
  const out = [];
  while (out.length < n && copy.length) out.push(copy.splice(int(0, copy.length - 1), 1)[0]);
  return out;
}
const q = (s) => JSON.stringify(s);
const names = ['a', 'b', 'c', 'x', 'y', 'z', 'n', 'k', 'foo', 'bar', 'count', 'total', 'value', 'item'];
const words = ['apple', 'banana', 'cherry', 'kiwi', 'mango', 'pear', 'plum', 'fig', 'lime', 'date'];

// `ev(label, thunk)` prints the value or the error the thunk produces.
const PRELUDE = `function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return 'function ' + v.name;
  if (Object.is(v, -0)) return '-0';
  if (v !== null && typeof v === 'object') {
    try { return (Array.isArray(v) ? 'array ' : 'object ') + JSON.stringify(v); } catch (e) { return 'object (' + e.constructor.name + ')'; }
  }
  return String(v);
}
function ev(label, thunk) {
  try { console.log(label, '=>', show(thunk())); }
  catch (e) { console.log(label, 'threw', e.constructor.name + ':', e.message); }
}
`;

function ev(expr) {
  return `ev(${q(expr)}, () => (${expr}));`;
}

// ---------------------------------------------------------------- templates

function hoisting() {
  const v = pick(names);
  const forms = [
    () => `console.log(typeof ${v}, ${v});\nvar ${v} = ${int(1, 9)};\nconsole.log(typeof ${v}, ${v});`,
    () => `console.log(${v}());\nfunction ${v}() { return 'hoisted ${v}'; }`,
    () => `try { console.log(${v}); } catch (e) { console.log(e.constructor.name, e.message); }\nlet ${v} = 1;`,
    () => `try { ${v}(); } catch (e) { console.log(e.constructor.name, e.message); }\nvar ${v} = function () { return 1; };\nconsole.log(${v}());`,
    () => `console.log(typeof undeclared_${v}, typeof undeclared_${v} === 'undefined');`,
    () => `try { console.log(typeof ${v}); } catch (e) { console.log(e.constructor.name, e.message); }\nconst ${v} = 'later';\nconsole.log(${v});`,
    () => `var ${v} = 'outer';\nfunction f() {\n  console.log(${v});\n  var ${v} = 'inner';\n  console.log(${v});\n}\nf();`,
    () => `var ${v} = 1;\n{\n  ${pick(['var', 'let'])} ${v} = 2;\n  console.log('in block', ${v});\n}\nconsole.log('after', ${v});`,
    () => `console.log(typeof ${v}Fn);\nif (${pick(['true', 'false'])}) {\n  function ${v}Fn() { return 'block fn'; }\n}\nconsole.log(typeof ${v}Fn);`,
    () => `(function scope() {\n  function ${v}() { return 1; }\n  var ${v};\n  console.log(typeof ${v});\n  var ${v} = 2;\n  console.log(typeof ${v});\n})();`,
    () => `let ${v} = 'outer';\n{\n  try { ${v} = 'x'; } catch (e) { console.log(e.constructor.name, e.message); }\n  let ${v} = 'inner';\n  console.log(${v});\n}\nconsole.log(${v});`,
    () => `const ${v} = 1;\ntry { ${pick([v + ' = 2', v + ' += 2', v + '++', v + ' **= 2', '[' + v + '] = [2]'])}; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(${v});`,
    () => `function outer() {\n  return inner();\n  function inner() { return 'inner ran'; }\n}\nconsole.log(outer());`,
    () => `function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }\nconsole.log(fact(${int(0, 12)}), fact(${int(13, 25)}));`,
    () => `try { console.log(typeof C${v}); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { new C${v}(); } catch (e) { console.log(e.constructor.name, e.message); }\nclass C${v} {}\nconsole.log(typeof C${v});`,
    () => `let ${v} = ${v}Init();\nfunction ${v}Init() { return ${int(1, 50)}; }\nconsole.log(${v});`,
    () => `function f(${v} = ${v}) { return ${v}; }\ntry { f(); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(f(${int(0, 5)}));`,
  ];
  return pick(forms)();
}

function closuresInLoops() {
  const n = int(2, 4);
  const kind = pick(['var', 'let']);
  const forms = [
    () => `var fns = [];\nfor (${kind} i = 0; i < ${n}; i++) {\n  fns.push(() => i);\n}\nconsole.log(fns.map((f) => f()).join(','));`,
    () => `for (${kind} i = 0; i < ${n}; i++) {\n  setTimeout(() => console.log('timeout', i), ${pick([0, 0, 10])});\n}`,
    () => `var fns = [];\nfor (var i = 0; i < ${n}; i++) {\n  (function (j) { fns.push(function () { return j * ${int(2, 5)}; }); })(i);\n}\nconsole.log(fns.map((f) => f()).join(' '));`,
    () => `function makeCounter() {\n  let count = ${int(0, 3)};\n  return { inc: () => ++count, dec: () => --count, get: () => count };\n}\nconst c1 = makeCounter(), c2 = makeCounter();\nc1.inc(); c1.inc(); c2.dec();\nconsole.log(c1.get(), c2.get());`,
    () => `const adders = [];\nfor (${kind} i of [${Array.from({ length: n }, (_, i) => i * 10).join(', ')}]) adders.push((x) => x + i);\nconsole.log(adders.map((f) => f(1)));`,
    () => `function once(fn) {\n  let done = false, result;\n  return function (...args) {\n    if (!done) { done = true; result = fn.apply(this, args); }\n    return result;\n  };\n}\nconst init = once((x) => { console.log('init', x); return x * 2; });\nconsole.log(init(${int(1, 9)}), init(${int(10, 20)}));`,
    () => `function memo(fn) {\n  const cache = new Map();\n  return (n) => {\n    if (cache.has(n)) return 'cached ' + cache.get(n);\n    const v = fn(n); cache.set(n, v); return v;\n  };\n}\nconst sq = memo((n) => n * n);\nconsole.log(sq(${n}), sq(${n}), sq(${n + 1}));`,
    () => `const curry = (fn) => function curried(...args) {\n  return args.length >= fn.length ? fn(...args) : (...more) => curried(...args, ...more);\n};\nconst add3 = curry((a, b, c) => a + b + c);\nconsole.log(add3(1)(2)(3), add3(1, 2)(${n}), add3(1)(2, ${n}), typeof add3(1));`,
    () => `const table = {};\nfor (${kind} i = 0, j = ${n}; i < j; i++, j--) { table[i] = () => [i, j]; }\nconsole.log(JSON.stringify(Object.values(table).map((f) => f())));`,
    () => `let i = 0;\nconst fs = [];\nwhile (i < ${n}) { ${pick(['let', 'const'])} j = i; fs.push(() => j + ':' + i); i++; }\nconsole.log(fs.map((f) => f()).join(' '));`,
  ];
  return pick(forms)();
}

function thisBinding() {
  const nm = pick(words);
  const strict = chance(0.4) ? "'use strict';\n" : '';
  const forms = [
    () => `${strict}const obj = {\n  name: '${nm}',\n  regular() { return this && this.name; },\n  arrow: () => typeof this,\n  nested() { return [1].map(function () { return this === undefined ? 'undefined' : typeof this; })[0]; },\n  nestedArrow() { return [1].map(() => this.name)[0]; },\n};\nconsole.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow());\nconst extracted = obj.regular;\ntry { console.log(String(extracted())); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `${strict}function greet(greeting, punct) { return greeting + ', ' + this.name + punct; }\nconst p = { name: '${nm}' };\nconsole.log(greet.call(p, 'Hi', '!'));\nconsole.log(greet.apply(p, ['Hello', '?']));\nconst bound = greet.bind(p, 'Hey');\nconsole.log(bound('.'), bound.name, bound.length);\nconsole.log(bound.call({ name: 'other' }, '#'));`,
    () => `${strict}function Person(name) { this.name = name; }\nPerson.prototype.say = function () { return 'I am ' + this.name; };\nconst p = new Person('${nm}');\nconsole.log(p.say(), p instanceof Person, Object.getPrototypeOf(p) === Person.prototype);\nconst say = p.say;\ntry { console.log(say()); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(say.call({ name: 'borrowed' }));`,
    () => `${strict}function who() { return this === undefined ? 'undefined' : this === globalThis ? 'global' : typeof this; }\nconsole.log(who(), who.call(${pick(['5', "'s'", 'null', 'undefined', 'true', '{}'])}), who.call(who));`,
    () => `${strict}const counter = {\n  count: 0,\n  start() {\n    const self = this;\n    [1, 2, 3].forEach(function () { self.count++; });\n    [1, 2].forEach(() => { this.count += 10; });\n    return this.count;\n  },\n};\nconsole.log(counter.start());`,
    () => `${strict}class Button {\n  constructor(label) { this.label = label; this.onClickArrow = () => this.label; }\n  onClick() { return this ? this.label : 'no this'; }\n}\nconst b = new Button('${nm}');\nconst { onClick, onClickArrow } = b;\nconsole.log(onClickArrow());\ntry { console.log(onClick()); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(onClick.bind(b)());`,
    () => `${strict}function F() {\n  if (!new.target) return 'called without new';\n  this.made = true;\n}\nconsole.log(F(), new F().made);\nconst BoundF = F.bind({ ignored: true });\nconsole.log(new BoundF().made, BoundF.name);`,
    () => `${strict}const o = { v: ${int(1, 9)}, get double() { return this.v * 2; } };\nconst child = Object.create(o);\nchild.v = ${int(10, 20)};\nconsole.log(o.double, child.double);`,
    () => `${strict}function Ctor() { this.a = 1; return ${pick(['{ b: 2 }', '5', "'str'", 'null', '[3]', 'undefined'])}; }\nconsole.log(JSON.stringify(new Ctor()));`,
    () => `${strict}const fnArrow = () => this;\nconst o = { m: fnArrow };\nconsole.log(o.m() === fnArrow(), typeof fnArrow(), this === module.exports);`,
    () => `${strict}const obj = { name: '${nm}', getName() { return this.name; } };\nconsole.log((obj.getName)(), (0, obj.getName) === obj.getName);\ntry { console.log((0, obj.getName)()); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `${strict}const bound1 = function () { return this.x; }.bind({ x: 1 }).bind({ x: 2 });\nconsole.log(bound1(), bound1.name);`,
  ];
  return pick(forms)();
}

function classes() {
  const nm = pick(['Animal', 'Shape', 'Account', 'Vehicle', 'Node', 'Queue']);
  const sub = nm === 'Animal' ? 'Dog' : nm === 'Shape' ? 'Circle' : 'Special' + nm;
  const forms = [
    () => `class ${nm} {\n  constructor(name) { this.name = name; }\n  speak() { return this.name + ' makes a sound'; }\n  static create(n) { return new this(n); }\n  toString() { return '${nm}(' + this.name + ')'; }\n}\nclass ${sub} extends ${nm} {\n  speak() { return super.speak() + ' (woof)'; }\n}\nconst d = ${sub}.create('${pick(words)}');\nconsole.log(d.speak(), String(d), d instanceof ${nm}, d.constructor.name);\nconsole.log(Object.getPrototypeOf(${sub}) === ${nm}, typeof ${nm}, ${nm}.name, ${sub}.create === ${nm}.create);`,
    () => `class Counter {\n  #count = ${int(0, 5)};\n  static #instances = 0;\n  constructor() { Counter.#instances++; }\n  #bump(by) { this.#count += by; }\n  inc(by = 1) { this.#bump(by); return this; }\n  get value() { return this.#count; }\n  static get instances() { return Counter.#instances; }\n  static isCounter(o) { return #count in o; }\n}\nconst c = new Counter().inc().inc(${int(2, 9)});\nnew Counter();\nconsole.log(c.value, Counter.instances, Counter.isCounter(c), Counter.isCounter({}));\nconsole.log(Object.keys(c).length, JSON.stringify(c));\ntry { Counter.prototype.inc.call({}); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class ${nm} {\n  static count = 0;\n  static { this.count = ${int(1, 9)}; this.ready = true; }\n  x = ${nm}.count * 2;\n  ['computed' + 1] = 'c';\n}\nconsole.log(${nm}.count, ${nm}.ready, new ${nm}().x, new ${nm}().computed1);`,
    () => `class ${nm} {\n  constructor() { this.kind = new.target.name; }\n}\nclass ${sub} extends ${nm} {\n  constructor() { ${pick(['super();', 'super(); this.extra = 1;', 'this.extra = 1; super();', ''])} }\n}\ntry { const s = new ${sub}(); console.log(s.kind, s.extra); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class ${nm} {}\ntry { ${nm}(); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { ${nm}.call({}); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class Temp {\n  #c = 0;\n  get f() { return this.#c * 9 / 5 + 32; }\n  set f(v) { this.#c = (v - 32) * 5 / 9; }\n  get c() { return this.#c; }\n}\nconst t = new Temp();\nt.f = ${pick([212, 32, 98.6, -40, 50])};\nconsole.log(t.c, t.f);\nconsole.log(Object.getOwnPropertyNames(Temp.prototype).join(','));\nconst desc = Object.getOwnPropertyDescriptor(Temp.prototype, 'f');\nconsole.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);`,
    () => `class Even {\n  static [Symbol.hasInstance](n) { return n % 2 === 0; }\n}\nconsole.log(${int(0, 9)} instanceof Even, ${int(0, 9)} instanceof Even);\ntry { console.log({} instanceof ${pick(['5', '{}', "'str'", 'Math'])}); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class ${nm} {\n  #secret = ${int(1, 99)};\n  static read(o) { return o.#secret; }\n}\nconsole.log(${nm}.read(new ${nm}()));\ntry { ${nm}.read({}); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class A { hello() { return 'A'; } static who() { return 'static A'; } }\nclass B extends A { hello() { return super.hello() + 'B'; } static who() { return super.who() + ' via B'; } }\nclass C extends B { hello() { return super.hello() + 'C'; } }\nconsole.log(new C().hello(), C.who(), Object.getOwnPropertyNames(new C()).length);\nconsole.log(C.prototype instanceof A, Object.getPrototypeOf(C.prototype) === B.prototype);`,
    () => `class MyError extends Error {\n  constructor(msg, code) { super(msg); this.name = 'MyError'; this.code = code; }\n}\ntry { throw new MyError('${pick(words)} failed', ${int(400, 599)}); }\ncatch (e) { console.log(e.name, e.message, e.code, e instanceof MyError, e instanceof Error, String(e)); }\nconsole.log(Object.prototype.toString.call(new MyError('x')));`,
    () => `class Stack extends Array {\n  peek() { return this[this.length - 1]; }\n}\nconst s = new Stack();\ns.push(${int(1, 5)}, ${int(6, 9)});\nconst m = s.map((x) => x * 2);\nconsole.log(s.peek(), s.length, m instanceof Stack, m.peek(), Array.isArray(s));`,
    () => `const Mixin = (Base) => class extends Base { mixed() { return 'mixed ' + this.constructor.name; } };\nclass Base0 {}\nclass Final extends Mixin(Base0) {}\nconsole.log(new Final().mixed(), Object.getPrototypeOf(Final).name === '', Object.getPrototypeOf(Final).name);`,
    () => `class ${nm} { method() {} static sm() {} }\nconsole.log(typeof ${nm}.prototype.method, Object.keys(${nm}.prototype).length, ${nm}.prototype.constructor === ${nm});\nconsole.log(Object.getOwnPropertyDescriptor(${nm}.prototype, 'method').enumerable, ${nm}.sm.name, ${nm}.length);\ntry { new ${nm}.prototype.method(); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class P { constructor() { this.init(); } init() { this.v = 'P'; } }\nclass Q extends P { field = 'field'; init() { this.v = 'Q saw ' + this.field; } }\nconsole.log(new Q().v, new Q().field);`,
    () => `try { class X extends ${pick(['null', '5', "'str'", 'undefined', '({})'])} {} ; console.log(typeof X, Object.getPrototypeOf(X.prototype)); new X(); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `class Point {\n  constructor(x, y) { Object.assign(this, { x, y }); }\n  static from([x, y]) { return new Point(x, y); }\n  add(o) { return new Point(this.x + o.x, this.y + o.y); }\n  get length() { return Math.hypot(this.x, this.y); }\n  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.length : \`(\${this.x}, \${this.y})\`; }\n}\nconst p = Point.from([${int(0, 6)}, ${int(0, 8)}]).add(new Point(${pick([3, 0, -3])}, 4));\nconsole.log(\`\${p}\`, +p, p + '', p > 1);`,
  ];
  return pick(forms)();
}

function propertyModel() {
  const strict = chance(0.5);
  const head = strict ? "'use strict';\n" : '';
  const forms = [
    () => `${head}const o = Object.freeze({ a: 1, nested: { b: 2 } });\ntry { o.a = 99; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { o.c = 3; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { delete o.a; } catch (e) { console.log(e.constructor.name, e.message); }\no.nested.b = 42;\nconsole.log(o.a, o.c, o.nested.b, Object.isFrozen(o), Object.isFrozen(o.nested));`,
    () => `${head}const o = Object.seal({ a: 1 });\no.a = 2;\ntry { o.b = 3; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { delete o.a; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(JSON.stringify(o), Object.isSealed(o), Object.isExtensible(o), Object.isFrozen(o));`,
    () => `${head}const o = {};\nObject.defineProperty(o, 'hidden', { value: ${int(1, 9)}, ${pick(['', 'writable: true', 'enumerable: true', 'configurable: true', 'writable: true, enumerable: true'])} });\no.visible = 2;\ntry { o.hidden = 100; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(o.hidden, Object.keys(o).join(','), JSON.stringify(o), 'hidden' in o);\ntry { Object.defineProperty(o, 'hidden', { value: 5 }); console.log('redefined', o.hidden); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'hidden')));`,
    () => `${head}const arr = Object.freeze([1, 2, 3]);\ntry { arr.push(4); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { arr[0] = 9; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { arr.length = 0; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(arr.join(','), arr.length);`,
    () => `${head}const o = Object.preventExtensions({ x: 1 });\ntry { o.y = 2; } catch (e) { console.log(e.constructor.name, e.message); }\ndelete o.x;\nconsole.log(JSON.stringify(o), Object.isExtensible(o));`,
    () => `${head}const proto = {};\nObject.defineProperty(proto, 'ro', { value: 'proto', writable: false });\nconst child = Object.create(proto);\ntry { child.ro = 'own'; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(child.ro, Object.hasOwn(child, 'ro'));\nObject.defineProperty(child, 'ro', { value: 'defined', enumerable: true });\nconsole.log(child.ro, Object.keys(child).join());`,
    () => `${head}const o = { get only() { return 'getter'; } };\ntry { o.only = 'set'; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(o.only);`,
    () => `${head}const str = 'abc';\ntry { str.length = 1; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { str[0] = 'z'; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { str.custom = 1; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(str, str.custom);`,
    () => `${head}function f() {}\ntry { f.name = 'g'; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { undefinedVar${int(1, 9)} = 1; console.log('created global'); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(f.name);`,
    () => `${head}const o = {};\nlet store = ${int(1, 5)};\nObject.defineProperty(o, 'v', { get() { return store * 10; }, set(x) { store = x; }, enumerable: ${pick(['true', 'false'])} });\no.v = ${int(6, 9)};\nconsole.log(o.v, store, Object.keys(o).length, JSON.stringify(Object.entries(Object.getOwnPropertyDescriptors(o)).map(([k, d]) => [k, Object.keys(d)])));`,
    () => `${head}const o = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { value: 2 } });\nconsole.log(JSON.stringify(o), Object.getOwnPropertyNames(o).join(), o.propertyIsEnumerable('b'));\ntry { Object.defineProperty(o, 'a', { get() { return 3; } }); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { Object.defineProperty(1, 'a', {}); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { Object.defineProperty({}, 'a', { get() {}, value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }`,
  ];
  return pick(forms)();
}

function enumeration() {
  const keys = pickN(['b', '2', 'a', '10', '1', 'z', '-1', '1.5', '01', '4294967295', '4294967294', 'length', ' 3', 'c'], int(3, 7));
  const lit = keys.map((k, i) => `${q(k)}: ${i}`).join(', ');
  const forms = [
    () => `const o = { ${lit} };\nconsole.log(Object.keys(o).join(' '));\nconsole.log(JSON.stringify(o));`,
    () => `const o = { ${lit} };\no[${q(pick(['0', 'y', '7', '-5']))}] = 'added';\ndelete o[${q(keys[0])}];\nfor (const k in o) console.log(k, o[k]);`,
    () => `const proto = { inherited: 1, ${q(pick(['3', 'p']))}: 2 };\nconst o = Object.create(proto);\nObject.assign(o, { ${lit} });\nconst inKeys = [];\nfor (const k in o) inKeys.push(k);\nconsole.log(inKeys.join(), Object.keys(o).join());`,
    () => `const o = { ${lit}, [Symbol('s')]: 'sym' };\nconsole.log(Reflect.ownKeys(o).map(String).join(','));\nconsole.log(JSON.stringify(Object.entries(o)));\nconsole.log(JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v * 2]))));`,
    () => `const arr = ['x', 'y'];\narr.extra = 'e';\narr[5] = 'far';\nfor (const i in arr) console.log('in', i, typeof i);\nfor (const v of arr) console.log('of', v);\nconsole.log(Object.keys(arr).join(), arr.length);`,
    () => `const m = new Map([[${q(keys[0])}, 1], [2, 'two'], [${q(keys[1] ?? 'k')}, 3]]);\nconst o = Object.fromEntries(m);\nconsole.log(JSON.stringify(o), Object.keys(o).join('|'));\nconsole.log(JSON.stringify([...new Map(Object.entries(o)).keys()]));`,
    () => `const s = 'héllo';\nfor (const k in s) console.log(k);\nconsole.log(JSON.stringify(Object.entries('ab')), Object.keys([,'h',,'i']).join());`,
  ];
  return pick(forms)();
}

function destructuring() {
  const forms = [
    () => `const { a = ${int(1, 9)}, b: renamed = 'def', ...rest } = { ${pick(['a: undefined, ', 'a: null, ', 'a: 0, ', "a: '', ", ''])}${pick(['b: 2', 'b: undefined', 'b: null', 'c: 3'])}, d: 4, e: 5 };\nconsole.log(a, renamed, JSON.stringify(rest));`,
    () => `const [x = 'dx', , y = 'dy', ...others] = [${pickN(['1', 'undefined', 'null', '3', '4', '5', "'s'"], int(0, 6)).join(', ')}];\nconsole.log(x, y, JSON.stringify(others));`,
    () => `let a = ${int(1, 5)}, b = ${int(6, 9)};\n[a, b] = [b, a];\nconsole.log(a, b);\nconst o = { p: { q: [10, { r: 'deep' }] } };\nconst { p: { q: [first, { r }] } } = o;\nconsole.log(first, r);`,
    () => `function f({ name = 'anon', tags: [firstTag = 'none'] = [] } = {}) { return name + ':' + firstTag; }\nconsole.log(f(), f({}), f({ name: 'x' }), f({ tags: ['t1', 't2'] }));\ntry { f(null); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `try { const { ${pick(['a', 'length', 'x'])} } = ${pick(['null', 'undefined'])}; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { const [z] = ${pick(['null', 'undefined', '{}', '5', '{ length: 1 }'])}; } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `const { length, [${int(0, 3)}]: ch } = '${pick(words)}';\nconsole.log(length, ch);\nconst [c1, ...cs] = '${pick(['héllo', 'a😀b', 'xy'])}';\nconsole.log(c1, cs.length, cs.join('-'));`,
    () => `let count = 0;\nconst def = () => ++count;\nconst [a = def(), b = def(), c = def()] = [${pick(['1', 'undefined', 'null'])}, undefined];\nconsole.log(a, b, c, count);`,
    () => `const key = '${pick(names)}';\nconst { [key]: val = 'missing', [key + '2']: v2 = val + '!' } = { ${pick(names)}: 'present' };\nconsole.log(val, v2);`,
    () => `const users = [{ id: 1, info: { name: 'Ann' } }, { id: 2, info: {} }];\nfor (const { id, info: { name = 'unknown' } } of users) console.log(id, name);\nconst entries = Object.entries({ x: 1, y: 2 });\nfor (const [k, v] of entries) console.log(k + '=' + v);`,
    () => `const [a, b] = new Set(['s1', 's2', 's1']);\nconst [[k1, v1]] = new Map([['mk', 'mv']]);\nconsole.log(a, b, k1, v1);\nconst { 0: first, length } = ['f', 'g'];\nconsole.log(first, length);`,
    () => `const src = { a: 1, b: { c: 2 } };\nconst copy = { ...src, a: ${int(5, 9)} };\ncopy.b.c = 99;\nconsole.log(src.b.c, copy.a, JSON.stringify({ ...null, ...undefined, ...'hi', ...[7, 8] }));`,
    () => `const arr = [${Array.from({ length: int(2, 5) }, () => int(0, 20)).join(', ')}];\nconsole.log(Math.max(...arr), Math.min(...arr, ${int(-3, 3)}), [...arr, ...'ab'].length);\nconsole.log(JSON.stringify([..."${pick(['abc', 'a😀', ''])}"]), JSON.stringify([...new Set(arr.concat(arr))]));`,
  ];
  return pick(forms)();
}

const COERCE_VALUES = ['[]', '{}', '[0]', '[1]', '[1, 2]', '[null]', '[undefined]', "''", "'0'", "'1'", "' '", "'\\t\\n'", "'abc'", "'5'", "'2'", "'10'", "'1e3'", "'0x10'", "'-0'", '0', '-0', '1', '2', '10', 'NaN', 'Infinity', '-Infinity', 'null', 'undefined', 'true', 'false', '{ valueOf() { return 42; } }', "{ toString() { return '7'; } }", "{ [Symbol.toPrimitive](h) { return h === 'number' ? 1 : 'hint:' + h; } }", "[' 12 ']", '0.1', '1n', 'Symbol()'];
const BINOPS = ['+', '-', '*', '/', '%', '**', '==', '===', '!=', '<', '>', '<=', '>=', '&', '|', '^', '<<', '>>', '>>>', '&&', '||', '??'];
const UNOPS = ['+', '-', '!', '~', 'typeof ', '!!', 'Number', 'String', 'Boolean', 'isNaN', 'Object.is(-0, ', 'JSON.stringify', 'parseInt', 'Math.round'];

// `-x ** y` is a SyntaxError: a negative operand goes in parentheses.
const operand = (v) => (v.startsWith('-') ? `(${v})` : v);

function coercion() {
  const lines = [];
  const classics = ['[] + {}', '[] + []', '{} + []', '[] == ![]', "'5' * '2'", "'5' + 2", "'5' - 2", 'null >= 0', 'null == 0', 'null > 0', 'undefined == null', 'NaN === NaN', 'NaN != NaN', '0.1 + 0.2 === 0.3', '[1, 2] + [3]', "true + true + '1'", "'b' + 'a' + +'a' + 'a'", '[] == 0', "[0] == false", "'' == 0", "'0' == false", '[1] == 1', '[[]] == 0', '1 < 2 < 3', '3 > 2 > 1', 'typeof NaN', 'typeof null', 'typeof []', 'typeof class {}', 'Math.max() < Math.min()', "[10, 1, 3].sort() + ''", "'10' < '9'", '10 < 9', "'abc' < 'abd'", 'null + 1', 'undefined + 1', "[,] + ''", "[, ,].length", '!!"false"', "!!''", '+[]', '+{}', "+'  42  '", "+'4 2'", '-"-5"', "'3' ** '2'", '1 / 0', '-1 / 0', '0 / 0', '-0 === 0', 'Object.is(-0, 0)', "({}).toString()", '9007199254740992 + 1', '0.1 * 3', '1e21 + 1', "'a' - 1", "+new Date(0)", "typeof typeof 1", "[1,2,3] == '1,2,3'", "({} == '[object Object]')"];
  const n = int(4, 9);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.3) lines.push(ev(pick(classics)));
    else if (r < 0.8) lines.push(ev(`${operand(pick(COERCE_VALUES))} ${pick(BINOPS)} ${operand(pick(COERCE_VALUES))}`));
    else {
      const op = pick(UNOPS);
      const v = pick(COERCE_VALUES);
      if (/^[A-Za-z.]+$/.test(op)) lines.push(ev(`${op}(${v})`));
      else if (op.endsWith('(-0, ')) lines.push(ev(`${op}${v})`));
      else lines.push(ev(`${op}(${v})`));
    }
  }
  return lines.join('\n');
}

function randomDouble() {
  const r = rand();
  if (r < 0.35) return pick(['0.1 + 0.2', '1e21', '1e-7', '123.456', '-1.5', '2 ** 53 + 1', 'Number.MAX_SAFE_INTEGER', 'Number.MIN_VALUE', 'Number.MAX_VALUE', 'Number.EPSILON', '5e-324', '1.005', '1.45', '2.5', '0.000001234', '1234.5678', '-0', '0.5', '1.255', '8.345', '10.235', '0.3 - 0.1', '1 / 3', '2 / 3', '100', '1e100', '123e-20', '4.35', '0.000001', '1e-6', '-1e-7', '999.995', '255', '-255', '0.1 * 3', '1.1 * 1.1', '3 * 1.1']);
  if (r < 0.7) return String(int(-99999, 99999) / pick([1, 10, 100, 1000, 7, 3, 64]));
  const v = int(1, 999999) * 10 ** int(-25, 25) * (chance(0.2) ? -1 : 1);
  return String(v);
}

function numberFormat() {
  const lines = [];
  const n = int(4, 8);
  for (let i = 0; i < n; i++) {
    const x = randomDouble();
    const form = pick([
      () => `(${x}).toFixed(${pick([0, 1, 2, 2, 3, 5, 10, 20])})`,
      () => `(${x}).toPrecision(${pick([1, 2, 3, 4, 6, 10, 17, 21])})`,
      () => `(${x}).toString(${pick([2, 2, 8, 16, 16, 36, 3, 7])})`,
      () => `(${x}).toExponential(${pick(['', 0, 1, 2, 5, 10])})`,
      () => `String(${x})`,
      () => `${x}`,
      () => `Math.round((${x}) * 100) / 100`,
      () => `Number.isInteger(${x})`,
      () => `Number.isSafeInteger(${x})`,
      () => `parseFloat((${x}).toFixed(2))`,
      () => `(${x}).toFixed(${pick([101, -1, 'Infinity'])})`,
      () => `(${x}).toString(${pick([1, 37, 0])})`,
      () => `Number((${x}).toPrecision(3))`,
      () => `(${x}) | 0`,
      () => `(${x}) >>> 0`,
      () => `~~(${x})`,
      () => `Number.parseFloat('${x}')`,
      () => `(${x}).toLocaleString === undefined`,
    ])();
    lines.push(ev(form));
  }
  return lines.join('\n');
}

const NUMERIC_STRINGS = ["'  42px'", "'0x1F'", "'1e3'", "'.5'", "'-.5e-2'", "'0b101'", "'0o17'", "''", "' '", "'12_3'", "'Infinity'", "'-Infinity'", "'infinity'", "'1,000'", "'08'", "'0.0000001'", "'3.14abc'", 'null', "'+5'", "'- 5'", "'\\n7\\t'", "'1e1000'", "'0x'", "'-0'", "'123456789012345678901234567890'", 'undefined', "'5.'", "'.'", "'1__0'", "'٣'", "'0.1e-1'", "'  -0x10'", "'0X1f'", "'1n'", 'true', '[]', "['9']", "'00012'", "'1e'", 'NaN', '0.0000005', '1e21', '-1e-7'];

function parsing() {
  const lines = [];
  const n = int(4, 9);
  for (let i = 0; i < n; i++) {
    const s = pick(NUMERIC_STRINGS);
    lines.push(ev(pick([
      `parseInt(${s})`, `parseInt(${s}, ${pick([2, 8, 10, 16, 36, 0, 1, 37, 'undefined'])})`, `parseFloat(${s})`, `Number(${s})`, `+${s}`, `Number.isNaN(${s})`, `isNaN(${s})`, `isFinite(${s})`, `Number.isFinite(${s})`, `Math.floor(${s})`, `${s} * 1`,
    ])));
  }
  if (chance(0.4)) lines.push(`console.log(JSON.stringify(['1', '2', '3'].map(parseInt)), JSON.stringify(['1', '2', '3'].map(Number)), JSON.stringify(['10', '10', '10', '10'].map(parseInt)));`);
  return lines.join('\n');
}

function mathExact() {
  const args = ['-0.5', '0.5', '2.5', '-2.5', '1.5', '-1.5', '0', '-0', 'NaN', 'Infinity', '-Infinity', '4', '-4', '27', '-8', '9', '1e300', '0.1', '-7.9', '7.9', "'3'", 'null', 'undefined', '[]', '[5]', '2 ** 31', '2 ** 32 + 5', '-1'];
  const fns = ['Math.round', 'Math.floor', 'Math.ceil', 'Math.trunc', 'Math.sign', 'Math.abs', 'Math.sqrt', 'Math.cbrt', 'Math.fround', 'Math.clz32', 'Math.log2', 'Math.log10', 'Math.exp', 'Math.expm1', 'Math.log1p'];
  const lines = [];
  const n = int(4, 8);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.6) lines.push(ev(`${pick(fns)}(${pick(args)})`));
    else if (r < 0.8) lines.push(ev(`${pick(['Math.max', 'Math.min', 'Math.hypot', 'Math.imul', 'Math.pow', 'Math.atan2'])}(${pickN(args, int(0, 3)).join(', ')})`));
    else lines.push(ev(pick(['Math.max()', 'Math.min()', 'Math.PI.toFixed(10)', 'Math.E.toFixed(5)', 'Math.SQRT2', 'Math.LN2', 'Math.hypot(3, 4)', 'Math.hypot()', 'Math.pow(2, 10)', '2 ** -1', '(-2) ** 2', '(-8) ** (1 / 3)', 'Math.max(1, NaN, 3)', 'Math.min(0, -0)', 'Math.max(-0, 0)', 'Math.round(-0.4)', 'Math.imul(0xffffffff, 5)', 'Math.sin(0)', 'Math.cos(0)', 'Math.atan2(0, -0)', 'Math.atan2(-0, -1)', '5 % -3', '-5 % 3', '-5 % -3', '5.5 % 2', '-0 % 5', '2 ** 0.5 * 2 ** 0.5', 'Math.sqrt(2) ** 2', '0.1 ** 2', '10 ** -2', '10 ** 21', '2 ** 1024', '2 ** -1075', 'Math.floor(-0)', 'Math.ceil(-0.5)', 'Math.trunc(-0.9)'])));
  }
  return lines.join('\n');
}

const STRINGS = ["'hello world'", "'JavaScript'", "'a,b,,c'", "'  padded  '", "'mississippi'", "'😀smile'", "'ÅngströM'", "'café'", "'x'", "''", "'The quick brown fox'", "'a-b_c d'", "'ABC'", "'İstanbul'", "'straße'", "'12345'", "'a😀b😀c'"];
const STRARGS = ['0', '1', '2', '-1', '-3', '100', 'NaN', 'undefined', '1.7', '-0', 'Infinity', "'2'", 'null', '-100', '5'];

function stringMethods() {
  const lines = [];
  const n = int(4, 9);
  for (let i = 0; i < n; i++) {
    const s = pick(STRINGS);
    const a = pick(STRARGS), b = pick(STRARGS);
    lines.push(ev(pick([
      `${s}.slice(${a})`, `${s}.slice(${a}, ${b})`, `${s}.substring(${a}, ${b})`, `${s}.substr(${a}, ${b})`, `${s}.substr(${a})`,
      `${s}.padStart(${pick([0, 3, 8, 12, 20])}, ${pick(["'*'", "'ab'", "''", 'undefined', "'-='"])})`, `${s}.padEnd(${pick([0, 3, 8, 12, 20])}${pick(['', ", '.'", ", '123'"])})`,
      `${s}.at(${a})`, `${s}.charAt(${a})`, `${s}.charCodeAt(${a})`, `${s}.codePointAt(${a})`, `${s}[${a}]`,
      `${s}.indexOf(${pick(["'s'", "'o'", "''", "'ss'", "'z'"])}, ${a})`, `${s}.lastIndexOf(${pick(["'s'", "'o'", "''", "'i'"])}${pick(['', ', ' + a])})`,
      `${s}.includes(${pick(["'ss'", "'o'", "''", "'JS'"])}, ${a})`, `${s}.startsWith(${pick(["'a'", "'he'", "''", "'S'"])}, ${a})`, `${s}.endsWith(${pick(["'d'", "'ppi'", "''", "'c'"])}, ${a})`,
      `${s}.split(${pick(["','", "''", "' '", "'ss'", '/s+/', '/(s)/', '/,\\s*/', 'undefined', '/(?:)/u', "'i'"])}${pick(['', ', 0', ', 1', ', 2', ', -1', ', 3'])})`,
      `${s}.repeat(${pick(['0', '2', '3', '-1', 'Infinity', '2.9', "'2'"])})`,
      `${s}.trim().length`, `${s}.trimStart()`, `${s}.trimEnd()`, `${s}.toUpperCase()`, `${s}.toLowerCase()`,
      `${s}.normalize(${pick(["'NFD'", "'NFC'", "'NFKD'", "'bad'"])}).length`, `${s}.localeCompare(${pick(STRINGS)})`,
      `[...${s}].reverse().join('')`, `${s}.split('').reverse().join('')`, `${s}.concat(${a}, ${b})`,
      `${s}.search(${pick(['/s/', "'o'", '/[A-Z]/', '/$/'])})`, `${s}.match(${pick(['/s+/g', '/(s)(s)/', '/[aeiou]/g', '/z/g', "'o'"])})`,
      `${s}.length`, `Array.from(${s}).length`, `${s}.isWellFormed()`, `String.fromCharCode(${int(65, 90)}, ${int(97, 122)})`, `String.fromCodePoint(${pick(['128512', '65', '0x1F600, 0x41', '-1'])})`,
      `${s}.replace(${pick(["'s'", '/s/g', '/(\\w+)/', "''"])}, ${pick(["'[$&]'", "'$1$1'", "'$$'", "'-'", '(m) => m.toUpperCase()', "'$`'", "\"$'\""])})`,
      `${s}.replaceAll(${pick(["'s'", "'i'", '/s/g', "''", '/s/'])}, ${pick(["'_'", "'$&$&'", '(m, i) => i'])})`,
      `${s} < ${pick(STRINGS)}`, `${s}.toString === String.prototype.toString`,
    ])));
  }
  return lines.join('\n');
}

function replacePatterns() {
  const subjects = ["'John Smith'", "'2024-01-15'", "'aaa bbb ccc'", "'price: $5, $10'", "'hello world hello'", "'camelCaseString'", "'snake_case_here'", "'x1y22z333'"];
  const patterns = ['/(\\w+)\\s(\\w+)/', '/(\\d+)-(\\d+)-(\\d+)/', '/(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})/', '/b+/g', '/\\$(\\d+)/g', '/hello/g', "'hello'", '/([A-Z])/g', '/_(\\w)/g', '/\\d+/g', '/(?<d>\\d)/g', '/o/', '/(x)?y/', '/(?:)/g'];
  const repls = ["'$2 $1'", "'$3/$2/$1'", "'$<day>.$<month>.$<year>'", "'[$&]'", "'$$$1'", "'$`|'", "\"|$'\"", "'$0'", "'$9'", "'$10'", "'$01'", "'<$<d>>'", "'$<missing>'", "'-'", "'_$1'", '(m) => m.length', '(m, p1, off) => `${p1}@${off}`', '(...args) => JSON.stringify(args)', "(m, p1) => '_' + String(p1).toLowerCase()", '(m) => m.toUpperCase()', '() => "$&"'];
  const lines = [];
  const n = int(3, 6);
  for (let i = 0; i < n; i++) {
    const s = pick(subjects), p = pick(patterns), r = pick(repls);
    lines.push(ev(`${s}.${pick(['replace', 'replace', 'replaceAll'])}(${p}, ${r})`));
  }
  return lines.join('\n');
}

function regexps() {
  const forms = [
    () => `const re = /(\\d{${int(1, 2)}})/g;\nconst s = 'a1b22c333';\nlet m;\nwhile ((m = re.exec(s)) !== null) console.log(m[0], m[1], m.index, re.lastIndex);`,
    () => `const re = /${pick(['a', 'o', '\\d'])}/g;\nconsole.log(re.test('${pick(['banana', 'foo', 'a1'])}'), re.lastIndex, re.test('${pick(['banana', 'foo', 'a1'])}'), re.lastIndex, re.test('${pick(['banana', 'foo', 'a1'])}'), re.lastIndex);`,
    () => `const m = '${int(2000, 2030)}-0${int(1, 9)}-1${int(0, 9)}'.match(/(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})/);\nconsole.log(m.index, m.length, m.groups.y, m.groups.m, m.groups.d, JSON.stringify(m.groups));\nconst { groups: { y, d } } = m;\nconsole.log(y, d);`,
    () => `const text = 'cost $${int(1, 99)} and €${int(1, 99)} and $${int(100, 999)}';\nconsole.log(JSON.stringify(text.match(/(?<=\\$)\\d+/g)), JSON.stringify(text.match(/(?<!\\$)\\b\\d+/g)));\nconsole.log(JSON.stringify(text.match(/\\d+(?= and)/g)));`,
    () => `const re = /foo/y;\nre.lastIndex = ${int(0, 4)};\nconsole.log(re.test('${pick(['foofoo', 'xfoo', 'barfoo'])}'), re.lastIndex);\nconsole.log(re.sticky, re.flags, re.source, String(re));`,
    () => `const all = [...'${pick(['a1b2c3', 'x10y20', 'k9'])}'.matchAll(/([a-z])(\\d+)/g)];\nconsole.log(all.length, all.map((m) => m[1] + '=' + m[2] + '@' + m.index).join(' '));\ntry { 'abc'.matchAll(/b/); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `console.log(JSON.stringify('${pick(['one, two,three ,  four', 'a1b2c3', 'x--y-z'])}'.split(${pick(['/\\s*,\\s*/', '/(\\d)/', '/-+/', '/(-)/', '/,/', '/\\d/'])}${pick(['', ', 2'])})));`,
    () => `const re = new RegExp(${pick(["'a.c'", "'\\\\d+'", "'[a-z]+'", "'^\\\\w'", "'(x)'"])}, '${pick(['', 'g', 'i', 'gi', 'm', 's', 'u'])}');\nconsole.log(String(re), re.source, re.flags, re.global, re.ignoreCase);\nconsole.log(JSON.stringify('${pick(['abc ABC a.c', '12 345', 'x\\nyz'])}'.match(re)));`,
    () => `try { new RegExp(${pick(["'('", "'[z-a]'", "'a**'", "'?'", "'\\\\'", "'(?<n>a)(?<n>b)'"])}); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { new RegExp('a', '${pick(['gg', 'x', 'gimz'])}'); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `const email = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;\nfor (const s of ['a@b.co', 'bad@', 'x y@z.com', '${pick(words)}@${pick(words)}.io']) console.log(s, email.test(s));`,
    () => `const re = /(a)|(b)/;\nconst m = re.exec('${pick(['b', 'a', 'ab'])}');\nconsole.log(m.length, JSON.stringify(m), m[1] === undefined, m[2] === undefined);`,
    () => `const re = /^(\\w+)\\s*=\\s*(.*)$/gm;\nconst src = 'a = 1\\nbee= two\\n  c =3\\nd=';\nfor (const [, k, v] of src.matchAll(re)) console.log(JSON.stringify([k, v]));`,
    () => `console.log(/\\bcat\\b/i.test('${pick(['Cat food', 'concatenate', 'the CAT'])}'), /^\\d{3}-\\d{4}$/.test('${pick(['555-1234', '5551234', '555-12345'])}'));\nconsole.log('${pick(['Hello World', 'ABC def'])}'.replace(/[aeiou]/gi, '*'), /(.)\\1/.test('${pick(['hello', 'abc', 'aa'])}'));`,
    () => `const re = /a/g;\nconst s = 'aXaXa';\nconsole.log(s.search(re), re.lastIndex);\nre.lastIndex = 3;\nconsole.log(s.replace(re, 'b'), re.lastIndex, JSON.stringify(s.match(re)), re.lastIndex);`,
    () => `console.log(/\\p{Lu}/u.test('${pick(['É', 'e', 'Σ'])}'), '${pick(['😀', 'a😀'])}'.match(/./gu).length, '${pick(['😀', 'a😀'])}'.match(/./g).length);\nconsole.log(/^.$/.test('\\n'), /^.$/s.test('\\n'), /a.c/s.dotAll);`,
    () => `console.log('${pick(['programming', 'Hello World', 'queue'])}'.replace(/[[a-z]--[aeiou]]/gv, '_'), /^[\\p{L}&&\\p{ASCII}]+$/v.test('${pick(['abc', 'café', 'x1'])}'));\nconsole.log(/[\\w--\\d]+/v.exec('${pick(['ab12cd', '99x', '_a'])}')?.[0], /[^[0-4][6-9]]/v.test('${int(0, 9)}'));`,
    () => `const re = /(?<word>\\w+)/g;\nconsole.log('${pick(['hi there you', 'one two'])}'.replace(re, (...args) => { const g = args[args.length - 1]; return g.word.length; }));\nconsole.log(RegExp.prototype.toString.call(/a\\/b/g), /[/]/.source, new RegExp('/').source, new RegExp('').toString());`,
  ];
  return pick(forms)();
}

function arrays() {
  const nums = Array.from({ length: int(3, 7) }, () => pick([int(0, 20), int(0, 200), int(-5, 5)]));
  const A = `[${nums.join(', ')}]`;
  const forms = [
    () => ev(`${A}.sort()`),
    () => ev(`${A}.sort((a, b) => ${pick(['a - b', 'b - a', 'a > b', '0', 'String(a).localeCompare(String(b))'])})`),
    () => ev(`['${pickN(words, 4).join("', '")}', 'Zebra', 'apple'].sort()`),
    () => ev(`[3, undefined, 1, , 2, null, NaN].sort()`),
    () => `const arr = ${A};\nconst removed = arr.splice(${pick(['1', '-2', '0', '10', '1, 0', '1, 2', '-1, 1', '2, 1, "x", "y"', '0, 0, 99', 'undefined', ''])});\nconsole.log(JSON.stringify(removed), JSON.stringify(arr));`,
    () => ev(`[1, [2, [3, [4, [5]]]]].flat(${pick(['', '1', '2', 'Infinity', '0', '-1'])})`),
    () => ev(`${A}.flatMap((x) => ${pick(['[x, x * 2]', 'x % 2 ? [] : [x]', '[[x]]', 'x'])})`),
    () => ev(`${pick(['[]', A, '[5]'])}.reduce((acc, x) => acc + x${pick(['', ', 0', ", ''"])})`),
    () => ev(`${A}.reduceRight((acc, x) => acc + '-' + x)`),
    () => ev(`${A}.${pick(['findLast', 'find', 'findIndex', 'findLastIndex', 'filter', 'some', 'every'])}((x) => x ${pick(['>', '<', '==='])} ${int(0, 10)})`),
    () => ev(`[1, NaN, 3].${pick(['includes(NaN)', 'indexOf(NaN)', 'lastIndexOf(NaN)', 'findIndex(Number.isNaN)', 'includes(3, -1)', 'indexOf(1, -10)'])}`),
    () => `const holes = [1, , 3];\nconsole.log(holes.length, 1 in holes, JSON.stringify(holes), holes.map((x) => x * 2).length);\nholes.forEach((x, i) => console.log('each', i, x));\nconsole.log(JSON.stringify(Object.keys(holes)), holes.indexOf(undefined), holes.includes(undefined), JSON.stringify([...holes]));`,
    () => `const arr = ${A};\narr.length = ${int(0, 4)};\nconsole.log(JSON.stringify(arr));\narr.length = ${int(5, 8)};\nconsole.log(arr.length, JSON.stringify(arr), arr[6]);\ntry { arr.length = ${pick(['-1', '1.5', '2 ** 32', "'3'"])}; console.log(arr.length); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => ev(`Array.from({ length: ${int(0, 5)} }, (_, i) => i ${pick(['* 2', '** 2', "+ 'x'"])})`),
    () => ev(`Array.from(${pick(["'abc'", 'new Set([1, 1, 2])', 'new Map([[1, 2]])', '{ length: 2, 0: "a" }', '5', 'null'])})`),
    () => ev(`${A}.copyWithin(${int(-2, 2)}, ${int(0, 3)}${pick(['', ', 4', ', -1'])})`),
    () => ev(`new Array(${int(0, 5)}).fill(${pick(['0', "'x'", '[]'])}${pick(['', ', 1', ', 1, 3', ', -2'])})`),
    () => `const grid = Array(3).fill([]);\ngrid[0].push('shared');\nconsole.log(JSON.stringify(grid));\nconst grid2 = Array.from({ length: 3 }, () => []);\ngrid2[0].push('own');\nconsole.log(JSON.stringify(grid2));`,
    () => ev(pick(['Array(3)', 'Array(3).length', 'Array.of(3)', "Array('3')", 'new Array(-1)', 'new Array(2.5)', 'Array(1, 2)', '[...Array(3).keys()]', 'Array.apply(null, Array(2))', '[,].length', 'new Array(4294967295).length', 'new Array(4294967296)'])),
    () => ev(`[${pick(['1, null, undefined, 2', "'a', [], {}, [1, [2, 3]]", 'null', '[], []'])}].${pick(['join()', "join('-')", 'toString()', 'join(undefined)', 'join(null)'])}`),
    () => ev(`${A}.${pick(['at(-1)', 'at(100)', 'toSorted()', 'toReversed()', 'with(0, 99)', 'with(-1, 1)', 'with(100, 1)', 'toSpliced(1, 1)', 'lastIndexOf(' + nums[0] + ')', 'indexOf(' + nums[0] + ', 1)', 'keys().next().value', 'entries().next().value', 'slice(-2)', 'slice(1, -1)', 'concat(1, [2, [3]])', 'reverse()', 'fill(0, 1)', 'join("")'])}`),
    () => ev(`[].${pick(['every((x) => false)', 'some((x) => true)', 'reduce((a, b) => a, "init")', 'pop()', 'shift()', 'find((x) => true)', 'findLast((x) => 1)', 'at(0)', "join('x')", 'sort()'])}`),
    () => `const arr = ${A};\nconst out = [];\nfor (const x of arr) { if (x > ${int(0, 10)}) arr.pop(); out.push(x); }\nconsole.log(out.join(','), arr.length);`,
    () => `const arr = ${A};\nconsole.log(arr.push(${int(0, 9)}), arr.unshift('u'), arr.pop(), arr.shift(), arr.length);\nconsole.log(Array.isArray(arr), Array.isArray({ length: 0 }), typeof arr, arr.constructor === Array);`,
    () => `const people = [{ name: 'Ann', age: ${int(20, 40)} }, { name: 'Bob', age: ${int(20, 40)} }, { name: 'Cy', age: ${int(20, 40)} }, { name: 'Di', age: ${int(20, 40)} }];\nconst byAge = [...people].sort((a, b) => a.age - b.age || a.name.localeCompare(b.name));\nconsole.log(byAge.map((p) => p.name + p.age).join(' '));\nconst grouped = people.reduce((acc, p) => { (acc[p.age >= 30 ? 'senior' : 'junior'] ||= []).push(p.name); return acc; }, {});\nconsole.log(JSON.stringify(grouped));`,
    () => `const uniq = [...new Set(${A})];\nconst dups = ${A}.filter((x, i, a) => a.indexOf(x) !== i);\nconsole.log(uniq.length, JSON.stringify(dups));\nconst counts = ${A}.reduce((m, x) => m.set(x, (m.get(x) || 0) + 1), new Map());\nconsole.log(JSON.stringify([...counts]));`,
    () => `const chunk = (arr, n) => arr.length ? [arr.slice(0, n), ...chunk(arr.slice(n), n)] : [];\nconsole.log(JSON.stringify(chunk(${A}, ${int(1, 3)})));\nconst zip = (a, b) => a.map((x, i) => [x, b[i]]);\nconsole.log(JSON.stringify(zip([1, 2, 3], ['a', 'b'])));`,
    () => ev(`${A}.map(${pick(['String', 'Boolean', 'Number.isInteger', 'Math.sqrt', '(x, i, arr) => arr.length - i', 'parseFloat'])})`),
    () => `const a = [1, 2, 3];\nconst b = a;\nconst c = [...a];\nb.push(4);\nconsole.log(a.length, c.length, a === b, JSON.stringify(a) === JSON.stringify(b), [1] == [1], [1] === [1]);`,
    () => `const arr = [5, 1, 4];\nconst sorted = arr.sort();\nconsole.log(sorted === arr, arr.join(), arr.toSorted((a, b) => b - a).join(), arr.join());\nconst s = [3, 1, 2].sort((a, b) => { return ${pick(['a < b ? -1 : 1', 'b - a', 'a - b', 'NaN', "typeof a === 'number' ? a - b : 0"])}; });\nconsole.log(s.join());`,
    () => `const stable = [{ k: 1, v: 'a' }, { k: 0, v: 'b' }, { k: 1, v: 'c' }, { k: 0, v: 'd' }, { k: 1, v: 'e' }];\nconsole.log(stable.sort((x, y) => x.k - y.k).map((o) => o.v).join(''));`,
  ];
  return Array.from({ length: int(2, 4) }, () => `{\n${indent(pick(forms)())}\n}`).join('\n');
}

function generators() {
  const forms = [
    () => `function* gen() {\n  try {\n    yield 1;\n    yield 2;\n    yield 3;\n  } finally {\n    console.log('cleanup');\n  }\n}\nfor (const v of gen()) { console.log(v); if (v === ${int(1, 3)}) break; }\nconst g = gen();\nconsole.log(JSON.stringify(g.next()), JSON.stringify(g.return(${pick(['42', 'undefined'])})), JSON.stringify(g.next()));`,
    () => `function* gen() {\n  const x = yield 'first';\n  console.log('got', x);\n  const y = yield x * 2;\n  return x + y;\n}\nconst g = gen();\nconsole.log(JSON.stringify(g.next('ignored')), JSON.stringify(g.next(${int(1, 9)})), JSON.stringify(g.next(${int(10, 20)})), JSON.stringify(g.next()));`,
    () => `function* inner() { yield 'a'; const r = yield 'b'; return 'inner-done:' + r; }\nfunction* outer() { const res = yield* inner(); yield res; yield* [1, 2]; yield* 'xy'; }\nconst g = outer();\nconst out = [];\nlet step = g.next();\nwhile (!step.done) { out.push(step.value); step = g.next(out.length); }\nconsole.log(out.join(' '));`,
    () => `function* gen() {\n  try { yield 1; yield 2; }\n  catch (e) { console.log('caught inside', e); yield 'recovered'; }\n}\nconst g = gen();\nconsole.log(JSON.stringify(g.next()));\nconsole.log(JSON.stringify(g.throw('boom')));\nconsole.log(JSON.stringify(g.next()));\ntry { g.throw(new Error('after done')); } catch (e) { console.log('outside', e.message); }`,
    () => `function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }\nconst first = [];\nfor (const n of fib()) { if (first.length >= ${int(5, 15)}) break; first.push(n); }\nconsole.log(first.join(','));\nfunction* take(it, n) { for (const x of it) { if (n-- <= 0) return; yield x; } }\nconsole.log([...take(fib(), ${int(1, 8)})].join(' '));`,
    () => `const range = {\n  from: ${int(1, 3)}, to: ${int(4, 7)},\n  [Symbol.iterator]() {\n    let cur = this.from, last = this.to;\n    return {\n      next: () => cur <= last ? { value: cur++, done: false } : { value: undefined, done: true },\n      return() { console.log('return called'); return { done: true }; },\n    };\n  },\n};\nconsole.log([...range].join(','));\nfor (const x of range) { if (x > ${int(1, 4)}) break; }\nconst [first, second] = range;\nconsole.log(first, second, Math.max(...range));`,
    () => `function* g() { yield 1; return 2; }\nconsole.log([...g()].join(','), JSON.stringify(Array.from(g())));\nconst it = g();\nconsole.log(typeof it.next, it[Symbol.iterator]() === it, Object.prototype.toString.call(it));\nconst [a, b = 'default'] = g();\nconsole.log(a, b);`,
    () => `function* gen() { const a = yield; console.log('a =', a); }\nconst g = gen();\ng.next(1);\ng.next(2);\nconsole.log(JSON.stringify(g.next(3)));\nfunction* withReturn() { try { yield 1; } finally { return 'from finally'; } }\nconst w = withReturn();\nw.next();\nconsole.log(JSON.stringify(w.return('x')));`,
    () => `const it = [${int(1, 5)}, ${int(6, 9)}][Symbol.iterator]();\nconsole.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));\nconst m = new Map([['a', 1]]).entries();\nconsole.log(JSON.stringify(m.next()), Object.prototype.toString.call(m));\nconst s = 'hi'[Symbol.iterator]();\nconsole.log(s.next().value, Object.prototype.toString.call(s));`,
    () => `function* idGen() { let id = ${int(0, 100)}; while (true) { const reset = yield id++; if (reset) id = 0; } }\nconst ids = idGen();\nconsole.log(ids.next().value, ids.next().value, ids.next(true).value, ids.next().value);\ntry { const g = idGen(); g.next(); g.next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `function* g() { yield 1; }\nconst it = g();\ntry { it.next(); new g(); } catch (e) { console.log(e.constructor.name, e.message); }\nconst gen = function* () {};\nconsole.log(typeof gen, Object.getPrototypeOf(gen) === Object.getPrototypeOf(g), g.constructor.name);`,
  ];
  return pick(forms)();
}

function controlFlow() {
  const forms = [
    () => `outer: for (let i = 0; i < 3; i++) {\n  for (let j = 0; j < 3; j++) {\n    if (j === ${int(0, 2)}) continue outer;\n    if (i === ${int(1, 2)}) break outer;\n    console.log(i, j);\n  }\n}\nblock: { console.log('in block'); if (${pick(['true', 'false'])}) break block; console.log('not skipped'); }`,
    () => `function grade(x) {\n  switch (x) {\n    case 1: console.log('one');\n    case 2: console.log('two'); break;\n    default: console.log('default');\n    case 3: console.log('three');\n    case '4': console.log('string four'); break;\n  }\n}\ngrade(${pick(['1', '2', '3', '4', "'4'", '5'])});\ngrade(${pick(['1', '2', '3', '4', "'4'", '5'])});`,
    () => `function f() {\n  try { ${pick(["return 'try';", "throw new Error('e');", "console.log('body');"])} }\n  catch (e) { return 'catch ' + e.message; }\n  finally { ${pick(["return 'finally';", "console.log('finally ran');", ''])} }\n  return 'end';\n}\nconsole.log(f());`,
    () => `function f() {\n  let x = 1;\n  try { return x; }\n  finally { x = 2; console.log('finally x', x); }\n}\nconsole.log(f());\nfunction g() { for (const i of [1, 2, 3]) { try { if (i === 2) return i; } finally { console.log('fin', i); } } }\nconsole.log(g());`,
    () => `let log = [];\nfor (let i = 0; i < 5; i++) {\n  try {\n    if (i === ${int(0, 4)}) continue;\n    if (i === ${int(2, 4)}) break;\n    log.push('t' + i);\n  } finally { log.push('f' + i); }\n}\nconsole.log(log.join(' '));`,
    () => `try {\n  try { throw new TypeError('inner'); }\n  finally { console.log('inner finally'); }\n} catch (e) { console.log('outer caught', e.name, e.message); }\ntry { throw ${pick(["'a string'", '42', 'null', '{ code: 1 }', 'undefined'])}; } catch (e) { console.log(typeof e, JSON.stringify(e)); }\ntry { throw 1; } catch { console.log('optional catch binding'); }`,
    () => `const x = ${pick(['0', "''", 'null', 'undefined', 'false', 'NaN', "'0'", '[]'])};\nconsole.log(x || 'or', x ?? 'nullish', x && 'and', !x);\nlet a = ${pick(['0', 'null', "'set'"])}, b = ${pick(['0', 'null', "'set'"])}, c = ${pick(['0', 'null', "'set'"])};\na ||= 'A'; b &&= 'B'; c ??= 'C';\nconsole.log(a, b, c);`,
    () => `const o = { a: { b: { c: ${int(1, 9)} } }, f() { return 'called'; }, arr: [1] };\nconsole.log(o?.a?.b?.c, o.x?.y.z, o.f?.(), o.g?.(), o.arr?.[0], o.nope?.[0]);\ntry { o.x.y; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { o.g(); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(delete o?.a?.b, JSON.stringify(o.a));`,
    () => `let i = 0;\nconst r = (i++, i++, i * ${int(2, 9)});\nconsole.log(r, i, void 0, void 'x', typeof void 0);\nconst o = { k: 1 };\nconsole.log(delete o.k, delete o.missing, 'k' in o, delete o, typeof o);\nconsole.log(${pick(["'length' in []", "0 in [1]", "'a' in { a: undefined }", "'toString' in {}"])});\ntry { 'a' in 'abc'; } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `let n = ${int(0, 3)};\ndo { console.log('do', n); n++; } while (n < 3);\nwhile (true) { if (++n > 5) break; }\nconsole.log(n);\nfor (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);`,
    () => `function classify(n) {\n  return n % 15 === 0 ? 'FizzBuzz' : n % 3 === 0 ? 'Fizz' : n % 5 === 0 ? 'Buzz' : String(n);\n}\nconsole.log(Array.from({ length: ${int(5, 20)} }, (_, i) => classify(i + 1)).join(' '));`,
    () => `const value = ${pick(["'b'", '2', 'true', 'null', "'x'"])};\nswitch (true) {\n  case typeof value === 'string': console.log('string'); break;\n  case typeof value === 'number': console.log('number');\n  case value === null: console.log('null or fell through'); break;\n  default: console.log('other');\n}`,
    () => `let x = 1;\nx += x++ + ++x;\nconsole.log(x);\nlet y = ${int(1, 5)};\nconsole.log(y++ + y++, y, --y - y--, y);\nlet z = 5;\nz **= 2; z %= 7; z <<= 2; z >>>= 1; z |= 8; z ^= 3;\nconsole.log(z);`,
  ];
  return pick(forms)();
}

function errorMessages() {
  const cases = [
    'undefined.x', 'null.x', 'undefined[0]', 'null[Symbol.iterator]', '(void 0).foo.bar', '({}).a.b', '({ a: {} }).a.b.c', '({}).a.b = 1', 'null.x = 1', 'undefined.x = 1',
    '(5)()', '({}).method()', '({ a: {} }).a.method()', '[].nope()', "'str'()", 'null()', 'Math.foo()', 'JSON.parse.x.y',
    'new 5', 'new (() => {})', 'new Math.max()', "new 'str'", 'new Symbol()', 'new (function* () {})()',
    'new Array(-1)', "'abc'.repeat(-1)", "'abc'.repeat(Infinity)", '(1).toFixed(101)', '(1).toString(1)', '(1).toPrecision(0)', 'new Array(2 ** 32)', '[].length = -1',
    '1n + 1', 'BigInt(1.5)', "BigInt('1.5')", 'BigInt(undefined)', 'Symbol() + ""', '`${Symbol()}`', 'Symbol() * 2', '+Symbol()', '1n / 0n', 'Math.max(1n)', '+1n', "BigInt('abc')",
    "JSON.parse('{bad')", "JSON.parse('')", "JSON.parse('[1,]')", "JSON.parse(\"{'a':1}\")", "JSON.parse('{\"a\":1}x')", 'JSON.parse(undefined)', "JSON.parse('tru')", "JSON.parse('\"abc')",
    'undeclaredThing', 'undeclaredThing.x', 'undeclaredFn()',
    '[].reduce((a, b) => a + b)', "Object.defineProperty(1, 'a', {})", 'Object.create(5)', 'Object.setPrototypeOf({}, 5)', 'new Set(5)', 'new Map([1])', "new Map('ab')", 'new Set({})',
    "'a' in 'abc'", '({}) instanceof 5', '({}) instanceof {}', '[...{}]', '[...5]', 'Math.max(...null)', 'new WeakMap().set(1, 1)', 'new WeakSet().add("s")', 'Symbol.prototype.toString.call(1)',
    "Object.freeze([]).push(1)", "Reflect.ownKeys(1)", 'structuredClone(() => {})', 'structuredClone(Symbol())', "new Proxy({}, null)", 'Array.prototype.map.call(null, (x) => x)', "[].map('notfn')", "[1].forEach()", "Promise.resolve().then.call(1)", "new Promise(5)",
    'String.prototype.trim.call(null)', "''.padStart(Infinity)", 'new Date(NaN).toISOString()', 'Function.prototype.call.call(1)', "Reflect.construct(() => {}, [])", '(() => { class A { constructor() { this.x; } } return A(); })()',
    "JSON.stringify(1n)", "(() => { const o = {}; o.self = o; return JSON.stringify(o); })()", "(() => { const a = [{}]; a[0].arr = a; return JSON.stringify(a); })()", "Object.fromEntries([1])", "Object.fromEntries(5)", 'decodeURIComponent("%")', "encodeURIComponent('\\uD800')", 'new Intl.NumberFormat("en", { style: "currency" })', "'abc'.normalize('X')", "String.fromCodePoint(-1)", "'x'.localeCompare()",
  ];
  const lines = [];
  const n = int(4, 8);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.75) lines.push(ev(pick(cases)));
    else if (r < 0.85) lines.push(`function recurse(n) { return recurse(n + 1) + 1; }\ntry { recurse(0); } catch (e) { console.log(e.constructor.name, e.message, e instanceof RangeError); }`);
    else if (r < 0.93) {
      const v = pick(names);
      lines.push(`{\n  const ${v}${i} = ${pick(['null', 'undefined', '{}', '42', "'s'"])};\n  try { ${v}${i}${pick(['.prop.deep', '.fn()', '()', '[0][1]', '.a.b.c()', '.toString.x.y'])}; } catch (e) { console.log(e.constructor.name, e.message); }\n}`);
    } else {
      lines.push(`try { (function () { 'use strict'; ${pick(['undeclared_s = 1', 'Object.freeze({ a: 1 }).a = 2', "delete Object.prototype", "(function () { return this.x; })()", "Object.defineProperty({}, 'x', { value: 1 }).x = 2", "'abc'.len = 1", "NaN = 1", "undefined = 1"])}; })(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.message); }`);
    }
  }
  if (chance(0.3)) lines.push(`const err = new ${pick(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'EvalError', 'URIError', 'ReferenceError'])}('custom', { cause: 'why' });\nconsole.log(err.name, err.message, err.cause, String(err), err instanceof Error, Object.keys(err).join(), typeof err.stack);`);
  if (chance(0.2)) lines.push(`const agg = new AggregateError([new Error('a'), new TypeError('b')], 'many');\nconsole.log(agg.name, agg.message, agg.errors.length, agg.errors.map((e) => e.name).join());`);
  return lines.join('\n');
}

function jsonTemplate() {
  const forms = [
    () => ev(`JSON.stringify({ a: ${pick(['undefined', '() => 1', 'Symbol("s")', 'NaN', 'Infinity', 'null', '-0', 'new Date(0)', '/re/g', 'new Map([[1, 2]])', 'new Set([1])', "Object('s')", '[undefined, () => {}, Symbol()]', '{ toJSON() { return "custom"; } }', '{ toJSON(key) { return "key:" + key; } }'])}, b: 1 })`),
    () => ev(`JSON.stringify(${pick(['{ a: 1, b: [1, 2], c: { d: "e" } }', '[1, "two", { three: 3 }]', '{ x: [] , y: {} }'])}, ${pick(['null', "['a', 'c']", '(k, v) => typeof v === "number" ? v * 10 : v', '(k, v) => k === "" ? v : k === "b" ? undefined : v', '(k, v) => Array.isArray(v) ? v.length : v'])}, ${pick(['2', "'\\t'", "'--'", '0', '20', "''", "'abcdefghijklmnop'", '-1', 'undefined'])})`),
    () => ev(`JSON.parse('${pick(['{"a":1,"b":[1,2,{"c":3}]}', '[1,2,3]', '"str"', '{"__proto__":1}', '{"a":1,"a":2}', '1e5', '-0', 'null', '{"d":"2020-01-01"}'])}', ${pick(['undefined', '(k, v) => typeof v === "number" ? v + 1 : v', '(k, v) => k === "a" ? undefined : v', '(k, v) => Array.isArray(v) ? v.join("|") : v'])})`),
    () => ev(pick(['JSON.stringify("he said \\"hi\\"\\n\\u2028\\u0007")', "JSON.stringify('\\uD800')", 'JSON.stringify(undefined)', 'JSON.stringify(() => {})', 'JSON.stringify(null)', 'JSON.stringify([NaN, -0, 1e21, 1e-7])', 'JSON.stringify(new Date(Date.UTC(2020, 0, 1)))', "JSON.stringify({ '2': 'b', '1': 'a', 'z': 0 })", "JSON.stringify(Object.create({ inherited: 1 }))", "JSON.stringify([new Number(3), new String('s'), new Boolean(false)])", 'JSON.stringify({ [Symbol("k")]: 1, k: 2 })', 'JSON.stringify("😀")', 'JSON.parse(JSON.stringify({ d: new Date(0) })).d', 'JSON.stringify([[]], null, 2)', 'JSON.stringify({}, null, 2)', 'JSON.stringify({ a: [] }, null, 2)'])),
    () => `const data = { name: '${pick(words)}', tags: ['t1', 't2'], meta: { created: ${int(1, 9999)}, nested: { deep: true } }, skip: undefined };\nconst text = JSON.stringify(data, null, ${pick([2, 4, "'  '"])});\nconsole.log(text);\nconst back = JSON.parse(text);\nconsole.log(back.meta.nested.deep, 'skip' in back, Object.keys(back).join());`,
    () => `class Money { constructor(c) { this.cents = c; } toJSON() { return (this.cents / 100).toFixed(2); } }\nconsole.log(JSON.stringify({ price: new Money(${int(1, 99999)}), list: [new Money(5)] }));\nconst revived = JSON.parse('{"when":"2021-03-04T05:06:07.000Z","n":"5"}', (k, v) => k === 'when' ? new Date(v) : v);\nconsole.log(revived.when.getUTCFullYear(), revived.when.toISOString(), typeof revived.n);`,
    () => `const order = [];\nJSON.parse('{"a":{"b":1,"c":[2,3]},"d":4}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });\nconsole.log(order.join(' '));\nconst keys = [];\nJSON.stringify({ x: { y: 1 }, z: [1] }, (k, v) => { keys.push(k); return v; });\nconsole.log(JSON.stringify(keys));`,
  ];
  return Array.from({ length: int(2, 4) }, () => `{\n${indent(pick(forms)())}\n}`).join('\n');
}

function mapSet() {
  const forms = [
    () => `const m = new Map();\nm.set(NaN, 'nan').set(0, 'zero').set('0', 'string zero').set(-0, 'neg zero');\nconst k = {};\nm.set(k, 'obj');\nconsole.log(m.size, m.get(NaN), m.get(0), m.get('0'), m.get({}), m.get(k), m.has(-0));\nconsole.log(JSON.stringify([...m.keys()].map(String)));\nm.delete(NaN);\nconsole.log(m.size, JSON.stringify([...m.values()]));`,
    () => `const s = new Set([${pickN(['1', "'1'", '1', 'NaN', 'NaN', '0', '-0', 'undefined', 'null', '[]', '[]'], int(3, 8)).join(', ')}]);\nconsole.log(s.size, s.has(NaN), s.has(-0));\nconst seen = [];\nfor (const v of s) { seen.push(typeof v); if (seen.length === 1) s.add('added-during'); }\nconsole.log(seen.join(','), s.size);`,
    () => `const m = new Map([['a', 1], ['b', 2], ['c', 3]]);\nfor (const [k, v] of m) { if (k === 'a') { m.delete('b'); m.set('d', 4); } console.log(k, v); }\nm.forEach((v, k, map) => console.log('each', k, v, map === m));\nconsole.log(JSON.stringify(Object.fromEntries(m)), JSON.stringify([...m].flat()));`,
    () => `const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);\nconst union = new Set([...a, ...b]);\nconst inter = [...a].filter((x) => b.has(x));\nconst diff = [...a].filter((x) => !b.has(x));\nconsole.log([...union].join(), inter.join(), diff.join(), typeof a.union);`,
    () => `const wm = new WeakMap();\nconst key = {};\nwm.set(key, 'private');\nconsole.log(wm.get(key), wm.has({}), wm.delete(key), wm.has(key));\nconst m = new Map();\nconsole.log(m.set('x', 1) === m, new Set().add(1).add(2).size, m.get('missing'), new Map([[1, 'a']]).entries().next().value.join(':'));`,
    () => `const cache = new Map();\nfunction lru(key, val, cap = ${int(2, 3)}) {\n  if (cache.has(key)) cache.delete(key);\n  cache.set(key, val);\n  if (cache.size > cap) cache.delete(cache.keys().next().value);\n}\n${pickN(['a', 'b', 'c', 'd', 'a', 'b'], int(3, 6)).map((k, i) => `lru('${k}', ${i});`).join('\n')}\nconsole.log([...cache.keys()].join(), [...cache.values()].join());`,
    () => `const m = new Map(Object.entries({ x: 1, y: 2 }));\nconsole.log(m.size, Object.prototype.toString.call(m), String(new Set()), m[Symbol.toStringTag]);\nconst s = new Set('${pick(['hello', 'mississippi', 'aab'])}');\nconsole.log([...s].join(''), s.size, Array.from(s.entries()).length, JSON.stringify(s), JSON.stringify(m));`,
  ];
  return pick(forms)();
}

function symbols() {
  const forms = [
    () => `const s = Symbol('${pick(words)}');\nconsole.log(typeof s, s.toString(), s.description, String(s), Symbol().description, Symbol('').description);\nconsole.log(Symbol.for('app') === Symbol.for('app'), Symbol('app') === Symbol('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s));`,
    () => `const id = Symbol('id');\nconst o = { [id]: 1, visible: 2 };\nconsole.log(Object.keys(o).length, JSON.stringify(o), Object.getOwnPropertySymbols(o).length, o[id], id in o);\nconsole.log(Object.assign({}, o)[id], { ...o }[id]);`,
    () => `const o = { [Symbol.toStringTag]: '${pick(['Custom', 'Thing'])}' };\nconsole.log(Object.prototype.toString.call(o), String(o), \`\${o}\`);\nconsole.log(Object.prototype.toString.call(${pick(['null', 'undefined', '[]', '1', "'s'", '() => {}', 'new Date(0)', '/x/', 'Math', 'JSON', 'Symbol()', '1n', 'new Error()', 'Promise.resolve()', '(function () { return arguments; })()'])}));`,
    () => `const money = { amount: ${int(1, 100)}, [Symbol.toPrimitive](hint) { console.log('hint', hint); return hint === 'string' ? '$' + this.amount : this.amount; } };\nconsole.log(+money, \`\${money}\`, money + 1, money * 2, money > 5, String(money), [money] + '');`,
    () => `const obj = { valueOf() { console.log('valueOf'); return ${int(1, 9)}; }, toString() { console.log('toString'); return 'str'; } };\nconsole.log(obj + '', \`\${obj}\`, obj * 1, String(obj), obj == ${pick(['5', "'str'", '3'])});\nconst arr = [1, 2];\narr.toString = () => 'custom';\nconsole.log(arr + '!', \`\${arr}\`, String([arr]));`,
    () => `console.log(Symbol.iterator.toString(), typeof Symbol.asyncIterator, Symbol.iterator in [], Symbol.iterator in {});\ntry { Symbol() + 1; } catch (e) { console.log(e.constructor.name, e.message); }\ntry { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(Object(Symbol('boxed')).description, typeof Object(Symbol()));`,
  ];
  return pick(forms)();
}

function bigints() {
  const a = pick(['10n', '-7n', '2n ** 64n', '123456789012345678901234567890n', '0n', '1n', '-1n', '255n', '(2n ** 63n) - 1n']);
  const b = pick(['3n', '-2n', '7n', '1n', '10n', '2n', '-5n']);
  const lines = [];
  const n = int(3, 7);
  for (let i = 0; i < n; i++) {
    lines.push(ev(pick([
      `${a} ${pick(['+', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '<', '==', '==='])} ${b}`,
      `${a} ${pick(['+', '*', '<', '==', '===', '>', '>>>'])} ${pick(['1', '2.5', "'10'", 'NaN', 'Infinity', 'true'])}`,
      `BigInt(${pick(["'0x1f'", "'  42  '", "''", "'-12'", '9007199254740993', '2 ** 60', 'true', "'1e3'", "'0b11'", '-0'])})`,
      `BigInt.asUintN(${pick([8, 16, 64])}, ${a})`, `BigInt.asIntN(${pick([8, 16, 64])}, ${a})`,
      `(${a}).toString(${pick([2, 16, 36, 10])})`, `typeof ${a}`, `-(${a})`, `Number(${a})`, `String(${a})`, `${a} ? 'truthy' : 'falsy'`,
      `[3n, 1n, 10n, 2n].sort().join()`, `[3n, 1n, 10n, 2n].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join()`, `${a} / ${pick(['0n', b])}`, `parseInt('${int(1, 999)}n')`, `JSON.stringify({ n: String(${a}) })`, `${a} == '${int(0, 10)}'`, `BigInt(Number.MAX_SAFE_INTEGER) + 2n`, `Math.max(Number(${a}), 1)`, `(${a}).toLocaleString === undefined`,
    ])));
  }
  if (chance(0.3)) lines.push(`function factorial(n) { return n <= 1n ? 1n : n * factorial(n - 1n); }\nconsole.log(String(factorial(${int(15, 30)}n)), factorial(${int(15, 30)}n).toString().length);`);
  return lines.join('\n');
}

function templates() {
  const forms = [
    () => `function tag(strings, ...values) {\n  console.log(JSON.stringify(strings), JSON.stringify(strings.raw), JSON.stringify(values));\n  return strings.reduce((acc, s, i) => acc + s + (i < values.length ? '[' + values[i] + ']' : ''), '');\n}\nconst who = '${pick(words)}', n = ${int(0, 9)};\nconsole.log(tag\`Hello \${who}, you have \${n * 2} items\\n\`);\nconsole.log(tag\`\`, tag\`\${1}\${2}\`);`,
    () => `console.log(String.raw\`C:\\\\new\\\\table \${1 + 1} \\u0041\`, String.raw\`\\n\`.length, \`\\n\`.length);\nconsole.log(String.raw({ raw: ['a', 'b', 'c'] }, ${int(0, 9)}, ${int(0, 9)}, 'extra'), String.raw({ raw: 'xyz' }, '-', '+'));`,
    () => `const sites = [];\nfunction t(s) { sites.push(s); return s; }\nfor (let i = 0; i < 2; i++) t\`same\`;\nt\`same\`;\nconsole.log(sites[0] === sites[1], sites[1] === sites[2], Object.isFrozen(sites[0]), Array.isArray(sites[0].raw));`,
    () => `const items = [${pickN(words, int(1, 4)).map(q).join(', ')}];\nconst html = \`<ul>\${items.map((i) => \`<li>\${i}</li>\`).join('')}</ul>\`;\nconsole.log(html);\nconsole.log(\`\${[1, 2]} \${{}} \${null} \${undefined} \${-0} \${1e21} \${0.1 + 0.2}\`);\nconsole.log(\`multi\nline\`.split('\\n').length, \`\\\`escaped\\\` \\\${not}\`);`,
    () => `function bad(strings, ...v) { return strings.raw[0]; }\nconsole.log(bad\`\\unicode and \\xZZ\`);\nconsole.log((function (s) { return s[0] === undefined; })\`\\unicode\`);`,
  ];
  return pick(forms)();
}

function protoChain() {
  const forms = [
    () => `const base = { get greeting() { return 'hi from ' + this.name; }, set nick(v) { this._nick = v.toUpperCase(); } };\nconst child = Object.create(base, { name: { value: '${pick(words)}', enumerable: true } });\nchild.nick = '${pick(words)}';\nconsole.log(child.greeting, child._nick, Object.keys(child).join(), Object.hasOwn(child, 'nick'), 'nick' in child);`,
    () => `function Animal(name) { this.name = name; }\nAnimal.prototype.speak = function () { return this.name + ' speaks'; };\nfunction Dog(name) { Animal.call(this, name); }\nDog.prototype = Object.create(Animal.prototype);\n${pick(['Dog.prototype.constructor = Dog;', ''])}\nDog.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' (woof)'; };\nconst d = new Dog('${pick(words)}');\nconsole.log(d.speak(), d.constructor.name, d instanceof Animal, Animal.prototype.isPrototypeOf(d));`,
    () => `const o = Object.create(null);\no.x = 1;\nconsole.log(typeof o.toString, 'x' in o, Object.keys(o).join(), Object.getPrototypeOf(o));\ntry { console.log(String(o)); } catch (e) { console.log(e.constructor.name, e.message); }\ntry { console.log(o + ''); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `const a = { x: 1 };\nconst b = { __proto__: a, y: 2 };\nconst c = Object.setPrototypeOf({ z: 3 }, b);\nconsole.log(c.x, c.y, c.z, Object.getPrototypeOf(c) === b, b.__proto__ === a);\nconst chain = [];\nfor (let p = c; p; p = Object.getPrototypeOf(p)) chain.push(Object.keys(p).join('') || '(Object.prototype)');\nconsole.log(chain.join(' -> '));\ntry { Object.setPrototypeOf(a, c); } catch (e) { console.log(e.constructor.name, e.message); }`,
    () => `function F() {}\nconsole.log(typeof F.prototype, F.prototype.constructor === F, Object.getPrototypeOf(F) === Function.prototype);\nconsole.log((() => {}).prototype, typeof (async function () {}).prototype, typeof class {}.prototype);\nconsole.log(Object.getPrototypeOf(Object.prototype), Function.prototype.name === '', typeof Function.prototype);\nconsole.log(Object instanceof Function, Function instanceof Object, Object.getPrototypeOf([]) === Array.prototype);`,
    () => `const proto = { counter: 0, inc() { this.counter++; } };\nconst x = Object.create(proto), y = Object.create(proto);\nx.inc(); x.inc(); y.inc();\nconsole.log(x.counter, y.counter, proto.counter, Object.hasOwn(x, 'counter'));\nconst shared = { list: [] };\nconst p1 = Object.create(shared), p2 = Object.create(shared);\np1.list.push('a');\nconsole.log(p2.list.length);`,
    () => `Array.prototype.last${int(1, 9)} = function () { return this[this.length - 1]; };\nconst arr = [1, 2, 3];\nconst k = [];\nfor (const i in arr) k.push(i);\nconsole.log(k.join(), Object.keys(arr).join());\nString.prototype.shout = function () { return this.toUpperCase() + '!'; };\nconsole.log('${pick(words)}'.shout(), typeof 'x'.shout);\ndelete String.prototype.shout;`,
  ];
  return pick(forms)();
}

function structured() {
  const forms = [
    () => `const orig = { d: new Date(Date.UTC(2020, ${int(0, 11)}, ${int(1, 28)})), m: new Map([['k', [1, 2]]]), s: new Set([1]), nested: { arr: [1, { x: 2 }] }, re: /ab+c/gi, u: undefined, n: null, big: 12n };\nconst copy = structuredClone(orig);\nconsole.log(copy.d instanceof Date, copy.d.toISOString(), copy.m.get('k').join(), copy.s.has(1), copy.nested.arr[1].x, copy.nested !== orig.nested, 'u' in copy, String(copy.re), typeof copy.big);`,
    () => `const a = { name: 'cyclic' };\na.self = a;\nconst b = structuredClone(a);\nconsole.log(b.self === b, b !== a, b.name);\nclass Custom { method() {} }\nconst c = structuredClone(new Custom());\nconsole.log(c instanceof Custom, Object.getPrototypeOf(c) === Object.prototype, typeof c.method);\ntry { structuredClone({ f() {} }); } catch (e) { console.log(e.constructor.name, e.name, e.message); }`,
    () => `const shallow = { ...{ a: { b: 1 } } };\nconst deep = JSON.parse(JSON.stringify({ a: { b: 1 }, d: new Date(0), u: undefined }));\nconsole.log(typeof deep.d, 'u' in deep, JSON.stringify(deep));\nconst e = structuredClone(new ${pick(['Error', 'TypeError', 'RangeError'])}('cloned'));\nconsole.log(e.constructor.name, e.message, e instanceof Error);`,
  ];
  return pick(forms)();
}

function dates() {
  const y = int(1969, 2040), mo = int(0, 13), d = int(0, 32), h = int(0, 25), mi = int(0, 61);
  const forms = [
    () => `const d = new Date(Date.UTC(${y}, ${mo}, ${d}, ${h}, ${mi}, ${int(0, 59)}, ${int(0, 999)}));\nconsole.log(d.toISOString(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getTime());`,
    () => `const d = new Date(${int(-100000, 100000) * 86400000 / 100 | 0});\nconsole.log(d.toISOString(), JSON.stringify(d), d.valueOf(), d.getUTCMilliseconds());\nd.setUTCDate(d.getUTCDate() + ${int(-40, 40)});\nconsole.log(d.toISOString());\nd.setUTCMonth(${int(0, 14)}, ${int(1, 31)});\nconsole.log(d.toISOString(), d.toUTCString());`,
    () => ev(`Date.parse(${pick(["'2020-01-01'", "'2020-01-01T00:00:00Z'", "'2020-02-30T10:00:00.000Z'", "'2020-13-01'", "'not a date'", "'2019-06-15T12:30:00+02:00'", "'1970-01-01T00:00:00.001Z'", "'+275760-09-13T00:00:00.000Z'", "'2020-01-01T24:00:00Z'", "'2020'", "'2020-06'"])})`),
    () => `const inv = new Date('${pick(['garbage', '2020-99-99', ''])}');\nconsole.log(String(inv.getTime()), isNaN(inv), inv.toString());\ntry { inv.toISOString(); } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(JSON.stringify({ d: inv }));`,
    () => `const a = new Date(Date.UTC(2024, 0, 31));\nconst b = new Date(Date.UTC(2024, 2, 1));\nconsole.log((b - a) / 86400000, a < b, a.getTime() === new Date(a).getTime(), typeof (b - a), typeof (a + 1));\nconsole.log(new Date(Date.UTC(2024, 1, 29)).getUTCDay(), new Date(Date.UTC(2023, 1, 29)).toISOString().slice(0, 10));\nconsole.log(Date.UTC(${y}), Date.UTC(${y}, ${mo}), new Date(8.64e15).toISOString(), new Date(8.64e15 + 1).getTime());`,
    () => `const d = new Date('${int(1990, 2030)}-0${int(1, 9)}-1${int(0, 9)}T0${int(0, 9)}:${int(10, 59)}:00.000Z');\nconst pad = (n) => String(n).padStart(2, '0');\nconsole.log(\`\${d.getUTCFullYear()}/\${pad(d.getUTCMonth() + 1)}/\${pad(d.getUTCDate())} \${pad(d.getUTCHours())}:\${pad(d.getUTCMinutes())}\`);\nconsole.log(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()], d.toISOString().split('T')[0]);`,
  ];
  return pick(forms)();
}

function algorithms() {
  const w = pick(words);
  const forms = [
    () => `const isPalindrome = (s) => { const c = s.toLowerCase().replace(/[^a-z0-9]/g, ''); return c === [...c].reverse().join(''); };\nfor (const s of [${pick(["'A man, a plan, a canal: Panama'", "'racecar'", "'hello'", "'Was it a car or a cat I saw?'"])}, '${w}']) console.log(JSON.stringify(s), isPalindrome(s));`,
    () => `const isAnagram = (a, b) => [...a].sort().join('') === [...b].sort().join('');\nconsole.log(isAnagram('listen', 'silent'), isAnagram('${w}', '${pick(words)}'));\nconst freq = {};\nfor (const ch of '${w}${pick(words)}') freq[ch] = (freq[ch] || 0) + 1;\nconsole.log(JSON.stringify(freq), Object.entries(freq).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0].join(':'));`,
    () => `function flatten(arr) { return arr.reduce((acc, x) => Array.isArray(x) ? acc.concat(flatten(x)) : acc.concat(x), []); }\nconsole.log(JSON.stringify(flatten([1, [2, [3, [${int(4, 9)}]], 5]])));\nfunction deepEqual(a, b) {\n  if (a === b) return true;\n  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;\n  const ka = Object.keys(a), kb = Object.keys(b);\n  return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));\n}\nconsole.log(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: ${pick([2, 3])} }] }), deepEqual(null, {}), deepEqual(NaN, NaN));`,
    () => `function binarySearch(arr, t) { let lo = 0, hi = arr.length - 1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (arr[mid] === t) return mid; arr[mid] < t ? (lo = mid + 1) : (hi = mid - 1); } return -1; }\nconst sorted = [${Array.from({ length: 8 }, (_, i) => i * 3 + 1).join(', ')}];\nconsole.log(binarySearch(sorted, ${int(0, 22)}), binarySearch(sorted, ${int(0, 8) * 3 + 1}));\nconst bubble = (a) => { a = [...a]; for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length - i - 1; j++) if (a[j] > a[j + 1]) [a[j], a[j + 1]] = [a[j + 1], a[j]]; return a; };\nconsole.log(bubble([${Array.from({ length: 6 }, () => int(-9, 30)).join(', ')}]).join(' '));`,
    () => `const memo = {};\nfunction fib(n) { if (n < 2) return n; if (memo[n]) return memo[n]; return (memo[n] = fib(n - 1) + fib(n - 2)); }\nconsole.log(fib(${int(10, 90)}), fib(${int(70, 79)}) > Number.MAX_SAFE_INTEGER);\nconst hanoi = (n, a, b, c) => n === 0 ? 0 : hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a);\nconsole.log(hanoi(${int(1, 12)}, 'A', 'B', 'C'));\nfunction depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }\nconsole.log(depth(${pick([100, 1000, 5000])}));`,
    () => `const capitalize = (s) => s.replace(/\\b\\w/g, (c) => c.toUpperCase());\nconst camel = (s) => s.toLowerCase().replace(/[-_\\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));\nconst kebab = (s) => s.replace(/([a-z])([A-Z])/g, '$1-$2').replace(/[\\s_]+/g, '-').toLowerCase();\nconst s = '${pick(['hello world-foo_bar', 'the Quick brownFox', 'snake_case_to camel'])}';\nconsole.log(capitalize(s), camel(s), kebab(s));\nconsole.log('${w}'.split('').map((c, i) => i % 2 ? c : c.toUpperCase()).join(''));`,
    () => `const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);\nconst compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);\nconst inc = (x) => x + 1, dbl = (x) => x * 2, sq = (x) => x * x;\nconsole.log(pipe(inc, dbl, sq)(${int(0, 9)}), compose(inc, dbl, sq)(${int(0, 9)}));\nconst sum = (...n) => n.reduce((a, b) => a + b, 0);\nconsole.log(sum(), sum(${int(1, 9)}, ${int(1, 9)}), sum.length, ((a, b = 1, ...c) => 0).length);`,
    () => `function maxSubarray(a) { let best = -Infinity, cur = 0; for (const x of a) { cur = Math.max(x, cur + x); best = Math.max(best, cur); } return best; }\nconsole.log(maxSubarray([${Array.from({ length: 7 }, () => int(-9, 9)).join(', ')}]));\nconst twoSum = (nums, t) => { const seen = new Map(); for (const [i, n] of nums.entries()) { if (seen.has(t - n)) return [seen.get(t - n), i]; seen.set(n, i); } return null; };\nconsole.log(JSON.stringify(twoSum([2, 7, 11, 15, ${int(0, 9)}], ${int(9, 26)})));`,
  ];
  return pick(forms)();
}

function functionsMisc() {
  const forms = [
    () => `function f(a, b = a * 2, ...rest) { return [a, b, rest.length]; }\nconsole.log(JSON.stringify(f(${int(1, 5)})), JSON.stringify(f(1, undefined, 3, 4)), JSON.stringify(f(1, null)), f.length, f.name);\nconst g = function named() { return typeof named; };\nconsole.log(g(), g.name, typeof named);`,
    () => `const o = { method() {}, arrow: () => {}, ['comp' + 'uted']: function () {}, get acc() { return 1; }, async am() {}, *gm() {} };\nconsole.log(o.method.name, o.arrow.name, o.computed.name, Object.getOwnPropertyDescriptor(o, 'acc').get.name, o.am.name, o.gm.name);\nconst anon = [function () {}][0];\nconsole.log(JSON.stringify(anon.name), (() => {}).name, new Function('a', 'return a').name, Symbol('desc').description);`,
    () => `function outer() { const x = 'lexical'; return function () { return x; }; }\nconst x = 'global';\nconsole.log(outer()());\nconst fns = { x: 'obj', getX() { return x; } };\nconsole.log(fns.getX());\n(function iife() { var private${int(1, 9)} = 1; console.log('iife', typeof private${int(1, 9)}); })();`,
    () => `const add = new Function('a', 'b', 'return a + b');\nconsole.log(add(${int(1, 9)}, ${int(1, 9)}), add.length, typeof add);\nconsole.log(eval('${int(1, 9)} + ${int(1, 9)}'), typeof eval('(function () {})'), eval('var evalVar = 5; evalVar * 2'));\nconsole.log(Function.prototype.toString.call(Math.max));`,
    () => `function f() { return typeof this; }\nconsole.log(f.call(${pick(['1', "'s'", 'true', 'null'])}), f.apply(undefined), Reflect.apply(f, 5, []));\nconsole.log(Math.max.apply(null, [${int(1, 9)}, ${int(1, 9)}, ${int(1, 9)}]), Array.prototype.slice.call('abc').join('|'), [].concat.call([1], [2]).length);`,
    () => `const o = { a: 1 };\nconst p = new Proxy(o, { get: (t, k) => (k in t ? t[k] : 'default:' + String(k)), set(t, k, v) { t[k] = v * 2; return true; }, has: (t, k) => k.startsWith('a') });\np.b = ${int(1, 9)};\nconsole.log(p.a, p.b, p.zzz, 'abc' in p, 'b' in p, o.b, JSON.stringify(p));\nconsole.log(Reflect.has(o, 'a'), Reflect.ownKeys(p).join(), Reflect.getPrototypeOf(p) === Object.prototype);`,
    () => `let calls = 0;\nconst obj = { get x() { calls++; return 5; } };\nconst { x } = obj;\nconst copy = { ...obj };\nconsole.log(x, calls, Object.getOwnPropertyDescriptor(copy, 'x').value, typeof Object.getOwnPropertyDescriptor(copy, 'x').get);\nconst merged = Object.assign({ set y(v) { console.log('setter got', v); } }, { y: ${int(1, 9)} });\nconsole.log(JSON.stringify(merged));`,
  ];
  return pick(forms)();
}

function objectsMisc() {
  const forms = [
    () => `class User {\n  #password = 'secret';\n  static role = 'user';\n  constructor(name) { this.name = name; this.createdAt = ${int(0, 9)}; }\n  get upper() { return this.name.toUpperCase(); }\n  greet() { return 'hi ' + this.name; }\n}\nconst u = new User('${pick(words)}');\nconsole.log(Object.keys(u).join(), JSON.stringify(u), JSON.stringify({ ...u }), 'upper' in u, Object.hasOwn(u, 'upper'));\nconsole.log(Object.entries(u).map(([k, v]) => k + '=' + v).join('&'), u.upper, JSON.stringify(Object.assign({}, u)));\nfor (const k in u) console.log('key', k);`,
    () => `const target = { a: 1 };\nconst source = { get b() { return 'computed'; }, c: undefined, [Symbol('s')]: 1 };\nObject.assign(target, source, null, 'xy');\nconsole.log(JSON.stringify(target), Object.keys(target).join(), typeof Object.getOwnPropertyDescriptor(target, 'b').get);\nconst frozenCopy = Object.freeze({ ...target });\nconsole.log(Object.isFrozen(frozenCopy), Object.isFrozen(target));`,
    () => `const obj = { a: 1, b: { c: 2, d: [3, 4] } };\nconst shallow = { ...obj };\nconst deep = structuredClone(obj);\nshallow.b.c = 'changed';\ndeep.b.d.push(5);\nconsole.log(obj.b.c, obj.b.d.length, deep.b.c, JSON.stringify(deep));\nconsole.log(Object.is(obj.b, shallow.b), Object.is(obj.b, deep.b), Object.is(NaN, 0 / 0), Object.is(0, -0));`,
    () => `const counts = {};\nfor (const w of '${pickN(words, 6).join(' ')} ${pick(words)} ${pick(words)}'.split(' ')) counts[w] = (counts[w] ?? 0) + 1;\nconst sorted = Object.entries(counts).sort(([, a], [, b]) => b - a);\nconsole.log(JSON.stringify(sorted.slice(0, 3)));\nconsole.log(Object.values(counts).reduce((a, b) => a + b), Object.keys(counts).length);`,
    () => `function flattenKeys(obj, prefix = '') {\n  return Object.entries(obj).reduce((acc, [k, v]) => {\n    const key = prefix ? prefix + '.' + k : k;\n    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(acc, flattenKeys(v, key));\n    else acc[key] = v;\n    return acc;\n  }, {});\n}\nconsole.log(JSON.stringify(flattenKeys({ a: 1, b: { c: ${int(1, 9)}, d: { e: [1, 2], f: null } }, 2: 'two' })));`,
    () => `const inventory = [\n  { name: 'apple', type: 'fruit', qty: ${int(0, 9)} },\n  { name: 'carrot', type: 'veg', qty: ${int(0, 9)} },\n  { name: 'banana', type: 'fruit', qty: ${int(0, 9)} },\n  { name: 'leek', type: 'veg', qty: ${int(0, 9)} },\n];\nconst byType = inventory.reduce((acc, item) => ({ ...acc, [item.type]: [...(acc[item.type] || []), item.name] }), {});\nconsole.log(JSON.stringify(byType));\nconsole.log(typeof Object.groupBy, typeof Map.groupBy, typeof Array.prototype.group);\nconst total = inventory.filter(({ qty }) => qty > 2).map(({ qty }) => qty).reduce((a, b) => a + b, 0);\nconsole.log(total, inventory.find((i) => i.qty === 0)?.name ?? 'none');`,
    () => `const o = { 1: 'a', b: 'b', [Symbol.for('c')]: 'c' };\nObject.defineProperty(o, 'hidden', { value: 'h', enumerable: false });\nconsole.log(Object.keys(o).length, Object.getOwnPropertyNames(o).length, Reflect.ownKeys(o).length, Object.values(o).join());\nconsole.log(o.propertyIsEnumerable('hidden'), o.hasOwnProperty('b'), Object.prototype.hasOwnProperty.call(o, 1), JSON.stringify(Object.getOwnPropertyDescriptor(o, '1')));`,
  ];
  return pick(forms)();
}

function interviewClassics() {
  const forms = [
    () => `class EventEmitter {\n  #events = new Map();\n  on(name, fn) { (this.#events.get(name) ?? this.#events.set(name, []).get(name)).push(fn); return this; }\n  off(name, fn) { this.#events.set(name, (this.#events.get(name) ?? []).filter((f) => f !== fn && f.orig !== fn)); return this; }\n  once(name, fn) { const w = (...a) => { this.off(name, w); fn(...a); }; w.orig = fn; return this.on(name, w); }\n  emit(name, ...args) { const fns = [...(this.#events.get(name) ?? [])]; fns.forEach((f) => f.apply(this, args)); return fns.length > 0; }\n}\nconst em = new EventEmitter();\nconst log = (x) => console.log('log', x);\nem.on('data', log).once('data', (x) => console.log('once', x));\nconsole.log(em.emit('data', ${int(1, 9)}), em.emit('data', 'second'));\nem.off('data', log);\nconsole.log(em.emit('data', 3), em.emit('nothing'));`,
    () => `function sum(a) {\n  const f = (b) => sum(a + b);\n  f.valueOf = () => a;\n  f.toString = () => 'sum:' + a;\n  return f;\n}\nconsole.log(+sum(1)(2)(${int(3, 9)}), sum(1)(2) == 3, \`\${sum(5)(5)}\`, sum(1) + 1);`,
    () => `function deepClone(v, seen = new WeakMap()) {\n  if (v === null || typeof v !== 'object') return v;\n  if (seen.has(v)) return seen.get(v);\n  const out = Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v));\n  seen.set(v, out);\n  for (const k of Reflect.ownKeys(v)) out[k] = deepClone(v[k], seen);\n  return out;\n}\nconst src = { n: 1, list: [1, { x: 2 }], date: 'd' };\nsrc.self = src;\nconst copy = deepClone(src);\nconsole.log(copy.self === copy, copy.list[1] !== src.list[1], copy.list[1].x, Array.isArray(copy.list));`,
    () => `const toRoman = (n) => [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']].reduce((acc, [v, s]) => { while (n >= v) { acc += s; n -= v; } return acc; }, '');\nconsole.log(${Array.from({ length: 4 }, () => `toRoman(${int(1, 3999)})`).join(', ')});\nconst rotate = (arr, k) => arr.slice(-k % arr.length).concat(arr.slice(0, -k % arr.length || arr.length));\nconsole.log(rotate([1, 2, 3, 4, 5], ${int(0, 7)}).join(''));\nconst transpose = (m) => m[0].map((_, i) => m.map((r) => r[i]));\nconsole.log(JSON.stringify(transpose([[1, 2, 3], [4, 5, 6]])));`,
    () => `const vowels = (s) => (s.match(/[aeiou]/gi) || []).length;\nconsole.log(vowels('${pick(words)} ${pick(words)}'), vowels('rhythm'));\nconst firstUnique = (s) => [...s].find((c) => s.indexOf(c) === s.lastIndexOf(c)) ?? null;\nconsole.log(firstUnique('${pick(['swiss', 'aabb', 'leetcode', 'loveleetcode'])}'));\nconst longestWord = (s) => s.split(/\\W+/).reduce((a, b) => (b.length > a.length ? b : a), '');\nconsole.log(longestWord('The quick, brown fox jumped over lazy dogs!'));\nconst compress = (s) => s.replace(/(.)\\1+/g, (m, c) => c + m.length);\nconsole.log(compress('${pick(['aaabbc', 'abc', 'zzzzzzzzzzz'])}'));`,
    () => `function createStack() {\n  const items = [];\n  return { push: (x) => items.push(x), pop: () => items.pop(), peek: () => items.at(-1), get size() { return items.length; } };\n}\nconst st = createStack();\n[${Array.from({ length: int(1, 5) }, () => int(0, 9)).join(', ')}].forEach(st.push);\nconsole.log(st.size, st.peek(), st.pop(), st.size, st.items);\nconst isBalanced = (s) => { const m = { ')': '(', ']': '[', '}': '{' }; const stack = []; for (const c of s) { if ('([{'.includes(c)) stack.push(c); else if (m[c] && stack.pop() !== m[c]) return false; } return stack.length === 0; };\nconsole.log(isBalanced('${pick(['([]{})', '([)]', '((', '{[()()]}'])}'), isBalanced(''));`,
    () => `for (var i = 0; i < 3; i++) setTimeout(() => console.log('var i', i));\nfor (let j = 0; j < 3; j++) setTimeout(() => console.log('let j', j));\nconst obj = { name: 'timer', start() { setTimeout(function () { console.log('fn this', this === obj); }); setTimeout(() => console.log('arrow this', this.name)); } };\nobj.start();\nconsole.log('sync done');`,
    () => `const people = [{ n: 'a', age: ${int(10, 60)} }, { n: 'b', age: ${int(10, 60)} }, { n: 'c', age: ${int(10, 60)} }];\nconst oldest = people.reduce((a, b) => (b.age > a.age ? b : a));\nconst avg = people.reduce((s, p) => s + p.age, 0) / people.length;\nconsole.log(oldest.n, avg.toFixed(2), Math.round(avg), people.map(({ n, age }) => \`\${n}:\${age}\`).join());\nconsole.log(people.every((p) => p.age >= 18), people.some((p) => p.age > 50), people.findIndex((p) => p.age < 30));`,
  ];
  return pick(forms)();
}

function unicodeStrings() {
  const lines = [];
  const n = int(3, 7);
  for (let i = 0; i < n; i++) {
    lines.push(ev(pick([
      "'ß'.toUpperCase()", "'İ'.toLowerCase().length", "'ﬁ'.toUpperCase()", "'ΣΑΣ'.toLowerCase()", "'😀'.length", "[...'😀'].length",
      "'😀'.charCodeAt(0)", "'😀'.codePointAt(0)", "'😀'.codePointAt(1)", 'String.fromCharCode(0xD83D, 0xDE00)', "'é'.normalize('NFD').length",
      "'e\\u0301' === 'é'", "'e\\u0301'.normalize() === 'é'", "'é'.localeCompare('e')", "['é', 'e', 'f', 'E'].sort().join()",
      "['é', 'e', 'f', 'E'].sort((a, b) => a.localeCompare(b)).join()", "'İ'.toLocaleLowerCase('tr')", "'i'.toLocaleUpperCase('tr')",
      "[...'👨‍👩‍👧'].length", "'👨‍👩‍👧'.length", "'abc😀'.split('').length", "'a😀b'.at(1)", "'a😀b'.slice(1, 2).length",
      "encodeURIComponent('a b&c=d/é')", "decodeURIComponent('%F0%9F%98%80')", "escape('a b+é')", "unescape('%u00e9')", "encodeURI('http://x.y/a b?q=1&r=é#h')",
      "'\\u00A0'.trim().length", "'\\uFEFFx'.trim()", "'Straße'.localeCompare('Strasse', 'de')", "'a'.localeCompare('b', undefined, { sensitivity: 'base' })",
      "'A'.localeCompare('a', undefined, { sensitivity: 'base' })", "['10', '9', '1'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).join()",
      "'café'.toUpperCase()", "'ǅ'.toLowerCase()", "'\\u0130'.length", "JSON.stringify('\\u2028\\u2029')", "'\\x41\\u{42}\\103'", "'a\\tb'.length",
      "String.raw`\\u00e9`.length", "'abc'.isWellFormed()", "'\\uD800'.isWellFormed()", "'\\uD800x'.toWellFormed().charCodeAt(0)",
      "'ABC'.toLowerCase() === 'abc'", "'Ⅻ'.toLowerCase()", "'ǈ'.toUpperCase()", "'ŉ'.toUpperCase()",
    ])));
  }
  return lines.join('\n');
}


// ------------------------------------------------- session 4 extensions (LANG2)

function proxyReflect() {
  const k = pick(names);
  const forms = [
    () => `const log = [];\nconst handler = new Proxy({}, { get(_, trap) { log.push(trap); return undefined; } });\nconst p = new Proxy({ ${k}: 1 }, handler);\n${pick(['p.' + k, 'p.' + k + ' = 2', "'" + k + "' in p", 'delete p.' + k, 'Object.keys(p)', 'Object.getOwnPropertyNames(p)', 'Object.assign({}, p)', '({ ...p })', 'JSON.stringify(p)', 'Object.freeze(p)', 'Object.isFrozen(p)', 'Object.getPrototypeOf(p)', "Object.defineProperty(p, 'q', { value: 1 })", 'Object.entries(p)', 'for (const key in p) log.push("key:" + key)', "Object.prototype.hasOwnProperty.call(p, '" + k + "')", 'Object.seal(p)', 'Object.preventExtensions(p)', 'Reflect.ownKeys(p)'])};\nconsole.log(log.join(' '));`,
    () => `const t = {};\nObject.defineProperty(t, 'fixed', { value: 1, writable: false, configurable: false });\nconst p = new Proxy(t, { ${pick(["get: () => 2", "getOwnPropertyDescriptor: () => undefined", "has: () => false", "deleteProperty: () => true", "defineProperty: () => true", "ownKeys: () => []", "set: () => true", "getOwnPropertyDescriptor: () => ({ value: 1, configurable: true })"])} });\n${ev(pick(['p.fixed', "'fixed' in p", 'delete p.fixed', "Object.getOwnPropertyDescriptor(p, 'fixed')", 'Object.keys(p)', "Object.defineProperty(p, 'fixed', { value: 3 })", '(p.fixed = 5)', "Reflect.set(p, 'fixed', 5)", "Reflect.deleteProperty(p, 'fixed')", "Object.defineProperty(p, 'nw', { value: 3, configurable: false })"]))}`,
    () => `const p = new Proxy(${pick(['Object.preventExtensions({ a: 1 })', '{ a: 1 }', 'function () {}', '[]'])}, { ${pick(["getPrototypeOf: () => Array.prototype", "setPrototypeOf: () => false", "isExtensible: () => true", "preventExtensions: () => true", "ownKeys: () => ['a', 'a']", "ownKeys: () => [1]", "ownKeys: () => ['b']", "apply: () => 'applied'", "construct: () => 1", "construct: () => ({ made: true })", "get: (t, k, r) => r === p", "has: () => 1"])} });\n${ev(pick(['Object.getPrototypeOf(p) === Array.prototype', 'Object.setPrototypeOf(p, null)', 'Reflect.setPrototypeOf(p, null)', 'Object.isExtensible(p)', 'Object.preventExtensions(p) === p', 'Reflect.ownKeys(p)', 'p()', 'new p()', 'p.a', "'a' in p", 'Array.isArray(p)', 'typeof p']))}`,
    () => `const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});\nconsole.log(proxy.a);\nrevoke();\n${ev(pick(['proxy.a', "'a' in proxy", 'typeof proxy', 'Object.keys(proxy)', 'proxy.a = 1', 'Array.isArray(proxy)']))}\n${ev("new Proxy({}, null)")}\n${ev("Proxy({}, {})")}`,
    () => `const log = [];\nconst p = new Proxy([1, 2, 3], { get(t, k, r) { log.push(typeof k === 'symbol' ? k.toString() : k); return Reflect.get(t, k, r); }, set(t, k, v, r) { log.push('set ' + k + '=' + v); return Reflect.set(t, k, v, r); } });\n${pick(['p.push(4)', 'p.pop()', '[...p]', 'p.slice(1)', 'p.indexOf(2)', 'p.reverse()', 'p.join()', 'Array.from(p)', 'p.includes(3)', 'p.shift()', 'p.unshift(0)', 'String(p)', 'p.map((x) => x)'])};\nconsole.log(log.join(', '));`,
    () => `${ev(pick(["Reflect.get({ get x() { return this; } }, 'x', 42)", "Reflect.set({}, 'x', 1)", "Reflect.set(Object.freeze({ x: 1 }), 'x', 2)", "Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 })", "Reflect.getOwnPropertyDescriptor({ x: 1 }, 'x')", "Reflect.ownKeys({ b: 1, 2: 1, a: 1, 1: 1, [Symbol.iterator]: 1 })", "Reflect.construct(Date, [0]) instanceof Date", "Reflect.construct(function () { return new.target; }, [], Array) === Array", "Reflect.apply(Math.max, null, [1, 3, 2])", "Reflect.get(1, 'x')", "Reflect.ownKeys('abc')", "Reflect.has([], 'length')", "Reflect.isExtensible(1)", "Reflect.apply(1)", "Reflect.construct(() => {}, [])", "Reflect.getPrototypeOf(null)", "Reflect.setPrototypeOf({}, 1)", "Reflect.deleteProperty(Object.seal({ a: 1 }), 'a')"]))}`,
  ];
  return pick(forms)();
}

function iteratorProtocols() {
  const n = int(1, 4);
  const iterable = `const it = { [Symbol.iterator]() { let i = 0; return { next() { i++; console.log('next', i); return ${pick(['{ value: i, done: i > ' + n + ' }', '{ value: i, done: i > ' + n + ' }', 'i > ' + n + ' ? ' + pick(['1', 'null', "'x'", 'undefined']) + ' : { value: i, done: false }'])}; }, ${pick(["return() { console.log('return called'); return {}; }", "return() { console.log('return called'); return 1; }", "return() { console.log('return called'); throw new Error('from return'); }", '', "get return() { console.log('return got'); return undefined; }"])} }; } };`;
  const forms = [
    () => `${iterable}\ntry { ${pick(['for (const x of it) { console.log(x); if (x === ' + int(1, 3) + ') break; }', 'const [a, b] = it; console.log(a, b);', 'const [first] = it; console.log(first);', 'console.log([...it].length);', 'console.log(Array.from(it).join());', 'for (const x of it) { throw new Error("body " + x); }', 'const [a, ...rest] = it; console.log(a, rest.length);', 'console.log(new Set(it).size);', 'console.log(Math.max(...it));', 'for (const x of it) { if (x > 1) continue; console.log(x); }', 'const [, , c] = it; console.log(c);', 'console.log(new Map([[1, 2]]).size, Object.fromEntries([]).constructor === Object);'])} } catch (e) { console.log('caught', e.constructor.name, e.message); }`,
    () => `${iterable}\n(function () { for (const x of it) { console.log('got', x); return 'early'; } })();\nlabel: for (const y of [1, 2]) { for (const x of it) { console.log(y, x); continue label; } }`,
    () => `${iterable}\nPromise.all(it).then((v) => console.log('all', v.join()), (e) => console.log('rejected', e.constructor.name, e.message));\nPromise.${pick(['race', 'allSettled', 'any'])}(it).then((v) => console.log('combinator', JSON.stringify(v)), (e) => console.log('rejected2', e.constructor.name, e.message));`,
    () => `${ev(pick(["[...{ [Symbol.iterator]: () => ({ next: () => 1 }) }]", "[...{ [Symbol.iterator]: () => 1 }]", "[...{ [Symbol.iterator]: 1 }]", "[...{}]", "[...123]", "Array.from({ [Symbol.iterator]: () => ({ next: () => null }) })", "new Map([1])", "new Map([[1, 2], 3])", "(() => { const [a] = {}; })()", "(() => { for (const x of 5) {} })()", "(() => { const [a] = null; })()", "(() => { const { a } = null; })()", "new Set(1)", "Object.fromEntries([1])", "Array.from({ length: 2, 0: 'a', 1: 'b' })"]))}`,
    () => `const ai = { [Symbol.asyncIterator]() { let i = 0; return { next() { i++; return Promise.resolve(${pick(['{ value: i, done: i > 2 }', 'i > 2 ? 5 : { value: i, done: false }'])}); }, return() { console.log('async return'); return Promise.resolve({ done: true }); } }; } };\n(async () => {\n  try { for await (const x of ai) { console.log('a', x); ${pick(['break;', '', 'if (x === 2) break;', "throw new Error('stop');"])} } } catch (e) { console.log('caught', e.message); }\n  for await (const x of [Promise.resolve(1), 2]) console.log('sync-wrapped', x);\n})();`,
    () => `function* g() { try { yield 1; yield 2; yield 3; } finally { console.log('cleanup'); } }\n${pick(['const [a] = g(); console.log(a);', 'for (const x of g()) { if (x === 2) break; }', 'const it = g(); it.next(); console.log(JSON.stringify(it.return(9)), JSON.stringify(it.next()));', 'console.log([...g()].join());', 'const [x, y] = g(); console.log(x + y);', 'Promise.all(g()).then((v) => console.log(v.join()));'])}`,
  ];
  return pick(forms)();
}

function accessorsSuper() {
  const forms = [
    () => `const base = { greet() { return 'base ' + this.name; }, get kind() { return 'base-kind:' + this.name; }, set val(v) { console.log('base setter', v, this === child); } };\nconst child = { __proto__: base, name: 'child', greet() { return 'child>' + super.greet(); }, get kind() { return 'child>' + super.kind; }, poke() { super.val = ${int(1, 9)}; return Object.hasOwn(this, 'val'); }, sup() { return super.missing; } };\nconsole.log(child.greet(), child.kind, child.poke(), child.sup());`,
    () => `class A { constructor() { this.x = 'a'; } get who() { return 'A:' + this.x; } static make() { return 'A.make'; } m() { return 'A.m'; } }\nclass B extends A { get who() { return 'B>' + super.who; } static make() { return 'B>' + super.make(); } m() { const f = () => super.m(); return 'B>' + f(); } setX() { super.x = 'via super'; return this.x; } }\nconst b = new B();\nconsole.log(b.who, B.make(), b.m(), b.setX(), Object.getOwnPropertyNames(B.prototype).join());`,
    () => `const proto = { set v(x) { console.log('proto setter', x); }, get r() { return 'ro'; } };\nconst o = Object.create(proto);\no.v = ${int(1, 9)};\n${pick(["'use strict';", ''])}\ntry { o.r = 'w'; } catch (e) { console.log(e.constructor.name, e.message); }\nconsole.log(Object.keys(o).length, o.r, Object.hasOwn(o, 'v'));\nconst ro = Object.create(Object.defineProperty({}, 'fixed', { value: 1, writable: false }));\ntry { (function () { 'use strict'; ro.fixed = 2; })(); } catch (e) { console.log(e.constructor.name, e.message); }\nro.fixed = 3;\nconsole.log(ro.fixed, Object.hasOwn(ro, 'fixed'));\nObject.defineProperty(ro, 'fixed', { value: 4 });\nconsole.log(ro.fixed, Object.hasOwn(ro, 'fixed'));`,
    () => `const o = { _v: 0, get v() { return this._v; }, set v(x) { this._v = x * 2; } };\no.v = ${int(1, 9)};\no.v++;\no.v += 1;\nconsole.log(o.v, o._v, JSON.stringify(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, 'v')), typeof Object.getOwnPropertyDescriptor(o, 'v').set);\nconst onlyGet = { get g() { return 1; } };\ntry { (() => { 'use strict'; onlyGet.g = 2; })(); } catch (e) { console.log(e.constructor.name, e.message); }\nconst onlySet = { set s(v) {} };\nconsole.log(onlySet.s, 's' in onlySet);`,
    () => `class Temp { #c = 0; get f() { return this.#c * 9 / 5 + 32; } set f(v) { this.#c = (v - 32) * 5 / 9; } static get unit() { return 'C'; } }\nconst t = new Temp();\nt.f = ${pick([212, 32, -40, 98.6])};\nconsole.log(t.f, Temp.unit, Object.keys(t).length, 'f' in t, Object.getOwnPropertyDescriptor(Temp.prototype, 'f').enumerable);\nconst d = Object.getOwnPropertyDescriptor(Temp, 'unit');\nconsole.log(typeof d.get, d.set, d.configurable);`,
  ];
  return pick(forms)();
}

function fieldOrder() {
  const forms = [
    () => `const log = (m) => { console.log(m); return m; };\nclass Base {\n  baseField = log('base field');\n  constructor() { log('base ctor'); this.init?.(); }\n  static sb = log('static base');\n}\nclass Derived extends Base {\n  field = log('derived field');\n  ${pick(['#priv = log("derived private");', 'static { log("static block"); }', '#m() { return 1; }', 'static s2 = log("static derived");'])}\n  constructor() { log('before super'); super(); log('after super ' + this.field); }\n  init() { log('init sees ' + this.field); }\n  static { log('derived static block ' + this.name); }\n}\nnew Derived();`,
    () => `class A { x = this.constructor.name; y = this.x + '!'; [${pick(["'comp' + 'uted'", "Symbol.toStringTag", "1 + 1"])}] = 'c'; static count = 0; static inc = () => ++this.count; }\nconst a = new A();\nconsole.log(a.x, a.y, Object.keys(a).join(), A.inc(), A.inc(), String(a));`,
    () => `class P { #x = ${int(1, 9)}; static has(o) { return #x in o; } #m() { return this.#x; } call() { return this.#m(); } static #sp = 's'; static sp() { return P.#sp; } get #g() { return 'pg'; } g() { return this.#g; } }\nconsole.log(P.has(new P()), P.has({}), new P().call(), P.sp(), new P().g());\n${ev(pick(['P.prototype.call.call({})', 'P.prototype.g.call({})', 'P.has(1)', 'P.sp.call({})', 'class Q extends P {}, P.has(new Q())']))}`,
    () => `class Base { constructor() { return ${pick(['{ hijacked: true }', 'Object.create(null)', '[1, 2]'])}; } }\nclass Stamp extends Base { #id = 7; tag = 'stamped'; static id(o) { return o.#id; } static has(o) { return #id in o; } }\nconst s = new Stamp();\nconsole.log(JSON.stringify(s), Stamp.has(s), Stamp.id(s), s instanceof Stamp);`,
    () => `class A { constructor() { ${pick(['this.x = 1;', "console.log('A ctor');", 'return;'])} } }\nclass B extends A { constructor() { ${pick(['this.y = 1; super();', 'super(); super();', '', 'return {};', 'return 1;', 'try { this; } catch (e) { console.log(e.message); } super();', '(() => super())(); console.log(typeof this);'])} } }\n${ev('new B()')}`,
    () => `let i = 0;\nclass C { a = ++i; static s = ++i; b = ++i; static { i *= 10; } c = (() => this.a + this.b)(); }\nconst c1 = new C(), c2 = new C();\nconsole.log(C.s, i, JSON.stringify(c1), JSON.stringify(c2));\nclass D { static self = this; static n = this.name + '!'; m = () => this; }\nconsole.log(D.self === D, D.n, new D().m() instanceof D);`,
  ];
  return pick(forms)();
}

function descriptorsOut() {
  const forms = [
    () => `const o = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get() { return 2; }, configurable: true }, c: { value: 3, writable: true } });\nconst ds = Object.getOwnPropertyDescriptors(o);\nfor (const k of Reflect.ownKeys(ds)) { const d = ds[k]; console.log(k, Object.keys(d).join(), JSON.stringify(d), typeof d.get); }\nconsole.log(Object.keys(o).join(), JSON.stringify(o));`,
    () => `class K { m() {} get g() { return 1; } static s() {} }\nfor (const obj of [K, K.prototype]) { const ds = Object.getOwnPropertyDescriptors(obj); console.log(Reflect.ownKeys(ds).map((k) => k + ':' + ['writable', 'enumerable', 'configurable'].map((f) => ds[k][f] ? f[0] : '-').join('')).join(' ')); }`,
    () => `${ev(pick(["Object.defineProperties({}, { a: 1 })", "Object.defineProperty({}, 'a', { get: 1 })", "Object.defineProperty({}, 'a', { get() {}, value: 1 })", "Object.defineProperty(1, 'a', {})", "Object.defineProperties({}, { a: { value: 1 }, b: { set: 'x' } })", "Object.defineProperty(Object.freeze({}), 'a', { value: 1 })", "Object.defineProperty(Object.defineProperty({}, 'a', { value: 1 }), 'a', { value: 2 })", "Object.defineProperty(Object.defineProperty({}, 'a', { value: 1 }), 'a', { value: 1 })", "Object.defineProperty([], 'length', { value: -1 })", "Object.getOwnPropertyDescriptors('ab')", "Object.getOwnPropertyDescriptor([1], 'length')", "Object.getOwnPropertyDescriptor(function f(a, b) {}, 'length')", "Object.getOwnPropertyDescriptor(function f() {}, 'prototype')", "Object.create({}, { x: { value: 1, enumerable: true } })", "Object.create(null, undefined) !== null", "Object.create(1)"]))}`,
    () => `const arr = [1, 2, 3];\nObject.defineProperty(arr, 'length', { writable: false });\n${ev(pick(['arr.push(4)', 'arr.pop()', '(arr.length = 1, arr.length)', '(arr[3] = 9, arr.length)', 'arr.shift()', 'arr.splice(0, 1)', "(() => { 'use strict'; arr[5] = 1; })()", 'arr.fill(0).join()', 'arr.unshift(1)']))}\nconsole.log(arr.join());`,
  ];
  return pick(forms)();
}

function arrayLikes() {
  const al = pick(["{ length: 3, 0: 'a', 2: 'c' }", "{ length: '2', 0: 'x', 1: 'y', 2: 'z' }", "{ length: -1, 0: 'a' }", "{ 0: 'a', 1: 'b' }", "'str'", "{ length: 2.7, 0: 1, 1: 2 }", "{ length: 4, 1: 'b', 3: 'd' }"]);
  const forms = [
    () => `const al = ${al};\n${ev(`Array.prototype.${pick(['join.call(al)', "join.call(al, '-')", 'map.call(al, (x) => x + "!")', 'filter.call(al, () => true)', 'slice.call(al)', 'indexOf.call(al, undefined)', 'includes.call(al, undefined)', 'reverse.call(al)', 'push.call(al, "p")', 'pop.call(al)', 'fill.call(al, 0)', 'keys.call(al).next().value', 'at.call(al, -1)', 'every.call(al, (x) => typeof x === "string")', 'reduce.call(al, (a, b) => a + b)', 'findLast.call(al, (x) => x)', 'lastIndexOf.call(al, "a")', 'sort.call(al)', 'toSorted.call(al)', 'flat.call(al)', 'concat.call(al, 1)', 'entries.call(al).next().value', 'forEach.call(al, (x, i) => console.log(i, x))'])}`)}\nconsole.log(JSON.stringify(al));`,
    () => `const holes = [${pick(['1, , 3', ', , ', '1, , , 4', 'undefined, , null'])}];\nconsole.log(holes.length, ${pick(['0 in holes', '1 in holes', 'holes.indexOf(undefined)', 'holes.includes(undefined)', 'holes.findIndex((x) => x === undefined)', 'JSON.stringify(holes)', 'holes.map((x) => 1).length', 'Object.keys(holes).join()', 'holes.join("-")', 'holes.flat().length', 'holes.filter(() => true).length', 'JSON.stringify(Array.from(holes))', 'JSON.stringify([...holes])', 'JSON.stringify(holes.toSorted())', 'JSON.stringify(holes.sort())', 'holes.reduce((a, b) => a + "|" + b, "")', 'JSON.stringify(holes.with(0, 7))', 'holes.some((x) => x === undefined)', 'holes.findLastIndex((x) => x === undefined)', 'JSON.stringify(Object.entries(holes))'])});\nlet n = 0; holes.forEach(() => n++); console.log('visited', n);`,
    () => `let reads = 0;\nconst lenObj = { get length() { reads++; return ${int(0, 3)}; }, 0: 'a', 1: 'b', 2: 'c' };\nconsole.log(Array.prototype.${pick(['join.call(lenObj)', 'slice.call(lenObj).length', 'map.call(lenObj, (x) => x).join()', 'includes.call(lenObj, "b")', 'Array.from(lenObj).length'.replace('Array.from', 'constructor.from.call(Array, ').replace('(lenObj)', 'lenObj)')])}, reads);\nconst grow = [1, 2, 3];\nconst seen = [];\ngrow.forEach((x) => { seen.push(x); if (grow.length < 5) grow.push(x * 10); });\nconsole.log(seen.join(), grow.length);`,
    () => `const arr = [${int(1, 5)}, ${int(1, 5)}, ${int(1, 5)}];\narr.length = ${int(0, 6)};\nconsole.log(arr.length, JSON.stringify(arr), ${pick(['arr[5] = 1, arr.length', 'Object.keys(arr).length', 'arr.lastIndexOf(undefined)', '(arr.length = 0, arr[0])'])});\n${ev(pick(['(arr.length = -1)', '(arr.length = 2 ** 32)', "(arr.length = '2', arr.length)", '(arr.length = 1.5)', 'new Array(-1)', 'new Array(3).join("x")', 'Array(2.5)', 'Array.of(3).length', 'new Array("3").length', '[,].length']))}`,
  ];
  return pick(forms)();
}

function typedArrays() {
  const T = pick(['Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array']);
  const vals = `[${pickN(['1', '-1', '255', '256', '1.5', '-1.5', '2.5', '300', 'NaN', '-0', '65536', '1e10', "'7'", 'Infinity', '0.1'], 5).join(', ')}]`;
  const forms = [
    () => `const ta = ${T}.from(${vals});\nconsole.log(Array.from(ta).map((x) => Object.is(x, -0) ? '-0' : String(x)).join(), ta.length, ta.byteLength, ${T}.BYTES_PER_ELEMENT, ta.constructor.name);\nconsole.log(${pick(['ta.subarray(1, 3).join()', 'ta.slice(-2).join()', 'Array.from(ta.map((x) => x * 2)).join()', 'ta.indexOf(1)', 'ta.includes(NaN)', 'ta.reverse().join()', 'ta.fill(7, 1, 3).join()', 'ta.sort().join()', 'JSON.stringify(ta)', 'Object.keys(ta).join()', 'ta.at(-1)', 'ta.toString()', 'Object.prototype.toString.call(ta)', 'ta[10] = 1, ta[10]', 'ta.filter((x) => x > 0).length'])});`,
    () => `const buf = new ArrayBuffer(8);\nconst dv = new DataView(buf);\ndv.set${pick(['Int16', 'Uint16', 'Int32', 'Float32', 'Uint8'])}(${int(0, 2)}, ${pick(['-2', '258', '1.5', '65535', '0x12345678'])}${pick(['', ', true'])});\nconsole.log(Array.from(new Uint8Array(buf)).join(), dv.getInt8(0), dv.getUint16(0), dv.getUint16(0, true), dv.getInt32(${int(0, 4)}), dv.byteLength);\n${ev(pick(['dv.getInt32(6)', 'dv.getFloat64(0)', 'new DataView(buf, 9)', 'dv.setUint8(-1, 0)', 'new DataView({})', 'new Uint8Array(buf, 1, 8)', 'new Int32Array(buf, 1)', 'new Uint8Array(-1)', 'Uint8Array(2)', 'new Uint8Array([1, 2]).set([1, 2, 3])', 'new Float64Array(buf).length', 'ArrayBuffer.isView(dv)', 'buf.slice(2, 4).byteLength']))}`,
    () => `const a = new ${T}(4);\na[0] = ${pick(['257', '-3', '1.7', "'12'", 'true', 'null', '2 ** 31'])};\na[5] = 9;\na.foo = 'bar';\nconsole.log(a.join(), a[5], a.foo, Object.keys(a).join(), a.length, 5 in a, '-0' in a);\nconsole.log(typeof WeakRef, typeof FinalizationRegistry, new WeakRef(a).deref() === a, typeof new FinalizationRegistry(() => {}).register);`,
  ];
  return pick(forms)();
}

function tdzLabels() {
  const forms = [
    () => `switch (${int(0, 2)}) {\n  case 0: let x = 'zero'; console.log(x); break;\n  case 1: ${pick(['console.log(typeof x);', 'x = 1; console.log(x);', 'console.log("one");'])} break;\n  default: try { console.log(x); } catch (e) { console.log(e.constructor.name, e.message); }\n}`,
    () => `outer: for (let i = 0; i < 3; i++) {\n  inner: for (let j = 0; j < 3; j++) {\n    if (j === ${int(0, 2)}) continue outer;\n    if (i === ${int(0, 2)}) break outer;\n    console.log(i, j);\n  }\n}\nblk: { console.log('in block'); if (${pick(['true', 'false'])}) break blk; console.log('not skipped'); }\nlbl: ${pick(['console.log("labelled statement");', 'for (const c of "ab") { console.log(c); continue lbl; }', 'do { console.log("once"); break lbl; } while (true);'])}`,
    () => `const fns = [];\nfor (let i = 0; i < 3; i++) { fns.push(() => i); ${pick(['i++;', '', 'if (i === 1) continue;'])} }\nconsole.log(fns.map((f) => f()).join());\n${ev(pick(['(() => { let a = a; })()', '(() => { const f = () => b; f(); let b = 1; })()', '(() => { for (let i = (() => i)(); ;) break; })()', '(() => { typeof z; let z; })()', '(() => { let [p = q, q] = []; })()', '((a = b, b = 1) => a)()', '((a, b = a) => b)(3)', '(() => { for (const k in { a: 1 }) { k = 2; } })()', '(() => { class X extends X {} })()', '(() => { for (const x of [x]) ; })()', '(() => { for (let k in { k }) ; })()', "Date.prototype.getTime.call({})", "Date.prototype.toISOString.call({})", "Date.prototype.setUTCHours.call(1, 2)"]))}`,
    () => `let s = '';\nfor (const [i, ch] of [...'${pick(words)}'].entries()) {\n  switch (true) {\n    case i % 3 === 0: s += ch.toUpperCase();\n    case i % 2 === 0: s += '_'; break;\n    default: s += ch;\n  }\n}\nconsole.log(s);\nlet k = 0;\ndo { k++; if (k === 2) continue; } while (k < ${int(1, 5)});\nconsole.log(k);`,
  ];
  return pick(forms)();
}

function taggedRaw() {
  const forms = [
    () => `const seen = [];\nconst tag = (strings, ...vals) => { seen.push(strings); return strings.raw.join('|') + '#' + vals.join(','); };\nfor (let i = 0; i < 2; i++) console.log(tag\`a\${i}b\\n\${i + 1}\`);\nconsole.log(seen[0] === seen[1], Object.isFrozen(seen[0]), Object.isFrozen(seen[0].raw), seen[0].length, tag\`a\${0}b\\n\${1}\` === tag\`a\${0}b\\n\${1}\`);\nconst f = () => tag\`x\`;\nf(); f();\nconsole.log(seen[seen.length - 1] === seen[seen.length - 2], seen[2] === seen[3]);`,
    () => `${ev(pick(['String.raw`a\\nb${1}\\u0041`', "String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3)", "String.raw({ raw: 'abc' }, '-', '+')", 'String.raw`\\${1}`', 'String.raw`${"a"}${"b"}`.length', "String.raw({ raw: [] })", 'String.raw({})', '(x => x)`\\unicode`[0]', '(x => x.raw[0])`\\unicode`', '(x => x.length)`${1}${2}`', 'typeof ((s) => s)``.raw'])) }`,
  ];
  return pick(forms)();
}

function numberEdges() {
  const forms = [
    () => `for (const x of [${pickN(['-0.5', '-1.5', '-2.5', '0.5', '1.5', '2.5', '-0.4', '-0', '0.49999999999999994', '-7.5', '-0.1', 'NaN', '4503599627370495.5', '-Infinity', '1e-7'], 4).join(', ')}]) {\n  const r = [Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x), Math.${pick(['fround', 'abs', 'sqrt', 'cbrt'])}(x)];\n  console.log(String(x), r.map((v) => Object.is(v, -0) ? '-0' : String(v)).join(' '));\n}`,
    () => `for (const s of [${pickN(["'1e3'", "'  12.5px'", "'.e1'", "'-.5'", "'+.5e+1'", "'Infinityx'", "'-Infinity'", "'0x1A'", "'1_000'", "'\\u00a012'", "'1e-400'", "'1e400'", "''", "'-0'", "'0.1.2'", "'e5'", "'5e'", "'\\n\\t3\\r'", "'١'", "'0b11'", "'00.5'", "'.'", "'+-1'", "'1.'"], 5).join(', ')}]) {\n  const p = parseFloat(s), n = Number(s);\n  console.log(JSON.stringify(s), Object.is(p, -0) ? '-0' : p, Object.is(n, -0) ? '-0' : n, parseInt(s), +s === n);\n}`,
    () => `${ev(pick(['Object.is(Math.round(-0.2), -0)', 'Object.is(-0 + 0, 0)', 'Object.is(0 * -1, -0)', 'Object.is(Math.max(-0, 0), 0)', 'Object.is(Math.min(-0, 0), -0)', '1 / Math.round(-0.5)', 'Object.is(-0 % 5, -0)', 'Object.is(Math.atan2(-0, 1), -0)', '(-0).toString()', "JSON.stringify(-0)", '[-0].includes(0)', '[-0].indexOf(0)', 'new Set([-0, 0]).size', 'Object.is([...new Set([-0])][0], -0)', 'Number("-0")', 'Object.is(Number("-0"), -0)', 'Object.is(parseInt("-0"), -0)', 'Object.is(-0 >> 0, 0)', 'Object.is(Math.ceil(-0.5), -0)', '(-1.005).toFixed(2)', 'Number.parseFloat === parseFloat', 'Number.isInteger(5.0000000000000001)', '0.1 * 3', '9007199254740993', '2 ** -1074', '(123.456).toFixed(10)', 'Number.MIN_VALUE.toString()', '(-0).toFixed(2)', 'Object.is(-0 * 0, -0)', '(25).toString(36)', '(-255).toString(16)', '(0.5).toString(2)']))}`,
  ];
  return pick(forms)();
}

function dateEdges() {
  const forms = [
    () => `${ev(pick(['Date.UTC(2020, 0, 1)', 'Date.UTC(2020)', 'Date.UTC()', 'Date.UTC(99, 0)', 'Date.UTC(100, 0)', 'Date.UTC(-1, 0)', 'Date.UTC(2020, 11, 31, 23, 59, 59, 999) - Date.UTC(2021, 0)', 'Date.UTC(2020, 1.9, 1.9)', 'Date.UTC(275760, 8, 13)', 'Date.UTC(275760, 8, 13, 0, 0, 0, 1)', 'Date.UTC(NaN)', 'Date.UTC(2020, -1, 0)', 'Date.UTC(1970, 0, 1, 0, 0, 0, -1)', "Date.UTC('2020', '1')", 'Date.UTC(2020, 0, 1, 24)', 'Date.UTC(1e6)', 'Date.UTC(-271821, 3, 20)']))}`,
    () => `for (const t of [${pickN(['0', '-1', '-62198755200000', '-62198755200001', '253402300799999', '253402300800000', '8.64e15', '-8.64e15', '-62135596800000', '951782400000', '-2208988800000', '1e12', '-1e12', '946684799999'], 4).join(', ')}]) {\n  const d = new Date(t);\n  console.log(d.toISOString(), d.getUTCDay(), d.getUTCFullYear(), JSON.stringify(d));\n}`,
    () => `const d = new Date(Date.UTC(${int(1999, 2030)}, ${int(0, 11)}, ${int(28, 31)}));\nd.setUTCMonth(d.getUTCMonth() + ${int(1, 13)});\nconsole.log(d.toISOString());\nd.setUTCFullYear(${pick(['2024, 1, 29', '2023, 1, 29', '-1', '10000', '0'])});\nconsole.log(d.toISOString(), d.toUTCString());\nconsole.log(new Date(Date.UTC(0, 0)).toISOString(), new Date(Date.UTC(${int(-50, 50)}, 0)).getUTCFullYear());`,
  ];
  return pick(forms)();
}

const TEMPLATES = [
  [6, hoisting], [5, closuresInLoops], [6, thisBinding], [7, classes], [5, propertyModel], [4, enumeration],
  [5, destructuring], [8, coercion], [6, numberFormat], [4, parsing], [4, mathExact], [7, stringMethods],
  [4, replacePatterns], [6, regexps], [8, arrays], [5, generators], [6, controlFlow], [8, errorMessages],
  [5, jsonTemplate], [4, mapSet], [3, symbols], [4, bigints], [3, templates], [4, protoChain], [2, structured],
  [3, dates], [5, algorithms], [4, functionsMisc], [4, objectsMisc], [5, interviewClassics], [3, unicodeStrings],
  [6, proxyReflect], [6, iteratorProtocols], [5, accessorsSuper], [6, fieldOrder], [4, descriptorsOut],
  [6, arrayLikes], [4, typedArrays], [4, tdzLabels], [3, taggedRaw], [4, numberEdges], [4, dateEdges],
];
const totalWeight = TEMPLATES.reduce((s, [w]) => s + w, 0);

function pickTemplate() {
  let r = rand() * totalWeight;
  for (const [w, fn] of TEMPLATES) {
    if ((r -= w) < 0) return fn;
  }
  return TEMPLATES[0][1];
}

const indent = (s) => s.split('\n').map((l) => (l ? '  ' + l : l)).join('\n');

const parts = [PRELUDE];
const count = int(4, 7);
for (let i = 0; i < count; i++) {
  const fn = pickTemplate();
  const body = fn();
  const wrap = rand();
  parts.push(`// ${fn.name}`);
  if (wrap < 0.6) parts.push(`(function ${fn.name}${i}() {\n${indent(body)}\n})();`);
  else if (wrap < 0.9) parts.push(`{\n${indent(body)}\n}`);
  else parts.push(`try {\n${indent(body)}\n} catch (e) {\n  console.log('uncaught in ${fn.name}:', e.constructor.name, e.message);\n}`);
}
process.stdout.write(parts.join('\n') + '\n');
