/* test-eventloop.c: the Node host's event loop — nextTick, microtasks,
 * timers, immediates, unhandled rejections, process — against outputs
 * recorded from Node 20 (`node scenario.js`).  Every case also runs traced
 * with the collector at every safepoint.
 *
 * Two cases are races in real Node and are not recorded: setTimeout 0
 * against setImmediate from the main script (we run the timeout first, as
 * Node usually does) and from an immediate (we run the immediate first, as
 * Node usually does: 17 times in 20 when measured). */
#include <glib.h>
#include <string.h>

#include "script-case.h"

/* Recorded with Node v20.20.2. */
static const Case cases[] = {
  { "start-timeout-promise-end",
    "console.log('start');\n"
    "setTimeout(() => console.log('timeout'), 0);\n"
    "Promise.resolve().then(() => console.log('promise'));\n"
    "console.log('end');\n",
    "start\n"
    "end\n"
    "promise\n"
    "timeout\n",
    0 },
  { "nexttick-before-promise",
    "Promise.resolve().then(() => console.log('promise'));\n"
    "process.nextTick(() => console.log('nextTick'));\n"
    "setImmediate(() => console.log('immediate'));\n"
    "setTimeout(() => console.log('timeout'), 0);\n"
    "console.log('sync');\n",
    "sync\n"
    "nextTick\n"
    "promise\n"
    "timeout\n"
    "immediate\n",
    0 },
  { "nexttick-inside-promise",
    "Promise.resolve().then(() => { console.log('p1'); process.nextTick(() => console.log('tick from p1')); }).then(() => console.log('p2'));\n"
    "Promise.resolve().then(() => console.log('q1')).then(() => console.log('q2'));\n",
    "p1\n"
    "q1\n"
    "p2\n"
    "q2\n"
    "tick from p1\n",
    0 },
  { "promise-inside-nexttick",
    "process.nextTick(() => { console.log('t1'); Promise.resolve().then(() => console.log('p from t1')); process.nextTick(() => console.log('t3')); });\n"
    "process.nextTick(() => console.log('t2'));\n",
    "t1\n"
    "t2\n"
    "t3\n"
    "p from t1\n",
    0 },
  { "nexttick-args",
    "process.nextTick((a, b) => console.log('args', a, b), 'x', 42);\n"
    "setTimeout((a, b, c) => console.log('timeout args', a, b, c), 1, 1, 2, 3);\n"
    "setImmediate((a) => console.log('immediate arg', a), 'imm');\n",
    "args x 42\n"
    "timeout args 1 2 3\n"
    "immediate arg imm\n",
    0 },
  { "immediate-vs-timeout-in-timer",
    "setTimeout(() => {\n"
    "  setTimeout(() => console.log('timeout'), 0);\n"
    "  setImmediate(() => console.log('immediate'));\n"
    "}, 0);\n",
    "immediate\n"
    "timeout\n",
    0 },
  { "immediate-vs-timeout-in-immediate",
    "setImmediate(() => {\n"
    "  setTimeout(() => console.log('timeout'), 0);\n"
    "  setImmediate(() => console.log('immediate'));\n"
    "});\n",
    "immediate\n"
    "timeout\n",
    0 },
  { "timer-order-by-due",
    "setTimeout(() => console.log('20'), 20);\n"
    "setTimeout(() => console.log('5'), 5);\n"
    "setTimeout(() => console.log('10'), 10);\n"
    "setTimeout(() => console.log('5 again'), 5);\n"
    "setTimeout(() => console.log('0'), 0);\n"
    "setTimeout(() => console.log('1'), 1);\n",
    "0\n"
    "1\n"
    "5\n"
    "5 again\n"
    "10\n"
    "20\n",
    0 },
  { "microtasks-between-timers",
    "setTimeout(() => { console.log('t1'); Promise.resolve().then(() => console.log('p1')); process.nextTick(() => console.log('n1')); }, 0);\n"
    "setTimeout(() => { console.log('t2'); Promise.resolve().then(() => console.log('p2')); }, 0);\n",
    "t1\n"
    "n1\n"
    "p1\n"
    "t2\n"
    "p2\n",
    0 },
  { "microtasks-between-immediates",
    "setImmediate(() => { console.log('i1'); Promise.resolve().then(() => console.log('p1')); });\n"
    "setImmediate(() => { console.log('i2'); process.nextTick(() => console.log('n2')); });\n",
    "i1\n"
    "p1\n"
    "i2\n"
    "n2\n",
    0 },
  { "timer-created-in-timer-not-same-pass",
    "setTimeout(() => {\n"
    "  console.log('a');\n"
    "  setTimeout(() => console.log('c (new, 0ms)'), 0);\n"
    "}, 0);\n"
    "setTimeout(() => console.log('b'), 0);\n"
    "setTimeout(() => console.log('d (50ms)'), 50);\n",
    "a\n"
    "b\n"
    "c (new, 0ms)\n"
    "d (50ms)\n",
    0 },
  { "interval-clears-itself",
    "let n = 0;\n"
    "const id = setInterval(() => {\n"
    "  n++;\n"
    "  console.log('tick', n);\n"
    "  if (n === 3) { clearInterval(id); console.log('cleared'); }\n"
    "}, 100);\n"
    "setTimeout(() => console.log('250ms'), 250);\n",
    "tick 1\n"
    "tick 2\n"
    "250ms\n"
    "tick 3\n"
    "cleared\n",
    0 },
  { "clear-timeout",
    "const a = setTimeout(() => console.log('never a'), 5);\n"
    "const b = setTimeout(() => console.log('b runs'), 5);\n"
    "clearTimeout(a);\n"
    "const c = setTimeout(() => console.log('never c'), 1);\n"
    "clearTimeout(+c);\n"
    "const d = setTimeout(() => console.log('never d'), 1);\n"
    "clearTimeout(d[Symbol.toPrimitive]() + 1000);\n"
    "clearTimeout(d);\n"
    "const i = setImmediate(() => console.log('never immediate'));\n"
    "clearImmediate(i);\n"
    "setTimeout(() => { clearTimeout(e); console.log('cleared e from a timer'); }, 2);\n"
    "const e = setTimeout(() => console.log('never e'), 3);\n",
    "cleared e from a timer\n"
    "b runs\n",
    0 },
  { "clear-later-timer-from-earlier",
    "const t2 = setTimeout(() => console.log('t2 never'), 0);\n"
    "setTimeout(() => { console.log('t1'); clearTimeout(t2); }, 0);\n",
    "t2 never\n"
    "t1\n",
    0 },
  { "set-timeout-this-and-return",
    "const t = setTimeout(function () { console.log('this is timeout:', this === t); }, 0);\n"
    "console.log(typeof t, typeof t.ref, typeof t.unref, t.hasRef());\n"
    "const im = setImmediate(() => {});\n"
    "console.log(typeof im, im.hasRef());\n",
    "object function function true\n"
    "object true\n"
    "this is timeout: true\n",
    0 },
  { "unref-timer",
    "setTimeout(() => console.log('unrefed never runs'), 100).unref();\n"
    "setTimeout(() => console.log('refed runs'), 5);\n",
    "refed runs\n",
    0 },
  { "refresh-timer",
    "const start = Date.now();\n"
    "const t = setTimeout(() => console.log('fired after refresh'), 100);\n"
    "setTimeout(() => { t.refresh(); console.log('refreshed'); }, 50);\n"
    "setTimeout(() => console.log('120ms'), 120);\n"
    "setTimeout(() => console.log('200ms'), 200);\n",
    "refreshed\n"
    "120ms\n"
    "fired after refresh\n"
    "200ms\n",
    0 },
  { "unhandled-rejection-exit",
    "console.log('before');\n"
    "Promise.reject(new Error('nobody handles me'));\n"
    "setTimeout(() => console.log('never printed'), 0);\n"
    "process.nextTick(() => console.log('tick still runs'));\n"
    "Promise.resolve().then(() => console.log('microtask still runs'));\n",
    "before\n"
    "tick still runs\n"
    "microtask still runs\n",
    1 },
  { "rejection-handled-later-microtask",
    "const p = Promise.reject(new Error('late'));\n"
    "Promise.resolve().then(() => { p.catch(e => console.log('handled in time:', e.message)); });\n"
    "setTimeout(() => console.log('timeout runs'), 0);\n",
    "handled in time: late\n"
    "timeout runs\n",
    0 },
  { "rejection-handled-in-timeout-exits",
    "const p = Promise.reject(new Error('too late'));\n"
    "setTimeout(() => { p.catch(() => console.log('never')); console.log('never either'); }, 0);\n"
    "console.log('end of script');\n",
    "end of script\n",
    1 },
  { "unhandled-rejection-listener",
    "process.on('unhandledRejection', (reason, promise) => console.log('listener:', reason.message, promise instanceof Promise));\n"
    "Promise.reject(new Error('r1'));\n"
    "setTimeout(() => console.log('continues'), 0);\n",
    "listener: r1 true\n"
    "continues\n",
    0 },
  { "uncaught-in-timer",
    "setTimeout(() => { console.log('t1'); throw new Error('boom'); }, 0);\n"
    "setTimeout(() => console.log('t2 never'), 0);\n"
    "setTimeout(() => setImmediate(() => console.log('immediate never')), 0);\n",
    "t1\n",
    1 },
  { "uncaught-exception-listener",
    "process.on('uncaughtException', (e, origin) => console.log('caught:', e.message, origin));\n"
    "setTimeout(() => { console.log('t1'); throw new Error('boom'); }, 0);\n"
    "setTimeout(() => console.log('t2 runs'), 0);\n",
    "t1\n"
    "caught: boom uncaughtException\n"
    "t2 runs\n",
    0 },
  { "uncaught-in-main",
    "console.log('before');\n"
    "setTimeout(() => console.log('never'), 0);\n"
    "null.x;\n",
    "before\n",
    1 },
  { "process-exit-in-timer",
    "process.on('exit', code => console.log('exit event', code));\n"
    "setTimeout(() => { console.log('exiting'); process.exit(3); console.log('never'); }, 0);\n"
    "setTimeout(() => console.log('never 2'), 0);\n"
    "Promise.resolve().then(() => console.log('micro'));\n",
    "micro\n"
    "exiting\n"
    "exit event 3\n",
    3 },
  { "exit-code-and-events",
    "process.on('beforeExit', code => console.log('beforeExit', code));\n"
    "process.on('exit', code => console.log('exit', code));\n"
    "process.exitCode = 2;\n"
    "setTimeout(() => console.log('timer'), 1);\n",
    "timer\n"
    "beforeExit 2\n"
    "exit 2\n",
    2 },
  { "exit-code-set-by-exit-listener-after-fatal",
    "process.on('exit', (code) => { console.log('exit', code, process.exitCode); process.exitCode = 6; });\n"
    "setTimeout(() => { throw new Error('boom'); }, 0);\n",
    "exit 1 1\n",
    6 },
  { "exit-listener-throws-keeps-exit-code",
    "process.exitCode = 4;\n"
    "process.on('exit', (code) => { console.log('exit', code); throw new Error('in exit'); });\n"
    "process.on('exit', () => console.log('never'));\n",
    "exit 4\n",
    4 },
  { "clear-immediate-of-a-primitive-throws",
    "for (const v of [42, 'id', 10n, 0, null]) {\n"
    "  try { clearImmediate(v); console.log('ignored', String(v)); }\n"
    "  catch (e) { console.log(e.message); }\n"
    "}\n",
    "Cannot create property '_destroyed' on number '42'\n"
    "Cannot create property '_destroyed' on string 'id'\n"
    "Cannot create property '_destroyed' on bigint '10'\n"
    "ignored 0\n"
    "ignored null\n",
    0 },
  { "before-exit-schedules",
    "let rounds = 0;\n"
    "process.on('beforeExit', () => { if (rounds++ < 2) setTimeout(() => console.log('round', rounds), 1); });\n"
    "process.on('exit', () => console.log('exit after', rounds));\n",
    "round 1\n"
    "round 2\n"
    "exit after 3\n",
    0 },
  { "busy-wait-delays-timers",
    "const start = Date.now();\n"
    "setTimeout(() => console.log('10ms timer, late by at least', Date.now() - start >= 50), 10);\n"
    "setTimeout(() => console.log('0ms timer'), 0);\n"
    "while (Date.now() - start < 50) {}\n"
    "console.log('busy wait done', Date.now() - start >= 50);\n"
    "setTimeout(() => console.log('set after busy wait'), 20);\n",
    "busy wait done true\n"
    "0ms timer\n"
    "10ms timer, late by at least true\n"
    "set after busy wait\n",
    0 },
  { "queue-microtask-order",
    "queueMicrotask(() => console.log('qm1'));\n"
    "Promise.resolve().then(() => console.log('p1'));\n"
    "queueMicrotask(() => { console.log('qm2'); queueMicrotask(() => console.log('qm3')); });\n"
    "process.nextTick(() => console.log('tick'));\n",
    "tick\n"
    "qm1\n"
    "p1\n"
    "qm2\n"
    "qm3\n",
    0 },
  { "queue-microtask-errors",
    "for (const v of [undefined, 1, 'abc', {}, null]) {\n"
    "  try { queueMicrotask(v); } catch (e) { console.log(e.name, e.code, e.message); }\n"
    "}\n"
    "try { setTimeout('code'); } catch (e) { console.log(e.message); }\n"
    "try { process.nextTick(); } catch (e) { console.log(e.message); }\n",
    "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined\n"
    "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (1)\n"
    "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type string ('abc')\n"
    "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received an instance of Object\n"
    "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received null\n"
    "The \"callback\" argument must be of type function. Received type string ('code')\n"
    "The \"callback\" argument must be of type function. Received undefined\n",
    0 },
  { "queue-microtask-throws",
    "queueMicrotask(() => { throw new Error('in microtask'); });\n"
    "queueMicrotask(() => console.log('never'));\n"
    "setTimeout(() => console.log('never timeout'), 0);\n",
    "",
    1 },
  { "event-emitter",
    "const EventEmitter = require('events');\n"
    "const e = new EventEmitter();\n"
    "e.on('greet', name => console.log('hello', name));\n"
    "e.once('greet', name => console.log('once', name));\n"
    "console.log(e.emit('greet', 'a'), e.emit('greet', 'b'), e.emit('nothing'), e.listenerCount('greet'));\n"
    "class Sub extends EventEmitter {}\n"
    "const s = new Sub();\n"
    "s.on('x', function () { console.log('this ok', this === s); });\n"
    "s.emit('x');\n"
    "try { e.emit('error', new Error('unhandled error event')); } catch (err) { console.log('threw', err.message); }\n",
    "hello a\n"
    "once a\n"
    "hello b\n"
    "true true false 1\n"
    "this ok true\n"
    "threw unhandled error event\n",
    0 },
  { "promisify-set-timeout",
    "const util = require('util');\n"
    "const sleep = util.promisify(setTimeout);\n"
    "sleep(5, 'woke').then(v => console.log(v));\n"
    "const { setTimeout: wait } = require('timers/promises');\n"
    "wait(2, 'waited').then(v => console.log(v));\n"
    "function cb(x, done) { setImmediate(() => done(null, x * 2)); }\n"
    "util.promisify(cb)(21).then(v => console.log('promisified', v));\n",
    "promisified 42\n"
    "waited\n"
    "woke\n",
    0 },
  { "async-sleep-loop",
    "const sleep = ms => new Promise(r => setTimeout(r, ms));\n"
    "(async () => {\n"
    "  for (let i = 0; i < 3; i++) { await sleep(10); console.log('slept', i); }\n"
    "  console.log('done');\n"
    "})();\n"
    "setTimeout(() => console.log('15ms'), 15);\n",
    "slept 0\n"
    "15ms\n"
    "slept 1\n"
    "slept 2\n"
    "done\n",
    0 },
  { "immediates-added-during-check-wait",
    "setImmediate(() => { console.log('i1'); setImmediate(() => console.log('i3 (next loop)')); });\n"
    "setImmediate(() => console.log('i2'));\n"
    "setTimeout(() => console.log('timeout 20'), 20);\n",
    "i1\n"
    "i2\n"
    "i3 (next loop)\n"
    "timeout 20\n",
    0 },
  { "interval-vs-timeout",
    "let count = 0;\n"
    "const iv = setInterval(() => { console.log('interval', ++count); if (count === 4) clearInterval(iv); }, 100);\n"
    "setTimeout(() => console.log('timeout 250'), 250);\n"
    "setTimeout(() => console.log('timeout 350'), 350);\n",
    "interval 1\n"
    "interval 2\n"
    "timeout 250\n"
    "interval 3\n"
    "timeout 350\n"
    "interval 4\n",
    0 },
  { "nexttick-recursion-before-timers",
    "let n = 0;\n"
    "function again() { if (++n < 5) process.nextTick(again); else console.log('ticks done', n); }\n"
    "process.nextTick(again);\n"
    "setTimeout(() => console.log('timeout after ticks'), 0);\n"
    "Promise.resolve().then(() => console.log('promise after ticks'));\n",
    "ticks done 5\n"
    "promise after ticks\n"
    "timeout after ticks\n",
    0 },
  { "timeout-delay-coercion",
    "setTimeout(() => console.log('negative'), -5);\n"
    "setTimeout(() => console.log('NaN'), NaN);\n"
    "setTimeout(() => console.log('string 30'), '30');\n"
    "setTimeout(() => console.log('huge'), 2 ** 40);\n"
    "setTimeout(() => console.log('twenty'), 20);\n",
    "negative\n"
    "NaN\n"
    "huge\n"
    "twenty\n"
    "string 30\n",
    0 },
  { "timeout-then-immediate-main",
    "setTimeout(() => console.log('timeout'), 0);\n"
    "setImmediate(() => console.log('immediate'));\n",
    "timeout\n"
    "immediate\n",
    0 },
  { "abort-controller",
    "function wait(ms, signal) {\n"
    "  return new Promise((resolve, reject) => {\n"
    "    if (signal.aborted) return reject(new Error('aborted before start'));\n"
    "    const id = setTimeout(() => resolve('waited ' + ms), ms);\n"
    "    signal.addEventListener('abort', () => { clearTimeout(id); reject(new Error('aborted: ' + signal.reason)); });\n"
    "  });\n"
    "}\n"
    "const controller = new AbortController();\n"
    "wait(100, controller.signal).then(v => console.log(v)).catch(e => console.log('long wait:', e.message));\n"
    "wait(10, controller.signal).then(v => console.log('short wait:', v));\n"
    "setTimeout(() => controller.abort('enough'), 30);\n"
    "setTimeout(() => wait(1, controller.signal).catch(e => console.log(e.message)), 60);\n",
    "short wait: waited 10\n"
    "long wait: aborted: enough\n"
    "aborted before start\n",
    0 },
  { "abort-signal-api",
    "const ac = new AbortController();\n"
    "const s = ac.signal;\n"
    "console.log(s.aborted, s.reason, Object.prototype.toString.call(s), s instanceof EventTarget);\n"
    "s.onabort = e => console.log('onabort', e.type, e.target === s);\n"
    "s.addEventListener('abort', e => console.log('listener', e.type), { once: true });\n"
    "ac.abort();\n"
    "console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException);\n"
    "ac.abort('again');\n"
    "console.log(s.reason.name, AbortSignal.abort('why').reason);\n"
    "try { AbortSignal.abort('thrown').throwIfAborted(); } catch (e) { console.log('caught', e); }\n"
    "console.log(ac, s);\n"
    "const t = AbortSignal.timeout(10);\n"
    "t.addEventListener('abort', () => console.log('never: the timeout is unref\\'d'));\n"
    "const et = new EventTarget();\n"
    "et.addEventListener('ping', { handleEvent(e) { console.log('handleEvent', e.type, e instanceof Event); } });\n"
    "et.dispatchEvent(new Event('ping'));\n",
    "false undefined [object AbortSignal] true\n"
    "onabort abort true\n"
    "listener abort\n"
    "true AbortError This operation was aborted 20 true\n"
    "AbortError why\n"
    "caught thrown\n"
    "AbortController { signal: AbortSignal { aborted: true } } AbortSignal { aborted: true }\n"
    "handleEvent ping true\n",
    0 },
  { "abort-listener-throws",
    "process.on('uncaughtException', e => console.log('uncaught:', e.message));\n"
    "const ac = new AbortController();\n"
    "ac.signal.addEventListener('abort', () => { throw new Error('listener threw'); });\n"
    "ac.signal.addEventListener('abort', () => console.log('second listener runs'));\n"
    "ac.abort();\n"
    "console.log('after abort');\n"
    "Promise.resolve().then(() => console.log('microtask'));\n",
    "second listener runs\n"
    "after abort\n"
    "uncaught: listener threw\n"
    "microtask\n",
    0 },
  { "rejection-handled-event",
    "process.on('unhandledRejection', (r, p) => { console.log('unhandled', r); setTimeout(() => p.catch(() => console.log('caught late')), 10); });\n"
    "process.on('rejectionHandled', () => console.log('rejectionHandled'));\n"
    "Promise.reject('late');\n",
    "unhandled late\n"
    "caught late\n"
    "rejectionHandled\n",
    0 },
  { "uncaught-listener-resumes-ticks",
    "process.on('uncaughtException', e => console.log('UE', e.message));\n"
    "process.nextTick(() => { throw new Error('tick'); });\n"
    "process.nextTick(() => console.log('tick2'));\n"
    "Promise.resolve().then(() => console.log('micro'));\n"
    "setTimeout(() => console.log('timeout'), 300);\n",
    "UE tick\n"
    "tick2\n"
    "micro\n"
    "timeout\n",
    0 },
  { "exit-listener-microtask",
    "process.on('exit', () => {\n"
    "  console.log('exit handler');\n"
    "  setTimeout(() => console.log('never'), 0);\n"
    "  Promise.resolve().then(() => console.log('microtask still runs'));\n"
    "  process.nextTick(() => console.log('tick never runs'));\n"
    "});\n"
    "console.log('main');\n",
    "main\n"
    "exit handler\n"
    "microtask still runs\n",
    0 },
  { "uncaught-tick-then-immediate",
    "process.on('uncaughtException', e => console.log('UE', e.message));\n"
    "setImmediate(() => console.log('I1'));\n"
    "setImmediate(() => console.log('I2'));\n"
    "process.nextTick(() => { throw new Error('tick'); });\n"
    "process.nextTick(() => console.log('tick2'));\n"
    "Promise.resolve().then(() => console.log('micro'));\n",
    "UE tick\n"
    "tick2\n"
    "micro\n"
    "I1\n"
    "I2\n",
    0 },
  { "uncaught-tick-then-timer",
    "process.on('uncaughtException', e => console.log('UE', e.message));\n"
    "setTimeout(() => console.log('T'), 0);\n"
    "process.nextTick(() => { throw new Error('tick'); });\n"
    "process.nextTick(() => console.log('tick2'));\n",
    "UE tick\n"
    "T\n"
    "tick2\n",
    0 },
  { "uncaught-in-microtask-tick-chain",
    "process.on('uncaughtException', e => console.log('UE', e.message));\n"
    "Promise.resolve().then(() => {\n"
    "  process.nextTick(() => { console.log('t1'); throw new Error('from tick'); });\n"
    "  process.nextTick(() => console.log('t2'));\n"
    "  Promise.resolve().then(() => console.log('m2'));\n"
    "});\n"
    "setImmediate(() => console.log('immediate'));\n"
    "setTimeout(() => console.log('timeout 50'), 50);\n",
    "m2\n"
    "t1\n"
    "UE from tick\n"
    "t2\n"
    "immediate\n"
    "timeout 50\n",
    0 },
  { "events-on-async-iterator",
    "const { EventEmitter, on } = require('events');\n"
    "const em = new EventEmitter();\n"
    "(async () => {\n"
    "  setTimeout(() => { em.emit('data', 'a', 1); em.emit('data', 'b', 2); em.emit('data', 'end', 3); }, 20);\n"
    "  for await (const [name, n] of on(em, 'data')) {\n"
    "    console.log('event', name, n);\n"
    "    if (name === 'end') break;\n"
    "  }\n"
    "  console.log('listeners left', em.listenerCount('data'), em.listenerCount('error'));\n"
    "})();\n",
    "event a 1\n"
    "event b 2\n"
    "event end 3\n"
    "listeners left 0 0\n",
    0 },
  { "timers-promises-interval-iterator",
    "const { setInterval: every } = require('timers/promises');\n"
    "(async () => {\n"
    "  let n = 0;\n"
    "  for await (const v of every(20, 'tick')) {\n"
    "    console.log(v, ++n);\n"
    "    if (n === 3) break;\n"
    "  }\n"
    "  console.log('stopped after', n);\n"
    "})();\n"
    "console.log('main');\n",
    "main\n"
    "tick 1\n"
    "tick 2\n"
    "tick 3\n"
    "stopped after 3\n",
    0 },
  { "exit-in-exit-listener-after-throw",
    "process.on('exit', code => { console.log('exit listener sees', code); process.exit(5); });\n"
    "console.log('about to throw');\n"
    "throw new Error('boom');\n",
    "about to throw\n"
    "exit listener sees 1\n",
    5 },
  { "uncaught-exception-listener-throws",
    "process.on('exit', c => console.log('exit listener never runs', c));\n"
    "process.on('uncaughtException', e => { console.log('listener got', e); throw 2; });\n"
    "setTimeout(() => { throw 1; }, 0);\n",
    "listener got 1\n",
    7 },
  { "timers-promises-abort-signal",
    "const { setTimeout: sleep } = require('timers/promises');\n"
    "const ac = new AbortController();\n"
    "ac.signal.addEventListener('abort', () => console.log('listener before'));\n"
    "sleep(50, 'v', { signal: ac.signal }).catch(e =>\n"
    "  console.log(e.name, e.code, e.message, e.constructor.name, e.cause === ac.signal.reason));\n"
    "ac.signal.addEventListener('abort', () => console.log('listener after'));\n"
    "setTimeout(() => ac.abort(), 1);\n"
    "sleep(1, 'x', { signal: AbortSignal.abort() }).catch(e => console.log('pre-aborted', e.name));\n"
    "sleep(1000, 'unref', { ref: false }).then(v => console.log('never', v));\n",
    "pre-aborted AbortError\n"
    "listener before\n"
    "listener after\n"
    "AbortError ABORT_ERR The operation was aborted AbortError true\n",
    0 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/eventloop", cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
