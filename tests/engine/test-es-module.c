/* test-es-module.c: a Node main script with top-level await or import
 * declarations runs as an ES module (Node 20.19+ module detection):
 * strict, `this` undefined, no CommonJS bindings, evaluated in the first
 * poll phase so that its microtasks run before its ticks; exit code 13 when
 * the await never settles.  Every case also runs traced with the collector at every
 * safepoint. */
#include <glib.h>

#include "script-case.h"

/* Recorded with Node v20.20.2. */
static const Case cases[] = {
  { "bindings",
    "console.log(this, typeof require, typeof module, typeof exports, typeof __filename, typeof arguments);\n"
    "var v = 1;\n"
    "function f() { return this; }\n"
    "console.log(globalThis.v, f(), await Promise.resolve('awaited'));\n"
    "try { undeclared = 1; } catch (e) { console.log(e.message); }\n",
    "undefined undefined undefined undefined undefined undefined\n"
    "undefined undefined awaited\n"
    "undeclared is not defined\n",
    0 },
  { "ordering",
    "setTimeout(() => console.log('timeout'), 0);\n"
    "setImmediate(() => console.log('immediate'));\n"
    "process.nextTick(() => console.log('tick'));\n"
    "queueMicrotask(() => console.log('micro'));\n"
    "console.log('body');\n"
    "await null;\n"
    "console.log('after await null');\n",
    "body\n"
    "micro\n"
    "after await null\n"
    "tick\n"
    "immediate\n"
    "timeout\n",
    0 },
  { "await-in-arguments",
    "const sleep = (ms, v) => new Promise(r => setTimeout(r, ms, v));\n"
    "console.log(await sleep(2, 'a'), [await sleep(1, 'b')]);\n"
    "for await (const x of [sleep(1, 'c'), 'd']) console.log(x);\n",
    "a [ 'b' ]\n"
    "c\n"
    "d\n",
    0 },
  { "unsettled",
    "process.on('exit', c => console.log('exit listener', c));\n"
    "console.log('before');\n"
    "await new Promise(() => {});\n",
    "before\n"
    "exit listener 0\n",
    13 },
  { "unsettled-with-exit-code",
    "process.exitCode = 2;\n"
    "await new Promise(() => {});\n",
    "",
    2 },
  { "throw-after-await",
    "process.on('exit', c => console.log('exit listener', c));\n"
    "setTimeout(() => console.log('timer'), 0);\n"
    "await null;\n"
    "throw new Error('failure');\n",
    "exit listener 1\n",
    1 },
  { "imports",
    "import { setTimeout as sleep } from 'timers/promises';\n"
    "import EventEmitter, { once } from 'node:events';\n"
    "import * as util from 'util';\n"
    "console.log(typeof sleep, typeof EventEmitter, typeof once, typeof util.inspect);\n"
    "console.log(await sleep(1, 'slept'));\n"
    "export const answer = 42;\n"
    "export default function main() { return 'main'; }\n"
    "export { answer as other };\n"
    "console.log(answer, main());\n",
    "function function function function\n"
    "slept\n"
    "42 main\n",
    0 },
  { "import-rebinding",
    "import { once } from 'events';\n"
    "try { once = 1; } catch (e) { console.log(e.name); }\n",
    "TypeError\n",
    0 },
  { "commonjs-error-stands",
    "console.log(await Promise.resolve(1));\n"
    "return;\n",
    "",
    1 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/es-module", cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
