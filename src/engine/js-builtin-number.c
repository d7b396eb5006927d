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
  double n = argc > 0 ? js_number_from_value (J, argv[0]) : 0;
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

/* toLocaleString: what ICU gives, for a table of common locales, with the
 * usual Intl.NumberFormat options: style (decimal, percent, currency,
 * unit), currency, currencyDisplay, unit, unitDisplay,
 * minimum/maximumFractionDigits, minimum/maximumSignificantDigits,
 * minimumIntegerDigits, useGrouping, signDisplay, notation "compact".  ICU
 * rounds the shortest decimal form of the double half away from zero, so
 * this works on those digits. */
typedef enum { SIGN_AUTO, SIGN_ALWAYS, SIGN_EXCEPT_ZERO, SIGN_NEVER } SignDisplay;

/* A locale's number symbols and patterns ('#' is the number, '$' the
 * currency); the symbols of USD, EUR, GBP and JPY, which vary by locale. */
typedef struct {
  const char *tag;
  const char *group, *decimal, *minus;
  guint8 min_grouping;          /* 2: four-digit numbers are not grouped */
  gboolean indian;              /* 12,34,567 */
  const char *percent;
  const char *currency;
  const char *usd, *eur, *gbp, *jpy;
  /* Where amounts differ from plain numbers (NULL: they do not): the
   * negative pattern, with the minus sign in it, and the separators. */
  const char *currency_negative;
  const char *currency_group, *currency_decimal;
} NumberLocale;

#define NBSP "\302\240"
#define NNBSP "\342\200\257"

static const NumberLocale number_locales[] = {
  { "en-US", ",", ".", "-", 1, FALSE, "#%", "$#", "$", "€", "£", "¥" },
  { "en-GB", ",", ".", "-", 1, FALSE, "#%", "$#", "US$", "€", "£", "JP¥" },
  { "en-IN", ",", ".", "-", 1, TRUE, "#%", "$#", "$", "€", "£", "JP¥" },
  { "en-CA", ",", ".", "-", 1, FALSE, "#%", "$#", "US$", "€", "£", "JP¥" },
  { "en-AU", ",", ".", "-", 1, FALSE, "#%", "$" NBSP "#", "USD", "EUR", "GBP", "JPY" },
  { "de-DE", ".", ",", "-", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "$", "€", "£", "¥" },
  { "de-CH", "'", ".", "-", 1, FALSE, "#%", "$" NBSP "#", "$", "EUR", "£", "¥", "$-#", NULL, NULL },
  { "de-AT", NBSP, ",", "-", 1, FALSE, "#" NBSP "%", "$" NBSP "#", "$", "€", "£", "¥", NULL, ".", NULL },
  { "fr-FR", NNBSP, ",", "-", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "$US", "€", "£GB", "JPY" },
  { "fr-CA", NBSP, ",", "-", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "$" NBSP "US", "€", "£", "¥" },
  { "fr-CH", NNBSP, ",", "-", 1, FALSE, "#%", "#" NBSP "$", "$US", "€", "£GB", "JPY", NULL, NULL, "." },
  { "es-ES", ".", ",", "-", 2, FALSE, "#" NBSP "%", "#" NBSP "$", "US$", "€", "GBP", "JPY" },
  { "es-MX", ",", ".", "-", 1, FALSE, "#%", "$" NBSP "#", "USD", "EUR", "GBP", "JPY" },
  { "it-IT", ".", ",", "-", 2, FALSE, "#%", "#" NBSP "$", "USD", "€", "£", "JPY" },
  { "nl-NL", ".", ",", "-", 1, FALSE, "#%", "$" NBSP "#", "US$", "€", "£", "JP¥", "$" NBSP "-#", NULL, NULL },
  { "pt-BR", ".", ",", "-", 1, FALSE, "#%", "$" NBSP "#", "US$", "€", "£", "JP¥" },
  { "pt-PT", NBSP, ",", "-", 2, FALSE, "#%", "#" NBSP "$", "US$", "€", "£", "JP¥" },
  { "ru-RU", NBSP, ",", "-", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "$", "€", "£", "¥" },
  { "pl-PL", NBSP, ",", "-", 2, FALSE, "#%", "#" NBSP "$", "USD", "€", "GBP", "JPY" },
  { "sv-SE", NBSP, ",", "−", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "US$", "€", "GBP", "JPY" },
  { "ja-JP", ",", ".", "-", 1, FALSE, "#%", "$#", "$", "€", "£", "￥" },
  { "zh-CN", ",", ".", "-", 1, FALSE, "#%", "$#", "US$", "€", "£", "JP¥" },
  { "ko-KR", ",", ".", "-", 1, FALSE, "#%", "$#", "US$", "€", "£", "JP¥" },
  { "hi-IN", ",", ".", "-", 1, TRUE, "#%", "$#", "$", "€", "£", "JP¥" },
  { "tr-TR", ".", ",", "-", 1, FALSE, "%#", "$#", "$", "€", "£", "¥" },
  { "da-DK", ".", ",", "-", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "US$", "€", "£", "JP¥" },
  { "nb-NO", NBSP, ",", "−", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "USD", "€", "£", "JPY" },
  { "fi-FI", NBSP, ",", "−", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "$", "€", "£", "¥" },
  { "cs-CZ", NBSP, ",", "-", 1, FALSE, "#" NBSP "%", "#" NBSP "$", "US$", "€", "£", "JP¥" },
};

/* The table entry for a locale tag: exact, else the first with the same
 * language, else en-US. */
static const NumberLocale *
find_number_locale (JsValue locale)
{
  char tag[16] = { 0 };

  if (js_is_string (locale))
    {
      JsString *l = js_get_string (locale);
      for (guint32 i = 0; i < l->length && i < sizeof tag - 1; i++)
        tag[i] = l->chars[i] < 128 ? (char) l->chars[i] : '?';
      for (guint i = 0; i < G_N_ELEMENTS (number_locales); i++)
        if (g_ascii_strcasecmp (number_locales[i].tag, tag) == 0)
          return &number_locales[i];
      for (guint i = 0; i < G_N_ELEMENTS (number_locales); i++)
        if (g_ascii_strncasecmp (number_locales[i].tag, tag, 2) == 0 && (tag[2] == '\0' || tag[2] == '-'))
          return &number_locales[i];
    }
  return &number_locales[0];
}

/* Currencies with their en-US symbol, narrow symbol, digits and English name. */
typedef struct {
  const char *code, *symbol, *narrow, *name_one, *name_other;
  int digits;
} CurrencyInfo;

static const CurrencyInfo currencies[] = {
  { "USD", "$", "$", "US dollar", "US dollars", 2 },
  { "EUR", "€", "€", "euro", "euros", 2 },
  { "GBP", "£", "£", "British pound", "British pounds", 2 },
  { "JPY", "¥", "¥", "Japanese yen", "Japanese yen", 0 },
  { "INR", "₹", "₹", "Indian rupee", "Indian rupees", 2 },
  { "CAD", "CA$", "$", "Canadian dollar", "Canadian dollars", 2 },
  { "AUD", "A$", "$", "Australian dollar", "Australian dollars", 2 },
  { "CNY", "CN¥", "¥", "Chinese yuan", "Chinese yuan", 2 },
  { "CHF", "CHF", "CHF", "Swiss franc", "Swiss francs", 2 },
  { "MXN", "MX$", "$", "Mexican peso", "Mexican pesos", 2 },
  { "BRL", "R$", "R$", "Brazilian real", "Brazilian reals", 2 },
  { "KRW", "₩", "₩", "South Korean won", "South Korean won", 0 },
};

/* Units with their short (singular and plural), long and narrow forms;
 * a short form starting with no space attaches to the number. */
typedef struct {
  const char *unit, *short_one, *short_other, *long_one, *long_other, *narrow;
} UnitInfo;

static const UnitInfo units[] = {
  { "kilometer", " km", " km", " kilometer", " kilometers", "km" },
  { "meter", " m", " m", " meter", " meters", "m" },
  { "centimeter", " cm", " cm", " centimeter", " centimeters", "cm" },
  { "millimeter", " mm", " mm", " millimeter", " millimeters", "mm" },
  { "mile", " mi", " mi", " mile", " miles", "mi" },
  { "foot", " ft", " ft", " foot", " feet", "′" },
  { "inch", " in", " in", " inch", " inches", "″" },
  { "kilogram", " kg", " kg", " kilogram", " kilograms", "kg" },
  { "gram", " g", " g", " gram", " grams", "g" },
  { "pound", " lb", " lb", " pound", " pounds", "#" },
  { "liter", " L", " L", " liter", " liters", "L" },
  { "milliliter", " mL", " mL", " milliliter", " milliliters", "mL" },
  { "millisecond", " ms", " ms", " millisecond", " milliseconds", "ms" },
  { "second", " sec", " sec", " second", " seconds", "s" },
  { "minute", " min", " min", " minute", " minutes", "m" },
  { "hour", " hr", " hr", " hour", " hours", "h" },
  { "day", " day", " days", " day", " days", "d" },
  { "week", " wk", " wks", " week", " weeks", "w" },
  { "month", " mth", " mths", " month", " months", "m" },
  { "year", " yr", " yrs", " year", " years", "y" },
  { "byte", " byte", " byte", " byte", " bytes", "B" },
  { "kilobyte", " kB", " kB", " kilobyte", " kilobytes", "kB" },
  { "megabyte", " MB", " MB", " megabyte", " megabytes", "MB" },
  { "gigabyte", " GB", " GB", " gigabyte", " gigabytes", "GB" },
  { "percent", "%", "%", " percent", " percent", "%" },
  { "celsius", "°C", "°C", " degree Celsius", " degrees Celsius", "°C" },
  { "fahrenheit", "°F", "°F", " degree Fahrenheit", " degrees Fahrenheit", "°" },
  { "degree", " deg", " deg", " degree", " degrees", "°" },
  { "kilometer-per-hour", " km/h", " km/h", " kilometer per hour", " kilometers per hour", "km/h" },
  { "mile-per-hour", " mph", " mph", " mile per hour", " miles per hour", "mph" },
};

typedef enum { STYLE_DECIMAL, STYLE_PERCENT, STYLE_CURRENCY, STYLE_UNIT } NumberStyle;
typedef enum { DISPLAY_SYMBOL, DISPLAY_NARROW, DISPLAY_CODE, DISPLAY_NAME } CurrencyDisplay;
typedef enum { UNIT_SHORT, UNIT_LONG, UNIT_NARROW } UnitDisplay;

typedef struct {
  const NumberLocale *locale;
  NumberStyle style;
  char currency[4];
  const CurrencyInfo *currency_info;     /* NULL for a currency not in the table */
  CurrencyDisplay currency_display;
  const UnitInfo *unit;
  UnitDisplay unit_display;
  int min_fraction, max_fraction;
  int min_significant, max_significant;  /* 0: round by fraction digits */
  int min_integer;
  gboolean grouping;
  SignDisplay sign;
  int compact;                           /* 0 none, 1 short (1.2K), 2 long (1.2 thousand) */
} LocaleFormat;

static int
get_digits_option (JsState *J, JsValue options, const char *name, int min, int max, int fallback)
{
  JsValue v = js_get_utf8 (J, options, name);
  double d;

  if (js_is_undefined (v))
    return fallback;
  d = js_to_number (J, v);
  if (isnan (d) || d < min || d > max)
    {
      JsString *message = js_string_printf (J, "%s value is out of range.", name);
      js_throw (J, js_object_value (js_error_new (J, JS_RANGE_ERROR, message)));
    }
  return (int) floor (d);
}

static gboolean
option_is (JsValue v, const char *text)
{
  return js_is_string (v) && js_string_equal_ascii (js_get_string (v), text);
}

G_GNUC_NORETURN static void
throw_invalid_unit (JsState *J, JsErrorType type, JsString *unit)
{
  JsStringBuilder *b = js_string_builder_new (J);

  js_string_builder_append_ascii (J, b, "Invalid unit argument for Number.prototype.toLocaleString() '");
  js_string_builder_append (J, b, unit);
  js_string_builder_append_ascii (J, b, "'");
  js_throw (J, js_object_value (js_error_new (J, type, js_string_builder_finish (J, b))));
}

static void
read_currency (JsState *J, JsValue options, LocaleFormat *fmt)
{
  JsValue currency = js_get_utf8 (J, options, "currency");
  JsValue display = js_get_utf8 (J, options, "currencyDisplay");
  JsString *code;

  if (js_is_undefined (currency))
    js_throw_type_error (J, "Currency code is required with currency style.");
  code = js_to_string (J, currency);
  if (code->length != 3 || !g_ascii_isalpha (code->chars[0]) || !g_ascii_isalpha (code->chars[1]) ||
      !g_ascii_isalpha (code->chars[2]))
    {
      JsStringBuilder *b = js_string_builder_new (J);
      js_string_builder_append_ascii (J, b, "Invalid currency code : ");
      js_string_builder_append (J, b, code);
      js_throw (J, js_object_value (js_error_new (J, JS_RANGE_ERROR, js_string_builder_finish (J, b))));
    }
  for (int i = 0; i < 3; i++)
    fmt->currency[i] = g_ascii_toupper ((char) code->chars[i]);
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (strcmp (currencies[i].code, fmt->currency) == 0)
      fmt->currency_info = &currencies[i];
  if (option_is (display, "code"))
    fmt->currency_display = DISPLAY_CODE;
  else if (option_is (display, "name"))
    fmt->currency_display = DISPLAY_NAME;
  else if (option_is (display, "narrowSymbol"))
    fmt->currency_display = DISPLAY_NARROW;
}

static void
read_unit (JsState *J, JsValue options, LocaleFormat *fmt)
{
  JsValue unit = js_get_utf8 (J, options, "unit");
  JsValue display = js_get_utf8 (J, options, "unitDisplay");
  JsString *name;

  if (js_is_undefined (unit))
    throw_invalid_unit (J, JS_TYPE_ERROR, JS_ATOM (J, empty));
  name = js_to_string (J, unit);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (js_string_equal_ascii (name, units[i].unit))
      fmt->unit = &units[i];
  if (fmt->unit == NULL)
    throw_invalid_unit (J, JS_RANGE_ERROR, name);
  if (option_is (display, "long"))
    fmt->unit_display = UNIT_LONG;
  else if (option_is (display, "narrow"))
    fmt->unit_display = UNIT_NARROW;
}

static void
read_locale_format (JsState *J, JsValue locales, JsValue options, LocaleFormat *fmt, double *x)
{
  int default_min = 0, default_max = 3;

  if (js_is_object (locales))
    locales = js_get_index (J, locales, 0);
  memset (fmt, 0, sizeof *fmt);
  fmt->locale = find_number_locale (locales);
  fmt->grouping = TRUE;
  fmt->min_integer = 1;
  if (js_is_object (options))
    {
      JsValue style = js_get_utf8 (J, options, "style");
      JsValue grouping = js_get_utf8 (J, options, "useGrouping");
      JsValue sign = js_get_utf8 (J, options, "signDisplay");
      JsValue notation = js_get_utf8 (J, options, "notation");
      gboolean has_min, has_max;

      if (option_is (style, "percent"))
        {
          fmt->style = STYLE_PERCENT;
          default_max = 0;
          *x *= 100;
        }
      else if (option_is (style, "currency"))
        {
          fmt->style = STYLE_CURRENCY;
          read_currency (J, options, fmt);
          default_min = default_max = fmt->currency_info != NULL ? fmt->currency_info->digits : 2;
        }
      else if (option_is (style, "unit"))
        {
          fmt->style = STYLE_UNIT;
          read_unit (J, options, fmt);
        }
      if (!js_is_undefined (grouping))
        fmt->grouping = js_to_boolean (grouping);
      if (option_is (sign, "always"))
        fmt->sign = SIGN_ALWAYS;
      else if (option_is (sign, "exceptZero"))
        fmt->sign = SIGN_EXCEPT_ZERO;
      else if (option_is (sign, "never"))
        fmt->sign = SIGN_NEVER;
      if (option_is (notation, "compact"))
        fmt->compact = option_is (js_get_utf8 (J, options, "compactDisplay"), "long") ? 2 : 1;
      fmt->min_integer = get_digits_option (J, options, "minimumIntegerDigits", 1, 21, 1);
      has_min = !js_is_undefined (js_get_utf8 (J, options, "minimumFractionDigits"));
      has_max = !js_is_undefined (js_get_utf8 (J, options, "maximumFractionDigits"));
      fmt->min_fraction = get_digits_option (J, options, "minimumFractionDigits", 0, 100, default_min);
      fmt->max_fraction = get_digits_option (J, options, "maximumFractionDigits", 0, 100,
                                             MAX (default_max, fmt->min_fraction));
      if (has_max && !has_min)
        fmt->min_fraction = MIN (fmt->min_fraction, fmt->max_fraction);
      if (has_min && has_max && fmt->min_fraction > fmt->max_fraction)
        js_throw_range_error (J, "maximumFractionDigits value is out of range.");
      if (!js_is_undefined (js_get_utf8 (J, options, "minimumSignificantDigits")) ||
          !js_is_undefined (js_get_utf8 (J, options, "maximumSignificantDigits")))
        {
          fmt->min_significant = get_digits_option (J, options, "minimumSignificantDigits", 1, 21, 1);
          fmt->max_significant = get_digits_option (J, options, "maximumSignificantDigits", fmt->min_significant, 21,
                                                    21);
        }
      return;
    }
  fmt->min_fraction = default_min;
  fmt->max_fraction = default_max;
}

/* The decimal digits of |x| (shortest round trip) and the position of the
 * decimal point: value = 0.d1d2d3… × 10^point. */
static int
decimal_digits (double x, char digits[40], int *point)
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
  while (n > 1 && digits[0] == '0')
    {
      memmove (digits, digits + 1, n);
      n--;
      int_digits--;
    }
  *point = int_digits + exponent;
  if (n == 1 && digits[0] == '0')
    *point = 1;
  return n;
}

/* Keeps the first `keep` digits, rounding half away from zero. */
static int
round_digits (char *digits, int n, int *point, int keep)
{
  gboolean up;

  if (keep >= n)
    return n;
  if (keep < 0)
    {
      digits[0] = '0';
      *point = 1;
      return 1;
    }
  up = digits[keep] >= '5';
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
          (*point)++;
        }
    }
  if (n == 0)
    {
      digits[0] = '0';
      *point = 1;
      return 1;
    }
  return n;
}

/* Applies a pattern: '#' becomes `number`, '$' `symbol`, '-' `minus`. */
static void
append_pattern (GString *out, const char *pattern, const char *number, const char *symbol, const char *minus)
{
  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (*p == '#')
        g_string_append (out, number);
      else if (*p == '-' && minus != NULL)
        g_string_append (out, minus);
      else if (*p == '$' && symbol != NULL)
        g_string_append (out, symbol);
      else
        g_string_append_c (out, *p);
    }
}

/* The currency text around the number for the locale and display. */
static void
append_currency (GString *out, const LocaleFormat *fmt, const char *number, gboolean one, gboolean negative)
{
  const NumberLocale *l = fmt->locale;
  const CurrencyInfo *info = fmt->currency_info;
  const char *symbol = fmt->currency;

  if (fmt->currency_display == DISPLAY_NAME && info != NULL)
    {
      g_string_append (out, number);
      g_string_append_c (out, ' ');
      g_string_append (out, one ? info->name_one : info->name_other);
      return;
    }
  if (fmt->currency_display == DISPLAY_CODE)
    {
      /* The code stands apart from the number, on the locale's side. */
      if (negative)
        append_pattern (out, l->currency_negative, number, symbol, l->minus);
      else if (l->currency[0] == '#')
        append_pattern (out, "#" NBSP "$", number, symbol, NULL);
      else
        append_pattern (out, "$" NBSP "#", number, symbol, NULL);
      return;
    }
  if (fmt->currency_display == DISPLAY_NARROW && info != NULL)
    symbol = info->narrow;
  else if (strcmp (fmt->currency, "USD") == 0)
    symbol = l->usd;
  else if (strcmp (fmt->currency, "EUR") == 0)
    symbol = l->eur;
  else if (strcmp (fmt->currency, "GBP") == 0)
    symbol = l->gbp;
  else if (strcmp (fmt->currency, "JPY") == 0)
    symbol = l->jpy;
  else if (info != NULL && strcmp (l->usd, "USD") != 0)
    symbol = info->symbol;
  /* A symbol made of letters (CHF, USD) is kept apart from the number. */
  if (negative)
    append_pattern (out, l->currency_negative, number, symbol, l->minus);
  else if (l->currency[0] == '$' && l->currency[1] == '#' && g_ascii_isalpha (symbol[strlen (symbol) - 1]))
    append_pattern (out, "$" NBSP "#", number, symbol, NULL);
  else
    append_pattern (out, l->currency, number, symbol, NULL);
}

static void
format_locale_number (double x, const LocaleFormat *fmt, GString *out)
{
  static const char *const short_units[] = { "", "K", "M", "B", "T" };
  static const char *const long_units[] = { "", " thousand", " million", " billion", " trillion" };
  const NumberLocale *l = fmt->locale;
  gboolean amount = fmt->style == STYLE_CURRENCY;
  const char *group_sep = amount && l->currency_group != NULL ? l->currency_group : l->group;
  const char *decimal_sep = amount && l->currency_decimal != NULL ? l->currency_decimal : l->decimal;
  gboolean sign_inside = amount && l->currency_negative != NULL && fmt->currency_display != DISPLAY_NAME;
  char digits[48];
  int n, point, group = 0, min_fraction = fmt->min_fraction, max_fraction = fmt->max_fraction;
  int min_significant = fmt->min_significant, max_significant = fmt->max_significant;
  gboolean negative = signbit (x), zero = FALSE, one = FALSE;
  GString *body = g_string_new (NULL);

  if (isnan (x) || isinf (x))
    {
      g_string_append (body, isnan (x) ? "NaN" : "∞");
      goto decorate;
    }
  n = decimal_digits (x, digits, &point);
  if (fmt->compact && x != 0)
    {
      /* Thousands, millions…: two significant digits below 10 units, else
       * whole units. */
      group = MIN (MAX ((point - 1) / 3, 0), 4);
      point -= 3 * group;
      if (max_significant == 0)
        {
          min_fraction = 0;
          max_fraction = point <= 1 ? 1 : 0;
          if (point <= 0)
            max_significant = 2, min_significant = 1;
        }
    }
  if (max_significant > 0)
    n = round_digits (digits, n, &point, max_significant);
  else
    n = round_digits (digits, n, &point, point + max_fraction);
  if (fmt->compact && point > 3 && group < 4)
    {
      /* Rounding carried into the next unit (999999 → 1M). */
      group++;
      point -= 3;
    }
  zero = n == 1 && digits[0] == '0';
  /* Integer part, at least min_integer digits, grouped in threes (or the
   * Indian 3-2-2), not at all below the locale's minimum grouping. */
  {
    int int_len = MAX (MAX (point, 1), fmt->min_integer);
    gboolean grouped = fmt->grouping && int_len >= 4 + (l->min_grouping - 1);

    for (int i = 0; i < int_len; i++)
      {
        int idx = point - int_len + i, rest = int_len - 1 - i;
        g_string_append_c (body, idx >= 0 && idx < n ? digits[idx] : '0');
        if (grouped && rest > 0 && (l->indian ? (rest == 3 || (rest > 3 && (rest - 3) % 2 == 0)) : rest % 3 == 0))
          g_string_append (body, group_sep);
      }
  }
  /* Fraction: the digits after the point, trailing zeros dropped down to
   * the minimum (fraction digits, or significant digits). */
  {
    GString *frac = g_string_new (NULL);
    int min_frac = min_fraction;

    for (int i = point; i < 0; i++)
      g_string_append_c (frac, '0');
    for (int i = MAX (point, 0); i < n; i++)
      g_string_append_c (frac, digits[i]);
    if (max_significant > 0)
      min_frac = point > 0 ? MAX (min_significant - point, 0) : min_significant - point;
    while (frac->len > 0 && frac->str[frac->len - 1] == '0' && (int) frac->len > min_frac)
      g_string_truncate (frac, frac->len - 1);
    while ((int) frac->len < min_frac)
      g_string_append_c (frac, '0');
    if (frac->len > 0)
      {
        g_string_append (body, decimal_sep);
        g_string_append_len (body, frac->str, frac->len);
      }
    one = !negative && frac->len == 0 && strcmp (body->str, "1") == 0;
    g_string_free (frac, TRUE);
  }
  if (fmt->compact)
    g_string_append (body, fmt->compact == 2 ? long_units[group] : short_units[group]);
decorate:
  switch (fmt->sign)
    {
    case SIGN_AUTO:
      if (negative && !sign_inside)
        g_string_append (out, l->minus);
      break;
    case SIGN_ALWAYS:
      g_string_append (out, negative ? l->minus : "+");
      break;
    case SIGN_EXCEPT_ZERO:
      if (!zero && !isnan (x))
        g_string_append (out, negative ? l->minus : "+");
      break;
    case SIGN_NEVER:
      break;
    }
  switch (fmt->style)
    {
    case STYLE_DECIMAL:
      g_string_append_len (out, body->str, body->len);
      break;
    case STYLE_PERCENT:
      append_pattern (out, l->percent, body->str, NULL, NULL);
      break;
    case STYLE_CURRENCY:
      append_currency (out, fmt, body->str, one, negative && sign_inside && fmt->sign == SIGN_AUTO);
      break;
    case STYLE_UNIT:
      g_string_append_len (out, body->str, body->len);
      if (fmt->unit_display == UNIT_NARROW)
        g_string_append (out, fmt->unit->narrow);
      else if (fmt->unit_display == UNIT_LONG)
        g_string_append (out, one ? fmt->unit->long_one : fmt->unit->long_other);
      else
        g_string_append (out, one ? fmt->unit->short_one : fmt->unit->short_other);
      break;
    }
  g_string_free (body, TRUE);
}

JsString *
js_number_format (JsState *J, double x, JsValue locales, JsValue options)
{
  LocaleFormat fmt;
  GString *out;
  JsString *result;

  read_locale_format (J, locales, options, &fmt, &x);
  out = g_string_new (NULL);
  format_locale_number (x, &fmt, out);
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return result;
}

/* Intl.NumberFormat.prototype.resolvedOptions's digits and styles. */
void
js_number_format_resolve (JsState *J, JsValue locales, JsValue options, JsObject *resolved)
{
  LocaleFormat fmt;
  double x = 0;

  read_locale_format (J, locales, options, &fmt, &x);
  js_define_value_utf8 (J, resolved, "minimumIntegerDigits", js_number (fmt.min_integer), JS_PROP_DEFAULT);
  if (fmt.max_significant > 0)
    {
      js_define_value_utf8 (J, resolved, "minimumSignificantDigits", js_number (fmt.min_significant), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, resolved, "maximumSignificantDigits", js_number (fmt.max_significant), JS_PROP_DEFAULT);
    }
  else
    {
      js_define_value_utf8 (J, resolved, "minimumFractionDigits", js_number (fmt.min_fraction), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, resolved, "maximumFractionDigits", js_number (fmt.max_fraction), JS_PROP_DEFAULT);
    }
  js_define_value_utf8 (J, resolved, "useGrouping",
                        fmt.grouping ? js_string_value (js_string_new_utf8 (J, "auto", -1)) : JS_FALSE,
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "notation",
                        js_string_value (js_string_new_utf8 (J, fmt.compact ? "compact" : "standard", -1)),
                        JS_PROP_DEFAULT);
  {
    static const char *const signs[] = { "auto", "always", "exceptZero", "never" };
    js_define_value_utf8 (J, resolved, "signDisplay", js_string_value (js_string_new_utf8 (J, signs[fmt.sign], -1)),
                          JS_PROP_DEFAULT);
  }
  js_define_value_utf8 (J, resolved, "roundingMode", js_string_value (js_string_new_utf8 (J, "halfExpand", -1)),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "roundingIncrement", js_number (1), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "trailingZeroDisplay", js_string_value (js_string_new_utf8 (J, "auto", -1)),
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, resolved, "roundingPriority", js_string_value (js_string_new_utf8 (J, "auto", -1)),
                        JS_PROP_DEFAULT);
}

NATIVE (number_proto_to_locale_string)
{
  double x = this_number_value (J, this_value, "Number.prototype.toLocaleString");
  return js_string_value (js_number_format (J, x, ARG (0), ARG (1)));
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
