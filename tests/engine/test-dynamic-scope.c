/* test-dynamic-scope.c: the `with` statement, direct eval and ropes — the
 * features that make a name's binding or a string's storage dynamic.
 *
 * Scripts run through a whole JsState with their stdout compared with what
 * Node 20 printed for them, each also with the collector at every
 * safepoint (a `with` object, an eval variable object and a rope's halves
 * are all GC edges).  The rope API is also driven directly: a rope a
 * million levels deep flattens without recursion. */
#include <glib.h>
#include <string.h>

#include "js-internal.h"

typedef struct {
  const char *name;
  const char *source;
  const char *expected_stdout;
} Case;

static const Case cases[] = {
  { "with/lookup-order",
    "const o = { a: 1 }; let a = 'outer', b = 'b'; with (o) { console.log(a, b); a = 2; b = 3; } console.log(o.a, a, b, 'b' in o);",
    "1 b\n2 outer 3 false\n" },
  { "with/method-this",
    "const o = { v: 1, m() { return this === o; } }; with (o) console.log(m(), typeof m);",
    "true function\n" },
  { "with/unscopables",
    "var x = 'outer'; with ({ x: 'in', [Symbol.unscopables]: { x: true } }) console.log(x); with ([]) console.log(typeof values, typeof push);",
    "outer\nundefined function\n" },
  { "with/closure",
    "function mk(o) { with (o) return () => v; } const o = { v: 1 }; const g = mk(o); o.v = 2; console.log(g()); delete o.v; var v = 'global v'; console.log(g());",
    "2\nglobal v\n" },
  { "with/var-init",
    "const o = { z: 0 }; with (o) { var z = 5; var w = 6; } console.log(o.z, z, w, 'w' in o);",
    "5 undefined 6 false\n" },
  { "with/primitive-and-null",
    "with ('hey') console.log(length, charAt(1)); try { with (undefined) {} } catch (e) { console.log(e.message); }",
    "3 e\nCannot convert undefined or null to object\n" },
  { "with/update-typeof",
    "with ({ n: 1 }) { n++; n *= 10; console.log(n, typeof n, typeof missing); }",
    "20 number undefined\n" },
  { "with/nested",
    "with ({ a: 1, b: 1 }) with ({ b: 2 }) console.log(a, b);",
    "1 2\n" },
  { "eval/reads-writes",
    "function f(p) { let l = 1; const k = 2; eval('l += p + k'); return l; } console.log(f(3));",
    "6\n" },
  { "eval/var-to-function",
    "function f() { eval('var v = 1'); v++; return [v, typeof v]; } console.log(f(), typeof v);",
    "[ 2, 'number' ] undefined\n" },
  { "eval/strict",
    "function f() { 'use strict'; eval('var v = 1'); return typeof v; } console.log(f());",
    "undefined\n" },
  { "eval/this-arguments",
    "const o = { m() { return eval('[this === o, arguments[0]]'); } }; console.log(o.m(7));",
    "[ true, 7 ]\n" },
  { "eval/function-decl",
    "function f() { eval('function g() { return 2; }'); return g(); } console.log(f());",
    "2\n" },
  { "eval/indirect",
    "var gv = 'g'; function f() { let gv = 'l'; return [eval('gv'), (0, eval)('typeof gv')]; } console.log(f());",
    "[ 'l', 'undefined' ]\n" },
  { "eval/syntax-error",
    "try { eval('let = ;'); } catch (e) { console.log(e.name); }",
    "SyntaxError\n" },
  { "eval/completion",
    "console.log(eval('let q = 2; q * 3'), eval('if (false) 1'), eval(null));",
    "6 undefined null\n" },
  { "eval/module-var",
    "eval('var mv = 4'); console.log(mv, typeof globalThis.mv);",
    "4 undefined\n" },
  { "eval/tdz",
    "function f() { try { eval('t'); } catch (e) { return e.name; } let t; } console.log(f());",
    "ReferenceError\n" },
  { "rope/append-loop",
    "let s = ''; for (let i = 0; i < 5000; i++) s += String.fromCharCode(97 + i % 26); console.log(s.length, s.slice(0, 5), s.slice(-3), s[2600]);",
    "5000 abcde fgh a\n" },
  { "rope/prepend-loop",
    "let s = ''; for (let i = 0; i < 3000; i++) s = i % 10 + s; console.log(s.length, s.slice(0, 4), s.slice(-4));",
    "3000 9876 3210\n" },
  { "rope/mixed",
    "let a = 'x'.repeat(70); const b = a + 'y'; const c = b + b; console.log(c.length, c.indexOf('y'), c === b + b, (c + 1).length, typeof c, JSON.stringify(c).length);",
    "142 70 true 143 string 144\n" },
  { "rope/keys-and-maps",
    "let k = ''; for (let i = 0; i < 100; i++) k += 'k'; const o = { [k]: 1 }; const m = new Map([[k, 2]]); console.log(o['k'.repeat(100)], m.get('k'.repeat(100)), k in o);",
    "1 2 true\n" },
  { "rope/template-and-number",
    "let s = ''; for (let i = 0; i < 200; i++) s += `${i},`; s += 7; console.log(s.length, s.slice(-6));",
    "691 ,199,7\n" },
  { "rope/object-property",
    "const o = { s: '' }; for (let i = 0; i < 1000; i++) o.s += 'ab'; console.log(o.s.length, o.s.lastIndexOf('ab'));",
    "2000 1998\n" },
  { "eval/parameter-default",
    "function f(a = eval('var pv = 1; 2'), b = eval('a + 1')) { return [a, b, typeof pv]; } console.log(f());",
    "[ 2, 3, 'number' ]\n" },
  { "eval/class-fields",
    "class A { x = eval('this.constructor.name'); static y = eval('1 + 1'); } console.log(new A().x, A.y);",
    "A 2\n" },
  { "eval/redeclare-let",
    "function f() { let x; try { eval('var x'); } catch (e) { return e.message; } } console.log(f());",
    "Identifier 'x' has already been declared\n" },
  { "rope/string-concat-method",
    "let s = ''; for (let i = 0; i < 3000; i++) s = s.concat('x', i % 2); console.log(s.length, s.slice(-4), 'a'.concat(1, null));",
    "6000 x0x1 a1null\n" },
};

static void
capture_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  if (stream == JS_STREAM_STDOUT)
    g_string_append_len (user_data, text, length);
}

static void
run_case (const Case *c, gboolean stress)
{
  JsOptions options;
  JsState *J;
  GString *out = g_string_new (NULL);

  js_options_init (&options);
  options.gc_stress = stress;
  J = js_state_new (&options);
  js_state_set_output (J, capture_output, out);
  js_state_run (J, c->source, strlen (c->source), "/work/case.js");
  g_assert_cmpstr (out->str, ==, c->expected_stdout);
  g_assert_cmpint (js_state_get_exit_code (J), ==, 0);
  js_state_free (J);
  g_string_free (out, TRUE);
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

/* A million one-unit appends: each concat is O(1), the length is known
 * without flattening, and the first read flattens once, iteratively. */
static void
test_rope_deep (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue s = js_string_value (js_string_new_utf8 (J, "", -1));
  JsValue unit = js_string_value (js_string_new_utf8 (J, "ab", -1));
  JsString *flat;

  for (int i = 0; i < 1000000; i++)
    s = js_string_concat_values (J, s, unit);
  g_assert_true (js_is_string (s));
  g_assert_cmpuint (js_string_value_length (s), ==, 2000000);
  g_assert_cmpint (((JsGc *) js_get_pointer (s))->gc_kind, ==, JS_GC_ROPE);
  flat = js_get_string (s);
  g_assert_cmpuint (flat->length, ==, 2000000);
  g_assert_cmpuint (flat->chars[0], ==, 'a');
  g_assert_cmpuint (flat->chars[1999999], ==, 'b');
  /* the second read is the kept flat string */
  g_assert_true (js_get_string (s) == flat);
  js_state_free (J);
}

/* Prepending makes a rope that leans right: flattening keeps its own stack. */
static void
test_rope_prepend (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue s = js_string_value (js_string_new_utf8 (J, "end", -1));
  JsString *flat;

  for (int i = 0; i < 100000; i++)
    s = js_string_concat_values (J, js_string_value (js_string_from_char_code (J, '0' + i % 10)), s);
  flat = js_get_string (s);
  g_assert_cmpuint (flat->length, ==, 100003);
  g_assert_cmpuint (flat->chars[0], ==, '9');
  g_assert_cmpuint (flat->chars[100002], ==, 'd');
  js_state_free (J);
}

/* Short results stay flat strings. */
static void
test_rope_short_is_flat (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue a = js_string_value (js_string_new_utf8 (J, "abc", -1));
  JsValue s = js_string_concat_values (J, a, a);

  g_assert_cmpint (((JsGc *) js_get_pointer (s))->gc_kind, ==, JS_GC_STRING);
  g_assert_true (js_string_equal_ascii (js_get_string (s), "abcabc"));
  js_state_free (J);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *path = g_strconcat ("/engine/dynamic-scope/", cases[i].name, NULL);
      char *stress = g_strconcat ("/engine/dynamic-scope/gc-stress/", cases[i].name, NULL);
      g_test_add_data_func (path, &cases[i], test_case);
      g_test_add_data_func (stress, &cases[i], test_case_stress);
      g_free (path);
      g_free (stress);
    }
  g_test_add_func ("/engine/dynamic-scope/rope/deep", test_rope_deep);
  g_test_add_func ("/engine/dynamic-scope/rope/prepend", test_rope_prepend);
  g_test_add_func ("/engine/dynamic-scope/rope/short-is-flat", test_rope_short_is_flat);
  return g_test_run ();
}
