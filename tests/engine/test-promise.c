/* test-promise.c: promise orderings, tick for tick, against outputs recorded
 * from Node 20 (`node scenario.js`).  Every case also runs traced with the
 * collector at every safepoint. */
#include <glib.h>
#include <string.h>

#include "script-case.h"

/* Recorded with Node v20.20.2. */
static const Case cases[] = {
  { "then-order",
    "console.log('sync 1');\n"
    "Promise.resolve().then(() => console.log('micro 1'));\n"
    "console.log('sync 2');\n",
    "sync 1\n"
    "sync 2\n"
    "micro 1\n",
    0 },
  { "two-chains-interleave",
    "const p = Promise.resolve();\n"
    "p.then(() => console.log('a1')).then(() => console.log('a2')).then(() => console.log('a3'));\n"
    "p.then(() => console.log('b1')).then(() => console.log('b2')).then(() => console.log('b3'));\n",
    "a1\n"
    "b1\n"
    "a2\n"
    "b2\n"
    "a3\n"
    "b3\n",
    0 },
  { "resolve-with-promise-extra-ticks",
    "new Promise(r => r(Promise.resolve('inner'))).then(v => console.log('resolved with promise', v));\n"
    "Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));\n",
    "t1\n"
    "t2\n"
    "resolved with promise inner\n"
    "t3\n"
    "t4\n",
    0 },
  { "resolve-with-thenable",
    "const thenable = { then(res) { console.log('then called'); res('thenable value'); } };\n"
    "Promise.resolve(thenable).then(v => console.log('got', v));\n"
    "Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));\n"
    "console.log('sync end');\n",
    "sync end\n"
    "then called\n"
    "t1\n"
    "got thenable value\n"
    "t2\n"
    "t3\n",
    0 },
  { "thenable-throws",
    "const bad = { then() { throw new Error('then exploded'); } };\n"
    "Promise.resolve(bad).catch(e => console.log('caught', e.message));\n"
    "const late = { then(res) { res(1); throw new Error('ignored'); } };\n"
    "Promise.resolve(late).then(v => console.log('late ok', v), e => console.log('late bad', e.message));\n",
    "caught then exploded\n"
    "late ok 1\n",
    0 },
  { "thenable-getter-throws",
    "const obj = { get then() { throw new TypeError('no then for you'); } };\n"
    "new Promise(r => r(obj)).catch(e => console.log(e.name, e.message));\n",
    "TypeError no then for you\n",
    0 },
  { "resolve-twice-ignored",
    "new Promise((res, rej) => { res(1); res(2); rej(new Error('x')); }).then(v => console.log('value', v));\n"
    "new Promise((res, rej) => { rej('first'); res('second'); }).catch(v => console.log('reason', v));\n",
    "value 1\n"
    "reason first\n",
    0 },
  { "executor-throws",
    "new Promise(() => { throw new Error('boom'); }).catch(e => console.log('caught', e.message));\n"
    "new Promise(res => { res('ok'); throw new Error('after resolve'); }).then(v => console.log('still', v));\n"
    "console.log('executor runs synchronously');\n",
    "executor runs synchronously\n"
    "caught boom\n"
    "still ok\n",
    0 },
  { "async-await-one-tick",
    "async function f() { console.log('f start'); await undefined; console.log('f after await'); }\n"
    "f();\n"
    "Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));\n"
    "console.log('sync');\n",
    "f start\n"
    "sync\n"
    "f after await\n"
    "then 1\n"
    "then 2\n",
    0 },
  { "await-promise-one-tick",
    "async function f() { await Promise.resolve(); console.log('after await promise'); }\n"
    "f();\n"
    "Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));\n",
    "after await promise\n"
    "p1\n"
    "p2\n"
    "p3\n",
    0 },
  { "await-thenable-extra-ticks",
    "async function f() { const v = await { then(r) { r('thenable'); } }; console.log('await got', v); }\n"
    "f();\n"
    "Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));\n",
    "p1\n"
    "await got thenable\n"
    "p2\n"
    "p3\n",
    0 },
  { "async-return-promise-three-ticks",
    "async function f() { return Promise.resolve('x'); }\n"
    "f().then(v => console.log('f resolved', v));\n"
    "Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));\n",
    "p1\n"
    "p2\n"
    "f resolved x\n"
    "p3\n"
    "p4\n",
    0 },
  { "async-return-value",
    "async function g() { return 'y'; }\n"
    "g().then(v => console.log('g resolved', v));\n"
    "Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2'));\n",
    "g resolved y\n"
    "p1\n"
    "p2\n",
    0 },
  { "async-throw-caught",
    "async function boom() { await null; throw new Error('async fail'); }\n"
    "boom().catch(e => console.log('caught', e.message));\n"
    "(async () => { try { await Promise.reject(new Error('inner')); } catch (e) { console.log('try/catch', e.message); } })();\n",
    "try/catch inner\n"
    "caught async fail\n",
    0 },
  { "finally-ordering",
    "Promise.resolve(1).finally(() => console.log('finally')).then(v => console.log('value kept', v));\n"
    "Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));\n",
    "finally\n"
    "t1\n"
    "t2\n"
    "t3\n"
    "value kept 1\n"
    "t4\n",
    0 },
  { "finally-reject-passthrough",
    "Promise.reject(new Error('r')).finally(() => console.log('finally runs')).catch(e => console.log('still rejected', e.message));\n"
    "Promise.resolve(2).finally(() => { throw new Error('override'); }).catch(e => console.log('overridden', e.message));\n"
    "Promise.resolve(3).finally(() => 99).then(v => console.log('return ignored', v));\n",
    "finally runs\n"
    "overridden override\n"
    "still rejected r\n"
    "return ignored 3\n",
    0 },
  { "finally-non-callable",
    "Promise.resolve('v').finally(undefined).then(v => console.log('passes', v));\n"
    "Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2'));\n",
    "t1\n"
    "passes v\n"
    "t2\n",
    0 },
  { "all-basic",
    "Promise.all([1, Promise.resolve(2), new Promise(r => setTimeout(() => r(3), 10))]).then(v => console.log('all', v));\n"
    "Promise.all([Promise.resolve(1), Promise.reject(new Error('no')), 3]).catch(e => console.log('all rejected', e.message));\n",
    "all rejected no\n"
    "all [ 1, 2, 3 ]\n",
    0 },
  { "all-empty",
    "Promise.all([]).then(v => console.log('all empty', v));\n"
    "Promise.allSettled([]).then(v => console.log('allSettled empty', v));\n"
    "Promise.race([]).then(() => console.log('never'));\n"
    "Promise.any([]).catch(e => console.log(e.constructor.name, e.message, e.errors));\n"
    "console.log('sync');\n",
    "sync\n"
    "all empty []\n"
    "allSettled empty []\n"
    "AggregateError All promises were rejected []\n",
    0 },
  { "all-settled",
    "Promise.allSettled([Promise.resolve(1), Promise.reject('bad'), 3]).then(r => console.log(JSON.stringify(r)));\n",
    "[{\"status\":\"fulfilled\",\"value\":1},{\"status\":\"rejected\",\"reason\":\"bad\"},{\"status\":\"fulfilled\",\"value\":3}]\n",
    0 },
  { "any-race",
    "Promise.any([Promise.reject(1), Promise.resolve(2), Promise.resolve(3)]).then(v => console.log('any', v));\n"
    "Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log('any failed', e.message, e.errors));\n"
    "Promise.race([new Promise(r => setTimeout(r, 50, 'slow')), new Promise(r => setTimeout(r, 1, 'fast'))]).then(v => console.log('race', v));\n",
    "any 2\n"
    "any failed All promises were rejected [ 1, 2 ]\n"
    "race fast\n",
    0 },
  { "all-ticks",
    "Promise.all([Promise.resolve(1)]).then(() => console.log('all done'));\n"
    "Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));\n",
    "t1\n"
    "all done\n"
    "t2\n"
    "t3\n",
    0 },
  { "chaining-cycle",
    "const p = Promise.resolve().then(() => p);\n"
    "p.catch(e => console.log(e.name + ': ' + e.message));\n",
    "TypeError: Chaining cycle detected for promise #<Promise>\n",
    0 },
  { "constructor-errors",
    "try { new Promise(); } catch (e) { console.log(e.message); }\n"
    "try { new Promise(42); } catch (e) { console.log(e.message); }\n"
    "try { Promise(() => {}); } catch (e) { console.log(e.message); }\n"
    "try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.message); }\n"
    "console.log(Object.prototype.toString.call(Promise.resolve()), Promise.name, Promise.length);\n",
    "Promise resolver undefined is not a function\n"
    "Promise resolver 42 is not a function\n"
    "Promise constructor cannot be invoked without 'new'\n"
    "Method Promise.prototype.then called on incompatible receiver #<Object>\n"
    "[object Promise] Promise 1\n",
    0 },
  { "resolve-identity",
    "const p = Promise.resolve(1);\n"
    "console.log(Promise.resolve(p) === p, Promise.reject(p) === p);\n"
    "Promise.reject(p).catch(v => console.log(v === p));\n",
    "true false\n"
    "true\n",
    1 },
  { "subclass-species",
    "class MyPromise extends Promise {}\n"
    "const mp = MyPromise.resolve(1);\n"
    "const derived = mp.then(v => v + 1);\n"
    "console.log(mp instanceof MyPromise, derived instanceof MyPromise);\n"
    "derived.then(v => console.log('derived value', v));\n"
    "console.log(Promise[Symbol.species] === Promise);\n",
    "true true\n"
    "true\n"
    "derived value 2\n",
    0 },
  { "catch-then-continue",
    "Promise.reject(new Error('e1')).catch(e => { console.log('caught', e.message); return 'recovered'; }).then(v => console.log('then', v));\n"
    "Promise.resolve(1).then(v => { throw new Error('from then ' + v); }).then(() => console.log('skipped')).catch(e => console.log('caught', e.message));\n",
    "caught e1\n"
    "then recovered\n"
    "caught from then 1\n",
    0 },
  { "await-in-loop-vs-chain",
    "async function loop() { for (let i = 0; i < 3; i++) { await null; console.log('loop', i); } }\n"
    "loop();\n"
    "Promise.resolve().then(() => console.log('c1')).then(() => console.log('c2')).then(() => console.log('c3'));\n",
    "loop 0\n"
    "c1\n"
    "loop 1\n"
    "c2\n"
    "loop 2\n"
    "c3\n",
    0 },
  { "nested-then-return-promise",
    "Promise.resolve().then(() => { console.log('outer'); return Promise.resolve('inner').then(v => { console.log('inner then'); return v; }); }).then(v => console.log('final', v));\n"
    "Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3')).then(() => console.log('x4')).then(() => console.log('x5'));\n",
    "outer\n"
    "x1\n"
    "inner then\n"
    "x2\n"
    "x3\n"
    "final inner\n"
    "x4\n"
    "x5\n",
    0 },
  { "async-sequence-classic",
    "async function async1() { console.log('async1 start'); await async2(); console.log('async1 end'); }\n"
    "async function async2() { console.log('async2'); }\n"
    "console.log('script start');\n"
    "setTimeout(() => console.log('setTimeout'), 0);\n"
    "async1();\n"
    "new Promise(resolve => { console.log('promise1'); resolve(); }).then(() => console.log('promise2'));\n"
    "console.log('script end');\n",
    "script start\n"
    "async1 start\n"
    "async2\n"
    "promise1\n"
    "script end\n"
    "async1 end\n"
    "promise2\n"
    "setTimeout\n",
    0 },
  { "promise-state-inspect",
    "const pending = new Promise(() => {});\n"
    "const done = Promise.resolve({ a: 1 });\n"
    "const failed = Promise.reject(new Error('x')); failed.catch(() => {});\n"
    "console.log(pending, done);\n",
    "Promise { <pending> } Promise { { a: 1 } }\n",
    0 },
  { "then-non-function-args",
    "Promise.resolve(5).then(null).then(undefined, 3).then(v => console.log('passed through', v));\n"
    "Promise.reject(6).then(v => console.log('no')).then(null, r => console.log('rejection passed', r));\n",
    "rejection passed 6\n"
    "passed through 5\n",
    0 },
  { "reject-with-promise",
    "const inner = Promise.resolve('x');\n"
    "Promise.reject(inner).catch(r => console.log('reason is the promise:', r === inner));\n",
    "reason is the promise: true\n",
    0 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/promise", cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
