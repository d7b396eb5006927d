/* js-node-abort-listener.c: events.addAbortListener(signal, listener) and
 * the disposable it returns, keyed by Symbol.dispose — which Node 20
 * defines itself (as Symbol.for('nodejs.dispose')) since V8 lacks it.
 */
#include "js-internal.h"

static JsValue
registered_symbol (JsState *J, const char *key)
{
  JsValue arg = js_string_value_utf8 (J, key);

  return js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "Symbol"), js_key_from_utf8 (J, "for"), 1, &arg);
}

void
js_node_dispose_symbols_init (JsState *J)
{
  JsValue symbol_ctor = js_get_utf8 (J, js_object_value (J->global), "Symbol");

  if (!js_is_undefined (js_get_utf8 (J, symbol_ctor, "dispose")))
    return;
  js_define_value_utf8 (J, js_get_object (symbol_ctor), "dispose", registered_symbol (J, "nodejs.dispose"), 0);
  js_define_value_utf8 (J, js_get_object (symbol_ctor), "asyncDispose",
                        registered_symbol (J, "nodejs.asyncDispose"), 0);
}

/* [SymbolDispose]() { removeEventListener?.(); }: captures the signal and
 * the listener (undefined when nothing was added). */
static JsValue
abort_listener_dispose (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  JsValue args[2] = { js_string_value_utf8 (J, "abort"), captures[1] };

  if (!js_is_undefined (captures[1]))
    js_invoke (J, captures[0], js_key_from_utf8 (J, "removeEventListener"), 2, args);
  return JS_UNDEFINED;
}

static JsValue
events_add_abort_listener (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsValue signal = js_arg (argc, argv, 0), listener = js_arg (argc, argv, 1);
  JsObject *disposable = js_object_new (J, NULL), *dispose;
  JsValue dispose_key = js_get_utf8 (J, js_get_utf8 (J, js_object_value (J->global), "Symbol"), "dispose");

  if (!js_is_abort_signal (signal))
    js_node_throw_invalid_arg_type (J, "signal", "an instance of AbortSignal", signal);
  if (!js_is_callable (listener))
    js_node_throw_invalid_arg_type (J, "listener", "of type function", listener);
  dispose = js_native_function_new (J, "[nodejs.dispose]", 0, abort_listener_dispose, 2);
  js_native_captures (dispose)[0] = signal;
  js_native_captures (dispose)[1] = JS_UNDEFINED;
  if (js_abort_signal_is_aborted (J, signal, NULL))
    {
      /* queueMicrotask(() => listener()) */
      JsJob job = { .kind = JS_JOB_CALLBACK };
      job.handler = listener;
      js_enqueue_job (J, &job);
    }
  else
    {
      JsObject *flags = js_object_new (J, NULL);
      JsValue args[3] = { js_string_value_utf8 (J, "abort"), listener, js_object_value (flags) };
      js_define_value_utf8 (J, flags, "once", JS_TRUE, JS_PROP_DEFAULT);
      js_invoke (J, signal, js_key_from_utf8 (J, "addEventListener"), 3, args);
      js_native_captures (dispose)[1] = listener;
    }
  js_define_value (J, disposable, dispose_key, js_object_value (dispose), JS_PROP_DEFAULT);
  return js_object_value (disposable);
}

void
js_node_events_define_add_abort_listener (JsState *J, JsObject *events)
{
  JsObject *f = js_native_function_new (J, "addAbortListener", 2, events_add_abort_listener, 0);

  js_define_value_utf8 (J, events, "addAbortListener", js_object_value (f), JS_PROP_DEFAULT);
}
