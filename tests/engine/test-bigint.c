/* test-bigint.c: BigInt (js-bigint.c, js-builtin-bigint.c).  The C
 * interface other modules use (typed arrays, the host), then whole-engine
 * cases: each body's String(result) — or "throws Name: message" — against
 * what Node 20 gives for the same body. */
#include <glib.h>
#include <math.h>

#include "eval-case.h"
#include "js-compile.h"

static JsState *
new_state (void)
{
  JsOptions options;

  js_options_init (&options);
  return js_state_new (&options);
}

static JsValue
parse (JsState *J, const char *text)
{
  JsValue v = js_string_to_bigint (J, js_string_new_utf8 (J, text, -1));

  g_assert_true (js_is_bigint (v));
  return v;
}

static void
assert_bigint (JsState *J, JsValue v, int radix, const char *expected)
{
  char *text = js_bigint_to_cstring (J, v, radix);

  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

/* The typed-array conversions: BigInt64Array / BigUint64Array semantics. */
static void
test_int64 (void)
{
  static const struct { const char *value; gint64 as_int; guint64 as_uint; } wraps[] = {
    { "18446744073709551621", 5, 5 },
    { "-18446744073709551617", -1, G_MAXUINT64 },
    { "9223372036854775808", G_MININT64, G_GUINT64_CONSTANT (9223372036854775808) },
    { "-9223372036854775809", G_MAXINT64, G_MAXINT64 },
    { "1267650600228229401496703205375", -1, G_MAXUINT64 },
    { "0", 0, 0 },
  };
  static const gint64 signed_values[] = { 0, 1, -1, G_MININT64, G_MAXINT64, 4294967296, -4294967296 };
  JsState *J = new_state ();

  for (guint i = 0; i < G_N_ELEMENTS (wraps); i++)
    {
      JsValue v = parse (J, wraps[i].value);
      g_assert_cmpint (js_bigint_to_int64 (v), ==, wraps[i].as_int);
      g_assert_cmpuint (js_bigint_to_uint64 (v), ==, wraps[i].as_uint);
    }
  for (guint i = 0; i < G_N_ELEMENTS (signed_values); i++)
    {
      JsValue v = js_bigint_from_int64 (J, signed_values[i]);
      g_assert_cmpint (js_bigint_to_int64 (v), ==, signed_values[i]);
    }
  assert_bigint (J, js_bigint_from_int64 (J, G_MININT64), 10, "-9223372036854775808");
  assert_bigint (J, js_bigint_from_uint64 (J, G_MAXUINT64), 10, "18446744073709551615");
  assert_bigint (J, js_bigint_from_uint64 (J, G_MAXUINT64), 16, "ffffffffffffffff");
  g_assert_true (js_bigint_is_zero (js_bigint_from_int64 (J, 0)));
  js_state_free (J);
}

static void
test_to_bigint (void)
{
  JsState *J = new_state ();

  assert_bigint (J, js_to_bigint (J, JS_TRUE), 10, "1");
  assert_bigint (J, js_to_bigint (J, js_string_value (js_string_new_utf8 (J, " 0x10 ", -1))), 10, "16");
  assert_bigint (J, js_to_bigint (J, js_bigint_from_int64 (J, -7)), 10, "-7");
  assert_bigint (J, js_number_to_bigint (J, -1e21), 10, "-1000000000000000000000");
  assert_bigint (J, js_number_to_bigint (J, 9007199254740993.0), 10, "9007199254740992");
  assert_bigint (J, js_bigint_from_literal (J, "0x1f"), 10, "31");
  assert_bigint (J, js_bigint_from_literal (J, "0o17"), 10, "15");
  assert_bigint (J, js_bigint_from_literal (J, "0b101"), 10, "5");
  assert_bigint (J, js_bigint_from_literal (J, "0"), 10, "0");
  g_assert_true (js_is_undefined (js_string_to_bigint (J, js_string_new_utf8 (J, "1.5", -1))));
  g_assert_true (js_is_undefined (js_string_to_bigint (J, js_string_new_utf8 (J, "-0x1", -1))));
  js_state_free (J);
}

static void
test_radix (void)
{
  JsState *J = new_state ();
  JsValue big = parse (J, "1606938044258990275541962092341162602522202993782792835301376");   /* 2^200 */
  JsValue sum = js_bigint_binary (J, JS_OP_ADD, big, parse (J, "717897987691852588770249"));   /* + 3^50 */

  assert_bigint (J, sum, 7, "141246066533632643213232344050606053061443462642014513551303323161262646");
  assert_bigint (J, big, 32, "1" "0000000000000000000000000000000000000000");
  assert_bigint (J, parse (J, "-170141183460469231731687303715884105728"), 2,
                 "-1" "0000000000000000000000000000000000000000000000000000000000000000"
                 "000000000000000000000000000000000000000000000000000000000000000");
  assert_bigint (J, parse (J, "-35"), 36, "-z");
  assert_bigint (J, parse (J, "0"), 36, "0");
  js_state_free (J);
}

static void
test_compare_number (void)
{
  JsState *J = new_state ();
  JsValue two53p1 = parse (J, "9007199254740993");

  g_assert_cmpint (js_bigint_compare_number (two53p1, 9007199254740992.0), ==, 1);
  g_assert_cmpint (js_bigint_compare_number (two53p1, 9007199254740994.0), ==, -1);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "-1"), -1.0), ==, 0);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "-1"), -0.5), ==, -1);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "0"), -0.0), ==, 0);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "0"), 5e-324), ==, -1);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "5"), NAN), ==, 2);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "5"), -INFINITY), ==, 1);
  g_assert_cmpint (js_bigint_compare_number (parse (J, "18446744073709551616"), 18446744073709551616.0), ==, 0);
  g_assert_true (js_bigint_to_number (parse (J, "18014398509481986")) == 18014398509481984.0);
  g_assert_true (js_bigint_to_number (parse (J, "18014398509481990")) == 18014398509481992.0);
  /* Halfway between Number.MAX_VALUE and 2^1024: ties to even, so Infinity. */
  g_assert_true (isinf (js_bigint_to_number (parse (J, "-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792"))));
  g_assert_true (js_bigint_to_number (parse (J, "-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791")) == -1.7976931348623157e308);
  js_state_free (J);
}

/* BigInts are GC things: unreachable ones are swept, rooted ones survive. */
static void
test_gc (void)
{
  JsState *J = new_state ();
  JsValue kept = parse (J, "123456789012345678901234567890");
  guint before;

  js_gc_add_root (J, &kept);
  js_gc_collect (J);
  before = J->gc_things->len;
  for (int i = 0; i < 100; i++)
    js_bigint_add_small (J, kept, i);
  g_assert_cmpuint (J->gc_things->len, ==, before + 100);
  js_gc_collect (J);
  g_assert_cmpuint (J->gc_things->len, ==, before);
  assert_bigint (J, kept, 10, "123456789012345678901234567890");
  js_gc_remove_root (J, &kept);
  js_state_free (J);
}

static void
capture_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

/* Huge products and conversions count against the step budget: they end
 * the run instead of running for hours inside one operation. */
static void
test_work_budget (void)
{
  static const char *const sources[] = {
    "const x = 3n ** 100000000n;",
    "try { String(1n << 100000000n); } catch (e) { }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      JsOptions options;
      JsState *J;

      js_options_init (&options);
      options.max_steps = 10 * 1000 * 1000;
      J = js_state_new (&options);
      js_state_set_output (J, capture_output, NULL);
      g_assert_cmpint (js_state_run (J, sources[i], strlen (sources[i]), "budget.js"), ==, JS_RUN_BUDGET);
      js_state_free (J);
    }
}

typedef struct {
  const char *name;
  const char *body;
  const char *expected;
} ScriptCase;

/* Generated with Node 20: String((function () { BODY })()). */
static const ScriptCase cases[] = {
  { "arith/add-carry",
    "return [0xffffffffn + 1n, 0xffffffffffffffffn + 1n, -1n + 1n, 5n + -7n, -(2n ** 100n) + 2n ** 100n, 123456789012345678901234567890n + 987654321098765432109876543210n].join();",
    "4294967296,18446744073709551616,0,-2,0,1111111110111111111011111111100" },
  { "arith/sub-borrow",
    "return [2n ** 64n - 1n, 0n - 2n ** 96n, 10n - 20n, -10n - -20n, (2n ** 128n) - (2n ** 64n)].join();",
    "18446744073709551615,-79228162514264337593543950336,-10,10,340282366920938463444927863358058659840" },
  { "arith/mul",
    "return [0xffffffffn * 0xffffffffn, -3n * 4n, -3n * -4n, 0n * -5n, (2n ** 100n + 1n) * (2n ** 100n - 1n), 12345678901234567890n * 98765432109876543210n].join();",
    "18446744065119617025,-12,12,0,1606938044258990275541962092341162602522202993782792835301375,1219326311370217952237463801111263526900" },
  { "arith/div-signs",
    "return [7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n, 7n % 2n, -7n % 2n, 7n % -2n, -7n % -2n, 1n / 3n, -1n / 3n, -1n % 3n].join();",
    "3,-3,-3,3,1,-1,1,-1,0,0,-1" },
  { "arith/div-large",
    "const a = 3n ** 200n + 12345n, b = 7n ** 50n + 1n; return [a / b, a % b, (a / b) * b + a % b === a, (2n ** 200n) / (2n ** 100n), (2n ** 200n - 1n) / (2n ** 100n - 1n), (10n ** 40n) % (10n ** 20n + 7n)].join();",
    "147689269781346654697366079240021362541982576542364854,660961375517012983622757890636535483488846,true,1267650600228229401496703205376,1267650600228229401496703205377,49" },
  { "arith/div-knuth-correction",
    "const d = 0xffffffff00000001n, n = 0xfffffffe00000002ffffffffn; const x = 0x800000000000000000000000n, y = 0x800000000000000000000001n; return [n / d, n % d, x / (y - 2n), x % (y - 2n), (2n ** 128n - 1n) / (2n ** 64n + 1n), (2n ** 128n - 1n) % (2n ** 64n + 1n)].join();",
    "4294967295,4294967296,1,1,18446744073709551615,0" },
  { "arith/div-by-zero",
    "try { 1n / 0n; } catch (e) { try { 0n % 0n; } catch (f) { return e.name + ': ' + e.message + '|' + f.message; } }",
    "RangeError: Division by zero|Division by zero" },
  { "arith/exp",
    "return [2n ** 0n, 0n ** 0n, 0n ** 5n, (-1n) ** 1001n, (-1n) ** 1000n, (-2n) ** 63n, 3n ** 100n, 10n ** 30n].join();",
    "1,1,0,-1,1,-9223372036854775808,515377520732011331036461129765621272702107522001,1000000000000000000000000000000" },
  { "arith/exp-negative",
    "try { 2n ** -1n; } catch (e) { return e.name + ': ' + e.message; }",
    "RangeError: undefined must be positive" },
  { "arith/exp-too-big",
    "try { 2n ** (2n ** 40n); } catch (e) { try { 1n << (2n ** 31n); } catch (f) { return e.name + ': ' + e.message + '|' + f.message + '|' + (1n ** (2n ** 80n)) + '|' + (0n << (2n ** 80n)); } }",
    "RangeError: Maximum BigInt size exceeded|Maximum BigInt size exceeded|1|0" },
  { "shift/left-right",
    "return [1n << 100n, -1n << 33n, 5n << -1n, 1024n >> 3n, 2n ** 100n >> 99n, 255n >> 0n, 1n >> 1000n, (2n ** 64n + 1n) << 31n].join();",
    "1267650600228229401496703205376,-8589934592,2,128,2,255,0,39614081257132168798919458816" },
  { "shift/negatives",
    "return [-7n >> 1n, -8n >> 1n, -1n >> 1n, -1n >> 100n, -(2n ** 64n) >> 32n, -(2n ** 64n) - 1n >> 64n, -5n >> 2n, -4n >> 2n, -7n << -1n, -(2n ** 100n + 1n) >> 100n].join();",
    "-4,-4,-1,-1,-4294967296,-2,-2,-1,-4,-2" },
  { "shift/unsigned",
    "try { 1n >>> 0n; } catch (e) { return e.name + ': ' + e.message; }",
    "TypeError: BigInts have no unsigned right shift, use >> instead" },
  { "bitwise/and-or-xor",
    "return [5n & 3n, 5n | 3n, 5n ^ 3n, -5n & 3n, -5n | 3n, -5n ^ 3n, -5n & -3n, -5n | -3n, -5n ^ -3n, (2n ** 70n - 1n) & -(2n ** 40n), -(2n ** 64n) | 1n, ~0n, ~-1n, ~(2n ** 64n)].join();",
    "1,7,6,3,-5,-8,-7,-1,6,1180591619617899675648,-18446744073709551615,-1,0,-18446744073709551617" },
  { "bitwise/mix-error",
    "const r = []; for (const f of [() => 1n & 1, () => 1 | 1n, () => 1n + 1, () => 1 * 1n, () => 2n ** 2, () => 1n << 1]) try { f(); } catch (e) { r.push(e.message); } return r.join('|');",
    "Cannot mix BigInt and other types, use explicit conversions|Cannot mix BigInt and other types, use explicit conversions|Cannot mix BigInt and other types, use explicit conversions|Cannot mix BigInt and other types, use explicit conversions|Cannot mix BigInt and other types, use explicit conversions|Cannot mix BigInt and other types, use explicit conversions" },
  { "convert/tostring-radix",
    "const x = 2n ** 100n + 12345n; return [x.toString(2), x.toString(3), x.toString(7), x.toString(8), x.toString(10), x.toString(16), x.toString(32), x.toString(36), (-255n).toString(16), (0n).toString(2), (-(36n ** 20n)).toString(36)].join('|');",
    "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000011000000111001|1002220101202122200001221110000110122001202012001102210110102011|322653455556104044451560330542565126|2000000000000000000000000000030071|1267650600228229401496703217721|10000000000000000000003039|100000000000000000c1p|3ewfdnca0n6ld1ggvozd|-ff|0|-100000000000000000000" },
  { "convert/tostring-errors",
    "const r = []; for (const f of [() => (1n).toString(1), () => (1n).toString(37), () => BigInt.prototype.toString.call(1), () => BigInt.prototype.valueOf.call({})]) try { f(); } catch (e) { r.push(e.name + ': ' + e.message); } return r.join('|') + '|' + (10n).toString(undefined) + (10n).toString(2.9);",
    "RangeError: toString() radix argument must be between 2 and 36|RangeError: toString() radix argument must be between 2 and 36|TypeError: BigInt.prototype.toString requires that 'this' be a BigInt|TypeError: BigInt.prototype.valueOf requires that 'this' be a BigInt|101010" },
  { "convert/bigint-function",
    "return [BigInt(0), BigInt(-0), BigInt(1e21), BigInt(-(2 ** 80)), BigInt(Number.MAX_VALUE) % 1000000n, BigInt(true), BigInt(false), BigInt(''), BigInt(' \\n42\\t'), BigInt('-17'), BigInt('+17'), BigInt('0x1F'), BigInt('0o17'), BigInt('0b101'), BigInt('000123'), BigInt([5]), BigInt({ valueOf: () => 7n })].join();",
    "0,0,1000000000000000000000,-1208925819614629174706176,858368,1,0,0,42,-17,17,31,15,5,123,5,7" },
  { "convert/bigint-errors",
    "const r = []; for (const v of [1.5, NaN, Infinity, -0.5, 'abc', '1.5', '1e3', '1_000', '-0x10', '0x', ' ', undefined, null, Symbol('s'), {}]) try { r.push(String(BigInt(v))); } catch (e) { r.push(e.name + ': ' + e.message); } return r.join('|');",
    "RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer|RangeError: The number NaN cannot be converted to a BigInt because it is not an integer|RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer|RangeError: The number -0.5 cannot be converted to a BigInt because it is not an integer|SyntaxError: Cannot convert abc to a BigInt|SyntaxError: Cannot convert 1.5 to a BigInt|SyntaxError: Cannot convert 1e3 to a BigInt|SyntaxError: Cannot convert 1_000 to a BigInt|SyntaxError: Cannot convert -0x10 to a BigInt|SyntaxError: Cannot convert 0x to a BigInt|0|TypeError: Cannot convert undefined to a BigInt|TypeError: Cannot convert null to a BigInt|TypeError: Cannot convert Symbol(s) to a BigInt|SyntaxError: Cannot convert [object Object] to a BigInt" },
  { "convert/not-constructor",
    "try { new BigInt(1); } catch (e) { return e.name + ': ' + e.message; }",
    "TypeError: BigInt is not a constructor" },
  { "convert/to-number",
    "return [Number(2n ** 53n + 1n), Number(2n ** 53n + 3n), Number(2n ** 64n - 1n), Number(2n ** 54n + 2n), Number(2n ** 54n + 6n), Number(-(2n ** 1023n) * 3n), Number(2n ** 1024n), Number(-(2n ** 2000n)), Number(123n), Number(-0n), parseInt(12n), parseFloat(-3n), Number(2n ** 80n + 2n ** 27n + 1n)].join();",
    "9007199254740992,9007199254740996,18446744073709552000,18014398509481984,18014398509481990,-Infinity,Infinity,-Infinity,123,0,12,-3,1.2089258196146294e+24" },
  { "convert/to-number-errors",
    "const r = []; for (const f of [() => +1n, () => Math.abs(1n), () => Math.max(1, 2n), () => isNaN(3n), () => 1n * 1.5, () => new Array(1n), () => [1, 2].at(0n)]) try { f(); } catch (e) { r.push(e.message); } return r.join('|');",
    "Cannot convert a BigInt value to a number|Cannot convert a BigInt value to a number|Cannot convert a BigInt value to a number|Cannot convert a BigInt value to a number|Cannot mix BigInt and other types, use explicit conversions|Cannot convert a BigInt value to a number" },
  { "convert/as-int-n",
    "return [BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, 127n), BigInt.asIntN(8, -128n), BigInt.asIntN(8, -129n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(64, -(2n ** 63n)), BigInt.asIntN(0, 5n), BigInt.asIntN(1, 1n), BigInt.asIntN(200, -1n), BigInt.asIntN(65, 2n ** 64n + 5n), BigInt.asIntN(32, '4294967295'), BigInt.asIntN(2 ** 53 - 1, 7n)].join();",
    "-1,-128,127,-128,127,-9223372036854775808,-9223372036854775808,0,-1,-1,-18446744073709551611,-1,7" },
  { "convert/as-uint-n",
    "return [BigInt.asUintN(8, 257n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asUintN(0, 5n), BigInt.asUintN(65, -1n), BigInt.asUintN(100, -(2n ** 70n)), BigInt.asUintN(3, 8n), BigInt.asUintN(32, -(2n ** 32n)), BigInt.asUintN(1, true)].join();",
    "1,255,18446744073709551615,0,36893488147419103231,1267650599047637780779291901952,0,0,1" },
  { "convert/as-n-errors",
    "const r = []; for (const f of [() => BigInt.asIntN(-1, 1n), () => BigInt.asUintN(2 ** 53, 1n), () => BigInt.asIntN(8, 1), () => BigInt.asUintN(2 ** 40, -1n)]) try { f(); } catch (e) { r.push(e.name + ': ' + e.message); } return r.join('|');",
    "RangeError: Invalid value: not (convertible to) a safe integer|RangeError: Invalid value: not (convertible to) a safe integer|TypeError: Cannot convert 1 to a BigInt|RangeError: Maximum BigInt size exceeded" },
  { "compare/mixed",
    "return [1n < 1.5, 2n > 1.5, 1n == 1, 1n == 1.5, 1n === 1, 2n ** 64n > 2 ** 64, 2n ** 64n == 2 ** 64, 2n ** 53n + 1n > 2 ** 53, 2n ** 53n + 1n == 2 ** 53, -1n < -0.5, -1n > -1.5, 0n == -0, 5n > NaN, 5n < NaN, 5n < Infinity, -5n > -Infinity, 10n ** 400n < Infinity, 0n < Number.MIN_VALUE, 0n > -Number.MIN_VALUE].join();",
    "true,true,true,false,false,false,true,true,false,true,true,true,false,false,true,true,true,true,true" },
  { "compare/strings",
    "return [1n == '1', 1n == ' 1 ', 1n == '1.0', 1n == 'x', '0x10' == 16n, 2n < '3', 2n < 'x', 2n >= 'x', '10' > 9n, '' == 0n, 1n < '1e3', -1n < '-0', 2n ** 64n == '18446744073709551616'].join();",
    "true,true,false,false,true,true,false,false,true,true,false,true,true" },
  { "compare/equality",
    "return [0n === -0n, 1n === 1n, 2n ** 64n === 2n ** 64n, Object.is(0n, -0n), Object.is(2n ** 70n, 2n ** 70n), 1n == true, 0n == false, 2n == true, 1n == Object(1n), Object(1n) == Object(1n), null == 0n, undefined == 0n, [1n] == 1n].join();",
    "true,true,true,true,true,true,true,false,true,false,false,false,true" },
  { "compare/sort-and-switch",
    "const a = [10n, -3n, 2n ** 65n, 0n, 7n]; a.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)); let s; switch (2n ** 64n) { case 18446744073709551616n: s = 'hit'; break; default: s = 'miss'; } return a.join() + '|' + s;",
    "-3,0,7,10,36893488147419103232|hit" },
  { "collections/keys",
    "const m = new Map([[1n, 'a'], [2n ** 70n, 'b']]); const s = new Set([0n, -0n, 1n, 1, '1']); return [m.get(1n), m.get(2n ** 70n), m.has(1), s.size, s.has(0n), [NaN, 5n, 2n ** 64n].includes(2n ** 64n), [5n].indexOf(5n), [1n].includes(1), m.size].join();",
    "a,b,false,4,true,true,0,false,2" },
  { "object/wrapper",
    "const o = Object(5n); return [typeof o, o instanceof BigInt, o + 1n, `${o}`, Object.prototype.toString.call(3n), o.valueOf() === 5n, JSON.stringify(Object.getOwnPropertyNames(BigInt.prototype)), BigInt.prototype[Symbol.toStringTag], BigInt.name, BigInt.length].join();",
    "object,true,6,5,[object BigInt],true,[\"constructor\",\"toLocaleString\",\"toString\",\"valueOf\"],BigInt,BigInt,1" },
  { "object/property-keys",
    "const o = {1n: 'a', [2n ** 64n]: 'b', 0x10n: 'c'}; const arr = ['x', 'y']; class A { 5n() { return 'm'; } } return [Object.keys(o).join(':'), arr[1n], new A()[5n](), 'abc'[1n]].join();",
    "1:16:18446744073709551616,y,m,b" },
  { "strings/concat",
    "return [String(12n), 12n + '', '' + -12n, `${2n ** 64n}`, [1n, 2n].join('-'), 'x'.concat(3n), (12345678901234567890n).toLocaleString(), (1234n).toLocaleString('de-DE')].join('|');",
    "12|12|-12|18446744073709551616|1-2|x3|12,345,678,901,234,567,890|1.234" },
  { "json/stringify",
    "const r = []; for (const v of [1n, { a: 1n }, [Object(2n)]]) try { JSON.stringify(v); } catch (e) { r.push(e.name + ': ' + e.message); } BigInt.prototype.toJSON = function () { return this.toString() + 'n'; }; r.push(JSON.stringify({ a: 5n, b: [6n] })); delete BigInt.prototype.toJSON; return r.join('|');",
    "TypeError: Do not know how to serialize a BigInt|TypeError: Do not know how to serialize a BigInt|TypeError: Do not know how to serialize a BigInt|{\"a\":\"5n\",\"b\":[\"6n\"]}" },
  { "incdec/operators",
    "let a = 9n, b = a++, c = ++a, d = a--, e = -a; let f = 2n; f **= 10n; f -= 24n; f /= 10n; f %= 7n; f <<= 3n; f >>= 1n; f &= 0xffn; f |= 1n; f ^= 3n; return [a, b, c, d, e, f, -(-5n), ~~5n, !0n, !!1n, 0n ? 'y' : 'n', 0n || 'z', 1n && 'w'].join();",
    "10,9,11,11,-10,10,5,5,true,true,n,z,w" },
  { "literal/forms",
    "return [0n, 0x0n, 0b1111_0000n, 0o7_7n, 1_000_000n, 0xFFFF_FFFF_FFFF_FFFF_FFFFn, 123456789012345678901234567890123456789n].join();",
    "0,0,240,63,1000000,1208925819614629174706175,123456789012345678901234567890123456789" },
  { "huge/factorial",
    "let f = 1n; for (let i = 2n; i <= 1000n; i++) f *= i; const s = f.toString(); return [s.length, s.slice(0, 20), s.slice(-260, -249), f % 1000003n, f.toString(16).length, f.toString(36).slice(0, 12)].join();",
    "2568,40238726007709377354,70027753472,864722,2133,i9udwgtyom4h" },
  { "huge/fibonacci",
    "let a = 0n, b = 1n; for (let i = 0; i < 2000; i++) [a, b] = [b, a + b]; const s = a.toString(); return [s.length, s.slice(0, 25), s.slice(-25), a % 998244353n, (a * a - b * (b - a)) ].join();",
    "418,4224696333392304878706725,0324025204312082516817125,739232174,-1" },
  { "huge/division-roundtrip",
    "const x = 7n ** 600n + 12345678901234567890n, y = 3n ** 250n - 1n; const q = x / y, r = x % y; return [q * y + r === x, r < y, r >= 0n, q.toString().slice(0, 30), (-x) / y === -q, (-x) % y === -r].join();",
    "true,true,true,600496290082186720687501373364,true,true" },
  { "huge/max-size",
    "const r = []; for (const f of [() => 2n ** (2n ** 31n), () => (2n ** 1000n) ** (2n ** 30n), () => 1n << 1073741825n, () => BigInt.asUintN(2 ** 31, -1n)]) try { f(); r.push('ok'); } catch (e) { r.push(e.name + ': ' + e.message); } return r.join('|');",
    "RangeError: Maximum BigInt size exceeded|RangeError: Maximum BigInt size exceeded|RangeError: Maximum BigInt size exceeded|RangeError: Maximum BigInt size exceeded" },
  { "typeof/basics",
    "return [typeof 1n, typeof Object(1n), typeof BigInt, typeof BigInt(1), 1n instanceof BigInt, Object.getPrototypeOf(1n) === BigInt.prototype, (5n).constructor === BigInt].join();",
    "bigint,object,function,bigint,false,true,true" },
  { "literal/errors",
    "const r = []; for (const src of ['1.5n', '01n', '1e3n', '09n', '.5n', '1nn', '1n2', '0x_1n', '1_n', '1 2n']) try { new Function('return ' + src); r.push('ok'); } catch (e) { r.push(e.name + ': ' + e.message); } return r.join('|') + '|' + new Function('return 0x1Fn + 0B11n + 0O7n')();",
    "SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Invalid or unexpected token|SyntaxError: Numeric separators are not allowed at the end of numeric literals|SyntaxError: Unexpected number|41" },
  { "literal/member-access",
    "return [1n.toString(), 255n.toString(16), 0x10n.valueOf() === 16n, typeof 1n.constructor].join();",
    "1,ff,true,function" },
};

static void
check_case (const ScriptCase *c, gboolean gc_stress)
{
  eval_case_check (c->body, c->expected, gc_stress, NULL);
}

static void
test_script_case (gconstpointer data)
{
  check_case (data, FALSE);
}

/* The arithmetic cases again, collecting at every safepoint. */
static void
test_gc_stress (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (g_str_has_prefix (cases[i].name, "arith/") || g_str_has_prefix (cases[i].name, "incdec/") ||
        g_str_has_prefix (cases[i].name, "collections/"))
      {
        check_case (&cases[i], TRUE);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  g_test_add_func ("/engine/bigint/int64", test_int64);
  g_test_add_func ("/engine/bigint/to-bigint", test_to_bigint);
  g_test_add_func ("/engine/bigint/radix", test_radix);
  g_test_add_func ("/engine/bigint/compare-number", test_compare_number);
  g_test_add_func ("/engine/bigint/gc", test_gc);
  g_test_add_func ("/engine/bigint/work-budget", test_work_budget);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *path = g_strconcat ("/engine/bigint/", cases[i].name, NULL);
      g_test_add_data_func (path, &cases[i], test_script_case);
      g_free (path);
    }
  g_test_add_func ("/engine/bigint/gc-stress", test_gc_stress);
  return g_test_run ();
}
