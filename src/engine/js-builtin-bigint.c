/* js-builtin-bigint.c: the BigInt constructor and prototype (ECMAScript
 * 21.2).  The arithmetic is in js-bigint.c. */
#include "js-internal.h"

#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)

#define ARG(i) js_arg (argc, argv, (i))

/* BigInt ( value ) (21.2.1.1) */
NATIVE (bigint_constructor)
{
  JsValue prim;

  if (!js_is_undefined (new_target))
    js_throw_type_error (J, "BigInt is not a constructor");
  prim = js_to_primitive (J, ARG (0), JS_HINT_NUMBER);
  if (js_is_number (prim))
    return js_number_to_bigint (J, js_get_number (prim));
  return js_to_bigint (J, prim);
}

/* The `bits` argument of asIntN / asUintN: ToIndex. */
static guint64
bits_argument (JsState *J, JsValue v)
{
  double bits;

  if (!js_to_index (J, v, &bits))
    js_throw_range_error (J, "Invalid value: not (convertible to) a safe integer");
  return (guint64) bits;
}

NATIVE (bigint_as_int_n)
{
  guint64 bits = bits_argument (J, ARG (0));

  return js_bigint_as_int_n (J, bits, js_to_bigint (J, ARG (1)));
}

NATIVE (bigint_as_uint_n)
{
  guint64 bits = bits_argument (J, ARG (0));

  return js_bigint_as_uint_n (J, bits, js_to_bigint (J, ARG (1)));
}

/* thisBigIntValue (21.2.3) */
static JsValue
this_bigint_value (JsState *J, JsValue v, const char *method)
{
  if (js_is_bigint (v))
    return v;
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_BIGINT)
    return js_get_object (v)->u.primitive;
  js_throw_type_error (J, "%s requires that 'this' be a BigInt", method);
}

NATIVE (bigint_proto_to_string)
{
  JsValue x = this_bigint_value (J, this_value, "BigInt.prototype.toString");
  double radix = 10;

  if (!js_is_undefined (ARG (0)))
    radix = js_to_integer_or_infinity (J, ARG (0));
  if (radix < 2 || radix > 36)
    js_throw_range_error (J, "toString() radix argument must be between 2 and 36");
  return js_string_value (js_bigint_to_string (J, x, (int) radix));
}

NATIVE (bigint_proto_value_of)
{
  return this_bigint_value (J, this_value, "BigInt.prototype.valueOf");
}

/* Intl.NumberFormat formats a BigInt with all its digits.  Values a double
 * holds exactly go through the Number formatter (every locale and option it
 * knows); larger ones get the locale's grouping separator every three
 * digits, which is what the common locales do with default options. */
JsString *
js_bigint_format (JsState *J, JsValue x, JsValue locales, JsValue options)
{
  double d = js_bigint_to_number (x);
  JsString *million, *minus, *result;
  char *digits, *p;
  GString *out;
  guint32 separator_start, separator_end;
  gsize n_digits;

  if (fabs (d) <= 9007199254740992.0)
    return js_number_format (J, d, locales, options);

  /* The separator is whatever the locale puts between "1" and "000" in a
   * million (some locales leave four-digit numbers ungrouped). */
  million = js_number_format (J, 1000000, locales, options);
  separator_start = 1;
  separator_end = million->length >= 7 ? 1 + (million->length - 7) / 2 : 1;
  /* … and the sign whatever comes before the "1" of minus one. */
  minus = js_number_format (J, -1, locales, options);
  digits = js_bigint_to_cstring (J, x, 10);
  p = digits[0] == '-' ? digits + 1 : digits;
  n_digits = strlen (p);
  out = g_string_new (NULL);
  for (guint32 k = 0; digits[0] == '-' && k < minus->length && minus->chars[k] != '1'; k++)
    g_string_append_unichar (out, minus->chars[k]);
  for (gsize i = 0; i < n_digits; i++)
    {
      if (i > 0 && (n_digits - i) % 3 == 0)
        for (guint32 k = separator_start; k < separator_end; k++)
          g_string_append_unichar (out, million->chars[k]);
      g_string_append_c (out, p[i]);
    }
  g_free (digits);
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return result;
}

NATIVE (bigint_proto_to_locale_string)
{
  JsValue x = this_bigint_value (J, this_value, "BigInt.prototype.toLocaleString");

  return js_string_value (js_bigint_format (J, x, ARG (0), ARG (1)));
}

void
js_builtin_bigint_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "BigInt", 1, bigint_constructor, proto);

  JS_INTRINSIC (J, BigIntPrototype) = proto;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_method (J, ctor, "asUintN", bigint_as_uint_n, 2);
  js_define_method (J, ctor, "asIntN", bigint_as_int_n, 2);
  js_define_method (J, proto, "toLocaleString", bigint_proto_to_locale_string, 0);
  js_define_method (J, proto, "toString", bigint_proto_to_string, 0);
  js_define_method (J, proto, "valueOf", bigint_proto_value_of, 0);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_string_new_utf8 (J, "BigInt", -1)), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, "BigInt", js_object_value (ctor), JS_PROP_HIDDEN);
}
