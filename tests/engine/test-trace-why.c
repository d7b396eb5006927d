/* test-trace-why.c: narrations that say why a step happens
 * (js-trace-why.c), read from the trace of small scripts. */
#include <glib.h>
#include <string.h>

#include "js.h"
#include "js-trace.h"

static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

static JsTrace *
record (const char *source, JsHostProfile host)
{
  JsOptions options;
  JsState *J;
  JsTrace *trace;

  js_options_init (&options);
  options.record_trace = TRUE;
  options.host = host;
  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  js_state_run (J, source, strlen (source), "why.js");
  trace = js_state_steal_trace (J);
  js_state_free (J);
  return trace;
}

/* The narration of the first event of `kind` whose name is `name` (any
 * name when NULL). */
static char *
narrate_first (JsTrace *trace, JsTraceEventKind kind, const char *name, JsTraceTranslateFunc translate)
{
  for (guint64 seq = 0; seq < js_trace_get_n_events (trace); seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == kind && (name == NULL || strcmp (ev.name, name) == 0))
        return js_trace_narrate (trace, seq, translate);
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_microtask_run (void)
{
  JsTrace *trace = record ("Promise.resolve().then(function pastry() {});\n"
                           "process.nextTick(function tick() {});\n", JS_HOST_NODE);
  g_autofree char *job = narrate_first (trace, JS_TRACE_MICROTASK_RUN, "pastry", NULL);
  g_autofree char *tick = narrate_first (trace, JS_TRACE_MICROTASK_RUN, "tick", NULL);
  g_autofree char *end = narrate_first (trace, JS_TRACE_SCRIPT_END, NULL, NULL);

  g_assert_cmpstr (job, ==, "The desk is empty, so the baker takes every pastry off the tray before the next cake: "
                            "now Fulfil handler pastry");
  g_assert_cmpstr (tick, ==, "The desk is empty and nextTick callbacks come first, so the baker takes "
                             "nextTick callback tick from the nextTick tray");
  g_assert_true (g_str_has_prefix (end, "The main script why.js has run to its end: the desk is empty"));
  js_trace_free (trace);
}

static void
test_timer (void)
{
  JsTrace *trace = record ("setTimeout(function cake() {}, 100);\n", JS_HOST_NODE);
  g_autofree char *done = narrate_first (trace, JS_TRACE_WEBAPI_DONE, NULL, NULL);
  g_autofree char *run = narrate_first (trace, JS_TRACE_TASK_RUN, NULL, NULL);
  g_autofree char *pop = narrate_first (trace, JS_TRACE_FRAME_POP, "cake", NULL);
  g_autofree char *stop = narrate_first (trace, JS_TRACE_PHASE, NULL, NULL);

  /* The delay comes from the oven's entry, not from the DONE event. */
  g_assert_cmpstr (done, ==, "The timer's 100 ms are up, so Timeout cake slides from the oven to the counter");
  g_assert_cmpstr (run, ==, "The desk and the trays are empty, so the baker takes the next cake from the "
                            "timers counter: Timeout cake");
  g_assert_cmpstr (pop, ==, "cake is done and leaves the baker's desk, which is empty again");
  g_assert_true (g_str_has_prefix (stop, "The event loop starts with the main script"));
  js_trace_free (trace);
}

static void
test_settled_promise (void)
{
  JsTrace *trace = record ("let settle;\n"
                           "const p = new Promise((resolve) => { settle = resolve; });\n"
                           "p.then(function later() {});\n"
                           "settle(1);\n", JS_HOST_NODE);
  g_autofree char *queued = narrate_first (trace, JS_TRACE_MICROTASK_ENQUEUE, "later", NULL);

  /* {id} is the promise that settled just before. */
  g_assert_cmpstr (queued, ==, "Promise #1 is fulfilled, so Fulfil handler later joins the microtask tray: "
                               "it runs once the desk is empty");
  js_trace_free (trace);
}

static void
test_loop_end (void)
{
  JsTrace *idle = record ("console.log('x');\n", JS_HOST_NODE);
  JsTrace *busy = record ("setTimeout(() => {}, 50);\nprocess.exit(0);\n", JS_HOST_NODE);
  guint64 n_idle = js_trace_get_n_events (idle);
  guint64 n_busy = js_trace_get_n_events (busy);
  g_autofree char *closed = js_trace_narrate (idle, n_idle - 1, NULL);
  g_autofree char *cut = js_trace_narrate (busy, n_busy - 1, NULL);

  /* The same event, the loop's end, for two reasons. */
  g_assert_true (g_str_has_prefix (closed, "The ovens, the counters and the trays are all empty"));
  g_assert_true (g_str_has_prefix (cut, "The process exits with work still waiting"));
  js_trace_free (idle);
  js_trace_free (busy);
}

static const char *
to_spanish (const char *msgid)
{
  if (strcmp (msgid, "The timer's {delay} ms are up, so {task} {name} slides from the oven to the counter") == 0)
    return "Los {delay} ms del temporizador han pasado, así que {task} {name} se desliza del horno al mostrador";
  if (strcmp (msgid, "Timeout") == 0)
    return "Temporizador";
  return msgid;
}

static void
test_translated (void)
{
  JsTrace *trace = record ("setTimeout(function cake() {}, 20);\n", JS_HOST_NODE);
  g_autofree char *done = narrate_first (trace, JS_TRACE_WEBAPI_DONE, NULL, to_spanish);

  g_assert_cmpstr (done, ==, "Los 20 ms del temporizador han pasado, así que Temporizador cake se desliza del horno al mostrador");
  js_trace_free (trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/trace-why/microtask-run", test_microtask_run);
  g_test_add_func ("/engine/trace-why/timer", test_timer);
  g_test_add_func ("/engine/trace-why/settled-promise", test_settled_promise);
  g_test_add_func ("/engine/trace-why/loop-end", test_loop_end);
  g_test_add_func ("/engine/trace-why/translated", test_translated);
  return g_test_run ();
}
