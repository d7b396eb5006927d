/* js-node-util.c: the parts of require('util') (lib/util.js) beyond
 * inspect, format, promisify and the type checks that js-host-node.c
 * defines: formatWithOptions, deprecate, the legacy isX predicates,
 * stripVTControlCharacters, toUSVString, debuglog, getSystemErrorName, the
 * TextEncoder / TextDecoder re-exports.
 */
#include "js-internal.h"

#include <string.h>

/* formatWithOptions(inspectOptions, ...args) */
static JsValue
util_format_with_options (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  JsValue options = js_arg (argc, argv, 0);
  JsInspectOptions inspect_options;
  GString *out = g_string_new (NULL);
  JsValue result;

  if (!js_is_object (options) || js_is_callable (options))
    js_node_throw_invalid_arg_type (J, "inspectOptions", "of type object", options);
  js_inspect_options_init (&inspect_options);
  js_inspect_options_from_value (J, options, &inspect_options);
  js_format_with_options (J, &inspect_options, argc > 0 ? argc - 1 : 0, argv + 1, out);
  result = js_string_value (js_string_new_utf8 (J, out->str, (gssize) out->len));
  g_string_free (out, TRUE);
  return result;
}

/* The function deprecate() returns: captures « fn, message, code, warned,
 * codes warned » — a code warns once, whichever function has it. */
static JsValue
deprecated (JsState *J, JsValue this_value, int argc, const JsValue *argv,
            JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);

  gboolean code_warned = !js_is_undefined (captures[2]) &&
                         !js_is_empty (js_map_lookup (J, js_get_object (captures[4]), captures[2]));

  if (!js_to_boolean (captures[3]) && !code_warned)
    {
      JsValue args[3] = { captures[1], js_string_value_utf8 (J, "DeprecationWarning"), captures[2] };
      if (js_is_undefined (captures[2]))
        captures[3] = JS_TRUE;
      else
        js_map_insert (J, js_get_object (captures[4]), captures[2], captures[2]);
      js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "process"), js_key_from_utf8 (J, "emitWarning"),
                 3, args);
    }
  if (!js_is_undefined (new_target))
    return js_construct (J, captures[0], argc, argv, js_strict_equals (new_target, js_object_value (callee)) ? captures[0] : new_target);
  return js_call (J, captures[0], this_value, argc, argv);
}

/* deprecate(fn, msg, code): fn wrapped to emit a DeprecationWarning at its
 * first call. */
static JsValue
util_deprecate (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  JsValue fn = js_arg (argc, argv, 0), code = js_arg (argc, argv, 2), proto;
  JsObject *wrapper;

  if (!js_is_undefined (code) && !js_is_string (code))
    js_node_throw_invalid_arg_type (J, "code", "of type string", code);
  if (!js_is_callable (fn))
    js_node_throw_invalid_arg_type (J, "fn", "of type function", fn);
  wrapper = js_native_function_new (J, "deprecated", 0, deprecated, 5);
  if (js_is_constructor (fn))
    wrapper->flags |= JS_OBJECT_CONSTRUCTOR;
  js_native_captures (wrapper)[0] = fn;
  js_native_captures (wrapper)[1] = js_arg (argc, argv, 1);
  js_native_captures (wrapper)[2] = code;
  js_native_captures (wrapper)[3] = JS_FALSE;
  js_native_captures (wrapper)[4] = js_native_captures (callee)[0];
  js_object_set_prototype_of (J, wrapper, js_get_object (fn));
  proto = js_get (J, fn, JS_KEY (J, prototype));
  if (!js_is_undefined (proto))
    js_define_value (J, wrapper, JS_KEY (J, prototype), proto, JS_PROP_WRITABLE);
  return js_object_value (wrapper);
}

/* The legacy predicates, util.isBoolean … util.isPrimitive. */
typedef enum {
  IS_BOOLEAN, IS_BUFFER, IS_DATE, IS_ERROR, IS_FUNCTION, IS_NULL, IS_NULL_OR_UNDEFINED, IS_NUMBER,
  IS_OBJECT, IS_PRIMITIVE, IS_REGEXP, IS_STRING, IS_SYMBOL, IS_UNDEFINED
} LegacyCheck;

static const struct { const char *name; LegacyCheck check; } legacy_checks[] = {
  { "isBoolean", IS_BOOLEAN }, { "isBuffer", IS_BUFFER }, { "isDate", IS_DATE }, { "isError", IS_ERROR },
  { "isFunction", IS_FUNCTION }, { "isNull", IS_NULL }, { "isNullOrUndefined", IS_NULL_OR_UNDEFINED },
  { "isNumber", IS_NUMBER }, { "isObject", IS_OBJECT }, { "isPrimitive", IS_PRIMITIVE },
  { "isRegExp", IS_REGEXP }, { "isString", IS_STRING }, { "isSymbol", IS_SYMBOL }, { "isUndefined", IS_UNDEFINED },
};

static gboolean
has_class (JsValue v, JsClassId id)
{
  return js_is_object (v) && js_get_object (v)->class_id == id;
}

static JsValue
util_legacy_check (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsValue v = js_arg (argc, argv, 0);

  switch ((LegacyCheck) js_get_number (js_native_captures (callee)[0]))
    {
    case IS_BOOLEAN: return js_boolean (js_is_boolean (v));
    case IS_BUFFER:
      return js_boolean (js_is_object (v) &&
                         js_instance_of (J, v, js_get_utf8 (J, js_object_value (J->global), "Buffer")));
    case IS_DATE: return js_boolean (has_class (v, JS_CLASS_DATE));
    case IS_ERROR:
      return js_boolean (has_class (v, JS_CLASS_ERROR) ||
                         (js_is_object (v) && js_instance_of (J, v, js_object_value (JS_INTRINSIC (J, Error)))));
    case IS_FUNCTION: return js_boolean (js_is_callable (v));
    case IS_NULL: return js_boolean (js_is_null (v));
    case IS_NULL_OR_UNDEFINED: return js_boolean (js_is_nullish (v));
    case IS_NUMBER: return js_boolean (js_is_number (v));
    case IS_OBJECT: return js_boolean (js_is_object (v) && !js_is_callable (v));
    case IS_PRIMITIVE: return js_boolean (!js_is_object (v));
    case IS_REGEXP: return js_boolean (has_class (v, JS_CLASS_REGEXP));
    case IS_STRING: return js_boolean (js_is_string (v));
    case IS_SYMBOL: return js_boolean (js_is_symbol (v));
    case IS_UNDEFINED: return js_boolean (js_is_undefined (v));
    }
  return JS_FALSE;
}

/* stripVTControlCharacters(str): the ANSI escape sequences removed (the
 * CSI and OSC forms that ansi-regex matches). */
static JsValue
util_strip_vt_control_characters (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                  JsValue new_target, JsObject *callee)
{
  JsValue str = js_arg (argc, argv, 0);
  char *text;
  GString *out;
  JsValue result;

  if (!js_is_string (str))
    js_node_throw_invalid_arg_type (J, "str", "of type string", str);
  text = js_string_to_utf8 (js_get_string (str));
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0';)
    {
      const char *start = p;
      gunichar c = g_utf8_get_char (p);
      if (c == 0x1b || c == 0x9b)
        {
          p = g_utf8_next_char (p);
          if (c == 0x1b && *p == ']')
            {
              /* OSC: up to BEL or ESC \ */
              p++;
              while (*p != '\0' && *p != '\a' && !(p[0] == 0x1b && p[1] == '\\'))
                p++;
              p += *p == '\a' ? 1 : (*p == 0x1b ? 2 : 0);
              continue;
            }
          if (c == 0x9b || *p == '[')
            {
              /* CSI: parameters, then a final byte in @ … ~ */
              p += c == 0x1b;
              while (*p != '\0' && (g_ascii_isdigit (*p) || *p == ';' || *p == '?' || *p == ':'))
                p++;
              if (*p >= 0x40 && *p <= 0x7e)
                {
                  p++;
                  continue;
                }
            }
          else if (*p != '\0' && strchr ("()#", *p) != NULL && p[1] != '\0')
            {
              p += 2;
              continue;
            }
          g_string_append_len (out, start, p - start);
          continue;
        }
      p = g_utf8_next_char (p);
      g_string_append_len (out, start, p - start);
    }
  result = js_string_value_utf8 (J, out->str);
  g_string_free (out, TRUE);
  g_free (text);
  return result;
}

/* toUSVString(string): lone surrogates become U+FFFD. */
static JsValue
util_to_usv_string (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsValue fn = js_get_utf8 (J, js_object_value (JS_INTRINSIC (J, StringPrototype)), "toWellFormed");
  JsValue s = js_string_value (js_to_string (J, js_arg (argc, argv, 0)));

  return js_call (J, fn, s, 0, NULL);
}

static JsValue
debuglog_noop (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  return JS_UNDEFINED;
}

/* debuglog(section): NODE_DEBUG is never set here, so a logger that is
 * disabled and prints nothing. */
static JsValue
util_debuglog (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsObject *logger = js_native_function_new (J, "debug", 0, debuglog_noop, 0);

  js_define_value_utf8 (J, logger, "enabled", JS_FALSE, JS_PROP_DEFAULT);
  return js_object_value (logger);
}

/* getSystemErrorName(err): the libuv names of the common errno values. */
static JsValue
util_get_system_error_name (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                            JsValue new_target, JsObject *callee)
{
  static const struct { int code; const char *name; } names[] = {
    { -1, "EPERM" }, { -2, "ENOENT" }, { -3, "ESRCH" }, { -4, "EINTR" }, { -5, "EIO" }, { -9, "EBADF" },
    { -11, "EAGAIN" }, { -12, "ENOMEM" }, { -13, "EACCES" }, { -16, "EBUSY" }, { -17, "EEXIST" },
    { -20, "ENOTDIR" }, { -21, "EISDIR" }, { -22, "EINVAL" }, { -24, "EMFILE" }, { -28, "ENOSPC" },
    { -32, "EPIPE" }, { -39, "ENOTEMPTY" }, { -98, "EADDRINUSE" }, { -104, "ECONNRESET" },
    { -110, "ETIMEDOUT" }, { -111, "ECONNREFUSED" },
  };
  JsValue err = js_arg (argc, argv, 0);
  double code;

  if (!js_is_number (err))
    js_node_throw_invalid_arg_type (J, "err", "of type number", err);
  code = js_get_number (err);
  if (code >= 0 || code != (double) (int) code)
    {
      char *received = js_node_describe_received (J, err);
      char *message = g_strdup_printf ("The value of \"err\" is out of range. It must be a negative integer. "
                                       "Received %s", received + strlen ("type number ("));
      JsObject *error;
      message[strlen (message) - 1] = '\0';
      error = js_node_error_new (J, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", message);
      g_free (received);
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (names[i].code == (int) code)
      return js_string_value_utf8 (J, names[i].name);
  {
    char *unknown = g_strdup_printf ("Unknown system error %d", (int) code);
    JsValue result = js_string_value_utf8 (J, unknown);
    g_free (unknown);
    return result;
  }
}

void
js_node_util_define_extras (JsState *J, JsObject *util)
{
  JsValue global = js_object_value (J->global);
  JsObject *inspect = js_get_object (js_get_utf8 (J, js_object_value (util), "inspect"));
  JsObject *defaults = js_plain_object_new (J);
  JsInspectOptions options;

  js_define_method (J, util, "formatWithOptions", util_format_with_options, 1);
  {
    JsObject *deprecate = js_native_function_new (J, "deprecate", 3, util_deprecate, 1);
    js_native_captures (deprecate)[0] = js_object_value (js_set_new (J));
    js_define_value_utf8 (J, util, "deprecate", js_object_value (deprecate), JS_PROP_DEFAULT);
  }
  js_define_method (J, util, "debuglog", util_debuglog, 2);
  js_define_value_utf8 (J, util, "debug", js_get_utf8 (J, js_object_value (util), "debuglog"), JS_PROP_DEFAULT);
  js_define_method (J, util, "stripVTControlCharacters", util_strip_vt_control_characters, 1);
  js_define_method (J, util, "toUSVString", util_to_usv_string, 1);
  js_define_method (J, util, "getSystemErrorName", util_get_system_error_name, 1);
  js_define_value_utf8 (J, util, "TextEncoder", js_get_utf8 (J, global, "TextEncoder"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, util, "TextDecoder", js_get_utf8 (J, global, "TextDecoder"), JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (legacy_checks); i++)
    {
      JsObject *check = js_native_function_new (J, legacy_checks[i].name, 1, util_legacy_check, 1);
      js_native_captures (check)[0] = js_number (legacy_checks[i].check);
      js_define_value_utf8 (J, util, legacy_checks[i].name, js_object_value (check), JS_PROP_DEFAULT);
    }
  /* inspect.defaultOptions shows the defaults; console.log does not read
   * changes made to it. */
  js_inspect_options_init (&options);
  js_define_value_utf8 (J, defaults, "showHidden", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "depth", js_number (options.depth), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "colors", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "customInspect", JS_TRUE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "showProxy", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "maxArrayLength", js_number (options.max_array_length), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "maxStringLength", js_number (options.max_string_length), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "breakLength", js_number (options.break_length), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "compact", js_number (options.compact), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "sorted", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "getters", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, defaults, "numericSeparator", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, inspect, "defaultOptions", js_object_value (defaults), JS_PROP_DEFAULT);
}
