/* test-object.c: the object internal methods, arrays, String wrappers,
 * conversions and operators, on the runtime core alone (no builtins). */
#include <math.h>

#include "js-internal.h"

typedef void (*Thrower) (JsState *J, gpointer data);

/* Runs `fn` and returns the message of what it threw (g_free), or NULL. */
static char *
catch_message (JsState *J, Thrower fn, gpointer data)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      fn (J, data);
      js_try_end (J, &tp);
      return NULL;
    }
  return js_string_to_utf8 (js_to_string (J, js_get (J, J->exception, JS_KEY (J, message))));
}

static JsValue
dummy_fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return JS_UNDEFINED;
}

/* The core state has no builtins; messages describe plain objects as
 * "#<Object>" only when Object.prototype.toString and "constructor" exist. */
static JsState *
new_state (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *object_prototype = JS_INTRINSIC (J, ObjectPrototype);

  JS_INTRINSIC (J, ObjectProtoToString) = js_define_method (J, object_prototype, "toString", dummy_fn, 0);
  js_define_method (J, object_prototype, "constructor", dummy_fn, 1);
  js_define_value (J, js_get_object (js_get_own_data (J, object_prototype, JS_KEY (J, constructor))),
                   JS_KEY (J, name), js_string_value (js_intern_utf8 (J, "Object")), JS_PROP_CONFIGURABLE);
  return J;
}

static JsValue
key (JsState *J, const char *name)
{
  return js_key_from_utf8 (J, name);
}

static JsValue
str (JsState *J, const char *text)
{
  return js_string_value (js_string_new_utf8 (J, text, -1));
}

static void
assert_keys (JsState *J, JsObject *obj, guint flags, const char *expected)
{
  guint32 n;
  JsValue *keys = js_own_property_keys (J, obj, flags, &n);
  GString *joined = g_string_new (NULL);

  for (guint32 i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ',');
      if (js_is_symbol (keys[i]))
        g_string_append (joined, "@sym");
      else
        js_string_append_to (joined, js_get_string (keys[i]));
    }
  g_assert_cmpstr (joined->str, ==, expected);
  g_string_free (joined, TRUE);
  g_free (keys);
}

static void
test_property_order (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *o = js_plain_object_new (J);
  JsSymbol *sym = js_symbol_new (J, NULL);

  js_set (J, js_object_value (o), key (J, "b"), js_number (1), TRUE);
  js_set (J, js_object_value (o), js_symbol_value (sym), js_number (2), TRUE);
  js_set (J, js_object_value (o), key (J, "10"), js_number (3), TRUE);
  js_set (J, js_object_value (o), key (J, "a"), js_number (4), TRUE);
  js_set (J, js_object_value (o), key (J, "2"), js_number (5), TRUE);
  js_set (J, js_object_value (o), key (J, "4294967295"), js_number (6), TRUE);
  js_set (J, js_object_value (o), key (J, "1"), js_number (7), TRUE);

  assert_keys (J, o, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, "1,2,10,b,a,4294967295,@sym");
  assert_keys (J, o, JS_KEYS_STRINGS, "1,2,10,b,a,4294967295");
  assert_keys (J, o, JS_KEYS_SYMBOLS, "@sym");

  /* Deleting and re-adding moves a key to the end. */
  g_assert_true (js_delete_property (J, o, key (J, "b")));
  js_set (J, js_object_value (o), key (J, "b"), js_number (8), TRUE);
  assert_keys (J, o, JS_KEYS_STRINGS, "1,2,10,a,4294967295,b");
  g_assert_cmpfloat (js_get_number (js_get (J, js_object_value (o), key (J, "b"))), ==, 8);
  g_assert_cmpfloat (js_get_number (js_get_index (J, js_object_value (o), 10)), ==, 3);
  js_state_free (J);
}

static void
test_large_object (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *o = js_plain_object_new (J);
  char name[32];

  for (int i = 0; i < 2000; i++)
    {
      g_snprintf (name, sizeof name, "k%d", i);
      js_set (J, js_object_value (o), key (J, name), js_number (i), TRUE);
    }
  for (int i = 0; i < 2000; i += 2)
    {
      g_snprintf (name, sizeof name, "k%d", i);
      g_assert_true (js_delete_property (J, o, key (J, name)));
    }
  for (int i = 0; i < 2000; i++)
    {
      JsValue v;
      g_snprintf (name, sizeof name, "k%d", i);
      v = js_get (J, js_object_value (o), key (J, name));
      if (i % 2 == 0)
        g_assert_true (js_is_undefined (v));
      else
        g_assert_cmpfloat (js_get_number (v), ==, i);
    }
  {
    guint32 n;
    JsValue *keys = js_own_property_keys (J, o, JS_KEYS_STRINGS, &n);
    g_assert_cmpuint (n, ==, 1000);
    g_assert_true (js_string_equal_ascii (js_get_string (keys[0]), "k1"));
    g_assert_true (js_string_equal_ascii (js_get_string (keys[999]), "k1999"));
    g_free (keys);
  }
  /* Tombstones never outnumber the live slots. */
  g_assert_cmpuint (o->n_props - o->n_deleted, ==, 1000);
  g_assert_cmpuint (o->n_deleted * 2, <=, o->n_props);
  js_state_free (J);
}

static void
define_readonly_x (JsState *J, JsObject *o)
{
  JsPropertyDescriptor desc = { 0, JS_DESC_HAS_VALUE, js_number (1), JS_UNDEFINED, JS_UNDEFINED };
  js_define_own_property (J, o, key (J, "x"), &desc, TRUE);
}

static void
assign_x_strict (JsState *J, gpointer data)
{
  js_set (J, js_object_value (data), key (J, "x"), js_number (2), TRUE);
}

static void
redefine_x (JsState *J, gpointer data)
{
  JsPropertyDescriptor desc = { 0, JS_DESC_HAS_VALUE, js_number (3), JS_UNDEFINED, JS_UNDEFINED };
  js_define_own_property (J, data, key (J, "x"), &desc, TRUE);
}

static void
add_y_strict (JsState *J, gpointer data)
{
  js_set (J, js_object_value (data), key (J, "y"), js_number (2), TRUE);
}

static void
test_define_semantics (void)
{
  JsState *J = new_state ();
  JsObject *o = js_plain_object_new (J);
  JsPropertyDescriptor desc;
  char *message;

  define_readonly_x (J, o);
  g_assert_true (js_get_own_property (J, o, key (J, "x"), &desc));
  g_assert_cmpuint (desc.flags, ==, 0);   /* absent attributes default to false */
  g_assert_false (js_object_set (J, o, key (J, "x"), js_number (2), js_object_value (o)));
  js_set (J, js_object_value (o), key (J, "x"), js_number (2), FALSE);   /* sloppy: silent */
  g_assert_cmpfloat (js_get_number (js_get (J, js_object_value (o), key (J, "x"))), ==, 1);

  message = catch_message (J, assign_x_strict, o);
  g_assert_cmpstr (message, ==, "Cannot assign to read only property 'x' of object '#<Object>'");
  g_free (message);
  message = catch_message (J, redefine_x, o);
  g_assert_cmpstr (message, ==, "Cannot redefine property: x");
  g_free (message);
  /* Same value: allowed on a non-configurable, non-writable property. */
  {
    JsPropertyDescriptor same = { 0, JS_DESC_HAS_VALUE, js_number (1), JS_UNDEFINED, JS_UNDEFINED };
    g_assert_true (js_define_own_property (J, o, key (J, "x"), &same, FALSE));
  }
  g_assert_false (js_delete_property (J, o, key (J, "x")));

  js_object_prevent_extensions (J, o);
  message = catch_message (J, add_y_strict, o);
  g_assert_cmpstr (message, ==, "Cannot add property y, object is not extensible");
  g_free (message);
  js_state_free (J);
}

static void
test_inheritance_and_shadowing (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *proto = js_plain_object_new (J);
  JsObject *child = js_object_new (J, proto);

  js_set (J, js_object_value (proto), key (J, "shared"), js_number (1), TRUE);
  g_assert_cmpfloat (js_get_number (js_get (J, js_object_value (child), key (J, "shared"))), ==, 1);
  g_assert_true (js_has_property (J, child, key (J, "shared")));
  g_assert_false (js_has_own_property (J, child, key (J, "shared")));
  js_set (J, js_object_value (child), key (J, "shared"), js_number (2), TRUE);
  g_assert_cmpfloat (js_get_number (js_get_own_data (J, child, key (J, "shared"))), ==, 2);
  g_assert_cmpfloat (js_get_number (js_get_own_data (J, proto, key (J, "shared"))), ==, 1);

  /* A read-only inherited property blocks assignment (10.1.9.2 step 2.a). */
  {
    JsPropertyDescriptor ro = { 0, JS_DESC_HAS_VALUE, js_number (5), JS_UNDEFINED, JS_UNDEFINED };
    js_define_own_property (J, proto, key (J, "fixed"), &ro, TRUE);
    g_assert_false (js_object_set (J, child, key (J, "fixed"), js_number (6), js_object_value (child)));
    g_assert_false (js_has_own_property (J, child, key (J, "fixed")));
  }

  /* Prototype cycles and the immutable %Object.prototype%. */
  g_assert_false (js_object_set_prototype_of (J, proto, child));
  g_assert_false (js_object_set_prototype_of (J, JS_INTRINSIC (J, ObjectPrototype), proto));
  g_assert_true (js_object_set_prototype_of (J, JS_INTRINSIC (J, ObjectPrototype), NULL));
  js_state_free (J);
}

static JsValue
getter_fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return js_native_captures (callee)[0];
}

static JsValue
setter_fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  /* Stores into the receiver's "_v", showing `this` is the receiver. */
  js_set (J, this_value, js_key_from_utf8 (J, "_v"), js_arg (argc, argv, 0), TRUE);
  return JS_UNDEFINED;
}

static void
assign_getter_only (JsState *J, gpointer data)
{
  js_set (J, js_object_value (data), key (J, "ro"), js_number (1), TRUE);
}

static void
test_accessors (void)
{
  JsState *J = new_state ();
  JsObject *proto = js_plain_object_new (J);
  JsObject *obj = js_object_new (J, proto);
  JsObject *getter = js_native_function_new (J, "get v", 0, getter_fn, 1);
  JsObject *setter = js_native_function_new (J, "set v", 1, setter_fn, 0);
  char *message;

  js_native_captures (getter)[0] = js_number (42);
  js_define_accessor (J, proto, key (J, "v"), js_object_value (getter), js_object_value (setter),
                      JS_PROP_CONFIGURABLE);
  g_assert_cmpfloat (js_get_number (js_get (J, js_object_value (obj), key (J, "v"))), ==, 42);
  js_set (J, js_object_value (obj), key (J, "v"), js_number (7), TRUE);
  g_assert_cmpfloat (js_get_number (js_get_own_data (J, obj, key (J, "_v"))), ==, 7);
  g_assert_false (js_has_own_property (J, obj, key (J, "v")));

  js_define_accessor (J, proto, key (J, "ro"), js_object_value (getter), JS_UNDEFINED, JS_PROP_CONFIGURABLE);
  message = catch_message (J, assign_getter_only, obj);
  g_assert_cmpstr (message, ==, "Cannot set property ro of #<Object> which has only a getter");
  g_free (message);

  /* Turning an accessor into a data property. */
  {
    JsPropertyDescriptor data = { JS_PROP_WRITABLE, JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE,
                                  js_number (1), JS_UNDEFINED, JS_UNDEFINED };
    JsPropertyDescriptor out;
    g_assert_true (js_define_own_property (J, proto, key (J, "v"), &data, TRUE));
    g_assert_true (js_get_own_property (J, proto, key (J, "v"), &out));
    g_assert_cmpuint (out.flags, ==, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE);
  }
  js_state_free (J);
}

static void
set_length_invalid (JsState *J, gpointer data)
{
  js_array_set_length (J, data, 1.5);
}

static void
test_arrays (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *a = js_array_new (J, 0);
  JsValue av = js_object_value (a);
  char *message;

  for (int i = 0; i < 100; i++)
    js_array_push (J, a, js_number (i));
  g_assert_cmpuint (js_array_length (a), ==, 100);
  g_assert_cmpfloat (js_get_number (js_get (J, av, JS_KEY (J, length))), ==, 100);
  g_assert_cmpfloat (js_get_number (js_get_index (J, av, 57)), ==, 57);

  /* Holes: a write past the end, a delete. */
  js_set_index (J, av, 105, js_number (5));
  g_assert_cmpuint (js_array_length (a), ==, 106);
  g_assert_false (js_has_own_property (J, a, js_key_from_index (J, 102)));
  g_assert_true (js_is_undefined (js_get_index (J, av, 102)));
  g_assert_true (js_delete_property (J, a, js_key_from_index (J, 3)));
  g_assert_false (js_has_own_property (J, a, js_key_from_index (J, 3)));
  g_assert_cmpuint (js_array_length (a), ==, 106);

  /* Truncation and extension through "length". */
  js_set (J, av, JS_KEY (J, length), js_number (10), TRUE);
  g_assert_cmpuint (js_array_length (a), ==, 10);
  g_assert_true (js_is_undefined (js_get_index (J, av, 57)));
  js_set (J, av, JS_KEY (J, length), js_number (12), TRUE);
  g_assert_false (js_has_own_property (J, a, js_key_from_index (J, 11)));
  assert_keys (J, a, JS_KEYS_STRINGS, "0,1,2,4,5,6,7,8,9,length");
  assert_keys (J, a, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, "0,1,2,4,5,6,7,8,9");

  message = catch_message (J, set_length_invalid, a);
  g_assert_cmpstr (message, ==, "Invalid array length");
  g_free (message);
  js_state_free (J);
}

static void
test_sparse_arrays (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *a = js_array_new (J, 0);
  JsValue av = js_object_value (a);

  js_array_push (J, a, str (J, "first"));
  js_set_index (J, av, 4294967294u, str (J, "last"));
  g_assert_cmpuint (js_array_length (a), ==, 4294967295u);
  g_assert_true (js_string_equal_ascii (js_get_string (js_get_index (J, av, 4294967294u)), "last"));
  g_assert_true (js_string_equal_ascii (js_get_string (js_get_index (J, av, 0)), "first"));
  g_assert_true (js_is_undefined (js_get_index (J, av, 1000)));
  /* 4294967295 is not an index: an ordinary property, length unchanged. */
  js_set (J, av, key (J, "4294967295"), js_number (1), TRUE);
  g_assert_cmpuint (js_array_length (a), ==, 4294967295u);
  assert_keys (J, a, JS_KEYS_STRINGS, "0,4294967294,length,4294967295");

  js_set (J, av, JS_KEY (J, length), js_number (1), TRUE);
  g_assert_cmpuint (js_array_length (a), ==, 1);
  g_assert_false (js_has_own_property (J, a, key (J, "4294967294")));
  g_assert_true (js_has_own_property (J, a, key (J, "4294967295")));
  js_state_free (J);
}

static void
push_to (JsState *J, gpointer data)
{
  js_array_push (J, data, js_number (1));
}

static void
assign_index_0 (JsState *J, gpointer data)
{
  js_set_index (J, js_object_value (data), 0, js_number (9));
}

static void
test_frozen_array (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *a = js_array_new (J, 0);
  JsPropertyDescriptor freeze = { 0, JS_DESC_HAS_WRITABLE | JS_DESC_HAS_CONFIGURABLE, JS_UNDEFINED,
                                  JS_UNDEFINED, JS_UNDEFINED };
  JsPropertyDescriptor fix_length = { 0, JS_DESC_HAS_WRITABLE, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };
  JsPropertyDescriptor out;
  char *message;

  js_array_push (J, a, js_number (1));
  js_array_push (J, a, js_number (2));
  /* What Object.freeze does: every element, then length, then no extensions. */
  g_assert_true (js_define_own_property (J, a, js_key_from_index (J, 0), &freeze, TRUE));
  g_assert_true (js_define_own_property (J, a, js_key_from_index (J, 1), &freeze, TRUE));
  g_assert_true (js_define_own_property (J, a, JS_KEY (J, length), &fix_length, TRUE));
  js_object_prevent_extensions (J, a);

  g_assert_true (js_get_own_property (J, a, JS_KEY (J, length), &out));
  g_assert_cmpuint (out.flags, ==, 0);
  g_assert_false (js_array_set_length (J, a, 0));
  g_assert_cmpuint (js_array_length (a), ==, 2);

  message = catch_message (J, push_to, a);
  g_assert_cmpstr (message, ==, "Cannot add property 2, object is not extensible");
  g_free (message);
  message = catch_message (J, assign_index_0, a);
  g_assert_cmpstr (message, ==, "Cannot assign to read only property '0' of object '[object Array]'");
  g_free (message);
  g_assert_cmpfloat (js_get_number (js_get_index (J, js_object_value (a), 0)), ==, 1);
  assert_keys (J, a, JS_KEYS_STRINGS, "0,1,length");
  js_state_free (J);
}

static void
read_from_undefined (JsState *J, gpointer data)
{
  js_get (J, JS_UNDEFINED, key (J, "x"));
}

static void
write_to_null (JsState *J, gpointer data)
{
  js_set (J, JS_NULL, js_symbol_value (js_symbol_new (J, js_intern_utf8 (J, "q"))), js_number (1), TRUE);
}

static void
write_to_string (JsState *J, gpointer data)
{
  js_set (J, str (J, "abc"), JS_KEY (J, length), js_number (1), TRUE);
}

static void
test_primitives (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue s = str (J, "h\xc3\xa9llo");
  char *message;

  g_assert_cmpfloat (js_get_number (js_get (J, s, JS_KEY (J, length))), ==, 5);
  g_assert_true (js_string_equal_ascii (js_get_string (js_get_index (J, s, 0)), "h"));
  g_assert_true (js_is_undefined (js_get_index (J, s, 9)));

  message = catch_message (J, read_from_undefined, NULL);
  g_assert_cmpstr (message, ==, "Cannot read properties of undefined (reading 'x')");
  g_free (message);
  message = catch_message (J, write_to_null, NULL);
  g_assert_cmpstr (message, ==, "Cannot set properties of null (setting 'Symbol(q)')");
  g_free (message);
  message = catch_message (J, write_to_string, NULL);
  g_assert_cmpstr (message, ==, "Cannot assign to read only property 'length' of string 'abc'");
  g_free (message);

  /* String wrapper objects: index and length own properties. */
  {
    JsObject *w = js_to_object (J, str (J, "ab"));
    JsPropertyDescriptor d;
    g_assert_cmpint (w->class_id, ==, JS_CLASS_STRING);
    js_set (J, js_object_value (w), key (J, "extra"), js_number (1), TRUE);
    assert_keys (J, w, JS_KEYS_STRINGS, "0,1,length,extra");
    assert_keys (J, w, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, "0,1,extra");
    g_assert_true (js_get_own_property (J, w, js_key_from_index (J, 1), &d));
    g_assert_cmpuint (d.flags, ==, JS_PROP_ENUMERABLE);
    g_assert_false (js_delete_property (J, w, JS_KEY (J, length)));
    g_assert_false (js_object_set (J, w, js_key_from_index (J, 0), str (J, "z"), js_object_value (w)));
  }
  js_state_free (J);
}

static JsValue
value_of_fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return js_number (10);
}

static void
test_conversions (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *o = js_plain_object_new (J);

  g_assert_cmpfloat (js_to_number (J, str (J, " 0x10 ")), ==, 16);
  g_assert_true (isnan (js_to_number (J, JS_UNDEFINED)));
  g_assert_cmpfloat (js_to_number (J, JS_NULL), ==, 0);
  g_assert_cmpfloat (js_to_number (J, JS_TRUE), ==, 1);
  g_assert_true (js_to_string (J, JS_NULL) == JS_ATOM (J, null));
  g_assert_true (js_string_equal_ascii (js_to_string (J, js_number (1e21)), "1e+21"));
  g_assert_cmpint (js_to_int32 (J, js_number (4294967297.0)), ==, 1);
  g_assert_cmpuint (js_to_uint32 (J, js_number (-1)), ==, 4294967295u);
  g_assert_cmpfloat (js_to_length (J, js_number (-5)), ==, 0);
  g_assert_cmpfloat (js_to_length (J, js_number (INFINITY)), ==, 9007199254740991.0);
  g_assert_cmpfloat (js_to_integer_or_infinity (J, js_number (-2.7)), ==, -2);
  g_assert_cmpfloat (js_to_relative_index (J, js_number (-2), 10, 0), ==, 8);
  g_assert_cmpfloat (js_to_relative_index (J, JS_UNDEFINED, 10, 10), ==, 10);

  /* Property keys: canonical numbers become index atoms. */
  g_assert_true (js_get_string (js_to_property_key (J, js_number (3))) == js_intern_index (J, 3));
  g_assert_true (js_string_equal_ascii (js_get_string (js_to_property_key (J, js_number (1.5))), "1.5"));
  g_assert_true (js_string_equal_ascii (js_get_string (js_to_property_key (J, js_number (-0.0))), "0"));

  js_define_method (J, o, "valueOf", value_of_fn, 0);
  g_assert_cmpfloat (js_to_number (J, js_object_value (o)), ==, 10);
  g_assert_cmpfloat (js_get_number (js_op_add (J, js_object_value (o), js_number (1))), ==, 11);
  g_assert_true (js_string_equal_ascii (js_get_string (js_op_add (J, str (J, "a"), js_number (1))), "a1"));
  g_assert_true (js_string_equal_ascii (js_get_string (js_op_add (J, js_object_value (o), str (J, "x"))), "10x"));
  g_assert_true (js_is_number (js_op_add (J, JS_NULL, JS_TRUE)));

  g_assert_true (js_loose_equals (J, str (J, "1"), js_number (1)));
  g_assert_true (js_loose_equals (J, JS_NULL, JS_UNDEFINED));
  g_assert_false (js_loose_equals (J, JS_NULL, js_number (0)));
  g_assert_true (js_loose_equals (J, JS_FALSE, str (J, "0")));
  g_assert_true (js_loose_equals (J, js_object_value (o), js_number (10)));
  g_assert_false (js_strict_equals (js_number (NAN), js_number (NAN)));
  g_assert_true (js_same_value (js_number (NAN), js_number (NAN)));
  g_assert_false (js_same_value (js_number (0), js_number (-0.0)));
  g_assert_true (js_same_value_zero (js_number (0), js_number (-0.0)));
  g_assert_true (js_strict_equals (str (J, "ab"), js_string_value (js_intern_utf8 (J, "ab"))));

  g_assert_cmpint (js_op_less_than (J, str (J, "a"), str (J, "b"), TRUE), ==, 1);
  g_assert_cmpint (js_op_less_than (J, str (J, "10"), str (J, "9"), TRUE), ==, 1);
  g_assert_cmpint (js_op_less_than (J, str (J, "10"), js_number (9), TRUE), ==, 0);
  g_assert_cmpint (js_op_less_than (J, js_number (NAN), js_number (1), TRUE), ==, -1);

  g_assert_true (js_typeof (J, JS_NULL) == JS_ATOM (J, object));
  g_assert_true (js_typeof (J, js_object_value (JS_INTRINSIC (J, FunctionPrototype))) == JS_ATOM (J, function));
  g_assert_true (js_typeof (J, js_symbol_value (JS_SYMBOL (J, iterator))) == JS_ATOM (J, symbol));
  g_assert_false (js_to_boolean (str (J, "")));
  g_assert_true (js_to_boolean (js_object_value (o)));
  g_assert_false (js_to_boolean (js_number (-0.0)));
  js_state_free (J);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/object/property-order", test_property_order);
  g_test_add_func ("/engine/object/large-object", test_large_object);
  g_test_add_func ("/engine/object/define-semantics", test_define_semantics);
  g_test_add_func ("/engine/object/inheritance", test_inheritance_and_shadowing);
  g_test_add_func ("/engine/object/accessors", test_accessors);
  g_test_add_func ("/engine/object/arrays", test_arrays);
  g_test_add_func ("/engine/object/sparse-arrays", test_sparse_arrays);
  g_test_add_func ("/engine/object/frozen-array", test_frozen_array);
  g_test_add_func ("/engine/object/primitives", test_primitives);
  g_test_add_func ("/engine/object/conversions", test_conversions);
  return g_test_run ();
}
