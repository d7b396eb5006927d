/* eval-case.c: see eval-case.h. */
#include "eval-case.h"

#include <string.h>

#include "js-internal.h"

/* What the body prints is not part of the result. */
static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

/* String(the body's result), or what went wrong (g_free it). */
static char *
eval_case_run (const char *body, gboolean gc_stress, void (*prepare) (JsState *J))
{
  JsOptions options;
  JsState *J;
  char *source, *result;
  JsRunStatus status;
  JsValue r;

  js_options_init (&options);
  options.gc_stress = gc_stress;
  options.max_wall_ms = -1;   /* cases check results, not speed: a loaded machine must not stop one */
  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  if (prepare != NULL)
    prepare (J);
  source = g_strconcat ("globalThis.__r = (function () { try { return String((function () { ", body,
                        " })()); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } })();", NULL);
  status = js_state_run (J, source, strlen (source), "case.js");
  if (status != JS_RUN_OK)
    result = g_strdup_printf ("run failed (%d): %s", status, js_state_get_error_message (J));
  else
    {
      r = js_get_own_data (J, J->global, js_key_from_utf8 (J, "__r"));
      result = js_is_string (r) ? js_string_to_utf8 (js_get_string (r)) : g_strdup ("(no result)");
    }
  g_free (source);
  js_state_free (J);
  return result;
}

void
eval_case_check (const char *body, const char *expected, gboolean gc_stress, void (*prepare) (JsState *J))
{
  g_autofree char *result = eval_case_run (body, gc_stress, prepare);

  g_assert_cmpstr (result, ==, expected);
}
