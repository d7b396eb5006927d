/* js-abort.c: AbortController and AbortSignal (DOM Standard 3.1–3.2),
 * shared by both profiles.
 *
 * "Signal abort" sets the reason on the signal and on the signals that
 * depend on it (AbortSignal.any, a fetch's request signal), then runs each
 * one's abort steps: its abort algorithms first, then the `abort` event.
 * So a fetch following a script's signal through a dependent signal is
 * rejected after the script's own listeners ran, as in Chromium.
 *
 * The profiles differ in the default reasons' wording (Node: "This
 * operation was aborted"; Chromium: "signal is aborted without reason"),
 * and in util.inspect, which only Node has.
 */
#include "js-dom.h"

typedef struct {
  JsEventTarget target;
  JsValue reason;              /* JS_EMPTY while not aborted */
  JsValue algorithms;          /* an array of callables, or undefined */
  JsValue source_signals;      /* a dependent signal's sources: an array, or undefined */
  JsValue dependent_signals;   /* an array, or undefined */
  gboolean dependent;
} AbortSignal;

enum { CONTROLLER_SIGNAL };

static void signal_mark (JsState *J, JsEventTarget *target);

static const JsEventTargetClass abort_signal_class = { "AbortSignal", signal_mark, NULL, NULL };
static const JsHostClass abort_controller_class = { "AbortController", NULL, NULL };

static void
signal_mark (JsState *J, JsEventTarget *target)
{
  AbortSignal *signal = (AbortSignal *) target;

  js_gc_mark_value (J, signal->reason);
  js_gc_mark_value (J, signal->algorithms);
  js_gc_mark_value (J, signal->source_signals);
  js_gc_mark_value (J, signal->dependent_signals);
}

static AbortSignal *
signal_of (JsValue v)
{
  return (AbortSignal *) js_event_target_of_class (v, &abort_signal_class);
}

static AbortSignal *
this_signal (JsState *J, JsValue this_value)
{
  AbortSignal *signal = signal_of (this_value);

  if (signal == NULL)
    js_dom_throw_bad_this (J, "AbortSignal", this_value);
  return signal;
}

static gboolean
is_aborted (AbortSignal *signal)
{
  return !js_is_empty (signal->reason);
}

static AbortSignal *
new_signal (JsState *J)
{
  JsObject *obj = js_event_target_new (J, &abort_signal_class, sizeof (AbortSignal),
                                       js_dom_root_object (J, DOM_ROOT_ABORT_SIGNAL_PROTO));
  AbortSignal *signal = (AbortSignal *) js_event_target_data (obj);

  signal->reason = JS_EMPTY;
  signal->algorithms = JS_UNDEFINED;
  signal->source_signals = JS_UNDEFINED;
  signal->dependent_signals = JS_UNDEFINED;
  return signal;
}

static JsValue
signal_value (AbortSignal *signal)
{
  return js_object_value (signal->target.object);
}

static void
append (JsState *J, JsValue *array, JsValue value)
{
  if (!js_is_object (*array))
    *array = js_object_value (js_array_new (J, 0));
  js_array_push (J, js_get_object (*array), value);
}

static JsValue
default_reason (JsState *J)
{
  return js_object_value (js_dom_exception_new (J, js_dom_is_node_profile (J) ? "This operation was aborted"
                                                : "signal is aborted without reason", "AbortError"));
}

/* "run the abort steps" (3.1.3) */
static void
run_abort_steps (JsState *J, AbortSignal *signal)
{
  JsValue algorithms = signal->algorithms;

  signal->algorithms = JS_UNDEFINED;
  if (js_is_object (algorithms))
    {
      JsObject *list = js_get_object (algorithms);
      guint32 n = js_array_length (list);
      for (guint32 i = 0; i < n; i++)
        js_call (J, js_get_index (J, algorithms, i), JS_UNDEFINED, 0, NULL);
    }
  js_event_fire (J, signal->target.object, "abort", TRUE);
}

/* "signal abort" (3.1.3) */
static void
signal_abort (JsState *J, AbortSignal *signal, JsValue reason)
{
  JsObject *to_abort;
  guint32 n;

  if (is_aborted (signal))
    return;
  signal->reason = js_is_undefined (reason) ? default_reason (J) : reason;
  to_abort = js_array_new (J, 0);
  if (js_is_object (signal->dependent_signals))
    {
      guint32 n_dependents = js_array_length (js_get_object (signal->dependent_signals));
      for (guint32 i = 0; i < n_dependents; i++)
        {
          JsValue dependent = js_get_index (J, signal->dependent_signals, i);
          AbortSignal *d = signal_of (dependent);
          if (d != NULL && !is_aborted (d))
            {
              d->reason = signal->reason;
              js_array_push (J, to_abort, dependent);
            }
        }
    }
  run_abort_steps (J, signal);
  n = js_array_length (to_abort);
  for (guint32 i = 0; i < n; i++)
    run_abort_steps (J, signal_of (js_get_index (J, js_object_value (to_abort), i)));
}

/* "create a dependent abort signal" (3.1.3) from `n` signals. */
static AbortSignal *
create_dependent (JsState *J, const JsValue *signals, guint32 n)
{
  AbortSignal *result = new_signal (J);

  for (guint32 i = 0; i < n; i++)
    if (is_aborted (signal_of (signals[i])))
      {
        result->reason = signal_of (signals[i])->reason;
        return result;
      }
  result->dependent = TRUE;
  for (guint32 i = 0; i < n; i++)
    {
      AbortSignal *signal = signal_of (signals[i]);

      if (!signal->dependent)
        {
          append (J, &result->source_signals, signals[i]);
          append (J, &signal->dependent_signals, signal_value (result));
          continue;
        }
      if (js_is_object (signal->source_signals))
        {
          guint32 n_sources = js_array_length (js_get_object (signal->source_signals));
          for (guint32 j = 0; j < n_sources; j++)
            {
              JsValue source = js_get_index (J, signal->source_signals, j);
              append (J, &result->source_signals, source);
              append (J, &signal_of (source)->dependent_signals, signal_value (result));
            }
        }
    }
  return result;
}

/* ------------------------------------------------------------------------
 * What other modules use (js-internal.h)
 * ------------------------------------------------------------------------ */

void
js_abort_signal_add_algorithm (JsState *J, JsValue signal_value, JsValue native_fn)
{
  AbortSignal *signal = signal_of (signal_value);

  g_return_if_fail (signal != NULL);
  if (is_aborted (signal))
    return;
  append (J, &signal->algorithms, native_fn);
}

gboolean
js_abort_signal_is_aborted (JsState *J, JsValue signal_value, JsValue *reason_out)
{
  AbortSignal *signal = signal_of (signal_value);

  if (signal == NULL || !is_aborted (signal))
    return FALSE;
  if (reason_out != NULL)
    *reason_out = signal->reason;
  return TRUE;
}

gboolean
js_is_abort_signal (JsValue v)
{
  return signal_of (v) != NULL;
}

JsValue
js_abort_signal_new_dependent (JsState *J, JsValue signal)
{
  g_return_val_if_fail (signal_of (signal) != NULL, JS_UNDEFINED);
  return signal_value (create_dependent (J, &signal, 1));
}

/* ------------------------------------------------------------------------
 * AbortSignal
 * ------------------------------------------------------------------------ */

static JsValue
signal_get_aborted (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return js_boolean (is_aborted (this_signal (J, this_value)));
}

static JsValue
signal_get_reason (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  AbortSignal *signal = this_signal (J, this_value);

  return is_aborted (signal) ? signal->reason : JS_UNDEFINED;
}

static JsValue
signal_throw_if_aborted (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  AbortSignal *signal = this_signal (J, this_value);

  if (is_aborted (signal))
    js_throw (J, signal->reason);
  return JS_UNDEFINED;
}

/* AbortSignal.abort(reason) */
static JsValue
signal_static_abort (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  AbortSignal *signal = new_signal (J);
  JsValue reason = js_arg (argc, argv, 0);

  signal->reason = js_is_undefined (reason) ? default_reason (J) : reason;
  return signal_value (signal);
}

static JsValue
signal_timeout_fired (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  const char *message = js_dom_is_node_profile (J) ? "The operation was aborted due to timeout"
                                                   : "signal timed out";
  JsValue reason = js_object_value (js_dom_exception_new (J, message, "TimeoutError"));

  signal_abort (J, signal_of (js_native_captures (callee)[0]), reason);
  return JS_UNDEFINED;
}

/* AbortSignal.timeout(milliseconds): the host's timer signals abort with a
 * TimeoutError (Node's timer is unreferenced: it keeps no process alive). */
static JsValue
signal_static_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  AbortSignal *signal = new_signal (J);
  JsObject *fire = js_native_function_new (J, "", 0, signal_timeout_fired, 1);

  js_native_captures (fire)[0] = signal_value (signal);
  js_host_set_timeout_native (J, js_to_number (J, js_arg (argc, argv, 0)), js_object_value (fire));
  return signal_value (signal);
}

/* AbortSignal.any(signals) */
static JsValue
signal_static_any (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsObject *signals = js_iterable_to_array (J, js_arg (argc, argv, 0));
  guint32 n = js_array_length (signals);
  JsValue *values = g_new (JsValue, MAX (n, 1));
  AbortSignal *result;

  for (guint32 i = 0; i < n; i++)
    {
      values[i] = js_get_index (J, js_object_value (signals), i);
      if (signal_of (values[i]) == NULL)
        {
          g_free (values);
          if (js_dom_is_node_profile (J))
            js_dom_throw_node_error (J, "ERR_INVALID_ARG_TYPE", "The \"signals[%u]\" argument must be an "
                                     "instance of AbortSignal.", i);
          js_throw_type_error (J, "Failed to execute 'any' on 'AbortSignal': "
                               "Failed to convert value to 'AbortSignal'.");
        }
    }
  result = create_dependent (J, values, n);
  g_free (values);
  return signal_value (result);
}

/* ------------------------------------------------------------------------
 * AbortController
 * ------------------------------------------------------------------------ */

static JsValue
abort_controller_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                              JsValue new_target, JsObject *callee)
{
  JsObject *controller, *proto;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, "AbortController");
  proto = js_dom_prototype_from_constructor (J, new_target, DOM_ROOT_ABORT_CONTROLLER_PROTO);
  controller = js_object_new_class (J, JS_CLASS_HOST, proto);
  controller->u.host.klass = &abort_controller_class;
  for (guint i = 0; i < G_N_ELEMENTS (controller->u.host.slots); i++)
    controller->u.host.slots[i] = JS_UNDEFINED;
  controller->u.host.slots[CONTROLLER_SIGNAL] = signal_value (new_signal (J));
  return js_object_value (controller);
}

static JsObject *
controller_of (JsValue v)
{
  JsObject *obj;

  if (!js_is_object (v))
    return NULL;
  obj = js_get_object (v);
  return obj->class_id == JS_CLASS_HOST && obj->u.host.klass == &abort_controller_class ? obj : NULL;
}

static JsObject *
this_controller (JsState *J, JsValue this_value)
{
  JsObject *controller = controller_of (this_value);

  /* Node's AbortController keeps its signal in a private field. */
  if (controller == NULL && js_dom_is_node_profile (J))
    js_throw_type_error (J, "Cannot read private member #signal from an object whose class did not declare it");
  if (controller == NULL)
    js_dom_throw_bad_this (J, "AbortController", this_value);
  return controller;
}

static JsValue
controller_get_signal (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return this_controller (J, this_value)->u.host.slots[CONTROLLER_SIGNAL];
}

static JsValue
controller_abort (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsObject *controller = this_controller (J, this_value);

  signal_abort (J, signal_of (controller->u.host.slots[CONTROLLER_SIGNAL]), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * util.inspect in Node: `AbortSignal { aborted: false }` and
 * `AbortController { signal: AbortSignal { aborted: false } }`.
 * ------------------------------------------------------------------------ */

static JsValue
inspect_shown (JsState *J, const char *prefix, JsObject *shown)
{
  GString *out = g_string_new (prefix);
  JsInspectOptions options;
  JsValue result;

  js_inspect_options_init (&options);
  js_inspect (J, js_object_value (shown), &options, out);
  result = js_string_value (js_string_new_utf8 (J, out->str, (gssize) out->len));
  g_string_free (out, TRUE);
  return result;
}

static JsValue
inspect_signal (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  AbortSignal *signal = signal_of (this_value);
  JsObject *shown;

  if (signal == NULL)
    return this_value;
  shown = js_plain_object_new (J);
  js_define_value_utf8 (J, shown, "aborted", js_boolean (is_aborted (signal)), JS_PROP_DEFAULT);
  return inspect_shown (J, "AbortSignal ", shown);
}

static JsValue
inspect_controller (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsObject *controller = controller_of (this_value);
  JsObject *shown;

  if (controller == NULL)
    return this_value;
  shown = js_plain_object_new (J);
  js_define_value_utf8 (J, shown, "signal", controller->u.host.slots[CONTROLLER_SIGNAL], JS_PROP_DEFAULT);
  return inspect_shown (J, "AbortController ", shown);
}

static JsValue
inspect_custom_symbol (JsState *J)
{
  JsValue key = js_string_value (js_string_new_utf8 (J, "nodejs.util.inspect.custom", -1));

  return js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "Symbol"), js_key_from_utf8 (J, "for"), 1, &key);
}

void
js_abort_init (JsState *J)
{
  JsObject *signal_proto = js_object_new (J, js_dom_root_object (J, DOM_ROOT_EVENT_TARGET_PROTO));
  JsObject *controller_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *signal_ctor;

  signal_ctor = js_dom_define_class (J, "AbortSignal", 0, js_dom_illegal_constructor, signal_proto,
                                     DOM_ROOT_ABORT_SIGNAL_PROTO);
  js_object_set_prototype_of (J, signal_ctor, js_get_object (js_get_utf8 (J, js_object_value (J->global),
                                                                          "EventTarget")));
  js_dom_define_accessor (J, signal_proto, "aborted", signal_get_aborted, NULL);
  js_dom_define_accessor (J, signal_proto, "reason", signal_get_reason, NULL);
  js_dom_define_event_handler (J, signal_proto, "abort");
  js_define_method (J, signal_proto, "throwIfAborted", signal_throw_if_aborted, 0);
  js_define_method (J, signal_ctor, "abort", signal_static_abort, 0);
  js_define_method (J, signal_ctor, "timeout", signal_static_timeout, 1);
  js_define_method (J, signal_ctor, "any", signal_static_any, 1);

  js_dom_define_class (J, "AbortController", 0, abort_controller_constructor, controller_proto,
                       DOM_ROOT_ABORT_CONTROLLER_PROTO);
  js_dom_define_accessor (J, controller_proto, "signal", controller_get_signal, NULL);
  js_define_method (J, controller_proto, "abort", controller_abort, 0);

  if (js_dom_is_node_profile (J))
    {
      JsValue inspect = inspect_custom_symbol (J);
      js_define_method_key (J, signal_proto, inspect, "[nodejs.util.inspect.custom]", inspect_signal, 0);
      js_define_method_key (J, controller_proto, inspect, "[nodejs.util.inspect.custom]", inspect_controller, 0);
    }
}
