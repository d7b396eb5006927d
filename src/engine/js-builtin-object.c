/* js-builtin-object.c: Object (ECMAScript 20.1) and Reflect (28.1). */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* The own keys of `obj` as a fresh array, so that no C buffer is held while
 * getters and setters run. */
static JsObject *
own_keys (JsState *J, JsObject *obj, guint flags)
{
  guint32 n;
  JsValue *keys = js_own_property_keys (J, obj, flags, &n);
  JsObject *array = js_array_from_values (J, keys, n);

  g_free (keys);
  return array;
}

static inline JsValue
key_at (JsObject *keys, guint32 i)
{
  return keys->u.array.elements[i];
}

/* ------------------------------------------------------------------------
 * Property descriptors (6.2.6)
 * ------------------------------------------------------------------------ */

/* ToPropertyDescriptor (6.2.6.5) */
static void
to_property_descriptor (JsState *J, JsValue obj, JsPropertyDescriptor *desc)
{
  JsObject *o;
  JsValue v;

  if (!js_is_object (obj))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Property description must be an object: %s", obj,
                               JS_DESCRIBE_PLAIN);
  o = js_get_object (obj);
  memset (desc, 0, sizeof *desc);
  desc->value = desc->getter = desc->setter = JS_UNDEFINED;
  if (js_has_property (J, o, JS_KEY (J, enumerable)))
    {
      desc->has |= JS_DESC_HAS_ENUMERABLE;
      if (js_to_boolean (js_get (J, obj, JS_KEY (J, enumerable))))
        desc->flags |= JS_PROP_ENUMERABLE;
    }
  if (js_has_property (J, o, JS_KEY (J, configurable)))
    {
      desc->has |= JS_DESC_HAS_CONFIGURABLE;
      if (js_to_boolean (js_get (J, obj, JS_KEY (J, configurable))))
        desc->flags |= JS_PROP_CONFIGURABLE;
    }
  if (js_has_property (J, o, JS_KEY (J, value)))
    {
      desc->has |= JS_DESC_HAS_VALUE;
      desc->value = js_get (J, obj, JS_KEY (J, value));
    }
  if (js_has_property (J, o, JS_KEY (J, writable)))
    {
      desc->has |= JS_DESC_HAS_WRITABLE;
      if (js_to_boolean (js_get (J, obj, JS_KEY (J, writable))))
        desc->flags |= JS_PROP_WRITABLE;
    }
  if (js_has_property (J, o, JS_KEY (J, get)))
    {
      v = js_get (J, obj, JS_KEY (J, get));
      if (!js_is_undefined (v) && !js_is_callable (v))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "Getter must be a function: %s", v, JS_DESCRIBE_PLAIN);
      desc->has |= JS_DESC_HAS_GET;
      desc->getter = v;
    }
  if (js_has_property (J, o, JS_KEY (J, set)))
    {
      v = js_get (J, obj, JS_KEY (J, set));
      if (!js_is_undefined (v) && !js_is_callable (v))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "Setter must be a function: %s", v, JS_DESCRIBE_PLAIN);
      desc->has |= JS_DESC_HAS_SET;
      desc->setter = v;
    }
  if (desc->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET))
    {
      if (desc->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE))
        js_throw_error_with_value (J, JS_TYPE_ERROR,
                                   "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, %s",
                                   obj, JS_DESCRIBE_PLAIN);
      desc->flags |= JS_PROP_ACCESSOR;
    }
}

void
js_to_property_descriptor (JsState *J, JsValue obj, JsPropertyDescriptor *desc)
{
  to_property_descriptor (J, obj, desc);
}

/* FromPropertyDescriptor (6.2.6.4) for a complete descriptor. */
static JsValue
from_property_descriptor (JsState *J, const JsPropertyDescriptor *desc)
{
  JsObject *obj = js_plain_object_new (J);

  if (desc->flags & JS_PROP_ACCESSOR)
    {
      js_define_value (J, obj, JS_KEY (J, get), desc->getter, JS_PROP_DEFAULT);
      js_define_value (J, obj, JS_KEY (J, set), desc->setter, JS_PROP_DEFAULT);
    }
  else
    {
      js_define_value (J, obj, JS_KEY (J, value), desc->value, JS_PROP_DEFAULT);
      js_define_value (J, obj, JS_KEY (J, writable), js_boolean (desc->flags & JS_PROP_WRITABLE), JS_PROP_DEFAULT);
    }
  js_define_value (J, obj, JS_KEY (J, enumerable), js_boolean (desc->flags & JS_PROP_ENUMERABLE), JS_PROP_DEFAULT);
  js_define_value (J, obj, JS_KEY (J, configurable), js_boolean (desc->flags & JS_PROP_CONFIGURABLE), JS_PROP_DEFAULT);
  return js_object_value (obj);
}

/* ObjectDefineProperties (20.1.2.3.1): all descriptors are read before any
 * is applied.  Their C array is freed on every exit, a throw included; the
 * values it holds stay alive because no collection runs inside a native. */
static void
define_properties (JsState *J, JsObject *obj, JsValue properties)
{
  JsObject *props = js_to_object (J, properties);
  JsObject *keys = own_keys (J, props, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
  JsObject *desc_keys = js_array_new (J, 0);
  guint32 n = js_array_length (keys);
  JsPropertyDescriptor *volatile descs = g_new (JsPropertyDescriptor, MAX (n, 1));
  volatile guint32 n_descs = 0;
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      for (guint32 i = 0; i < n; i++)
        {
          JsValue key = key_at (keys, i);
          JsPropertyDescriptor prop;

          if (js_get_own_property (J, props, key, &prop) && (prop.flags & JS_PROP_ENUMERABLE))
            {
              to_property_descriptor (J, js_get (J, js_object_value (props), key), &descs[n_descs]);
              js_array_push (J, desc_keys, key);
              n_descs++;
            }
        }
      for (guint32 i = 0; i < n_descs; i++)
        js_define_own_property (J, obj, key_at (desc_keys, i), &descs[i], TRUE);
      js_try_end (J, &tp);
    }
  else
    {
      g_free (descs);
      js_throw (J, J->exception);
    }
  g_free (descs);
}

/* ------------------------------------------------------------------------
 * The Object constructor and its functions (20.1.1, 20.1.2)
 * ------------------------------------------------------------------------ */

NATIVE (object_constructor)
{
  JsValue value = ARG (0);

  if (!js_is_undefined (new_target) && js_get_object (new_target) != callee)
    return js_object_value (js_create_from_constructor (J, new_target, JS_CLASS_OBJECT,
                                                        JS_INTRINSIC (J, ObjectPrototype)));
  if (js_is_nullish (value))
    return js_object_value (js_plain_object_new (J));
  return js_object_value (js_to_object (J, value));
}

NATIVE (object_assign)
{
  JsObject *to = js_to_object (J, ARG (0));

  for (int i = 1; i < argc; i++)
    {
      JsObject *from, *keys;
      guint32 n;

      if (js_is_nullish (argv[i]))
        continue;
      from = js_to_object (J, argv[i]);
      keys = own_keys (J, from, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
      n = js_array_length (keys);
      for (guint32 k = 0; k < n; k++)
        {
          JsValue key = key_at (keys, k);
          JsPropertyDescriptor desc;

          if (js_get_own_property (J, from, key, &desc) && (desc.flags & JS_PROP_ENUMERABLE))
            js_set (J, js_object_value (to), key, js_object_get (J, from, key, js_object_value (from)), TRUE);
        }
    }
  return js_object_value (to);
}

static void
require_prototype_value (JsState *J, JsValue proto)
{
  if (!js_is_object (proto) && !js_is_null (proto))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Object prototype may only be an Object or null: %s", proto,
                               JS_DESCRIBE_PLAIN);
}

NATIVE (object_create)
{
  JsValue proto = ARG (0);
  JsObject *obj;

  require_prototype_value (J, proto);
  obj = js_object_new (J, js_is_null (proto) ? NULL : js_get_object (proto));
  if (!js_is_undefined (ARG (1)))
    define_properties (J, obj, ARG (1));
  return js_object_value (obj);
}

NATIVE (object_define_properties)
{
  if (!js_is_object (ARG (0)))
    js_throw_type_error (J, "Object.defineProperties called on non-object");
  define_properties (J, js_get_object (ARG (0)), ARG (1));
  return ARG (0);
}

NATIVE (object_define_property)
{
  JsPropertyDescriptor desc;
  JsValue key;

  if (!js_is_object (ARG (0)))
    js_throw_type_error (J, "Object.defineProperty called on non-object");
  key = js_to_property_key (J, ARG (1));
  to_property_descriptor (J, ARG (2), &desc);
  js_define_own_property (J, js_get_object (ARG (0)), key, &desc, TRUE);
  return ARG (0);
}

typedef enum { KIND_KEYS, KIND_VALUES, KIND_ENTRIES } EnumerableKind;

/* EnumerableOwnProperties (7.3.23) */
static JsObject *
enumerable_own_properties (JsState *J, JsObject *obj, EnumerableKind kind)
{
  JsObject *keys, *result;
  guint32 n;

  if (kind == KIND_KEYS)
    return own_keys (J, obj, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
  keys = own_keys (J, obj, JS_KEYS_STRINGS);
  n = js_array_length (keys);
  result = js_array_new (J, n);
  for (guint32 i = 0; i < n; i++)
    {
      JsValue key = key_at (keys, i), value;
      JsPropertyDescriptor desc;

      if (!js_get_own_property (J, obj, key, &desc) || !(desc.flags & JS_PROP_ENUMERABLE))
        continue;
      value = js_object_get (J, obj, key, js_object_value (obj));
      if (kind == KIND_VALUES)
        js_array_push (J, result, value);
      else
        {
          JsValue pair[2] = { key, value };
          js_array_push (J, result, js_object_value (js_array_from_values (J, pair, 2)));
        }
    }
  return result;
}

NATIVE (object_keys)
{
  return js_object_value (enumerable_own_properties (J, js_to_object (J, ARG (0)), KIND_KEYS));
}

NATIVE (object_values)
{
  return js_object_value (enumerable_own_properties (J, js_to_object (J, ARG (0)), KIND_VALUES));
}

NATIVE (object_entries)
{
  return js_object_value (enumerable_own_properties (J, js_to_object (J, ARG (0)), KIND_ENTRIES));
}

typedef enum { LEVEL_SEALED, LEVEL_FROZEN } IntegrityLevel;

G_GNUC_NORETURN static void
throw_prevent_extensions_failed (JsState *J, JsObject *obj)
{
  if (obj->class_id == JS_CLASS_PROXY)
    js_throw_type_error (J, "'preventExtensions' on proxy: trap returned falsish");
  js_throw_type_error (J, "Cannot prevent extensions");
}

/* SetIntegrityLevel (7.3.15) */
static void
set_integrity_level (JsState *J, JsObject *obj, IntegrityLevel level)
{
  JsObject *keys;
  guint32 n;

  if (!js_object_prevent_extensions (J, obj))
    throw_prevent_extensions_failed (J, obj);
  keys = own_keys (J, obj, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
  n = js_array_length (keys);
  for (guint32 i = 0; i < n; i++)
    {
      JsPropertyDescriptor current, desc = { 0 };

      desc.value = desc.getter = desc.setter = JS_UNDEFINED;
      desc.has = JS_DESC_HAS_CONFIGURABLE;
      if (level == LEVEL_FROZEN)
        {
          if (!js_get_own_property (J, obj, key_at (keys, i), &current))
            continue;
          if (!(current.flags & JS_PROP_ACCESSOR))
            desc.has |= JS_DESC_HAS_WRITABLE;
        }
      js_define_own_property (J, obj, key_at (keys, i), &desc, TRUE);
    }
}

/* TestIntegrityLevel (7.3.16) */
static gboolean
test_integrity_level (JsState *J, JsObject *obj, IntegrityLevel level)
{
  JsObject *keys;
  guint32 n;

  if (js_object_is_extensible (J, obj))
    return FALSE;
  keys = own_keys (J, obj, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
  n = js_array_length (keys);
  for (guint32 i = 0; i < n; i++)
    {
      JsPropertyDescriptor desc;

      if (!js_get_own_property (J, obj, key_at (keys, i), &desc))
        continue;
      if (desc.flags & JS_PROP_CONFIGURABLE)
        return FALSE;
      if (level == LEVEL_FROZEN && !(desc.flags & JS_PROP_ACCESSOR) && (desc.flags & JS_PROP_WRITABLE))
        return FALSE;
    }
  return TRUE;
}

NATIVE (object_freeze)
{
  if (js_is_object (ARG (0)) && js_get_object (ARG (0))->class_id == JS_CLASS_TYPED_ARRAY &&
      js_typed_array_length (js_get_object (ARG (0))) > 0)
    js_throw_type_error (J, "Cannot freeze array buffer views with elements");
  if (js_is_object (ARG (0)))
    set_integrity_level (J, js_get_object (ARG (0)), LEVEL_FROZEN);
  return ARG (0);
}

NATIVE (object_is_frozen)
{
  return js_boolean (!js_is_object (ARG (0)) || test_integrity_level (J, js_get_object (ARG (0)), LEVEL_FROZEN));
}

NATIVE (object_seal)
{
  if (js_is_object (ARG (0)))
    set_integrity_level (J, js_get_object (ARG (0)), LEVEL_SEALED);
  return ARG (0);
}

NATIVE (object_is_sealed)
{
  return js_boolean (!js_is_object (ARG (0)) || test_integrity_level (J, js_get_object (ARG (0)), LEVEL_SEALED));
}

NATIVE (object_prevent_extensions)
{
  if (js_is_object (ARG (0)) && !js_object_prevent_extensions (J, js_get_object (ARG (0))))
    throw_prevent_extensions_failed (J, js_get_object (ARG (0)));
  return ARG (0);
}

NATIVE (object_is_extensible)
{
  return js_boolean (js_is_object (ARG (0)) && js_object_is_extensible (J, js_get_object (ARG (0))));
}

static JsValue
prototype_value (JsState *J, JsObject *obj)
{
  JsObject *proto = js_object_get_prototype_of (J, obj);
  return proto != NULL ? js_object_value (proto) : JS_NULL;
}

NATIVE (object_get_prototype_of)
{
  return prototype_value (J, js_to_object (J, ARG (0)));
}

/* [[SetPrototypeOf]] or V8's TypeError for why it failed. */
static void
set_prototype_or_throw (JsState *J, JsObject *obj, JsValue proto)
{
  JsObject *p = js_is_null (proto) ? NULL : js_get_object (proto);

  if (js_object_set_prototype_of (J, obj, p))
    return;
  if (obj == JS_INTRINSIC (J, ObjectPrototype))
    js_throw_type_error (J, "Immutable prototype object 'Object.prototype' cannot have their prototype set");
  if (obj->class_id == JS_CLASS_PROXY)
    js_throw_type_error (J, "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
  if (!js_object_is_extensible (J, obj))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not extensible", js_object_value (obj), JS_DESCRIBE_PLAIN);
  js_throw_type_error (J, "Cyclic __proto__ value");
}

NATIVE (object_set_prototype_of)
{
  JsValue obj = ARG (0), proto = ARG (1);

  if (js_is_nullish (obj))
    js_throw_type_error (J, "Object.setPrototypeOf called on null or undefined");
  require_prototype_value (J, proto);
  if (js_is_object (obj))
    set_prototype_or_throw (J, js_get_object (obj), proto);
  return obj;
}

NATIVE (object_get_own_property_names)
{
  return js_object_value (own_keys (J, js_to_object (J, ARG (0)), JS_KEYS_STRINGS));
}

NATIVE (object_get_own_property_symbols)
{
  return js_object_value (own_keys (J, js_to_object (J, ARG (0)), JS_KEYS_SYMBOLS));
}

NATIVE (object_get_own_property_descriptor)
{
  JsObject *obj = js_to_object (J, ARG (0));
  JsValue key = js_to_property_key (J, ARG (1));
  JsPropertyDescriptor desc;

  if (!js_get_own_property (J, obj, key, &desc))
    return JS_UNDEFINED;
  return from_property_descriptor (J, &desc);
}

NATIVE (object_get_own_property_descriptors)
{
  JsObject *obj = js_to_object (J, ARG (0));
  JsObject *keys = own_keys (J, obj, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
  JsObject *result = js_plain_object_new (J);
  guint32 n = js_array_length (keys);

  for (guint32 i = 0; i < n; i++)
    {
      JsPropertyDescriptor desc;

      if (js_get_own_property (J, obj, key_at (keys, i), &desc))
        js_define_value (J, result, key_at (keys, i), from_property_descriptor (J, &desc), JS_PROP_DEFAULT);
    }
  return js_object_value (result);
}

static void
from_entries_step (JsState *J, JsValue entry, gpointer data)
{
  JsObject *obj = data;
  JsPropertyDescriptor desc = {
    JS_PROP_DEFAULT,
    JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
    JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED,
  };
  JsValue k;

  if (!js_is_object (entry))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterator value %s is not an entry object", entry,
                               JS_DESCRIBE_PLAIN);
  k = js_get_index (J, entry, 0);
  desc.value = js_get_index (J, entry, 1);
  js_define_own_property (J, obj, js_to_property_key (J, k), &desc, TRUE);
}

/* Object.fromEntries (20.1.2.7) with AddEntriesFromIterable (24.1.1.2). */
NATIVE (object_from_entries)
{
  JsValue iterable = ARG (0);
  JsIteratorRecord record;
  JsObject *obj;

  if (js_is_nullish (iterable))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not iterable", iterable, JS_DESCRIBE_PLAIN);
  obj = js_plain_object_new (J);
  js_get_iterator (J, iterable, &record);
  js_iterator_for_each (J, &record, from_entries_step, obj);
  return js_object_value (obj);
}

NATIVE (object_is)
{
  return js_boolean (js_same_value (ARG (0), ARG (1)));
}

NATIVE (object_has_own)
{
  JsObject *obj = js_to_object (J, ARG (0));
  JsValue key = js_to_property_key (J, ARG (1));

  return js_boolean (js_has_own_property (J, obj, key));
}

/* ------------------------------------------------------------------------
 * Object.prototype (20.1.3)
 * ------------------------------------------------------------------------ */

NATIVE (object_proto_has_own_property)
{
  JsValue key = js_to_property_key (J, ARG (0));
  JsObject *obj = js_to_object (J, this_value);

  return js_boolean (js_has_own_property (J, obj, key));
}

NATIVE (object_proto_is_prototype_of)
{
  JsObject *obj, *v;
  guint n_proxies = 0;

  if (!js_is_object (ARG (0)))
    return JS_FALSE;
  obj = js_to_object (J, this_value);
  v = js_get_object (ARG (0));
  while ((v = js_prototype_chain_next (J, v, &n_proxies)) != NULL)
    if (v == obj)
      return JS_TRUE;
  return JS_FALSE;
}

NATIVE (object_proto_property_is_enumerable)
{
  JsValue key = js_to_property_key (J, ARG (0));
  JsObject *obj = js_to_object (J, this_value);
  JsPropertyDescriptor desc;

  return js_boolean (js_get_own_property (J, obj, key, &desc) && (desc.flags & JS_PROP_ENUMERABLE));
}

/* Object.prototype.toString (20.1.3.6) */
NATIVE (object_proto_to_string)
{
  const char *builtin_tag;
  JsObject *obj;
  JsValue tag;

  if (js_is_undefined (this_value))
    return js_string_value (js_string_new_utf8 (J, "[object Undefined]", -1));
  if (js_is_null (this_value))
    return js_string_value (js_string_new_utf8 (J, "[object Null]", -1));
  obj = js_to_object (J, this_value);
  switch (obj->class_id)
    {
    case JS_CLASS_ARRAY: builtin_tag = "Array"; break;
    case JS_CLASS_ARGUMENTS: builtin_tag = "Arguments"; break;
    case JS_CLASS_MAPPED_ARGUMENTS: builtin_tag = "Arguments"; break;
    case JS_CLASS_ERROR: builtin_tag = "Error"; break;
    case JS_CLASS_BOOLEAN: builtin_tag = "Boolean"; break;
    case JS_CLASS_NUMBER: builtin_tag = "Number"; break;
    case JS_CLASS_STRING: builtin_tag = "String"; break;
    case JS_CLASS_DATE: builtin_tag = "Date"; break;
    case JS_CLASS_REGEXP: builtin_tag = "RegExp"; break;
    case JS_CLASS_PROXY:
      builtin_tag = js_is_array_value (J, this_value) ? "Array" : js_object_is_callable (obj) ? "Function" : "Object";
      break;
    default:
      builtin_tag = js_object_is_callable (obj) ? "Function" : "Object";
      break;
    }
  tag = js_object_get (J, obj, JS_SYMBOL_KEY (J, toStringTag), js_object_value (obj));
  if (js_is_string (tag))
    {
      JsStringBuilder *b = js_string_builder_new (J);

      js_string_builder_append_ascii (J, b, "[object ");
      js_string_builder_append (J, b, js_get_string (tag));
      js_string_builder_append_ascii (J, b, "]");
      return js_string_value (js_string_builder_finish (J, b));
    }
  return js_string_value (js_string_printf (J, "[object %s]", builtin_tag));
}

NATIVE (object_proto_to_locale_string)
{
  if (js_is_nullish (this_value))
    js_throw_type_error (J, "Object.prototype.toLocaleString called on null or undefined");
  return js_invoke (J, this_value, JS_KEY (J, toString), 0, NULL);
}

NATIVE (object_proto_value_of)
{
  return js_object_value (js_to_object (J, this_value));
}

/* __defineGetter__, __defineSetter__, __lookupGetter__, __lookupSetter__
 * (B.2.2.2–5) */
static JsValue
define_legacy_accessor (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean getter)
{
  JsObject *obj = js_to_object (J, this_value);
  JsPropertyDescriptor desc = { 0 };
  JsValue key;

  if (!js_is_callable (ARG (1)))
    js_throw_error_with_value (J, JS_TYPE_ERROR,
                               getter ? "Object.prototype.__defineGetter__: Expecting function"
                                      : "Object.prototype.__defineSetter__: Expecting function",
                               ARG (1), JS_DESCRIBE_PLAIN);
  desc.flags = JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE;
  desc.has = JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE | (getter ? JS_DESC_HAS_GET : JS_DESC_HAS_SET);
  desc.value = JS_UNDEFINED;
  desc.getter = getter ? ARG (1) : JS_UNDEFINED;
  desc.setter = getter ? JS_UNDEFINED : ARG (1);
  key = js_to_property_key (J, ARG (0));
  js_define_own_property (J, obj, key, &desc, TRUE);
  return JS_UNDEFINED;
}

static JsValue
lookup_legacy_accessor (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean getter)
{
  JsObject *obj = js_to_object (J, this_value);
  JsValue key = js_to_property_key (J, ARG (0));

  for (; obj != NULL; obj = js_object_get_prototype_of (J, obj))
    {
      JsPropertyDescriptor desc;

      if (js_get_own_property (J, obj, key, &desc))
        {
          if (!(desc.flags & JS_PROP_ACCESSOR))
            return JS_UNDEFINED;
          return getter ? desc.getter : desc.setter;
        }
    }
  return JS_UNDEFINED;
}

NATIVE (object_proto_define_getter)
{
  return define_legacy_accessor (J, this_value, argc, argv, TRUE);
}

NATIVE (object_proto_define_setter)
{
  return define_legacy_accessor (J, this_value, argc, argv, FALSE);
}

NATIVE (object_proto_lookup_getter)
{
  return lookup_legacy_accessor (J, this_value, argc, argv, TRUE);
}

NATIVE (object_proto_lookup_setter)
{
  return lookup_legacy_accessor (J, this_value, argc, argv, FALSE);
}

NATIVE (object_proto_get_proto)
{
  return prototype_value (J, js_to_object (J, this_value));
}

NATIVE (object_proto_set_proto)
{
  JsValue proto = ARG (0);

  if (js_is_nullish (this_value))
    js_throw_type_error (J, "Object.prototype.__proto__ called on null or undefined");
  if ((!js_is_object (proto) && !js_is_null (proto)) || !js_is_object (this_value))
    return JS_UNDEFINED;
  set_prototype_or_throw (J, js_get_object (this_value), proto);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * Reflect (28.1)
 * ------------------------------------------------------------------------ */

static JsObject *
require_target (JsState *J, JsValue v, const char *what)
{
  if (!js_is_object (v))
    {
      char *message = g_strdup_printf ("Reflect.%s called on non-object", what);
      JsString *s = js_string_new_utf8 (J, message, -1);

      g_free (message);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, s)));
    }
  return js_get_object (v);
}

NATIVE (reflect_apply)
{
  JsObject *args;

  if (!js_is_callable (ARG (0)))
    {
      /* V8's wording: "which is null", else "a"/"an" and the typeof. */
      char *what = js_value_describe_for_message (J, ARG (0));
      char *type = js_string_to_utf8 (js_typeof (J, ARG (0)));
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Function.prototype.apply was called on %s, which is %s%s and not a function",
                                           what, js_is_null (ARG (0)) ? "" : js_is_object (ARG (0)) ? "an " : "a ",
                                           js_is_null (ARG (0)) ? "null" : type);
      g_free (what);
      g_free (type);
      js_throw (J, js_object_value (error));
    }
  args = js_create_list_from_array_like (J, ARG (2));
  js_vm_forward_direct_call (J, callee, ARG (0));
  return js_call (J, ARG (0), ARG (1), (int) js_array_length (args), args->u.array.elements);
}

NATIVE (reflect_construct)
{
  JsValue target = ARG (0), nt = argc > 2 ? argv[2] : target;
  JsObject *args;

  if (!js_is_constructor (target))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a constructor", target, JS_DESCRIBE_PLAIN);
  if (!js_is_constructor (nt))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a constructor", nt, JS_DESCRIBE_PLAIN);
  args = js_create_list_from_array_like (J, ARG (1));
  return js_construct (J, target, (int) js_array_length (args), args->u.array.elements, nt);
}

NATIVE (reflect_define_property)
{
  JsObject *obj = require_target (J, ARG (0), "defineProperty");
  JsValue key = js_to_property_key (J, ARG (1));
  JsPropertyDescriptor desc;

  to_property_descriptor (J, ARG (2), &desc);
  return js_boolean (js_define_own_property (J, obj, key, &desc, FALSE));
}

NATIVE (reflect_delete_property)
{
  JsObject *obj = require_target (J, ARG (0), "deleteProperty");
  return js_boolean (js_delete_property (J, obj, js_to_property_key (J, ARG (1))));
}

NATIVE (reflect_get)
{
  JsObject *obj = require_target (J, ARG (0), "get");
  JsValue key = js_to_property_key (J, ARG (1));
  return js_object_get (J, obj, key, argc > 2 ? argv[2] : ARG (0));
}

NATIVE (reflect_get_own_property_descriptor)
{
  JsObject *obj = require_target (J, ARG (0), "getOwnPropertyDescriptor");
  JsValue key = js_to_property_key (J, ARG (1));
  JsPropertyDescriptor desc;

  if (!js_get_own_property (J, obj, key, &desc))
    return JS_UNDEFINED;
  return from_property_descriptor (J, &desc);
}

NATIVE (reflect_get_prototype_of)
{
  return prototype_value (J, require_target (J, ARG (0), "getPrototypeOf"));
}

NATIVE (reflect_has)
{
  JsObject *obj = require_target (J, ARG (0), "has");
  return js_boolean (js_has_property (J, obj, js_to_property_key (J, ARG (1))));
}

NATIVE (reflect_is_extensible)
{
  return js_boolean (js_object_is_extensible (J, require_target (J, ARG (0), "isExtensible")));
}

NATIVE (reflect_own_keys)
{
  return js_object_value (own_keys (J, require_target (J, ARG (0), "ownKeys"), JS_KEYS_STRINGS | JS_KEYS_SYMBOLS));
}

NATIVE (reflect_prevent_extensions)
{
  return js_boolean (js_object_prevent_extensions (J, require_target (J, ARG (0), "preventExtensions")));
}

NATIVE (reflect_set)
{
  JsObject *obj = require_target (J, ARG (0), "set");
  JsValue key = js_to_property_key (J, ARG (1));
  return js_boolean (js_object_set (J, obj, key, ARG (2), argc > 3 ? argv[3] : ARG (0)));
}

NATIVE (reflect_set_prototype_of)
{
  JsObject *obj = require_target (J, ARG (0), "setPrototypeOf");

  require_prototype_value (J, ARG (1));
  return js_boolean (js_object_set_prototype_of (J, obj, js_is_null (ARG (1)) ? NULL : js_get_object (ARG (1))));
}

static void
init_reflect (JsState *J)
{
  JsObject *reflect = js_plain_object_new (J);

  js_define_value (J, reflect, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_string_new_utf8 (J, "Reflect", -1)), JS_PROP_CONFIGURABLE);
  js_define_method (J, reflect, "defineProperty", reflect_define_property, 3);
  js_define_method (J, reflect, "deleteProperty", reflect_delete_property, 2);
  js_define_method (J, reflect, "apply", reflect_apply, 3);
  js_define_method (J, reflect, "construct", reflect_construct, 2);
  js_define_method (J, reflect, "get", reflect_get, 2);
  js_define_method (J, reflect, "getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2);
  js_define_method (J, reflect, "getPrototypeOf", reflect_get_prototype_of, 1);
  js_define_method (J, reflect, "has", reflect_has, 2);
  js_define_method (J, reflect, "isExtensible", reflect_is_extensible, 1);
  js_define_method (J, reflect, "ownKeys", reflect_own_keys, 1);
  js_define_method (J, reflect, "preventExtensions", reflect_prevent_extensions, 1);
  js_define_method (J, reflect, "set", reflect_set, 3);
  js_define_method (J, reflect, "setPrototypeOf", reflect_set_prototype_of, 2);
  js_define_value_utf8 (J, J->global, "Reflect", js_object_value (reflect), JS_PROP_HIDDEN);
}

NATIVE (species_getter)
{
  return this_value;
}

void
js_define_species_getter (JsState *J, JsObject *constructor)
{
  JsObject *getter = js_native_function_new (J, "get [Symbol.species]", 0, species_getter, 0);

  js_define_accessor (J, constructor, JS_SYMBOL_KEY (J, species), js_object_value (getter), JS_UNDEFINED,
                      JS_PROP_CONFIGURABLE);
}

void
js_builtin_object_init (JsState *J)
{
  JsObject *proto = JS_INTRINSIC (J, ObjectPrototype);
  JsObject *ctor = js_native_constructor_new (J, "Object", 1, object_constructor, proto);
  JsObject *getter, *setter;

  JS_INTRINSIC (J, Object) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);

  js_define_method (J, ctor, "assign", object_assign, 2);
  js_define_method (J, ctor, "getOwnPropertyDescriptor", object_get_own_property_descriptor, 2);
  js_define_method (J, ctor, "getOwnPropertyDescriptors", object_get_own_property_descriptors, 1);
  js_define_method (J, ctor, "getOwnPropertyNames", object_get_own_property_names, 1);
  js_define_method (J, ctor, "getOwnPropertySymbols", object_get_own_property_symbols, 1);
  js_define_method (J, ctor, "hasOwn", object_has_own, 2);
  js_define_method (J, ctor, "is", object_is, 2);
  js_define_method (J, ctor, "preventExtensions", object_prevent_extensions, 1);
  js_define_method (J, ctor, "seal", object_seal, 1);
  js_define_method (J, ctor, "create", object_create, 2);
  js_define_method (J, ctor, "defineProperties", object_define_properties, 2);
  js_define_method (J, ctor, "defineProperty", object_define_property, 3);
  js_define_method (J, ctor, "freeze", object_freeze, 1);
  js_define_method (J, ctor, "getPrototypeOf", object_get_prototype_of, 1);
  js_define_method (J, ctor, "setPrototypeOf", object_set_prototype_of, 2);
  js_define_method (J, ctor, "isExtensible", object_is_extensible, 1);
  js_define_method (J, ctor, "isFrozen", object_is_frozen, 1);
  js_define_method (J, ctor, "isSealed", object_is_sealed, 1);
  js_define_method (J, ctor, "keys", object_keys, 1);
  js_define_method (J, ctor, "entries", object_entries, 1);
  js_define_method (J, ctor, "fromEntries", object_from_entries, 1);
  js_define_method (J, ctor, "values", object_values, 1);

  /* V8's order, which Object.getOwnPropertyNames shows. */
  js_define_method (J, proto, "__defineGetter__", object_proto_define_getter, 2);
  js_define_method (J, proto, "__defineSetter__", object_proto_define_setter, 2);
  js_define_method (J, proto, "hasOwnProperty", object_proto_has_own_property, 1);
  js_define_method (J, proto, "__lookupGetter__", object_proto_lookup_getter, 1);
  js_define_method (J, proto, "__lookupSetter__", object_proto_lookup_setter, 1);
  js_define_method (J, proto, "isPrototypeOf", object_proto_is_prototype_of, 1);
  js_define_method (J, proto, "propertyIsEnumerable", object_proto_property_is_enumerable, 1);
  JS_INTRINSIC (J, ObjectProtoToString) = js_define_method (J, proto, "toString", object_proto_to_string, 0);
  js_define_method (J, proto, "valueOf", object_proto_value_of, 0);
  getter = js_native_function_new (J, "get __proto__", 0, object_proto_get_proto, 0);
  setter = js_native_function_new (J, "set __proto__", 1, object_proto_set_proto, 0);
  js_define_accessor (J, proto, JS_KEY (J, __proto__), js_object_value (getter), js_object_value (setter),
                      JS_PROP_CONFIGURABLE);
  js_define_method (J, proto, "toLocaleString", object_proto_to_locale_string, 0);

  js_define_value_utf8 (J, J->global, "Object", js_object_value (ctor), JS_PROP_HIDDEN);
  init_reflect (J);
}
