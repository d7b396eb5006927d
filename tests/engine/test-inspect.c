/* test-inspect.c: what users see — util.inspect (js_inspect), util.format
 * (js_format_log_args), the console and JSON — compared byte for byte with
 * what Node 20 prints.  Every expected string was recorded with node from
 * the JavaScript twin of the case (in the tables or the comments). */
#include <math.h>

#include "js-internal.h"

typedef struct {
  GString *out;
  GString *err;
} Capture;

static void
capture_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  Capture *capture = user_data;
  g_string_append_len (stream == JS_STREAM_STDERR ? capture->err : capture->out, text, length);
}

static JsState *
new_state (Capture *capture)
{
  JsState *J = js_state_new (NULL);
  capture->out = g_string_new (NULL);
  capture->err = g_string_new (NULL);
  js_state_set_output (J, capture_output, capture);
  return J;
}

static void
free_state (JsState *J, Capture *capture)
{
  js_state_free (J);
  g_string_free (capture->out, TRUE);
  g_string_free (capture->err, TRUE);
}

/* "Name: message" of what `fn` threw, or NULL when it returned. */
typedef void (*Thrower) (JsState *J, gpointer data);

static char *
catch_error (JsState *J, Thrower fn, gpointer data)
{
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      fn (J, data);
      js_try_end (J, &tp);
      return NULL;
    }
  JsValue e = J->exception;
  GString *s = g_string_new (NULL);
  js_string_append_to (s, js_to_string (J, js_get_utf8 (J, e, "name")));
  g_string_append (s, ": ");
  js_string_append_to (s, js_to_string (J, js_get_utf8 (J, e, "message")));
  return g_string_free (s, FALSE);
}

static char *
inspect_with (JsState *J, JsValue value, void (*options_fn) (JsInspectOptions *))
{
  JsInspectOptions options;
  GString *out = g_string_new (NULL);
  js_inspect_options_init (&options);
  if (options_fn != NULL)
    options_fn (&options);
  js_inspect (J, value, &options, out);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------
 * Plain data: values from JSON.parse, inspected with the defaults.
 * ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *json;
  const char *expected;
} JsonCase;

static const JsonCase json_cases[] = {
  { "number",
    "1",
    "1" },
  { "number-fraction",
    "-1.5",
    "-1.5" },
  { "number-exponent",
    "1e+21",
    "1e+21" },
  { "number-small",
    "1e-7",
    "1e-7" },
  { "string",
    "\"abc\"",
    "'abc'" },
  { "string-single-quote",
    "\"it's\"",
    "\"it's\"" },
  { "string-both-quotes",
    "\"it's \\\"q\\\"\"",
    "`it's \"q\"`" },
  { "string-all-quotes",
    "\"it's \\\"q\\\" `b`\"",
    "'it\\'s \"q\" `b`'" },
  { "string-escapes",
    "\"a\\nb\\tc\\\\d\\u0001\177\302\237 é\"",
    "'a\\nb\\tc\\\\d\\x01\\x7F\\x9F é'" },
  { "string-lone-surrogate",
    "\"\\ud800x\"",
    "'\\ud800x'" },
  { "string-emoji",
    "\"😀 ok\"",
    "'😀 ok'" },
  { "array-empty",
    "[]",
    "[]" },
  { "object-empty",
    "{}",
    "{}" },
  { "array-small",
    "[1,2,3]",
    "[ 1, 2, 3 ]" },
  { "array-nested-depth",
    "[[1,[2,[3,[4]]]]]",
    "[ [ 1, [ 2, [Array] ] ] ]" },
  { "object-nested-depth",
    "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}",
    "{ a: { b: { c: [Object] } } }" },
  { "object-key-quoting",
    "{\"1\":2,\"a-b\":1,\"b c\":3,\"_x\":4,\"$y\":5,\"\":6,\"it's\":7}",
    "{ '1': 2, 'a-b': 1, 'b c': 3, _x: 4, '$y': 5, '': 6, \"it's\": 7 }" },
  { "numbers-7",
    "[0,1,2,3,4,5,6]",
    "[\n  0, 1, 2, 3,\n  4, 5, 6\n]" },
  { "numbers-10",
    "[0,1,2,3,4,5,6,7,8,9]",
    "[\n  0, 1, 2, 3, 4,\n  5, 6, 7, 8, 9\n]" },
  { "numbers-16",
    "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]",
    "[\n   0,  1,  2,  3,  4,  5,\n   6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15\n]" },
  { "numbers-26",
    "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
    "[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]" },
  { "numbers-27",
    "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26]",
    "[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26\n]" },
  { "numbers-100",
    "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99]",
    "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99\n]" },
  { "numbers-101",
    "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100]",
    "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]" },
  { "numbers-150",
    "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149]",
    "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 50 more items\n]" },
  { "cubes-7",
    "[0,1,8,27,64,125,216]",
    "[\n   0,   1,   8, 27,\n  64, 125, 216\n]" },
  { "cubes-10",
    "[0,1,8,27,64,125,216,343,512,729]",
    "[\n    0,   1,   8,  27,  64,\n  125, 216, 343, 512, 729\n]" },
  { "cubes-26",
    "[0,1,8,27,64,125,216,343,512,729,1000,1331,1728,2197,2744,3375,4096,4913,5832,6859,8000,9261,10648,12167,13824,15625]",
    "[\n      0,    1,     8,    27,    64,\n    125,  216,   343,   512,   729,\n   1000, 1331,  1728,  2197,  2744,\n   3375, 4096,  4913,  5832,  6859,\n   8000, 9261, 10648, 12167, 13824,\n  15625\n]" },
  { "cubes-101",
    "[0,1,8,27,64,125,216,343,512,729,1000,1331,1728,2197,2744,3375,4096,4913,5832,6859,8000,9261,10648,12167,13824,15625,17576,19683,21952,24389,27000,29791,32768,35937,39304,42875,46656,50653,54872,59319,64000,68921,74088,79507,85184,91125,97336,103823,110592,117649,125000,132651,140608,148877,157464,166375,175616,185193,195112,205379,216000,226981,238328,250047,262144,274625,287496,300763,314432,328509,343000,357911,373248,389017,405224,421875,438976,456533,474552,493039,512000,531441,551368,571787,592704,614125,636056,658503,681472,704969,729000,753571,778688,804357,830584,857375,884736,912673,941192,970299,1000000]",
    "[\n       0,      1,      8,     27,     64,    125,    216,    343,\n     512,    729,   1000,   1331,   1728,   2197,   2744,   3375,\n    4096,   4913,   5832,   6859,   8000,   9261,  10648,  12167,\n   13824,  15625,  17576,  19683,  21952,  24389,  27000,  29791,\n   32768,  35937,  39304,  42875,  46656,  50653,  54872,  59319,\n   64000,  68921,  74088,  79507,  85184,  91125,  97336, 103823,\n  110592, 117649, 125000, 132651, 140608, 148877, 157464, 166375,\n  175616, 185193, 195112, 205379, 216000, 226981, 238328, 250047,\n  262144, 274625, 287496, 300763, 314432, 328509, 343000, 357911,\n  373248, 389017, 405224, 421875, 438976, 456533, 474552, 493039,\n  512000, 531441, 551368, 571787, 592704, 614125, 636056, 658503,\n  681472, 704969, 729000, 753571, 778688, 804357, 830584, 857375,\n  884736, 912673, 941192, 970299,\n  ... 1 more item\n]" },
  { "strings-30",
    "[\"s0\",\"s1\",\"s2\",\"s3\",\"s4\",\"s5\",\"s6\",\"s7\",\"s8\",\"s9\",\"s10\",\"s11\",\"s12\",\"s13\",\"s14\",\"s15\",\"s16\",\"s17\",\"s18\",\"s19\",\"s20\",\"s21\",\"s22\",\"s23\",\"s24\",\"s25\",\"s26\",\"s27\",\"s28\",\"s29\"]",
    "[\n  's0',  's1',  's2',  's3',  's4',\n  's5',  's6',  's7',  's8',  's9',\n  's10', 's11', 's12', 's13', 's14',\n  's15', 's16', 's17', 's18', 's19',\n  's20', 's21', 's22', 's23', 's24',\n  's25', 's26', 's27', 's28', 's29'\n]" },
  { "strings-varied-30",
    "[\"\",\"x\",\"xx\",\"xxx\",\"xxxx\",\"xxxxx\",\"xxxxxx\",\"\",\"x\",\"xx\",\"xxx\",\"xxxx\",\"xxxxx\",\"xxxxxx\",\"\",\"x\",\"xx\",\"xxx\",\"xxxx\",\"xxxxx\",\"xxxxxx\",\"\",\"x\",\"xx\",\"xxx\",\"xxxx\",\"xxxxx\",\"xxxxxx\",\"\",\"x\"]",
    "[\n  '',       'x',      'xx',     'xxx',\n  'xxxx',   'xxxxx',  'xxxxxx', '',\n  'x',      'xx',     'xxx',    'xxxx',\n  'xxxxx',  'xxxxxx', '',       'x',\n  'xx',     'xxx',    'xxxx',   'xxxxx',\n  'xxxxxx', '',       'x',      'xx',\n  'xxx',    'xxxx',   'xxxxx',  'xxxxxx',\n  '',       'x'\n]" },
  { "mixed-12",
    "[0,\"str1\",2,\"str3\",4,\"str5\",6,\"str7\",8,\"str9\",10,\"str11\"]",
    "[\n  0,      'str1', 2,\n  'str3', 4,      'str5',\n  6,      'str7', 8,\n  'str9', 10,     'str11'\n]" },
  { "numbers-growing",
    "[1,22,333,4444,55555,666666,7777777,88888888,999999999,1]",
    "[\n          1,       22,\n        333,     4444,\n      55555,   666666,\n    7777777, 88888888,\n  999999999,        1\n]" },
  { "numbers-signed",
    "[-1,2,-3,4,-5,6,-7,8,-9,10,-11]",
    "[\n   -1,  2, -3,  4, -5,\n    6, -7,  8, -9, 10,\n  -11\n]" },
  { "numbers-fractions",
    "[1.5,2.25,3.125,4,5,6,7,8]",
    "[\n  1.5, 2.25, 3.125,\n    4,    5,     6,\n    7,    8\n]" },
  { "literals-8",
    "[true,false,null,true,false,null,true,false]",
    "[\n  true,  false,\n  null,  true,\n  false, null,\n  true,  false\n]" },
  { "string-value-width-66",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-67",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-68",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-69",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-70",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-71",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-72",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-73",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-74",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-75",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{ key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }" },
  { "string-value-width-76",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{\n  key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}" },
  { "string-value-width-77",
    "{\"key\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{\n  key: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}" },
  { "keys-1",
    "{\"p0\":0}",
    "{ p0: 0 }" },
  { "keys-2",
    "{\"p0\":0,\"p1\":1}",
    "{ p0: 0, p1: 1 }" },
  { "keys-3",
    "{\"p0\":0,\"p1\":1,\"p2\":2}",
    "{ p0: 0, p1: 1, p2: 2 }" },
  { "keys-4",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3}",
    "{ p0: 0, p1: 1, p2: 2, p3: 3 }" },
  { "keys-5",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4}",
    "{ p0: 0, p1: 1, p2: 2, p3: 3, p4: 4 }" },
  { "keys-6",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5}",
    "{ p0: 0, p1: 1, p2: 2, p3: 3, p4: 4, p5: 5 }" },
  { "keys-7",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6}",
    "{ p0: 0, p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 6 }" },
  { "keys-8",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7}",
    "{ p0: 0, p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 6, p7: 7 }" },
  { "keys-9",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8}",
    "{ p0: 0, p1: 1, p2: 2, p3: 3, p4: 4, p5: 5, p6: 6, p7: 7, p8: 8 }" },
  { "keys-10",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8,\"p9\":9}",
    "{\n  p0: 0,\n  p1: 1,\n  p2: 2,\n  p3: 3,\n  p4: 4,\n  p5: 5,\n  p6: 6,\n  p7: 7,\n  p8: 8,\n  p9: 9\n}" },
  { "keys-11",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8,\"p9\":9,\"p10\":10}",
    "{\n  p0: 0,\n  p1: 1,\n  p2: 2,\n  p3: 3,\n  p4: 4,\n  p5: 5,\n  p6: 6,\n  p7: 7,\n  p8: 8,\n  p9: 9,\n  p10: 10\n}" },
  { "keys-12",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8,\"p9\":9,\"p10\":10,\"p11\":11}",
    "{\n  p0: 0,\n  p1: 1,\n  p2: 2,\n  p3: 3,\n  p4: 4,\n  p5: 5,\n  p6: 6,\n  p7: 7,\n  p8: 8,\n  p9: 9,\n  p10: 10,\n  p11: 11\n}" },
  { "keys-13",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8,\"p9\":9,\"p10\":10,\"p11\":11,\"p12\":12}",
    "{\n  p0: 0,\n  p1: 1,\n  p2: 2,\n  p3: 3,\n  p4: 4,\n  p5: 5,\n  p6: 6,\n  p7: 7,\n  p8: 8,\n  p9: 9,\n  p10: 10,\n  p11: 11,\n  p12: 12\n}" },
  { "keys-14",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8,\"p9\":9,\"p10\":10,\"p11\":11,\"p12\":12,\"p13\":13}",
    "{\n  p0: 0,\n  p1: 1,\n  p2: 2,\n  p3: 3,\n  p4: 4,\n  p5: 5,\n  p6: 6,\n  p7: 7,\n  p8: 8,\n  p9: 9,\n  p10: 10,\n  p11: 11,\n  p12: 12,\n  p13: 13\n}" },
  { "keys-15",
    "{\"p0\":0,\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,\"p6\":6,\"p7\":7,\"p8\":8,\"p9\":9,\"p10\":10,\"p11\":11,\"p12\":12,\"p13\":13,\"p14\":14}",
    "{\n  p0: 0,\n  p1: 1,\n  p2: 2,\n  p3: 3,\n  p4: 4,\n  p5: 5,\n  p6: 6,\n  p7: 7,\n  p8: 8,\n  p9: 9,\n  p10: 10,\n  p11: 11,\n  p12: 12,\n  p13: 13,\n  p14: 14\n}" },
  { "words-4",
    "[\"word0\",\"word1\",\"word2\",\"word3\"]",
    "[ 'word0', 'word1', 'word2', 'word3' ]" },
  { "words-5",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\"]",
    "[ 'word0', 'word1', 'word2', 'word3', 'word4' ]" },
  { "words-6",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\",\"word5\"]",
    "[ 'word0', 'word1', 'word2', 'word3', 'word4', 'word5' ]" },
  { "words-7",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\",\"word5\",\"word6\"]",
    "[\n  'word0', 'word1',\n  'word2', 'word3',\n  'word4', 'word5',\n  'word6'\n]" },
  { "words-8",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\",\"word5\",\"word6\",\"word7\"]",
    "[\n  'word0', 'word1',\n  'word2', 'word3',\n  'word4', 'word5',\n  'word6', 'word7'\n]" },
  { "words-9",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\",\"word5\",\"word6\",\"word7\",\"word8\"]",
    "[\n  'word0', 'word1',\n  'word2', 'word3',\n  'word4', 'word5',\n  'word6', 'word7',\n  'word8'\n]" },
  { "words-10",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\",\"word5\",\"word6\",\"word7\",\"word8\",\"word9\"]",
    "[\n  'word0', 'word1',\n  'word2', 'word3',\n  'word4', 'word5',\n  'word6', 'word7',\n  'word8', 'word9'\n]" },
  { "words-11",
    "[\"word0\",\"word1\",\"word2\",\"word3\",\"word4\",\"word5\",\"word6\",\"word7\",\"word8\",\"word9\",\"word10\"]",
    "[\n  'word0',  'word1',\n  'word2',  'word3',\n  'word4',  'word5',\n  'word6',  'word7',\n  'word8',  'word9',\n  'word10'\n]" },
  { "nested-mixed",
    "{\"a\":[{\"b\":1,\"c\":[1,2,{\"d\":3}]}]}",
    "{ a: [ { b: 1, c: [Array] } ] }" },
  { "long-string-value",
    "{\"a\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
    "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}" },
  { "multiline-string-value",
    "{\"a\":\"line1\\nline2\\nline3 is a bit longer than the others so it wraps the string\"}",
    "{\n  a: 'line1\\nline2\\nline3 is a bit longer than the others so it wraps the string'\n}" },
  { "multiline-string-top",
    "\"line1\\nline2\\nline3 is a bit longer than the others so it wraps the string\"",
    "'line1\\nline2\\nline3 is a bit longer than the others so it wraps the string'" },
  { "array-of-objects",
    "[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4},{\"a\":5,\"b\":6}]",
    "[ { a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 } ]" },
  { "users",
    "{\"users\":[{\"name\":\"Alice\",\"age\":30,\"tags\":[\"a\",\"b\"]},{\"name\":\"Bob\",\"age\":25,\"tags\":[]}],\"total\":2}",
    "{\n  users: [\n    { name: 'Alice', age: 30, tags: [Array] },\n    { name: 'Bob', age: 25, tags: [] }\n  ],\n  total: 2\n}" },
  { "pairs-7",
    "[[1,2],[3,4],[5,6],[7,8],[9,10],[11,12],[13,14]]",
    "[\n  [ 1, 2 ],\n  [ 3, 4 ],\n  [ 5, 6 ],\n  [ 7, 8 ],\n  [ 9, 10 ],\n  [ 11, 12 ],\n  [ 13, 14 ]\n]" },
  { "objects-8",
    "[{\"id\":0},{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4},{\"id\":5},{\"id\":6},{\"id\":7}]",
    "[\n  { id: 0 }, { id: 1 },\n  { id: 2 }, { id: 3 },\n  { id: 4 }, { id: 5 },\n  { id: 6 }, { id: 7 }\n]" },
  { "deep-mixed",
    "{\"deep\":{\"er\":{\"est\":[1,{\"x\":[2]}]}}}",
    "{ deep: { er: { est: [Array] } } }" },
  { "arrays-5-deep",
    "[[[[[1]]]]]",
    "[ [ [ [Array] ] ] ]" },
  { "object-arrays-deep",
    "{\"a\":[[[[1]]]]}",
    "{ a: [ [ [Array] ] ] }" },
  { "strings-200-uneven",
    "[\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\",\"ab\",\"abcdefghijklmnop\",\"ab\"]",
    "[\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  'ab',               'ab',               'abcdefghijklmnop', 'ab',\n  'ab',               'abcdefghijklmnop', 'ab',               'ab',\n  'abcdefghijklmnop', 'ab',               'ab',               'abcdefghijklmnop',\n  ... 100 more items\n]" },
  { "three-long-values",
    "{\"k1\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"k2\":\"bbbbbbbbbbbbbbbbbbbbbbb\",\"k3\":\"ccccccccccccccccc\"}",
    "{\n  k1: 'aaaaaaaaaaaaaaaaaaaaaaaa',\n  k2: 'bbbbbbbbbbbbbbbbbbbbbbb',\n  k3: 'ccccccccccccccccc'\n}" },
  { "nested-4",
    "{\"nested\":{\"a\":1,\"b\":{\"c\":2,\"d\":{\"e\":3,\"f\":{\"g\":4}}}}}",
    "{ nested: { a: 1, b: { c: 2, d: [Object] } } }" },
  { "matrix",
    "[[1,2,3],[4,5,6],[7,8,9]]",
    "[ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ]" },
  { "object-with-long-array",
    "{\"data\":[0,3,6,9,12,15,18,21,24,27,30,33,36,39,42,45,48,51,54,57,60,63,66,69,72,75,78,81,84,87]}",
    "{\n  data: [\n     0,  3,  6,  9, 12, 15, 18, 21, 24,\n    27, 30, 33, 36, 39, 42, 45, 48, 51,\n    54, 57, 60, 63, 66, 69, 72, 75, 78,\n    81, 84, 87\n  ]\n}" },
  { "array-of-long-strings",
    "[\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\",\"cccccccccccccccccccccccccccccc\"]",
    "[\n  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'cccccccccccccccccccccccccccccc'\n]" },
  { "cjk-strings",
    "[\"漢字0\",\"漢字1\",\"漢字2\",\"漢字3\",\"漢字4\",\"漢字5\",\"漢字6\",\"漢字7\"]",
    "[\n  '漢字0', '漢字1',\n  '漢字2', '漢字3',\n  '漢字4', '漢字5',\n  '漢字6', '漢字7'\n]" },
  { "unicode-key",
    "{\"ключ\":1,\"naïve\":2}",
    "{ 'ключ': 1, 'naïve': 2 }" },
};

/* ------------------------------------------------------------------------
 * Values built with the runtime API.  Each builder has a JavaScript twin
 * (in the comment) from which Node recorded the expected text.
 * ------------------------------------------------------------------------ */

static JsValue
noop_fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return JS_UNDEFINED;
}

static JsValue
str (JsState *J, const char *text)
{
  return js_string_value (js_string_new_utf8 (J, text, -1));
}

static JsValue
parse (JsState *J, const char *json)
{
  JsValue text = str (J, json);
  return js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "JSON"),
                    js_key_from_utf8 (J, "parse"), 1, &text);
}

static void
set (JsState *J, JsValue obj, const char *name, JsValue value)
{
  js_set (J, obj, js_key_from_utf8 (J, name), value, TRUE);
}

static JsValue
get (JsState *J, JsValue obj, const char *name)
{
  return js_get_utf8 (J, obj, name);
}

static JsValue
invoke (JsState *J, JsValue obj, const char *name, int argc, const JsValue *argv)
{
  return js_invoke (J, obj, js_key_from_utf8 (J, name), argc, argv);
}

static JsValue
construct (JsState *J, const char *name, int argc, const JsValue *argv)
{
  JsValue ctor = get (J, js_object_value (J->global), name);
  return js_construct (J, ctor, argc, argv, ctor);
}

static JsValue
function (JsState *J, const char *name)
{
  return js_object_value (js_native_function_new (J, name, 0, noop_fn, 0));
}

static JsValue
symbol (JsState *J, const char *description)
{
  return js_symbol_value (js_symbol_new (J, description ? js_string_new_utf8 (J, description, -1) : NULL));
}

static JsValue
map_of (JsState *J, int n, const JsValue *pairs)
{
  JsValue map = construct (J, "Map", 0, NULL);
  for (int i = 0; i < n; i++)
    invoke (J, map, "set", 2, pairs + 2 * i);
  return map;
}

static JsValue
set_of (JsState *J, int n, const JsValue *values)
{
  JsValue set_value = construct (J, "Set", 0, NULL);
  for (int i = 0; i < n; i++)
    invoke (J, set_value, "add", 1, values + i);
  return set_value;
}

/* An error whose stack has no frame lines, as Node prints errors without
 * them (ours always carry one "at <anonymous>" line). */
static JsValue
error_with_stack (JsState *J, JsErrorType type, const char *message, const char *stack)
{
  JsValue e = js_object_value (js_error_new (J, type, message ? js_string_new_utf8 (J, message, -1) : NULL));
  set (J, e, "stack", str (J, stack));
  return e;
}

/* function P(x, y) { this.x = x; this.y = y; } — a constructor standing for
 * a class: instances print as "P { … }". */
static JsValue
new_p (JsState *J, JsValue x, JsValue y)
{
  JsValue ctor = get (J, js_object_value (J->global), "P");
  if (js_is_undefined (ctor))
    {
      JsObject *proto = js_plain_object_new (J);
      ctor = js_object_value (js_native_constructor_new (J, "P", 2, noop_fn, proto));
      set (J, js_object_value (J->global), "P", ctor);
    }
  JsObject *obj = js_object_new (J, js_get_object (get (J, ctor, "prototype")));
  set (J, js_object_value (obj), "x", x);
  set (J, js_object_value (obj), "y", y);
  return js_object_value (obj);
}

static JsValue
array_of (JsState *J, int n, const JsValue *values)
{
  return js_object_value (js_array_from_values (J, values, n));
}

/* const o = { name: 'root' }; o.self = o; */
static JsValue
build_circular_self (JsState *J)
{
  JsValue o = parse (J, "{\"name\":\"root\"}");
  set (J, o, "self", o);
  return o;
}

/* const a = { x: 1 }; const b = { a }; a.b = b; a.list = [a, b]; */
static JsValue
build_circular_two (JsState *J)
{
  JsValue a = parse (J, "{\"x\":1}");
  JsValue b = parse (J, "{}");
  set (J, b, "a", a);
  set (J, a, "b", b);
  JsValue list[] = { a, b };
  set (J, a, "list", array_of (J, 2, list));
  return a;
}

/* const a = [1]; a.push(a); ({ a }) */
static JsValue
build_circular_in_array (JsState *J)
{
  JsValue a = parse (J, "[1]");
  js_array_push (J, js_get_object (a), a);
  JsValue o = parse (J, "{}");
  set (J, o, "a", a);
  return o;
}

/* ({ s: Symbol('v'), e: Symbol(), [Symbol('k')]: 1 }) */
static JsValue
build_symbols (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "s", symbol (J, "v"));
  set (J, o, "e", symbol (J, NULL));
  js_set (J, o, symbol (J, "k"), js_number (1), TRUE);
  return o;
}

/* [undefined, null, NaN, -0, 0, Infinity, -Infinity] */
static JsValue
build_special_numbers (JsState *J)
{
  JsValue v[] = { JS_UNDEFINED, JS_NULL, js_number (NAN), js_number (-0.0), js_number (0),
                  js_number (INFINITY), js_number (-INFINITY) };
  return array_of (J, G_N_ELEMENTS (v), v);
}

/* -0 */
static JsValue
build_negative_zero (JsState *J)
{
  return js_number (-0.0);
}

/* ({ z: -0, n: -1e-7 }) */
static JsValue
build_negative_zero_in_object (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "z", js_number (-0.0));
  set (J, o, "n", js_number (-1e-7));
  return o;
}

/* [1, , 3] */
static JsValue
build_holes_middle (JsState *J)
{
  JsValue a = parse (J, "[1]");
  js_set_index (J, a, 2, js_number (3));
  return a;
}

/* [, , ,] */
static JsValue
build_holes_all (JsState *J)
{
  JsValue a = parse (J, "[]");
  js_array_set_length (J, js_get_object (a), 3);
  return a;
}

/* const a = [1]; a.length = 4; */
static JsValue
build_holes_end (JsState *J)
{
  JsValue a = parse (J, "[1]");
  js_array_set_length (J, js_get_object (a), 4);
  return a;
}

/* const a = []; a[2] = 'x'; a[5] = 'y'; a.length = 9; */
static JsValue
build_holes_sparse (JsState *J)
{
  JsValue a = parse (J, "[]");
  js_set_index (J, a, 2, str (J, "x"));
  js_set_index (J, a, 5, str (J, "y"));
  js_array_set_length (J, js_get_object (a), 9);
  return a;
}

/* new Array(200) */
static JsValue
build_holes_many (JsState *J)
{
  JsValue a = parse (J, "[]");
  js_array_set_length (J, js_get_object (a), 200);
  return a;
}

/* const a = [1, 2]; a.x = 1; a['-1'] = 2; */
static JsValue
build_array_extra_props (JsState *J)
{
  JsValue a = parse (J, "[1,2]");
  set (J, a, "x", js_number (1));
  set (J, a, "-1", js_number (2));
  return a;
}

/* const a = []; a.k = 'v'; */
static JsValue
build_array_only_props (JsState *J)
{
  JsValue a = parse (J, "[]");
  set (J, a, "k", str (J, "v"));
  return a;
}

/* Array.from({ length: 101 }, (_, i) => ({ i })) */
static JsValue
build_array_101_objects (JsState *J)
{
  JsValue a = parse (J, "[]");
  for (int i = 0; i < 101; i++)
    {
      JsValue o = parse (J, "{}");
      set (J, o, "i", js_number (i));
      js_array_push (J, js_get_object (a), o);
    }
  return a;
}

/* Object.create(null) */
static JsValue
build_null_proto_empty (JsState *J)
{
  return js_object_value (js_object_new (J, NULL));
}

/* Object.create(null) with a: 1, b: 'two' */
static JsValue
build_null_proto (JsState *J)
{
  JsValue o = js_object_value (js_object_new (J, NULL));
  set (J, o, "a", js_number (1));
  set (J, o, "b", str (J, "two"));
  return o;
}

/* ({ inner: Object.assign(Object.create(null), { k: 'v' }) }) */
static JsValue
build_null_proto_nested (JsState *J)
{
  JsValue inner = js_object_value (js_object_new (J, NULL));
  set (J, inner, "k", str (J, "v"));
  JsValue o = parse (J, "{}");
  set (J, o, "inner", inner);
  return o;
}

/* { plain: 1 } plus enumerable accessors g (getter), s (setter), gs (both) */
static JsValue
build_accessors (JsState *J)
{
  JsValue o = parse (J, "{\"plain\":1}");
  guint32 flags = JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE;
  js_define_accessor (J, js_get_object (o), js_key_from_utf8 (J, "g"), function (J, "get"), JS_UNDEFINED, flags);
  js_define_accessor (J, js_get_object (o), js_key_from_utf8 (J, "s"), JS_UNDEFINED, function (J, "set"), flags);
  js_define_accessor (J, js_get_object (o), js_key_from_utf8 (J, "gs"), function (J, "get"), function (J, "set"), flags);
  return o;
}

/* { a: 1 } plus a non-enumerable h */
static JsValue
build_hidden_props (JsState *J)
{
  JsValue o = parse (J, "{\"a\":1}");
  js_define_value_utf8 (J, js_get_object (o), "h", js_number (2), JS_PROP_HIDDEN);
  return o;
}

/* function log() {} */
static JsValue
build_function_named (JsState *J)
{
  return function (J, "log");
}

/* a function whose name is '' */
static JsValue
build_function_anonymous (JsState *J)
{
  return function (J, "");
}

/* const f = function tagged() {}; f.extra = 1; */
static JsValue
build_function_with_props (JsState *J)
{
  JsValue f = function (J, "tagged");
  set (J, f, "extra", js_number (1));
  return f;
}

/* ({ cb: function cb() {}, anon: <function named ''> }) */
static JsValue
build_functions_in_object (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "cb", function (J, "cb"));
  set (J, o, "anon", function (J, ""));
  return o;
}

/* new Map() */
static JsValue
build_map_empty (JsState *J)
{
  return map_of (J, 0, NULL);
}

/* new Map([['a', 1], ['b', { c: [1, 2] }]]) */
static JsValue
build_map (JsState *J)
{
  JsValue pairs[] = { str (J, "a"), js_number (1), str (J, "b"), parse (J, "{\"c\":[1,2]}") };
  return map_of (J, 2, pairs);
}

/* ({ m: new Map([[{ k: 1 }, new Set([1, 2])]]) }) */
static JsValue
build_map_nested (JsState *J)
{
  JsValue values[] = { js_number (1), js_number (2) };
  JsValue pairs[] = { parse (J, "{\"k\":1}"), set_of (J, 2, values) };
  JsValue o = parse (J, "{}");
  set (J, o, "m", map_of (J, 1, pairs));
  return o;
}

/* ({ a: { b: new Map([['k', { v: 1 }]]) } }) */
static JsValue
build_map_deep (JsState *J)
{
  JsValue pairs[] = { str (J, "k"), parse (J, "{\"v\":1}") };
  JsValue o = parse (J, "{\"a\":{}}");
  set (J, get (J, o, "a"), "b", map_of (J, 1, pairs));
  return o;
}

/* new Set([1, 'two', [3]]) */
static JsValue
build_set (JsState *J)
{
  JsValue values[] = { js_number (1), str (J, "two"), parse (J, "[3]") };
  return set_of (J, 3, values);
}

/* new Set([1, 2, 3, 4, 5, 6, 7]) */
static JsValue
build_set_7 (JsState *J)
{
  JsValue values[7];
  for (int i = 0; i < 7; i++)
    values[i] = js_number (i + 1);
  return set_of (J, 7, values);
}

/* new Set(Array.from({ length: 101 }, (_, i) => i)) */
static JsValue
build_set_101 (JsState *J)
{
  JsValue values[101];
  for (int i = 0; i < 101; i++)
    values[i] = js_number (i);
  return set_of (J, 101, values);
}

/* new Set() */
static JsValue
build_set_empty (JsState *J)
{
  return set_of (J, 0, NULL);
}

/* const m = new Map([[1, 2]]); m.extra = true; */
static JsValue
build_map_with_props (JsState *J)
{
  JsValue pairs[] = { js_number (1), js_number (2) };
  JsValue m = map_of (J, 1, pairs);
  set (J, m, "extra", JS_TRUE);
  return m;
}

/* new WeakMap() */
static JsValue
build_weakmap (JsState *J)
{
  return construct (J, "WeakMap", 0, NULL);
}

/* new WeakMap([[{ b: 2 }, [2]], [{ a: 1 }, 'one']]) with showHidden: the
 * entries, sorted as text */
static JsValue
build_weakmap_show_hidden (JsState *J)
{
  JsValue map = construct (J, "WeakMap", 0, NULL);
  JsValue first[] = { parse (J, "{\"b\":2}"), parse (J, "[2]") };
  JsValue second[] = { parse (J, "{\"a\":1}"), str (J, "one") };
  invoke (J, map, "set", 2, first);
  invoke (J, map, "set", 2, second);
  return map;
}

/* [new WeakSet()] */
static JsValue
build_weakset_in_array (JsState *J)
{
  JsValue v = construct (J, "WeakSet", 0, NULL);
  return array_of (J, 1, &v);
}

/* [new Number(3), new String('ab'), new Boolean(true), Object(Symbol('a')), new Number(-0)] */
static JsValue
build_boxed (JsState *J)
{
  JsValue v[] = {
    js_object_value (js_to_object (J, js_number (3))),
    js_object_value (js_to_object (J, str (J, "ab"))),
    js_object_value (js_to_object (J, JS_TRUE)),
    js_object_value (js_to_object (J, symbol (J, "a"))),
    js_object_value (js_to_object (J, js_number (-0.0))),
  };
  return array_of (J, G_N_ELEMENTS (v), v);
}

/* const s = new String('hi'); s.extra = 1; */
static JsValue
build_boxed_string_props (JsState *J)
{
  JsValue s = js_object_value (js_to_object (J, str (J, "hi")));
  set (J, s, "extra", js_number (1));
  return s;
}

/* const e = new Error('boom'); e.stack = 'Error: boom'; */
static JsValue
build_error_no_frames (JsState *J)
{
  return error_with_stack (J, JS_ERROR, "boom", "Error: boom");
}

/* const e = new TypeError('bad'); e.stack = 'TypeError: bad'; ({ e }) */
static JsValue
build_error_in_object (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "e", error_with_stack (J, JS_TYPE_ERROR, "bad", "TypeError: bad"));
  return o;
}

/* … e.code = 42; */
static JsValue
build_error_with_props (JsState *J)
{
  JsValue e = error_with_stack (J, JS_ERROR, "boom", "Error: boom");
  set (J, e, "code", js_number (42));
  return e;
}

/* const e = new RangeError(); e.stack = 'RangeError'; */
static JsValue
build_error_empty_message (JsState *J)
{
  return error_with_stack (J, JS_RANGE_ERROR, NULL, "RangeError");
}

/* const e = new Error('x'); e.name = 'ValidationError'; e.stack = 'ValidationError: x'; */
static JsValue
build_error_renamed (JsState *J)
{
  JsValue e = error_with_stack (J, JS_ERROR, "x", "ValidationError: x");
  set (J, e, "name", str (J, "ValidationError"));
  return e;
}

/* const e = new Error('x'); e.stack = 'Something else'; */
static JsValue
build_error_stack_mismatch (JsState *J)
{
  return error_with_stack (J, JS_ERROR, "x", "Something else");
}

/* new P(1, 2) */
static JsValue
build_class_instance (JsState *J)
{
  return new_p (J, js_number (1), js_number (2));
}

/* an instance of P without own properties */
static JsValue
build_class_instance_empty (JsState *J)
{
  JsValue p = new_p (J, JS_UNDEFINED, JS_UNDEFINED);
  js_delete_property (J, js_get_object (p), js_key_from_utf8 (J, "x"));
  js_delete_property (J, js_get_object (p), js_key_from_utf8 (J, "y"));
  return p;
}

/* ({ a: { b: { p: new P(1, 2) } } }) */
static JsValue
build_class_instance_deep (JsState *J)
{
  JsValue o = parse (J, "{\"a\":{\"b\":{}}}");
  set (J, get (J, get (J, o, "a"), "b"), "p", new_p (J, js_number (1), js_number (2)));
  return o;
}

/* ({ p: new P(new P(1, 2), [3]) }) */
static JsValue
build_class_instance_nested (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "p", new_p (J, new_p (J, js_number (1), js_number (2)), parse (J, "[3]")));
  return o;
}

static void
define_tag (JsState *J, JsValue obj, guint32 flags)
{
  js_define_value (J, js_get_object (obj), JS_SYMBOL_KEY (J, toStringTag), str (J, "Tag"), flags);
}

/* { a: 1 } with a non-enumerable Symbol.toStringTag 'Tag' */
static JsValue
build_tostringtag_hidden (JsState *J)
{
  JsValue o = parse (J, "{\"a\":1}");
  define_tag (J, o, 0);
  return o;
}

/* ({ a: 1, [Symbol.toStringTag]: 'Tag' }) */
static JsValue
build_tostringtag_enumerable (JsState *J)
{
  JsValue o = parse (J, "{\"a\":1}");
  define_tag (J, o, JS_PROP_DEFAULT);
  return o;
}

/* {} with a non-enumerable Symbol.toStringTag */
static JsValue
build_tostringtag_empty_object (JsState *J)
{
  JsValue o = parse (J, "{}");
  define_tag (J, o, 0);
  return o;
}

/* new P(1, 2) with a non-enumerable Symbol.toStringTag */
static JsValue
build_tostringtag_instance (JsState *J)
{
  JsValue o = new_p (J, js_number (1), js_number (2));
  define_tag (J, o, 0);
  return o;
}

/* new Promise(() => {}) */
static JsValue
build_promise_pending (JsState *J)
{
  return js_object_value (js_promise_new (J));
}

/* Promise.resolve({ a: [1] }) */
static JsValue
build_promise_fulfilled (JsState *J)
{
  return js_object_value (js_promise_resolve_value (J, parse (J, "{\"a\":[1]}")));
}

/* Promise.resolve() */
static JsValue
build_promise_undefined (JsState *J)
{
  return js_object_value (js_promise_resolve_value (J, JS_UNDEFINED));
}

/* Promise.reject(42), handled */
static JsValue
build_promise_rejected (JsState *J)
{
  JsObject *p = js_promise_new (J);
  js_perform_promise_then (J, p, JS_UNDEFINED, function (J, ""), NULL);
  js_promise_reject_with (J, p, js_number (42));
  return js_object_value (p);
}

/* ({ p: Promise.resolve('x') }) */
static JsValue
build_promise_nested (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "p", js_object_value (js_promise_resolve_value (J, str (J, "x"))));
  return o;
}

static JsValue
build_depth_0 (JsState *J)
{
  return parse (J, "{\"a\":{\"b\":1},\"c\":[1]}");
}

static JsValue
build_depth_infinite (JsState *J)
{
  return parse (J, "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}");
}

static JsValue
build_break_length_infinite (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "a", str (J, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
  set (J, o, "b", str (J, "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"));
  return o;
}

static JsValue
build_break_length_40 (JsState *J)
{
  return parse (J, "{\"alpha\":1,\"beta\":2,\"gamma\":3,\"delta\":4,\"epsilon\":5}");
}

static JsValue
build_compact_false (JsState *J)
{
  return parse (J, "{\"a\":1,\"b\":[1,2],\"c\":{}}");
}

static JsValue
build_compact_1 (JsState *J)
{
  return parse (J, "{\"a\":{\"b\":{\"c\":1}}}");
}

static JsValue
build_sorted (JsState *J)
{
  return parse (J, "{\"b\":1,\"a\":2,\"c\":3}");
}

static JsValue
build_show_hidden_array (JsState *J)
{
  return parse (J, "[1,2]");
}

static JsValue
build_max_array_length_2 (JsState *J)
{
  return parse (J, "[1,2,3,4]");
}

static JsValue
build_max_string_length_5 (JsState *J)
{
  return str (J, "abcdefghij");
}

static JsValue
build_long_string_nested (JsState *J)
{
  return parse (J, "{\"a\":{\"b\":\"lorem ipsum dolor sit amet\\nconsectetur adipiscing elit\\n"
                   "sed do eiusmod tempor incididunt ut labore\"}}");
}

/* new Map(Array.from({ length: 101 }, (_, i) => [i, i])) */
static JsValue
build_map_101 (JsState *J)
{
  JsValue pairs[202];
  for (int i = 0; i < 101; i++)
    pairs[2 * i] = pairs[2 * i + 1] = js_number (i);
  return map_of (J, 101, pairs);
}

/* [1, 2][Symbol.iterator]() */
static JsValue
build_array_iterator (JsState *J)
{
  return js_invoke (J, parse (J, "[1,2]"), JS_SYMBOL_KEY (J, iterator), 0, NULL);
}

static JsValue
map_ab (JsState *J)
{
  JsValue pairs[] = { str (J, "a"), js_number (1), str (J, "b"), js_number (2) };
  return map_of (J, 2, pairs);
}

/* new Map([['a', 1], ['b', 2]]).entries() */
static JsValue
build_map_entries_iterator (JsState *J)
{
  return invoke (J, map_ab (J), "entries", 0, NULL);
}

/* new Map([['a', 1], ['b', 2]]).keys() */
static JsValue
build_map_keys_iterator (JsState *J)
{
  return invoke (J, map_ab (J), "keys", 0, NULL);
}

/* new Set(['x', 'y']).values() */
static JsValue
build_set_values_iterator (JsState *J)
{
  JsValue values[] = { str (J, "x"), str (J, "y") };
  return invoke (J, set_of (J, 2, values), "values", 0, NULL);
}

/* ({ [Symbol("it's\n")]: 1 }) */
static JsValue
build_object_with_symbol_key_escape (JsState *J)
{
  JsValue o = parse (J, "{}");
  js_set (J, o, symbol (J, "it's\n"), js_number (1), TRUE);
  return o;
}

/* JSON.parse('{"__proto__": 1}') */
static JsValue
build_proto_key (JsState *J)
{
  return parse (J, "{\"__proto__\": 1}");
}

static JsValue
custom_symbol (JsState *J)
{
  JsValue key = str (J, "nodejs.util.inspect.custom");
  return invoke (J, get (J, js_object_value (J->global), "Symbol"), "for", 1, &key);
}

/* [util.inspect.custom]() { return 'Custom!\nsecond'; } */
static JsValue
custom_string (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return str (J, "Custom!\nsecond");
}

/* [util.inspect.custom]() { return { replaced: true }; } */
static JsValue
custom_object (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return parse (J, "{\"replaced\":true}");
}

/* [util.inspect.custom](depth, opts, inspect) { return inspect({ x: [1, 2] }, opts) + ' d=' + depth; } */
static JsValue
custom_nested (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue args[2] = { parse (J, "{\"x\":[1,2]}"), argv[1] };
  JsValue text = js_call (J, argv[2], JS_UNDEFINED, 2, args);
  JsValue suffix = js_op_add (J, str (J, " d="), argv[0]);
  return js_op_add (J, text, suffix);
}

static JsValue
with_custom (JsState *J, JsNativeFn fn)
{
  JsValue o = parse (J, "{}");
  js_set (J, o, custom_symbol (J), js_object_value (js_native_function_new (J, "", 0, fn, 0)), TRUE);
  return o;
}

/* ({ a: { [custom]() { return 'Custom!\nsecond'; } }, b: { [custom]() { return { replaced: true }; } } }) */
static JsValue
build_custom_inspect (JsState *J)
{
  JsValue o = parse (J, "{}");
  set (J, o, "a", with_custom (J, custom_string));
  set (J, o, "b", with_custom (J, custom_object));
  return o;
}

/* ({ list: [{ [custom](depth, opts, inspect) { … } }] }) */
static JsValue
build_custom_inspect_nested (JsState *J)
{
  JsValue o = parse (J, "{}");
  JsValue item = with_custom (J, custom_nested);
  set (J, o, "list", array_of (J, 1, &item));
  return o;
}

static void options_depth_0 (JsInspectOptions *o) { o->depth = 0; }
static void options_depth_infinite (JsInspectOptions *o) { o->depth = G_MAXINT; }
static void options_break_length_infinite (JsInspectOptions *o) { o->break_length = G_MAXINT; }
static void options_break_length_40 (JsInspectOptions *o) { o->break_length = 40; }
static void options_compact_false (JsInspectOptions *o) { o->compact = 0; }
static void options_compact_1 (JsInspectOptions *o) { o->compact = 1; }
static void options_sorted (JsInspectOptions *o) { o->sorted = TRUE; }
static void options_show_hidden (JsInspectOptions *o) { o->show_hidden = TRUE; }
static void options_max_array_length_2 (JsInspectOptions *o) { o->max_array_length = 2; }
static void options_max_string_length_5 (JsInspectOptions *o) { o->max_string_length = 5; }

typedef struct {
  const char *name;
  JsValue (*build) (JsState *J);
  void (*options) (JsInspectOptions *options);
  const char *expected;
} BuilderCase;

static const BuilderCase builder_cases[] = {
  { "circular-self", build_circular_self, NULL,
    "<ref *1> { name: 'root', self: [Circular *1] }" },
  { "circular-two", build_circular_two, NULL,
    "<ref *1> {\n  x: 1,\n  b: { a: [Circular *1] },\n  list: [ [Circular *1], { a: [Circular *1] } ]\n}" },
  { "circular-in-array", build_circular_in_array, NULL,
    "{ a: <ref *1> [ 1, [Circular *1] ] }" },
  { "symbols", build_symbols, NULL,
    "{ s: Symbol(v), e: Symbol(), [Symbol(k)]: 1 }" },
  { "special-numbers", build_special_numbers, NULL,
    "[ undefined, null, NaN, -0, 0, Infinity, -Infinity ]" },
  { "negative-zero", build_negative_zero, NULL,
    "-0" },
  { "negative-zero-in-object", build_negative_zero_in_object, NULL,
    "{ z: -0, n: -1e-7 }" },
  { "holes-middle", build_holes_middle, NULL,
    "[ 1, <1 empty item>, 3 ]" },
  { "holes-all", build_holes_all, NULL,
    "[ <3 empty items> ]" },
  { "holes-end", build_holes_end, NULL,
    "[ 1, <3 empty items> ]" },
  { "holes-sparse", build_holes_sparse, NULL,
    "[ <2 empty items>, 'x', <2 empty items>, 'y', <3 empty items> ]" },
  { "holes-many", build_holes_many, NULL,
    "[ <200 empty items> ]" },
  { "array-extra-props", build_array_extra_props, NULL,
    "[ 1, 2, x: 1, '-1': 2 ]" },
  { "array-only-props", build_array_only_props, NULL,
    "[ k: 'v' ]" },
  { "array-101-objects", build_array_101_objects, NULL,
    "[\n  { i: 0 },  { i: 1 },  { i: 2 },  { i: 3 },  { i: 4 },  { i: 5 },\n  { i: 6 },  { i: 7 },  { i: 8 },  { i: 9 },  { i: 10 }, { i: 11 },\n  { i: 12 }, { i: 13 }, { i: 14 }, { i: 15 }, { i: 16 }, { i: 17 },\n  { i: 18 }, { i: 19 }, { i: 20 }, { i: 21 }, { i: 22 }, { i: 23 },\n  { i: 24 }, { i: 25 }, { i: 26 }, { i: 27 }, { i: 28 }, { i: 29 },\n  { i: 30 }, { i: 31 }, { i: 32 }, { i: 33 }, { i: 34 }, { i: 35 },\n  { i: 36 }, { i: 37 }, { i: 38 }, { i: 39 }, { i: 40 }, { i: 41 },\n  { i: 42 }, { i: 43 }, { i: 44 }, { i: 45 }, { i: 46 }, { i: 47 },\n  { i: 48 }, { i: 49 }, { i: 50 }, { i: 51 }, { i: 52 }, { i: 53 },\n  { i: 54 }, { i: 55 }, { i: 56 }, { i: 57 }, { i: 58 }, { i: 59 },\n  { i: 60 }, { i: 61 }, { i: 62 }, { i: 63 }, { i: 64 }, { i: 65 },\n  { i: 66 }, { i: 67 }, { i: 68 }, { i: 69 }, { i: 70 }, { i: 71 },\n  { i: 72 }, { i: 73 }, { i: 74 }, { i: 75 }, { i: 76 }, { i: 77 },\n  { i: 78 }, { i: 79 }, { i: 80 }, { i: 81 }, { i: 82 }, { i: 83 },\n  { i: 84 }, { i: 85 }, { i: 86 }, { i: 87 }, { i: 88 }, { i: 89 },\n  { i: 90 }, { i: 91 }, { i: 92 }, { i: 93 }, { i: 94 }, { i: 95 },\n  { i: 96 }, { i: 97 }, { i: 98 }, { i: 99 },\n  ... 1 more item\n]" },
  { "null-proto-empty", build_null_proto_empty, NULL,
    "[Object: null prototype] {}" },
  { "null-proto", build_null_proto, NULL,
    "[Object: null prototype] { a: 1, b: 'two' }" },
  { "null-proto-nested", build_null_proto_nested, NULL,
    "{ inner: [Object: null prototype] { k: 'v' } }" },
  { "accessors", build_accessors, NULL,
    "{ plain: 1, g: [Getter], s: [Setter], gs: [Getter/Setter] }" },
  { "hidden-props", build_hidden_props, NULL,
    "{ a: 1 }" },
  { "function-named", build_function_named, NULL,
    "[Function: log]" },
  { "function-anonymous", build_function_anonymous, NULL,
    "[Function (anonymous)]" },
  { "function-with-props", build_function_with_props, NULL,
    "[Function: tagged] { extra: 1 }" },
  { "functions-in-object", build_functions_in_object, NULL,
    "{ cb: [Function: cb], anon: [Function (anonymous)] }" },
  { "map-empty", build_map_empty, NULL,
    "Map(0) {}" },
  { "map", build_map, NULL,
    "Map(2) { 'a' => 1, 'b' => { c: [ 1, 2 ] } }" },
  { "map-nested", build_map_nested, NULL,
    "{ m: Map(1) { { k: 1 } => Set(2) { 1, 2 } } }" },
  { "map-deep", build_map_deep, NULL,
    "{ a: { b: Map(1) { 'k' => [Object] } } }" },
  { "set", build_set, NULL,
    "Set(3) { 1, 'two', [ 3 ] }" },
  { "set-7", build_set_7, NULL,
    "Set(7) { 1, 2, 3, 4, 5, 6, 7 }" },
  { "set-101", build_set_101, NULL,
    "Set(101) {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n  49,\n  50,\n  51,\n  52,\n  53,\n  54,\n  55,\n  56,\n  57,\n  58,\n  59,\n  60,\n  61,\n  62,\n  63,\n  64,\n  65,\n  66,\n  67,\n  68,\n  69,\n  70,\n  71,\n  72,\n  73,\n  74,\n  75,\n  76,\n  77,\n  78,\n  79,\n  80,\n  81,\n  82,\n  83,\n  84,\n  85,\n  86,\n  87,\n  88,\n  89,\n  90,\n  91,\n  92,\n  93,\n  94,\n  95,\n  96,\n  97,\n  98,\n  99,\n  ... 1 more item\n}" },
  { "set-empty", build_set_empty, NULL,
    "Set(0) {}" },
  { "map-with-props", build_map_with_props, NULL,
    "Map(1) { 1 => 2, extra: true }" },
  { "weakmap", build_weakmap, NULL,
    "WeakMap { <items unknown> }" },
  { "weakmap-show-hidden", build_weakmap_show_hidden, options_show_hidden,
    "WeakMap { { a: 1 } => 'one', { b: 2 } => [ 2, [length]: 1 ] }" },
  { "weakset-in-array", build_weakset_in_array, NULL,
    "[ WeakSet { <items unknown> } ]" },
  { "boxed", build_boxed, NULL,
    "[\n  [Number: 3],\n  [String: 'ab'],\n  [Boolean: true],\n  [Symbol: Symbol(a)],\n  [Number: -0]\n]" },
  { "boxed-string-props", build_boxed_string_props, NULL,
    "[String: 'hi'] { extra: 1 }" },
  { "error-no-frames", build_error_no_frames, NULL,
    "[Error: boom]" },
  { "error-in-object", build_error_in_object, NULL,
    "{ e: [TypeError: bad] }" },
  { "error-with-props", build_error_with_props, NULL,
    "[Error: boom] { code: 42 }" },
  { "error-empty-message", build_error_empty_message, NULL,
    "[RangeError]" },
  { "error-renamed", build_error_renamed, NULL,
    "[Error [ValidationError]: x]" },
  { "error-stack-mismatch", build_error_stack_mismatch, NULL,
    "[Something else]" },
  { "class-instance", build_class_instance, NULL,
    "P { x: 1, y: 2 }" },
  { "class-instance-empty", build_class_instance_empty, NULL,
    "P {}" },
  { "class-instance-deep", build_class_instance_deep, NULL,
    "{ a: { b: { p: [P] } } }" },
  { "class-instance-nested", build_class_instance_nested, NULL,
    "{ p: P { x: P { x: 1, y: 2 }, y: [ 3 ] } }" },
  { "tostringtag-hidden", build_tostringtag_hidden, NULL,
    "Object [Tag] { a: 1 }" },
  { "tostringtag-enumerable", build_tostringtag_enumerable, NULL,
    "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Tag' }" },
  { "tostringtag-empty-object", build_tostringtag_empty_object, NULL,
    "Object [Tag] {}" },
  { "tostringtag-instance", build_tostringtag_instance, NULL,
    "P [Tag] { x: 1, y: 2 }" },
  { "promise-pending", build_promise_pending, NULL,
    "Promise { <pending> }" },
  { "promise-fulfilled", build_promise_fulfilled, NULL,
    "Promise { { a: [ 1 ] } }" },
  { "promise-undefined", build_promise_undefined, NULL,
    "Promise { undefined }" },
  { "promise-rejected", build_promise_rejected, NULL,
    "Promise { <rejected> 42 }" },
  { "promise-nested", build_promise_nested, NULL,
    "{ p: Promise { 'x' } }" },
  { "depth-0", build_depth_0, options_depth_0,
    "{ a: [Object], c: [Array] }" },
  { "depth-infinite", build_depth_infinite, options_depth_infinite,
    "{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}" },
  { "break-length-infinite", build_break_length_infinite, options_break_length_infinite,
    "{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }" },
  { "break-length-40", build_break_length_40, options_break_length_40,
    "{\n  alpha: 1,\n  beta: 2,\n  gamma: 3,\n  delta: 4,\n  epsilon: 5\n}" },
  { "compact-false", build_compact_false, options_compact_false,
    "{\n  a: 1,\n  b: [\n    1,\n    2\n  ],\n  c: {}\n}" },
  { "compact-1", build_compact_1, options_compact_1,
    "{\n  a: {\n    b: { c: 1 }\n  }\n}" },
  { "sorted", build_sorted, options_sorted,
    "{ a: 2, b: 1, c: 3 }" },
  { "show-hidden-array", build_show_hidden_array, options_show_hidden,
    "[ 1, 2, [length]: 2 ]" },
  { "max-array-length-2", build_max_array_length_2, options_max_array_length_2,
    "[ 1, 2, ... 2 more items ]" },
  { "max-string-length-5", build_max_string_length_5, options_max_string_length_5,
    "'abcde'... 5 more characters" },
  { "long-string-nested", build_long_string_nested, NULL,
    "{\n  a: {\n    b: 'lorem ipsum dolor sit amet\\n' +\n      'consectetur adipiscing elit\\n' +\n      'sed do eiusmod tempor incididunt ut labore'\n  }\n}" },
  { "map-101", build_map_101, NULL,
    "Map(101) {\n  0 => 0,\n  1 => 1,\n  2 => 2,\n  3 => 3,\n  4 => 4,\n  5 => 5,\n  6 => 6,\n  7 => 7,\n  8 => 8,\n  9 => 9,\n  10 => 10,\n  11 => 11,\n  12 => 12,\n  13 => 13,\n  14 => 14,\n  15 => 15,\n  16 => 16,\n  17 => 17,\n  18 => 18,\n  19 => 19,\n  20 => 20,\n  21 => 21,\n  22 => 22,\n  23 => 23,\n  24 => 24,\n  25 => 25,\n  26 => 26,\n  27 => 27,\n  28 => 28,\n  29 => 29,\n  30 => 30,\n  31 => 31,\n  32 => 32,\n  33 => 33,\n  34 => 34,\n  35 => 35,\n  36 => 36,\n  37 => 37,\n  38 => 38,\n  39 => 39,\n  40 => 40,\n  41 => 41,\n  42 => 42,\n  43 => 43,\n  44 => 44,\n  45 => 45,\n  46 => 46,\n  47 => 47,\n  48 => 48,\n  49 => 49,\n  50 => 50,\n  51 => 51,\n  52 => 52,\n  53 => 53,\n  54 => 54,\n  55 => 55,\n  56 => 56,\n  57 => 57,\n  58 => 58,\n  59 => 59,\n  60 => 60,\n  61 => 61,\n  62 => 62,\n  63 => 63,\n  64 => 64,\n  65 => 65,\n  66 => 66,\n  67 => 67,\n  68 => 68,\n  69 => 69,\n  70 => 70,\n  71 => 71,\n  72 => 72,\n  73 => 73,\n  74 => 74,\n  75 => 75,\n  76 => 76,\n  77 => 77,\n  78 => 78,\n  79 => 79,\n  80 => 80,\n  81 => 81,\n  82 => 82,\n  83 => 83,\n  84 => 84,\n  85 => 85,\n  86 => 86,\n  87 => 87,\n  88 => 88,\n  89 => 89,\n  90 => 90,\n  91 => 91,\n  92 => 92,\n  93 => 93,\n  94 => 94,\n  95 => 95,\n  96 => 96,\n  97 => 97,\n  98 => 98,\n  99 => 99,\n  ... 1 more item\n}" },
  { "array-iterator", build_array_iterator, NULL,
    "Object [Array Iterator] {}" },
  { "map-entries-iterator", build_map_entries_iterator, NULL,
    "[Map Entries] { [ 'a', 1 ], [ 'b', 2 ] }" },
  { "map-keys-iterator", build_map_keys_iterator, NULL,
    "[Map Iterator] { 'a', 'b' }" },
  { "set-values-iterator", build_set_values_iterator, NULL,
    "[Set Iterator] { 'x', 'y' }" },
  { "object-with-symbol-key-escape", build_object_with_symbol_key_escape, NULL,
    "{ [Symbol(it\\'s\\n)]: 1 }" },
  { "custom-inspect", build_custom_inspect, NULL,
    "{\n  a: Custom!\n  second,\n  b: { replaced: true }\n}" },
  { "custom-inspect-nested", build_custom_inspect_nested, NULL,
    "{ list: [ { x: [ 1, 2 ] } d=0 ] }" },
  { "proto-key", build_proto_key, NULL,
    "{ ['__proto__']: 1 }" },
};

/* ------------------------------------------------------------------------
 * util.format: arguments are JSON, or "@-0", "@NaN", "@undefined",
 * "@symbol:desc", "@circular" ({ a: 1, self: <itself> }).
 * ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *args[8];
  const char *expected;
} FormatCase;

static const FormatCase format_cases[] = {
  { "plain-strings", { "\"a\"", "\"b\"", NULL },
    "a b" },
  { "string-then-values", { "\"a\"", "1", "{\"x\":1}", "[1,\"s\"]", "null", "@undefined", NULL },
    "a 1 { x: 1 } [ 1, 's' ] null undefined" },
  { "number-first", { "1", "\"x\"", NULL },
    "1 x" },
  { "object-first", { "{\"a\":1}", "\"%s\"", NULL },
    "{ a: 1 } %s" },
  { "s-d", { "\"%s is %d years\"", "\"Bob\"", "42", NULL },
    "Bob is 42 years" },
  { "s-number-negative-zero", { "\"%s|%d|%i\"", "@-0", "@-0", "@-0", NULL },
    "-0|-0|0" },
  { "s-object", { "\"%s\"", "{\"a\":{\"b\":1}}", NULL },
    "{ a: [Object] }" },
  { "s-array", { "\"%s\"", "[1,[2,[3]]]", NULL },
    "[ 1, [Array] ]" },
  { "s-null-undefined-symbol", { "\"%s %s %s\"", "null", "@undefined", "@symbol:q", NULL },
    "null undefined Symbol(q)" },
  { "d-conversions", { "\"%d %d %d %d\"", "\"42abc\"", "\"0x10\"", "true", "{}", NULL },
    "NaN 16 1 NaN" },
  { "i-conversions", { "\"%i %i %i\"", "\"42.9px\"", "\"-7.5\"", "\"0x1f\"", NULL },
    "42 -7 31" },
  { "f-conversions", { "\"%f %f %f\"", "\"3.14abc\"", "\"1e3\"", "\"x\"", NULL },
    "3.14 1000 NaN" },
  { "d-symbol", { "\"%d %i %f\"", "@symbol:s", "@symbol:s", "@symbol:s", NULL },
    "NaN NaN NaN" },
  { "j", { "\"%j\"", "{\"a\":[1,\"x\"]}", NULL },
    "{\"a\":[1,\"x\"]}" },
  { "j-circular", { "\"%j\"", "@circular", NULL },
    "[Circular]" },
  { "j-undefined", { "\"%j\"", "@undefined", NULL },
    "undefined" },
  { "o-array", { "\"%o\"", "[1,2]", NULL },
    "[ 1, 2, [length]: 2 ]" },
  { "O-deep", { "\"%O\"", "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", NULL },
    "{ a: { b: { c: [Object] } } }" },
  { "o-deep", { "\"%o\"", "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":1}}}}}}", NULL },
    "{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}" },
  { "c", { "\"%cstyled%c text\"", "\"color: red\"", "\"x\"", NULL },
    "styled text" },
  { "percent-escape", { "\"100%% done\"", "1", NULL },
    "100% done 1" },
  { "percent-alone", { "\"100%\"", "1", NULL },
    "100% 1" },
  { "unknown-specifier", { "\"%x %s\"", "1", NULL },
    "%x 1" },
  { "missing-args", { "\"%s and %s\"", "\"only\"", NULL },
    "only and %s" },
  { "extra-args", { "\"%s\"", "\"a\"", "\"b\"", "{\"c\":1}", NULL },
    "a b { c: 1 }" },
  { "only-format", { "\"%s %d\"", NULL },
    "%s %d" },
  { "trailing-percent", { "\"50%\"", NULL },
    "50%" },
  { "percent-percent-no-args", { "\"a %% b\"", NULL },
    "a %% b" },
  { "nan", { "@NaN", "\"%d\"", NULL },
    "NaN %d" },
  { "multiline-object", { "\"obj:\"", "{\"alpha\":\"aaaaaaaaaaaaaaaaaaaaa\",\"beta\":\"bbbbbbbbbbbbbbbbbbbbb\",\"gamma\":\"ccccccccccccccccccc\"}", NULL },
    "obj: {\n  alpha: 'aaaaaaaaaaaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbbbbbbbbbb',\n  gamma: 'ccccccccccccccccccc'\n}" },
};

/* ------------------------------------------------------------------------
 * JSON
 * ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *value;      /* JSON or an "@" spec (json_spec_value) */
  const char *replacer;   /* JSON, "@double", "@drop-b", or NULL */
  const char *space;      /* JSON or NULL */
  const char *expected;   /* "<undefined>" for undefined */
} StringifyCase;

typedef struct {
  const char *name;
  const char *text;
  const char *reviver;    /* "@times10", "@drop-b" or NULL */
  const char *expected;   /* util.inspect of the result, or "Name: message" */
} ParseCase;

static const StringifyCase stringify_cases[] = {
  { "number", "1", NULL, NULL,
    "1" },
  { "string", "\"s\"", NULL, NULL,
    "\"s\"" },
  { "null", "null", NULL, NULL,
    "null" },
  { "true", "true", NULL, NULL,
    "true" },
  { "object", "{\"a\":1,\"b\":[1,2,{\"c\":\"d\"}]}", NULL, NULL,
    "{\"a\":1,\"b\":[1,2,{\"c\":\"d\"}]}" },
  { "empty", "{\"a\":{},\"b\":[]}", NULL, NULL,
    "{\"a\":{},\"b\":[]}" },
  { "undefined", "@undefined", NULL, NULL,
    "<undefined>" },
  { "function", "@fn", NULL, NULL,
    "<undefined>" },
  { "symbol", "@symbol", NULL, NULL,
    "<undefined>" },
  { "specials", "@specials", NULL, NULL,
    "{\"n\":null,\"i\":null,\"z\":0,\"ok\":1}" },
  { "specials-array", "@specials-array", NULL, NULL,
    "[null,null,null,null,0]" },
  { "boxed", "@boxed", NULL, NULL,
    "[1,\"s\",false]" },
  { "tojson", "@tojson", NULL, NULL,
    "\"custom\"" },
  { "tojson-key", "@tojson-key", NULL, NULL,
    "{\"d\":\"d!\",\"e\":[\"0!\"]}" },
  { "escapes", "@escapes", NULL, NULL,
    "\"q\\\"b\\\\\\n\\t\\u0001\\u001f \\ud800é😀\"" },
  { "hidden", "@hidden", NULL, NULL,
    "{\"a\":1}" },
  { "symbol-key", "@symbol-key", NULL, NULL,
    "{\"a\":2}" },
  { "null-proto", "@null-proto", NULL, NULL,
    "{\"a\":1}" },
  { "indent-2", "{\"a\":[1,{\"b\":2}],\"c\":\"x\",\"d\":[],\"e\":{}}", NULL, "2",
    "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\",\n  \"d\": [],\n  \"e\": {}\n}" },
  { "indent-string", "{\"a\":[],\"b\":{\"c\":1}}", NULL, "\"--\"",
    "{\n--\"a\": [],\n--\"b\": {\n----\"c\": 1\n--}\n}" },
  { "indent-clamped", "{\"a\":1}", NULL, "20",
    "{\n          \"a\": 1\n}" },
  { "indent-long-string", "{\"a\":[1]}", NULL, "\"abcdefghijklmn\"",
    "{\nabcdefghij\"a\": [\nabcdefghijabcdefghij1\nabcdefghij]\n}" },
  { "indent-zero", "{\"a\":1}", NULL, "0",
    "{\"a\":1}" },
  { "indent-empty-string", "{\"a\":1}", NULL, "\"\"",
    "{\"a\":1}" },
  { "replacer-array", "{\"a\":1,\"b\":2,\"c\":{\"a\":3,\"d\":4}}", "[\"a\",\"c\"]", NULL,
    "{\"a\":1,\"c\":{\"a\":3}}" },
  { "replacer-array-numbers", "{\"1\":\"one\",\"2\":\"two\",\"a\":\"x\"}", "[1,\"a\",1]", NULL,
    "{\"1\":\"one\",\"a\":\"x\"}" },
  { "replacer-function", "{\"a\":1,\"b\":[2,{\"c\":3}]}", "@double", NULL,
    "{\"a\":2,\"b\":[4,{\"c\":6}]}" },
  { "replacer-drop", "{\"a\":1,\"b\":2,\"c\":{\"b\":3}}", "@drop-b", NULL,
    "{\"a\":1,\"c\":{}}" },
  { "replacer-with-indent", "{\"a\":1,\"b\":2}", "[\"b\"]", "1",
    "{\n \"b\": 2\n}" },
};
static const ParseCase parse_cases[] = {
  { "error-0", "{\"a\":}", NULL,
    "SyntaxError: Unexpected token '}', \"{\"a\":}\" is not valid JSON" },
  { "error-1", "", NULL,
    "SyntaxError: Unexpected end of JSON input" },
  { "error-2", " ", NULL,
    "SyntaxError: Unexpected end of JSON input" },
  { "error-3", "{", NULL,
    "SyntaxError: Expected property name or '}' in JSON at position 1" },
  { "error-4", "[1,]", NULL,
    "SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON" },
  { "error-5", "{\"a\":1,}", NULL,
    "SyntaxError: Expected double-quoted property name in JSON at position 7" },
  { "error-6", "tru", NULL,
    "SyntaxError: Unexpected end of JSON input" },
  { "error-7", "nul", NULL,
    "SyntaxError: Unexpected end of JSON input" },
  { "error-8", "01", NULL,
    "SyntaxError: Unexpected number in JSON at position 1" },
  { "error-9", "1.", NULL,
    "SyntaxError: Unterminated fractional number in JSON at position 2" },
  { "error-10", "-", NULL,
    "SyntaxError: No number after minus sign in JSON at position 1" },
  { "error-11", "\"abc", NULL,
    "SyntaxError: Unterminated string in JSON at position 4" },
  { "error-12", "\"a\\x\"", NULL,
    "SyntaxError: Bad escaped character in JSON at position 3" },
  { "error-13", "\"\001\"", NULL,
    "SyntaxError: Bad control character in string literal in JSON at position 1" },
  { "error-14", "{a:1}", NULL,
    "SyntaxError: Expected property name or '}' in JSON at position 1" },
  { "error-15", "[1 2]", NULL,
    "SyntaxError: Expected ',' or ']' after array element in JSON at position 3" },
  { "error-16", "1 2", NULL,
    "SyntaxError: Unexpected non-whitespace character after JSON at position 2" },
  { "error-17", "undefined", NULL,
    "SyntaxError: \"undefined\" is not valid JSON" },
  { "error-18", "{\"a\" 1}", NULL,
    "SyntaxError: Expected ':' after property name in JSON at position 5" },
  { "error-19", "NaN", NULL,
    "SyntaxError: \"NaN\" is not valid JSON" },
  { "error-20", "\"\\u12\"", NULL,
    "SyntaxError: Bad Unicode escape in JSON at position 5" },
  { "error-21", "123abc", NULL,
    "SyntaxError: Unexpected non-whitespace character after JSON at position 3" },
  { "error-22", "[", NULL,
    "SyntaxError: Unexpected end of JSON input" },
  { "error-23", "{\"a\":1", NULL,
    "SyntaxError: Expected ',' or '}' after property value in JSON at position 6" },
  { "error-24", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", NULL,
    "SyntaxError: Unexpected token 'x', \"xxxxxxxxxx\"... is not valid JSON" },
  { "error-25", "{\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\": x}", NULL,
    "SyntaxError: Unexpected token 'x', ...\"aaaaaaa\": x}\" is not valid JSON" },
  { "error-26", "[1,2,3,4,5,6,7,8,9x]", NULL,
    "SyntaxError: Expected ',' or ']' after array element in JSON at position 18" },
  { "error-27", "[1,2,3,4,5,6,7,8,9,x]", NULL,
    "SyntaxError: Unexpected token 'x', ...\"5,6,7,8,9,x]\" is not valid JSON" },
  { "error-28", "[1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,1,2,x,1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9]", NULL,
    "SyntaxError: Unexpected token 'x', ...\"7,8,9,1,2,x,1,2,3,4,\"... is not valid JSON" },
  { "error-29", "{\"a\":1,\"b\" 2}", NULL,
    "SyntaxError: Unexpected number in JSON at position 11" },
  { "error-30", "t\"", NULL,
    "SyntaxError: Unexpected string in JSON at position 1" },
  { "error-31", "trux", NULL,
    "SyntaxError: Unexpected token 'x', \"trux\" is not valid JSON" },
  { "error-32", "\"abc\\", NULL,
    "SyntaxError: Unexpected end of JSON input" },
  { "error-33", "1e+", NULL,
    "SyntaxError: Exponent part is missing a number in JSON at position 3" },
  { "error-34", "0.e1", NULL,
    "SyntaxError: Unterminated fractional number in JSON at position 2" },
  { "error-35", "-01", NULL,
    "SyntaxError: Unexpected number in JSON at position 2" },
  { "error-36", "[-]", NULL,
    "SyntaxError: No number after minus sign in JSON at position 2" },
  { "error-37", ".5", NULL,
    "SyntaxError: Unexpected token '.', \".5\" is not valid JSON" },
  { "error-38", "é", NULL,
    "SyntaxError: Unexpected token 'é', \"é\" is not valid JSON" },
  { "error-39", "[Infinity]", NULL,
    "SyntaxError: Unexpected token 'I', \"[Infinity]\" is not valid JSON" },
  { "values", "{\"a\":[1,-0.5,1e3,true,false,null,\"s\\n\\u00e9\\ud83d\\ude00\"],\"b\":{}}", NULL,
    "{ a: [ 1, -0.5, 1000, true, false, null, 's\\né😀' ], b: {} }" },
  { "whitespace", " \t\n\015[ 1 , { \"k\" : \"v\" } ]\n", NULL,
    "[ 1, { k: 'v' } ]" },
  { "duplicate-keys", "{\"a\":1,\"b\":2,\"a\":3}", NULL,
    "{ a: 3, b: 2 }" },
  { "proto-key", "{\"__proto__\":{\"x\":1}}", NULL,
    "{ ['__proto__']: { x: 1 } }" },
  { "big-numbers", "[1e400,-1e400,123456789012345678901234567890,0.1,5e-324]", NULL,
    "[ Infinity, -Infinity, 1.2345678901234568e+29, 0.1, 5e-324 ]" },
  { "reviver", "{\"a\":[1,{\"b\":2}],\"c\":3}", "@times10",
    "{ a: [ 10, { b: 20 } ], c: 30 }" },
  { "reviver-delete", "{\"a\":1,\"b\":2,\"c\":{\"b\":3}}", "@drop-b",
    "{ a: 1, c: {} }" },
};

typedef struct {
  const char *spec;
  const char *expected;
} CircularCase;

static const CircularCase circular_cases[] = {
  { "@circular-self",
    "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle" },
  { "@circular-deep",
    "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'x' -> object with constructor 'Object'\n    |     property 'y' -> object with constructor 'Array'\n    |     index 1 -> object with constructor 'Object'\n    --- property 'z' closes the circle" },
  { "@circular-long",
    "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    |     property 'q' -> object with constructor 'Object'\n    |     property 'r' -> object with constructor 'Object'\n    |     ...\n    |     property 't' -> object with constructor 'Object'\n    --- property 'u' closes the circle" },
  { "@circular-array",
    "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Array'\n    --- index 0 closes the circle" },
  { "@circular-instance",
    "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'K'\n    --- property 'me' closes the circle" },
};

/* ------------------------------------------------------------------------
 * console: each call is "method\001arg\001arg…" with JSON arguments (or
 * "@map", "@set"); the whole sequence's stdout and stderr.
 * ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *calls[16];
  const char *out;
  const char *err;
} ConsoleCase;

static const ConsoleCase console_cases[] = {
  { "log",
    { "log\001\"hello\"\001{\"a\":1}",
      "log",
      "info\001\"i\"",
      "debug\001\"d\"", NULL },
    "hello { a: 1 }\n\ni\nd\n",
    "" },
  { "error-warn",
    { "error\001\"e %d\"\0011",
      "warn\001\"w\"",
      "log\001\"out\"", NULL },
    "out\n",
    "e 1\nw\n" },
  { "group",
    { "log\001\"top\"",
      "group\001\"Group A\"",
      "log\001\"inside\"",
      "log\001\"multi\\nline\"",
      "group",
      "log\001{\"deep\":{\"er\":{\"est\":{\"x\":1}}},\"list\":[\"aaaaaaaaaaaaaaaaaaaa\",\"bbbbbbbbbbbbbbbbbbbbbbb\",\"ccccccccccccccccccc\"]}",
      "groupEnd",
      "groupCollapsed\001\"C\"",
      "error\001\"err in group\"",
      "groupEnd",
      "groupEnd",
      "groupEnd",
      "log\001\"back\"", NULL },
    "top\nGroup A\n  inside\n  multi\n  line\n    {\n      deep: { er: { est: [Object] } },\n      list: [\n        'aaaaaaaaaaaaaaaaaaaa',\n        'bbbbbbbbbbbbbbbbbbbbbbb',\n        'ccccccccccccccccccc'\n      ]\n    }\n  C\nback\n",
    "    err in group\n" },
  { "count",
    { "count",
      "count",
      "count\001\"x\"",
      "count\0011",
      "countReset",
      "count",
      "count\001\"x\"", NULL },
    "default: 1\ndefault: 2\nx: 1\n1: 1\ndefault: 1\nx: 2\n",
    "" },
  { "assert",
    { "assert\001true\001\"never\"",
      "assert\001false\001\"shown %s\"\001\"here\"\0012",
      "assert\0010",
      "assert\001\"\"\001{\"o\":1}",
      "log\001\"end\"", NULL },
    "end\n",
    "Assertion failed: shown here 2\nAssertion failed\nAssertion failed: [object Object]\n" },
  { "dir",
    { "dir\001{\"a\":{\"b\":{\"c\":{\"d\":1}}}}",
      "dir\001\"%s not a format\"",
      "dir\001[1,\"x\"]\001{\"depth\":0}",
      "dir\001{\"a\":{\"b\":{\"c\":{\"d\":1}}}}\001{\"depth\":null}",
      "dir\001{\"b\":1,\"a\":2}\001{\"sorted\":true,\"compact\":false}", NULL },
    "{ a: { b: { c: [Object] } } }\n'%s not a format'\n[ 1, 'x' ]\n{\n  a: { b: { c: { d: 1 } } }\n}\n{\n  a: 2,\n  b: 1\n}\n",
    "" },
  { "table-array-of-objects",
    { "table\001[{\"a\":1,\"b\":\"x\"},{\"a\":2,\"c\":true},{\"b\":\"y\"}]", NULL },
    "┌─────────┬───┬─────┬──────┐\n│ (index) │ a │ b   │ c    │\n├─────────┼───┼─────┼──────┤\n│ 0       │ 1 │ 'x' │      │\n│ 1       │ 2 │     │ true │\n│ 2       │   │ 'y' │      │\n└─────────┴───┴─────┴──────┘\n",
    "" },
  { "table-primitives",
    { "table\001[1,\"two\",{\"three\":3}]", NULL },
    "┌─────────┬───────┬────────┐\n│ (index) │ three │ Values │\n├─────────┼───────┼────────┤\n│ 0       │       │ 1      │\n│ 1       │       │ 'two'  │\n│ 2       │ 3     │        │\n└─────────┴───────┴────────┘\n",
    "" },
  { "table-object",
    { "table\001{\"r1\":{\"c\":1},\"r2\":{\"c\":22,\"d\":[1,2,3,4,5]},\"r3\":\"v\"}", NULL },
    "┌─────────┬────┬───────────────────────────────┬────────┐\n│ (index) │ c  │ d                             │ Values │\n├─────────┼────┼───────────────────────────────┼────────┤\n│ r1      │ 1  │                               │        │\n│ r2      │ 22 │ [ 1, 2, 3, ... 2 more items ] │        │\n│ r3      │    │                               │ 'v'    │\n└─────────┴────┴───────────────────────────────┴────────┘\n",
    "" },
  { "table-properties",
    { "table\001[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]\001[\"b\"]", NULL },
    "┌─────────┬───┐\n│ (index) │ b │\n├─────────┼───┤\n│ 0       │ 2 │\n│ 1       │ 4 │\n└─────────┴───┘\n",
    "" },
  { "table-not-object",
    { "table\001\"text\"",
      "table\0015", NULL },
    "text\n5\n",
    "" },
  { "table-map",
    { "table\001@map", NULL },
    "┌───────────────────┬─────┬──────────┐\n│ (iteration index) │ Key │ Values   │\n├───────────────────┼─────┼──────────┤\n│ 0                 │ 'a' │ 1        │\n│ 1                 │ 'b' │ { c: 2 } │\n└───────────────────┴─────┴──────────┘\n",
    "" },
  { "table-set",
    { "table\001@set", NULL },
    "┌───────────────────┬────────┐\n│ (iteration index) │ Values │\n├───────────────────┼────────┤\n│ 0                 │ 'x'    │\n│ 1                 │ 'y'    │\n└───────────────────┴────────┘\n",
    "" },
  { "table-numeric-columns",
    { "table\001[{\"2\":\"b\",\"1\":\"a\",\"x\":\"c\"}]", NULL },
    "┌─────────┬─────┬─────┬─────┐\n│ (index) │ 1   │ 2   │ x   │\n├─────────┼─────┼─────┼─────┤\n│ 0       │ 'a' │ 'b' │ 'c' │\n└─────────┴─────┴─────┴─────┘\n",
    "" },
  { "table-nested",
    { "table\001[{\"o\":{\"p\":1,\"q\":2,\"r\":3},\"a\":[1,2,3,4,5]}]", NULL },
    "┌─────────┬──────────┬───────────────────────────────┐\n│ (index) │ o        │ a                             │\n├─────────┼──────────┼───────────────────────────────┤\n│ 0       │ [Object] │ [ 1, 2, 3, ... 2 more items ] │\n└─────────┴──────────┴───────────────────────────────┘\n",
    "" },
};

/* ------------------------------------------------------------------------
 * Whole scripts: what console.log prints for values only the compiler
 * makes (classes, closures, generators, arguments, async results).
 * ------------------------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *source;
  const char *out;
} ScriptCase;

static const ScriptCase script_cases[] = {
  { "null-prototype-names",
    "console.log(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'Bare', k: 1 }));\n"
    "console.log(Object.create(Object.create(null, { constructor: { value: function Named() {} } })));\n"
    "const g = (function* () {})(); Object.setPrototypeOf(g, null);\n"
    "const re = /a+/g; Object.setPrototypeOf(re, null);\nconsole.log(g, re);",
    "[Bare: null prototype] { k: 1, [Symbol(Symbol.toStringTag)]: 'Bare' }\n"
    "Named <[Object: null prototype] {}> {}\n"
    "[Generator: null prototype] {} [RegExp: null prototype] /a+/g\n" },
  { "string-width-columns",
    "console.log(['🇫🇷', 'ab', '🇫🇷', 'abc', '日本', 'x', '\\u200b', 'abcd', 'e\\u0301', 'ab', 'q']);",
    "[\n  '🇫🇷', 'ab',   '🇫🇷',\n  'abc',  '日本', 'x',\n  '\xe2\x80\x8b',     'abcd', 'e\xcc\x81',\n  'ab',   'q'\n]\n" },
  { "format-keeps-nul",
    "console.log(JSON.stringify(require('util').format('%s|', 'a\\0b', 'c\\0d')));",
    "\"a\\u0000b| c\\u0000d\"\n" },
  { "compact-true-reference",
    "const o = { name: 'o' }; o.self = o;\nconsole.log(require('util').inspect(o, { compact: true }));",
    "<ref *1> { name: 'o', self: [Circular *1] }\n" },
  { "private-fields-hidden",
    "class A { #p = 1; constructor() { this.x = 2; } }\n"
    "console.log(require('util').inspect(new A(), { showHidden: true }), Reflect.ownKeys(new A()));",
    "A { x: 2 } [ 'x' ]\n" },
  { "classes",
    "class A {}\nclass B extends A { static s = 1; }\nconsole.log(A, B, [A], { B }, class {}, class extends A {});",
    "[class A] [class B extends A] { s: 1 } [ [class A] ] { B: [class B extends A] { s: 1 } } [class (anonymous)] [class (anonymous) extends A]\n" },
  { "class-instances",
    "class Point { constructor(x, y) { this.x = x; this.y = y; } }\nclass P3 extends Point { constructor() { super(1, 2); this.z = 3; } }\nconsole.log(new Point(1, 2), new P3(), [new Point(0, 0)], { deep: { er: { p: new Point(5, 6) } } });\nclass Empty {}\nconsole.log(new Empty(), { e: new Empty() });",
    "Point { x: 1, y: 2 } P3 { x: 1, y: 2, z: 3 } [ Point { x: 0, y: 0 } ] { deep: { er: { p: [Point] } } }\nEmpty {} { e: Empty {} }\n" },
  { "function-kinds",
    "function f() {}\nconsole.log(f, () => {}, async function af() {}, function* g() {}, async function* ag() {}, async () => {});\nconsole.log(f.bind(null), Math.max, [function () {}]);\nconst o = { method() {}, get x() { return 1; } };\nconsole.log(o, o.method);",
    "[Function: f] [Function (anonymous)] [AsyncFunction: af] [GeneratorFunction: g] [AsyncGeneratorFunction: ag] [AsyncFunction (anonymous)]\n[Function: bound f] [Function: max] [ [Function (anonymous)] ]\n{ method: [Function: method], x: [Getter] } [Function: method]\n" },
  { "function-props",
    "function tagged() {}\ntagged.extra = 1;\nconsole.log(tagged, { tagged });\nclass K { static count = 2; static helper() {} }\nconsole.log(K);",
    "[Function: tagged] { extra: 1 } { tagged: [Function: tagged] { extra: 1 } }\n[class K] { count: 2 }\n" },
  { "format-o-method",
    "console.log('%o', { f() {} });\nconsole.log('%o', [1, [2, [3, [4, [5, [6]]]]]]);",
    "{ f: [Function: f] { [length]: 0, [name]: 'f' } }\n[\n  1,\n  [\n    2,\n    [ 3, [ 4, [ 5, [Array], [length]: 2 ], [length]: 2 ], [length]: 2 ],\n    [length]: 2\n  ],\n  [length]: 2\n]\n" },
  { "generator-objects",
    "function* gen() { yield 1; }\nconst it = gen();\nconsole.log(it, [it]);\nasync function* ag() {}\nconsole.log(ag());",
    "Object [Generator] {} [ Object [Generator] {} ]\nObject [AsyncGenerator] {}\n" },
  { "arguments",
    "(function () { console.log(arguments); })(1, 'two');\n(function () { console.log(arguments); })();",
    "[Arguments] { '0': 1, '1': 'two' }\n[Arguments] {}\n" },
  { "iterators",
    "const m = new Map([['a', 1], ['b', 2]]);\nconst e = m.entries();\ne.next();\nconsole.log(e, m.values(), new Set([1, 2]).entries(), 'x'[Symbol.iterator](), [].keys());",
    "[Map Entries] { [ 'b', 2 ] } [Map Iterator] { 1, 2 } [Set Entries] { [ 1, 1 ], [ 2, 2 ] } Object [String Iterator] {} Object [Array Iterator] {}\n" },
  { "promises",
    "const p = Promise.resolve(1);\nconst r = Promise.reject(new Error('no'));\nr.catch(() => {});\nconst t = new Promise(res => setTimeout(() => res('later'), 1));\nconsole.log(p, t);\nsetTimeout(() => console.log(t), 5);\nasync function f() { return { v: 1 }; }\nconsole.log(f());",
    "Promise { 1 } Promise { <pending> }\nPromise { { v: 1 } }\nPromise { 'later' }\n" },
  { "errors-nested-no-frames",
    "const e = new Error('boom');\ne.stack = 'Error: boom';\nconsole.log({ e }, [e]);\nclass MyError extends Error {}\nconst m = new MyError('custom');\nm.stack = 'Error: custom';\nconsole.log(m);\nconst n = new TypeError('t');\nn.stack = n.stack.split('\\n')[0];\nconsole.log(n, { n });",
    "{ e: [Error: boom] } [ [Error: boom] ]\n[MyError: custom]\n[TypeError: t] { n: [TypeError: t] }\n" },
  { "tostringtag",
    "class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }\nconsole.log(new Tagged(), Math, JSON, { [Symbol.toStringTag]: 'Own' });\nclass T2 { get [Symbol.toStringTag]() { return 'T2'; } }\nconsole.log(new T2());",
    "Tagged [Custom] {} Object [Math] {} Object [JSON] {} { [Symbol(Symbol.toStringTag)]: 'Own' }\nT2 {}\n" },
  { "custom-inspect",
    "const util = require('util');\nclass Money { constructor(v) { this.v = v; } [util.inspect.custom]() { return 'Money(' + this.v + ')'; } }\nconsole.log(new Money(5), [new Money(1)], { m: new Money(2) });\nconsole.log(util.inspect({ a: [1, { b: 2 }] }, { depth: 0 }), util.format('%s=%d', 'x', 1));",
    "Money(5) [ Money(1) ] { m: Money(2) }\n{ a: [Array] } x=1\n" },
  { "null-prototype",
    "const o = Object.create(null);\no.x = 1;\nconsole.log(o, Object.create(null), [Object.create(null)]);\nconst arr = [1, 2];\nObject.setPrototypeOf(arr, null);\nconsole.log(arr);\nconst f = function named() {};\nObject.setPrototypeOf(f, null);\nconsole.log(f);",
    "[Object: null prototype] { x: 1 } [Object: null prototype] {} [ [Object: null prototype] {} ]\n[Array(2): null prototype] [ 1, 2 ]\n[Function (null prototype): named]\n" },
  { "inherited-protos",
    "const base = { greet() {} };\nconst child = Object.create(base);\nchild.own = 1;\nconsole.log(child);\nfunction Legacy() { this.a = 1; }\nLegacy.prototype.m = function () {};\nconsole.log(new Legacy());\nconsole.log(Object.create(Legacy.prototype));\nconsole.log(Object.create(Object.create(null)));",
    "{ own: 1 }\nLegacy { a: 1 }\nLegacy {}\nObject <[Object: null prototype] {}> {}\n" },
  { "strings-top-level-and-nested",
    "console.log('plain', \"it's\", ['it\\'s', 'say \"hi\"', `both ' and \"`], { s: 'tab\\there' });\nconsole.log('x'.repeat(20) + '\\n' + 'y'.repeat(70));\nconsole.log(['x'.repeat(20) + '\\n' + 'y'.repeat(70)]);",
    "plain it's [ \"it's\", 'say \"hi\"', `both ' and \"` ] { s: 'tab\\there' }\nxxxxxxxxxxxxxxxxxxxx\nyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n[\n  'xxxxxxxxxxxxxxxxxxxx\\n' +\n    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n]\n" },
  { "numbers",
    "console.log(0, -0, [-0], 0.1 + 0.2, 1e21, 2 ** 53, -1e-7, NaN, [Infinity, -Infinity], 123456789.123);",
    "0 -0 [ -0 ] 0.30000000000000004 1e+21 9007199254740992 -1e-7 NaN [ Infinity, -Infinity ] 123456789.123\n" },
  { "console-group-and-count",
    "console.group('A');\nconsole.log({ a: 1,\n b: [1, 2, 3] });\nconsole.count();\nconsole.group();\nconsole.log('x\\ny');\nconsole.groupEnd();\nconsole.groupEnd();\nconsole.count();\nconsole.log('%s|%d|%i|%f|%j|%o|%O|%c|%%', 'str', 42.5, 42.5, '3.5', { a: 1 }, [1], { b: 2 }, 'css');",
    "A\n  { a: 1, b: [ 1, 2, 3 ] }\n  default: 1\n    x\n    y\ndefault: 2\nstr|42.5|42|3.5|{\"a\":1}|[ 1, [length]: 1 ]|{ b: 2 }||%\n" },
  { "json",
    "console.log(JSON.stringify({ a: [1, { b: 2 }], c: 'x' }, null, 2));\nconsole.log(JSON.parse('{\"k\":[1,2,{\"n\":null}]}'));\ntry { JSON.parse('{bad'); } catch (e) { console.log(e.name, e.message); }\nconst c = { name: 'c' };\nc.self = c;\ntry { JSON.stringify(c); } catch (e) { console.log(e.message); }\nconsole.log(JSON.stringify({ d: new Date(0), u: undefined, f() {} }), JSON[Symbol.toStringTag], String(JSON));",
    "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"x\"\n}\n{ k: [ 1, 2, { n: null } ] }\nSyntaxError Expected property name or '}' in JSON at position 1\nConverting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'self' closes the circle\n{\"d\":\"1970-01-01T00:00:00.000Z\"} JSON [object JSON]\n" },
  { "map-set-objects",
    "const m = new Map([[{ k: 1 }, [1, 2]], ['s', new Set(['a'])]]);\nconsole.log(m, new Set([m]), { m });\nconst big = new Map();\nfor (let i = 0; i < 5; i++) big.set('key' + i, { value: i, label: 'item number ' + i });\nconsole.log(big);",
    "Map(2) { { k: 1 } => [ 1, 2 ], 's' => Set(1) { 'a' } } Set(1) { Map(2) { { k: 1 } => [ 1, 2 ], 's' => Set(1) { 'a' } } } { m: Map(2) { { k: 1 } => [ 1, 2 ], 's' => Set(1) { 'a' } } }\nMap(5) {\n  'key0' => { value: 0, label: 'item number 0' },\n  'key1' => { value: 1, label: 'item number 1' },\n  'key2' => { value: 2, label: 'item number 2' },\n  'key3' => { value: 3, label: 'item number 3' },\n  'key4' => { value: 4, label: 'item number 4' }\n}\n" },
  { "long-arrays",
    "console.log(Array.from({ length: 30 }, (_, i) => i * 7));\nconsole.log(Array.from({ length: 12 }, (_, i) => 'item' + i));\nconsole.log({ list: Array.from({ length: 27 }, (_, i) => i) });\nconsole.log(Array.from({ length: 101 }, (_, i) => i % 10));",
    "[\n    0,   7,  14,  21,  28,  35,  42,  49,\n   56,  63,  70,  77,  84,  91,  98, 105,\n  112, 119, 126, 133, 140, 147, 154, 161,\n  168, 175, 182, 189, 196, 203\n]\n[\n  'item0',  'item1',\n  'item2',  'item3',\n  'item4',  'item5',\n  'item6',  'item7',\n  'item8',  'item9',\n  'item10', 'item11'\n]\n{\n  list: [\n     0,  1,  2,  3,  4,  5,  6,  7,\n     8,  9, 10, 11, 12, 13, 14, 15,\n    16, 17, 18, 19, 20, 21, 22, 23,\n    24, 25, 26\n  ]\n}\n[\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7,\n  8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9,\n  ... 1 more item\n]\n" },
  { "options-getters",
    "const util = require('util');\nconst o = { get a() { return 1; }, get b() { return { x: [1] }; }, set b(v) {}, get c() { throw new RangeError('bad'); }, get n() { return null; } };\nconsole.log(util.inspect(o, { getters: true }));\nconsole.log(util.inspect(o, { getters: 'set' }));\nconsole.log(util.inspect(o, { getters: 'get' }));",
    "{\n  a: [Getter: 1],\n  b: [Getter/Setter] { x: [ 1 ] },\n  c: [Getter: <Inspection threw (bad)>],\n  n: [Getter: null]\n}\n{\n  a: [Getter],\n  b: [Getter/Setter] { x: [ 1 ] },\n  c: [Getter],\n  n: [Getter]\n}\n{\n  a: [Getter: 1],\n  b: [Getter/Setter],\n  c: [Getter: <Inspection threw (bad)>],\n  n: [Getter: null]\n}\n" },
  { "options-show-proxy",
    "const util = require('util');\nconst p = new Proxy({ a: [1, 2] }, { get() { throw new Error('trap ran'); } });\nconsole.log(p, util.inspect(p, { showProxy: true }), util.inspect({ p }, { showProxy: true, depth: 0 }));\nconst r = Proxy.revocable([], {});\nr.revoke();\nconsole.log(r.proxy, util.format('%o', new Proxy([1], {})));",
    "{ a: [ 1, 2 ] } Proxy [ { a: [ 1, 2 ] }, { get: [Function: get] } ] { p: Proxy [Array] }\n<Revoked Proxy> Proxy [ [ 1, [length]: 1 ], {} ]\n" },
  { "options-numeric-separator",
    "const util = require('util');\nconsole.log(util.inspect([1234, -98765.4321, 1e21, 0.0001234, 12345678n], { numericSeparator: true }));",
    "[ 1_234, -98_765.432_1, 1e+21, 0.000_123_4, 12_345_678n ]\n" },
  { "options-compact-true",
    "const util = require('util');\nconsole.log(util.inspect({ a: { b: [1, 2, 3], c: 'x'.repeat(70) }, d: new Map([[1, 2]]) }, { compact: true }));\nconsole.log(util.inspect(new Set(['x'.repeat(40), 'y'.repeat(40)]), { compact: true }));",
    "{ a:\n   { b: [ 1, 2, 3 ],\n     c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },\n  d: Map(1) { 1 => 2 } }\nSet(2) {\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }\n" },
  { "options-sorted-comparator",
    "const util = require('util');\nconsole.log(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));\nconsole.log(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: true }));",
    "{ c: 3, b: 1, a: 2 }\n{ a: 2, b: 1, c: 3 }\n" },
};

/* ------------------------------------------------------------------------
 * Natives standing for the JavaScript functions of the cases
 * ------------------------------------------------------------------------ */

/* toJSON() { return 'custom'; } */
static JsValue
to_json_custom (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return str (J, "custom");
}

/* toJSON(key) { return key + '!'; } */
static JsValue
to_json_key (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return js_string_value (js_string_concat (J, js_to_string (J, js_arg (argc, argv, 0)), js_string_new_utf8 (J, "!", -1)));
}

/* (k, v) => typeof v === 'number' ? v * 2 : v   (×10 for "@times10") */
static JsValue
multiply_numbers (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue v = js_arg (argc, argv, 1);
  double factor = js_get_number (js_native_captures (callee)[0]);
  return js_is_number (v) ? js_number (js_get_number (v) * factor) : v;
}

/* (k, v) => k === 'b' ? undefined : v */
static JsValue
drop_b (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue k = js_arg (argc, argv, 0);
  if (js_is_string (k) && js_string_equal_ascii (js_get_string (k), "b"))
    return JS_UNDEFINED;
  return js_arg (argc, argv, 1);
}

static JsValue
throw_boom (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  js_throw_error (J, JS_ERROR, "boom");
}

static JsValue
multiplier (JsState *J, double factor)
{
  JsObject *f = js_native_function_new (J, "", 2, multiply_numbers, 1);
  js_native_captures (f)[0] = js_number (factor);
  return js_object_value (f);
}

static JsValue
callback_spec (JsState *J, const char *spec)
{
  if (strcmp (spec, "@double") == 0)
    return multiplier (J, 2);
  if (strcmp (spec, "@times10") == 0)
    return multiplier (J, 10);
  if (strcmp (spec, "@drop-b") == 0)
    return js_object_value (js_native_function_new (J, "", 2, drop_b, 0));
  return parse (J, spec);
}

/* function K() { this.me = this; } new K() */
static JsValue
new_self_referencing_k (JsState *J)
{
  JsObject *proto = js_plain_object_new (J);
  js_native_constructor_new (J, "K", 0, noop_fn, proto);
  JsValue k = js_object_value (js_object_new (J, proto));
  set (J, k, "me", k);
  return k;
}

static JsValue
json_spec_value (JsState *J, const char *spec)
{
  if (spec[0] != '@')
    return parse (J, spec);
  if (strcmp (spec, "@undefined") == 0)
    return JS_UNDEFINED;
  if (strcmp (spec, "@fn") == 0)
    return function (J, "f");
  if (strcmp (spec, "@symbol") == 0)
    return symbol (J, "s");
  if (strcmp (spec, "@specials") == 0)
    {
      /* { u: undefined, f() {}, s: Symbol('s'), n: NaN, i: -Infinity, z: -0, ok: 1 } */
      JsValue o = parse (J, "{}");
      set (J, o, "u", JS_UNDEFINED);
      set (J, o, "f", function (J, "f"));
      set (J, o, "s", symbol (J, "s"));
      set (J, o, "n", js_number (NAN));
      set (J, o, "i", js_number (-INFINITY));
      set (J, o, "z", js_number (-0.0));
      set (J, o, "ok", js_number (1));
      return o;
    }
  if (strcmp (spec, "@specials-array") == 0)
    {
      JsValue v[] = { JS_UNDEFINED, function (J, "f"), symbol (J, "s"), js_number (NAN), js_number (-0.0) };
      return array_of (J, G_N_ELEMENTS (v), v);
    }
  if (strcmp (spec, "@boxed") == 0)
    {
      JsValue v[] = { js_object_value (js_to_object (J, js_number (1))),
                      js_object_value (js_to_object (J, str (J, "s"))),
                      js_object_value (js_to_object (J, JS_FALSE)) };
      return array_of (J, G_N_ELEMENTS (v), v);
    }
  if (strcmp (spec, "@tojson") == 0)
    {
      JsValue o = parse (J, "{\"a\":1}");
      set (J, o, "toJSON", js_object_value (js_native_function_new (J, "toJSON", 0, to_json_custom, 0)));
      return o;
    }
  if (strcmp (spec, "@tojson-key") == 0)
    {
      JsValue d = parse (J, "{}"), e = parse (J, "{}");
      set (J, d, "toJSON", js_object_value (js_native_function_new (J, "toJSON", 1, to_json_key, 0)));
      set (J, e, "toJSON", js_object_value (js_native_function_new (J, "toJSON", 1, to_json_key, 0)));
      JsValue o = parse (J, "{}");
      set (J, o, "d", d);
      set (J, o, "e", array_of (J, 1, &e));
      return o;
    }
  if (strcmp (spec, "@escapes") == 0)
    {
      /* 'q"b\\\n\t\u0001\u001f\u2028\ud800é😀' */
      static const uint16_t chars[] = { 'q', '"', 'b', '\\', '\n', '\t', 0x01, 0x1f, 0x2028, 0xd800,
                                        0xe9, 0xd83d, 0xde00 };
      return js_string_value (js_string_new (J, chars, G_N_ELEMENTS (chars)));
    }
  if (strcmp (spec, "@circular-self") == 0)
    {
      JsValue a = parse (J, "{}");
      set (J, a, "self", a);
      return a;
    }
  if (strcmp (spec, "@circular-deep") == 0)
    {
      /* const b = { x: { y: [1, { z: null }] } }; b.x.y[1].z = b; */
      JsValue b = parse (J, "{\"x\":{\"y\":[1,{\"z\":null}]}}");
      set (J, js_get_index (J, get (J, get (J, b, "x"), "y"), 1), "z", b);
      return b;
    }
  if (strcmp (spec, "@circular-long") == 0)
    {
      /* const c = { p: { q: { r: { s: { t: {} } } } } }; c.p.q.r.s.t.u = c.p; */
      JsValue c = parse (J, "{\"p\":{\"q\":{\"r\":{\"s\":{\"t\":{}}}}}}");
      JsValue p = get (J, c, "p");
      set (J, get (J, get (J, get (J, get (J, p, "q"), "r"), "s"), "t"), "u", p);
      return c;
    }
  if (strcmp (spec, "@circular-array") == 0)
    {
      JsValue e = parse (J, "[]");
      js_array_push (J, js_get_object (e), e);
      return e;
    }
  if (strcmp (spec, "@circular-instance") == 0)
    return new_self_referencing_k (J);
  if (strcmp (spec, "@hidden") == 0)
    return build_hidden_props (J);
  if (strcmp (spec, "@symbol-key") == 0)
    {
      JsValue o = parse (J, "{}");
      js_set (J, o, symbol (J, "k"), js_number (1), TRUE);
      set (J, o, "a", js_number (2));
      return o;
    }
  if (strcmp (spec, "@null-proto") == 0)
    {
      JsValue o = js_object_value (js_object_new (J, NULL));
      set (J, o, "a", js_number (1));
      return o;
    }
  if (strcmp (spec, "@map") == 0)
    {
      JsValue pairs[] = { str (J, "a"), js_number (1), str (J, "b"), parse (J, "{\"c\":2}") };
      return map_of (J, 2, pairs);
    }
  if (strcmp (spec, "@set") == 0)
    {
      JsValue values[] = { str (J, "x"), str (J, "y") };
      return set_of (J, 2, values);
    }
  if (strcmp (spec, "@-0") == 0)
    return js_number (-0.0);
  if (strcmp (spec, "@NaN") == 0)
    return js_number (NAN);
  if (g_str_has_prefix (spec, "@symbol:"))
    return symbol (J, spec + 8);
  if (strcmp (spec, "@circular") == 0)
    {
      JsValue o = parse (J, "{\"a\":1}");
      set (J, o, "self", o);
      return o;
    }
  g_error ("unknown spec %s", spec);
}

/* ------------------------------------------------------------------------
 * The test functions
 * ------------------------------------------------------------------------ */

static void
test_json_value (gconstpointer data)
{
  const JsonCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  char *text = inspect_with (J, parse (J, c->json), NULL);
  g_assert_cmpstr (text, ==, c->expected);
  g_free (text);
  free_state (J, &capture);
}

static void
test_builder (gconstpointer data)
{
  const BuilderCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  char *text = inspect_with (J, c->build (J), c->options);
  g_assert_cmpstr (text, ==, c->expected);
  g_free (text);
  free_state (J, &capture);
}

static void
test_format (gconstpointer data)
{
  const FormatCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  JsValue argv[8];
  int argc = 0;
  for (; c->args[argc] != NULL; argc++)
    argv[argc] = json_spec_value (J, c->args[argc]);
  GString *out = g_string_new (NULL);
  js_format_log_args (J, argc, argv, out);
  g_assert_cmpstr (out->str, ==, c->expected);
  g_string_free (out, TRUE);
  free_state (J, &capture);
}

typedef struct {
  JsValue value, replacer, space, result;
} StringifyCall;

static void
call_stringify (JsState *J, gpointer data)
{
  StringifyCall *call = data;
  call->result = js_json_stringify (J, call->value, call->replacer, call->space);
}

static char *
stringify_text (JsState *J, StringifyCall *call)
{
  char *error = catch_error (J, call_stringify, call);
  if (error != NULL)
    return error;
  if (js_is_undefined (call->result))
    return g_strdup ("<undefined>");
  return js_string_to_utf8 (js_get_string (call->result));
}

static void
test_stringify (gconstpointer data)
{
  const StringifyCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  StringifyCall call = {
    .value = json_spec_value (J, c->value),
    .replacer = c->replacer ? callback_spec (J, c->replacer) : JS_UNDEFINED,
    .space = c->space ? parse (J, c->space) : JS_UNDEFINED,
  };
  char *text = stringify_text (J, &call);
  g_assert_cmpstr (text, ==, c->expected);
  g_free (text);
  free_state (J, &capture);
}

static void
test_stringify_circular (gconstpointer data)
{
  const CircularCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  StringifyCall call = { .value = json_spec_value (J, c->spec), .replacer = JS_UNDEFINED, .space = JS_UNDEFINED };
  char *text = stringify_text (J, &call);
  g_assert_cmpstr (text, ==, c->expected);
  g_free (text);
  free_state (J, &capture);
}

typedef struct {
  JsValue args[2];
  int argc;
  JsValue result;
} ParseCall;

static void
call_parse (JsState *J, gpointer data)
{
  ParseCall *call = data;
  call->result = js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "JSON"),
                            js_key_from_utf8 (J, "parse"), call->argc, call->args);
}

static void
test_parse (gconstpointer data)
{
  const ParseCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  ParseCall call = { .args = { str (J, c->text) }, .argc = 1 };
  if (c->reviver != NULL)
    {
      call.args[1] = callback_spec (J, c->reviver);
      call.argc = 2;
    }
  char *text = catch_error (J, call_parse, &call);
  if (text == NULL)
    text = inspect_with (J, call.result, NULL);
  g_assert_cmpstr (text, ==, c->expected);
  g_free (text);
  free_state (J, &capture);
}

static void
test_console (gconstpointer data)
{
  const ConsoleCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  JsValue console = js_get_utf8 (J, js_object_value (J->global), "console");
  for (int i = 0; c->calls[i] != NULL; i++)
    {
      char **parts = g_strsplit (c->calls[i], "\001", -1);
      JsValue argv[8];
      int argc = 0;
      for (; parts[argc + 1] != NULL; argc++)
        argv[argc] = strcmp (parts[argc + 1], "@undefined") == 0 ? JS_UNDEFINED
                   : json_spec_value (J, parts[argc + 1]);
      invoke (J, console, parts[0], argc, argv);
      g_strfreev (parts);
    }
  g_assert_cmpstr (capture.out->str, ==, c->out);
  g_assert_cmpstr (capture.err->str, ==, c->err);
  free_state (J, &capture);
}

static void
test_script (gconstpointer data)
{
  const ScriptCase *c = data;
  Capture capture;
  JsState *J = new_state (&capture);
  JsRunStatus status = js_state_run (J, c->source, strlen (c->source), "inspect.js");
  g_assert_cmpstr (capture.out->str, ==, c->out);
  g_assert_cmpint (status, ==, JS_RUN_OK);
  free_state (J, &capture);
}

/* A getter that throws while being inspected: the exception reaches the
 * caller and everything inspect allocated is freed (ASan checks that). */
static void
inspect_throwing_tag (JsState *J, gpointer data)
{
  GString *out = data;
  JsInspectOptions options;
  JsValue o = parse (J, "{\"a\":[1,2,{\"b\":\"x\"}]}");
  js_define_accessor (J, js_get_object (o), JS_SYMBOL_KEY (J, toStringTag),
                      js_object_value (js_native_function_new (J, "get", 0, throw_boom, 0)),
                      JS_UNDEFINED, JS_PROP_CONFIGURABLE);
  js_inspect_options_init (&options);
  js_inspect (J, o, &options, out);
}

static void
test_throwing_getter (void)
{
  Capture capture;
  JsState *J = new_state (&capture);
  GString *out = g_string_new (NULL);
  char *error = catch_error (J, inspect_throwing_tag, out);
  g_assert_cmpstr (error, ==, "Error: boom");
  g_free (error);
  g_string_free (out, TRUE);
  free_state (J, &capture);
}

/* console.time / timeEnd measure virtual time: "label: <n>ms". */
static void
test_console_time (void)
{
  Capture capture;
  JsState *J = new_state (&capture);
  JsValue console = js_get_utf8 (J, js_object_value (J->global), "console");
  JsValue label = str (J, "t");
  invoke (J, console, "time", 1, &label);
  invoke (J, console, "timeLog", 1, &label);
  invoke (J, console, "timeEnd", 1, &label);
  invoke (J, console, "timeEnd", 1, &label);
  g_assert_true (g_regex_match_simple ("^t: [0-9.]+ms\nt: [0-9.]+ms\n$", capture.out->str, 0, 0));
  g_assert_true (strstr (capture.err->str, "No such label 't' for console.timeEnd()") != NULL);
  free_state (J, &capture);
}

static void
add_cases (const char *prefix, gconstpointer cases, gsize count, gsize size, GTestDataFunc fn)
{
  for (gsize i = 0; i < count; i++)
    {
      const char *const *c = (const char *const *) ((const char *) cases + i * size);
      char *path = g_strdup_printf ("/engine/inspect/%s/%s", prefix, c[0]);
      g_test_add_data_func (path, (const char *) cases + i * size, fn);
      g_free (path);
    }
}

#define ADD_CASES(prefix, table, fn) \
  add_cases ((prefix), (table), G_N_ELEMENTS (table), sizeof (table)[0], (fn))

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ADD_CASES ("value", json_cases, test_json_value);
  ADD_CASES ("object", builder_cases, test_builder);
  ADD_CASES ("format", format_cases, test_format);
  ADD_CASES ("json-stringify", stringify_cases, test_stringify);
  ADD_CASES ("json-parse", parse_cases, test_parse);
  for (gsize i = 0; i < G_N_ELEMENTS (circular_cases); i++)
    {
      char *path = g_strdup_printf ("/engine/inspect/json-circular/%s", circular_cases[i].spec + 1);
      g_test_add_data_func (path, &circular_cases[i], test_stringify_circular);
      g_free (path);
    }
  ADD_CASES ("console", console_cases, test_console);
  ADD_CASES ("script", script_cases, test_script);
  g_test_add_func ("/engine/inspect/throwing-getter", test_throwing_getter);
  g_test_add_func ("/engine/inspect/console/time", test_console_time);
  return g_test_run ();
}
