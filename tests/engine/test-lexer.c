/* test-lexer.c: the tokenizer (js-lexer.h) on its own. */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "js-lexer.h"

/* A readable description of every token of `src` (no regular expressions:
 * '/' stays a punctuator), or "ERROR L:C message" at the first error. */
static char *
describe_tokens (const char *src, gsize len)
{
  JsAstArena *arena = js_ast_arena_new ();
  GString *out = g_string_new (NULL);
  JsLexer L;
  JsToken t;

  js_lexer_init (&L, arena, src, len);
  for (;;)
    {
      if (!js_lexer_next (&L, &t))
        {
          g_string_append_printf (out, "%sERROR %d:%d %s", out->len ? " " : "", L.error_line, L.error_column, L.error);
          break;
        }
      if (t.type == JS_TOK_EOF)
        break;
      if (out->len)
        g_string_append_c (out, ' ');
      if (t.newline_before)
        g_string_append (out, "\\n ");
      switch (t.type)
        {
        case JS_TOK_NAME:
          g_string_append_printf (out, "%s%s", t.escaped ? "esc:" : "", t.name);
          break;
        case JS_TOK_PRIVATE_NAME:
          g_string_append_printf (out, "#%s", t.name);
          break;
        case JS_TOK_NUMBER:
          g_string_append_printf (out, "%.17g%s", t.number, t.legacy_octal ? "(legacy)" : "");
          break;
        case JS_TOK_BIGINT:
          g_string_append_printf (out, "bigint:%s", t.name);
          break;
        case JS_TOK_STRING:
        case JS_TOK_TEMPLATE:
        case JS_TOK_TEMPLATE_HEAD:
        case JS_TOK_TEMPLATE_MIDDLE:
        case JS_TOK_TEMPLATE_TAIL:
          {
            static const char *const prefix[] = { "str", "tpl", "head", "mid", "tail" };
            guint32 i;

            g_string_append_printf (out, "%s:", prefix[t.type - JS_TOK_STRING]);
            if (t.str == NULL)
              g_string_append (out, "<invalid>");
            else
              for (i = 0; i < t.str_length; i++)
                {
                  if (t.str[i] >= 0x20 && t.str[i] < 0x7F)
                    g_string_append_c (out, t.str[i]);
                  else
                    g_string_append_printf (out, "<%04X>", t.str[i]);
                }
            if (t.raw)
              {
                g_string_append (out, "|raw:");
                for (i = 0; i < t.raw_length; i++)
                  {
                    if (t.raw[i] >= 0x20 && t.raw[i] < 0x7F)
                      g_string_append_c (out, t.raw[i]);
                    else
                      g_string_append_printf (out, "<%04X>", t.raw[i]);
                  }
              }
            if (t.legacy_octal)
              g_string_append (out, "(legacy)");
            break;
          }
        default:
          g_string_append (out, js_token_text (t.type));
        }
    }
  js_lexer_clear (&L);
  js_ast_arena_free (arena);
  return g_string_free (out, FALSE);
}

static void
assert_tokens (const char *src, const char *expected)
{
  char *got = describe_tokens (src, strlen (src));

  if (g_strcmp0 (got, expected) != 0)
    g_test_message ("source: %s", src);
  g_assert_cmpstr (got, ==, expected);
  g_free (got);
}

static void
test_punctuators (void)
{
  assert_tokens ("{ } ( ) [ ] . ... ; , < > <= >= == != === !==",
                 "{ } ( ) [ ] . ... ; , < > <= >= == != === !==");
  assert_tokens ("+ - * / % ** ++ -- << >> >>> & | ^ ! ~ && || ?? ? ?. : =>",
                 "+ - * / % ** ++ -- << >> >>> & | ^ ! ~ && || ?? ? ?. : =>");
  assert_tokens ("= += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ?\?=",
                 "= += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ?\?=");
  /* longest match, and ?. never before a digit */
  assert_tokens ("a?.b", "a ?. b");
  assert_tokens ("a?.5:1", "a ? 0.5 : 1");
  assert_tokens ("a>>>=b>>=c", "a >>>= b >>= c");
  assert_tokens ("x=>y", "x => y");
  assert_tokens ("a....b", "a ... . b");
  assert_tokens ("a--->b", "a -- - > b");
  assert_tokens ("#x in o", "#x in o");
  assert_tokens ("@", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("a # b", "a ERROR 1:3 Invalid or unexpected token");
}

static void
test_keywords (void)
{
  JsAstArena *arena = js_ast_arena_new ();
  JsLexer L;
  JsToken t;
  const char *src = "if iff let \\u0069f yield";

  js_lexer_init (&L, arena, src, strlen (src));
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_IF);
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_NAME);
  g_assert_cmpstr (t.name, ==, "iff");
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_NAME);  /* contextual: the parser decides */
  /* an escaped keyword is a NAME that remembers which keyword it spells */
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_NAME);
  g_assert_true (t.escaped);
  g_assert_cmpint (t.keyword, ==, JS_TOK_IF);
  g_assert_cmpstr (t.name, ==, "if");
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.keyword, ==, JS_TOK_NAME);
  js_lexer_clear (&L);
  js_ast_arena_free (arena);
}

static void
test_identifiers (void)
{
  assert_tokens ("foo $bar _baz a1 $", "foo $bar _baz a1 $");
  assert_tokens ("café π ünïcödé", "café π ünïcödé");
  assert_tokens ("𝒳 a𝒳b", "𝒳 a𝒳b");                  /* astral letters */
  assert_tokens ("\\u0061bc a\\u{62}c \\u{1d4b3}", "esc:abc esc:abc esc:𝒳");
  assert_tokens ("a\\u0020b", "ERROR 1:2 Invalid Unicode escape sequence");
  assert_tokens ("\\u0031a", "ERROR 1:1 Invalid Unicode escape sequence");
  assert_tokens ("a\\x41", "ERROR 1:2 Invalid Unicode escape sequence");
  assert_tokens ("x\u200Dy", "x\u200Dy");              /* ZWJ continues an identifier */
  /* interned: the same spelling gives the same pointer */
  {
    JsAstArena *arena = js_ast_arena_new ();
    JsLexer L;
    JsToken t1, t2;

    js_lexer_init (&L, arena, "abc \\u0061bc", 12);
    js_lexer_next (&L, &t1);
    js_lexer_next (&L, &t2);
    g_assert_true (t1.name == t2.name);
    js_lexer_clear (&L);
    js_ast_arena_free (arena);
  }
}

typedef struct {
  const char *src;
  double value;
  gboolean legacy;
} NumberCase;

static void
test_numbers (void)
{
  static const NumberCase cases[] = {
    { "0", 0 }, { "42", 42 }, { "3.25", 3.25 }, { ".5", 0.5 }, { "5.", 5 }, { "5.e1", 50 },
    { "1e3", 1000 }, { "1E+3", 1000 }, { "25e-2", 0.25 }, { "1.5e300", 1.5e300 }, { "1e400", INFINITY },
    { "0x1F", 31 }, { "0XfF", 255 }, { "0o17", 15 }, { "0O7", 7 }, { "0b101", 5 }, { "0B1", 1 },
    { "017", 15, TRUE }, { "00", 0, TRUE }, { "08", 8, TRUE }, { "09.5", 9.5, TRUE }, { "0777", 511, TRUE },
    { "1_000_000", 1000000 }, { "0x_f", 0 }, { "1_0.2_5e1_0", 10.25e10 }, { "0b1_0", 2 }, { "0xA_B", 171 },
    { "9007199254740993", 9007199254740992.0 },
    /* power-of-two radixes round to nearest even past 2^53 */
    { "0x20000000000001", 9007199254740992.0 }, { "0x20000000000003", 9007199254740996.0 },
    { "0x1fffffffffffff", 9007199254740991.0 },
    { "0xffffffffffffffffffffffffffffffff", 3.402823669209385e38 },
    { "0.1", 0.1 }, { "123456789012345678901234567890", 1.2345678901234568e29 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      JsAstArena *arena = js_ast_arena_new ();
      JsLexer L;
      JsToken t;
      const char *src = cases[i].src;

      g_test_message ("%s", src);
      js_lexer_init (&L, arena, src, strlen (src));
      if (strcmp (src, "0x_f") == 0)
        {
          g_assert_false (js_lexer_next (&L, &t));
          g_assert_cmpstr (L.error, ==, "Invalid or unexpected token");
        }
      else
        {
          g_assert_true (js_lexer_next (&L, &t));
          g_assert_cmpint (t.type, ==, JS_TOK_NUMBER);
          g_assert_cmpfloat (t.number, ==, cases[i].value);
          g_assert_cmpint (t.legacy_octal, ==, cases[i].legacy);
          g_assert_cmpint (t.end, ==, strlen (src));
          g_assert_true (js_lexer_next (&L, &t));
          g_assert_cmpint (t.type, ==, JS_TOK_EOF);
        }
      js_lexer_clear (&L);
      js_ast_arena_free (arena);
    }

  assert_tokens ("1_", "ERROR 1:2 Numeric separators are not allowed at the end of numeric literals");
  assert_tokens ("1__0", "ERROR 1:3 Only one underscore is allowed as numeric separator");
  assert_tokens ("0_1", "ERROR 1:2 Numeric separator can not be used after leading 0.");
  assert_tokens ("017_1", "ERROR 1:4 Numeric separators are not allowed here");
  assert_tokens ("1._5", "ERROR 1:3 Numeric separators are not allowed here");
  assert_tokens ("0x", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("0b2", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("1e", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("3in x", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("123n 0n 1_000n", "bigint:123 bigint:0 bigint:1000");
  assert_tokens ("0XFF_FFn 0O17n 0b1_0n", "bigint:0xFFFF bigint:0o17 bigint:0b10");
  assert_tokens ("1n.toString", "bigint:1 . toString");
  assert_tokens ("1.5n", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("1e3n", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("01n", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("09n", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("1nn", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("1_n", "ERROR 1:2 Numeric separators are not allowed at the end of numeric literals");
  /* a number then a member access needs a space or two dots */
  assert_tokens ("1..toString", "1 . toString");
  assert_tokens ("1 .x", "1 . x");
}

static void
test_strings (void)
{
  assert_tokens ("'abc' \"d'e\" 'f\"g'", "str:abc str:d'e str:f\"g");
  assert_tokens ("'\\n\\t\\r\\b\\f\\v\\0'", "str:<000A><0009><000D><0008><000C><000B><0000>");
  assert_tokens ("'\\x41\\u0042\\u{43}\\u{1F600}'", "str:ABC<D83D><DE00>");
  assert_tokens ("'\\'\\\"\\\\\\q'", "str:'\"\\q");                 /* identity escapes */
  assert_tokens ("'a\\\nb\\\r\nc\\\rd'", "str:abcd");                /* line continuations */
  assert_tokens ("'\\uD800' '\\uDC00\\uD800'", "str:<D800> str:<DC00><D800>");   /* lone surrogates stay */
  assert_tokens ("'\\101\\0101\\7\\08\\8\\9'", "str:A<0008>1<0007><0000>889(legacy)");
  assert_tokens ("'\\377\\400'", "str:<00FF> 0(legacy)");
  assert_tokens ("'é😀'", "str:<00E9><D83D><DE00>");
  assert_tokens ("'a\xE2\x80\xA8" "b' x", "str:a<2028>b x");          /* U+2028 is fine in a string */
  assert_tokens ("'abc", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("x = 'ab\ncd'", "x = ERROR 1:5 Invalid or unexpected token");
  assert_tokens ("'\\x4g'", "ERROR 1:2 Invalid hexadecimal escape sequence");
  assert_tokens ("'\\u00g'", "ERROR 1:2 Invalid Unicode escape sequence");
  assert_tokens ("'\\u{}'", "ERROR 1:2 Invalid Unicode escape sequence");
  assert_tokens ("'\\u{110000}'", "ERROR 1:2 Undefined Unicode code-point");
  assert_tokens ("'abc\\", "ERROR 1:1 Invalid or unexpected token");
}

static void
test_strings_nul (void)
{
  static const char src[] = "'a\0b'";
  static const char bad[] = "a\0b";
  char *got = describe_tokens (src, sizeof src - 1);

  g_assert_cmpstr (got, ==, "str:a<0000>b");
  g_free (got);
  got = describe_tokens (bad, sizeof bad - 1);
  g_assert_cmpstr (got, ==, "a ERROR 1:2 Invalid or unexpected token");
  g_free (got);
}

static void
test_templates (void)
{
  assert_tokens ("`abc`", "tpl:abc|raw:abc");
  assert_tokens ("`a${b}c${d}e`", "head:a|raw:a b mid:c|raw:c d tail:e|raw:e");
  /* braces inside a substitution, and templates inside templates */
  assert_tokens ("`${ {a: 1} }`", "head:|raw: { a : 1 } tail:|raw:");
  assert_tokens ("`a${ `b${c}d` }e`", "head:a|raw:a head:b|raw:b c tail:d|raw:d tail:e|raw:e");
  assert_tokens ("`\\n\\x41\\u{42}`", "tpl:<000A>AB|raw:\\n\\x41\\u{42}");
  /* CR and CRLF are LF in both cooked and raw */
  assert_tokens ("`a\r\nb\rc`", "tpl:a<000A>b<000A>c|raw:a<000A>b<000A>c");
  assert_tokens ("`a\\\nb`", "tpl:ab|raw:a\\<000A>b");
  /* invalid escapes: no cooked value (the parser rejects them untagged) */
  assert_tokens ("`\\unicode`", "tpl:<invalid>|raw:\\unicode");
  assert_tokens ("`\\01`", "tpl:<invalid>|raw:\\01");
  assert_tokens ("`\\0`", "tpl:<0000>|raw:\\0");
  assert_tokens ("`$ {}$`", "tpl:$ {}$|raw:$ {}$");
  assert_tokens ("`abc", "ERROR 1:5 Unexpected end of input");
  assert_tokens ("x\n  `a${b}c", "x \\n head:a|raw:a b ERROR 2:10 Unexpected end of input");
}

static void
test_regexp (void)
{
  JsAstArena *arena = js_ast_arena_new ();
  JsLexer L;
  JsToken t;
  const char *src = "x = /a[/]b\\/c/gi.test";
  char *body;

  js_lexer_init (&L, arena, src, strlen (src));
  js_lexer_next (&L, &t);
  js_lexer_next (&L, &t);
  js_lexer_next (&L, &t);
  g_assert_cmpint (t.type, ==, JS_TOK_SLASH);
  g_assert_true (js_lexer_rescan_regexp (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_REGEXP);
  body = g_utf16_to_utf8 (t.str, t.str_length, NULL, NULL, NULL);
  g_assert_cmpstr (body, ==, "a[/]b\\/c");
  g_free (body);
  g_assert_cmpstr (t.name, ==, "gi");
  g_assert_cmpint (t.column, ==, 5);
  g_assert_cmpint (t.end_column, ==, 17);
  js_lexer_next (&L, &t);
  g_assert_cmpint (t.type, ==, JS_TOK_DOT);
  js_lexer_clear (&L);

  /* '/=' starts a regular expression too */
  js_lexer_init (&L, arena, "/=a/", 4);
  js_lexer_next (&L, &t);
  g_assert_cmpint (t.type, ==, JS_TOK_SLASH_ASSIGN);
  g_assert_true (js_lexer_rescan_regexp (&L, &t));
  g_assert_cmpint (t.str_length, ==, 2);
  js_lexer_clear (&L);

  {
    static const char *const bad[][2] = {
      { "/abc", "Invalid regular expression: missing /" },
      { "/ab\nc/", "Invalid regular expression: missing /" },
      { "/[/", "Invalid regular expression: missing /" },
      { "/a/gg", "Invalid regular expression flags" },
      { "/a/x", "Invalid regular expression flags" },
      { "/a/uv", "Invalid regular expression flags" },
    };
    guint i;

    for (i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        js_lexer_init (&L, arena, bad[i][0], strlen (bad[i][0]));
        js_lexer_next (&L, &t);
        g_assert_false (js_lexer_rescan_regexp (&L, &t));
        g_assert_cmpstr (L.error, ==, bad[i][1]);
        g_assert_cmpint (L.error_column, ==, 1);
        js_lexer_clear (&L);
      }
  }
  js_ast_arena_free (arena);
}

static void
test_comments (void)
{
  assert_tokens ("a // comment\nb", "a \\n b");
  assert_tokens ("a /* x */ b", "a b");
  assert_tokens ("a /* x\n y */ b", "a \\n b");          /* a block comment with a newline counts */
  assert_tokens ("#!/usr/bin/env node\nx", "\\n x");
  assert_tokens ("x #!y", "x ERROR 1:3 Invalid or unexpected token");
  assert_tokens ("a <!-- b\nc", "a \\n c");               /* Annex B HTML-like comments */
  assert_tokens ("a\n--> b\nc", "a \\n c");
  assert_tokens ("a --> b", "a -- > b");
  assert_tokens ("/* never closed", "ERROR 1:1 Invalid or unexpected token");
  assert_tokens ("a /* é 😀 */ b // é", "a b");
}

static void
test_positions (void)
{
  /* LF, CRLF, CR, U+2028 and U+2029 end lines; columns count UTF-16 units */
  const char *src = "ab\r\n\tcd\ref\xE2\x80\xA8g\xE2\x80\xA9𝒳x é";
  static const int expected[][4] = {
    { 1, 1, 1, 3 }, { 2, 2, 2, 4 }, { 3, 1, 3, 3 }, { 4, 1, 4, 2 }, { 5, 1, 5, 4 }, { 5, 5, 5, 6 },
  };
  JsAstArena *arena = js_ast_arena_new ();
  JsLexer L;
  JsToken t;
  guint i;

  js_lexer_init (&L, arena, src, strlen (src));
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (js_lexer_next (&L, &t));
      g_test_message ("token %u: %s", i, t.name);
      g_assert_cmpint (t.line, ==, expected[i][0]);
      g_assert_cmpint (t.column, ==, expected[i][1]);
      g_assert_cmpint (t.end_line, ==, expected[i][2]);
      g_assert_cmpint (t.end_column, ==, expected[i][3]);
      g_assert_cmpint (t.newline_before, ==, i > 0 && i < 5);
    }
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_EOF);
  js_lexer_clear (&L);

  /* a multi-line template ends on its last line */
  js_lexer_init (&L, arena, "  `a\nbc` x", 10);
  js_lexer_next (&L, &t);
  g_assert_cmpint (t.line, ==, 1);
  g_assert_cmpint (t.column, ==, 3);
  g_assert_cmpint (t.end_line, ==, 2);
  g_assert_cmpint (t.end_column, ==, 4);
  js_lexer_next (&L, &t);
  g_assert_cmpint (t.column, ==, 5);
  js_lexer_clear (&L);
  js_ast_arena_free (arena);
}

static void
test_peek (void)
{
  JsAstArena *arena = js_ast_arena_new ();
  JsLexer L;
  JsToken t, ahead;

  js_lexer_init (&L, arena, "a `b${c}d` e", 12);
  js_lexer_next (&L, &t);
  g_assert_true (js_lexer_peek (&L, &ahead));
  g_assert_cmpint (ahead.type, ==, JS_TOK_TEMPLATE_HEAD);
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_TEMPLATE_HEAD);
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_true (js_lexer_peek (&L, &ahead));
  g_assert_cmpint (ahead.type, ==, JS_TOK_TEMPLATE_TAIL);
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_TEMPLATE_TAIL);
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpstr (t.name, ==, "e");
  js_lexer_clear (&L);
  js_ast_arena_free (arena);
}

static void
test_invalid_utf8 (void)
{
  static const char *const bad[] = {
    "\xff", "a\x80", "'\xc3'", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "// \xff\n", "/* \xfe */",
    "`\xe2\x82`", "'\xe2\x82",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      char *got = describe_tokens (bad[i], strlen (bad[i]));

      g_test_message ("%u: %s", i, got);
      g_assert_nonnull (strstr (got, "ERROR"));
      g_assert_nonnull (strstr (got, "Invalid or unexpected token") ? got : strstr (got, "Unterminated"));
      g_free (got);
    }
}

static void
test_random_bytes (void)
{
  GRand *rand = g_rand_new_with_seed (1234);
  char buf[256];
  guint i, j;

  /* never crash, always stop */
  for (i = 0; i < 20000; i++)
    {
      gsize len = g_rand_int_range (rand, 0, sizeof buf);

      for (j = 0; j < len; j++)
        buf[j] = i % 2 ? (char) g_rand_int_range (rand, 0, 256)
                       : "ab1 '\"`${}()/\\*\n.#?_=<>!-+ue0x"[g_rand_int_range (rand, 0, 31)];
      g_free (describe_tokens (buf, len));
    }
  g_rand_free (rand);
}

static void
test_huge_string (void)
{
  gsize n = 50 * 1024 * 1024;
  char *src = g_malloc (n + 2);
  JsAstArena *arena = js_ast_arena_new ();
  JsLexer L;
  JsToken t;
  gint64 t0 = g_get_monotonic_time ();

  src[0] = '"';
  memset (src + 1, 'x', n);
  src[n + 1] = '"';
  js_lexer_init (&L, arena, src, n + 2);
  g_assert_true (js_lexer_next (&L, &t));
  g_assert_cmpint (t.type, ==, JS_TOK_STRING);
  g_assert_cmpuint (t.str_length, ==, n);
  g_assert_cmpint (t.end_column, ==, (int) n + 3);
  g_test_message ("50 MB string literal: %.3f s", (g_get_monotonic_time () - t0) / 1e6);
  js_lexer_clear (&L);
  js_ast_arena_free (arena);
  g_free (src);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/lexer/punctuators", test_punctuators);
  g_test_add_func ("/engine/lexer/keywords", test_keywords);
  g_test_add_func ("/engine/lexer/identifiers", test_identifiers);
  g_test_add_func ("/engine/lexer/numbers", test_numbers);
  g_test_add_func ("/engine/lexer/strings", test_strings);
  g_test_add_func ("/engine/lexer/strings-nul", test_strings_nul);
  g_test_add_func ("/engine/lexer/templates", test_templates);
  g_test_add_func ("/engine/lexer/regexp", test_regexp);
  g_test_add_func ("/engine/lexer/comments", test_comments);
  g_test_add_func ("/engine/lexer/positions", test_positions);
  g_test_add_func ("/engine/lexer/peek", test_peek);
  g_test_add_func ("/engine/lexer/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/engine/lexer/random-bytes", test_random_bytes);
  g_test_add_func ("/engine/lexer/huge-string", test_huge_string);
  return g_test_run ();
}
