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

/* Error.prototype.toString's algorithm (20.5.3.4) into `out`. */
static void
error_to_string (JsState *J, JsValue error, GString *out)
{
  JsValue name = js_get (J, error, JS_KEY (J, name));
  JsValue msg = js_get (J, error, JS_KEY (J, message));
  JsString *name_s = js_is_undefined (name) ? js_string_new_latin1 (J, "Error", 5) : js_to_string (J, name);
  JsString *msg_s = js_is_undefined (msg) ? JS_ATOM (J, empty) : js_to_string (J, msg);

  js_string_append_to (out, name_s);
  if (name_s->length > 0 && msg_s->length > 0)
    g_string_append (out, ": ");
  js_string_append_to (out, msg_s);
}

/* Formats an error's "stack" the first time it is read: the error's string
 * form and one frame line (the engine keeps no JS stack traces). */
JsValue
js_error_materialize_stack (JsState *J, JsObject *error)
{
  GString *out = g_string_new (NULL);
  JsTryPoint tp;
  JsString *s;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      error_to_string (J, js_object_value (error), out);
      js_try_end (J, &tp);
    }
  else
    {
      if (J->terminating)
        {
          g_string_free (out, TRUE);
          js_throw (J, J->exception);
        }
      g_string_assign (out, "Error");
    }
  g_string_append (out, "\n    at <anonymous>");
  {
    char buf[1024];
    if (out->len < sizeof buf)
      {
        memcpy (buf, out->str, out->len + 1);
        g_string_free (out, TRUE);
        s = js_string_new_utf8 (J, buf, -1);
      }
    else
      {
        s = js_string_new_utf8 (J, out->str, (gssize) out->len);
        g_string_free (out, TRUE);
      }
  }
  return js_string_value (s);
}

char *
js_error_to_display_utf8 (JsState *J, JsValue error)
{
  GString *out = g_string_new (NULL);
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (js_is_object (error) && js_get_object (error)->class_id == JS_CLASS_ERROR)
        error_to_string (J, error, out);
      else if (js_is_symbol (error))
        {
          char *d = js_value_describe_for_message (J, error);
          g_string_append (out, d);
          g_free (d);
        }
      else
        js_string_append_to (out, js_to_string (J, error));
      js_try_end (J, &tp);
    }
  else
    {
      char *d;
      if (J->terminating)
        {
          g_string_free (out, TRUE);
          js_throw (J, J->exception);
        }
      d = js_value_describe_for_message (J, error);
      g_string_assign (out, d);
      g_free (d);
    }
  return g_string_free (out, FALSE);
}

char *
js_value_describe_for_message (JsState *J, JsValue v)
{
  /* One rendering for every message: js-builtin-error.c owns it. */
  return js_string_to_utf8 (js_describe_value (J, v, JS_DESCRIBE_PLAIN));
}
