/* test-number.c: Number::toString and friends, StringToNumber, parseInt,
 * parseFloat.  Every expected string was recorded from Node 20. */
#include <math.h>

#include "js-internal.h"

typedef struct { double value; const char *expected; } ToStringCase;
typedef struct { double value; int digits; const char *expected; } DigitsCase;
typedef struct { const char *text; double expected; } ParseCase;
typedef struct { const char *text; int radix; double expected; } ParseIntCase;

static const ToStringCase to_string_cases[] = {
  { 0.30000000000000004, "0.30000000000000004" },
  { 1e+21, "1e+21" },
  { 1e-7, "1e-7" },
  { 1.23e-18, "1.23e-18" },
  { 5e-324, "5e-324" },
  { 1.7976931348623157e+308, "1.7976931348623157e+308" },
  { -0.0, "0" },
  { 100.0, "100" },
  { 100000000000000000000.0, "100000000000000000000" },
  { 0.000001, "0.000001" },
  { 1.5e-7, "1.5e-7" },
  { 9007199254740992.0, "9007199254740992" },
  { 1152921504606847000.0, "1152921504606847000" },
  { -1.5, "-1.5" },
  { 123.456, "123.456" },
  { 0.3333333333333333, "0.3333333333333333" },
  { 0.6666666666666666, "0.6666666666666666" },
  { 0.1, "0.1" },
  { 0.000001, "0.000001" },
  { 0.0000012, "0.0000012" },
  { 1e+21, "1e+21" },
  { 4.35, "4.35" },
  { 0.5, "0.5" },
  { -1e-7, "-1e-7" },
  { 1e+100, "1e+100" },
  { 1.5e-323, "1.5e-323" },
  { 9007199254740992.0, "9007199254740992" },
  { 8.98846567431158e+307, "8.98846567431158e+307" },
  { 2.2250738585072014e-308, "2.2250738585072014e-308" },
  { 123456789012345680000.0, "123456789012345680000" },
  { 0.00001, "0.00001" },
  { 5.992310449541053e+307, "5.992310449541053e+307" },
  { 4294967295.0, "4294967295" },
  { 2147483648.0, "2147483648" },
  { -2147483648.0, "-2147483648" },
  { NAN, "NaN" },
  { INFINITY, "Infinity" },
  { -INFINITY, "-Infinity" },
  { 0.5, "0.5" },
  { 9.332636185032189e-302, "9.332636185032189e-302" },
  { 1.2676506002282294e+30, "1.2676506002282294e+30" },
  { 1e+23, "1e+23" },
  { 8.41e+21, "8.41e+21" },
  { 5e-7, "5e-7" },
  { 0.00001, "0.00001" },
  { -1.23e-18, "-1.23e-18" },
  /* Around the one try at 15 digits (DBL_MIN and below take the long way) */
  { 2.225073858507201e-308, "2.225073858507201e-308" },
  { 6.675221575521604e-308, "6.675221575521604e-308" },
  { 3.5e-323, "3.5e-323" },
  { 1000000000000000.2, "1000000000000000.2" },
  { 123456789012345.6, "123456789012345.6" },
  { 999999999999999.9, "999999999999999.9" },
  { 0.7999999999999999, "0.7999999999999999" },
  /* Integers formatted by hand */
  { -2147483647.0, "-2147483647" },
  { 99.0, "99" },
  { 1000000.0, "1000000" },
  { 9007199254740991.0, "9007199254740991" },
};

static const DigitsCase fixed_cases[] = {
  { 1.005, 2, "1.00" },
  { 1e+21, 2, "1e+21" },
  { 0.5, 0, "1" },
  { 1.5, 0, "2" },
  { 2.5, 0, "3" },
  { -1.5, 0, "-2" },
  { -0.0001, 2, "-0.00" },
  { 0.0, 2, "0.00" },
  { 123.456, 10, "123.4560000000" },
  { 0.000001, 7, "0.0000010" },
  { 1.45, 1, "1.4" },
  { 1.55, 1, "1.6" },
  { 8.345, 2, "8.35" },
  { 10.0, 0, "10" },
  { 123000000000000000000.0, 2, "123000000000000000000.00" },
  { 99.995, 2, "100.00" },
  { 0.1, 20, "0.10000000000000000555" },
  { -0.0, 0, "0" },
  { 1e-10, 3, "0.000" },
  { 0.30000000000000004, 17, "0.30000000000000004" },
  { 5e-324, 2, "0.00" },
  { NAN, 2, "NaN" },
  { 1.2345e-30, 100, "0.0000000000000000000000000000012345000000000000188009033805758746603009593277743861063532708152001245" },
};

static const DigitsCase exponential_cases[] = {
  { 123456.0, 2, "1.23e+5" },
  { 0.0, 2, "0.00e+0" },
  { 1.5, 0, "2e+0" },
  { 2.5, 0, "3e+0" },
  { 0.00015, 1, "1.5e-4" },
  { 1e+21, 3, "1.000e+21" },
  { -1.005, 2, "-1.00e+0" },
  { 123.456, -1, "1.23456e+2" },
  { 0.1, -1, "1e-1" },
  { 5e-324, -1, "5e-324" },
  { 1.7976931348623157e+308, 5, "1.79769e+308" },
  { 9.995, 2, "9.99e+0" },
  { 0.0, -1, "0e+0" },
  { 1.0, 20, "1.00000000000000000000e+0" },
  { -INFINITY, 2, "-Infinity" },
};

static const DigitsCase precision_cases[] = {
  { 123.456, 4, "123.5" },
  { 0.000123, 2, "0.00012" },
  { 123456.0, 2, "1.2e+5" },
  { 1.5, 1, "2" },
  { 2.5, 1, "3" },
  { 1e+21, 5, "1.0000e+21" },
  { 0.0, 3, "0.00" },
  { 1e-7, 3, "1.00e-7" },
  { 1.25, 2, "1.3" },
  { 1.35, 2, "1.4" },
  { 999.99, 3, "1.00e+3" },
  { 0.00001, 1, "0.00001" },
  { 0.000001, 2, "0.0000010" },
  { 100.0, 3, "100" },
  { -1.005, 3, "-1.00" },
  { 123456789.0, 9, "123456789" },
  { 5e-324, 3, "4.94e-324" },
  { 0.1, 100, "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000" },
};

static const DigitsCase radix_cases[] = {
  { 0.5, 2, "0.1" },
  { 255.0, 16, "ff" },
  { 0.1, 3, "0.0022002200220022002200220022002201" },
  { -255.0, 2, "-11111111" },
  { 3.75, 2, "11.11" },
  { 0.1, 2, "0.0001100110011001100110011001100110011001100110011001101" },
  { 1e+21, 36, "5v1j4f4ds7c000" },
  { 123.456, 36, "3f.gez4w97ry" },
  { -0.5, 16, "-0.8" },
  { 1152921504606847000.0, 2, "1000000000000000000000000000000000000000000000000000000000000" },
  { 0.3, 5, "0.122222222222222222222222" },
  { 0.3333333333333333, 3, "0.1" },
  { 3.141592653589793, 16, "3.243f6a8885a3" },
  { 1e-7, 2, "0.0000000000000000000000011010110101111111001010011010101111001010111101001" },
  { 4294967295.0, 36, "1z141z3" },
  { 0.000001, 16, "0.000010c6f7a0b5ed8d" },
  { 5e-324, 2, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001" },
  { -0.0, 2, "0" },
  { NAN, 16, "NaN" },
  { 1e+300, 7, "6562255533065302131000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" },
};

static const ParseCase to_number_cases[] = {
  { "", 0.0 },
  { "  ", 0.0 },
  { "0x1F", 31.0 },
  { "0X1f", 31.0 },
  { "0b101", 5.0 },
  { "0o17", 15.0 },
  { "Infinity", INFINITY },
  { "-Infinity", -INFINITY },
  { "+Infinity", INFINITY },
  { "1e3", 1000.0 },
  { ".5", 0.5 },
  { "5.", 5.0 },
  { "1_000", NAN },
  { " \n\t12  ", 12.0 },
  { "-0", -0.0 },
  { "0x", NAN },
  { "-0x10", NAN },
  { "1e", NAN },
  { "1e+", NAN },
  { "..5", NAN },
  { ".", NAN },
  { "+.5e-2", 0.005 },
  { "12abc", NAN },
  { "infinity", NAN },
  { "0.1e400", INFINITY },
  { "1e-400", 0.0 },
  { "00012", 12.0 },
  { "﻿7", 7.0 },
  { "0b2", NAN },
  { "9007199254740993", 9007199254740992.0 },
  { "  -12.5e1  ", -125.0 },
};

static const ParseIntCase parse_int_cases[] = {
  { "123abc", 0, 123.0 },
  { "  -0x1F", 0, -31.0 },
  { "0x1F", 16, 31.0 },
  { "0x1F", 10, 0.0 },
  { "z", 36, 35.0 },
  { "Z9", 36, 1269.0 },
  { "", 0, NAN },
  { "-0", 0, -0.0 },
  { "12", 1, NAN },
  { "12", 37, NAN },
  { "1e3", 0, 1.0 },
  { "0b11", 0, 0.0 },
  { "  +42  ", 0, 42.0 },
  { "ff", 16, 255.0 },
  { "12345678901234567890", 0, 12345678901234567000.0 },
  { "-", 0, NAN },
  { "0x", 0, NAN },
  { "7", 8, 7.0 },
  { "8", 8, NAN },
  { "1010", 2, 10.0 },
};

static const ParseCase parse_float_cases[] = {
  { "3.14abc", 3.14 },
  { "  -.5e3x", -500.0 },
  { "Infinityx", INFINITY },
  { "-Infinity", -INFINITY },
  { "e5", NAN },
  { "1e", 1.0 },
  { "1.e2", 100.0 },
  { "abc", NAN },
  { "-0", -0.0 },
  { "+1_0", 1.0 },
  { ".", NAN },
  { "0x10", 0.0 },
  { "1e1000", INFINITY },
};

/* Same value, -0 and NaN included. */
static void
assert_same_number (double actual, double expected, const char *what)
{
  if (isnan (expected))
    {
      if (!isnan (actual))
        g_error ("%s: expected NaN, got %.17g", what, actual);
      return;
    }
  if (actual != expected || signbit (actual) != signbit (expected))
    g_error ("%s: expected %.17g, got %.17g", what, expected, actual);
}

static void
test_to_string (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (to_string_cases); i++)
    {
      char buffer[JS_NUMBER_BUFFER_SIZE];
      int n = js_number_to_cstring (to_string_cases[i].value, buffer);
      g_assert_cmpstr (buffer, ==, to_string_cases[i].expected);
      g_assert_cmpint (n, ==, strlen (to_string_cases[i].expected));
    }
}

/* Every double must survive the trip through its shortest string. */
static void
test_round_trip (void)
{
  GRand *rand = g_rand_new_with_seed (42);

  for (int i = 0; i < 200000; i++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      double d, back;
      char buffer[JS_NUMBER_BUFFER_SIZE];
      memcpy (&d, &bits, sizeof d);
      if (!isfinite (d))
        continue;
      js_number_to_cstring (d, buffer);
      back = g_ascii_strtod (buffer, NULL);
      if (back != d)
        g_error ("%.17g printed as %s", d, buffer);
    }
  g_rand_free (rand);
}

static void
test_fixed (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fixed_cases); i++)
    {
      char *s = js_number_to_fixed_cstring (fixed_cases[i].value, fixed_cases[i].digits);
      g_assert_cmpstr (s, ==, fixed_cases[i].expected);
      g_free (s);
    }
}

static void
test_exponential (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (exponential_cases); i++)
    {
      char *s = js_number_to_exponential_cstring (exponential_cases[i].value, exponential_cases[i].digits);
      g_assert_cmpstr (s, ==, exponential_cases[i].expected);
      g_free (s);
    }
}

static void
test_precision (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (precision_cases); i++)
    {
      char *s = js_number_to_precision_cstring (precision_cases[i].value, precision_cases[i].digits);
      g_assert_cmpstr (s, ==, precision_cases[i].expected);
      g_free (s);
    }
}

static void
test_radix (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (radix_cases); i++)
    {
      char *s = js_number_to_radix_cstring (radix_cases[i].value, radix_cases[i].digits);
      g_assert_cmpstr (s, ==, radix_cases[i].expected);
      g_free (s);
    }
}

static void
test_string_to_number (void)
{
  JsState *J = js_state_new_core (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (to_number_cases); i++)
    {
      JsString *s = js_string_new_utf8 (J, to_number_cases[i].text, -1);
      assert_same_number (js_string_to_number (s), to_number_cases[i].expected, to_number_cases[i].text);
    }
  js_state_free (J);
}

static void
test_parse_int (void)
{
  JsState *J = js_state_new_core (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (parse_int_cases); i++)
    {
      JsString *s = js_string_new_utf8 (J, parse_int_cases[i].text, -1);
      assert_same_number (js_parse_int (s, parse_int_cases[i].radix), parse_int_cases[i].expected,
                          parse_int_cases[i].text);
    }
  js_state_free (J);
}

static void
test_parse_float (void)
{
  JsState *J = js_state_new_core (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (parse_float_cases); i++)
    {
      JsString *s = js_string_new_utf8 (J, parse_float_cases[i].text, -1);
      assert_same_number (js_parse_float (s), parse_float_cases[i].expected, parse_float_cases[i].text);
    }
  js_state_free (J);
}

static void
test_int32 (void)
{
  g_assert_cmpint (js_double_to_int32 (4294967296.0 + 5), ==, 5);
  g_assert_cmpint (js_double_to_int32 (2147483648.0), ==, G_MININT32);
  g_assert_cmpint (js_double_to_int32 (-2147483649.0), ==, G_MAXINT32);
  g_assert_cmpint (js_double_to_int32 (-1.9), ==, -1);
  g_assert_cmpint (js_double_to_int32 (NAN), ==, 0);
  g_assert_cmpint (js_double_to_int32 (-INFINITY), ==, 0);
  g_assert_cmpint (js_double_to_int32 (1e21), ==, -559939584);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/number/to-string", test_to_string);
  g_test_add_func ("/engine/number/round-trip", test_round_trip);
  g_test_add_func ("/engine/number/to-fixed", test_fixed);
  g_test_add_func ("/engine/number/to-exponential", test_exponential);
  g_test_add_func ("/engine/number/to-precision", test_precision);
  g_test_add_func ("/engine/number/to-radix", test_radix);
  g_test_add_func ("/engine/number/string-to-number", test_string_to_number);
  g_test_add_func ("/engine/number/parse-int", test_parse_int);
  g_test_add_func ("/engine/number/parse-float", test_parse_float);
  g_test_add_func ("/engine/number/to-int32", test_int32);
  return g_test_run ();
}
