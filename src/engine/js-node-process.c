/* js-node-process.c: the parts of `process` beyond the event loop's that
 * js-host-node.c defines: process.env (values become strings), emitWarning
 * with its 'warning' event, argv0, the user and group ids, umask,
 * cpuUsage, resourceUsage, kill, stdin, config and features.
 *
 * The ids describe the same virtual user as require('os').userInfo().
 */
#include "js-internal.h"

#include <math.h>
#include <string.h>

#define VIRTUAL_UID 1000

static JsValue
process_value (JsState *J)
{
  return js_get_utf8 (J, js_object_value (J->global), "process");
}

/* ------------------------------------------------------------------------
 * process.env: a proxy whose set trap stores String(value), as Node's
 * environment object does.
 * ------------------------------------------------------------------------ */

static JsValue
env_set (JsState *J, JsValue this_value, int argc, const JsValue *argv,
         JsValue new_target, JsObject *callee)
{
  JsValue target = js_arg (argc, argv, 0), key = js_arg (argc, argv, 1), value = js_arg (argc, argv, 2);

  if (js_is_symbol (key))
    js_throw_type_error (J, "Cannot convert a Symbol value to a string");
  js_define_value (J, js_get_object (target), key, js_string_value (js_to_string (J, value)), JS_PROP_DEFAULT);
  return JS_TRUE;
}

static JsValue
env_define_property (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue target = js_arg (argc, argv, 0), key = js_arg (argc, argv, 1), desc = js_arg (argc, argv, 2);
  JsValue value;

  if (!js_is_object (desc) || js_has_property (J, js_get_object (desc), js_key_from_utf8 (J, "get")) ||
      js_has_property (J, js_get_object (desc), js_key_from_utf8 (J, "set")))
    {
      JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_OBJECT_DEFINE_PROPERTY",
                                           "'process.env' does not accept an accessor(getter/setter) descriptor");
      js_throw (J, js_object_value (error));
    }
  value = js_get (J, desc, js_key_from_utf8 (J, "value"));
  js_define_value (J, js_get_object (target), key, js_string_value (js_to_string (J, value)), JS_PROP_DEFAULT);
  return JS_TRUE;
}

static JsValue
env_new (JsState *J)
{
  JsObject *handler = js_plain_object_new (J);
  JsValue args[2];

  js_define_method (J, handler, "set", env_set, 4);
  js_define_method (J, handler, "defineProperty", env_define_property, 3);
  args[0] = js_object_value (js_plain_object_new (J));
  args[1] = js_object_value (handler);
  return js_construct (J, js_get_utf8 (J, js_object_value (J->global), "Proxy"), 2, args, JS_UNDEFINED);
}

/* ------------------------------------------------------------------------
 * emitWarning (lib/internal/process/warning.js)
 * ------------------------------------------------------------------------ */

/* onWarning(warning), the default listener: writes it to stderr, the hint
 * about --trace-warnings the first time only (captures[0]). */
static void
write_warning (JsState *J, JsObject *callee, JsValue warning)
{
  JsValue *captures = js_native_captures (callee);
  GString *out;
  JsValue code, detail, name, text;
  gboolean deprecation;

  if (!js_is_object (warning) || !js_instance_of (J, warning, js_object_value (JS_INTRINSIC (J, Error))))
    return;
  out = g_string_new ("(node:4242) ");
  code = js_get_utf8 (J, warning, "code");
  if (js_to_boolean (code))
    {
      g_string_append_c (out, '[');
      js_string_append_to (out, js_to_string (J, code));
      g_string_append (out, "] ");
    }
  text = js_invoke (J, warning, JS_KEY (J, toString), 0, NULL);
  js_string_append_to (out, js_to_string (J, text));
  detail = js_get_utf8 (J, warning, "detail");
  if (js_is_string (detail))
    {
      g_string_append_c (out, '\n');
      js_string_append_to (out, js_get_string (detail));
    }
  name = js_get (J, warning, JS_KEY (J, name));
  deprecation = js_is_string (name) && js_string_equal_ascii (js_get_string (name), "DeprecationWarning");
  if (!js_to_boolean (captures[0]))
    {
      captures[0] = JS_TRUE;
      g_string_append_printf (out, "\n(Use `node %s ...` to show where the warning was created)",
                              deprecation ? "--trace-deprecation" : "--trace-warnings");
    }
  g_string_append_c (out, '\n');
  js_write_output (J, JS_STREAM_STDERR, out->str, out->len);
  if (J->trace != NULL)
    js_trace_console (J, JS_STREAM_STDERR, out->str, out->len);
  g_string_free (out, TRUE);
}

/* doEmitWarning(warning), from a tick: the default listener, then the
 * script's 'warning' listeners.  captures[0] is emitWarning. */
static JsValue
do_emit_warning (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  JsValue process = process_value (J);
  JsValue args[2] = { js_string_value_utf8 (J, "warning"), js_arg (argc, argv, 0) };

  write_warning (J, js_get_object (js_native_captures (callee)[0]), args[1]);
  js_invoke (J, process, js_key_from_utf8 (J, "emit"), 2, args);
  return JS_UNDEFINED;
}

/* emitWarning(warning[, type[, code]][, ctor]) or (warning, options).
 * captures: [0] whether the --trace-warnings hint was shown, [1] doEmitWarning. */
static JsValue
process_emit_warning (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsValue warning = js_arg (argc, argv, 0), type = js_arg (argc, argv, 1), code = js_arg (argc, argv, 2);
  JsValue detail = JS_UNDEFINED, process = process_value (J), tick_args[2];

  if (js_is_object (type) && !js_is_callable (type) && !js_is_array (type))
    {
      JsValue options = type;
      JsValue d = js_get_utf8 (J, options, "detail");
      code = js_get_utf8 (J, options, "code");
      if (js_is_string (d))
        detail = d;
      type = js_get_utf8 (J, options, "type");
      if (!js_to_boolean (type))
        type = js_string_value_utf8 (J, "Warning");
    }
  else if (js_is_callable (type))
    {
      type = js_string_value_utf8 (J, "Warning");
      code = JS_UNDEFINED;
    }
  if (!js_is_undefined (type) && !js_is_string (type))
    js_node_throw_invalid_arg_type (J, "type", "of type string", type);
  if (js_is_callable (code))
    code = JS_UNDEFINED;
  else if (!js_is_undefined (code) && !js_is_string (code))
    js_node_throw_invalid_arg_type (J, "code", "of type string", code);
  if (js_is_string (warning))
    {
      /* createWarningObject(warning, type, code, ctor, detail) */
      JsObject *error = js_error_new (J, JS_ERROR, js_get_string (warning));
      js_define_value (J, error, JS_KEY (J, name),
                       js_to_boolean (type) ? js_string_value (js_to_string (J, type)) : js_string_value_utf8 (J, "Warning"),
                       JS_PROP_DEFAULT);
      if (!js_is_undefined (code))
        js_define_value_utf8 (J, error, "code", code, JS_PROP_DEFAULT);
      if (!js_is_undefined (detail))
        js_define_value_utf8 (J, error, "detail", detail, JS_PROP_DEFAULT);
      warning = js_object_value (error);
    }
  else if (!js_is_object (warning) || !js_instance_of (J, warning, js_object_value (JS_INTRINSIC (J, Error))))
    js_node_throw_invalid_arg_type (J, "warning", "of type string or an instance of Error", warning);
  tick_args[0] = js_native_captures (callee)[1];
  tick_args[1] = warning;
  js_invoke (J, process, js_key_from_utf8 (J, "nextTick"), 2, tick_args);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * The rest
 * ------------------------------------------------------------------------ */

/* cpuUsage([previous]): microseconds of virtual CPU time, all of it user time. */
static JsValue
process_cpu_usage (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsValue previous = js_arg (argc, argv, 0);
  JsObject *usage = js_plain_object_new (J);
  double user = floor (js_virtual_now_ms (J) * 1000.0), system = 0;

  if (!js_is_undefined (previous))
    {
      if (!js_is_object (previous))
        js_node_throw_invalid_arg_type (J, "prevValue", "of type object", previous);
      user -= js_to_number (J, js_get_utf8 (J, previous, "user"));
      system -= js_to_number (J, js_get_utf8 (J, previous, "system"));
    }
  js_define_value_utf8 (J, usage, "user", js_number (user), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, usage, "system", js_number (system), JS_PROP_DEFAULT);
  return js_object_value (usage);
}

static JsValue
process_resource_usage (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  static const char *const fields[] = {
    "userCPUTime", "systemCPUTime", "maxRSS", "sharedMemorySize", "unsharedDataSize", "unsharedStackSize",
    "minorPageFault", "majorPageFault", "swappedOut", "fsRead", "fsWrite", "ipcSent", "ipcReceived",
    "signalsCount", "voluntaryContextSwitches", "involuntaryContextSwitches",
  };
  JsObject *usage = js_plain_object_new (J);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      double value = i == 0 ? floor (js_virtual_now_ms (J) * 1000.0) : i == 2 ? 40960 : 0;
      js_define_value_utf8 (J, usage, fields[i], js_number (value), JS_PROP_DEFAULT);
    }
  return js_object_value (usage);
}

/* kill(pid[, signal]): there are no other processes; a signal to this one
 * is not delivered either. */
static JsValue
process_kill (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsValue pid = js_arg (argc, argv, 0);

  if (!js_is_number (pid))
    js_node_throw_invalid_arg_type (J, "pid", "of type number", pid);
  return JS_TRUE;
}

void
js_node_process_define_extras (JsState *J, JsObject *process)
{
  JsObject *emit_warning = js_native_function_new (J, "emitWarning", 4, process_emit_warning, 2);
  JsObject *do_emit = js_native_function_new (J, "doEmitWarning", 1, do_emit_warning, 1);
  JsObject *stdin_stream = js_plain_object_new (J), *features = js_plain_object_new (J);
  JsObject *config = js_plain_object_new (J);
  static const char *const id_methods[] = { "getuid", "geteuid", "getgid", "getegid" };
  static const char *const feature_names[] = { "inspector", "debug", "uv", "ipv6", "tls_alpn", "tls_sni",
                                               "tls_ocsp", "tls", "cached_builtins" };

  js_native_captures (emit_warning)[0] = JS_FALSE;
  js_native_captures (emit_warning)[1] = js_object_value (do_emit);
  js_native_captures (do_emit)[0] = js_object_value (emit_warning);
  js_define_value_utf8 (J, process, "emitWarning", js_object_value (emit_warning), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, process, "env", env_new (J), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "argv0", js_string_value_utf8 (J, "node"), JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (id_methods); i++)
    js_define_constant_method (J, process, id_methods[i], 0, js_number (VIRTUAL_UID), JS_PROP_HIDDEN);
  /* umask(): 0o022 */
  js_define_constant_method (J, process, "umask", 1, js_number (18), JS_PROP_HIDDEN);
  js_define_method (J, process, "cpuUsage", process_cpu_usage, 1);
  js_define_method (J, process, "resourceUsage", process_resource_usage, 0);
  js_define_method (J, process, "kill", process_kill, 2);
  js_define_value_utf8 (J, stdin_stream, "fd", js_number (0), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "stdin", js_object_value (stdin_stream), JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (feature_names); i++)
    js_define_value_utf8 (J, features, feature_names[i], js_boolean (i != 1), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "features", js_object_value (features), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, config, "target_defaults", js_object_value (js_plain_object_new (J)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, config, "variables", js_object_value (js_plain_object_new (J)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "config", js_object_value (config), JS_PROP_DEFAULT);
}
