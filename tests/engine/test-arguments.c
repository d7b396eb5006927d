/* test-arguments.c: arguments objects (js-arguments.c, ECMAScript 10.4.4).
 * Each case runs a function body in a fresh engine (and again collecting at
 * every safepoint) and compares String(result) — or "throws Name: message"
 * — with what Node 20 gives for the same body. */
#include <glib.h>

#include "eval-case.h"

typedef struct {
  const char *name;
  const char *body;
  const char *expected;
} ArgumentsCase;

/* Recorded with Node v20.20.2. */
static const ArgumentsCase cases[] = {
  { "param-write-shows",
    "function f(a, b) { a = 10; b = 20; return arguments[0] + ',' + arguments[1]; } return f(1, 2);",
    "10,20" },
  { "index-write-shows",
    "function f(a, b) { arguments[0] = 'x'; arguments[1] = 'y'; return a + b; } return f(1, 2);",
    "xy" },
  { "closure-captured",
    "function f(a) { const set = (v) => { a = v; }; set('c'); const r = arguments[0]; arguments[0] = 'd'; return r + (() => a)(); } return f(1);",
    "cd" },
  { "eval-write",
    "function f(a) { eval('a = 7'); const r = arguments[0]; eval('arguments[0] = 8'); return [r, a].join(); } return f(1);",
    "7,8" },
  { "delete-unmaps",
    "function f(a) { delete arguments[0]; arguments[0] = 'new'; return [a, arguments[0]].join(); } return f('kept');",
    "kept,new" },
  { "accessor-unmaps",
    "function f(a) { Object.defineProperty(arguments, 0, { get: () => 'g' }); a = 'p'; return [a, arguments[0]].join(); } return f(1);",
    "p,g" },
  { "read-only-keeps-value",
    "function f(a) { a = 'now'; Object.defineProperty(arguments, 0, { writable: false }); a = 'later'; return [a, arguments[0], Object.getOwnPropertyDescriptor(arguments, 0).writable].join(); } return f(1);",
    "later,now,false" },
  { "define-value-writes-param",
    "function f(a) { Object.defineProperty(arguments, 0, { value: 'dv' }); return a; } return f(1);",
    "dv" },
  { "descriptor-reads-param",
    "function f(a) { a = 'current'; return Object.getOwnPropertyDescriptor(arguments, '0').value; } return f(1);",
    "current" },
  { "not-passed-unmapped",
    "function f(a, b) { b = 2; arguments[1] = 3; return [b, arguments[1], arguments.length].join(); } return f(1);",
    "2,3,1" },
  { "duplicate-params",
    "function f(a, a) { a = 'last'; return [arguments[0], arguments[1]].join(); } return f(1, 2);",
    "1,last" },
  { "outlives-call",
    "function f(a) { return [arguments, () => a]; } const [args, get] = f(1); args[0] = 'after'; return get();",
    "after" },
  { "receiver-elsewhere",
    "function f(a) { const o = {}; Reflect.set(arguments, 0, 'r', o); return [a, o[0]].join(); } return f(1);",
    "1,r" },
  { "strict-unmapped",
    "function f(a) { 'use strict'; a = 2; return arguments[0]; } return f(1);",
    "1" },
  { "default-unmapped",
    "function f(a = 0) { a = 2; return arguments[0]; } return f(1);",
    "1" },
  { "rest-unmapped",
    "function f(a, ...r) { arguments[0] = 9; return a; } return f(1, 2);",
    "1" },
  { "strict-callee-throws",
    "function f() { 'use strict'; return arguments.callee; } return f();",
    "throws TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them" },
  { "sloppy-callee",
    "function f() { return arguments.callee === f; } return f();",
    "true" },
  { "key-order",
    "function f(a) { return Reflect.ownKeys(arguments).map(String).join(); } return f(1, 2);",
    "0,1,length,callee,Symbol(Symbol.iterator)" },
  { "to-string-tag",
    "function f(a) { return Object.prototype.toString.call(arguments); } return f(1);",
    "[object Arguments]" },
  { "generator-mapped",
    "function* g(a) { arguments[0] = 'y'; yield a; a = 'z'; yield arguments[0]; } return [...g(1)].join();",
    "y,z" },
  { "unreferenced-param",
    "function f(a) { arguments[0] = 2; return arguments[0] + arguments.length; } return f(1);",
    "3" },
  { "frozen",
    "function f(a) { Object.freeze(arguments); a = 2; return [arguments[0], Object.isFrozen(arguments)].join(); } return f(1);",
    "1,true" },
  { "var-arguments-is-the-object",
    "function f(a) { var arguments; arguments[0] = 'm'; return [typeof arguments, a].join(); } function g(a = 1) { var arguments; return arguments.length; } return f(1) + '|' + g();",
    "object,m|0" },
  { "spread-and-apply",
    "function f(a, b) { a = 5; return Math.max(...arguments) + Math.max.apply(null, arguments); } return f(1, 2);",
    "10" },
};

static void
test_case (gconstpointer data)
{
  const ArgumentsCase *c = data;

  eval_case_check (c->body, c->expected, FALSE, NULL);
}

static void
test_case_gc_stress (gconstpointer data)
{
  const ArgumentsCase *c = data;

  eval_case_check (c->body, c->expected, TRUE, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/engine/arguments/", cases[i].name, NULL);
      g_autofree char *stress = g_strconcat ("/engine/arguments/gc-stress/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
      g_test_add_data_func (stress, &cases[i], test_case_gc_stress);
    }
  return g_test_run ();
}
