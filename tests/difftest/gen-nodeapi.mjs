#!/usr/bin/env node
// Random interview-style scripts over the Node API surface: events, util,
// assert, path, Buffer, timers/promises, process, URL, AbortController,
// structuredClone, os, crypto, require.  Usage: gen-nodeapi.mjs SEED
//
// Each script is a few independent snippets run in order inside one async
// main.  Only what Node prints deterministically is logged: error names,
// codes and first message lines, never stacks, paths or host values.

const seed = Number(process.argv[2] ?? 1) >>> 0;

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed * 2654435761 + 7);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const weighted = (pairs) => {
  const total = pairs.reduce((s, [w]) => s + w, 0);
  let r = rand() * total;
  for (const [w, v] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][1];
};

const words = ['alpha', 'beta', 'gamma', 'order', 'user', 'tick', 'data', 'done', 'ready', 'job'];
const word = () => pick(words);
const smallValue = () => pick([
  () => String(int(-5, 100)), () => `'${word()}'`, () => 'null', () => 'undefined', () => 'true',
  () => `[${int(1, 3)}, ${int(4, 6)}]`, () => `{ id: ${int(1, 9)}, name: '${word()}' }`, () => 'NaN',
  () => '0', () => '-0', () => `'${int(1, 9)}'`,
])();
const structured = () => pick([
  () => `{ a: ${int(1, 3)}, b: [${int(1, 3)}, ${int(1, 3)}] }`,
  () => `[${int(1, 3)}, { x: ${int(1, 3)} }]`,
  () => `new Map([[${int(1, 3)}, '${word()}'], [${int(4, 5)}, ${int(1, 3)}]])`,
  () => `new Set([${int(1, 3)}, ${int(1, 3)}, '${int(1, 3)}'])`,
  () => `{ d: new Date(${int(0, 3) * 1000}) }`,
  () => `[/ab+/${pick(['', 'g', 'i'])}]`,
  () => `{ n: ${pick(['NaN', '0', '-0', '1'])} }`,
  () => `[1, , ${int(2, 3)}]`,
  () => `[1, undefined, ${int(2, 3)}]`,
  () => `Object.assign(Object.create(null), { k: ${int(1, 2)} })`,
  () => `{ k: ${int(1, 2)} }`,
  () => `new Error('${word()}')`,
  () => `new Number(${int(1, 2)})`,
  () => `{ nested: { deep: { v: ${int(1, 2)} } } }`,
  () => `[${int(1, 2)}, '${int(1, 2)}']`,
  () => `{ a: undefined }`,
  () => `{}`,
])();

// Values whose inspection has no stack (messages print them whole).
const plainStructured = () => {
  for (;;) {
    const v = structured();
    if (!v.includes('Error')) return v;
  }
};

const report = `const show = (label, e) => console.log(label, e.name, e.code, String(e.message).split('\\n')[0]);`;

// ---- snippets: each returns { sync?: lines, async?: lines } ----

function eventsSnippet() {
  const ev = word(), lines = [];
  lines.push(`const EventEmitter = require('events');`);
  lines.push(pick([
    `class Store extends EventEmitter {}`,
    `class Store extends EventEmitter { constructor() { super(); this.items = []; } add(x) { this.items.push(x); this.emit('${ev}', x); return this; } }`,
    `const Store = EventEmitter;`,
  ]));
  lines.push(`const em = new Store();`);
  const n = int(2, 6);
  for (let i = 0; i < n; i++) {
    lines.push(weighted([
      [4, () => `em.on('${ev}', (...args) => console.log('on ${i}', args));`],
      [2, () => `em.once('${ev}', function (x) { console.log('once ${i}', x, this === em); });`],
      [2, () => `em.prependListener('${ev}', (x) => console.log('prepend ${i}', x));`],
      [1, () => `em.prependOnceListener('${ev}', (x) => console.log('prependOnce ${i}', x));`],
      [3, () => `console.log('emit', em.emit('${pick([ev, ev, 'other'])}', ${smallValue()}, ${smallValue()}));`],
      [2, () => `console.log('count', em.listenerCount('${ev}'), em.eventNames());`],
      [1, () => `em.on('newListener', (name) => console.log('newListener', name));`],
      [1, () => `em.on('removeListener', (name) => console.log('removeListener', name));`],
      [1, () => `{ const h = () => console.log('never'); em.on('${ev}', h); em.off('${ev}', h); console.log('after off', em.listenerCount('${ev}')); }`],
      [1, () => `em.removeAllListeners(${pick([`'${ev}'`, ''])}); console.log('cleared', em.eventNames());`],
      [1, () => `console.log('listeners', em.listeners('${ev}').length, em.rawListeners('${ev}').length);`],
      [2, () => `try { em.emit('error', ${pick([`new Error('${word()}')`, `'${word()}'`, '', `{ code: 42 }`])}); } catch (e) { show('emit error', e); }`],
      [1, () => `em.on('error', (e) => console.log('error handler', e.message));`],
      [1, () => `em.on(EventEmitter.errorMonitor, (e) => console.log('monitor', e.message));`],
      [1, () => `console.log('max', em.getMaxListeners(), EventEmitter.defaultMaxListeners); em.setMaxListeners(${int(1, 3)}); console.log(em.getMaxListeners());`],
      [1, () => `console.log('static count', EventEmitter.listenerCount(em, '${ev}'));`],
      [1, () => `try { em.on('${ev}', ${pick(['null', "'x'", '42'])}); } catch (e) { show('bad listener', e); }`],
      [1, () => `console.log('chain', em.on('${ev}', () => {}) === em, em.emit('${ev}'));`],
      [1, () => `em.on('${ev}', () => { console.log('throwing'); throw new Error('in listener'); }); try { em.emit('${ev}'); } catch (e) { show('listener threw', e); }`],
    ])());
  }
  if (rand() < 0.5) lines.push(`console.log('final', em.emit('${ev}', ${smallValue()}));`);
  return { sync: lines };
}

function eventsAsyncSnippet() {
  const ev = word();
  return { async: pick([
    [`const { once, EventEmitter } = require('events');`, `const em = new EventEmitter();`,
     `setTimeout(() => em.emit('${ev}', ${smallValue()}, ${smallValue()}), ${int(0, 5)});`,
     `console.log('once resolved', await once(em, '${ev}'));`],
    [`const { once, EventEmitter } = require('events');`, `const em = new EventEmitter();`,
     `setTimeout(() => em.emit('error', new Error('${word()}')), 1);`,
     `try { await once(em, '${ev}'); } catch (e) { show('once rejected', e); }`,
     `console.log('left', em.listenerCount('${ev}'), em.listenerCount('error'));`],
    [`const { on, EventEmitter } = require('events');`, `const em = new EventEmitter();`,
     `setTimeout(() => { for (let i = 0; i < ${int(2, 4)}; i++) em.emit('${ev}', i); }, 1);`,
     `let seen = 0;`, `for await (const [v] of on(em, '${ev}')) { console.log('on', v); if (++seen === 2) break; }`,
     `console.log('after loop', em.listenerCount('${ev}'));`],
    [`const { once, EventEmitter } = require('events');`, `const em = new EventEmitter();`,
     `const ac = new AbortController();`, `setTimeout(() => ac.abort(), 1);`,
     `try { await once(em, '${ev}', { signal: ac.signal }); } catch (e) { show('once aborted', e); }`],
    [`const { EventEmitter } = require('events');`, `const em = new EventEmitter({ captureRejections: true });`,
     `em.on('${ev}', async (x) => { throw new Error('async ' + x); });`,
     `em.on('error', (e) => console.log('captured', e.message));`,
     `em.emit('${ev}', ${int(1, 9)});`, `await new Promise((r) => setTimeout(r, 1));`],
    [`const { once } = require('events');`, `const et = new EventTarget();`,
     `setTimeout(() => et.dispatchEvent(new Event('${ev}')), 1);`,
     `const [event] = await once(et, '${ev}');`, `console.log('EventTarget once', event.type);`],
  ]) };
}

function utilSnippet() {
  const lines = [`const util = require('util');`];
  const n = int(2, 5);
  for (let i = 0; i < n; i++) {
    lines.push(weighted([
      [3, () => `console.log(util.format(${pick(["'%s=%d'", "'%s: %j'", "'%i%%'", "'%o'", "'%O'", "'plain'", "'%s %s'", "'%f'", "'%c%s'"])}, ${smallValue()}, ${smallValue()}));`],
      [3, () => `console.log(util.isDeepStrictEqual(${structured()}, ${structured()}));`],
      [2, () => `console.log(util.inspect(${plainStructured()}, { depth: ${pick(['0', '1', 'null'])}, compact: ${pick(['true', 'false', '3'])}, breakLength: ${pick(['80', 'Infinity'])} }));`],
      [2, () => `console.log(util.types.${pick(['isPromise', 'isDate', 'isRegExp', 'isMap', 'isSet', 'isNativeError', 'isAsyncFunction', 'isGeneratorFunction', 'isTypedArray', 'isUint8Array', 'isBoxedPrimitive'])}(${pick(['Promise.resolve(1)', 'new Date()', '/x/', 'new Map()', 'new Set()', 'new TypeError()', 'async () => {}', 'function* () {}', 'new Uint8Array(2)', 'Buffer.from("a")', 'new String("s")', '{ then() {} }', '42'])}));`],
      [1, () => `function Base() {} Base.prototype.hi = function () { return 'hi ' + this.n; }; function Derived(n) { this.n = n; } util.inherits(Derived, Base); console.log(new Derived(${int(1, 9)}).hi(), Derived.super_ === Base);`],
      [1, () => `try { util.inherits(function () {}, ${pick(['null', '1', '{}'])}); } catch (e) { show('inherits', e); }`],
      [1, () => `console.log(new util.TextEncoder().encode('${word()}').length, new util.TextDecoder().decode(new Uint8Array([104, 105])));`],
      [1, () => `console.log(util.isArray([]), util.isArray({}), typeof util.debuglog);`],
      [1, () => `const dep = util.deprecate(() => '${word()}', 'do not use'); console.log(dep(), dep());`],
      [1, () => `console.log(util.stripVTControlCharacters('\\u001b[31m${word()}\\u001b[0m'));`],
      [1, () => `console.log(util.formatWithOptions({ colors: false }, '%s and %d', '${word()}', ${int(1, 99)}));`],
      [1, () => `console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'), util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));`],
      [1, () => `class Money { constructor(v) { this.v = v; } [util.inspect.custom]() { return 'Money(' + this.v + ')'; } } console.log(util.inspect(new Money(${int(1, 99)})), [new Money(${int(1, 9)})]);`],
      [1, () => `try { util.promisify(${pick(['null', '42', "'f'"])}); } catch (e) { show('promisify', e); }`],
    ])());
  }
  return { sync: lines };
}

function utilAsyncSnippet() {
  return { async: pick([
    [`const util = require('util');`,
     `function legacy(x, cb) { setTimeout(() => x < 0 ? cb(new Error('negative')) : cb(null, x * 2), ${int(0, 3)}); }`,
     `const p = util.promisify(legacy);`,
     `console.log('promisified', await p(${int(1, 9)}));`,
     `try { await p(-1); } catch (e) { show('promisify reject', e); }`,
     `console.log(p.name, typeof p);`],
    [`const util = require('util');`,
     `const cb = util.callbackify(async (x) => { if (x > ${int(2, 6)}) throw new Error('too big'); return x + 1; });`,
     `await new Promise((resolve) => cb(${int(1, 9)}, (err, v) => { console.log('callbackify', err && err.message, v); resolve(); }));`,
     `console.log(cb.name, cb.length);`],
    [`const util = require('util');`,
     `const cb = util.callbackify(() => Promise.reject(${pick(['null', 'undefined', '0', "''"])}));`,
     `await new Promise((resolve) => cb((err) => { console.log(err.code, err.message, err.reason); resolve(); }));`],
    [`const util = require('util');`,
     `function withCustom() {}`, `withCustom[util.promisify.custom] = (v) => Promise.resolve('custom ' + v);`,
     `console.log(await util.promisify(withCustom)('${word()}'));`,
     `const sleep = util.promisify(setTimeout);`, `console.log('slept', await sleep(${int(1, 5)}, '${word()}'));`],
    [`const util = require('util');`,
     `const multi = util.promisify((cb) => cb(null, 1, 2));`, `console.log('first value only', await multi());`,
     `const thrower = util.promisify(() => { throw new TypeError('sync throw'); });`,
     `try { await thrower(); } catch (e) { show('sync throw', e); }`],
  ]) };
}

function assertSnippet() {
  const lines = [`const assert = require(${pick(["'assert'", "'node:assert'", "'assert'", "'assert/strict'"])});`];
  const n = int(2, 6);
  for (let i = 0; i < n; i++) {
    const call = weighted([
      [3, () => `assert.strictEqual(${smallValue()}, ${smallValue()})`],
      [3, () => `assert.deepStrictEqual(${structured()}, ${structured()})`],
      [2, () => `assert.deepEqual(${structured()}, ${structured()})`],
      [2, () => `assert.equal(${smallValue()}, ${smallValue()})`],
      [1, () => `assert.notStrictEqual(${smallValue()}, ${smallValue()})`],
      [1, () => `assert.notDeepStrictEqual(${structured()}, ${structured()})`],
      [2, () => `assert(${smallValue()}${pick(['', `, '${word()} failed'`])})`],
      [1, () => `assert.ok(${smallValue()})`],
      [2, () => `assert.throws(() => { ${pick([`throw new TypeError('${word()}')`, `null.x`, `JSON.parse('{')`, ''])}; }${pick(['', ', TypeError', ', RangeError', `, /${word()}/`, `, { name: 'TypeError' }`, ', Error'])})`],
      [1, () => `assert.doesNotThrow(() => { ${pick(['1 + 1', `throw new Error('${word()}')`])}; })`],
      [1, () => `assert.match('${word()}', /${pick(['a', 'e', 'z', '^d'])}/)`],
      [1, () => `assert.doesNotMatch('${word()}', /${pick(['a', 'e', 'z'])}/)`],
      [1, () => `assert.ifError(${pick(['null', 'undefined', `new Error('${word()}')`])})`],
      [1, () => `assert.fail(${pick(['', `'${word()}'`])})`],
      [1, () => `assert.strictEqual(${smallValue()}, ${smallValue()}, '${word()} mismatch')`],
    ])();
    lines.push(`try { ${call}; console.log('pass ${i}'); } catch (e) { console.log('fail ${i}', e.name, e.code, e instanceof assert.AssertionError, e.generatedMessage, e.operator); }`);
  }
  return { sync: lines };
}

function assertAsyncSnippet() {
  return { async: [
    `const assert = require('assert');`,
    `try { await assert.rejects(${pick(['Promise.reject(new Error("r"))', 'Promise.resolve(1)', 'async () => { throw new TypeError("t"); }', 'async () => 1'])}${pick(['', ', TypeError', ', /r/', ', Error'])}); console.log('rejects passed'); } catch (e) { show('rejects', e); }`,
    `try { await assert.doesNotReject(${pick(['Promise.resolve(1)', 'Promise.reject(new Error("x"))', 'async () => 2'])}); console.log('doesNotReject passed'); } catch (e) { show('doesNotReject', e); }`,
  ] };
}

function pathSnippet() {
  const seg = () => pick(['a', 'b', '..', '.', 'dir/sub', 'file.txt', 'x.tar.gz', '', '/root', 'c/', '.hidden']);
  const lines = [`const path = require('path');`];
  for (let i = 0, n = int(2, 5); i < n; i++) {
    lines.push(pick([
      () => `console.log(path.join('${seg()}', '${seg()}', '${seg()}'));`,
      () => `console.log(path.basename('${seg()}/${seg()}'), path.basename('/x/${seg()}', '.txt'));`,
      () => `console.log(path.extname('${seg()}'), path.dirname('/${seg()}/${seg()}'));`,
      () => `console.log(path.normalize('/${seg()}/${seg()}/../${seg()}'));`,
      () => `console.log(path.resolve('/${seg()}', '${seg()}'), path.isAbsolute('${seg()}'));`,
      () => `console.log(path.parse('/home/u/${seg()}'));`,
      () => `console.log(path.relative('/a/b/c', '/a/${seg()}'), path.sep, path.delimiter);`,
      () => `console.log(path.format({ dir: '/tmp', name: '${word()}', ext: '.js' }));`,
      () => `console.log(path.posix.join('${seg()}', '${seg()}') === path.join('${seg()}', '${seg()}'));`,
    ])());
  }
  return { sync: lines };
}

function bufferSnippet() {
  const s = pick(['hello', 'héllo wörld', 'Loop Bakery', '€uro', 'abc', '']);
  const lines = [`const buf = Buffer.from('${s}');`];
  for (let i = 0, n = int(2, 5); i < n; i++) {
    lines.push(pick([
      () => `console.log(buf.toString('${pick(['hex', 'base64', 'base64url', 'utf8', 'latin1', 'ascii'])}'));`,
      () => `console.log(buf.length, Buffer.byteLength('${s}'), '${s}'.length);`,
      () => `console.log(buf, JSON.stringify(buf.subarray(0, 3)));`,
      () => `console.log(Buffer.concat([buf, Buffer.from([${int(65, 90)}])]).toString());`,
      () => `console.log(buf.slice(${int(-3, 2)}, ${int(2, 6)}).toString(), buf.equals(Buffer.from('${s}')));`,
      () => `console.log(Buffer.from(buf.toString('base64'), 'base64').toString() === '${s}');`,
      () => `console.log(Buffer.compare(buf, Buffer.from('${pick(['abc', 'zzz', s])}')), buf.indexOf('${pick(['l', 'o', 'z'])}'));`,
      () => `console.log(Buffer.isBuffer(buf), Buffer.isBuffer('${s}'), buf instanceof Uint8Array);`,
      () => `{ const b = Buffer.alloc(${int(2, 8)}); b.writeUInt16BE(${int(0, 65535)}, 0); console.log(b, b.readUInt16LE(0)); }`,
    ])());
  }
  return { sync: lines };
}

function timersPromisesSnippet() {
  return { async: pick([
    [`const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');`,
     `console.log(await sleep(${int(1, 10)}, '${word()}'), await immediate(${smallValue()}));`,
     `console.log(await Promise.race([sleep(${int(5, 9)}, 'slow'), sleep(${int(1, 4)}, 'fast')]));`,
     `console.log(await Promise.all([sleep(${int(1, 5)}, 1), sleep(${int(1, 5)}, 2)]));`],
    [`const { setInterval: every } = require('timers/promises');`, `let count = 0;`,
     `for await (const v of every(${int(1, 5)}, '${word()}')) { console.log('interval', v, count); if (++count === ${int(2, 4)}) break; }`],
    [`const { setTimeout: sleep } = require('timers/promises');`, `const ac = new AbortController();`,
     `const pending = sleep(${int(20, 50)}, 'late', { signal: ac.signal });`, `ac.abort(${pick(['', `'${word()}'`])});`,
     `try { await pending; } catch (e) { show('aborted', e); console.log(typeof e.cause === 'object' ? e.cause.name : e.cause); }`],
    [`const { setTimeout: sleep } = require('timers/promises');`,
     `try { await sleep(${int(20, 40)}, 'x', { signal: AbortSignal.timeout(${int(1, 10)}) }); } catch (e) { show('timeout', e); console.log(e.cause && e.cause.name); }`],
    [`const { scheduler } = require('timers/promises');`, `console.log(await scheduler.wait(${int(1, 5)}), await scheduler.yield());`],
  ]) };
}

function processSnippet() {
  const lines = [];
  for (let i = 0, n = int(2, 4); i < n; i++) {
    lines.push(pick([
      () => `console.log(Array.isArray(process.argv), process.argv.length >= 2, typeof process.argv[1]);`,
      () => `process.env.APP_MODE = ${pick(["'dev'", '42', 'true'])}; console.log(process.env.APP_MODE, typeof process.env.APP_MODE, process.env.MISSING_VAR_X);`,
      () => `{ const t = process.hrtime(); console.log(Array.isArray(t), t.length, typeof process.hrtime.bigint()); }`,
      () => `console.log(Object.keys(process.memoryUsage()), typeof process.uptime());`,
      () => `console.log(typeof process.pid, typeof process.platform, process.version.startsWith('v'), typeof process.versions.node);`,
      () => `process.nextTick((a, b) => console.log('tick args', a, b), ${smallValue()}, ${smallValue()});`,
      () => `console.log(process.exitCode); process.exitCode = ${int(0, 3)}; console.log(process.exitCode);`,
      () => `process.on('exit', (code) => console.log('exit event', code));`,
      () => `process.once('beforeExit', () => console.log('beforeExit'));`,
      () => `console.log(typeof process.cwd(), typeof process.on, process.listenerCount('exit'));`,
      () => `console.log(typeof process.stdout.write, process.stdout.write('direct write\\n'));`,
      () => `console.log(typeof process.cpuUsage().user, typeof process.argv0, typeof process.stdin);`,
    ])());
  }
  return { sync: lines };
}

function globalsSnippet() {
  const lines = [];
  for (let i = 0, n = int(2, 4); i < n; i++) {
    lines.push(pick([
      () => `{ const c = structuredClone(${plainStructured()}); console.log(c); }`,
      () => `{ const o = { name: '${word()}', list: [1, 2] }; o.self = o; const c = structuredClone(o); console.log(c.self === c, c !== o, c.list); }`,
      () => `try { structuredClone(${pick(['() => {}', 'Symbol("s")', '{ f() {} }'])}); } catch (e) { console.log(e.name, e.constructor.name); }`,
      () => `console.log(btoa('${word()}'), atob(btoa('${word()}')));`,
      () => `{ const u = new URL('${pick(['https://example.com:8080/a/b?x=1&y=two#frag', 'http://user:pw@host.io/p?q', 'https://a.b/c/../d?e=%20f'])}'); console.log(u.hostname, u.port, u.pathname, u.search, u.hash, u.searchParams.get('x')); }`,
      () => `{ const p = new URLSearchParams({ a: '1', b: '${word()}' }); p.append('a', '2'); p.sort(); console.log(p.toString(), p.getAll('a'), [...p.keys()]); }`,
      () => `{ const enc = new TextEncoder().encode('${pick(['hé', 'abc', '€'])}'); console.log(enc, new TextDecoder().decode(enc)); }`,
      () => `console.log(typeof performance.now(), performance.now() >= 0, typeof queueMicrotask);`,
      () => `queueMicrotask(() => console.log('microtask ${word()}'));`,
      () => `{ const ac = new AbortController(); ac.signal.addEventListener('abort', () => console.log('abort event', typeof ac.signal.reason === 'object' ? ac.signal.reason.name : ac.signal.reason)); ac.abort(${pick(['', `'${word()}'`])}); console.log(ac.signal.aborted); }`,
      () => `{ const s = AbortSignal.abort(${pick(['', `'${word()}'`])}); try { s.throwIfAborted(); } catch (e) { console.log('thrown', typeof e === 'string' ? e : e.name); } }`,
      () => `{ const t = new EventTarget(); t.addEventListener('${word()}', (e) => console.log('got', e.type, e instanceof Event), { once: ${pick(['true', 'false'])} }); for (let i = 0; i < 2; i++) t.dispatchEvent(new Event('${pick(words.slice(0, 2))}')); }`,
      () => `console.log(require('os').EOL === '\\n', typeof require('os').platform());`,
      () => `console.log(require('crypto').randomUUID().length, typeof crypto.randomUUID(), /^[0-9a-f-]{36}$/.test(crypto.randomUUID()));`,
      () => `console.log(require('crypto').createHash('${pick(['sha256', 'md5', 'sha1'])}').update('${word()}').digest('${pick(['hex', 'base64'])}'));`,
      () => `console.log(typeof global, global === globalThis, typeof module, module.exports === exports, typeof require);`,
      () => `try { require('${pick(['no-such-pkg', './missing-file', 'lodash'])}'); } catch (e) { console.log(e.code, e.message.split('\\n')[0]); }`,
    ])());
  }
  return { sync: lines };
}


function assertMessageSnippet() {
  const lines = [`const assert = require('assert');`,
    `const msg = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.code); } };`];
  for (let i = 0, n = int(2, 5); i < n; i++) {
    const same = plainStructured();
    lines.push(weighted([
      [3, () => `msg(() => assert.strictEqual(${smallValue()}, ${smallValue()}));`],
      [3, () => `msg(() => assert.deepStrictEqual(${plainStructured()}, ${plainStructured()}));`],
      [2, () => `msg(() => assert.deepStrictEqual(${same}, ${same}));`],
      [2, () => `msg(() => assert.deepEqual(${plainStructured()}, ${plainStructured()}));`],
      [1, () => `msg(() => assert.notDeepStrictEqual(${same}, ${same}));`],
      [1, () => `msg(() => assert.notStrictEqual(${smallValue()}, ${smallValue()}));`],
      [1, () => `msg(() => assert.equal(${smallValue()}, ${smallValue()}));`],
      [1, () => `msg(() => assert.notEqual(${smallValue()}, ${smallValue()}));`],
      [1, () => `msg(() => assert.strictEqual('${word()} ${word()}', '${word()} ${word()}'));`],
      [1, () => `msg(() => assert.strictEqual(${plainStructured()}, ${plainStructured()}));`],
      [1, () => `msg(() => assert.ok(${pick(['0', "''", 'null', 'false', 'NaN'])}));`],
      [1, () => `msg(() => assert.throws(() => { throw new ${pick(['TypeError', 'RangeError', 'Error'])}('${word()}'); }, ${pick(['TypeError', 'RangeError', `{ message: '${word()}' }`, `/${word()}/`, `(e) => e.message === '${word()}'`])}));`],
      [1, () => `msg(() => assert.throws(() => {}${pick(['', ', TypeError', `, '${word()}'`, ', { message: "x" }'])}));`],
      [1, () => `msg(() => assert.doesNotThrow(() => { throw new Error('${word()}'); }${pick(['', `, '${word()}'`, ', TypeError'])}));`],
      [1, () => `msg(() => assert.match('${word()}', /${pick(['a', 'z', '^b'])}/));`],
      [1, () => `msg(() => assert.ifError(${pick(["'oops'", 'new TypeError("bad")', '0', 'false'])}));`],
      [1, () => `msg(() => assert.fail(${pick(['', `'${word()}'`, 'new TypeError("own")'])}));`],
      [1, () => `{ const e = new assert.AssertionError({ actual: ${smallValue()}, expected: ${smallValue()}, operator: 'strictEqual' }); console.log(e.name, e.code, e.generatedMessage, String(e).split('\\n')[0]); }`],
    ])());
  }
  return { sync: lines };
}

function deepEqualSnippet() {
  const lines = [`const { isDeepStrictEqual } = require('util');`, `const assert = require('assert');`,
    `const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };`];
  for (let i = 0, n = int(3, 6); i < n; i++) {
    const a = structured(), b = rand() < 0.4 ? a : structured();
    lines.push(`console.log(isDeepStrictEqual(${a}, ${b}), loose(${a}, ${b}));`);
  }
  if (rand() < 0.3) lines.push(`{ const a = { n: 1 }; a.self = a; const b = { n: 1 }; b.self = b; console.log('cycle', isDeepStrictEqual(a, b)); }`);
  if (rand() < 0.3) lines.push(`console.log(isDeepStrictEqual(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])), isDeepStrictEqual(new Set([[1], [2]]), new Set([[2], [1]])));`);
  if (rand() < 0.3) lines.push(`class P { constructor(x) { this.x = x; } } console.log(isDeepStrictEqual(new P(1), { x: 1 }), loose(new P(1), { x: 1 }));`);
  return { sync: lines };
}

function cryptoOsSnippet() {
  const lines = [`const crypto = require('${pick(['crypto', 'node:crypto'])}');`, `const os = require('os');`];
  for (let i = 0, n = int(2, 4); i < n; i++) {
    lines.push(pick([
      () => `console.log(crypto.createHash('${pick(['sha256', 'md5', 'sha1', 'sha512', 'sha384'])}').update('${word()}').update('${word()}').digest('${pick(['hex', 'base64', 'base64url'])}'));`,
      () => `console.log(crypto.createHmac('${pick(['sha256', 'sha1', 'md5'])}', '${word()}').update('${word()}').digest('hex'));`,
      () => `console.log(crypto.createHash('sha256').update(Buffer.from([${int(0, 255)}, ${int(0, 255)}])).digest().length);`,
      () => `try { crypto.createHash('${pick(['sha3', 'nope', 'SHA256'])}').update('x').digest('hex'); console.log('hashed'); } catch (e) { show('hash', e); }`,
      () => `{ const h = crypto.createHash('md5').update('a'); h.digest(); try { h.update('b'); } catch (e) { show('finalized', e); } }`,
      () => `{ const n = crypto.randomInt(${int(1, 5)}, ${int(6, 20)}); console.log(Number.isInteger(n), typeof n); }`,
      () => `try { crypto.randomInt(${pick(['5, 1', '1.5', "'x'", '2 ** 60'])}); } catch (e) { show('randomInt', e); }`,
      () => `console.log(crypto.randomBytes(${int(0, 16)}).length, crypto.randomUUID().split('-').map((p) => p.length));`,
      () => `console.log(crypto.timingSafeEqual(Buffer.from('${word()}'), Buffer.from('${word()}'.slice(0, 0) + '${word()}')) === false || true);`,
      () => `console.log(os.EOL === '\\n', os.platform() === process.platform, os.arch() === process.arch, os.constants.signals.SIGTERM, os.constants.errno.ENOENT);`,
      () => `console.log(typeof os.cpus().length, typeof os.totalmem(), typeof os.uptime(), typeof os.hostname(), Array.isArray(os.loadavg()));`,
      () => `console.log(crypto.hash ? crypto.hash('sha1', '${word()}') : 'no hash');`,
      () => `{ const a = new Uint8Array(${int(1, 8)}); console.log(crypto.getRandomValues(a) === a, globalThis.crypto === crypto.webcrypto); }`,
    ])());
  }
  return { sync: lines };
}

function miscModulesSnippet() {
  const lines = [];
  for (let i = 0, n = int(2, 4); i < n; i++) {
    lines.push(pick([
      () => `console.log(require('util/types') === require('util').types, require('assert/strict') === require('assert').strict);`,
      () => `console.log(require('node:events') === require('events'), require('events').EventEmitter === require('events'));`,
      () => `{ const util = require('util'); console.log(util.types.isArgumentsObject((function () { return arguments; })()), util.types.isMapIterator(new Map().keys()), util.types.isSetIterator(new Set().values())); }`,
      () => `{ const util = require('util'); console.log(util.isBoolean(${smallValue()}), util.isNumber(${smallValue()}), util.isString(${smallValue()}), util.isObject(${smallValue()}), util.isPrimitive(${smallValue()}), util.isNullOrUndefined(${smallValue()})); }`,
      () => `{ const util = require('util'); console.log(Object.keys(util.inspect.defaultOptions), util.getSystemErrorName(${pick(['-2', '-13', '-17'])})); }`,
      () => `{ const EventEmitter = require('events'); const e = new EventEmitter(); e.on('removeListener', (n) => console.log('removed', n)); e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {}); e.removeAllListeners(${pick(["'a'", ''])}); console.log(e.eventNames()); }`,
      () => `{ const EventEmitter = require('events'); const e = new EventEmitter(); e.setMaxListeners(${int(1, 2)}); for (let i = 0; i < 3; i++) e.on('x', () => {}); console.log(e.listenerCount('x'), EventEmitter.getEventListeners(e, 'x').length, e.getMaxListeners()); }`,
      () => `{ const EventEmitter = require('events'); console.log(typeof EventEmitter.errorMonitor, EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections, EventEmitter.defaultMaxListeners); }`,
      () => `process.on('warning', (w) => console.log('warning', w.name, w.message, w.code)); process.emitWarning('${word()}'${pick(['', ", 'CustomWarning'", ", 'CustomWarning', 'C1'", ", { type: 'T', code: 'X', detail: 'd' }"])}); console.log('after emitWarning');`,
      () => `{ const util = require('util'); const f = util.deprecate(() => '${word()}', 'old api', 'DEP_X'); process.on('warning', (w) => console.log('dep', w.name, w.code, w.message)); console.log(f(), f()); }`,
      () => `try { process.emitWarning(${pick(['5', 'null', '{}'])}); } catch (e) { show('emitWarning', e); }`,
      () => `console.log(typeof process.umask(), typeof process.getuid(), Object.keys(process.cpuUsage()), process.argv0, process.stdout.isTTY);`,
    ])());
  }
  return { sync: lines };
}

function querystringSnippet() {
  const lines = [`const qs = require('${pick(['querystring', 'node:querystring'])}');`];
  const piece = () => pick(['a=1', 'b=x+y', 'c', 'd=', '=e', 'tag=a', 'tag=b', 'q=caf%C3%A9', 'p=%E2%82', 'n=%zz', 'k%20x=v%2Bw', '', 'u=1=2']);
  const query = () => Array.from({ length: int(1, 5) }, piece).join(pick(['&', '&', ';']));
  for (let i = 0, n = int(2, 5); i < n; i++) {
    lines.push(weighted([
      [3, () => `console.log(qs.parse('${query()}'));`],
      [1, () => `console.log(qs.parse('${query()}', ${pick(["';'", 'null', "'&'"])}, ${pick(["'='", 'null', "':'"])}, { maxKeys: ${int(0, 3)} }));`],
      [3, () => `console.log(qs.stringify({ ${pick(['a: 1', "b: 'x y'", 'c: [1, 2]', 'd: null', 'e: true', "f: 'é&='", 'g: []', 'h: NaN', 'i: undefined', 'j: 1e21', "'k y': 'z'"])}, ${pick(['l: 0', "m: ['', 'x']", "n: '~*()'", 'o: {}'])} }${pick(['', ", ';'", ", ';', ':'"])}));`],
      [1, () => `console.log(qs.stringify({ a: 'x y', b: [1, 2] }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));`],
      [2, () => `console.log(qs.escape(${pick(["'a b&c/é'", "'😀'", '42', "['x y', 1]", "'-_.!~*()'"])}), qs.unescape('${pick(['%41+%zz', 'a%20b', '%E2%82%AC', '%e2%82', 'x%'])}'));`],
      [1, () => `try { qs.escape('\\uD83D'); } catch (e) { show('escape', e); }`],
      [1, () => `{ const o = qs.parse('${query()}'); console.log(qs.stringify(o), Object.getPrototypeOf(o) === null); }`],
    ])());
  }
  return { sync: lines };
}

function moduleShapeSnippet() {
  const lines = [];
  for (let i = 0, n = int(1, 3); i < n; i++) {
    lines.push(pick([
      () => `console.log(Object.keys(require('${pick(['os', 'events', 'querystring', 'assert', 'string_decoder'])}')));`,
      () => `{ const assert = require('assert'); console.log(assert.strict.${pick(['equal', 'deepEqual', 'notEqual', 'notDeepEqual', 'ok', 'fail', 'strictEqual', 'throws'])} === assert.${pick(['strictEqual', 'deepStrictEqual', 'notStrictEqual', 'equal', 'ok', 'fail', 'throws'])}); }`,
      () => `{ const os = require('os'); console.log(Object.keys(os).filter((k) => typeof os[k] === 'function').length, typeof os.totalmem(), typeof os.freemem()); }`,
      () => `try { require('crypto').timingSafeEqual(${pick(["'a'", 'Buffer.from("a")', '5', 'new Uint8Array(1)'])}, ${pick(["'a'", 'Buffer.from("a")', 'Buffer.from("ab")', 'null'])}); console.log('compared'); } catch (e) { show('timingSafeEqual', e); }`,
      () => `console.log(typeof Symbol.dispose, String(Symbol.dispose), Symbol.asyncDispose === Symbol.for('nodejs.asyncDispose'));`,
    ])());
  }
  return { sync: lines };
}

function eventsArgumentsSnippet() {
  const bad = () => pick(['5', 'null', "'x'", '{}', 'undefined']);
  return { async: pick([
    () => [`const events = require('events');`,
     `try { await events.once(${bad()}, 'x'); } catch (e) { show('once', e); }`,
     `try { events.on(new events.EventEmitter(), 'x', { signal: ${bad()} }); console.log('on ok'); } catch (e) { show('on', e); }`,
     `try { events.on(${bad()}, 'x'); } catch (e) { show('on emitter', e); }`],
    () => [`const { EventEmitter, on } = require('events');`, `const ee = new EventEmitter();`, `const ac = new AbortController();`,
     `setTimeout(() => { ee.emit('tick', 1); ee.emit('tick', 2); }, ${int(1, 3)});`,
     `setTimeout(() => ac.abort(${pick(['', `'${word()}'`])}), ${int(6, 9)});`,
     `try { for await (const [n] of on(ee, 'tick', { signal: ac.signal })) console.log('tick', n); } catch (e) { show('on aborted', e); }`,
     `console.log(ee.listenerCount('tick'), ee.listenerCount('error'));`],
    () => [`const { addAbortListener } = require('events');`, `const ac = new AbortController();`,
     `const d = addAbortListener(ac.signal, (e) => console.log('aborted', e.type, typeof ac.signal.reason === 'object' ? ac.signal.reason.name : ac.signal.reason));`,
     `${pick(['d[Symbol.dispose]();', '', ''])}`, `${pick(['ac.abort();', `ac.abort('${word()}');`])}`,
     `addAbortListener(ac.signal, () => console.log('late listener'));`, `await null; console.log('after');`,
     `try { addAbortListener(${bad()}, () => {}); } catch (e) { show('addAbortListener', e); }`],
  ])() };
}

function stringDecoderSnippet() {
  const text = pick(['€uro', 'héllo wörld', 'a😀b', 'plain ascii', 'ü'.repeat(3), '日本語テキスト']);
  const enc = pick(['utf8', 'utf8', 'utf-8', 'utf16le', 'base64', 'hex', 'latin1', undefined]);
  const step = int(1, 4);
  const lines = [`const { StringDecoder } = require('${pick(['string_decoder', 'node:string_decoder'])}');`,
    `const bytes = Buffer.from('${text}'${enc === 'utf16le' ? ", 'utf16le'" : ''});`,
    `const dec = new StringDecoder(${enc === undefined ? '' : `'${enc}'`});`,
    `const out = [];`,
    `for (let i = 0; i < bytes.length; i += ${step}) out.push(dec.write(bytes.subarray(i, i + ${step})));`,
    `console.log(dec.encoding, JSON.stringify(out), JSON.stringify(dec.end(${pick(['', 'Buffer.from([0xE2])', 'Buffer.from([0x41])'])})));`];
  if (rand() < 0.4) lines.push(`console.log(JSON.stringify(dec.write(Buffer.from([${pick(['0xE2, 0x82', '0xF0', '0xC3', '0x3D, 0xD8', '0x61'])}]))), JSON.stringify(dec.end()));`);
  if (rand() < 0.3) lines.push(`try { new StringDecoder('${pick(['bogus', 'utf-16', 'UTF8', 'Latin1'])}'); console.log('made'); } catch (e) { show('decoder', e); }`);
  if (rand() < 0.3) lines.push(`try { console.log(dec.write(${pick(["'text'", '42', 'null', 'new Uint8Array([104, 105])'])})); } catch (e) { show('write', e); }`);
  return { sync: lines };
}

const syncMakers = [[4, eventsSnippet], [3, utilSnippet], [3, assertSnippet], [1, pathSnippet],
                    [1, bufferSnippet], [2, processSnippet], [3, globalsSnippet], [3, assertMessageSnippet],
                    [3, deepEqualSnippet], [2, cryptoOsSnippet], [2, miscModulesSnippet],
                    [2, querystringSnippet], [1, moduleShapeSnippet], [2, stringDecoderSnippet]];
const asyncMakers = [[3, eventsAsyncSnippet], [2, utilAsyncSnippet], [1, assertAsyncSnippet],
                     [2, timersPromisesSnippet], [1, eventsArgumentsSnippet]];

const out = [`'use strict';`, report, `async function main() {`];
const parts = int(2, 4);
for (let i = 0; i < parts; i++) {
  const maker = rand() < 0.6 ? weighted(syncMakers) : weighted(asyncMakers);
  const s = maker();
  const body = s.sync ?? s.async;
  out.push(`  console.log('--- ${i}');`);
  out.push(`  {`);
  for (const line of body) out.push(`    ${line}`);
  out.push(`  }`);
}
out.push(`}`);
out.push(`main().then(() => console.log('main done'), (e) => show('main failed', e));`);
console.log(out.join('\n'));
