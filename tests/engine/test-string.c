/* test-string.c: UTF-16 strings, UTF-8 conversion, atoms and their weakness. */
#include "js-internal.h"

static JsState *
new_core (void)
{
  return js_state_new_core (NULL);
}

static void
test_utf8_round_trip (void)
{
  JsState *J = new_core ();
  const char *texts[] = { "", "a", "hello, world", "caf\xc3\xa9", "\xe2\x82\xac 100",
                          "\xf0\x9f\x98\x80 smile", "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e" };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      JsString *s = js_string_new_utf8 (J, texts[i], -1);
      char *back = js_string_to_utf8 (s);
      g_assert_cmpstr (back, ==, texts[i]);
      g_free (back);
    }

  /* U+1F600 is a surrogate pair: two code units. */
  {
    JsString *s = js_string_new_utf8 (J, "\xf0\x9f\x98\x80", -1);
    g_assert_cmpuint (s->length, ==, 2);
    g_assert_cmphex (s->chars[0], ==, 0xD83D);
    g_assert_cmphex (s->chars[1], ==, 0xDE00);
  }
  js_state_free (J);
}

static void
test_invalid_utf8 (void)
{
  JsState *J = new_core ();
  /* A lone continuation byte, a truncated sequence (one U+FFFD for the
   * prefix), an overlong '/', an encoded surrogate (one per byte: no valid
   * prefix), as the WHATWG decoder does. */
  JsString *s = js_string_new_utf8 (J, "a\x80" "b\xe2\x82" "c\xc0\xaf" "d\xed\xa0\x80", -1);
  char *back = js_string_to_utf8 (s);

  g_assert_cmpuint (s->chars[1], ==, 0xFFFD);
  g_assert_cmpstr (back, ==, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd\xef\xbf\xbd"
                             "d\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  g_free (back);
  js_state_free (J);
}

static void
test_lone_surrogates (void)
{
  JsState *J = new_core ();
  uint16_t units[] = { 'x', 0xD800, 'y', 0xDC00, 0xD83D, 0xDE00 };
  JsString *s = js_string_new (J, units, G_N_ELEMENTS (units));
  char *utf8 = js_string_to_utf8 (s);

  g_assert_cmpstr (utf8, ==, "x\xef\xbf\xbdy\xef\xbf\xbd\xf0\x9f\x98\x80");
  g_free (utf8);
  js_state_free (J);
}

static void
test_concat_substring_compare (void)
{
  JsState *J = new_core ();
  JsString *a = js_string_new_utf8 (J, "abc", -1);
  JsString *b = js_string_new_utf8 (J, "def", -1);
  JsString *ab = js_string_concat (J, a, b);
  JsString *empty = js_string_new_utf8 (J, "", -1);

  g_assert_true (js_string_equal_ascii (ab, "abcdef"));
  g_assert_false (js_string_equal_ascii (ab, "abcde"));
  g_assert_false (js_string_equal_ascii (ab, "abcdefg"));
  g_assert_true (js_string_concat (J, a, empty) == a);
  g_assert_true (js_string_equal_ascii (js_string_substring (J, ab, 2, 4), "cd"));
  g_assert_true (js_string_substring (J, ab, 0, 6) == ab);
  g_assert_cmpint (js_string_compare (a, b), <, 0);
  g_assert_cmpint (js_string_compare (b, a), >, 0);
  g_assert_cmpint (js_string_compare (a, ab), <, 0);
  g_assert_cmpint (js_string_compare (a, js_string_new_utf8 (J, "abc", -1)), ==, 0);
  /* Comparison is by code units: U+FF21 sorts before a surrogate pair. */
  {
    JsString *wide = js_string_new_utf8 (J, "\xef\xbc\xa1", -1);
    JsString *astral = js_string_new_utf8 (J, "\xf0\x9f\x98\x80", -1);
    g_assert_cmpint (js_string_compare (astral, wide), <, 0);
  }
  g_assert_true (js_string_equal (a, js_string_new_latin1 (J, "abc", 3)));
  js_state_free (J);
}

static void
test_printf_and_numbers (void)
{
  JsState *J = new_core ();

  g_assert_true (js_string_equal_ascii (js_string_printf (J, "%s-%d", "x", 42), "x-42"));
  g_assert_true (js_string_equal_ascii (js_string_from_number (J, 0.5), "0.5"));
  g_assert_true (js_string_equal_ascii (js_string_from_number (J, -0.0), "0"));
  g_assert_true (js_string_from_number (J, 7) == js_intern_index (J, 7));
  g_assert_true (js_string_from_char_code (J, 'q') == js_intern_utf8 (J, "q"));
  js_state_free (J);
}

/* `+` of a string and a number: short results are built from the digits,
 * long ones stay ropes; either order. */
static void
test_concat_number (void)
{
  JsState *J = new_core ();
  JsValue item = js_string_value_utf8 (J, "item-");
  JsValue long_text = js_string_value_utf8 (J, "0123456789012345678901234567890123456789012345678901234567890123");
  JsValue v;

  g_assert_true (js_string_equal_ascii (js_get_string (js_string_concat_number (J, item, 42, FALSE)), "item-42"));
  g_assert_true (js_string_equal_ascii (js_get_string (js_string_concat_number (J, item, -0.5, TRUE)), "-0.5item-"));
  g_assert_true (js_string_equal_ascii (js_get_string (js_string_concat_number (J, JS_KEY (J, empty), 7, FALSE)), "7"));
  g_assert_true (js_string_equal_ascii (js_get_string (js_string_concat_number (J, item, 1e21, FALSE)), "item-1e+21"));
  v = js_string_concat_number (J, long_text, 12, FALSE);
  g_assert_cmpuint (js_string_value_length (v), ==, 66);
  g_assert_cmpuint (js_get_string (v)->chars[65], ==, '2');
  v = js_string_concat_number (J, long_text, 12, TRUE);
  g_assert_cmpuint (js_get_string (v)->chars[0], ==, '1');
  g_assert_cmpuint (js_get_string (v)->chars[2], ==, '0');
  js_state_free (J);
}

static void
test_interning (void)
{
  JsState *J = new_core ();
  JsString *a = js_intern_utf8 (J, "property");
  JsString *b = js_intern (J, js_string_new_utf8 (J, "property", -1));
  uint16_t units[] = { 'p', 'r', 'o', 'p', 'e', 'r', 't', 'y' };

  g_assert_true (a == b);
  g_assert_true (js_intern_chars (J, units, 8) == a);
  g_assert_true (a->gc.gc_flags & JS_STRING_INTERNED);
  g_assert_true (js_intern_utf8 (J, "length") == JS_ATOM (J, length));
  g_assert_true (js_intern_utf8 (J, "") == JS_ATOM (J, empty));
  /* Long keys take the heap path of the lookup. */
  {
    const char *long_name = "a_rather_long_property_name_that_does_not_fit_the_stack_key_buffer";
    g_assert_true (js_intern_utf8 (J, long_name) == js_intern_utf8 (J, long_name));
  }
  js_state_free (J);
}

static void
test_array_index_atoms (void)
{
  JsState *J = new_core ();
  struct { const char *text; gboolean is_index; guint32 index; } cases[] = {
    { "0", TRUE, 0 }, { "7", TRUE, 7 }, { "255", TRUE, 255 }, { "256", TRUE, 256 },
    { "4294967294", TRUE, 4294967294u }, { "4294967295", FALSE, 0 }, { "01", FALSE, 0 },
    { "-1", FALSE, 0 }, { "1.5", FALSE, 0 }, { "", FALSE, 0 }, { "1e3", FALSE, 0 },
    { "99999999999", FALSE, 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint32 index = 12345;
      JsValue key = js_key_from_utf8 (J, cases[i].text);
      g_assert_cmpint (js_key_is_index (key, &index), ==, cases[i].is_index);
      if (cases[i].is_index)
        {
          g_assert_cmpuint (index, ==, cases[i].index);
          g_assert_true (js_get_string (key) == js_intern_index (J, cases[i].index));
        }
    }
  js_state_free (J);
}

static void
test_atoms_are_weak (void)
{
  JsState *J = new_core ();
  guint before = g_hash_table_size (J->atom_table);
  JsValue kept = js_string_value (js_intern_utf8 (J, "kept-atom"));

  js_gc_add_root (J, &kept);
  for (int i = 0; i < 1000; i++)
    js_intern (J, js_string_printf (J, "temporary-%d", i));
  g_assert_cmpuint (g_hash_table_size (J->atom_table), ==, before + 1001);
  js_gc_collect (J);
  g_assert_cmpuint (g_hash_table_size (J->atom_table), ==, before + 1);
  /* The survivor is still the atom for its text. */
  g_assert_true (js_intern_utf8 (J, "kept-atom") == js_get_string (kept));
  g_assert_true (js_intern_utf8 (J, "temporary-5") != NULL);
  js_gc_remove_root (J, &kept);
  js_state_free (J);
}

static void
test_symbols (void)
{
  JsState *J = new_core ();
  JsSymbol *s = js_symbol_new (J, js_intern_utf8 (J, "tag"));
  JsSymbol *t = js_symbol_new (J, NULL);

  g_assert_true (s != t);
  g_assert_null (t->description);
  g_assert_true (js_string_equal_ascii (JS_SYMBOL (J, iterator)->description, "Symbol.iterator"));
  g_assert_true (js_string_equal_ascii (JS_SYMBOL (J, toStringTag)->description, "Symbol.toStringTag"));
  js_state_free (J);
}

static void
test_length_limit (void)
{
  JsState *J = new_core ();
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_string_new_uninit (J, 1u << 30);
      g_assert_not_reached ();
    }
  else
    {
      /* The core state has no %RangeError.prototype%: check the message. */
      JsValue message = js_get (J, J->exception, JS_KEY (J, message));
      g_assert_true (js_string_equal_ascii (js_get_string (message), "Invalid string length"));
    }
  js_state_free (J);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/string/utf8-round-trip", test_utf8_round_trip);
  g_test_add_func ("/engine/string/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/engine/string/lone-surrogates", test_lone_surrogates);
  g_test_add_func ("/engine/string/concat-substring-compare", test_concat_substring_compare);
  g_test_add_func ("/engine/string/printf-and-numbers", test_printf_and_numbers);
  g_test_add_func ("/engine/string/concat-number", test_concat_number);
  g_test_add_func ("/engine/string/interning", test_interning);
  g_test_add_func ("/engine/string/array-index-atoms", test_array_index_atoms);
  g_test_add_func ("/engine/string/atoms-are-weak", test_atoms_are_weak);
  g_test_add_func ("/engine/string/symbols", test_symbols);
  g_test_add_func ("/engine/string/length-limit", test_length_limit);
  return g_test_run ();
}
