/* test-browser-host.c: the browser profile — the HTML event loop in virtual
 * time, timers and their nesting clamp, animation frames, fetch against the
 * scenario's routes, error reporting, the scenario header's @click and
 * @fetch lines, and the trace events of a page.  The expected outputs are
 * what headless Chromium prints for the same scripts. */
#include <math.h>
#include <string.h>

#include "js.h"
#include "js-scenario.h"
#include "js-trace.h"
#include "script-case.h"

#define BROWSER_CASE(name, source, out) { name, source, out, 0, JS_HOST_BROWSER }

static const Case cases[] = {
  BROWSER_CASE ("loop-order",
                "setTimeout(() => console.log('timeout'), 0);\n"
                "Promise.resolve().then(() => console.log('promise'));\n"
                "queueMicrotask(() => console.log('microtask'));\n"
                "console.log('script');\n",
                "script\npromise\nmicrotask\ntimeout\n"),
  BROWSER_CASE ("timer-due-then-creation",
                "setTimeout(() => console.log('b 20'), 20);\n"
                "setTimeout(() => console.log('a 10'), 10);\n"
                "setTimeout(() => console.log('c 20'), 20);\n"
                "setTimeout(() => console.log('zero'), 0);\n",
                "zero\na 10\nb 20\nc 20\n"),
  BROWSER_CASE ("timer-zero-is-not-one",
                "setTimeout(() => console.log('1 ms'), 1);\n"
                "setTimeout(() => console.log('0 ms'), 0);\n",
                "0 ms\n1 ms\n"),
  /* HTML: from a nesting level over 5, timeouts under 4 ms become 4 ms, so
   * a 3 ms and a 0 ms timer tie and creation order decides. */
  BROWSER_CASE ("timer-nesting-clamp",
                "function pair(depth) {\n"
                "  let first = null;\n"
                "  const done = (name) => {\n"
                "    if (first === null) { first = name; return; }\n"
                "    console.log(depth, first);\n"
                "    if (depth < 8) pair(depth + 1);\n"
                "  };\n"
                "  setTimeout(() => done('3ms'), 3);\n"
                "  setTimeout(() => done('0ms'), 0);\n"
                "}\n"
                "pair(1);\n",
                "1 0ms\n2 0ms\n3 0ms\n4 0ms\n5 0ms\n6 0ms\n7 3ms\n8 3ms\n"),
  BROWSER_CASE ("timer-args-and-interval",
                "setTimeout((a, b) => console.log(a, b), 5, 'x', 2);\n"
                "let n = 0;\n"
                "const id = setInterval((step) => { n += step; console.log('tick', n); if (n === 3) clearInterval(id); }, 10, 1);\n",
                "x 2\ntick 1\ntick 2\ntick 3\n"),
  BROWSER_CASE ("timer-clear-shares-ids",
                "const t = setTimeout(() => console.log('never'), 5);\n"
                "clearInterval(t);\n"
                "const i = setInterval(() => console.log('never'), 5);\n"
                "clearTimeout(i);\n"
                "console.log(String(t > 0 && i > t));\n",
                "true\n"),
  BROWSER_CASE ("timer-odd-delays",
                "setTimeout(() => console.log('string 30'), '30');\n"
                "setTimeout(() => console.log('negative'), -5);\n"
                "setTimeout(() => console.log('NaN'), 'x');\n",
                "negative\nNaN\nstring 30\n"),
  BROWSER_CASE ("busy-wait-delays-timer",
                "setTimeout(() => console.log('timer'), 0);\n"
                "const start = performance.now();\n"
                "while (performance.now() - start < 20) {}\n"
                "Promise.resolve().then(() => console.log('microtask'));\n"
                "console.log('busy', String(performance.now() >= 20));\n",
                "busy true\nmicrotask\ntimer\n"),
  /* Chromium's sequence manager: a delayed task joins the ready order only
   * when the loop next picks a task, after what the running task posted. */
  BROWSER_CASE ("timer-due-during-task-queues-after-posted",
                "setTimeout(() => console.log('1 ms'), 1);\n"
                "const start = performance.now();\n"
                "while (performance.now() - start < 5) {}\n"
                "setTimeout(() => console.log('0 ms'), 0);\n",
                "0 ms\n1 ms\n"),
  /* After a user click Chromium expects a frame: idle periods wait for one. */
  BROWSER_CASE ("idle-after-user-click-waits-for-frame",
                "// @click #button 200ms\n"
                "setTimeout(() => requestIdleCallback(() => console.log('idle')), 300);\n"
                "setTimeout(() => requestAnimationFrame(() => console.log('frame')), 500);\n",
                "frame\nidle\n"),
  /* After a user's input Chromium renders before the tasks waiting. */
  BROWSER_CASE ("user-click-renders-first",
                "// @click #button 200ms\n"
                "document.querySelector('#button').addEventListener('click', () => {\n"
                "  setTimeout(() => console.log('timer'), 0);\n"
                "  requestAnimationFrame(() => console.log('frame'));\n"
                "});\n",
                "frame\ntimer\n"),
  BROWSER_CASE ("raf-frames",
                "requestAnimationFrame((t) => {\n"
                "  console.log('frame 1 at', Math.round(t * 3));\n"
                "  requestAnimationFrame((u) => console.log('frame 2 at', Math.round(u * 3)));\n"
                "  setTimeout(() => console.log('timeout from frame 1'), 0);\n"
                "  Promise.resolve().then(() => console.log('microtask from frame 1'));\n"
                "});\n"
                "requestAnimationFrame(() => console.log('frame 1 again'));\n",
                "frame 1 at 50\nmicrotask from frame 1\nframe 1 again\ntimeout from frame 1\nframe 2 at 100\n"),
  BROWSER_CASE ("raf-cancel",
                "const a = requestAnimationFrame(() => console.log('never'));\n"
                "let c = 0;\n"
                "requestAnimationFrame(() => { console.log('b cancels c'); cancelAnimationFrame(c); });\n"
                "c = requestAnimationFrame(() => console.log('never'));\n"
                "cancelAnimationFrame(a);\n",
                "b cancels c\n"),
  BROWSER_CASE ("raf-not-a-function",
                "try { requestAnimationFrame(1); } catch (e) { console.log(e.message); }\n"
                "try { queueMicrotask(null); } catch (e) { console.log(e.message); }\n",
                "Failed to execute 'requestAnimationFrame' on 'Window': parameter 1 is not of type 'Function'.\n"
                "Failed to execute 'queueMicrotask' on 'Window': parameter 1 is not of type 'Function'.\n"),
  BROWSER_CASE ("uncaught-goes-on",
                "setTimeout(() => { throw new TypeError('bad'); }, 0);\n"
                "setTimeout(() => { throw 'plain'; }, 10);\n"
                "queueMicrotask(() => { throw new Error(); });\n"
                "queueMicrotask(() => console.log('next microtask'));\n"
                "setTimeout(() => console.log('still alive'), 20);\n",
                "Uncaught Error\nnext microtask\nUncaught TypeError: bad\nUncaught plain\nstill alive\n"),
  BROWSER_CASE ("unhandled-rejection",
                "Promise.reject(new RangeError('late'));\n"
                "const handled = Promise.reject(new Error('handled'));\n"
                "queueMicrotask(() => handled.catch(() => console.log('caught in time')));\n"
                "setTimeout(() => Promise.reject(-0), 50);\n"
                "setTimeout(() => console.log('end'), 100);\n",
                "caught in time\nUncaught (in promise) RangeError: late\nUncaught (in promise) -0\nend\n"),
  /* The error event's listeners run inside the report; their microtasks
   * wait until the console line is out. */
  BROWSER_CASE ("error-event-listener-microtasks",
                "window.addEventListener('error', (e) => {\n"
                "  queueMicrotask(() => console.log('listener microtask'));\n"
                "  console.log('listener:', e.message);\n"
                "  if (e.error.message === 'quiet') e.preventDefault();\n"
                "});\n"
                "setTimeout(() => { throw new Error('loud'); }, 0);\n"
                "setTimeout(() => { throw new Error('quiet'); }, 10);\n",
                "listener: Uncaught Error: loud\nUncaught Error: loud\nlistener microtask\n"
                "listener: Uncaught Error: quiet\nlistener microtask\n"),
  BROWSER_CASE ("unhandledrejection-prevent-default",
                "window.addEventListener('unhandledrejection', (e) => {\n"
                "  console.log('event:', e.reason);\n"
                "  if (e.reason === 'quiet') e.preventDefault();\n"
                "});\n"
                "Promise.reject('quiet');\n"
                "setTimeout(() => Promise.reject('loud'), 10);\n",
                "event: quiet\nevent: loud\nUncaught (in promise) loud\n"),
  BROWSER_CASE ("timer-string-handler",
                "setTimeout(\"console.log('from a string')\", 0);\n",
                "from a string\n"),
  BROWSER_CASE ("top-level-throw",
                "Promise.resolve().then(() => console.log('microtask'));\n"
                "throw new Error('stop');\n",
                "Uncaught Error: stop\nmicrotask\n"),
  /* Nothing runs; the CLI exits with 1, as for a budget. */
  { "syntax-error", "console.log('never';\n", "Uncaught SyntaxError: missing ) after argument list\n", 1,
    JS_HOST_BROWSER },
  BROWSER_CASE ("no-node-globals",
                "console.log(typeof process, typeof require, typeof setImmediate, typeof module, typeof global);\n"
                "console.log(String(window === globalThis && self === window));\n"
                "try { process.exit(); } catch (e) { console.log(e.name + ': ' + e.message); }\n",
                "undefined undefined undefined undefined undefined\ntrue\n"
                "ReferenceError: process is not defined\n"),
  BROWSER_CASE ("fetch-routes",
                "// @fetch /user 50ms 200 {\"name\":\"Ada\"}\n"
                "// @fetch /gone 20ms 410 nothing here\n"
                "// @fetch /down 30ms error\n"
                "fetch('/user').then((r) => r.json()).then((u) => console.log('user', u.name));\n"
                "fetch('/gone').then((r) => console.log(r.status, r.statusText, String(r.ok)));\n"
                "fetch('/down').catch((e) => console.log(e.name, e.message));\n"
                "fetch('/unknown').then((r) => console.log(r.status, r.statusText));\n"
                "setTimeout(() => console.log('timer 40'), 40);\n",
                "410 Gone false\nTypeError Failed to fetch\ntimer 40\nuser Ada\n404 Not Found\n"),
  BROWSER_CASE ("fetch-response-basics",
                "// @fetch /t 10ms 201 hello\n"
                "fetch('/t', { method: 'post' }).then(async (r) => {\n"
                "  console.log(r.status, r.headers.get('Content-Type'), String(r.bodyUsed));\n"
                "  console.log(await r.text(), String(r.bodyUsed));\n"
                "  try { await r.json(); } catch (e) { console.log(e.name, e.message); }\n"
                "  const made = new Response('{\"a\":1}', { status: 202 });\n"
                "  console.log(made.status, made.statusText === '', (await made.json()).a);\n"
                "});\n",
                "201 text/plain;charset=UTF-8 false\nhello true\n"
                "TypeError Failed to execute 'json' on 'Response': body stream already read\n"
                "202 true 1\n"),
  BROWSER_CASE ("fetch-abort",
                "// @fetch /slow 100ms 200 slow\n"
                "const c = new AbortController();\n"
                "c.signal.addEventListener('abort', () => console.log('listener'));\n"
                "fetch('/slow', { signal: c.signal }).catch((e) => console.log('rejected', e.name, e.message));\n"
                "setTimeout(() => { c.abort(); console.log('abort() returned'); }, 50);\n"
                "fetch('/slow', { signal: AbortSignal.abort('early') }).catch((r) => console.log('at once', r));\n",
                "at once early\nlistener\nabort() returned\nrejected AbortError signal is aborted without reason\n"),
  BROWSER_CASE ("fetch-bad-signal",
                "fetch('/x', { signal: 1 }).catch((e) => console.log(e.name));\n",
                "TypeError\n"),
};

typedef struct {
  GString *out;
} Output;

static void
capture (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  Output *output = user_data;

  if (stream == JS_STREAM_STDOUT)
    g_string_append_len (output->out, text, length);
}

/* Runs a page with a trace; the caller frees the trace. */
static JsTrace *
run_traced (const char *source, char **out)
{
  JsOptions options;
  JsState *J;
  Output output = { g_string_new (NULL) };
  JsTrace *trace;

  js_options_init (&options);
  options.host = JS_HOST_BROWSER;
  options.record_trace = TRUE;
  J = js_state_new (&options);
  js_state_set_output (J, capture, &output);
  js_state_run (J, source, strlen (source), "page.js");
  trace = js_state_steal_trace (J);
  js_state_free (J);
  *out = g_string_free (output.out, FALSE);
  return trace;
}

/* The first event of `kind` (its seq), or -1. */
static gint64
find_event (JsTrace *trace, JsTraceEventKind kind, JsTraceEvent *event)
{
  for (guint64 seq = 0; seq < js_trace_get_n_events (trace); seq++)
    {
      js_trace_get_event (trace, seq, event);
      if (event->kind == kind)
        return (gint64) seq;
    }
  return -1;
}

static void
test_trace_frames (void)
{
  g_autofree char *out = NULL;
  JsTrace *trace = run_traced ("requestAnimationFrame(() => console.log('frame'));\n", &out);
  JsTraceEvent frame, render;
  gint64 at_frame = find_event (trace, JS_TRACE_ANIMATION_FRAME, &frame);
  gint64 at_render = find_event (trace, JS_TRACE_RENDER_STEP, &render);
  g_autofree char *narration = NULL;

  g_assert_cmpstr (out, ==, "frame\n");
  g_assert_cmpint (at_frame, >=, 0);
  g_assert_cmpint (at_render, >, at_frame);
  /* The first frame of a 60 Hz display. */
  g_assert_cmpfloat_with_epsilon (frame.time_ms, 1000.0 / 60, 1e-6);
  g_assert_cmpstr (frame.text, ==, "16.666666666666668");
  narration = js_trace_narrate (trace, (guint64) at_render, NULL);
  g_assert_cmpstr (narration, ==, "The shop window is redrawn: style, layout and paint");
  js_trace_free (trace);
}

static void
test_trace_fetch (void)
{
  g_autofree char *out = NULL;
  JsTrace *trace = run_traced ("// @fetch /a 40ms 200 {\"x\":1}\n"
                               "// @fetch /b 90ms 200 b\n"
                               "const c = new AbortController();\n"
                               "fetch('/a').then((r) => r.json()).then((v) => console.log(v.x));\n"
                               "fetch('/b', { signal: c.signal }).catch((e) => console.log(e.name));\n"
                               "setTimeout(() => c.abort(), 60);\n", &out);
  JsTraceEvent start, response, body, abort_event, oven;
  g_autofree char *narration = NULL;

  g_assert_cmpstr (out, ==, "1\nAbortError\n");
  g_assert_cmpint (find_event (trace, JS_TRACE_FETCH_START, &start), >=, 0);
  g_assert_cmpstr (start.text, ==, "GET /a");
  g_assert_cmpint (find_event (trace, JS_TRACE_FETCH_RESPONSE, &response), >=, 0);
  g_assert_cmpstr (response.text, ==, "200 OK for /a");
  g_assert_cmpfloat (response.time_ms, >=, 40);
  g_assert_cmpfloat (response.time_ms, <, 41);
  g_assert_cmpint (find_event (trace, JS_TRACE_FETCH_BODY, &body), >=, 0);
  g_assert_cmpstr (body.text, ==, "json() of http://127.0.0.1:8000/a");
  g_assert_cmpint (find_event (trace, JS_TRACE_ABORT, &abort_event), >=, 0);
  g_assert_cmpstr (abort_event.text, ==, "the request for /b");
  g_assert_cmpfloat (abort_event.time_ms, >=, 60);
  /* The response waits in the oven like a timer, on the I/O queue. */
  for (guint64 seq = 0; seq < js_trace_get_n_events (trace); seq++)
    {
      js_trace_get_event (trace, seq, &oven);
      if (oven.kind == JS_TRACE_WEBAPI_ADD && oven.task == JS_TRACE_TASK_FETCH)
        break;
    }
  g_assert_cmpint (oven.kind, ==, JS_TRACE_WEBAPI_ADD);
  g_assert_cmpfloat (oven.delay_ms, ==, 40);
  g_assert_cmpstr (oven.name, ==, "fetch /a");
  narration = js_trace_narrate (trace, oven.seq, NULL);
  g_assert_true (g_str_has_prefix (narration, "Response to fetch /a goes into the oven: 40 ms"));
  js_trace_free (trace);
}

static void
test_trace_user_event_and_errors (void)
{
  g_autofree char *out = NULL;
  JsTrace *trace = run_traced ("// @click #button 50ms\n"
                               "setTimeout(() => { throw new Error('boom'); }, 10);\n"
                               "Promise.reject(new Error('nobody'));\n", &out);
  JsTraceEvent user, uncaught, unhandled, run;
  gint64 at_user = find_event (trace, JS_TRACE_USER_EVENT, &user);

  g_assert_cmpstr (out, ==, "Uncaught (in promise) Error: nobody\nUncaught Error: boom\n");
  g_assert_cmpint (at_user, >, 0);
  g_assert_cmpstr (user.text, ==, "click on #button");
  g_assert_cmpfloat (user.time_ms, >=, 50);
  /* The click is a task of the user-input queue. */
  js_trace_get_event (trace, (guint64) at_user - 1, &run);
  g_assert_cmpint (run.kind, ==, JS_TRACE_TASK_RUN);
  g_assert_cmpint (run.sub, ==, JS_TRACE_QUEUE_USER_INPUT);
  g_assert_cmpint (find_event (trace, JS_TRACE_UNCAUGHT, &uncaught), >=, 0);
  g_assert_cmpstr (uncaught.text, ==, "Error: boom");
  g_assert_cmpint (find_event (trace, JS_TRACE_UNHANDLED_REJECTION, &unhandled), >=, 0);
  g_assert_cmpstr (unhandled.text, ==, "Error: nobody");
  js_trace_free (trace);
}

/* Every new kind has a name and a narration. */
static void
test_trace_kind_names (void)
{
  static const JsTraceEventKind kinds[] = {
    JS_TRACE_ANIMATION_FRAME, JS_TRACE_RENDER_STEP, JS_TRACE_FETCH_START, JS_TRACE_FETCH_RESPONSE,
    JS_TRACE_FETCH_BODY, JS_TRACE_ABORT, JS_TRACE_USER_EVENT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpstr (js_trace_event_kind_name (kinds[i]), !=, "");
      g_assert_cmpstr (js_trace_event_kind_narration (kinds[i]), !=, "");
    }
  g_assert_cmpstr (js_trace_queue_name (JS_TRACE_QUEUE_ANIMATION_FRAME), ==, "animationFrame");
  g_assert_cmpstr (js_trace_phase_name (JS_TRACE_PHASE_RENDER), ==, "render");
}

static void
test_header_click_and_fetch (void)
{
  g_autoptr (JsScenario) scenario = js_scenario_parse ("// checks things\n"
                                                       "// @host browser\n"
                                                       "// @click #button 200ms\n"
                                                       "// @click .other 50\n"
                                                       "// @fetch /api/user 250ms 200 {\"name\":\"Ada\"}\n"
                                                       "// @fetch /plain\n"
                                                       "// @fetch /down 30ms error\n"
                                                       "// @fetch /text 10ms 500 two words\n"
                                                       "run();\n", -1);
  JsScenarioClick *click;
  JsScenarioFetch *fetch;

  g_assert_cmpint (scenario->host, ==, JS_HOST_BROWSER);
  g_assert_cmpuint (scenario->warnings->len, ==, 0);
  g_assert_cmpuint (scenario->clicks->len, ==, 2);
  click = g_ptr_array_index (scenario->clicks, 0);
  g_assert_cmpstr (click->selector, ==, "#button");
  g_assert_cmpfloat (click->time_ms, ==, 200);
  g_assert_cmpint (click->line, ==, 3);
  click = g_ptr_array_index (scenario->clicks, 1);
  g_assert_cmpfloat (click->time_ms, ==, 50);
  g_assert_cmpuint (scenario->fetches->len, ==, 4);
  fetch = g_ptr_array_index (scenario->fetches, 0);
  g_assert_cmpstr (fetch->path, ==, "/api/user");
  g_assert_cmpfloat (fetch->latency_ms, ==, 250);
  g_assert_cmpint (fetch->status, ==, 200);
  g_assert_cmpstr (fetch->body, ==, "{\"name\":\"Ada\"}");
  g_assert_false (fetch->network_error);
  fetch = g_ptr_array_index (scenario->fetches, 1);
  g_assert_cmpfloat (fetch->latency_ms, ==, 100);
  g_assert_cmpint (fetch->status, ==, 200);
  g_assert_cmpstr (fetch->body, ==, "");
  fetch = g_ptr_array_index (scenario->fetches, 2);
  g_assert_true (fetch->network_error);
  g_assert_cmpfloat (fetch->latency_ms, ==, 30);
  fetch = g_ptr_array_index (scenario->fetches, 3);
  g_assert_cmpint (fetch->status, ==, 500);
  g_assert_cmpstr (fetch->body, ==, "two words");
}

static void
test_header_bad_lines (void)
{
  g_autoptr (JsScenario) scenario = js_scenario_parse ("// @click #button\n"
                                                       "// @click #button soon\n"
                                                       "// @fetch /a 10ms 99\n"
                                                       "// @fetch /a 10ms 700\n"
                                                       "// @fetch /b 1s\n"
                                                       "// @fetch /c 5ms\n"
                                                       "// @fetch /c 6ms\n", -1);

  g_assert_cmpuint (scenario->clicks->len, ==, 0);
  g_assert_cmpuint (scenario->fetches->len, ==, 1);
  g_assert_cmpuint (scenario->warnings->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (scenario->warnings, 0), ==,
                   "1: expected '@click SELECTOR TIME', not '#button'");
  g_assert_cmpstr (g_ptr_array_index (scenario->warnings, 2), ==,
                   "3: expected a status from 200 to 599 or 'error', not '99'");
  g_assert_cmpstr (g_ptr_array_index (scenario->warnings, 5), ==,
                   "7: a second @fetch line for a path is ignored: '/c'");
}

/* A page whose interval never stops runs until the time budget. */
static void
test_budget_stops_interval (void)
{
  JsOptions options;
  JsState *J;
  Output output = { g_string_new (NULL) };
  const char *source = "setInterval(() => {}, 10);\n";

  js_options_init (&options);
  options.host = JS_HOST_BROWSER;
  options.max_virtual_ms = 1000;
  J = js_state_new (&options);
  js_state_set_output (J, capture, &output);
  g_assert_cmpint (js_state_run (J, source, strlen (source), "page.js"), ==, JS_RUN_BUDGET);
  g_assert_cmpstr (js_state_get_error_message (J), ==, "stopped at 1000 ms of virtual time (time budget)");
  js_state_free (J);
  g_string_free (output.out, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/browser-host", cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/engine/browser-host/trace/frames", test_trace_frames);
  g_test_add_func ("/engine/browser-host/trace/fetch", test_trace_fetch);
  g_test_add_func ("/engine/browser-host/trace/user-event-and-errors", test_trace_user_event_and_errors);
  g_test_add_func ("/engine/browser-host/trace/kind-names", test_trace_kind_names);
  g_test_add_func ("/engine/browser-host/header/click-and-fetch", test_header_click_and_fetch);
  g_test_add_func ("/engine/browser-host/header/bad-lines", test_header_bad_lines);
  g_test_add_func ("/engine/browser-host/budget-stops-interval", test_budget_stops_interval);
  return g_test_run ();
}
