/* test-es-module.c: a Node main script with top-level await or import
 * declarations runs as an ES module (Node 20.19+ module detection):
 * strict, `this` undefined, no CommonJS bindings, evaluated in the first
 * poll phase so that its microtasks run before its ticks; exit code 13 when
 * the await never settles.  Import declarations are hoisted and import
 * builtin modules' namespace objects; import.meta and import() (its timing
 * against a chain of microtasks, as measured in Node) are js-module.c's.
 * Every case also runs traced with the collector at every safepoint. */
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
    1 },  { "hoisted-imports",
    "console.log(typeof join, later());\n"
    "function later() { return join('a', 'b'); }\n"
    "import { join } from 'node:path';\n"
    "await null;\n"
    "console.log('done');\n",
    "function a/b\n"
    "done\n",
    0 },
  { "missing-export",
    "process.on('exit', (c) => console.log('exit', c));\n"
    "console.log('not printed');\n"
    "import { nope } from 'node:path';\n",
    "",
    1 },
  { "missing-package",
    "console.log('not printed');\n"
    "import pad from 'left-pad';\n",
    "",
    1 },
  { "namespace-object",
    "import * as ev from 'node:events';\n"
    "import * as ev2 from 'events';\n"
    "import EventEmitter from 'events';\n"
    "console.log(ev === ev2, ev.default === EventEmitter, Object.prototype.toString.call(ev), Object.getPrototypeOf(ev));\n"
    "console.log(Object.isExtensible(ev), Object.isSealed(ev), Object.isFrozen(ev), Reflect.set(ev, 'default', 1));\n"
    "try { ev.default = 1; } catch (e) { console.log(e.message); }\n"
    "try { delete ev.default; } catch (e) { console.log(e.message); }\n"
    "console.log(Object.getOwnPropertyDescriptor(ev, 'default').writable, ev === await import('node:events'));\n",
    "true true [object Module] null\n"
    "false true false false\n"
    "Cannot assign to read only property 'default' of object '[object Module]'\n"
    "Cannot delete property 'default' of [object Module]\n"
    "true true\n",
    0 },
  { "import-meta",
    "console.log(typeof import.meta, Object.getPrototypeOf(import.meta), Object.keys(import.meta));\n"
    "console.log(import.meta.url.startsWith('file:///'), import.meta.filename.startsWith(import.meta.dirname));\n"
    "console.log(import.meta.resolve('node:fs'), import.meta.resolve('path'), (() => import.meta)() === import.meta);\n",
    "object null [ 'dirname', 'filename', 'resolve', 'url' ]\n"
    "true true\n"
    "node:fs node:path true\n",
    0 },
  { "dynamic-import-timing",
    "const order = [];\n"
    "let p = Promise.resolve();\n"
    "for (let i = 1; i <= 20; i++) p = p.then(() => order.push(i));\n"
    "import('node:util').then(() => order.push('new'));\n"
    "import('node:util').then(() => order.push('same-turn'));\n"
    "import('nope').catch((e) => order.push(e.code));\n"
    "import('node:nope').catch((e) => order.push(e.code));\n"
    "import(Symbol()).catch((e) => order.push(e.name));\n"
    "setTimeout(() => {\n"
    "  console.log(order.join(' '));\n"
    "  order.length = 0;\n"
    "  p = Promise.resolve();\n"
    "  for (let i = 1; i <= 10; i++) p = p.then(() => order.push(i));\n"
    "  import('node:util').then(() => order.push('loaded'));\n"
    "  setTimeout(() => console.log(order.join(' ')), 0);\n"
    "}, 0);\n",
    "1 TypeError 2 3 4 ERR_MODULE_NOT_FOUND 5 6 7 8 9 10 11 12 ERR_UNKNOWN_BUILTIN_MODULE 13 14 15 16 new same-turn 17 18 19 20\n"
    "1 2 3 4 5 6 7 8 loaded 9 10\n",
    0 },
  { "dynamic-import-namespace",
    "const ns = await import('node:path');\n"
    "console.log(ns.default.join('a', 'b'), ns.join === ns.default.join, ns[Symbol.toStringTag], Object.keys(ns).includes('default'));\n"
    "try { await import('./missing.js'); } catch (e) { console.log(e.code, e.message.startsWith(\"Cannot find module '/\")); }\n",
    "a/b true Module true\n"
    "ERR_MODULE_NOT_FOUND true\n",
    0 },
  { "dynamic-import-commonjs",
    "const order = [];\n"
    "import('node:events').then((ns) => order.push(typeof ns.once));\n"
    "Promise.resolve().then(() => order.push('micro'));\n"
    "process.nextTick(() => order.push('tick'));\n"
    "setTimeout(() => console.log(order.join(' '), typeof require), 0);\n",
    "tick micro function function\n",
    0 },
  { "import-meta-detects-module",
    "console.log(typeof import.meta, typeof require, this);\n",
    "object undefined undefined\n",
    0 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/es-module", cases, G_N_ELEMENTS (cases));
  return g_test_run ();
}
