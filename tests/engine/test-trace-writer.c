/* test-trace-writer.c: what makes recording cheap must not change what is
 * recorded (js-trace.c): queues that take items from either end, previews
 * formatted only when read, function names cached by their string, ranges
 * cached per pc, and the JSON times written without printf. */
#include <glib.h>
#include <string.h>

#include "js.h"
#include "js-trace.h"

static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

static JsTrace *
record (const char *source, gboolean gc_stress)
{
  JsOptions options;
  JsState *J;
  JsTrace *trace;

  js_options_init (&options);
  options.record_trace = TRUE;
  options.gc_stress = gc_stress;
  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  js_state_run (J, source, strlen (source), "writer.js");
  trace = js_state_steal_trace (J);
  js_state_free (J);
  return trace;
}

/* Every step, forwards then backwards then at random, equals the state the
 * first forward pass reached. */
static void
assert_seeks_agree (JsTrace *trace)
{
  guint64 n = js_trace_get_n_events (trace);
  GPtrArray *forward = g_ptr_array_new_with_free_func ((GDestroyNotify) js_trace_state_free);

  for (guint64 step = 0; step <= n; step++)
    g_ptr_array_add (forward, js_trace_state_copy (js_trace_get_state (trace, step)));
  for (guint64 step = n + 1; step-- > 0;)
    g_assert_true (js_trace_state_equal (js_trace_get_state (trace, step), g_ptr_array_index (forward, step)));
  for (int i = 0; i < 3000; i++)
    {
      guint64 step = (guint64) g_test_rand_int_range (0, (gint32) n + 1);
      g_assert_true (js_trace_state_equal (js_trace_get_state (trace, step), g_ptr_array_index (forward, step)));
    }
  g_ptr_array_unref (forward);
}

/* Timers cancelled from the front, the middle and the back of a long oven
 * queue, and timers that fire in an order other than they were set. */
static void
test_queue_removals (void)
{
  const char *source =
    "const ids = [];\n"
    "for (let i = 0; i < 300; i++) ids.push(setTimeout(() => {}, (i * 7) % 13));\n"
    "for (let i = 0; i < 300; i += 3) clearTimeout(ids[i]);\n"
    "clearTimeout(ids[299]); clearTimeout(ids[151]); clearTimeout(ids[1]);\n"
    "setTimeout(() => { for (let i = 0; i < 50; i++) queueMicrotask(() => {}); }, 5);\n";
  JsTrace *trace = record (source, FALSE);
  guint64 n = js_trace_get_n_events (trace);
  const JsTraceState *state;
  guint max_waiting = 0;

  for (guint64 step = 0; step <= n; step++)
    {
      state = js_trace_get_state (trace, step);
      max_waiting = MAX (max_waiting, js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_WEBAPI));
    }
  g_assert_cmpuint (max_waiting, ==, 300);
  state = js_trace_get_state (trace, n);
  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    g_assert_cmpuint (js_trace_state_get_n_tasks (state, q), ==, 0);
  assert_seeks_agree (trace);
  js_trace_free (trace);
}

/* The oven's order after cancellations: the remaining timers, by id. */
static void
test_queue_order (void)
{
  const char *source =
    "const ids = [];\n"
    "for (let i = 0; i < 10; i++) ids.push(setTimeout(function t () {}, 10));\n"
    "clearTimeout(ids[0]); clearTimeout(ids[9]); clearTimeout(ids[4]);\n"
    "console.log('cancelled');\n";
  JsTrace *trace = record (source, FALSE);
  guint64 n = js_trace_get_n_events (trace), step = 0;
  const JsTraceState *state;
  guint32 previous = 0;

  for (guint64 seq = 0; seq < n && step == 0; seq++)
    {
      JsTraceEvent ev;
      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == JS_TRACE_CONSOLE)
        step = seq + 1;
    }
  g_assert_cmpuint (step, >, 0);
  /* Back and forth across the cancellations first. */
  js_trace_get_state (trace, n);
  js_trace_get_state (trace, 0);
  state = js_trace_get_state (trace, step);
  g_assert_cmpuint (js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_WEBAPI), ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      JsTraceTask task;
      js_trace_state_get_task (state, JS_TRACE_QUEUE_WEBAPI, i, &task);
      g_assert_cmpuint (task.id, >, previous);
      g_assert_cmpstr (task.name, ==, "t");
      g_assert_cmpfloat (task.delay_ms, ==, 10);
      previous = task.id;
    }
  js_trace_free (trace);
}

/* Promise values are previewed as util.inspect shows them at depth 0,
 * whether the preview is stored as text or as the number. */
static void
test_previews (void)
{
  const char *source =
    "const values = [-0, 0, 1.5, NaN, -Infinity, 1e21, 'plain', \"it's\", 'tab\\t', undefined, null, true,\n"
    "                false, [1, [2]], { a: { b: 1 } }, Symbol('s'), 12n];\n"
    "for (const v of values) Promise.resolve(v);\n"
    "Promise.reject(7).catch(() => {});\n";
  const char *expected[] = {
    "-0", "0", "1.5", "NaN", "-Infinity", "1e+21", "'plain'", "\"it's\"", "'tab\\t'", "undefined", "null", "true",
    "false", "[ 1, [Array] ]", "{ a: [Object] }", "Symbol(s)", "12n", "7",
  };
  JsTrace *trace = record (source, FALSE);
  guint64 n = js_trace_get_n_events (trace);
  const JsTraceState *end = js_trace_get_state (trace, n);
  guint found = 0;

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;
      js_trace_get_event (trace, seq, &ev);
      if (ev.kind != JS_TRACE_PROMISE_SETTLE || found >= G_N_ELEMENTS (expected))
        continue;
      g_assert_cmpstr (ev.text, ==, expected[found]);
      found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));
  /* The same text through the promise table, twice (the second read is the
   * kept copy). */
  for (int round = 0; round < 2; round++)
    for (guint i = 0; i < 3; i++)
      {
        JsTracePromise promise;
        js_trace_state_get_promise (end, i, &promise);
        g_assert_cmpint (promise.state, ==, JS_TRACE_PROMISE_FULFILLED);
        g_assert_cmpstr (promise.preview, ==, expected[i]);
      }
  js_trace_free (trace);
}

static guint
count_pushes (JsTrace *trace, const char *name)
{
  guint64 n = js_trace_get_n_events (trace);
  guint count = 0;

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;
      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == JS_TRACE_FRAME_PUSH && strcmp (ev.name, name) == 0)
        count++;
    }
  return count;
}

/* A name is the function's own "name" when it is called, even after a
 * redefinition, and names built at run time survive the collector (the
 * stress mode collects at every safepoint). */
static void
test_function_names (void)
{
  const char *source =
    "function f () {}\n"
    "f(); f();\n"
    "Object.defineProperty(f, 'name', { value: 'renamed' });\n"
    "f();\n"
    "for (let i = 0; i < 40; i++) {\n"
    "  const g = function () {};\n"
    "  Object.defineProperty(g, 'name', { value: 'n' + (i % 4) + '\\u00e9' });\n"
    "  g();\n"
    "}\n"
    "const h = () => {};\n"
    "h(); (() => {})();\n";

  for (int stress = 0; stress < 2; stress++)
    {
      JsTrace *trace = record (source, stress);

      g_assert_cmpuint (count_pushes (trace, "f"), ==, 2);
      g_assert_cmpuint (count_pushes (trace, "renamed"), ==, 1);
      for (int k = 0; k < 4; k++)
        {
          g_autofree char *name = g_strdup_printf ("n%d\u00e9", k);
          g_assert_cmpuint (count_pushes (trace, name), ==, 10);
        }
      g_assert_cmpuint (count_pushes (trace, "h"), ==, 1);
      g_assert_cmpuint (count_pushes (trace, "(anonymous)"), ==, 1);
      g_assert_cmpuint (count_pushes (trace, "(main)"), ==, 1);
      js_trace_free (trace);
    }
}

/* Statement ranges and the ranges of events raised inside natives. */
static void
test_ranges (void)
{
  const char *source =
    "let x = 1;\n"
    "function f (a) {\n"
    "  x += a;\n"
    "  return Promise.resolve(x);\n"
    "}\n"
    "for (let i = 0; i < 3; i++) f(i);\n";
  JsTrace *trace = record (source, FALSE);
  guint64 n = js_trace_get_n_events (trace);
  guint statements_in_f = 0, promises = 0;

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;
      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == JS_TRACE_STATEMENT && ev.range.line == 3)
        {
          g_assert_cmpint (ev.range.column, ==, 3);
          g_assert_cmpint (ev.range.end_line, ==, 3);
          statements_in_f++;
        }
      if (ev.kind == JS_TRACE_PROMISE_NEW)
        {
          g_assert_cmpint (ev.range.line, ==, 4);
          promises++;
        }
    }
  g_assert_cmpuint (statements_in_f, ==, 3);
  g_assert_cmpuint (promises, ==, 3);
  js_trace_free (trace);
}

/* Each "time" of the export is "%.6f" of the event's time without its
 * trailing zeros, also past a second of virtual time and for long runs. */
static void
test_json_times (void)
{
  const char *source =
    "let n = 0;\n"
    "function spin () { for (let i = 0; i < 777; i++) n += i % 7; }\n"
    "for (let i = 0; i < 40; i++) setTimeout(spin, i * 97);\n"
    "setTimeout(spin, 123456);\n";
  JsTrace *trace = record (source, FALSE);
  g_autofree char *json = js_trace_to_json (trace, FALSE);
  guint64 n = js_trace_get_n_events (trace);
  const char *p = json;
  gboolean past_a_second = FALSE;

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;
      char expected[G_ASCII_DTOSTR_BUF_SIZE];
      char *end;

      js_trace_get_event (trace, seq, &ev);
      g_ascii_formatd (expected, sizeof expected, "%.6f", ev.time_ms);
      end = expected + strlen (expected);
      while (end[-1] == '0')
        *--end = '\0';
      if (end[-1] == '.')
        *--end = '\0';
      p = strstr (p, "\"time\":");
      g_assert_nonnull (p);
      p += strlen ("\"time\":");
      g_assert_cmpint (strncmp (p, expected, strlen (expected)), ==, 0);
      g_assert_true (p[strlen (expected)] == ',' || p[strlen (expected)] == '}');
      past_a_second |= ev.time_ms > 1000;
    }
  g_assert_true (past_a_second);
  js_trace_free (trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/trace-writer/queue-removals", test_queue_removals);
  g_test_add_func ("/engine/trace-writer/queue-order", test_queue_order);
  g_test_add_func ("/engine/trace-writer/previews", test_previews);
  g_test_add_func ("/engine/trace-writer/function-names", test_function_names);
  g_test_add_func ("/engine/trace-writer/ranges", test_ranges);
  g_test_add_func ("/engine/trace-writer/json-times", test_json_times);
  return g_test_run ();
}
