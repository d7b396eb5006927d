/* test-trace.c: the recorded trace (js-trace.h) — event sequences of small
 * scripts, the state folded at any step, seeking, the caps and budgets, the
 * JSON export and the narration. */
#include <glib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "js.h"
#include "js-trace.h"

static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

/* Runs `source` with a trace and returns the trace (the state is freed). */
static JsTrace *
record (const char *source, guint64 max_steps, guint64 max_events, JsRunStatus *status)
{
  JsOptions options;
  JsState *J;
  JsTrace *trace;
  JsRunStatus s;

  js_options_init (&options);
  options.record_trace = TRUE;
  if (max_steps != 0)
    options.max_steps = max_steps;
  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  if (max_events != 0)
    js_trace_set_max_events (js_state_get_trace (J), max_events);
  s = js_state_run (J, source, strlen (source), "/work/scenario.js");
  if (status != NULL)
    *status = s;
  trace = js_state_steal_trace (J);
  js_state_free (J);
  return trace;
}

/* One line per event except statements: the kind and its main field. */
static char *
summarize (JsTrace *trace)
{
  GString *out = g_string_new (NULL);
  guint64 n = js_trace_get_n_events (trace);

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);
      switch (ev.kind)
        {
        case JS_TRACE_STATEMENT:
          continue;
        case JS_TRACE_FRAME_PUSH:
          g_string_append_printf (out, "push %s %s\n", ev.name, js_trace_frame_reason_name (ev.sub));
          break;
        case JS_TRACE_FRAME_POP:
          g_string_append_printf (out, "pop %s\n", ev.name);
          break;
        case JS_TRACE_CONSOLE:
          g_string_append_printf (out, "console %s", ev.text);
          break;
        case JS_TRACE_PHASE:
          g_string_append_printf (out, "phase %s\n", js_trace_phase_name (ev.sub));
          break;
        case JS_TRACE_WEBAPI_ADD:
          g_string_append_printf (out, "%s %s delay=%g due=%g\n", js_trace_event_kind_name (ev.kind),
                                  js_trace_task_kind_name (ev.task), ev.delay_ms, ev.due_ms);
          break;
        case JS_TRACE_WEBAPI_DONE:
        case JS_TRACE_WEBAPI_CANCEL:
        case JS_TRACE_TASK_ENQUEUE:
        case JS_TRACE_TASK_RUN:
        case JS_TRACE_TASK_CANCEL:
        case JS_TRACE_MICROTASK_ENQUEUE:
        case JS_TRACE_MICROTASK_RUN:
          g_string_append_printf (out, "%s %s %s\n", js_trace_event_kind_name (ev.kind),
                                  js_trace_queue_name (ev.sub), js_trace_task_kind_name (ev.task));
          break;
        case JS_TRACE_PROMISE_NEW:
          g_string_append_printf (out, "promise-new #%u\n", ev.id);
          break;
        case JS_TRACE_PROMISE_SETTLE:
          g_string_append_printf (out, "promise-settle #%u %s\n", ev.id, ev.text);
          break;
        case JS_TRACE_EXIT:
          g_string_append_printf (out, "exit %u\n", ev.id);
          break;
        default:
          g_string_append_printf (out, "%s %s%s\n", js_trace_event_kind_name (ev.kind), ev.name, ev.text);
          break;
        }
    }
  return g_string_free (out, FALSE);
}

static const char classic[] =
  "console.log('start');\n"
  "setTimeout(() => console.log('timeout'), 0);\n"
  "Promise.resolve().then(() => console.log('promise'));\n"
  "console.log('end');\n";

static void
test_classic_sequence (void)
{
  JsTrace *trace = record (classic, 0, 0, NULL);
  char *summary = summarize (trace);

  g_assert_cmpstr (summary, ==,
                   "script-start scenario.js\n"
                   "phase script\n"
                   "push (main) script\n"
                   "console start\n"
                   "webapi-add timeout delay=1 due=1\n"
                   "promise-new #1\n"
                   "promise-settle #1 undefined\n"
                   "promise-new #2\n"
                   "microtask-enqueue microtask promise-fulfill\n"
                   "console end\n"
                   "pop (main)\n"
                   "script-end scenario.js\n"
                   "microtask-run microtask promise-fulfill\n"
                   "push (anonymous) microtask\n"
                   "console promise\n"
                   "pop (anonymous)\n"
                   "promise-settle #2 undefined\n"
                   "phase timers\n"
                   "webapi-done webapi timeout\n"
                   "task-enqueue timers timeout\n"
                   "task-run timers timeout\n"
                   "push (anonymous) macrotask\n"
                   "console timeout\n"
                   "pop (anonymous)\n"
                   "phase pending\n"
                   "phase idle\n"
                   "phase poll\n"
                   "phase check\n"
                   "phase close\n"
                   "phase timers\n"
                   "exit 0\n"
                   "phase done\n");
  g_free (summary);
  js_trace_free (trace);
}

/* The first step after which an event of `kind` happened. */
static guint64
step_after (JsTrace *trace, JsTraceEventKind kind, guint nth)
{
  guint64 n = js_trace_get_n_events (trace);

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;
      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == kind && nth-- == 0)
        return seq + 1;
    }
  g_assert_not_reached ();
}

static void
test_state_at_steps (void)
{
  JsTrace *trace = record (classic, 0, 0, NULL);
  const JsTraceState *state;
  JsTraceTask task;
  JsTraceFrame frame;
  JsTraceRange range;
  JsTracePromise promise;
  JsTraceConsoleLine line;

  /* Before anything: empty. */
  state = js_trace_get_state (trace, 0);
  g_assert_cmpuint (js_trace_state_get_n_frames (state), ==, 0);
  g_assert_cmpint (js_trace_state_get_phase (state), ==, JS_TRACE_PHASE_NONE);

  /* The timeout is in the oven, the main script on the desk at line 2. */
  state = js_trace_get_state (trace, step_after (trace, JS_TRACE_WEBAPI_ADD, 0));
  g_assert_cmpint (js_trace_state_get_phase (state), ==, JS_TRACE_PHASE_SCRIPT);
  g_assert_cmpuint (js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_WEBAPI), ==, 1);
  js_trace_state_get_task (state, JS_TRACE_QUEUE_WEBAPI, 0, &task);
  g_assert_cmpint (task.kind, ==, JS_TRACE_TASK_TIMEOUT);
  g_assert_cmpfloat (task.due_ms, ==, 1);
  g_assert_cmpint (task.site.line, ==, 2);
  g_assert_cmpuint (js_trace_state_get_n_frames (state), ==, 1);
  js_trace_state_get_frame (state, 0, &frame);
  g_assert_cmpstr (frame.name, ==, "(main)");
  g_assert_cmpint (frame.reason, ==, JS_TRACE_REASON_SCRIPT);
  g_assert_true (js_trace_state_get_range (state, &range));
  g_assert_cmpint (range.line, ==, 2);
  g_assert_cmpuint (js_trace_state_get_n_console_lines (state), ==, 1);
  js_trace_state_get_console_line (state, 0, &line);
  g_assert_cmpstr (line.text, ==, "start\n");
  g_assert_cmpint (line.stream, ==, JS_STREAM_STDOUT);

  /* The reaction waits on the tray; the promises exist. */
  state = js_trace_get_state (trace, step_after (trace, JS_TRACE_MICROTASK_ENQUEUE, 0));
  g_assert_cmpuint (js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_MICROTASK), ==, 1);
  js_trace_state_get_task (state, JS_TRACE_QUEUE_MICROTASK, 0, &task);
  g_assert_cmpint (task.kind, ==, JS_TRACE_TASK_PROMISE_FULFILL);
  g_assert_cmpstr (task.name, ==, "(anonymous)");
  g_assert_cmpuint (js_trace_state_get_n_promises (state), ==, 2);
  js_trace_state_get_promise (state, 0, &promise);
  g_assert_cmpint (promise.state, ==, JS_TRACE_PROMISE_FULFILLED);
  js_trace_state_get_promise (state, 1, &promise);
  g_assert_cmpint (promise.state, ==, JS_TRACE_PROMISE_PENDING);
  g_assert_cmpstr (promise.preview, ==, "");

  /* The timeout runs: off the counter, on the desk as a task. */
  state = js_trace_get_state (trace, step_after (trace, JS_TRACE_FRAME_PUSH, 2));
  g_assert_cmpint (js_trace_state_get_phase (state), ==, JS_TRACE_PHASE_TIMERS);
  g_assert_cmpuint (js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_WEBAPI), ==, 0);
  g_assert_cmpuint (js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_TIMERS), ==, 0);
  g_assert_cmpuint (js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_MICROTASK), ==, 0);
  js_trace_state_get_frame (state, 0, &frame);
  g_assert_cmpint (frame.reason, ==, JS_TRACE_REASON_MACROTASK);
  g_assert_cmpfloat (js_trace_state_get_time (state), >=, 1);
  js_trace_state_get_promise (state, 1, &promise);
  g_assert_cmpint (promise.state, ==, JS_TRACE_PROMISE_FULFILLED);

  /* The end. */
  state = js_trace_get_state (trace, js_trace_get_n_events (trace));
  g_assert_cmpint (js_trace_state_get_phase (state), ==, JS_TRACE_PHASE_DONE);
  g_assert_cmpuint (js_trace_state_get_n_console_lines (state), ==, 4);
  g_assert_cmpuint (js_trace_state_get_n_frames (state), ==, 0);
  js_trace_free (trace);
}

/* Something of everything: timers, intervals, immediates, ticks, promises,
 * awaits, thenables, cancellations, nested calls, a caught throw. */
static const char busy[] =
  "function sum(a, b) { return a + b; }\n"
  "async function worker(n) {\n"
  "  for (let i = 0; i < n; i++) { await null; sum(i, n); }\n"
  "  await { then(r) { r(n); } };\n"
  "  return n;\n"
  "}\n"
  "let ticks = 0;\n"
  "const iv = setInterval(() => { if (++ticks === 3) clearInterval(iv); }, 2);\n"
  "const never = setTimeout(() => {}, 1);\n"
  "clearTimeout(never);\n"
  "setTimeout(() => { Promise.reject(new Error('x')).catch(() => {}); }, 3);\n"
  "setImmediate(() => process.nextTick(() => console.log('tick')));\n"
  "const dropped = setImmediate(() => {});\n"
  "clearImmediate(dropped);\n"
  "Promise.all([worker(3), worker(2), 7]).then(v => console.log(v));\n"
  "queueMicrotask(() => { try { null.x; } catch (e) { console.log(e.message); } });\n"
  "[1, 2, 3].map(x => sum(x, 1));\n";

static void
test_fold_forward_backward (void)
{
  JsTrace *trace = record (busy, 0, 0, NULL);
  guint64 n = js_trace_get_n_events (trace);
  GPtrArray *forward = g_ptr_array_new_with_free_func ((GDestroyNotify) js_trace_state_free);

  g_assert_cmpuint (n, >, 200);
  /* Forward, one step at a time: the reference states. */
  for (guint64 step = 0; step <= n; step++)
    g_ptr_array_add (forward, js_trace_state_copy (js_trace_get_state (trace, step)));
  /* The end has nothing left anywhere. */
  {
    const JsTraceState *end = g_ptr_array_index (forward, n);
    for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
      g_assert_cmpuint (js_trace_state_get_n_tasks (end, q), ==, 0);
    g_assert_cmpuint (js_trace_state_get_n_frames (end), ==, 0);
  }
  /* Backward, one step at a time, to the start: the same states. */
  for (guint64 step = n + 1; step-- > 0;)
    g_assert_true (js_trace_state_equal (js_trace_get_state (trace, step), g_ptr_array_index (forward, step)));
  /* Random seeks. */
  for (int i = 0; i < 2000; i++)
    {
      guint64 step = (guint64) g_test_rand_int_range (0, (gint32) n + 1);
      g_assert_true (js_trace_state_equal (js_trace_get_state (trace, step), g_ptr_array_index (forward, step)));
    }
  g_ptr_array_unref (forward);
  js_trace_free (trace);
}

/* A 100,000-event trace: a seek anywhere is immediate, and equals the
 * state linear replay reaches. */
static void
test_big_trace_seek (void)
{
  const char *source =
    "let n = 0;\n"
    "function again() { if (++n < 12000) Promise.resolve(n).then(again); }\n"
    "again();\n";
  JsTrace *trace = record (source, 0, 0, NULL);
  guint64 n = js_trace_get_n_events (trace);
  const guint64 probes[] = { 0, 1, 777, 50000, 99999, 31337, 12, 88888, 65536, 2, 70001 };
  GTimer *timer = g_timer_new ();
  double worst = 0;

  g_assert_cmpuint (n, >=, 100000);
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      JsTraceState *seeked, *replayed;
      guint64 step = MIN (probes[i], n);

      g_timer_start (timer);
      seeked = js_trace_state_copy (js_trace_get_state (trace, step));
      worst = MAX (worst, g_timer_elapsed (timer, NULL));
      /* Linear replay on the same trace: walk from 0 in unit steps. */
      for (guint64 s = 0; s <= step; s += MAX (step / 7, 1))
        js_trace_get_state (trace, s);
      replayed = js_trace_state_copy (js_trace_get_state (trace, step));
      g_assert_true (js_trace_state_equal (seeked, replayed));
      js_trace_state_free (seeked);
      js_trace_state_free (replayed);
    }
  g_test_message ("%" G_GUINT64_FORMAT " events, %zu bytes, worst seek %.3f ms",
                  n, js_trace_get_memory_size (trace), worst * 1000);
  g_assert_cmpfloat (worst, <, 0.05);
  g_timer_destroy (timer);
  js_trace_free (trace);
}

static void
test_step_budget (void)
{
  JsRunStatus status;
  JsTrace *trace = record ("function f() { queueMicrotask(f); }\nf();\n", 100000, 0, &status);
  guint64 n = js_trace_get_n_events (trace);
  JsTraceEvent ev;

  g_assert_cmpint (status, ==, JS_RUN_BUDGET);
  js_trace_get_event (trace, n - 3, &ev);
  g_assert_cmpint (ev.kind, ==, JS_TRACE_BUDGET);
  g_assert_cmpint (ev.sub, ==, 0);
  g_assert_cmpstr (ev.text, ==, "stopped after 100000 steps (step budget)");
  js_trace_get_event (trace, n - 2, &ev);
  g_assert_cmpint (ev.kind, ==, JS_TRACE_EXIT);
  g_assert_cmpuint (ev.id, ==, 1);
  g_assert_false (js_trace_is_truncated (trace));
  /* The stack is empty at the end even though the run stopped mid-call. */
  g_assert_cmpuint (js_trace_state_get_n_frames (js_trace_get_state (trace, n)), ==, 0);
  js_trace_free (trace);
}

static void
test_interval_time_budget (void)
{
  JsOptions options;
  JsState *J;
  const char *source = "setInterval(() => {}, 1000);\n";

  js_options_init (&options);
  options.max_virtual_ms = 10000;
  J = js_state_new (&options);
  g_assert_cmpint (js_state_run (J, source, strlen (source), "interval.js"), ==, JS_RUN_BUDGET);
  g_assert_cmpstr (js_state_get_error_message (J), ==, "stopped at 10000 ms of virtual time (time budget)");
  js_state_free (J);
}

static void
test_event_cap (void)
{
  JsTrace *trace = record ("let n = 0; while (n < 100000) n++; console.log(n);\n", 0, 500, NULL);
  JsTraceEvent ev;

  g_assert_true (js_trace_is_truncated (trace));
  g_assert_cmpuint (js_trace_get_n_events (trace), ==, 500);
  js_trace_get_event (trace, 499, &ev);
  g_assert_cmpint (ev.kind, ==, JS_TRACE_TRUNCATED);
  g_assert_cmpstr (ev.text, ==, "the trace holds at most 500 events");
  js_trace_free (trace);
}

static void
test_json (void)
{
  JsTrace *trace = record (classic, 0, 0, NULL);
  char *json = js_trace_to_json (trace, TRUE);
  JsonParser *parser = json_parser_new ();
  GError *error = NULL;
  JsonObject *root, *first, *console = NULL;
  JsonArray *events;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "loop-bakery-trace");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_false (json_object_get_boolean_member (root, "truncated"));
  events = json_object_get_array_member (root, "events");
  g_assert_cmpuint (json_array_get_length (events), ==, js_trace_get_n_events (trace));
  first = json_array_get_object_element (events, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "script-start");
  g_assert_cmpstr (json_object_get_string_member (first, "file"), ==, "scenario.js");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      console = json_array_get_object_element (events, i);
      if (g_strcmp0 (json_object_get_string_member (console, "kind"), "console") == 0)
        break;
    }
  g_assert_cmpstr (json_object_get_string_member (console, "text"), ==, "start\n");
  g_assert_cmpstr (json_object_get_string_member (console, "stream"), ==, "stdout");
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (console, "range"), 0), ==, 1);
  g_object_unref (parser);
  g_free (json);
  js_trace_free (trace);
}

static const char *
shout (const char *msgid)
{
  return strcmp (msgid, "The script prints: {text}") == 0 ? "PRINTS «{text}»" : msgid;
}

static void
test_narration (void)
{
  JsTrace *trace = record (classic, 0, 0, NULL);
  guint64 seq = step_after (trace, JS_TRACE_CONSOLE, 0) - 1;
  guint64 oven = step_after (trace, JS_TRACE_WEBAPI_ADD, 0) - 1;
  char *text;

  text = js_trace_narrate (trace, seq, NULL);
  g_assert_cmpstr (text, ==, "The script prints: start");
  g_free (text);
  text = js_trace_narrate (trace, seq, shout);
  g_assert_cmpstr (text, ==, "PRINTS «start»");
  g_free (text);
  text = js_trace_narrate (trace, oven, NULL);
  g_assert_cmpstr (text, ==, "Timeout (anonymous) goes into the oven: 1 ms, ready at 1 ms; "
                   "the baker does not wait and reads on");
  g_free (text);
  for (int kind = 0; kind < JS_TRACE_N_EVENT_KINDS; kind++)
    {
      g_assert_nonnull (js_trace_event_kind_name (kind));
      g_assert_nonnull (strchr (js_trace_event_kind_narration (kind), ' '));
    }
  js_trace_free (trace);
}

static void
test_order_not_guaranteed (void)
{
  JsTrace *trace = record ("setTimeout(() => {}, 0);\nsetImmediate(() => {});\n", 0, 0, NULL);
  guint64 seq = step_after (trace, JS_TRACE_ORDER_NOT_GUARANTEED, 0) - 1;
  JsTraceEvent ev, next;

  js_trace_get_event (trace, seq, &ev);
  g_assert_nonnull (strstr (ev.text, "setImmediate"));
  js_trace_get_event (trace, seq + 1, &next);
  g_assert_cmpint (next.kind, ==, JS_TRACE_PHASE);
  js_trace_free (trace);
}

static void
test_uncaught (void)
{
  JsRunStatus status;
  JsTrace *trace = record ("setTimeout(() => { throw new TypeError('bad'); }, 5);\n", 0, 0, &status);
  guint64 seq = step_after (trace, JS_TRACE_UNCAUGHT, 0) - 1;
  const JsTraceState *state;
  JsTraceEvent ev;

  g_assert_cmpint (status, ==, JS_RUN_UNCAUGHT);
  js_trace_get_event (trace, seq, &ev);
  g_assert_cmpstr (ev.text, ==, "TypeError: bad");
  g_assert_cmpfloat (ev.time_ms, >=, 5);
  /* The error went to stderr, and the console shows it. */
  state = js_trace_get_state (trace, js_trace_get_n_events (trace));
  g_assert_cmpuint (js_trace_state_get_n_console_lines (state), ==, 1);
  js_trace_free (trace);
}

/* A frame and a task show the function's own "name" as it is when they
 * are recorded, renamed or not; a name behind a getter or deleted shows
 * as anonymous, and the getter does not run. */
/* The names (and ranges) of the events of kind @a or @b, in order. */
static char *
list_events (JsTrace          *trace,
             JsTraceEventKind  a,
             JsTraceEventKind  b,
             gboolean          with_ranges)
{
  GString *out = g_string_new (NULL);
  guint64 n = js_trace_get_n_events (trace);

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);
      if (ev.kind != a && ev.kind != b)
        continue;
      g_string_append_printf (out, "%s ", ev.name);
      if (with_ranges)
        g_string_append_printf (out, "%d:%d-%d:%d ", ev.range.line, ev.range.column,
                                ev.range.end_line, ev.range.end_column);
    }
  return g_string_free (out, FALSE);
}

static void
test_function_names (void)
{
  JsTrace *trace = record ("function plain() {}\n"
                           "plain();\n"
                           "function renamed() {}\n"
                           "Object.defineProperty(renamed, 'name', { value: 'newName' });\n"
                           "renamed();\n"
                           "function viaGetter() {}\n"
                           "Object.defineProperty(viaGetter, 'name', { get() { throw new Error('ran'); } });\n"
                           "viaGetter();\n"
                           "function deleted() {}\n"
                           "delete deleted.name;\n"
                           "deleted();\n"
                           "queueMicrotask(renamed);\n",
                           0, 0, NULL);
  g_autofree char *names = list_events (trace, JS_TRACE_FRAME_PUSH, JS_TRACE_MICROTASK_ENQUEUE, FALSE);

  g_assert_cmpstr (names, ==, "(main) plain newName (anonymous) (anonymous) newName newName ");
  js_trace_free (trace);
}

/* A callback the loop calls starts at its own source; a plain call has
 * no range until its first statement (the caller's line shows). */
static void
test_frame_push_ranges (void)
{
  JsTrace *trace = record ("function f() { return 1; }\n"
                           "f();\n"
                           "Promise.resolve().then(() => f());\n"
                           "setTimeout(function later() {}, 0);\n",
                           0, 0, NULL);
  g_autofree char *ranges = list_events (trace, JS_TRACE_FRAME_PUSH, JS_TRACE_FRAME_PUSH, TRUE);

  g_assert_cmpstr (ranges, ==,
                   "(main) 0:0-0:0 f 0:0-0:0 (anonymous) 3:24-3:33 f 0:0-0:0 later 4:12-4:31 ");
  js_trace_free (trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/trace/classic-sequence", test_classic_sequence);
  g_test_add_func ("/engine/trace/state-at-steps", test_state_at_steps);
  g_test_add_func ("/engine/trace/fold-forward-backward", test_fold_forward_backward);
  g_test_add_func ("/engine/trace/big-trace-seek", test_big_trace_seek);
  g_test_add_func ("/engine/trace/step-budget", test_step_budget);
  g_test_add_func ("/engine/trace/interval-time-budget", test_interval_time_budget);
  g_test_add_func ("/engine/trace/event-cap", test_event_cap);
  g_test_add_func ("/engine/trace/json", test_json);
  g_test_add_func ("/engine/trace/narration", test_narration);
  g_test_add_func ("/engine/trace/order-not-guaranteed", test_order_not_guaranteed);
  g_test_add_func ("/engine/trace/uncaught", test_uncaught);
  g_test_add_func ("/engine/trace/function-names", test_function_names);
  g_test_add_func ("/engine/trace/frame-push-ranges", test_frame_push_ranges);
  return g_test_run ();
}
