/* js-number.c: Number::toString (6.1.6.1.20) and the radix, fixed,
 * exponential and precision forms; StringToNumber, parseInt, parseFloat.
 *
 * Digits come from the C library, which prints and reads doubles exactly
 * (glibc's printf is correctly rounded at any precision, strtod is correctly
 * rounded): the shortest round-trip digits by trying precisions in turn,
 * and the exact decimal expansion for the rounding forms, which then round
 * half up as the spec (and V8) require.  Integers, most of what scripts
 * print and concatenate, are formatted by hand.
 */
#include "js-internal.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Every double's exact decimal expansion has at most 767 significant
 * digits; this many more show that the rest are zeros. */
#define EXACT_DIGITS 780

/* ------------------------------------------------------------------------
 * Digit generation
 * ------------------------------------------------------------------------ */

/* Parses "%.Ne" output ("d.ddde+XX") into digits without the point and the
 * exponent of the first digit. */
static int
split_exponential (const char *text, char *digits, int *exponent)
{
  int k = 0;
  const char *p = text;

  for (; *p != 'e'; p++)
    if (*p != '.')
      digits[k++] = *p;
  digits[k] = '\0';
  *exponent = atoi (p + 1);
  return k;
}

static int
strip_trailing_zeros (char *digits, int k)
{
  while (k > 1 && digits[k - 1] == '0')
    k--;
  digits[k] = '\0';
  return k;
}

/* The shortest digits that read back as `v` (v > 0, finite), choosing the
 * closest such string: digits[0..k) with v = 0.digits × 10^n.  Returns k. */
static int
shortest_digits (double v, char digits[32], int *n)
{
  char text[48];
  int k = 0, e = 0;
  int precision = 1;

  /* For a normal double, any string of at most 15 digits that reads back as
   * v lies within v × 2^-53 of it, well inside half a unit of the 15th
   * digit (more than v × 5·10^-16): so it is v rounded to 15 digits with
   * trailing zeros.  One try at 15 digits thus finds every shortest form of
   * up to 15 digits, and when it misses the answer has 16 or 17.
   * Subnormals have less precision and take the long way. */
  if (v >= DBL_MIN)
    {
      snprintf (text, sizeof text, "%.14e", v);
      if (strtod (text, NULL) == v)
        {
          k = strip_trailing_zeros (digits, split_exponential (text, digits, &e));
          *n = e + 1;
          return k;
        }
      precision = 16;
    }
  for (; precision <= 17; precision++)
    {
      char alt[48];
      guint64 m;

      snprintf (text, sizeof text, "%.*e", precision - 1, v);
      k = split_exponential (text, digits, &e);
      if (strtod (text, NULL) == v || precision == 17)
        break;
      /* At a power of two the values that read back as `v` reach less far
       * below it than above, so the correctly rounded string may miss while
       * the next one up fits (the one below cannot, being farther away on
       * the narrow side). */
      m = g_ascii_strtoull (digits, NULL, 10) + 1;
      snprintf (alt, sizeof alt, "%" G_GUINT64_FORMAT "e%d", m, e - (precision - 1));
      if (strtod (alt, NULL) == v)
        {
          k = g_snprintf (digits, 32, "%" G_GUINT64_FORMAT, m);
          if (k > precision)   /* 99…9 + 1 = 10…0 */
            e++;
          break;
        }
    }
  k = strip_trailing_zeros (digits, k);
  *n = e + 1;
  return k;
}

/* Rounds v > 0 half up at the decimal place 10^place: returns the digits of
 * the resulting integer multiple of 10^place (g_free), "0" when it rounds to
 * zero. */
static char *
round_at_place (double v, int place)
{
  char *text = g_strdup_printf ("%.*e", EXACT_DIGITS, v);
  char *digits = g_malloc (EXACT_DIGITS + 4);
  int e, k, last;
  char *result;

  k = split_exponential (text, digits, &e);
  g_free (text);
  /* digits[i] is the 10^(e - i) digit; keep those down to 10^place. */
  last = e - place;
  if (last < -1)
    {
      g_free (digits);
      return g_strdup ("0");
    }
  if (last == -1)
    {
      gboolean up = digits[0] >= '5';
      g_free (digits);
      return g_strdup (up ? "1" : "0");
    }
  if (last + 1 >= k)
    {
      /* Exact: pad with zeros. */
      result = g_malloc (last + 2);
      memcpy (result, digits, k);
      memset (result + k, '0', last + 1 - k);
      result[last + 1] = '\0';
      g_free (digits);
      return result;
    }
  {
    gboolean up = digits[last + 1] >= '5';
    int len = last + 1;
    digits[len] = '\0';
    if (up)
      {
        int i = len - 1;
        while (i >= 0 && digits[i] == '9')
          digits[i--] = '0';
        if (i >= 0)
          digits[i]++;
        else
          {
            result = g_strconcat ("1", digits, NULL);
            g_free (digits);
            return result;
          }
      }
    return digits;
  }
}

/* The exponent of v's first significant decimal digit (v > 0). */
static int
decimal_exponent (double v)
{
  char *exact = g_strdup_printf ("%.*e", EXACT_DIGITS, v);
  int e = atoi (strchr (exact, 'e') + 1);

  g_free (exact);
  return e;
}

/* Rounds v > 0 to `count` significant digits, half up: digits[0..count) and
 * the exponent of the first one. */
static void
round_significant (double v, int count, char *digits, int *exponent)
{
  int e = decimal_exponent (v);
  char *r = round_at_place (v, e - count + 1);
  int len = (int) strlen (r);

  if (len > count)   /* carried into a new leading digit */
    {
      e++;
      r[count] = '\0';
    }
  memcpy (digits, r, count);
  digits[count] = '\0';
  g_free (r);
  *exponent = e;
}

/* ------------------------------------------------------------------------
 * Number::toString (6.1.6.1.20)
 * ------------------------------------------------------------------------ */

/* The decimal digits of n, NUL-terminated; returns their count.  Integers
 * are most of the numbers a script prints: no printf for them, and two
 * digits per division. */
static int
format_integer (guint64 n, char *out)
{
  static const char pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
  int k = 1;
  char *p;

  for (guint64 rest = n; rest >= 10; rest /= 10)
    k++;
  p = out + k;
  *p = '\0';
  while (n >= 100)
    {
      guint64 pair = n % 100;
      n /= 100;
      *--p = pairs[2 * pair + 1];
      *--p = pairs[2 * pair];
    }
  if (n >= 10)
    {
      *--p = pairs[2 * n + 1];
      *--p = pairs[2 * n];
    }
  else
    *--p = (char) ('0' + n);
  return k;
}

int
js_number_to_cstring (double d, char buffer[JS_NUMBER_BUFFER_SIZE])
{
  char digits[32];
  char *out = buffer;
  int k, n;

  /* The commonest case first: a small integer (-0 prints as "0"). */
  if (d > -2147483648.0 && d < 2147483648.0 && d == (double) (gint32) d)
    {
      gint32 i = (gint32) d;
      if (i < 0)
        {
          *out++ = '-';
          return 1 + format_integer ((guint64) -(gint64) i, out);
        }
      return format_integer ((guint64) i, out);
    }
  if (isnan (d))
    return g_snprintf (buffer, JS_NUMBER_BUFFER_SIZE, "NaN");
  if (d == 0)
    return g_snprintf (buffer, JS_NUMBER_BUFFER_SIZE, "0");
  if (isinf (d))
    return g_snprintf (buffer, JS_NUMBER_BUFFER_SIZE, d < 0 ? "-Infinity" : "Infinity");
  if (d < 0)
    {
      *out++ = '-';
      d = -d;
    }
  if (d < 9007199254740992.0 && d == floor (d))
    return (int) (out - buffer) + format_integer ((guint64) d, out);

  k = shortest_digits (d, digits, &n);
  if (k <= n && n <= 21)
    {
      memcpy (out, digits, k);
      out += k;
      for (int i = 0; i < n - k; i++)
        *out++ = '0';
    }
  else if (0 < n && n <= 21)
    {
      memcpy (out, digits, n);
      out += n;
      *out++ = '.';
      memcpy (out, digits + n, k - n);
      out += k - n;
    }
  else if (-6 < n && n <= 0)
    {
      *out++ = '0';
      *out++ = '.';
      for (int i = 0; i < -n; i++)
        *out++ = '0';
      memcpy (out, digits, k);
      out += k;
    }
  else
    {
      *out++ = digits[0];
      if (k > 1)
        {
          *out++ = '.';
          memcpy (out, digits + 1, k - 1);
          out += k - 1;
        }
      out += g_snprintf (out, 8, "e%c%d", n - 1 >= 0 ? '+' : '-', abs (n - 1));
    }
  *out = '\0';
  return (int) (out - buffer);
}

/* ------------------------------------------------------------------------
 * Radix conversion: V8's DoubleToRadixCString, so that fractions print the
 * same digits Node prints.
 * ------------------------------------------------------------------------ */

static double
next_double_up (double v)
{
  return nextafter (v, INFINITY);
}

/* The binary exponent of v as significand (53-bit integer) × 2^e. */
static int
double_exponent (double v)
{
  int e;
  if (v == 0)
    return -1074;
  frexp (v, &e);
  return MAX (e - 53, -1074);
}

char *
js_number_to_radix_cstring (double value, int radix)
{
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  enum { BUFFER_SIZE = 2200 };
  char *buffer;
  int integer_cursor = BUFFER_SIZE / 2;
  int fraction_cursor = integer_cursor;
  gboolean negative;
  double integer, fraction, delta;
  char *result;

  g_assert (radix >= 2 && radix <= 36);
  if (isnan (value))
    return g_strdup ("NaN");
  if (isinf (value))
    return g_strdup (value < 0 ? "-Infinity" : "Infinity");
  if (radix == 10)
    {
      char b[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (value, b);
      return g_strdup (b);
    }

  buffer = g_malloc (BUFFER_SIZE);
  negative = value < 0;
  if (negative)
    value = -value;
  integer = floor (value);
  fraction = value - integer;
  /* Only produce fraction digits up to the input's precision. */
  delta = 0.5 * (next_double_up (value) - value);
  delta = MAX (next_double_up (0.0), delta);
  if (fraction >= delta)
    {
      buffer[fraction_cursor++] = '.';
      do
        {
          int digit;
          fraction *= radix;
          delta *= radix;
          digit = (int) fraction;
          buffer[fraction_cursor++] = chars[digit];
          fraction -= digit;
          /* Round to even. */
          if (fraction > 0.5 || (fraction == 0.5 && (digit & 1)))
            {
              if (fraction + delta > 1)
                {
                  /* Propagate the carry back through the written digits. */
                  for (;;)
                    {
                      char c;
                      int d;
                      fraction_cursor--;
                      if (fraction_cursor == BUFFER_SIZE / 2)
                        {
                          integer += 1;
                          break;
                        }
                      c = buffer[fraction_cursor];
                      d = c > '9' ? (c - 'a' + 10) : (c - '0');
                      if (d + 1 < radix)
                        {
                          buffer[fraction_cursor++] = chars[d + 1];
                          break;
                        }
                    }
                  break;
                }
            }
        }
      while (fraction >= delta);
    }

  /* Integer digits; those below the double's precision print as zeros. */
  while (double_exponent (integer / radix) > 0)
    {
      integer /= radix;
      buffer[--integer_cursor] = '0';
    }
  do
    {
      double remainder = fmod (integer, radix);
      buffer[--integer_cursor] = chars[(int) remainder];
      integer = (integer - remainder) / radix;
    }
  while (integer > 0);

  if (negative)
    buffer[--integer_cursor] = '-';
  result = g_strndup (buffer + integer_cursor, fraction_cursor - integer_cursor);
  g_free (buffer);
  return result;
}

/* ------------------------------------------------------------------------
 * toFixed, toExponential, toPrecision (21.1.3.3, .2, .5)
 * ------------------------------------------------------------------------ */

char *
js_number_to_fixed_cstring (double d, int digits)
{
  GString *out;
  char *n;
  int len;

  if (!isfinite (d) || fabs (d) >= 1e21)
    {
      char b[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (d, b);
      return g_strdup (b);
    }
  out = g_string_new (d < 0 ? "-" : "");
  n = d == 0 ? g_strdup ("0") : round_at_place (fabs (d), -digits);
  len = (int) strlen (n);
  if (digits == 0)
    g_string_append (out, n);
  else
    {
      if (len <= digits)
        {
          g_string_append (out, "0.");
          for (int i = 0; i < digits - len; i++)
            g_string_append_c (out, '0');
          g_string_append (out, n);
        }
      else
        {
          g_string_append_len (out, n, len - digits);
          g_string_append_c (out, '.');
          g_string_append (out, n + len - digits);
        }
    }
  g_free (n);
  return g_string_free (out, FALSE);
}

static void
append_exponent (GString *out, int e)
{
  g_string_append_printf (out, "e%c%d", e >= 0 ? '+' : '-', abs (e));
}

char *
js_number_to_exponential_cstring (double d, int fraction_digits)
{
  GString *out;
  char digits[128];
  int k, e;

  if (!isfinite (d))
    {
      char b[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (d, b);
      return g_strdup (b);
    }
  out = g_string_new (d < 0 ? "-" : "");
  d = fabs (d);
  if (d == 0)
    {
      k = fraction_digits < 0 ? 1 : fraction_digits + 1;
      memset (digits, '0', k);
      e = 0;
    }
  else if (fraction_digits < 0)
    {
      int n;
      k = shortest_digits (d, digits, &n);
      e = n - 1;
    }
  else
    {
      k = fraction_digits + 1;
      round_significant (d, k, digits, &e);
    }
  g_string_append_c (out, digits[0]);
  if (k > 1)
    {
      g_string_append_c (out, '.');
      g_string_append_len (out, digits + 1, k - 1);
    }
  append_exponent (out, e);
  return g_string_free (out, FALSE);
}

char *
js_number_to_precision_cstring (double d, int precision)
{
  GString *out;
  char digits[128];
  int e;

  if (!isfinite (d))
    {
      char b[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (d, b);
      return g_strdup (b);
    }
  out = g_string_new (d < 0 ? "-" : "");
  d = fabs (d);
  if (d == 0)
    {
      memset (digits, '0', precision);
      e = 0;
    }
  else
    round_significant (d, precision, digits, &e);

  if (e < -6 || e >= precision)
    {
      g_string_append_c (out, digits[0]);
      if (precision > 1)
        {
          g_string_append_c (out, '.');
          g_string_append_len (out, digits + 1, precision - 1);
        }
      append_exponent (out, e);
    }
  else if (e == precision - 1)
    g_string_append_len (out, digits, precision);
  else if (e >= 0)
    {
      g_string_append_len (out, digits, e + 1);
      g_string_append_c (out, '.');
      g_string_append_len (out, digits + e + 1, precision - (e + 1));
    }
  else
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -(e + 1); i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, digits, precision);
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------
 * Reading numbers
 * ------------------------------------------------------------------------ */

/* WhiteSpace and LineTerminator code points (12.2, 12.3). */
static gboolean
is_js_space (uint16_t c)
{
  switch (c)
    {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20:
    case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000: case 0xFEFF:
      return TRUE;
    default:
      return c >= 0x2000 && c <= 0x200A;
    }
}

gboolean
js_char_is_space (uint16_t c)
{
  return is_js_space (c);
}

int
js_digit_value (uint16_t c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  return 99;
}

int
js_hex_digit_value (gint32 c)
{
  int d = c >= 0 && c < 128 ? js_digit_value ((uint16_t) c) : 99;

  return d < 16 ? d : -1;
}

/* Length of the StrUnsignedDecimalLiteral prefix at chars[0..n) (without
 * "Infinity"); 0 if none. */
static guint32
scan_decimal (const uint16_t *chars, guint32 n)
{
  guint32 i = 0, int_digits = 0, frac_digits = 0;

  while (i < n && chars[i] >= '0' && chars[i] <= '9')
    i++, int_digits++;
  if (i < n && chars[i] == '.')
    {
      guint32 j = i + 1;
      while (j < n && chars[j] >= '0' && chars[j] <= '9')
        j++, frac_digits++;
      if (int_digits + frac_digits > 0)
        i = j;
    }
  if (int_digits + frac_digits == 0)
    return 0;
  if (i < n && (chars[i] == 'e' || chars[i] == 'E'))
    {
      guint32 j = i + 1;
      if (j < n && (chars[j] == '+' || chars[j] == '-'))
        j++;
      if (j < n && chars[j] >= '0' && chars[j] <= '9')
        {
          while (j < n && chars[j] >= '0' && chars[j] <= '9')
            j++;
          i = j;
        }
    }
  return i;
}

static double
decimal_to_double (const uint16_t *chars, guint32 n)
{
  char stack[128];
  char *text = n < sizeof stack ? stack : g_malloc (n + 1);
  double d;

  for (guint32 i = 0; i < n; i++)
    text[i] = (char) chars[i];
  text[n] = '\0';
  d = g_ascii_strtod (text, NULL);
  if (text != stack)
    g_free (text);
  return d;
}

static gboolean
matches_ascii (const uint16_t *chars, guint32 n, const char *word)
{
  guint32 len = (guint32) strlen (word);
  if (n < len)
    return FALSE;
  for (guint32 i = 0; i < len; i++)
    if (chars[i] != (guchar) word[i])
      return FALSE;
  return TRUE;
}

/* StringToNumber (7.1.4.1.1) */
double
js_string_to_number (const JsString *s)
{
  const uint16_t *c = s->chars;
  guint32 start = 0, end = s->length, n, used;
  double sign = 1;

  while (start < end && is_js_space (c[start]))
    start++;
  while (end > start && is_js_space (c[end - 1]))
    end--;
  if (start == end)
    return 0;
  c += start;
  n = end - start;

  /* NonDecimalIntegerLiteral: no sign allowed. */
  if (n > 2 && c[0] == '0')
    {
      int radix = (c[1] == 'x' || c[1] == 'X') ? 16 : (c[1] == 'o' || c[1] == 'O') ? 8 :
                  (c[1] == 'b' || c[1] == 'B') ? 2 : 0;
      if (radix != 0)
        {
          double v = 0;
          for (guint32 i = 2; i < n; i++)
            {
              int d = js_digit_value (c[i]);
              if (d >= radix)
                return NAN;
              v = v * radix + d;
            }
          return v;
        }
    }

  if (c[0] == '+' || c[0] == '-')
    {
      sign = c[0] == '-' ? -1 : 1;
      c++;
      n--;
    }
  if (n == 8 && matches_ascii (c, n, "Infinity"))
    return sign * INFINITY;
  used = scan_decimal (c, n);
  if (used == 0 || used != n)
    return NAN;
  return sign * decimal_to_double (c, n);
}

/* parseInt (19.2.5) on an already converted string */
double
js_parse_int (const JsString *s, int radix)
{
  const uint16_t *c = s->chars;
  guint32 n = s->length, i = 0, start;
  double sign = 1, v = 0;
  gboolean strip_prefix = TRUE;

  while (i < n && is_js_space (c[i]))
    i++;
  if (i < n && (c[i] == '+' || c[i] == '-'))
    {
      if (c[i] == '-')
        sign = -1;
      i++;
    }
  if (radix != 0)
    {
      if (radix < 2 || radix > 36)
        return NAN;
      if (radix != 16)
        strip_prefix = FALSE;
    }
  else
    radix = 10;
  if (strip_prefix && i + 1 < n && c[i] == '0' && (c[i + 1] == 'x' || c[i + 1] == 'X'))
    {
      i += 2;
      radix = 16;
    }
  start = i;
  while (i < n && js_digit_value (c[i]) < radix)
    i++;
  if (i == start)
    return NAN;
  if (radix == 10)
    /* Correctly rounded, as V8 reads long decimal digit strings. */
    v = decimal_to_double (c + start, i - start);
  else
    for (guint32 j = start; j < i; j++)
      v = v * radix + js_digit_value (c[j]);
  return sign * v;
}

/* parseFloat (19.2.4) */
double
js_parse_float (const JsString *s)
{
  const uint16_t *c = s->chars;
  guint32 n = s->length, i = 0, used;
  double sign = 1;

  while (i < n && is_js_space (c[i]))
    i++;
  if (i < n && (c[i] == '+' || c[i] == '-'))
    {
      if (c[i] == '-')
        sign = -1;
      i++;
    }
  if (matches_ascii (c + i, n - i, "Infinity"))
    return sign * INFINITY;
  used = scan_decimal (c + i, n - i);
  if (used == 0)
    return NAN;
  return sign * decimal_to_double (c + i, used);
}

/* ToInt32's modular arithmetic (7.1.6) */
gint32
js_double_to_int32 (double d)
{
  if (d >= -2147483648.0 && d < 2147483648.0)
    return (gint32) d;
  if (!isfinite (d))
    return 0;
  d = fmod (trunc (d), 4294967296.0);
  if (d < 0)
    d += 4294967296.0;
  return (gint32) (guint32) d;
}
