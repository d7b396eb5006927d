/* script-case.c: see script-case.h. */
#include "script-case.h"

#include <string.h>

#include "js.h"

typedef struct {
  GString *out;
  GString *err;
} Captured;

static void
capture_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  Captured *captured = user_data;

  g_string_append_len (stream == JS_STREAM_STDOUT ? captured->out : captured->err, text, length);
}

static void
run_case (const Case *c, gboolean stress)
{
  JsOptions options;
  JsState *J;
  Captured captured = { g_string_new (NULL), g_string_new (NULL) };

  js_options_init (&options);
  options.host = c->host;
  options.gc_stress = stress;
  options.record_trace = stress;
  options.max_wall_ms = -1;   /* cases check results, not speed: a loaded machine must not stop one */
  J = js_state_new (&options);
  js_state_set_output (J, capture_output, &captured);
  js_state_run (J, c->source, strlen (c->source), "/work/scenario.js");
  if (captured.err->len > 0)
    g_test_message ("stderr: %s", captured.err->str);
  g_assert_cmpstr (captured.out->str, ==, c->expected_stdout);
  g_assert_cmpint (js_state_get_exit_code (J), ==, c->expected_code);
  js_state_free (J);
  g_string_free (captured.out, TRUE);
  g_string_free (captured.err, TRUE);
}

static void
test_case (gconstpointer data)
{
  run_case (data, FALSE);
}

static void
test_case_stress (gconstpointer data)
{
  run_case (data, TRUE);
}

/* Cases that execute millions of instructions: collecting at every
 * safepoint would take minutes. */
static const char *const too_slow_for_stress[] = { "busy-wait-delays-timers", NULL };

void
add_cases (const char *prefix, const Case *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      char *path = g_strdup_printf ("%s/%s", prefix, cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
      g_free (path);
      if (!g_strv_contains (too_slow_for_stress, cases[i].name))
        {
          char *stress = g_strdup_printf ("%s/traced-gc-stress/%s", prefix, cases[i].name);
          g_test_add_data_func (stress, &cases[i], test_case_stress);
          g_free (stress);
        }
    }
}
