/* test-budget.c: the step and wall-time budgets (js-budget.c) stop every
 * kind of runaway loop — instructions, microtasks, timers whose callbacks
 * are natives — with a message naming the budget, and lift as asked.
 */
#include "js-internal.h"

static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

/* Runs `source` and returns the message of how it ended ("" when it ran to
 * the end); `seconds` gets the real time it took. */
static char *
run_source (const JsOptions *options, const char *source, double *seconds)
{
  JsState *J = js_state_new (options);
  gint64 start = g_get_monotonic_time ();
  JsRunStatus status;
  char *message;

  js_state_set_output (J, discard_output, NULL);
  status = js_state_run (J, source, strlen (source), "budget.js");
  *seconds = (g_get_monotonic_time () - start) / 1e6;
  message = g_strdup (status == JS_RUN_OK ? "" : js_state_get_error_message (J));
  /* The deadline belongs to the run: nothing after it is stopped by it. */
  g_assert_cmpint (J->deadline_us, ==, 0);
  js_state_free (J);
  return message;
}

/* Each loop has unlimited steps and virtual time: only the clock stops it. */
static void
test_wall_stops (gconstpointer data)
{
  JsOptions options;
  double seconds;
  char *message;

  js_options_init (&options);
  options.max_steps = G_MAXUINT64 / 2;
  options.max_virtual_ms = G_MAXDOUBLE;
  options.max_wall_ms = 50;
  message = run_source (&options, data, &seconds);
  g_assert_cmpstr (message, ==, "stopped after 50 ms of real time (wall-time budget)");
  /* Far more than the check interval needs, so that a loaded machine passes. */
  g_assert_cmpfloat (seconds, <, 5.0);
  g_free (message);
}

static void
test_steps_first (void)
{
  JsOptions options;
  double seconds;
  char *message;

  js_options_init (&options);
  options.max_steps = 100000;
  message = run_source (&options, "for (;;) {}", &seconds);
  g_assert_cmpstr (message, ==, "stopped after 100000 steps (step budget)");
  g_free (message);
}

/* A negative max_wall_ms lifts the deadline: the step budget still applies. */
static void
test_no_limit (void)
{
  JsOptions options;
  double seconds;
  char *message;

  js_options_init (&options);
  options.max_steps = 3000000;
  options.max_wall_ms = -1;
  message = run_source (&options, "for (;;) {}", &seconds);
  g_assert_cmpstr (message, ==, "stopped after 3000000 steps (step budget)");
  g_free (message);
}

static void
test_default (void)
{
  JsOptions options;

  js_options_init (&options);
  g_assert_cmpfloat (options.max_wall_ms, >=, JS_DEFAULT_MAX_WALL_MS);
}

/* Code that counts its own steps (the regexp matcher, BigInt arithmetic)
 * meets the deadline through js_budget_check, which throws a termination
 * that names the budget. */
static void
test_check_throws (void)
{
  JsOptions options;
  JsState *J;
  JsTryPoint tp;
  volatile guint64 checks = 0;

  js_options_init (&options);
  options.max_steps = G_MAXUINT64 / 2;
  options.max_wall_ms = 20;
  J = js_state_new_core (&options);
  js_budget_start (J);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      for (;;)
        {
          J->steps += 1000;
          js_budget_check (J);
          checks++;
        }
    }
  else
    {
      JsValue message = js_get (J, J->exception, JS_KEY (J, message));
      char *text = js_string_to_utf8 (js_get_string (message));
      g_assert_true (J->terminating);
      g_assert_cmpint (J->terminated_by, ==, JS_BUDGET_WALL);
      g_assert_cmpstr (text, ==, "Script stopped: wall-time budget exhausted (20 ms of real time elapsed)");
      g_free (text);
    }
  g_assert_cmpuint (checks, >, 0);
  js_budget_stop (J);
  js_state_free (J);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/engine/budget/wall/instructions", "let n = 0; for (;;) n++;", test_wall_stops);
  g_test_add_data_func ("/engine/budget/wall/microtasks",
                        "(function again() { queueMicrotask(again); })();", test_wall_stops);
  g_test_add_data_func ("/engine/budget/wall/interval", "setInterval(() => {}, 10);", test_wall_stops);
  g_test_add_data_func ("/engine/budget/wall/native-interval", "setInterval(Date.now, 0);", test_wall_stops);
  g_test_add_data_func ("/engine/budget/wall/immediates",
                        "setImmediate(function again() { setImmediate(again); });", test_wall_stops);
  g_test_add_func ("/engine/budget/steps-first", test_steps_first);
  g_test_add_func ("/engine/budget/no-limit", test_no_limit);
  g_test_add_func ("/engine/budget/default", test_default);
  g_test_add_func ("/engine/budget/check-throws", test_check_throws);
  return g_test_run ();
}
