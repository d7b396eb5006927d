/* js-builtin-number.c: Number (ECMAScript 21.1). */
#include "js-internal.h"

#include <float.h>
#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

#define MAX_SAFE_INTEGER 9007199254740991.0

NATIVE (number_constructor)
{
  double n = argc > 0 ? js_to_number (J, argv[0]) : 0;
  JsObject *obj;

  if (js_is_undefined (new_target))
    return js_number (n);
  obj = js_create_from_constructor (J, new_target, JS_CLASS_NUMBER, JS_INTRINSIC (J, NumberPrototype));
  obj->u.primitive = js_number (n);
  return js_object_value (obj);
}

NATIVE (number_is_finite)
{
  return js_boolean (js_is_number (ARG (0)) && isfinite (js_get_number (ARG (0))));
}

static gboolean
is_integral_number (JsValue v)
{
  double d;

  if (!js_is_number (v))
    return FALSE;
  d = js_get_number (v);
  return isfinite (d) && trunc (d) == d;
}

NATIVE (number_is_integer)
{
  return js_boolean (is_integral_number (ARG (0)));
}

NATIVE (number_is_nan)
{
  return js_boolean (js_is_number (ARG (0)) && isnan (js_get_number (ARG (0))));
}

NATIVE (number_is_safe_integer)
{
  return js_boolean (is_integral_number (ARG (0)) && fabs (js_get_number (ARG (0))) <= MAX_SAFE_INTEGER);
}

/* ------------------------------------------------------------------------
 * Number.prototype (21.1.3)
 * ------------------------------------------------------------------------ */

/* thisNumberValue (21.1.3) */
static double
this_number_value (JsState *J, JsValue v, const char *method)
{
  if (js_is_number (v))
    return js_get_number (v);
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_NUMBER)
    return js_get_number (js_get_object (v)->u.primitive);
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR,
                                              js_string_printf (J, "%s requires that 'this' be a Number", method))));
}

/* Returns a g_malloc'd C string as a JS string. */
static JsValue
take_cstring (JsState *J, char *s)
{
  JsString *result = js_string_new_latin1 (J, s, strlen (s));

  g_free (s);
  return js_string_value (result);
}

NATIVE (number_proto_to_exponential)
{
  double x = this_number_value (J, this_value, "Number.prototype.toExponential");
  double f = js_to_integer_or_infinity (J, ARG (0));

  if (!isfinite (x))
    return js_string_value (js_string_from_number (J, x));
  if (f < 0 || f > 100)
    js_throw_range_error (J, "toExponential() argument must be between 0 and 100");
  return take_cstring (J, js_number_to_exponential_cstring (x, js_is_undefined (ARG (0)) ? -1 : (int) f));
}

NATIVE (number_proto_to_fixed)
{
  double x = this_number_value (J, this_value, "Number.prototype.toFixed");
  double f = js_to_integer_or_infinity (J, ARG (0));

  if (!isfinite (f) || f < 0 || f > 100)
    js_throw_range_error (J, "toFixed() digits argument must be between 0 and 100");
  if (!isfinite (x) || fabs (x) >= 1e21)
    return js_string_value (js_string_from_number (J, x));
  return take_cstring (J, js_number_to_fixed_cstring (x, (int) f));
}

NATIVE (number_proto_to_precision)
{
  double x = this_number_value (J, this_value, "Number.prototype.toPrecision");
  double p;

  if (js_is_undefined (ARG (0)))
    return js_string_value (js_string_from_number (J, x));
  p = js_to_integer_or_infinity (J, ARG (0));
  if (!isfinite (x))
    return js_string_value (js_string_from_number (J, x));
  if (p < 1 || p > 100)
    js_throw_range_error (J, "toPrecision() argument must be between 1 and 100");
  return take_cstring (J, js_number_to_precision_cstring (x, (int) p));
}

NATIVE (number_proto_to_string)
{
  double x = this_number_value (J, this_value, "Number.prototype.toString");
  double radix = 10;

  if (!js_is_undefined (ARG (0)))
    radix = js_to_integer_or_infinity (J, ARG (0));
  if (radix < 2 || radix > 36)
    js_throw_range_error (J, "toString() radix argument must be between 2 and 36");
  if (radix == 10)
    return js_string_value (js_string_from_number (J, x));
  return take_cstring (J, js_number_to_radix_cstring (x, (int) radix));
}

NATIVE (number_proto_value_of)
{
  return js_number (this_number_value (J, this_value, "Number.prototype.valueOf"));
}

/* toLocaleString: what ICU gives for the en-US locale (and the separators of
 * a few others), with the common Intl.NumberFormat options:
 * minimumFractionDigits, maximumFractionDigits, style (decimal, percent,
 * currency with currency), useGrouping.  ICU rounds the shortest decimal
 * form of the double half away from zero, so this works on those digits. */
typedef struct {
  int min_fraction, max_fraction;
  gboolean grouping;
  const char *prefix;         /* currency sign */
  const char *suffix;         /* "%" or " CODE" */
  char group_sep, decimal_sep;
} LocaleFormat;

static int
get_digits_option (JsState *J, JsValue options, const char *name, int fallback)
{
  JsValue v = js_get_utf8 (J, options, name);
  double d;

  if (js_is_undefined (v))
    return fallback;
  d = js_to_number (J, v);
  if (isnan (d) || d < 0 || d > 100)
    {
      JsString *message = js_string_printf (J, "%s value is out of range.", name);
      js_throw (J, js_object_value (js_error_new (J, JS_RANGE_ERROR, message)));
    }
  return (int) floor (d);
}

static void
read_locale_format (JsState *J, JsValue locales, JsValue options, LocaleFormat *fmt, double *x,
                    char *suffix_buffer, gsize suffix_size)
{
  int default_min = 0, default_max = 3;
  gboolean has_min, has_max;

  fmt->grouping = TRUE;
  fmt->prefix = "";
  fmt->suffix = "";
  fmt->group_sep = ',';
  fmt->decimal_sep = '.';
  if (js_is_string (locales))
    {
      JsString *l = js_get_string (locales);
      if (l->length >= 2 && ((l->chars[0] == 'd' && l->chars[1] == 'e') || (l->chars[0] == 'e' && l->chars[1] == 's') ||
                             (l->chars[0] == 'i' && l->chars[1] == 't') || (l->chars[0] == 'n' && l->chars[1] == 'l')))
        fmt->group_sep = '.', fmt->decimal_sep = ',';
    }
  if (js_is_object (options))
    {
      JsValue style = js_get_utf8 (J, options, "style");
      JsValue grouping = js_get_utf8 (J, options, "useGrouping");

      if (js_is_string (style) && js_string_equal_ascii (js_get_string (style), "percent"))
        {
          default_max = 0;
          *x *= 100;
          fmt->suffix = "%";
        }
      else if (js_is_string (style) && js_string_equal_ascii (js_get_string (style), "currency"))
        {
          JsValue currency = js_get_utf8 (J, options, "currency");
          char *code;

          if (js_is_undefined (currency))
            js_throw_type_error (J, "Currency code is required with currency style.");
          {
            char *raw = js_string_to_utf8 (js_to_string (J, currency));
            code = g_ascii_strup (raw, -1);
            g_free (raw);
          }
          default_min = default_max = 2;
          if (strcmp (code, "USD") == 0)
            fmt->prefix = "$";
          else if (strcmp (code, "EUR") == 0)
            fmt->prefix = "€";
          else if (strcmp (code, "GBP") == 0)
            fmt->prefix = "£";
          else if (strcmp (code, "JPY") == 0)
            fmt->prefix = "¥", default_min = default_max = 0;
          else if (strcmp (code, "INR") == 0)
            fmt->prefix = "₹";
          else
            {
              g_snprintf (suffix_buffer, suffix_size, "%s\302\240", code);
              fmt->prefix = suffix_buffer;
            }
          g_free (code);
        }
      if (!js_is_undefined (grouping))
        fmt->grouping = js_to_boolean (grouping);
      has_min = !js_is_undefined (js_get_utf8 (J, options, "minimumFractionDigits"));
      has_max = !js_is_undefined (js_get_utf8 (J, options, "maximumFractionDigits"));
      fmt->min_fraction = get_digits_option (J, options, "minimumFractionDigits", default_min);
      fmt->max_fraction = get_digits_option (J, options, "maximumFractionDigits", MAX (default_max, fmt->min_fraction));
      if (has_max && !has_min)
        fmt->min_fraction = MIN (fmt->min_fraction, fmt->max_fraction);
      if (has_min && has_max && fmt->min_fraction > fmt->max_fraction)
        js_throw_range_error (J, "maximumFractionDigits value is out of range.");
      return;
    }
  fmt->min_fraction = default_min;
  fmt->max_fraction = default_max;
}

/* The decimal digits of |x| (shortest round trip) and the position of the
 * decimal point: value = 0.d1d2d3… × 10^point. */
static int
decimal_digits (double x, char digits[32], int *point)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];
  int n = 0, exponent = 0, int_digits = -1;
  const char *p;

  js_number_to_cstring (fabs (x), buffer);
  for (p = buffer; *p != '\0' && *p != 'e'; p++)
    {
      if (*p == '.')
        int_digits = n;
      else if (n < 31)
        digits[n++] = *p;
    }
  if (*p == 'e')
    exponent = atoi (p + 1);
  if (int_digits < 0)
    int_digits = n;
  digits[n] = '\0';
  /* Strip leading zeros ("0.001" has digits "0001", point 1). */
  while (n > 1 && digits[0] == '0')
    {
      memmove (digits, digits + 1, n);
      n--;
      int_digits--;
    }
  *point = int_digits + exponent;
  return n;
}

static void
format_locale_number (double x, const LocaleFormat *fmt, GString *out)
{
  char digits[40];
  int n, point, keep;
  gboolean negative = signbit (x);

  if (negative)
    g_string_append_c (out, '-');
  g_string_append (out, fmt->prefix);
  if (isnan (x) || isinf (x))
    {
      g_string_append (out, isnan (x) ? "NaN" : "∞");
      g_string_append (out, fmt->suffix);
      return;
    }
  n = decimal_digits (x, digits, &point);
  if (x == 0)
    n = 1, point = 1, digits[0] = '0';
  /* Round to max_fraction digits after the point, half away from zero. */
  keep = point + fmt->max_fraction;
  if (keep < n)
    {
      gboolean up = keep >= 0 && digits[keep] >= '5';
      if (keep < 0)
        keep = 0, up = FALSE;
      n = keep;
      if (up)
        {
          int i = n - 1;
          while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
          if (i >= 0)
            digits[i]++;
          else
            {
              memmove (digits + 1, digits, n);
              digits[0] = '1';
              n++;
              point++;
            }
        }
      if (n == 0)
        n = 1, point = 1, digits[0] = '0';
    }
  /* Integer part with grouping. */
  {
    int int_len = MAX (point, 1);
    for (int i = 0; i < int_len; i++)
      {
        int idx = point <= 0 ? -1 : i;
        g_string_append_c (out, idx >= 0 && idx < n ? digits[idx] : '0');
        if (fmt->grouping && int_len - 1 - i > 0 && (int_len - 1 - i) % 3 == 0)
          g_string_append_c (out, fmt->group_sep);
      }
  }
  /* Fraction: the digits after the point, trailing zeros dropped down to min_fraction. */
  {
    GString *frac = g_string_new (NULL);
    for (int i = point; i < n; i++)
      g_string_append_c (frac, i < 0 ? '0' : digits[i]);
    while (frac->len > 0 && frac->str[frac->len - 1] == '0' && (int) frac->len > fmt->min_fraction)
      g_string_truncate (frac, frac->len - 1);
    while ((int) frac->len < fmt->min_fraction)
      g_string_append_c (frac, '0');
    if (frac->len > 0)
      {
        g_string_append_c (out, fmt->decimal_sep);
        g_string_append_len (out, frac->str, frac->len);
      }
    g_string_free (frac, TRUE);
  }
  g_string_append (out, fmt->suffix);
}

NATIVE (number_proto_to_locale_string)
{
  double x = this_number_value (J, this_value, "Number.prototype.toLocaleString");
  LocaleFormat fmt;
  char suffix[32];
  GString *out;
  JsString *result;

  read_locale_format (J, ARG (0), ARG (1), &fmt, &x, suffix, sizeof suffix);
  out = g_string_new (NULL);
  format_locale_number (x, &fmt, out);
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* ------------------------------------------------------------------------
 * parseInt and parseFloat (19.2.4, 19.2.5): one function object each,
 * shared by the globals and Number.
 * ------------------------------------------------------------------------ */

NATIVE (global_parse_float)
{
  return js_number (js_parse_float (js_to_string (J, ARG (0))));
}

NATIVE (global_parse_int)
{
  JsString *s = js_to_string (J, ARG (0));
  gint32 radix = js_to_int32 (J, ARG (1));

  return js_number (js_parse_int (s, radix));
}

void
js_builtin_number_init (JsState *J)
{
  JsObject *proto = js_object_new_class (J, JS_CLASS_NUMBER, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor;

  proto->u.primitive = js_number (0);
  JS_INTRINSIC (J, NumberPrototype) = proto;
  ctor = js_native_constructor_new (J, "Number", 1, number_constructor, proto);
  JS_INTRINSIC (J, Number) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);

  js_define_method (J, ctor, "isFinite", number_is_finite, 1);
  js_define_method (J, ctor, "isInteger", number_is_integer, 1);
  js_define_method (J, ctor, "isNaN", number_is_nan, 1);
  js_define_method (J, ctor, "isSafeInteger", number_is_safe_integer, 1);
  js_define_method (J, ctor, "parseFloat", global_parse_float, 1);
  js_define_method (J, ctor, "parseInt", global_parse_int, 2);
  js_define_value_utf8 (J, ctor, "MAX_VALUE", js_number (G_MAXDOUBLE), 0);
  js_define_value_utf8 (J, ctor, "MIN_VALUE", js_number (4.9406564584124654e-324), 0);
  js_define_value_utf8 (J, ctor, "NaN", js_number (NAN), 0);
  js_define_value_utf8 (J, ctor, "NEGATIVE_INFINITY", js_number (-INFINITY), 0);
  js_define_value_utf8 (J, ctor, "POSITIVE_INFINITY", js_number (INFINITY), 0);
  js_define_value_utf8 (J, ctor, "MAX_SAFE_INTEGER", js_number (MAX_SAFE_INTEGER), 0);
  js_define_value_utf8 (J, ctor, "MIN_SAFE_INTEGER", js_number (-MAX_SAFE_INTEGER), 0);
  js_define_value_utf8 (J, ctor, "EPSILON", js_number (DBL_EPSILON), 0);

  js_define_method (J, proto, "toExponential", number_proto_to_exponential, 1);
  js_define_method (J, proto, "toFixed", number_proto_to_fixed, 1);
  js_define_method (J, proto, "toPrecision", number_proto_to_precision, 1);
  js_define_method (J, proto, "toString", number_proto_to_string, 1);
  js_define_method (J, proto, "valueOf", number_proto_value_of, 0);
  js_define_method (J, proto, "toLocaleString", number_proto_to_locale_string, 0);

  js_define_value_utf8 (J, J->global, "Number", js_object_value (ctor), JS_PROP_HIDDEN);
}
