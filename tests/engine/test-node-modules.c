/* test-node-modules.c: the Node modules scripts require most — assert
 * (its AssertionError, messages and deep equality), events' statics and
 * options, util's extras, crypto, os and process.env — against recordings
 * from Node v20.20.2.  Every case also runs traced with the collector at
 * every safepoint. */
#include <glib.h>

#include "script-case.h"

static const Case cases[] = {
  { "assert-errors",
    "const assert = require('assert');\n"
    "const check = (f) => { try { f(); console.log('passed'); } catch (e) { console.log(e instanceof assert.AssertionError, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message)); } };\n"
    "check(() => assert.strictEqual(1, 2));\n"
    "check(() => assert.strictEqual(1, 2, 'custom'));\n"
    "check(() => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }));\n"
    "check(() => assert.notDeepStrictEqual([1], [1]));\n"
    "check(() => assert.deepEqual(new Set([1]), new Set(['1'])));\n"
    "check(() => assert.equal(null, 0));\n"
    "check(() => assert.throws(() => { throw new TypeError('x'); }, RangeError));\n"
    "check(() => assert.throws(() => { throw new TypeError('x'); }, { message: 'y' }));\n"
    "check(() => assert.doesNotThrow(() => { throw new Error('x'); }));\n"
    "check(() => assert.match('abc', /z/));\n"
    "check(() => assert.ifError(new Error('e')));\n"
    "check(() => assert.fail());\n"
    "console.log(String(new assert.AssertionError({ message: 'm' })));\n",
    "true ERR_ASSERTION strictEqual true \"Expected values to be strictly equal:\\n\\n1 !== 2\\n\"\n"
    "true ERR_ASSERTION strictEqual false \"custom\\n\\n1 !== 2\\n\"\n"
    "true ERR_ASSERTION deepStrictEqual true \"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n    a: [\\n      1,\\n+     2\\n-     3\\n    ]\\n  }\"\n"
    "true ERR_ASSERTION notDeepStrictEqual true \"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n[\\n  1\\n]\\n\"\n"
    "passed\n"
    "true ERR_ASSERTION == true \"null == 0\"\n"
    "true ERR_ASSERTION throws true \"The error is expected to be an instance of \\\"RangeError\\\". Received \\\"TypeError\\\"\\n\\nError message:\\n\\nx\"\n"
    "true ERR_ASSERTION throws true \"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n+   message: 'x'\\n-   message: 'y'\\n  }\"\n"
    "true ERR_ASSERTION doesNotThrow false \"Got unwanted exception.\\nActual message: \\\"x\\\"\"\n"
    "true ERR_ASSERTION match true \"The input did not match the regular expression /z/. Input:\\n\\n'abc'\\n\"\n"
    "true ERR_ASSERTION ifError false \"ifError got unwanted exception: e\"\n"
    "true ERR_ASSERTION fail true \"Failed\"\n"
    "AssertionError [ERR_ASSERTION]: m\n",
    0 },
  { "assert-rejects",
    "const assert = require('assert');\n"
    "(async () => {\n"
    "  await assert.rejects(Promise.reject(new Error('r')), /r/);\n"
    "  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log(e.code, e.message); }\n"
    "  try { await assert.rejects(() => 1); } catch (e) { console.log(e.code, e.message); }\n"
    "  try { await assert.doesNotReject(async () => { throw new Error('x'); }); } catch (e) { console.log(e.code, e.message); }\n"
    "  console.log('done');\n"
    "})();\n",
    "ERR_ASSERTION Missing expected rejection.\n"
    "ERR_INVALID_RETURN_VALUE Expected instance of Promise to be returned from the \"promiseFn\" function but got type number (1).\n"
    "ERR_ASSERTION Got unwanted rejection.\n"
    "Actual message: \"x\"\n"
    "done\n",
    0 },
  { "crypto-os",
    "const crypto = require('crypto');\n"
    "console.log(crypto.createHash('sha256').update('abc').digest('hex'));\n"
    "console.log(crypto.createHmac('md5', 'k').update('v').digest('base64'));\n"
    "const h = crypto.createHash('sha1').update('a');\n"
    "console.log(h.copy().digest('hex') === h.digest('hex'));\n"
    "try { h.digest(); } catch (e) { console.log(e.code); }\n"
    "console.log(crypto.randomUUID().length, crypto.randomBytes(5).length, crypto.getRandomValues(new Uint16Array(3)).length);\n"
    "try { crypto.getRandomValues(new Float64Array(1)); } catch (e) { console.log(e.name); }\n"
    "const os = require('os');\n"
    "console.log(os.EOL === '\\n', os.constants.signals.SIGKILL, os.platform());\n"
    "process.env.N = 1;\n"
    "console.log(typeof process.env.N);\n",
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
    "A7bJWC8iP93vArqtDNWicA==\n"
    "true\n"
    "ERR_CRYPTO_HASH_FINALIZED\n"
    "36 5 3\n"
    "TypeMismatchError\n"
    "true 9 linux\n"
    "string\n",
    0 },
  { "deep-equal",
    "const { isDeepStrictEqual: s } = require('util');\n"
    "const assert = require('assert');\n"
    "const l = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };\n"
    "const pairs = [[new Map([[{ k: 1 }, [1]]]), new Map([[{ k: 1 }, [1]]])], [new Set([[1], [2]]), new Set([[2], [1]])],\n"
    "  [[1, , 3], [1, undefined, 3]], [0, -0], [1, '1'], [/a/g, /a/g], [new Date(1), new Date(2)],\n"
    "  [Object.create(null), {}], [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [{ a: undefined }, { b: undefined }]];\n"
    "for (const [a, b] of pairs) console.log(s(a, b), l(a, b));\n"
    "const x = { v: [1] }; x.me = x; const y = { v: [1] }; y.me = y;\n"
    "console.log(s(x, y));\n",
    "true true\n"
    "true true\n"
    "false false\n"
    "false true\n"
    "false true\n"
    "true true\n"
    "false false\n"
    "false true\n"
    "true true\n"
    "false false\n"
    "true\n",
    0 },
  { "events-extras",
    "const EventEmitter = require('events');\n"
    "const e = new EventEmitter();\n"
    "e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));\n"
    "try { e.emit('error', new Error('boom')); } catch (err) { console.log('thrown', err.message); }\n"
    "e.on('removeListener', (n) => console.log('removed', n));\n"
    "e.on('a', () => {}); e.on('a', () => {});\n"
    "console.log(EventEmitter.listenerCount(e, 'a'));\n"
    "e.removeAllListeners();\n"
    "console.log(e.eventNames());\n"
    "const c = new EventEmitter({ captureRejections: true });\n"
    "c.on('go', async () => { throw new Error('late'); });\n"
    "c.on('error', (err) => console.log('captured', err.message));\n"
    "c.emit('go');\n"
    "const { once } = EventEmitter;\n"
    "const ac = new AbortController();\n"
    "once(c, 'never', { signal: ac.signal }).catch((err) => console.log(err.name, c.listenerCount('never')));\n"
    "ac.abort();\n",
    "monitor boom\n"
    "thrown boom\n"
    "2\n"
    "removed a\n"
    "removed a\n"
    "removed Symbol(events.errorMonitor)\n"
    "[]\n"
    "AbortError 0\n"
    "captured late\n",
    0 },
  { "util-extras",
    "const util = require('util');\n"
    "console.log(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));\n"
    "console.log(util.isNumber(1), util.isError(new RangeError()), util.types.isSetIterator(new Set().values()));\n"
    "console.log(util.stripVTControlCharacters('\\u001b[1mbold\\u001b[22m'), util.getSystemErrorName(-13));\n"
    "const f = util.deprecate(function legacy() { return 'ok'; }, 'legacy is old', 'DEP9');\n"
    "process.on('warning', (w) => console.log(w.name, w.code, w.message));\n"
    "console.log(f(), f());\n",
    "{ a: [Object] }\n"
    "true true true\n"
    "bold EACCES\n"
    "ok ok\n"
    "DeprecationWarning DEP9 legacy is old\n",
    0 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/node-modules", cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
