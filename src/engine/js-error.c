/* js-error.c: throwing and catching (longjmp try points), error objects,
 * budget terminations, and describing values in messages.
 */
#include "js-internal.h"

/* ------------------------------------------------------------------------
 * Try points
 * ------------------------------------------------------------------------ */

void
js_try_begin (JsState *J, JsTryPoint *tp)
{
  tp->prev = J->try_top;
  tp->frame = J->frame;
  tp->native_depth = J->native_depth;
  tp->call_depth = J->call_depth;
  /* The VM owns its operand stack: it records and restores the height
   * itself around its own try points. */
  tp->stack_top = 0;
  J->try_top = tp;
}

void
js_try_end (JsState *J, JsTryPoint *tp)
{
  g_assert (J->try_top == tp);
  J->try_top = tp->prev;
}

void
js_throw (JsState *J, JsValue exception)
{
  JsTryPoint *tp = J->try_top;

  if (tp == NULL)
    g_error ("uncaught JavaScript exception outside of any try point");
  J->exception = exception;
  J->try_top = tp->prev;
  J->frame = tp->frame;
  J->native_depth = tp->native_depth;
  J->call_depth = tp->call_depth;
  longjmp (tp->env, 1);
}

void
js_throw_error (JsState *J, JsErrorType type, const char *format, ...)
{
  char stack[512];
  va_list args;
  int n;
  JsString *message;

  va_start (args, format);
  n = g_vsnprintf (stack, sizeof stack, format, args);
  va_end (args);
  if (n >= 0 && (gsize) n < sizeof stack)
    message = js_string_new_utf8 (J, stack, n);
  else
    {
      char *text;
      va_start (args, format);
      text = g_strdup_vprintf (format, args);
      va_end (args);
      /* Only the heap budget can throw here; it ends the run. */
      message = js_string_new_utf8 (J, text, -1);
      g_free (text);
    }
  js_throw (J, js_object_value (js_error_new (J, type, message)));
}

void
js_throw_budget (JsState *J, JsBudget budget)
{
  char details[256];
  const char *what = "steps";

  /* Set first: the error object below must be allocated even when the heap
   * budget is what ran out. */
  J->terminating = TRUE;
  J->terminated_by = budget;
  switch (budget)
    {
    case JS_BUDGET_STEPS:
      what = "steps";
      g_snprintf (details, sizeof details, "%" G_GUINT64_FORMAT " instructions executed", J->options.max_steps);
      break;
    case JS_BUDGET_HEAP:
      what = "heap";
      g_snprintf (details, sizeof details, "more than %" G_GSIZE_FORMAT " bytes live", J->options.max_heap_bytes);
      break;
    case JS_BUDGET_TIME:
      what = "time";
      g_snprintf (details, sizeof details, "%.0f ms of virtual time elapsed", J->options.max_virtual_ms);
      break;
    case JS_BUDGET_STACK:
      what = "stack";
      g_snprintf (details, sizeof details, "native calls nested too deeply");
      break;
    case JS_BUDGET_WALL:
      what = "wall-time";
      g_snprintf (details, sizeof details, "%.0f ms of real time elapsed", J->options.max_wall_ms);
      break;
    }
  js_throw (J, js_object_value (js_error_new_utf8 (J, JS_RANGE_ERROR, "Script stopped: %s budget exhausted (%s)",
                                                   what, details)));
}

/* ------------------------------------------------------------------------
 * Error objects
 * ------------------------------------------------------------------------ */

void
js_error_install_stack (JsState *J, JsObject *error)
{
  /* JS_EMPTY until first read: V8 formats the stack lazily, so a name set
   * by a subclass constructor shows in it (see js_error_materialize_stack). */
  js_define_value (J, error, JS_KEY (J, stack), JS_EMPTY, JS_PROP_HIDDEN);
}

JsObject *
js_error_new (JsState *J, JsErrorType type, JsString *message)
{
  JsObject *proto = J->intrinsics[JS_INTRINSIC_ErrorPrototype + type];
  JsObject *error;

  if (proto == NULL)
    proto = JS_INTRINSIC (J, ObjectPrototype);
  error = js_object_new_class (J, JS_CLASS_ERROR, proto);
  js_error_install_stack (J, error);
  if (message != NULL)
    js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
  return error;
}

JsObject *
js_error_new_utf8 (JsState *J, JsErrorType type, const char *format, ...)
{
  char stack[512];
  va_list args;
  int n;
  JsString *message;

  va_start (args, format);
  n = g_vsnprintf (stack, sizeof stack, format, args);
  va_end (args);
  if (n >= 0 && (gsize) n < sizeof stack)
    message = js_string_new_utf8 (J, stack, n);
  else
    {
      char *text;
      va_start (args, format);
      text = g_strdup_vprintf (format, args);
      va_end (args);
      message = js_string_new_utf8 (J, text, -1);
      g_free (text);
    }
  return js_error_new (J, type, message);
}

/* Error.prototype.toString's algorithm (20.5.3.4) */
static JsString *
error_to_string (JsState *J, JsValue error)
{
  JsValue name = js_get (J, error, JS_KEY (J, name));
  JsValue msg = js_get (J, error, JS_KEY (J, message));
  JsString *name_s = js_is_undefined (name) ? js_string_new_latin1 (J, "Error", 5) : js_to_string (J, name);
  JsString *msg_s = js_is_undefined (msg) ? JS_ATOM (J, empty) : js_to_string (J, msg);

  if (name_s->length == 0)
    return msg_s;
  if (msg_s->length == 0)
    return name_s;
  return js_string_concat (J, js_string_concat (J, name_s, js_string_new_latin1 (J, ": ", 2)), msg_s);
}

/* Formats an error's "stack" the first time it is read: the error's string
 * form and one frame line (the engine keeps no JS stack traces). */
JsValue
js_error_materialize_stack (JsState *J, JsObject *error)
{
  static const char frame[] = "\n    at <anonymous>";
  JsString *volatile head = NULL;
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      head = error_to_string (J, js_object_value (error));
      js_try_end (J, &tp);
    }
  else
    {
      if (J->terminating)
        js_throw (J, J->exception);
      head = js_string_new_latin1 (J, "Error", 5);
    }
  return js_string_value (js_string_concat (J, head, js_string_new_latin1 (J, frame, sizeof frame - 1)));
}

char *
js_error_to_display_utf8 (JsState *J, JsValue error)
{
  JsString *volatile text = NULL;
  JsTryPoint tp;

  if (js_is_symbol (error))
    return js_value_describe_for_message (J, error);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (js_is_object (error) && js_get_object (error)->class_id == JS_CLASS_ERROR)
        text = error_to_string (J, error);
      else
        text = js_to_string (J, error);
      js_try_end (J, &tp);
    }
  else
    {
      if (J->terminating)
        js_throw (J, J->exception);
      return js_value_describe_for_message (J, error);
    }
  return js_string_to_utf8 (text);
}

char *
js_value_describe_for_message (JsState *J, JsValue v)
{
  /* One rendering for every message: js-builtin-error.c owns it. */
  return js_string_to_utf8 (js_describe_value (J, v, JS_DESCRIBE_PLAIN));
}
