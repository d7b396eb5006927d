/* js-proxy.c: proxy exotic objects (ECMAScript 10.5) and the Proxy
 * constructor (28.2).
 *
 * A proxy is an object of class PROXY with [[ProxyTarget]] and
 * [[ProxyHandler]] in u.proxy (both null once revoked) and no properties of
 * its own (its props hold only private names, #x): every internal method
 * goes through the exotic table registered here.  Each method follows the spec's steps: look up the trap, forward to
 * the target when there is none, otherwise call it and check the result
 * against the target's invariants.  Error messages are V8's.
 */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

/* A property key as V8 shows it in proxy messages: the string, or
 * Symbol(description). */
static char *
key_text (JsState *J, JsValue key)
{
  return js_string_to_utf8 (js_describe_value (J, key, JS_DESCRIBE_PLAIN));
}

G_GNUC_NORETURN static void
throw_with_key (JsState *J, const char *format, JsValue key)
{
  char *name = key_text (J, key);
  JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, format, name);

  g_free (name);
  js_throw (J, js_object_value (error));
}

/* Steps 1–4 of every proxy internal method: the handler and target, or
 * V8's TypeError for a revoked proxy. */
static JsObject *
proxy_handler (JsState *J, JsObject *proxy, const char *operation, JsObject **target)
{
  if (!js_is_object (proxy->u.proxy.handler))
    js_throw_type_error (J, "Cannot perform '%s' on a proxy that has been revoked", operation);
  *target = js_get_object (proxy->u.proxy.target);
  return js_get_object (proxy->u.proxy.handler);
}

/* GetMethod (7.3.11) of the handler: undefined when the trap is absent. */
static JsValue
get_trap (JsState *J, JsObject *handler, const char *name)
{
  JsValue key = js_key_from_utf8 (J, name);
  JsValue trap = js_object_get (J, handler, key, js_object_value (handler));

  if (js_is_nullish (trap))
    return JS_UNDEFINED;
  if (!js_is_callable (trap))
    {
      char *value = js_value_describe_for_message (J, trap);
      char *object = js_value_describe_for_message (J, js_object_value (handler));
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "'%s' returned for property '%s' of object '%s' is not a function",
                                           value, name, object);
      g_free (value);
      g_free (object);
      js_throw (J, js_object_value (error));
    }
  return trap;
}

static JsValue
call_trap (JsState *J, JsValue trap, JsObject *handler, int argc, const JsValue *argv)
{
  return js_call (J, trap, js_object_value (handler), argc, argv);
}

static gboolean
desc_is_accessor (const JsPropertyDescriptor *d)
{
  return (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) != 0;
}

static gboolean
desc_is_data (const JsPropertyDescriptor *d)
{
  return (d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE)) != 0;
}

/* FromPropertyDescriptor (6.2.6.4) for a descriptor that may lack fields. */
static JsValue
from_partial_descriptor (JsState *J, const JsPropertyDescriptor *desc)
{
  JsObject *obj = js_plain_object_new (J);

  if (desc->has & JS_DESC_HAS_VALUE)
    js_define_value (J, obj, JS_KEY (J, value), desc->value, JS_PROP_DEFAULT);
  if (desc->has & JS_DESC_HAS_WRITABLE)
    js_define_value (J, obj, JS_KEY (J, writable), js_boolean (desc->flags & JS_PROP_WRITABLE), JS_PROP_DEFAULT);
  if (desc->has & JS_DESC_HAS_GET)
    js_define_value (J, obj, JS_KEY (J, get), desc->getter, JS_PROP_DEFAULT);
  if (desc->has & JS_DESC_HAS_SET)
    js_define_value (J, obj, JS_KEY (J, set), desc->setter, JS_PROP_DEFAULT);
  if (desc->has & JS_DESC_HAS_ENUMERABLE)
    js_define_value (J, obj, JS_KEY (J, enumerable), js_boolean (desc->flags & JS_PROP_ENUMERABLE), JS_PROP_DEFAULT);
  if (desc->has & JS_DESC_HAS_CONFIGURABLE)
    js_define_value (J, obj, JS_KEY (J, configurable), js_boolean (desc->flags & JS_PROP_CONFIGURABLE), JS_PROP_DEFAULT);
  return js_object_value (obj);
}

/* CompletePropertyDescriptor (6.2.6.6) */
static void
complete_descriptor (JsPropertyDescriptor *desc)
{
  if (!desc_is_accessor (desc))
    {
      if (!(desc->has & JS_DESC_HAS_VALUE))
        desc->value = JS_UNDEFINED;
      desc->has |= JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE;
    }
  else
    {
      if (!(desc->has & JS_DESC_HAS_GET))
        desc->getter = JS_UNDEFINED;
      if (!(desc->has & JS_DESC_HAS_SET))
        desc->setter = JS_UNDEFINED;
      desc->has |= JS_DESC_HAS_GET | JS_DESC_HAS_SET;
      desc->flags |= JS_PROP_ACCESSOR;
    }
  desc->has |= JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
}

/* IsCompatiblePropertyDescriptor (10.1.6.2): ValidateAndApplyPropertyDescriptor
 * with O undefined.  `current` NULL when the target has no such property. */
static gboolean
is_compatible_descriptor (gboolean extensible, const JsPropertyDescriptor *desc, const JsPropertyDescriptor *current)
{
  gboolean current_accessor;

  if (current == NULL)
    return extensible;
  if (desc->has == 0)
    return TRUE;
  if (current->flags & JS_PROP_CONFIGURABLE)
    return TRUE;
  current_accessor = (current->flags & JS_PROP_ACCESSOR) != 0;
  if ((desc->has & JS_DESC_HAS_CONFIGURABLE) && (desc->flags & JS_PROP_CONFIGURABLE))
    return FALSE;
  if ((desc->has & JS_DESC_HAS_ENUMERABLE) &&
      ((desc->flags & JS_PROP_ENUMERABLE) != 0) != ((current->flags & JS_PROP_ENUMERABLE) != 0))
    return FALSE;
  if ((desc_is_accessor (desc) || desc_is_data (desc)) && desc_is_accessor (desc) != current_accessor)
    return FALSE;
  if (current_accessor)
    {
      if ((desc->has & JS_DESC_HAS_GET) && !js_same_value (desc->getter, current->getter))
        return FALSE;
      if ((desc->has & JS_DESC_HAS_SET) && !js_same_value (desc->setter, current->setter))
        return FALSE;
    }
  else if (!(current->flags & JS_PROP_WRITABLE))
    {
      if ((desc->has & JS_DESC_HAS_WRITABLE) && (desc->flags & JS_PROP_WRITABLE))
        return FALSE;
      if ((desc->has & JS_DESC_HAS_VALUE) && !js_same_value (desc->value, current->value))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------------
 * The internal methods (10.5.1 – 10.5.13)
 * ------------------------------------------------------------------------ */

/* 10.5.1 [[GetPrototypeOf]] */
static JsObject *
proxy_get_prototype_of (JsState *J, JsObject *proxy)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "getPrototypeOf", &target);
  JsValue trap = get_trap (J, handler, "getPrototypeOf");
  JsValue arg = js_object_value (target);
  JsValue result;
  JsObject *proto;

  if (js_is_undefined (trap))
    return js_object_get_prototype_of (J, target);
  result = call_trap (J, trap, handler, 1, &arg);
  if (!js_is_object (result) && !js_is_null (result))
    js_throw_type_error (J, "'getPrototypeOf' on proxy: trap returned neither object nor null");
  proto = js_is_null (result) ? NULL : js_get_object (result);
  if (js_object_is_extensible (J, target))
    return proto;
  if (proto != js_object_get_prototype_of (J, target))
    js_throw_type_error (J, "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
  return proto;
}

/* 10.5.2 [[SetPrototypeOf]] */
static gboolean
proxy_set_prototype_of (JsState *J, JsObject *proxy, JsObject *proto)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "setPrototypeOf", &target);
  JsValue trap = get_trap (J, handler, "setPrototypeOf");
  JsValue args[2];

  if (js_is_undefined (trap))
    return js_object_set_prototype_of (J, target, proto);
  args[0] = js_object_value (target);
  args[1] = proto != NULL ? js_object_value (proto) : JS_NULL;
  if (!js_to_boolean (call_trap (J, trap, handler, 2, args)))
    return FALSE;
  if (js_object_is_extensible (J, target))
    return TRUE;
  if (proto != js_object_get_prototype_of (J, target))
    js_throw_type_error (J, "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
  return TRUE;
}

/* 10.5.3 [[IsExtensible]] */
static gboolean
proxy_is_extensible (JsState *J, JsObject *proxy)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "isExtensible", &target);
  JsValue trap = get_trap (J, handler, "isExtensible");
  JsValue arg = js_object_value (target);
  gboolean result, target_result;

  if (js_is_undefined (trap))
    return js_object_is_extensible (J, target);
  result = js_to_boolean (call_trap (J, trap, handler, 1, &arg));
  target_result = js_object_is_extensible (J, target);
  if (result != target_result)
    js_throw_type_error (J, "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '%s')",
                         target_result ? "true" : "false");
  return result;
}

/* 10.5.4 [[PreventExtensions]] */
static gboolean
proxy_prevent_extensions (JsState *J, JsObject *proxy)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "preventExtensions", &target);
  JsValue trap = get_trap (J, handler, "preventExtensions");
  JsValue arg = js_object_value (target);

  if (js_is_undefined (trap))
    return js_object_prevent_extensions (J, target);
  if (!js_to_boolean (call_trap (J, trap, handler, 1, &arg)))
    return FALSE;
  if (js_object_is_extensible (J, target))
    js_throw_type_error (J, "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
  return TRUE;
}

/* 10.5.5 [[GetOwnProperty]] */
static gboolean
proxy_get_own_property (JsState *J, JsObject *proxy, JsValue key, JsPropertyDescriptor *out)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "getOwnPropertyDescriptor", &target);
  JsValue trap = get_trap (J, handler, "getOwnPropertyDescriptor");
  JsValue args[2] = { js_object_value (target), key };
  JsValue result;
  JsPropertyDescriptor target_desc, desc;
  gboolean has_target, extensible;

  if (js_is_undefined (trap))
    return js_get_own_property (J, target, key, out);
  result = call_trap (J, trap, handler, 2, args);
  if (!js_is_object (result) && !js_is_undefined (result))
    throw_with_key (J, "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '%s'", key);
  has_target = js_get_own_property (J, target, key, &target_desc);
  if (js_is_undefined (result))
    {
      if (!has_target)
        return FALSE;
      if (!(target_desc.flags & JS_PROP_CONFIGURABLE))
        throw_with_key (J, "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '%s' which is non-configurable in the proxy target", key);
      if (!js_object_is_extensible (J, target))
        throw_with_key (J, "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '%s' which exists in the non-extensible proxy target", key);
      return FALSE;
    }
  extensible = js_object_is_extensible (J, target);
  js_to_property_descriptor (J, result, &desc);
  complete_descriptor (&desc);
  if (!is_compatible_descriptor (extensible, &desc, has_target ? &target_desc : NULL))
    throw_with_key (J, "'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '%s' that is incompatible with the existing property in the proxy target", key);
  if (!(desc.flags & JS_PROP_CONFIGURABLE))
    {
      if (!has_target || (target_desc.flags & JS_PROP_CONFIGURABLE))
        throw_with_key (J, "'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '%s' which is either non-existent or configurable in the proxy target", key);
      if ((desc.has & JS_DESC_HAS_WRITABLE) && !(desc.flags & JS_PROP_WRITABLE) &&
          (target_desc.flags & JS_PROP_WRITABLE))
        throw_with_key (J, "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '%s' which is non-configurable, non-writable in the proxy target", key);
    }
  if (out != NULL)
    *out = desc;
  return TRUE;
}

/* 10.5.6 [[DefineOwnProperty]] */
static gboolean
proxy_define_own_property (JsState *J, JsObject *proxy, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "defineProperty", &target);
  JsValue trap = get_trap (J, handler, "defineProperty");
  JsValue args[3];
  JsPropertyDescriptor target_desc;
  gboolean has_target, extensible, setting_config_false;

  if (js_is_undefined (trap))
    return js_define_own_property (J, target, key, desc, throw_on_fail);
  args[0] = js_object_value (target);
  args[1] = key;
  args[2] = from_partial_descriptor (J, desc);
  if (!js_to_boolean (call_trap (J, trap, handler, 3, args)))
    {
      if (throw_on_fail)
        throw_with_key (J, "'defineProperty' on proxy: trap returned falsish for property '%s'", key);
      return FALSE;
    }
  has_target = js_get_own_property (J, target, key, &target_desc);
  extensible = js_object_is_extensible (J, target);
  setting_config_false = (desc->has & JS_DESC_HAS_CONFIGURABLE) && !(desc->flags & JS_PROP_CONFIGURABLE);
  if (!has_target)
    {
      if (!extensible)
        throw_with_key (J, "'defineProperty' on proxy: trap returned truish for adding property '%s'  to the non-extensible proxy target", key);
      if (setting_config_false)
        throw_with_key (J, "'defineProperty' on proxy: trap returned truish for defining non-configurable property '%s' which is either non-existent or configurable in the proxy target", key);
      return TRUE;
    }
  if (!is_compatible_descriptor (extensible, desc, &target_desc))
    throw_with_key (J, "'defineProperty' on proxy: trap returned truish for adding property '%s'  that is incompatible with the existing property in the proxy target", key);
  if (setting_config_false && (target_desc.flags & JS_PROP_CONFIGURABLE))
    throw_with_key (J, "'defineProperty' on proxy: trap returned truish for defining non-configurable property '%s' which is either non-existent or configurable in the proxy target", key);
  if (!(target_desc.flags & JS_PROP_ACCESSOR) && !(target_desc.flags & JS_PROP_CONFIGURABLE) &&
      (target_desc.flags & JS_PROP_WRITABLE) &&
      (desc->has & JS_DESC_HAS_WRITABLE) && !(desc->flags & JS_PROP_WRITABLE))
    throw_with_key (J, "'defineProperty' on proxy: trap returned truish for defining non-configurable property '%s' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.", key);
  return TRUE;
}

/* 10.5.7 [[HasProperty]] */
static gboolean
proxy_has_property (JsState *J, JsObject *proxy, JsValue key)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "has", &target);
  JsValue trap = get_trap (J, handler, "has");
  JsValue args[2] = { js_object_value (target), key };
  JsPropertyDescriptor target_desc;

  if (js_is_undefined (trap))
    return js_has_property (J, target, key);
  if (js_to_boolean (call_trap (J, trap, handler, 2, args)))
    return TRUE;
  if (js_get_own_property (J, target, key, &target_desc))
    {
      if (!(target_desc.flags & JS_PROP_CONFIGURABLE))
        throw_with_key (J, "'has' on proxy: trap returned falsish for property '%s' which exists in the proxy target as non-configurable", key);
      if (!js_object_is_extensible (J, target))
        throw_with_key (J, "'has' on proxy: trap returned falsish for property '%s' but the proxy target is not extensible", key);
    }
  return FALSE;
}

/* 10.5.8 [[Get]] */
static JsValue
proxy_get (JsState *J, JsObject *proxy, JsValue key, JsValue receiver)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "get", &target);
  JsValue trap = get_trap (J, handler, "get");
  JsValue args[3] = { js_object_value (target), key, receiver };
  JsValue result;
  JsPropertyDescriptor target_desc;

  if (js_is_undefined (trap))
    return js_object_get (J, target, key, receiver);
  result = call_trap (J, trap, handler, 3, args);
  if (js_get_own_property (J, target, key, &target_desc) && !(target_desc.flags & JS_PROP_CONFIGURABLE))
    {
      if (!(target_desc.flags & JS_PROP_ACCESSOR) && !(target_desc.flags & JS_PROP_WRITABLE) &&
          !js_same_value (result, target_desc.value))
        {
          char *name = key_text (J, key);
          char *expected = js_value_describe_for_message (J, target_desc.value);
          char *got = js_value_describe_for_message (J, result);
          JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR,
                                               "'get' on proxy: property '%s' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '%s' but got '%s')",
                                               name, expected, got);
          g_free (name);
          g_free (expected);
          g_free (got);
          js_throw (J, js_object_value (error));
        }
      if ((target_desc.flags & JS_PROP_ACCESSOR) && js_is_undefined (target_desc.getter) && !js_is_undefined (result))
        {
          char *name = key_text (J, key);
          char *got = js_value_describe_for_message (J, result);
          JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR,
                                               "'get' on proxy: property '%s' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '%s')",
                                               name, got);
          g_free (name);
          g_free (got);
          js_throw (J, js_object_value (error));
        }
    }
  return result;
}

/* 10.5.9 [[Set]] */
static gboolean
proxy_set (JsState *J, JsObject *proxy, JsValue key, JsValue value, JsValue receiver)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "set", &target);
  JsValue trap = get_trap (J, handler, "set");
  JsValue args[4] = { js_object_value (target), key, value, receiver };
  JsPropertyDescriptor target_desc;

  if (js_is_undefined (trap))
    return js_object_set (J, target, key, value, receiver);
  if (!js_to_boolean (call_trap (J, trap, handler, 4, args)))
    return FALSE;
  if (js_get_own_property (J, target, key, &target_desc) && !(target_desc.flags & JS_PROP_CONFIGURABLE))
    {
      if (!(target_desc.flags & JS_PROP_ACCESSOR) && !(target_desc.flags & JS_PROP_WRITABLE) &&
          !js_same_value (value, target_desc.value))
        throw_with_key (J, "'set' on proxy: trap returned truish for property '%s' which exists in the proxy target as a non-configurable and non-writable data property with a different value", key);
      if ((target_desc.flags & JS_PROP_ACCESSOR) && js_is_undefined (target_desc.setter))
        throw_with_key (J, "'set' on proxy: trap returned truish for property '%s' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter", key);
    }
  return TRUE;
}

/* 10.5.10 [[Delete]] */
static gboolean
proxy_delete (JsState *J, JsObject *proxy, JsValue key)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "deleteProperty", &target);
  JsValue trap = get_trap (J, handler, "deleteProperty");
  JsValue args[2] = { js_object_value (target), key };
  JsPropertyDescriptor target_desc;

  if (js_is_undefined (trap))
    return js_delete_property (J, target, key);
  if (!js_to_boolean (call_trap (J, trap, handler, 2, args)))
    return FALSE;
  if (!js_get_own_property (J, target, key, &target_desc))
    return TRUE;
  if (!(target_desc.flags & JS_PROP_CONFIGURABLE))
    throw_with_key (J, "'deleteProperty' on proxy: trap returned truish for property '%s' which is non-configurable in the proxy target", key);
  if (!js_object_is_extensible (J, target))
    throw_with_key (J, "'deleteProperty' on proxy: trap returned truish for property '%s' but the proxy target is non-extensible", key);
  return TRUE;
}

/* Removes `key` from `list` (an array of distinct keys); FALSE when absent. */
static gboolean
remove_key (JsObject *list, guint32 *n, JsValue key)
{
  JsValue *items = list->u.array.elements;

  for (guint32 i = 0; i < *n; i++)
    if (js_value_identical (items[i], key))
      {
        items[i] = items[--*n];
        return TRUE;
      }
  return FALSE;
}

/* 10.5.11 [[OwnPropertyKeys]]: the trap's list, checked; then the kinds
 * (and enumerability) `flags` asks for, in the trap's order. */
static JsValue *
proxy_own_property_keys (JsState *J, JsObject *proxy, guint flags, guint32 *n_keys)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "ownKeys", &target);
  JsValue trap = get_trap (J, handler, "ownKeys");
  JsValue arg = js_object_value (target);
  JsValue result;
  JsObject *keys, *seen, *unchecked, *selected;
  JsObject *target_keys;
  guint32 n, n_unchecked, n_target;
  gboolean extensible;
  JsValue *out;

  if (js_is_undefined (trap))
    {
      JsValue *all = js_own_property_keys (J, target, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, &n);
      keys = js_array_from_values (J, all, n);
      g_free (all);
    }
  else
    {
      /* Steps 7–9: CreateListFromArrayLike(trapResult, « String, Symbol »)
       * without duplicates. */
      result = call_trap (J, trap, handler, 1, &arg);
      keys = js_create_list_from_array_like (J, result);
      n = js_array_length (keys);
      seen = js_set_new (J);
      for (guint32 i = 0; i < n; i++)
        {
          JsValue key = keys->u.array.elements[i];
          if (!js_is_string (key) && !js_is_symbol (key))
            js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a valid property name", key, JS_DESCRIBE_PLAIN);
          key = js_to_property_key (J, key);
          keys->u.array.elements[i] = key;
          if (!js_is_empty (js_map_lookup (J, seen, key)))
            js_throw_type_error (J, "'ownKeys' on proxy: trap returned duplicate entries");
          js_map_insert (J, seen, key, key);
        }

      /* Steps 10–23: the invariants against the target's own keys. */
      extensible = js_object_is_extensible (J, target);
      {
        JsValue *all = js_own_property_keys (J, target, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, &n_target);
        target_keys = js_array_from_values (J, all, n_target);
        g_free (all);
      }
      unchecked = js_array_from_values (J, keys->u.array.elements, n);
      n_unchecked = n;
      /* Non-configurable keys first (steps 18–19), then, for a
       * non-extensible target, the configurable ones (21). */
      for (int pass = 0; pass < 2; pass++)
        {
          if (pass == 1 && extensible)
            break;
          for (guint32 i = 0; i < n_target; i++)
            {
              JsValue key = target_keys->u.array.elements[i];
              JsPropertyDescriptor desc;
              gboolean configurable = !js_get_own_property (J, target, key, &desc) ||
                                      (desc.flags & JS_PROP_CONFIGURABLE);
              if (configurable != (pass == 1))
                continue;
              if (!remove_key (unchecked, &n_unchecked, key))
                throw_with_key (J, "'ownKeys' on proxy: trap result did not include '%s'", key);
            }
        }
      if (!extensible && n_unchecked > 0)
        js_throw_type_error (J, "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
    }

  /* What the caller asked for, filtered through this proxy's own
   * [[GetOwnProperty]] when only enumerable keys are wanted. */
  n = js_array_length (keys);
  selected = js_array_new (J, n);
  for (guint32 i = 0; i < n; i++)
    {
      JsValue key = keys->u.array.elements[i];
      JsPropertyDescriptor desc;
      if (js_is_symbol (key) ? !(flags & JS_KEYS_SYMBOLS) : !(flags & JS_KEYS_STRINGS))
        continue;
      if ((flags & JS_KEYS_ENUMERABLE_ONLY) &&
          (!proxy_get_own_property (J, proxy, key, &desc) || !(desc.flags & JS_PROP_ENUMERABLE)))
        continue;
      js_array_push (J, selected, key);
    }
  *n_keys = js_array_length (selected);
  out = g_new (JsValue, *n_keys + 1);
  if (*n_keys > 0)
    memcpy (out, selected->u.array.elements, *n_keys * sizeof (JsValue));
  return out;
}

/* 10.5.12 [[Call]] */
static JsValue
proxy_call (JsState *J, JsObject *proxy, JsValue this_value, int argc, const JsValue *argv)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "apply", &target);
  JsValue trap = get_trap (J, handler, "apply");
  JsValue args[3];

  if (js_is_undefined (trap))
    return js_call (J, js_object_value (target), this_value, argc, argv);
  args[0] = js_object_value (target);
  args[1] = this_value;
  args[2] = js_object_value (js_array_from_values (J, argv, (guint32) argc));
  return call_trap (J, trap, handler, 3, args);
}

/* 10.5.13 [[Construct]] */
static JsValue
proxy_construct (JsState *J, JsObject *proxy, int argc, const JsValue *argv, JsValue new_target)
{
  JsObject *target;
  JsObject *handler = proxy_handler (J, proxy, "construct", &target);
  JsValue trap = get_trap (J, handler, "construct");
  JsValue args[3];
  JsValue result;

  if (js_is_undefined (trap))
    return js_construct (J, js_object_value (target), argc, argv, new_target);
  args[0] = js_object_value (target);
  args[1] = js_object_value (js_array_from_values (J, argv, (guint32) argc));
  args[2] = new_target;
  result = call_trap (J, trap, handler, 3, args);
  if (!js_is_object (result))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "'construct' on proxy: trap returned non-object ('%s')", result,
                               JS_DESCRIBE_PLAIN);
  return result;
}

static const JsExoticMethods proxy_methods = {
  .get_prototype_of = proxy_get_prototype_of,
  .set_prototype_of = proxy_set_prototype_of,
  .is_extensible = proxy_is_extensible,
  .prevent_extensions = proxy_prevent_extensions,
  .get_own_property = proxy_get_own_property,
  .define_own_property = proxy_define_own_property,
  .has_property = proxy_has_property,
  .get = proxy_get,
  .set = proxy_set,
  .delete_property = proxy_delete,
  .own_property_keys = proxy_own_property_keys,
  .call = proxy_call,
  .construct = proxy_construct,
};

/* ------------------------------------------------------------------------
 * Creation (10.5.14) and the Proxy constructor (28.2)
 * ------------------------------------------------------------------------ */

/* ProxyCreate (10.5.14) */
static JsObject *
proxy_create (JsState *J, JsValue target, JsValue handler)
{
  JsObject *proxy;

  if (!js_is_object (target) || !js_is_object (handler))
    js_throw_type_error (J, "Cannot create proxy with a non-object as target or handler");
  proxy = js_object_new_class (J, JS_CLASS_PROXY, NULL);
  /* Step 7: callable and constructible as the target is, for good. */
  proxy->flags |= js_get_object (target)->flags & (JS_OBJECT_CALLABLE | JS_OBJECT_CONSTRUCTOR);
  proxy->u.proxy.target = target;
  proxy->u.proxy.handler = handler;
  return proxy;
}

NATIVE (proxy_constructor)
{
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor Proxy requires 'new'");
  return js_object_value (proxy_create (J, ARG (0), ARG (1)));
}

/* A revoke function: captures[0] is the proxy, null once used. */
NATIVE (proxy_revoke)
{
  JsValue *captures = js_native_captures (callee);

  if (js_is_object (captures[0]))
    {
      JsObject *proxy = js_get_object (captures[0]);
      captures[0] = JS_NULL;
      proxy->u.proxy.target = JS_NULL;
      proxy->u.proxy.handler = JS_NULL;
    }
  return JS_UNDEFINED;
}

NATIVE (proxy_revocable)
{
  JsObject *proxy = proxy_create (J, ARG (0), ARG (1));
  JsObject *revoke = js_native_function_new (J, "", 0, proxy_revoke, 1);
  JsObject *result = js_plain_object_new (J);

  js_native_captures (revoke)[0] = js_object_value (proxy);
  js_define_value_utf8 (J, result, "proxy", js_object_value (proxy), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, result, "revoke", js_object_value (revoke), JS_PROP_DEFAULT);
  return js_object_value (result);
}

/* IsArray (7.2.2) */
gboolean
js_is_array_value (JsState *J, JsValue v)
{
  while (js_is_proxy (v))
    {
      JsObject *proxy = js_get_object (v);
      if (!js_is_object (proxy->u.proxy.handler))
        js_throw_type_error (J, "Cannot perform 'IsArray' on a proxy that has been revoked");
      v = proxy->u.proxy.target;
    }
  return js_is_array (v);
}

void
js_builtin_proxy_init (JsState *J)
{
  JsObject *ctor = js_native_function_new (J, "Proxy", 2, proxy_constructor, 0);

  js_object_register_exotic (J, JS_CLASS_PROXY, &proxy_methods);
  /* A constructor without a "prototype" property (28.2.1). */
  ctor->flags |= JS_OBJECT_CONSTRUCTOR;
  js_define_method (J, ctor, "revocable", proxy_revocable, 2);
  js_define_value_utf8 (J, J->global, "Proxy", js_object_value (ctor), JS_PROP_HIDDEN);
}
