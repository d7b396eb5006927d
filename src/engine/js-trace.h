/* js-trace.h: the recorded trace of a run, and the state of the event loop at
 * any step of it — what the app animates and the CLI exports.
 *
 * A trace is a list of events, each with a sequence number (its index), the
 * virtual time, a source range, a kind and a few fields.  The *state* after
 * event N (the call stack, the Web APIs, every queue, the console so far, the
 * promises, the current phase and source range) is folded from the events in
 * the engine: js_trace_get_state() steps forwards or backwards in O(1)
 * amortised per event and seeks anywhere through checkpoints.
 *
 * The trace owns copies of everything it shows (names, text, value previews):
 * it holds no JavaScript values and outlives the engine that recorded it
 * (js_state_steal_trace).  docs/trace-format.md describes the JSON export.
 */
#pragma once

#include <glib.h>

#include "js.h"

G_BEGIN_DECLS

typedef struct JsTrace JsTrace;
typedef struct JsTraceState JsTraceState;

/* Every event kind: its enum suffix, its name in the JSON export, and its
 * narration — an English template with {placeholders} (see
 * js_trace_narrate), marked for translation.  One list, so that the kinds,
 * their names and their narrations cannot drift apart. */
#define JS_TRACE_EVENT_KINDS(X) \
  X (SCRIPT_START,      "script-start",      N_("The baker opens the recipe {name} and starts at the top")) \
  X (SCRIPT_END,        "script-end",        N_("The main script {name} has run to its end")) \
  X (FRAME_PUSH,        "frame-push",        N_("{name} goes on the baker's desk ({reason})")) \
  X (FRAME_POP,         "frame-pop",         N_("{name} leaves the baker's desk")) \
  X (STATEMENT,         "statement",         N_("Line {line}")) \
  X (WEBAPI_ADD,        "webapi-add",        N_("{task} {name} goes into the oven: {delay} ms, ready at {due} ms")) \
  X (WEBAPI_DONE,       "webapi-done",       N_("{task} {name} is ready and leaves the oven")) \
  X (WEBAPI_CANCEL,     "webapi-cancel",     N_("{task} {name} is taken out of the oven: cancelled")) \
  X (TASK_ENQUEUE,      "task-enqueue",      N_("{task} {name} waits on the {queue} counter")) \
  X (TASK_RUN,          "task-run",          N_("{task} {name} is taken from the {queue} counter to run")) \
  X (TASK_CANCEL,       "task-cancel",       N_("{task} {name} is removed from the {queue} counter: cancelled")) \
  X (MICROTASK_ENQUEUE, "microtask-enqueue", N_("{task} {name} joins the {queue} tray")) \
  X (MICROTASK_RUN,     "microtask-run",     N_("{task} {name} is taken from the {queue} tray to run")) \
  X (PROMISE_NEW,       "promise-new",       N_("Promise #{id} is created, pending")) \
  X (PROMISE_SETTLE,    "promise-settle",    N_("Promise #{id} is {state}: {text}")) \
  X (PHASE,             "phase",             N_("The event loop enters the {phase} phase")) \
  X (CONSOLE,           "console",           N_("The script prints: {text}")) \
  X (UNCAUGHT,          "uncaught",          N_("Uncaught exception: {text}")) \
  X (UNHANDLED_REJECTION, "unhandled-rejection", N_("A rejected promise has no handler: {text}")) \
  X (ORDER_NOT_GUARANTEED, "order-not-guaranteed", N_("Careful: this order is not guaranteed ({text})")) \
  X (BUDGET,            "budget",            N_("Stopped: {text}")) \
  X (TRUNCATED,         "truncated",         N_("The trace stops here: {text}")) \
  X (EXIT,              "exit",              N_("The process exits with code {id}")) \
  X (ANIMATION_FRAME,   "animation-frame",   N_("A frame begins: the animation frame callbacks run with the timestamp {text} ms")) \
  X (RENDER_STEP,       "render-step",       N_("The shop window is redrawn: style, layout and paint")) \
  X (FETCH_START,       "fetch-start",       N_("A request for {text} goes out to the supplier")) \
  X (FETCH_RESPONSE,    "fetch-response",    N_("The supplier answers: {text}")) \
  X (FETCH_BODY,        "fetch-body",        N_("The response body is read: {text}")) \
  X (ABORT,             "abort",             N_("The request is called off: {text}")) \
  X (USER_EVENT,        "user-event",        N_("A customer's {text} arrives as a task")) \
  X (DOM_EVENT_USER,    "dom-event-user",    N_("The customer's {text} is handed to its listeners, one by one with an empty desk in between")) \
  X (DOM_EVENT_SCRIPT,  "dom-event-script",  N_("The script dispatches {text}: every listener runs right now, inside the caller")) \
  X (MUTATION_RECORD,   "mutation-record",   N_("A MutationObserver notes a change: {text}")) \
  X (MUTATION_NOTIFY,   "mutation-notify",   N_("A MutationObserver callback receives {text}"))

typedef enum {
#define JS_TRACE_EVENT_ENUM(id, name, narration) JS_TRACE_##id,
  JS_TRACE_EVENT_KINDS (JS_TRACE_EVENT_ENUM)
#undef JS_TRACE_EVENT_ENUM
  JS_TRACE_N_EVENT_KINDS
} JsTraceEventKind;

/* The queues of the bakery.  WEBAPI is the ovens: timers waiting for their
 * time.  Each queue keeps its tasks in the order they will run. */
#define JS_TRACE_QUEUES(X) \
  X (WEBAPI, "webapi", N_("oven")) \
  X (NEXT_TICK, "nextTick", N_("nextTick")) \
  X (MICROTASK, "microtask", N_("microtask")) \
  X (TIMERS, "timers", N_("timers")) \
  X (IMMEDIATE, "immediate", N_("check (setImmediate)")) \
  X (IO, "io", N_("I/O")) \
  X (CLOSE, "close", N_("close")) \
  X (ANIMATION_FRAME, "animationFrame", N_("animation frame")) \
  X (USER_INPUT, "userInput", N_("user input")) \
  X (DOM, "dom", N_("DOM manipulation")) \
  X (IDLE, "idle", N_("idle callbacks"))

typedef enum {
#define JS_TRACE_QUEUE_ENUM(id, name, label) JS_TRACE_QUEUE_##id,
  JS_TRACE_QUEUES (JS_TRACE_QUEUE_ENUM)
#undef JS_TRACE_QUEUE_ENUM
  JS_TRACE_N_QUEUES
} JsTraceQueue;

/* What a task or microtask is. */
#define JS_TRACE_TASK_KINDS(X) \
  X (TIMEOUT, "timeout", N_("Timeout")) \
  X (INTERVAL, "interval", N_("Interval")) \
  X (IMMEDIATE, "immediate", N_("Immediate")) \
  X (NEXT_TICK, "nextTick", N_("nextTick callback")) \
  X (PROMISE_FULFILL, "promise-fulfill", N_("Fulfil handler")) \
  X (PROMISE_REJECT, "promise-reject", N_("Reject handler")) \
  X (THENABLE, "thenable", N_("Thenable job")) \
  X (AWAIT, "await", N_("Await resumption of")) \
  X (QUEUE_MICROTASK, "queueMicrotask", N_("queueMicrotask callback")) \
  X (MUTATION_OBSERVER, "mutationObserver", N_("MutationObserver notification")) \
  X (ANIMATION_FRAME, "animationFrame", N_("Animation frame callback")) \
  X (FETCH, "fetch", N_("Response to")) \
  X (USER_EVENT, "userEvent", N_("User event")) \
  X (REJECTION, "rejection", N_("Unhandled-rejection report")) \
  X (PAGE_LOAD, "pageLoad", N_("Page load event")) \
  X (POSTED_MESSAGE, "postedMessage", N_("Message event")) \
  X (IDLE_CALLBACK, "idleCallback", N_("Idle callback")) \
  X (FILE_SYSTEM, "fs", N_("File system callback"))

typedef enum {
#define JS_TRACE_TASK_ENUM(id, name, label) JS_TRACE_TASK_##id,
  JS_TRACE_TASK_KINDS (JS_TRACE_TASK_ENUM)
#undef JS_TRACE_TASK_ENUM
  JS_TRACE_N_TASK_KINDS
} JsTraceTaskKind;

/* Why a frame went on the call stack. */
#define JS_TRACE_FRAME_REASONS(X) \
  X (SCRIPT, "script", N_("the main script")) \
  X (CALL, "call", N_("called")) \
  X (CALLBACK, "callback", N_("called back by a builtin")) \
  X (MICROTASK, "microtask", N_("a microtask")) \
  X (MACROTASK, "macrotask", N_("a task"))

typedef enum {
#define JS_TRACE_REASON_ENUM(id, name, label) JS_TRACE_REASON_##id,
  JS_TRACE_FRAME_REASONS (JS_TRACE_REASON_ENUM)
#undef JS_TRACE_REASON_ENUM
  JS_TRACE_N_REASONS
} JsTraceFrameReason;

/* Where the host is: the main script, or a phase of the event loop. */
#define JS_TRACE_PHASES(X) \
  X (NONE, "none", N_("not started")) \
  X (SCRIPT, "script", N_("main script")) \
  X (TIMERS, "timers", N_("timers")) \
  X (PENDING, "pending", N_("pending callbacks")) \
  X (IDLE, "idle", N_("idle, prepare")) \
  X (POLL, "poll", N_("poll")) \
  X (CHECK, "check", N_("check")) \
  X (CLOSE, "close", N_("close callbacks")) \
  X (DONE, "done", N_("finished")) \
  X (TASK, "task", N_("task")) \
  X (RENDER, "render", N_("update the rendering"))

typedef enum {
#define JS_TRACE_PHASE_ENUM(id, name, label) JS_TRACE_PHASE_##id,
  JS_TRACE_PHASES (JS_TRACE_PHASE_ENUM)
#undef JS_TRACE_PHASE_ENUM
  JS_TRACE_N_PHASES
} JsTracePhase;

typedef enum {
  JS_TRACE_PROMISE_PENDING,
  JS_TRACE_PROMISE_FULFILLED,
  JS_TRACE_PROMISE_REJECTED,
} JsTracePromiseState;

/* A source range: 1-based lines and UTF-16 columns, exclusive end; all 0
 * when unknown. */
typedef struct {
  int line, column;
  int end_line, end_column;
} JsTraceRange;

/* One event, as the reader sees it.  Which fields mean something depends on
 * the kind (docs/trace-format.md):
 *   id     task, promise or frame id; the exit code for EXIT
 *   sub    the queue (WEBAPI_*, TASK_*, MICROTASK_*), the phase (PHASE), the
 *          frame reason (FRAME_PUSH), the stream (CONSOLE), the promise state
 *          (PROMISE_SETTLE), the budget (BUDGET)
 *   task   the task kind (WEBAPI_*, TASK_*, MICROTASK_*)
 *   delay_ms, due_ms  WEBAPI_ADD
 *   name   the function or callback name (FRAME_*, tasks), the file (SCRIPT_*)
 *   text   console text, value preview, error message, explanation */
typedef struct {
  guint64 seq;
  JsTraceEventKind kind;
  double time_ms;
  JsTraceRange range;
  guint32 id;
  int sub;
  JsTraceTaskKind task;
  double delay_ms;
  double due_ms;
  const char *name;   /* owned by the trace; never NULL ("" when none) */
  const char *text;   /* owned by the trace; never NULL */
} JsTraceEvent;

/* The trace a state records (options.record_trace), still owned by the
 * state; NULL when it records none. */
JsTrace    *js_state_get_trace (JsState *J);
/* The trace of the last js_state_run, now owned by the caller (free it with
 * js_trace_free); NULL when the state did not record one.  The state records
 * nothing more afterwards. */
JsTrace    *js_state_steal_trace (JsState *J);
void        js_trace_free (JsTrace *trace);

/* The event cap: when a trace reaches it, a TRUNCATED event ends it and the
 * run goes on unrecorded.  Each event takes 32 bytes plus its strings
 * (docs/trace-format.md). */
#define JS_TRACE_DEFAULT_MAX_EVENTS 1000000
void        js_trace_set_max_events (JsTrace *trace, guint64 max_events);

guint64     js_trace_get_n_events (JsTrace *trace);
void        js_trace_get_event (JsTrace *trace, guint64 seq, JsTraceEvent *event);
/* TRUE when the event cap stopped the recording (the last event is TRUNCATED). */
gboolean    js_trace_is_truncated (JsTrace *trace);

/* The names used in the JSON export and the narration templates. */
const char *js_trace_event_kind_name (JsTraceEventKind kind);
const char *js_trace_event_kind_narration (JsTraceEventKind kind);   /* untranslated template */
const char *js_trace_queue_name (JsTraceQueue queue);
const char *js_trace_task_kind_name (JsTraceTaskKind kind);
const char *js_trace_phase_name (JsTracePhase phase);
const char *js_trace_frame_reason_name (JsTraceFrameReason reason);

/* Narrates an event in English from its template (g_free the result).
 * `translate` (may be NULL) maps a template or label to its translation,
 * e.g. a wrapper around gettext. */
typedef const char *(*JsTraceTranslateFunc) (const char *msgid);
char       *js_trace_narrate (JsTrace *trace, guint64 seq, JsTraceTranslateFunc translate);

/* The state after the first `step` events (step 0: before anything; step
 * n_events: the end).  The returned state belongs to the trace and stays
 * valid until the next js_trace_get_state on the same trace; copy it to keep
 * it.  Consecutive steps cost O(1) amortised; any other step costs at most
 * one checkpoint copy plus a bounded replay. */
const JsTraceState *js_trace_get_state (JsTrace *trace, guint64 step);

JsTraceState *js_trace_state_copy (const JsTraceState *state);
void          js_trace_state_free (JsTraceState *state);
gboolean      js_trace_state_equal (const JsTraceState *a, const JsTraceState *b);

typedef struct {
  guint32 id;
  const char *name;
  JsTraceFrameReason reason;
  JsTraceRange range;     /* where this frame is now */
} JsTraceFrame;

typedef struct {
  guint32 id;
  JsTraceTaskKind kind;
  const char *name;       /* the callback's name, "(anonymous)", or "" when it has none */
  JsTraceRange site;      /* the callback's source; for a builtin callback, where it was
                           * scheduled (then(), await); for an await, the await */
  double delay_ms, due_ms; /* timers */
} JsTraceTask;

typedef struct {
  guint32 id;
  JsTracePromiseState state;
  const char *preview;    /* the value or reason, inspected at depth 0; "" while pending */
  JsTraceRange site;      /* where it was created */
} JsTracePromise;

typedef struct {
  JsStream stream;
  const char *text;       /* with its trailing newline */
} JsTraceConsoleLine;

guint64       js_trace_state_get_step (const JsTraceState *state);
double        js_trace_state_get_time (const JsTraceState *state);
JsTracePhase  js_trace_state_get_phase (const JsTraceState *state);
/* The range of the running code; FALSE (and zeros) when nothing runs. */
gboolean      js_trace_state_get_range (const JsTraceState *state, JsTraceRange *range);
/* The call stack, bottom (index 0) to top. */
guint         js_trace_state_get_n_frames (const JsTraceState *state);
void          js_trace_state_get_frame (const JsTraceState *state, guint index, JsTraceFrame *frame);
/* A queue, front (next to run) first. */
guint         js_trace_state_get_n_tasks (const JsTraceState *state, JsTraceQueue queue);
void          js_trace_state_get_task (const JsTraceState *state, JsTraceQueue queue, guint index, JsTraceTask *task);
/* Every promise created so far, in creation order, with its state at this step. */
guint         js_trace_state_get_n_promises (const JsTraceState *state);
void          js_trace_state_get_promise (const JsTraceState *state, guint index, JsTracePromise *promise);
/* The console so far. */
guint         js_trace_state_get_n_console_lines (const JsTraceState *state);
void          js_trace_state_get_console_line (const JsTraceState *state, guint index, JsTraceConsoleLine *line);

/* The JSON export (docs/trace-format.md): as a string, or written to a
 * file without building it in memory first. */
char         *js_trace_to_json (JsTrace *trace, gboolean pretty);
gboolean      js_trace_save_json (JsTrace *trace, const char *path, gboolean pretty, GError **error);

/* Memory the trace uses (events, strings, checkpoints), for budgets and the
 * report in the docs. */
gsize         js_trace_get_memory_size (JsTrace *trace);

G_END_DECLS
