/* js-value.c: type conversions (ECMAScript 7.1), comparisons (7.2) and the
 * operators that need them (13.10 instanceof, 13.15.3 +, 7.2.13 IsLessThan).
 */
#include "js-compile.h"

#include <math.h>

static const char *const class_names[JS_N_CLASSES] = {
#define JS_CLASS_NAME(id, name) name,
  JS_CLASSES (JS_CLASS_NAME)
#undef JS_CLASS_NAME
};

const char *
js_class_name (JsClassId class_id)
{
  return class_id < JS_N_CLASSES ? class_names[class_id] : "Object";
}

/* GetMethod (7.3.11) */
static JsValue
get_method (JsState *J, JsValue v, JsValue key)
{
  JsValue f = js_get (J, v, key);

  if (js_is_nullish (f))
    return JS_UNDEFINED;
  if (!js_is_callable (f))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", f, JS_DESCRIBE_TYPED);
  return f;
}

/* ------------------------------------------------------------------------
 * 7.1 Type conversion
 * ------------------------------------------------------------------------ */

gboolean
js_to_boolean (JsValue v)
{
  if (js_is_number (v))
    {
      double d = js_get_number (v);
      return d != 0 && !isnan (d);
    }
  switch (js_value_tag (v))
    {
    case JS_TAG_BOOLEAN:
      return js_get_boolean (v);
    case JS_TAG_STRING:
      return js_get_string (v)->length > 0;
    case JS_TAG_SYMBOL:
    case JS_TAG_OBJECT:
      return TRUE;
    case JS_TAG_BIGINT:
      return !js_bigint_is_zero (v);
    default:
      return FALSE;
    }
}

/* OrdinaryToPrimitive (7.1.1.1) */
static JsValue
ordinary_to_primitive (JsState *J, JsValue o, JsHint hint)
{
  JsValue names[2];

  if (hint == JS_HINT_STRING)
    {
      names[0] = JS_KEY (J, toString);
      names[1] = JS_KEY (J, valueOf);
    }
  else
    {
      names[0] = JS_KEY (J, valueOf);
      names[1] = JS_KEY (J, toString);
    }
  for (int i = 0; i < 2; i++)
    {
      JsValue method = js_get (J, o, names[i]);
      if (js_is_callable (method))
        {
          JsValue result = js_call (J, method, o, 0, NULL);
          if (!js_is_object (result))
            return result;
        }
    }
  js_throw_type_error (J, "Cannot convert object to primitive value");
}

/* ToPrimitive (7.1.1) */
JsValue
js_to_primitive (JsState *J, JsValue v, JsHint hint)
{
  JsValue exotic, hint_value, result;

  if (!js_is_object (v))
    return v;
  exotic = get_method (J, v, JS_SYMBOL_KEY (J, toPrimitive));
  if (!js_is_undefined (exotic))
    {
      hint_value = hint == JS_HINT_STRING ? JS_KEY (J, string) :
                   hint == JS_HINT_NUMBER ? JS_KEY (J, number) : JS_KEY (J, default);
      result = js_call (J, exotic, v, 1, &hint_value);
      if (js_is_object (result))
        js_throw_type_error (J, "Cannot convert object to primitive value");
      return result;
    }
  return ordinary_to_primitive (J, v, hint == JS_HINT_DEFAULT ? JS_HINT_NUMBER : hint);
}

/* ToNumber (7.1.4) */
double
js_to_number (JsState *J, JsValue v)
{
  if (js_is_number (v))
    return js_get_number (v);
  switch (js_value_tag (v))
    {
    case JS_TAG_UNDEFINED:
      return NAN;
    case JS_TAG_NULL:
      return 0;
    case JS_TAG_BOOLEAN:
      return js_get_boolean (v) ? 1 : 0;
    case JS_TAG_STRING:
      return js_string_to_number (js_get_string (v));
    case JS_TAG_SYMBOL:
      js_throw_type_error (J, "Cannot convert a Symbol value to a number");
    case JS_TAG_BIGINT:
      js_throw_type_error (J, "Cannot convert a BigInt value to a number");
    case JS_TAG_OBJECT:
      return js_to_number (J, js_to_primitive (J, v, JS_HINT_NUMBER));
    default:
      return NAN;
    }
}

/* ToString (7.1.17) */
JsString *
js_to_string (JsState *J, JsValue v)
{
  if (js_is_string (v))
    return js_get_string (v);
  if (js_is_number (v))
    return js_string_from_number (J, js_get_number (v));
  switch (js_value_tag (v))
    {
    case JS_TAG_UNDEFINED:
      return JS_ATOM (J, undefined);
    case JS_TAG_NULL:
      return JS_ATOM (J, null);
    case JS_TAG_BOOLEAN:
      return js_get_boolean (v) ? JS_ATOM (J, true) : JS_ATOM (J, false);
    case JS_TAG_SYMBOL:
      js_throw_type_error (J, "Cannot convert a Symbol value to a string");
    case JS_TAG_BIGINT:
      return js_bigint_to_string (J, v, 10);
    case JS_TAG_OBJECT:
      return js_to_string (J, js_to_primitive (J, v, JS_HINT_STRING));
    default:
      return JS_ATOM (J, empty);
    }
}

/* ToObject (7.1.18) */
JsObject *
js_to_object (JsState *J, JsValue v)
{
  JsClassId class_id;
  JsObject *proto, *obj;

  if (js_is_object (v))
    return js_get_object (v);
  if (js_is_number (v))
    class_id = JS_CLASS_NUMBER, proto = JS_INTRINSIC (J, NumberPrototype);
  else if (js_is_string (v))
    class_id = JS_CLASS_STRING, proto = JS_INTRINSIC (J, StringPrototype);
  else if (js_is_boolean (v))
    class_id = JS_CLASS_BOOLEAN, proto = JS_INTRINSIC (J, BooleanPrototype);
  else if (js_is_symbol (v))
    class_id = JS_CLASS_SYMBOL, proto = JS_INTRINSIC (J, SymbolPrototype);
  else if (js_is_bigint (v))
    class_id = JS_CLASS_BIGINT, proto = JS_INTRINSIC (J, BigIntPrototype);
  else
    js_throw_type_error (J, "Cannot convert undefined or null to object");
  obj = js_object_new_class (J, class_id, proto);
  obj->u.primitive = v;
  return obj;
}

/* ToIntegerOrInfinity (7.1.5) */
double
js_to_integer_or_infinity (JsState *J, JsValue v)
{
  double d = js_to_number (J, v);

  if (isnan (d) || d == 0)
    return 0;
  if (isinf (d))
    return d;
  return trunc (d);
}

gint32
js_to_int32 (JsState *J, JsValue v)
{
  if (js_is_number (v))
    return js_double_to_int32 (js_get_number (v));
  return js_double_to_int32 (js_to_number (J, v));
}

guint32
js_to_uint32 (JsState *J, JsValue v)
{
  return (guint32) js_to_int32 (J, v);
}

/* ToLength (7.1.20) */
double
js_to_length (JsState *J, JsValue v)
{
  double len = js_to_integer_or_infinity (J, v);

  if (len <= 0)
    return 0;
  return MIN (len, 9007199254740991.0);
}

double
js_to_relative_index (JsState *J, JsValue v, double length, double default_value)
{
  double rel;

  if (js_is_undefined (v))
    return default_value;
  rel = js_to_integer_or_infinity (J, v);
  if (rel < 0)
    return MAX (length + rel, 0);
  return MIN (rel, length);
}

/* ------------------------------------------------------------------------
 * 7.2 Testing and comparison
 * ------------------------------------------------------------------------ */

gboolean
js_strict_equals (JsValue a, JsValue b)
{
  if (js_is_number (a) && js_is_number (b))
    return js_get_number (a) == js_get_number (b);
  if (js_is_string (a) && js_is_string (b))
    return js_string_equal (js_get_string (a), js_get_string (b));
  if (js_is_bigint (a) && js_is_bigint (b))
    return js_bigint_equal (a, b);
  return a.bits == b.bits;
}

gboolean
js_same_value (JsValue a, JsValue b)
{
  if (js_is_number (a) && js_is_number (b))
    {
      double x = js_get_number (a), y = js_get_number (b);
      if (isnan (x) && isnan (y))
        return TRUE;
      if (x == 0 && y == 0)
        return signbit (x) == signbit (y);
      return x == y;
    }
  return js_strict_equals (a, b);
}

gboolean
js_same_value_zero (JsValue a, JsValue b)
{
  if (js_is_number (a) && js_is_number (b))
    {
      double x = js_get_number (a), y = js_get_number (b);
      return x == y || (isnan (x) && isnan (y));
    }
  return js_strict_equals (a, b);
}

/* IsLooselyEqual (7.2.14) */
gboolean
js_loose_equals (JsState *J, JsValue a, JsValue b)
{
  for (;;)
    {
      if (js_is_number (a) && js_is_number (b))
        return js_get_number (a) == js_get_number (b);
      if (js_value_tag (a) == js_value_tag (b))
        return js_strict_equals (a, b);
      if (js_is_nullish (a) && js_is_nullish (b))
        return TRUE;
      if (js_is_nullish (a) || js_is_nullish (b))
        return FALSE;
      if (js_is_number (a) && js_is_string (b))
        return js_get_number (a) == js_string_to_number (js_get_string (b));
      if (js_is_string (a) && js_is_number (b))
        return js_string_to_number (js_get_string (a)) == js_get_number (b);
      if (js_is_bigint (a) && js_is_string (b))
        {
          JsValue n = js_string_to_bigint (J, js_get_string (b));
          return !js_is_undefined (n) && js_bigint_equal (a, n);
        }
      if (js_is_string (a) && js_is_bigint (b))
        {
          JsValue n = js_string_to_bigint (J, js_get_string (a));
          return !js_is_undefined (n) && js_bigint_equal (n, b);
        }
      if (js_is_boolean (a))
        {
          a = js_number (js_get_boolean (a) ? 1 : 0);
          continue;
        }
      if (js_is_boolean (b))
        {
          b = js_number (js_get_boolean (b) ? 1 : 0);
          continue;
        }
      if (js_is_object (a) && !js_is_object (b))
        {
          a = js_to_primitive (J, a, JS_HINT_DEFAULT);
          continue;
        }
      if (js_is_object (b) && !js_is_object (a))
        {
          b = js_to_primitive (J, b, JS_HINT_DEFAULT);
          continue;
        }
      if (js_is_bigint (a) && js_is_number (b))
        return js_bigint_compare_number (a, js_get_number (b)) == 0;
      if (js_is_number (a) && js_is_bigint (b))
        return js_bigint_compare_number (b, js_get_number (a)) == 0;
      return FALSE;
    }
}

JsString *
js_typeof (JsState *J, JsValue v)
{
  if (js_is_number (v))
    return JS_ATOM (J, number);
  switch (js_value_tag (v))
    {
    case JS_TAG_UNDEFINED:
      return JS_ATOM (J, undefined);
    case JS_TAG_NULL:
      return JS_ATOM (J, object);
    case JS_TAG_BOOLEAN:
      return JS_ATOM (J, boolean);
    case JS_TAG_STRING:
      return JS_ATOM (J, string);
    case JS_TAG_SYMBOL:
      return JS_ATOM (J, symbol);
    case JS_TAG_BIGINT:
      return JS_ATOM (J, bigint);
    case JS_TAG_OBJECT:
      return js_is_callable (v) ? JS_ATOM (J, function) : JS_ATOM (J, object);
    default:
      return JS_ATOM (J, undefined);
    }
}

/* OrdinaryHasInstance (7.3.21) */
gboolean
js_ordinary_has_instance (JsState *J, JsValue c, JsValue o)
{
  JsValue proto;
  JsObject *p;
  guint n_proxies = 0;

  if (!js_is_callable (c))
    return FALSE;
  if (js_get_object (c)->class_id == JS_CLASS_BOUND_FUNCTION)
    return js_instance_of (J, o, js_get_object (c)->u.bound.target);
  if (!js_is_object (o))
    return FALSE;
  proto = js_get (J, c, JS_KEY (J, prototype));
  if (!js_is_object (proto))
    {
      char *what = js_value_describe_for_message (J, proto);
      char message[512];
      g_snprintf (message, sizeof message, "Function has non-object prototype '%s' in instanceof check", what);
      g_free (what);
      js_throw_type_error (J, "%s", message);
    }
  for (p = js_prototype_chain_next (J, js_get_object (o), &n_proxies); p != NULL; p = js_prototype_chain_next (J, p, &n_proxies))
    if (p == js_get_object (proto))
      return TRUE;
  return FALSE;
}

/* InstanceofOperator (13.10.2) */
gboolean
js_instance_of (JsState *J, JsValue v, JsValue target)
{
  JsValue handler;

  if (!js_is_object (target))
    js_throw_type_error (J, "Right-hand side of 'instanceof' is not an object");
  handler = get_method (J, target, JS_SYMBOL_KEY (J, hasInstance));
  if (!js_is_undefined (handler))
    return js_to_boolean (js_call (J, handler, target, 1, &v));
  if (!js_is_callable (target))
    js_throw_type_error (J, "Right-hand side of 'instanceof' is not callable");
  return js_ordinary_has_instance (J, target, v);
}

/* ApplyStringOrNumericBinaryOperator for + (13.15.3) */
JsValue
js_op_add (JsState *J, JsValue a, JsValue b)
{
  JsValue pa, pb;

  if (js_is_number (a) && js_is_number (b))
    return js_number (js_get_number (a) + js_get_number (b));
  if (js_is_string (a) && js_is_string (b))
    return js_string_concat_values (J, a, b);
  if (js_is_string (a) && js_is_number (b))
    return js_string_concat_number (J, a, js_get_number (b), FALSE);
  if (js_is_number (a) && js_is_string (b))
    return js_string_concat_number (J, b, js_get_number (a), TRUE);
  pa = js_to_primitive (J, a, JS_HINT_DEFAULT);
  pb = js_to_primitive (J, b, JS_HINT_DEFAULT);
  if (js_is_string (pa) || js_is_string (pb))
    {
      /* A string operand stays a value: converting it would flatten a rope. */
      JsValue sa = js_is_string (pa) ? pa : js_string_value (js_to_string (J, pa));
      JsValue sb = js_is_string (pb) ? pb : js_string_value (js_to_string (J, pb));
      return js_string_concat_values (J, sa, sb);
    }
  pa = js_to_numeric (J, pa);
  pb = js_to_numeric (J, pb);
  if (js_is_number (pa) && js_is_number (pb))
    return js_number (js_get_number (pa) + js_get_number (pb));
  return js_bigint_binary (J, JS_OP_ADD, js_bigint_operand (J, pa, pb), js_bigint_operand (J, pb, pa));
}

/* IsLessThan (7.2.13) */
int
js_op_less_than (JsState *J, JsValue a, JsValue b, gboolean left_first)
{
  JsValue px, py;
  double nx, ny;

  if (js_is_number (a) && js_is_number (b))
    {
      nx = js_get_number (a);
      ny = js_get_number (b);
      if (isnan (nx) || isnan (ny))
        return -1;
      return nx < ny;
    }
  if (left_first)
    {
      px = js_to_primitive (J, a, JS_HINT_NUMBER);
      py = js_to_primitive (J, b, JS_HINT_NUMBER);
    }
  else
    {
      py = js_to_primitive (J, b, JS_HINT_NUMBER);
      px = js_to_primitive (J, a, JS_HINT_NUMBER);
    }
  if (js_is_string (px) && js_is_string (py))
    return js_string_compare (js_get_string (px), js_get_string (py)) < 0;
  /* A BigInt against a string compares with StringToBigInt (undefined when
   * the string is not an integer); otherwise ToNumeric both. */
  if (js_is_bigint (px) && js_is_string (py))
    py = js_string_to_bigint (J, js_get_string (py));
  else if (js_is_string (px) && js_is_bigint (py))
    px = js_string_to_bigint (J, js_get_string (px));
  if (js_is_undefined (px) || js_is_undefined (py))
    return -1;
  px = js_to_numeric (J, px);
  py = js_to_numeric (J, py);
  if (js_is_bigint (px) || js_is_bigint (py))
    {
      int c;
      if (js_is_bigint (px) && js_is_bigint (py))
        return js_bigint_compare (px, py) < 0;
      if (js_is_bigint (px))
        return (c = js_bigint_compare_number (px, js_get_number (py))) == 2 ? -1 : c < 0;
      return (c = js_bigint_compare_number (py, js_get_number (px))) == 2 ? -1 : c > 0;
    }
  nx = js_get_number (px);
  ny = js_get_number (py);
  if (isnan (nx) || isnan (ny))
    return -1;
  return nx < ny;
}

/* ToNumeric (7.1.3): a Number or a BigInt. */
JsValue
js_to_numeric (JsState *J, JsValue v)
{
  JsValue prim;

  if (js_is_number (v) || js_is_bigint (v))
    return v;
  prim = js_to_primitive (J, v, JS_HINT_NUMBER);
  if (js_is_bigint (prim))
    return prim;
  return js_number (js_to_number (J, prim));
}

double
js_number_from_value (JsState *J, JsValue v)
{
  JsValue prim = js_to_numeric (J, v);

  return js_is_bigint (prim) ? js_bigint_to_number (prim) : js_get_number (prim);
}

JsValue
js_bigint_operand (JsState *J, JsValue v, JsValue other)
{
  if (!js_is_bigint (v) || !js_is_bigint (other))
    js_throw_type_error (J, "Cannot mix BigInt and other types, use explicit conversions");
  return v;
}
