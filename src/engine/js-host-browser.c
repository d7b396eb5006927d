/* js-host-browser.c: the browser profile — a page's script as headless
 * Chromium runs it: the HTML event loop (task queues, microtask
 * checkpoints, rendering opportunities), timers, requestAnimationFrame,
 * queueMicrotask, performance, the reporting of uncaught errors and
 * unhandled rejections, and the scenario's user clicks, all in virtual time.
 *
 * The event loop (HTML 8.1.7.3 "event loop processing model"): take the
 * oldest runnable task, run it, perform a microtask checkpoint, then, if a
 * rendering opportunity has come, update the rendering: run the animation
 * frame callbacks (each followed by a checkpoint), then one render step
 * (style, layout, paint).  A task is runnable from its due time on; tasks
 * run in order of due time, then of creation, as Chromium's delayed task
 * queues order them.  When nothing is runnable, the clock jumps to the next
 * due time or frame.
 *
 * Virtual time is js-host.c's clock (10 ns per VM instruction, jumps when
 * idle), the one the Node profile uses.  The display refreshes at 60 Hz:
 * frames fall on multiples of FRAME_MS from the start, and a frame is drawn
 * only when animation frame callbacks wait for it (Chromium asks for a
 * frame only then).  Time 0 is the start of the script.
 *
 * Errors do not end the run: an uncaught exception fires `error` at the
 * window, then shows "Uncaught …" on the console, and the page goes on; a
 * rejection still unhandled after a microtask checkpoint is announced by a
 * task of its own (`unhandledrejection`, then "Uncaught (in promise) …").
 */
#include "js-dom.h"
#include "js-internal.h"
#include "js-scenario.h"

#include <math.h>

/* 60 Hz. */
#define FRAME_MS (1000.0 / 60.0)
/* HTML 8.6.2 timer initialization steps 10–11 (Chromium: kMaxTimerNestingLevel
 * and kMinimumInterval): deeper than this, short timeouts are clamped. */
#define TIMER_NESTING_LIMIT 5
#define TIMER_MIN_CLAMPED_MS 4.0
/* Events this close may come in either order in Chromium (the corpus
 * keeps them 50–100 ms apart). */
#define RACE_MS 5.0
/* How late an idle loop wakes up for a delayed task.  Chromium moves every
 * delayed task that is due by then into the ready queue before the tasks
 * posted while the first one runs: two timers due microseconds apart run
 * back to back, before a task the first one posts without delay. */
#define WAKE_UP_LATENCY_MS 0.5
/* requestIdleCallback (W3C Cooperative Scheduling of Background Tasks): an
 * idle period lasts at most 50 ms, and Chromium starts none shorter than
 * about a millisecond (a timer due that soon runs first). */
#define IDLE_PERIOD_MAX_MS 50.0
#define IDLE_PERIOD_MIN_MS 1.0

typedef struct {
  guint32  id;              /* the timer's id, or a task handle */
  guint64  seq;             /* creation order, for equal due times */
  guint64  ready_seq;       /* its place in the ready order; 0 while delayed */
  double   due;
  double   delay;           /* as the trace shows it */
  double   interval;        /* setInterval's repeat */
  gboolean repeat;          /* setInterval */
  int      nesting;         /* the task's timer nesting level */
  gboolean timer;           /* setTimeout / setInterval: clearTimeout may cancel it */
  int      priority;        /* among tasks due at the same time, lower runs first */
  gboolean cancelled;
  gboolean in_oven;         /* the trace shows it waiting in WEBAPI */
  JsTraceQueue queue;
  JsTraceTaskKind trace_kind;
  guint32  trace_id;
  JsValue  callback;        /* a function, or a string to evaluate (timers) */
  JsValue  args;            /* an array, or undefined */
  GSequenceIter *iter;      /* its place in the schedule; NULL while it runs */
} Task;

typedef struct {
  guint32 handle;
  guint32 trace_id;
  JsValue callback;         /* undefined once cancelled */
} FrameCallback;

/* Chromium starts a long idle period only when no frame is expected soon.
 * A user click makes it expect one (its rendering follows the input) that
 * never comes: one idle period may follow the click's task (in Chromium
 * only sometimes), then there is none until animation frame callbacks get
 * a frame drawn. */
typedef enum {
  IDLE_FREE,                /* idle periods start whenever the loop is idle */
  IDLE_ONE_AFTER_INPUT,     /* a click ran: the loop's next idle moment may start one */
  IDLE_NEEDS_FRAME,         /* none until the next animation frame */
} IdleAfterInput;

typedef struct {
  guint32 handle;
  guint32 trace_id;
  guint32 timeout_task;     /* the task of its `timeout` option, 0 for none */
  JsValue callback;
} IdleRequest;

/* Values the host keeps across calls into the page (a collection can
 * happen inside any of them). */
enum {
  ROOT_MAIN,                /* the compiled script */
  ROOT_REPORT_LINE,         /* the console line of the exception being reported */
  ROOT_REJECTION,           /* the unhandled rejection being announced */
  ROOT_FRAME_CALLBACK,      /* the animation frame callback running */
  ROOT_IDLE_CALLBACK,       /* the idle callback running */
  N_ROOTS
};

typedef struct {
  JsValue     roots[N_ROOTS];
  GSequence  *schedule;             /* Task *, by (due, seq) */
  GHashTable *tasks;                /* id -> Task *: every task not yet finished */
  guint32     next_id;
  guint64     next_seq;
  guint64     next_ready_seq;
  int         running_nesting;      /* the running task's timer nesting level (0: not a timer) */
  GArray     *frame_callbacks;      /* FrameCallback: the map of animation frame callbacks */
  guint32     next_frame_handle;
  double      frame_requested_at;   /* when the first waiting callback was requested */
  GArray     *idle_requests;        /* IdleRequest: the list of idle request callbacks */
  GArray     *runnable_idle;        /* IdleRequest: the list of runnable idle callbacks */
  guint32     next_idle_handle;
  double      idle_deadline;        /* the current idle period's deadline (in the past: none) */
  IdleAfterInput idle_after_input;  /* how a user click changed the starting of idle periods */
  gboolean    render_after_input;   /* a user click ran: Chromium renders next, before other tasks */
  GPtrArray  *about_to_be_notified; /* JsObject * promises rejected without a handler */
  GPtrArray  *notifying;            /* those a posted task will announce */
  GPtrArray  *outstanding;          /* announced and still unhandled: "outstanding rejected promises" */
  int         reporting;            /* inside "report the exception" */
  guint       timers_run;           /* timer tasks run so far */
  gboolean    frame_drawn;          /* the page's first frame is behind */
  JsScenario *scenario;             /* the script's header, during js_state_run */
  char       *filename;
} Browser;

static Browser *
browser (JsState *J)
{
  return J->browser;
}

/* ------------------------------------------------------------------------
 * The console: what Chromium's console shows for the page's errors
 * ------------------------------------------------------------------------ */

static void
console_line (JsState *J, const char *text)
{
  g_autofree char *line = g_strconcat (text, "\n", NULL);
  gsize length = strlen (line);

  js_write_output (J, JS_STREAM_STDOUT, line, length);
  if (J->trace != NULL)
    js_trace_console (J, JS_STREAM_STDOUT, line, length);
}

/* `object[name]` when it is a string, else NULL (a throwing getter counts
 * as absent). */
static char *
property_string (JsState *J, JsValue object, const char *name)
{
  volatile JsValue value = JS_UNDEFINED;
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      value = js_get_utf8 (J, object, name);
      js_try_end (J, &tp);
    }
  else if (J->terminating)
    js_throw (J, J->exception);
  return js_is_string (value) ? js_string_to_utf8 (js_get_string (value)) : NULL;
}

/* The name of an object's constructor, as V8's GetConstructorName finds it
 * for an instance: its `constructor`'s name. */
static char *
constructor_name (JsState *J, JsValue object)
{
  volatile JsValue constructor = JS_UNDEFINED;
  JsTryPoint tp;
  char *name = NULL;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      constructor = js_get_utf8 (J, object, "constructor");
      js_try_end (J, &tp);
    }
  else if (J->terminating)
    js_throw (J, J->exception);
  if (js_is_callable (constructor))
    name = property_string (J, constructor, "name");
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup ("Object");
    }
  return name;
}

/* How the console shows a thrown error, read when it is reported (Chromium
 * 156, checked case by case): its name unless that is empty, not a string
 * or the generic "Error" -- then its constructor's name ("MyError" for a
 * subclass that sets no name) -- then ": " and its message when that is a
 * non-empty string. */
static char *
thrown_error_text (JsState *J, JsValue error)
{
  g_autofree char *name = property_string (J, error, "name");
  g_autofree char *message = property_string (J, error, "message");

  if (name == NULL || *name == '\0' || strcmp (name, "Error") == 0)
    {
      g_free (name);
      name = constructor_name (J, error);
    }
  if (message == NULL || *message == '\0')
    return g_strdup (name);
  return g_strconcat (name, ": ", message, NULL);
}

/* The ErrorEvent's message is V8's message for the exception: an error as
 * Error.prototype.toString shows it, with a name or message that is not a
 * string left out. */
static char *
error_event_text (JsState *J, JsValue error)
{
  g_autofree char *name = property_string (J, error, "name");
  g_autofree char *message = property_string (J, error, "message");

  if (name == NULL || *name == '\0')
    return g_strdup (message != NULL ? message : "");
  if (message == NULL || *message == '\0')
    return g_strdup (name);
  return g_strconcat (name, ": ", message, NULL);
}

/* How the console shows a thrown value: an error as thrown_error_text
 * says, a string as it is, anything else as String(value) would (but -0
 * as "-0"). */
static char *
thrown_value_text (JsState *J, JsValue value)
{
  if (js_is_object (value) && js_get_object (value)->class_id == JS_CLASS_ERROR)
    return thrown_error_text (J, value);
  if (js_is_number (value) && js_get_number (value) == 0 && signbit (js_get_number (value)))
    return g_strdup ("-0");
  return js_error_to_display_utf8 (J, value);
}

/* ------------------------------------------------------------------------
 * Events at the window
 * ------------------------------------------------------------------------ */

/* Fires a trusted, cancelable `type` event of `interface_name`
 * (ErrorEvent, PromiseRejectionEvent) at the window, its fields the
 * members of `init`; FALSE when a listener canceled it. */
static gboolean
fire_window_event (JsState *J, const char *interface_name, const char *type, JsObject *init)
{
  JsValue values[2] = { js_object_value (init), JS_UNDEFINED };
  JsObject *event;
  gboolean not_canceled;

  js_gc_add_root (J, &values[0]);
  event = js_dom_event_with_fields_new (J, interface_name, type, TRUE, init);
  values[1] = js_object_value (event);
  js_gc_add_root (J, &values[1]);
  not_canceled = js_dom_dispatch_event (J, J->global, event);
  js_gc_remove_root (J, &values[1]);
  js_gc_remove_root (J, &values[0]);
  return not_canceled;
}

/* HTML 8.1.4.7 "report the exception": `error` at the window (an ErrorEvent
 * whose message is the console's line), then the console, unless a
 * listener canceled it.  An error in an error listener is only shown. */
void
js_browser_host_report_exception (JsState *J, JsValue exception)
{
  Browser *b = browser (J);
  char *value_text = thrown_value_text (J, exception);
  char *line = g_strconcat ("Uncaught ", value_text, NULL);
  char *message;
  JsObject *init;
  gboolean shown;

  if (J->trace != NULL)
    js_trace_message (J, JS_TRACE_UNCAUGHT, 0, value_text);
  if (b->reporting > 0)
    {
      console_line (J, line);
      g_free (line);
      g_free (value_text);
      return;
    }
  /* The texts wait on the heap while listeners run: a budget stopping one
   * unwinds past this frame. */
  b->roots[ROOT_REPORT_LINE] = js_string_value_utf8 (J, line);
  g_free (line);
  if (js_is_object (exception) && js_get_object (exception)->class_id == JS_CLASS_ERROR)
    {
      g_free (value_text);
      value_text = error_event_text (J, exception);
    }
  message = g_strconcat ("Uncaught ", value_text, NULL);
  g_free (value_text);
  init = js_plain_object_new (J);
  js_define_value_utf8 (J, init, "message", js_string_value_utf8 (J, message), JS_PROP_DEFAULT);
  g_free (message);
  js_define_value_utf8 (J, init, "error", exception, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, init, "filename", js_string_value_utf8 (J, b->filename), JS_PROP_DEFAULT);
  b->reporting++;
  /* Chromium reports inside the scope of the callback that threw: the
   * listeners' microtasks run after the console line. */
  js_microtask_scope_enter (J);
  shown = fire_window_event (J, "ErrorEvent", "error", init);
  if (shown)
    {
      line = js_string_to_utf8 (js_get_string (b->roots[ROOT_REPORT_LINE]));
      console_line (J, line);
      g_free (line);
    }
  js_microtask_scope_leave (J);
  b->roots[ROOT_REPORT_LINE] = JS_UNDEFINED;
  b->reporting--;
}

/* ------------------------------------------------------------------------
 * Calling into the page
 * ------------------------------------------------------------------------ */

/* Calls fn with `this` and an arguments array (or undefined) as the loop
 * calls a callback, with an empty stack; an exception it throws is
 * reported.  FALSE when it threw. */
static gboolean
call_reporting (JsState *J, JsValue fn, JsValue this_value, JsValue args)
{
  /* Made before the try: a longjmp would skip freeing them.  argv copies
   * the arguments array, which the caller keeps alive. */
  guint32 n = js_is_undefined (args) ? 0 : js_array_length (js_get_object (args));
  JsValue *argv = g_new (JsValue, MAX (n, 1));
  char *code = js_is_string (fn) ? js_string_to_utf8 (js_get_string (fn)) : NULL;
  JsTryPoint tp;

  for (guint32 i = 0; i < n; i++)
    argv[i] = js_get_index (J, args, i);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (J->trace != NULL)
        js_trace_set_frame_reason (J, JS_TRACE_REASON_MACROTASK);
      /* A string handler is compiled and run as a classic script. */
      if (code != NULL)
        js_eval (J, code, strlen (code), browser (J)->filename);
      else
        js_call (J, fn, this_value, (int) n, argv);
      js_try_end (J, &tp);
      g_free (argv);
      g_free (code);
      return TRUE;
    }
  g_free (argv);
  g_free (code);
  if (J->terminating)
    js_throw (J, J->exception);
  js_trace_unwind_frames (J, 0);
  js_browser_host_report_exception (J, J->exception);
  return FALSE;
}

/* ------------------------------------------------------------------------
 * Tasks: timers, and the tasks other modules post (fetch, clicks)
 * ------------------------------------------------------------------------ */

static int
task_compare (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const Task *ta = a, *tb = b;

  if (ta->due != tb->due)
    return ta->due < tb->due ? -1 : 1;
  if (ta->priority != tb->priority)
    return ta->priority < tb->priority ? -1 : 1;
  return ta->seq < tb->seq ? -1 : ta->seq > tb->seq ? 1 : 0;
}

static void
task_free (gpointer data)
{
  g_free (data);
}

static void
trace_task (JsState *J, Task *task, JsTraceEventKind kind)
{
  JsTraceQueue queue = kind == JS_TRACE_WEBAPI_ADD || kind == JS_TRACE_WEBAPI_DONE || kind == JS_TRACE_WEBAPI_CANCEL
                       ? JS_TRACE_QUEUE_WEBAPI : task->queue;
  gboolean adds = kind == JS_TRACE_WEBAPI_ADD || kind == JS_TRACE_TASK_ENQUEUE;

  js_trace_task (J, kind, queue, task->trace_id, task->trace_kind,
                 adds && !js_is_string (task->callback) ? task->callback : JS_UNDEFINED, 0, 0,
                 kind == JS_TRACE_WEBAPI_ADD ? task->delay : 0, kind == JS_TRACE_WEBAPI_ADD ? task->due : 0);
}

/* Puts a task into the schedule, due at `due`, after the tasks created
 * before it that are due then too. */
static void
task_insert (JsState *J, Task *task, double due, double delay)
{
  Browser *b = browser (J);

  task->delay = delay;
  task->due = due;
  task->seq = b->next_seq++;
  /* Chromium posts a task without delay straight to its queue; a delayed
   * one joins it only when it is due and the loop next picks a task. */
  task->ready_seq = delay <= 0 ? ++b->next_ready_seq : 0;
  task->iter = g_sequence_insert_sorted (b->schedule, task, task_compare, NULL);
  if (J->trace != NULL)
    {
      task->in_oven = TRUE;
      trace_task (J, task, JS_TRACE_WEBAPI_ADD);
    }
}

static void
task_schedule (JsState *J, Task *task, double delay)
{
  task_insert (J, task, js_virtual_now_ms (J) + delay, delay);
}

static Task *
task_new (JsState *J, JsValue callback, JsValue args, JsTraceQueue queue, JsTraceTaskKind kind)
{
  Browser *b = browser (J);
  Task *task = g_new0 (Task, 1);

  task->id = ++b->next_id;
  task->callback = callback;
  task->args = args;
  task->queue = queue;
  task->trace_kind = kind;
  if (J->trace != NULL)
    task->trace_id = js_trace_new_id (J);
  g_hash_table_insert (b->tasks, GUINT_TO_POINTER (task->id), task);
  return task;
}

guint32
js_browser_post_task (JsState *J, double delay_ms, JsValue callback, JsTraceQueue queue, JsTraceTaskKind kind)
{
  Task *task = task_new (J, callback, JS_UNDEFINED, queue, kind);

  task_schedule (J, task, MAX (delay_ms, 0));
  return task->id;
}

static void
task_cancel (JsState *J, Task *task)
{
  Browser *b = browser (J);

  if (task->cancelled)
    return;
  task->cancelled = TRUE;
  if (task->iter == NULL)
    return;    /* it is running: it is not re-armed, and is freed after */
  if (J->trace != NULL)
    trace_task (J, task, task->in_oven ? JS_TRACE_WEBAPI_CANCEL : JS_TRACE_TASK_CANCEL);
  g_sequence_remove (task->iter);
  g_hash_table_remove (b->tasks, GUINT_TO_POINTER (task->id));
}

void
js_browser_cancel_task (JsState *J, guint32 id)
{
  Task *task = g_hash_table_lookup (browser (J)->tasks, GUINT_TO_POINTER (id));

  if (task != NULL && !task->timer)
    task_cancel (J, task);
}

/* HTML 8.6.2 "timer initialization steps" (with Chromium's reading of the
 * timeout as a WebIDL long). */
static JsValue
timer_initialize (JsState *J, int argc, const JsValue *argv, gboolean repeat)
{
  Browser *b = browser (J);
  JsValue handler = js_arg (argc, argv, 0);
  JsValue args = JS_UNDEFINED;
  double timeout = js_to_int32 (J, js_arg (argc, argv, 1));
  Task *task;

  if (!js_is_callable (handler))
    handler = js_string_value (js_to_string (J, handler));
  else if (argc > 2)
    args = js_object_value (js_array_from_values (J, argv + 2, (guint32) argc - 2));
  /* 10. If timeout is less than 0, then set timeout to 0.
   * 11. If nesting level is greater than 5, and timeout is less than 4,
   *     then set timeout to 4. */
  if (timeout < 0)
    timeout = 0;
  if (b->running_nesting > TIMER_NESTING_LIMIT && timeout < TIMER_MIN_CLAMPED_MS)
    timeout = TIMER_MIN_CLAMPED_MS;
  task = task_new (J, handler, args, JS_TRACE_QUEUE_TIMERS, repeat ? JS_TRACE_TASK_INTERVAL : JS_TRACE_TASK_TIMEOUT);
  task->timer = TRUE;
  /* 12. Increment nesting level by one; the task keeps it. */
  task->nesting = b->running_nesting + 1;
  task->repeat = repeat;
  task->interval = timeout;
  task_schedule (J, task, timeout);
  return js_number (task->id);
}

static JsValue
window_set_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return timer_initialize (J, argc, argv, FALSE);
}

static JsValue
window_set_interval (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  return timer_initialize (J, argc, argv, TRUE);
}

/* clearTimeout and clearInterval share the map of active timers. */
static JsValue
window_clear_timer (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  gint32 id = js_to_int32 (J, js_arg (argc, argv, 0));
  Task *task = id > 0 ? g_hash_table_lookup (browser (J)->tasks, GUINT_TO_POINTER ((guint32) id)) : NULL;

  if (task != NULL && task->timer)
    task_cancel (J, task);
  return JS_UNDEFINED;
}

/* The trace shows due tasks leaving the oven for their queue, in the order
 * they will run, before the first of them runs. */
static void
trace_due_tasks (JsState *J, double now)
{
  Browser *b = browser (J);

  for (GSequenceIter *it = g_sequence_get_begin_iter (b->schedule); !g_sequence_iter_is_end (it);
       it = g_sequence_iter_next (it))
    {
      Task *task = g_sequence_get (it);
      if (task->due > now)
        break;
      if (task->in_oven)
        {
          trace_task (J, task, JS_TRACE_WEBAPI_DONE);
          trace_task (J, task, JS_TRACE_TASK_ENQUEUE);
          task->in_oven = FALSE;
        }
    }
}

static void perform_microtask_checkpoint (JsState *J);
static void init_idle_callbacks (JsState *J);

/* Runs the first task of the schedule, then the microtask checkpoint. */
static void
run_task (JsState *J, Task *task)
{
  Browser *b = browser (J);

  if (J->trace != NULL)
    {
      trace_due_tasks (J, js_virtual_now_ms (J));
      js_trace_phase (J, JS_TRACE_PHASE_TASK);
      trace_task (J, task, JS_TRACE_TASK_RUN);
    }
  g_sequence_remove (task->iter);
  task->iter = NULL;
  b->running_nesting = task->timer ? task->nesting : 0;
  if (task->timer)
    b->timers_run++;
  call_reporting (J, task->callback, js_object_value (J->global), task->args);
  b->running_nesting = 0;
  if (task->repeat && !task->cancelled)
    {
      /* setInterval runs the timer initialization steps again, one level
       * deeper, due an interval after it was due (Chromium's repeating
       * timers do not drift). */
      if (task->nesting > TIMER_NESTING_LIMIT && task->interval < TIMER_MIN_CLAMPED_MS)
        task->interval = TIMER_MIN_CLAMPED_MS;
      task->nesting++;
      task_insert (J, task, MAX (task->due + task->interval, js_virtual_now_ms (J)), task->interval);
    }
  else
    g_hash_table_remove (b->tasks, GUINT_TO_POINTER (task->id));
  perform_microtask_checkpoint (J);
}

/* AbortSignal.timeout (js-abort.c): a timer task that calls `native_fn`. */
void
js_browser_host_set_timeout_native (JsState *J, double ms, JsValue native_fn)
{
  js_browser_post_task (J, ms, native_fn, JS_TRACE_QUEUE_TIMERS, JS_TRACE_TASK_TIMEOUT);
}

/* Marks, for the trace, an order that real timing decides in Chromium:
 * a timer due within `window_ms` of now (either way) against what the
 * host does now. */
static void
trace_race_with_timers (JsState *J, double window_ms, const char *why)
{
  Browser *b = browser (J);
  double now = js_virtual_now_ms (J);

  if (J->trace == NULL)
    return;
  for (GSequenceIter *it = g_sequence_get_begin_iter (b->schedule); !g_sequence_iter_is_end (it);
       it = g_sequence_iter_next (it))
    {
      Task *task = g_sequence_get (it);
      if (task->due > now + window_ms)
        return;
      if (task->timer && task->due >= now - window_ms)
        {
          js_trace_message (J, JS_TRACE_ORDER_NOT_GUARANTEED, 0, why);
          return;
        }
    }
}

/* ------------------------------------------------------------------------
 * Microtasks and unhandled rejections (HTML 8.1.4.7, 8.1.7.3)
 * ------------------------------------------------------------------------ */

static JsValue
window_queue_microtask (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsValue callback = js_arg (argc, argv, 0);
  JsJob job = { .kind = JS_JOB_CALLBACK };

  if (!js_is_callable (callback))
    js_throw_type_error (J, "Failed to execute 'queueMicrotask' on 'Window': "
                            "parameter 1 is not of type 'Function'.");
  job.handler = callback;
  job.argument = job.promise = job.resolve = job.reject = JS_UNDEFINED;
  js_enqueue_job (J, &job);
  return JS_UNDEFINED;
}

/* The task HTML 8.1.5.8 queues when an announced rejection gets a
 * handler: `rejectionhandled` at the window (not cancelable). */
static JsValue
announce_rejection_handled (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                            JsValue new_target, JsObject *callee)
{
  JsValue promise = js_native_captures (callee)[0];
  JsObject *init = js_plain_object_new (J);
  JsValue reason;
  JsObject *event;

  js_promise_get_state (js_get_object (promise), &reason);
  js_define_value_utf8 (J, init, "promise", promise, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, init, "reason", reason, JS_PROP_DEFAULT);
  event = js_dom_event_with_fields_new (J, "PromiseRejectionEvent", "rejectionhandled", FALSE, init);
  js_dom_dispatch_event (J, J->global, event);
  return JS_UNDEFINED;
}

void
js_browser_host_promise_rejection_tracker (JsState *J, JsObject *promise, gboolean handled)
{
  Browser *b = browser (J);
  JsObject *task;

  if (b == NULL)
    return;
  if (!handled)
    {
      g_ptr_array_add (b->about_to_be_notified, promise);
      return;
    }
  /* Handled before its announcement: it is not announced. */
  if (g_ptr_array_remove (b->about_to_be_notified, promise) || g_ptr_array_remove (b->notifying, promise))
    return;
  if (!g_ptr_array_remove (b->outstanding, promise))
    return;
  task = js_native_function_new (J, "", 0, announce_rejection_handled, 1);
  js_native_captures (task)[0] = js_object_value (promise);
  js_browser_post_task (J, 0, js_object_value (task), JS_TRACE_QUEUE_DOM, JS_TRACE_TASK_REJECTION);
}

/* The task "notify about rejected promises" queues: for each promise
 * still unhandled, `unhandledrejection` at the window, then the console
 * unless a listener canceled it. */
static JsValue
notify_rejected_promises (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  Browser *b = browser (J);

  while (b->notifying->len > 0)
    {
      JsObject *promise = g_ptr_array_steal_index (b->notifying, 0);
      JsObject *init = js_plain_object_new (J);
      JsValue reason;

      js_promise_get_state (promise, &reason);
      js_define_value_utf8 (J, init, "promise", js_object_value (promise), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, init, "reason", reason, JS_PROP_DEFAULT);
      b->roots[ROOT_REJECTION] = js_object_value (init);
      if (J->trace != NULL)
        {
          g_autofree char *text = thrown_value_text (J, reason);
          js_trace_message (J, JS_TRACE_UNHANDLED_REJECTION, 0, text);
        }
      if (fire_window_event (J, "PromiseRejectionEvent", "unhandledrejection", init))
        {
          g_autofree char *text = thrown_value_text (J, js_get_utf8 (J, b->roots[ROOT_REJECTION], "reason"));
          g_autofree char *line = g_strconcat ("Uncaught (in promise) ", text, NULL);
          console_line (J, line);
        }
      if (!js_promise_is_handled (promise))
        g_ptr_array_add (b->outstanding, promise);
      b->roots[ROOT_REJECTION] = JS_UNDEFINED;
    }
  return JS_UNDEFINED;
}

/* For the DOM's "clean up after running script" (js-dom-event.c). */
void
js_browser_perform_microtask_checkpoint (JsState *J)
{
  perform_microtask_checkpoint (J);
}

/* HTML "perform a microtask checkpoint", whose last step notifies about
 * the rejected promises: their announcement is a task of its own. */
static void
perform_microtask_checkpoint (JsState *J)
{
  Browser *b = browser (J);

  js_run_microtask_checkpoint (J);
  if (b->about_to_be_notified->len == 0)
    return;
  for (guint i = 0; i < b->about_to_be_notified->len; i++)
    g_ptr_array_add (b->notifying, g_ptr_array_index (b->about_to_be_notified, i));
  g_ptr_array_set_size (b->about_to_be_notified, 0);
  trace_race_with_timers (J, RACE_MS, "the report of an unhandled rejection against a timer due within a few "
                                     "milliseconds: in Chromium either may come first");
  js_browser_post_task (J, 0, js_object_value (js_native_function_new (J, "", 0, notify_rejected_promises, 0)),
                        JS_TRACE_QUEUE_DOM, JS_TRACE_TASK_REJECTION);
}

/* ------------------------------------------------------------------------
 * Animation frames and rendering (HTML 8.10.1, 8.1.7.3 "update the rendering")
 * ------------------------------------------------------------------------ */

static double
next_frame_time (Browser *b)
{
  return (floor (b->frame_requested_at / FRAME_MS) + 1) * FRAME_MS;
}

static JsValue
window_request_animation_frame (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                JsValue new_target, JsObject *callee)
{
  Browser *b = browser (J);
  JsValue callback = js_arg (argc, argv, 0);
  FrameCallback entry;

  if (!js_is_callable (callback))
    js_throw_type_error (J, "Failed to execute 'requestAnimationFrame' on 'Window': "
                            "parameter 1 is not of type 'Function'.");
  if (b->frame_callbacks->len == 0)
    b->frame_requested_at = js_virtual_now_ms (J);
  entry.handle = ++b->next_frame_handle;
  entry.callback = callback;
  entry.trace_id = J->trace != NULL ? js_trace_new_id (J) : 0;
  g_array_append_val (b->frame_callbacks, entry);
  if (J->trace != NULL)
    js_trace_task (J, JS_TRACE_TASK_ENQUEUE, JS_TRACE_QUEUE_ANIMATION_FRAME, entry.trace_id,
                   JS_TRACE_TASK_ANIMATION_FRAME, callback, 0, 0, 0, 0);
  return js_number (entry.handle);
}

static JsValue
window_cancel_animation_frame (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                               JsValue new_target, JsObject *callee)
{
  Browser *b = browser (J);
  guint32 handle = (guint32) js_to_int32 (J, js_arg (argc, argv, 0));

  for (guint i = 0; i < b->frame_callbacks->len; i++)
    {
      FrameCallback *entry = &g_array_index (b->frame_callbacks, FrameCallback, i);
      if (entry->handle == handle && !js_is_undefined (entry->callback))
        {
          entry->callback = JS_UNDEFINED;
          if (J->trace != NULL)
            js_trace_task (J, JS_TRACE_TASK_CANCEL, JS_TRACE_QUEUE_ANIMATION_FRAME, entry->trace_id,
                           JS_TRACE_TASK_ANIMATION_FRAME, JS_UNDEFINED, 0, 0, 0, 0);
        }
    }
  return JS_UNDEFINED;
}

/* "Run the animation frame callbacks" for the callbacks requested before
 * the frame (those requested by them wait for the next one), each with the
 * frame's time, each followed by a microtask checkpoint; then the render
 * step. */
static void
update_the_rendering (JsState *J)
{
  Browser *b = browser (J);
  double frame_time = floor (js_virtual_now_ms (J) / FRAME_MS) * FRAME_MS;
  guint n = b->frame_callbacks->len;
  char stamp[JS_NUMBER_BUFFER_SIZE];

  js_number_to_cstring (frame_time, stamp);
  if (!b->frame_drawn && b->timers_run > 0)
    js_trace_message (J, JS_TRACE_ORDER_NOT_GUARANTEED, 0,
                      "the page's first frame after a timer: when Chromium draws its first frame varies, "
                      "so it may come before the timer");
  b->frame_drawn = TRUE;
  /* The frame drawn for an input is not the one Chromium waits for after
   * it (see IdleAfterInput). */
  if (!b->render_after_input)
    b->idle_after_input = IDLE_FREE;
  js_trace_phase (J, JS_TRACE_PHASE_RENDER);
  js_trace_message (J, JS_TRACE_ANIMATION_FRAME, 0, stamp);
  for (guint i = 0; i < n; i++)
    {
      FrameCallback *entry = &g_array_index (b->frame_callbacks, FrameCallback, i);
      JsValue callback = entry->callback;
      JsValue args;

      if (js_is_undefined (callback))
        continue;
      if (J->trace != NULL)
        js_trace_task (J, JS_TRACE_TASK_RUN, JS_TRACE_QUEUE_ANIMATION_FRAME, entry->trace_id,
                       JS_TRACE_TASK_ANIMATION_FRAME, JS_UNDEFINED, 0, 0, 0, 0);
      /* Removed from the map before it runs. */
      entry->callback = JS_UNDEFINED;
      b->roots[ROOT_FRAME_CALLBACK] = callback;
      args = js_number (frame_time);
      call_reporting (J, callback, js_object_value (J->global),
                      js_object_value (js_array_from_values (J, &args, 1)));
      b->roots[ROOT_FRAME_CALLBACK] = JS_UNDEFINED;
      perform_microtask_checkpoint (J);
    }
  g_array_remove_range (b->frame_callbacks, 0, n);
  if (b->frame_callbacks->len > 0)
    b->frame_requested_at = frame_time;
  js_trace_message (J, JS_TRACE_RENDER_STEP, 0, NULL);
}

/* ------------------------------------------------------------------------
 * performance
 * ------------------------------------------------------------------------ */

static JsValue
performance_now (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  return js_number (js_clock_read_ms (J));
}

static JsValue
performance_time_origin (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  return js_number (js_date_now (J) - js_virtual_now_ms (J));
}

static JsObject *
new_performance (JsState *J)
{
  JsObject *performance = js_plain_object_new (J);

  js_define_method (J, performance, "now", performance_now, 0);
  js_define_getter (J, performance, "timeOrigin", performance_time_origin);
  js_define_value (J, performance, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "Performance"),
                   JS_PROP_CONFIGURABLE);
  return performance;
}

/* ------------------------------------------------------------------------
 * User clicks from the scenario's header
 * ------------------------------------------------------------------------ */

static JsValue
user_click_task (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  g_autofree char *selector = js_string_to_utf8 (js_get_string (js_native_captures (callee)[0]));
  g_autofree char *text = g_strdup_printf ("click on %s", selector);

  js_trace_message (J, JS_TRACE_USER_EVENT, 0, text);
  js_dom_dispatch_user_click (J, selector);
  browser (J)->idle_after_input = IDLE_ONE_AFTER_INPUT;
  browser (J)->render_after_input = TRUE;
  return JS_UNDEFINED;
}

static void
schedule_clicks (JsState *J)
{
  Browser *b = browser (J);

  for (guint i = 0; i < b->scenario->clicks->len; i++)
    {
      JsScenarioClick *click = g_ptr_array_index (b->scenario->clicks, i);
      JsObject *fn = js_native_function_new (J, "", 0, user_click_task, 1);

      js_native_captures (fn)[0] = js_string_value_utf8 (J, click->selector);
      js_browser_post_task (J, click->time_ms - js_virtual_now_ms (J), js_object_value (fn),
                            JS_TRACE_QUEUE_USER_INPUT, JS_TRACE_TASK_USER_EVENT);
    }
}

const JsScenario *
js_browser_get_scenario (JsState *J)
{
  return browser (J)->scenario;
}

/* ------------------------------------------------------------------------
 * The window
 * ------------------------------------------------------------------------ */

static void
define_window_function (JsState *J, const char *name, JsNativeFn fn, int length)
{
  JsObject *f = js_native_function_new (J, name, length, fn, 0);

  js_define_value_utf8 (J, J->global, name, js_object_value (f), JS_PROP_DEFAULT);
}

static void
init_window (JsState *J)
{
  JsValue window = js_object_value (J->global);

  js_define_value_utf8 (J, J->global, "window", window, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, J->global, "self", window, JS_PROP_DEFAULT);
  define_window_function (J, "setTimeout", window_set_timeout, 1);
  define_window_function (J, "clearTimeout", window_clear_timer, 0);
  define_window_function (J, "setInterval", window_set_interval, 1);
  define_window_function (J, "clearInterval", window_clear_timer, 0);
  define_window_function (J, "queueMicrotask", window_queue_microtask, 1);
  define_window_function (J, "requestAnimationFrame", window_request_animation_frame, 1);
  define_window_function (J, "cancelAnimationFrame", window_cancel_animation_frame, 1);
  js_define_value_utf8 (J, J->global, "performance", js_object_value (new_performance (J)), JS_PROP_DEFAULT);
}

void
js_browser_host_init (JsState *J)
{
  Browser *b = g_new0 (Browser, 1);

  for (int i = 0; i < N_ROOTS; i++)
    b->roots[i] = JS_UNDEFINED;
  b->schedule = g_sequence_new (NULL);
  b->tasks = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, task_free);
  b->frame_callbacks = g_array_new (FALSE, FALSE, sizeof (FrameCallback));
  b->idle_requests = g_array_new (FALSE, FALSE, sizeof (IdleRequest));
  b->runnable_idle = g_array_new (FALSE, FALSE, sizeof (IdleRequest));
  b->idle_deadline = -INFINITY;
  b->about_to_be_notified = g_ptr_array_new ();
  b->notifying = g_ptr_array_new ();
  b->outstanding = g_ptr_array_new ();
  b->filename = g_strdup ("scenario.js");
  J->browser = b;
  init_window (J);
  js_promise_define_with_resolvers (J);
  js_events_init (J);
  js_dom_init (J);
  init_idle_callbacks (J);
  js_fetch_init (J);
  js_message_channel_init (J);
}

void
js_browser_host_free (JsState *J)
{
  Browser *b = browser (J);

  if (b == NULL)
    return;
  g_sequence_free (b->schedule);
  g_hash_table_unref (b->tasks);
  g_array_unref (b->frame_callbacks);
  g_array_unref (b->idle_requests);
  g_array_unref (b->runnable_idle);
  g_ptr_array_unref (b->about_to_be_notified);
  g_ptr_array_unref (b->notifying);
  g_ptr_array_unref (b->outstanding);
  js_scenario_free (b->scenario);
  g_free (b->filename);
  g_free (b);
  J->browser = NULL;
}

void
js_browser_host_mark_roots (JsState *J)
{
  Browser *b = browser (J);
  GHashTableIter iter;
  gpointer value;

  if (b == NULL)
    return;
  for (int i = 0; i < N_ROOTS; i++)
    js_gc_mark_value (J, b->roots[i]);
  g_hash_table_iter_init (&iter, b->tasks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      js_gc_mark_value (J, ((Task *) value)->callback);
      js_gc_mark_value (J, ((Task *) value)->args);
    }
  for (guint i = 0; i < b->frame_callbacks->len; i++)
    js_gc_mark_value (J, g_array_index (b->frame_callbacks, FrameCallback, i).callback);
  for (guint i = 0; i < b->idle_requests->len; i++)
    js_gc_mark_value (J, g_array_index (b->idle_requests, IdleRequest, i).callback);
  for (guint i = 0; i < b->runnable_idle->len; i++)
    js_gc_mark_value (J, g_array_index (b->runnable_idle, IdleRequest, i).callback);
  for (guint i = 0; i < b->about_to_be_notified->len; i++)
    js_gc_mark_thing (J, g_ptr_array_index (b->about_to_be_notified, i));
  for (guint i = 0; i < b->notifying->len; i++)
    js_gc_mark_thing (J, g_ptr_array_index (b->notifying, i));
  for (guint i = 0; i < b->outstanding->len; i++)
    js_gc_mark_thing (J, g_ptr_array_index (b->outstanding, i));
}

/* ------------------------------------------------------------------------
 * Idle callbacks (W3C Cooperative Scheduling of Background Tasks)
 * ------------------------------------------------------------------------ */

static const JsHostClass idle_deadline_class = { "IdleDeadline", NULL, NULL };

enum { DEADLINE_TIME, DEADLINE_DID_TIMEOUT };

static JsObject *
idle_deadline_new (JsState *J, double deadline, gboolean did_timeout)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, js_dom_root_object (J, DOM_ROOT_IDLE_DEADLINE_PROTO));

  obj->u.host.klass = &idle_deadline_class;
  obj->u.host.slots[DEADLINE_TIME] = js_number (deadline);
  obj->u.host.slots[DEADLINE_DID_TIMEOUT] = js_boolean (did_timeout);
  return obj;
}

static JsObject *
this_idle_deadline (JsState *J, JsValue this_value)
{
  return js_dom_this_host (J, this_value, &idle_deadline_class, "IdleDeadline");
}

static JsValue
idle_deadline_time_remaining (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                              JsValue new_target, JsObject *callee)
{
  JsObject *obj = this_idle_deadline (J, this_value);
  double remaining = js_get_number (obj->u.host.slots[DEADLINE_TIME]) - js_virtual_now_ms (J);

  return js_number (MAX (remaining, 0));
}

static JsValue
idle_deadline_did_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  return this_idle_deadline (J, this_value)->u.host.slots[DEADLINE_DID_TIMEOUT];
}

/* Removes the request with `handle` from `list` into *out; FALSE when it
 * is not there. */
static gboolean
take_idle_request (GArray *list, guint32 handle, IdleRequest *out)
{
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, IdleRequest, i).handle == handle)
      {
        *out = g_array_index (list, IdleRequest, i);
        g_array_remove_index (list, i);
        return TRUE;
      }
  return FALSE;
}

/* "Invoke idle callback": the callback with an IdleDeadline, as a task
 * (its exception reported, then a microtask checkpoint). */
static void
invoke_idle_callback (JsState *J, IdleRequest *request, double deadline, gboolean did_timeout)
{
  Browser *b = browser (J);
  JsValue args;

  if (request->timeout_task != 0)
    js_browser_cancel_task (J, request->timeout_task);
  if (J->trace != NULL)
    {
      js_trace_phase (J, JS_TRACE_PHASE_TASK);
      js_trace_task (J, JS_TRACE_TASK_RUN, JS_TRACE_QUEUE_IDLE, request->trace_id, JS_TRACE_TASK_IDLE_CALLBACK,
                     JS_UNDEFINED, 0, 0, 0, 0);
    }
  b->roots[ROOT_IDLE_CALLBACK] = request->callback;
  args = js_object_value (idle_deadline_new (J, deadline, did_timeout));
  call_reporting (J, request->callback, js_object_value (J->global),
                  js_object_value (js_array_from_values (J, &args, 1)));
  b->roots[ROOT_IDLE_CALLBACK] = JS_UNDEFINED;
  perform_microtask_checkpoint (J);
}

/* The task of the `timeout` option: "invoke idle callback timeout". */
static JsValue
idle_callback_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  Browser *b = browser (J);
  guint32 handle = (guint32) js_get_number (js_native_captures (callee)[0]);
  IdleRequest request;

  if (take_idle_request (b->idle_requests, handle, &request) ||
      take_idle_request (b->runnable_idle, handle, &request))
    {
      request.timeout_task = 0;    /* it is the task running now */
      invoke_idle_callback (J, &request, js_virtual_now_ms (J), TRUE);
    }
  return JS_UNDEFINED;
}

static JsValue
window_request_idle_callback (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                              JsValue new_target, JsObject *callee)
{
  Browser *b = browser (J);
  JsValue callback = js_arg (argc, argv, 0);
  JsValue options = js_arg (argc, argv, 1);
  IdleRequest request = { 0 };
  double timeout = 0;

  if (argc == 0)
    js_throw_type_error (J, "Failed to execute 'requestIdleCallback' on 'Window': 1 argument required, "
                            "but only 0 present.");
  if (!js_is_callable (callback))
    js_throw_type_error (J, "Failed to execute 'requestIdleCallback' on 'Window': "
                            "parameter 1 is not of type 'Function'.");
  if (js_is_object (options))
    timeout = js_to_uint32 (J, js_get_utf8 (J, options, "timeout"));
  request.handle = ++b->next_idle_handle;
  request.callback = callback;
  request.trace_id = J->trace != NULL ? js_trace_new_id (J) : 0;
  if (J->trace != NULL)
    js_trace_task (J, JS_TRACE_TASK_ENQUEUE, JS_TRACE_QUEUE_IDLE, request.trace_id, JS_TRACE_TASK_IDLE_CALLBACK,
                   callback, 0, 0, 0, 0);
  if (timeout > 0)
    {
      JsObject *fire = js_native_function_new (J, "", 0, idle_callback_timeout, 1);
      Task *task;

      js_native_captures (fire)[0] = js_number (request.handle);
      task = task_new (J, js_object_value (fire), JS_UNDEFINED, JS_TRACE_QUEUE_TIMERS, JS_TRACE_TASK_TIMEOUT);
      /* Chromium's idle-task timeouts yield to timers due at the same time. */
      task->priority = 1;
      task_schedule (J, task, timeout);
      request.timeout_task = task->id;
    }
  g_array_append_val (b->idle_requests, request);
  return js_number (request.handle);
}

static JsValue
window_cancel_idle_callback (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                             JsValue new_target, JsObject *callee)
{
  Browser *b = browser (J);
  guint32 handle;
  IdleRequest request;

  if (argc == 0)
    js_throw_type_error (J, "Failed to execute 'cancelIdleCallback' on 'Window': 1 argument required, "
                            "but only 0 present.");
  handle = js_to_uint32 (J, argv[0]);
  if (take_idle_request (b->idle_requests, handle, &request) ||
      take_idle_request (b->runnable_idle, handle, &request))
    {
      if (request.timeout_task != 0)
        js_browser_cancel_task (J, request.timeout_task);
      if (J->trace != NULL)
        js_trace_task (J, JS_TRACE_TASK_CANCEL, JS_TRACE_QUEUE_IDLE, request.trace_id,
                       JS_TRACE_TASK_IDLE_CALLBACK, JS_UNDEFINED, 0, 0, 0, 0);
    }
  return JS_UNDEFINED;
}

/* The deadline an idle period starting now would have: 50 ms at most, and
 * never past the next task or, while callbacks wait for it, the next
 * frame. */
static double
idle_period_deadline (Browser *b, Task *next_task, double now)
{
  double deadline = now + IDLE_PERIOD_MAX_MS;

  if (next_task != NULL)
    deadline = MIN (deadline, next_task->due);
  if (b->frame_callbacks->len > 0)
    deadline = MIN (deadline, next_frame_time (b));
  return deadline;
}

/* When the loop has nothing to do now: runs the next runnable idle
 * callback of the current idle period, or starts a period ("start an idle
 * period": the requested callbacks become runnable; those requested
 * during the period wait for the next one).  FALSE when nothing ran. */
static gboolean
run_idle_callback (JsState *J, Task *next_task)
{
  Browser *b = browser (J);
  double now = js_virtual_now_ms (J);
  IdleRequest request;

  if (b->runnable_idle->len == 0 || now >= b->idle_deadline)
    {
      double deadline = idle_period_deadline (b, next_task, now);
      IdleAfterInput after_input = b->idle_after_input;

      /* The loop's first idle moment after a click is its one chance. */
      if (after_input == IDLE_ONE_AFTER_INPUT)
        b->idle_after_input = IDLE_NEEDS_FRAME;

      /* Chromium's idle periods begin once the page has drawn its first
       * frame (before any rAF, about a frame after loading), and never
       * while animation frame callbacks wait: then after that frame. */
      if (b->idle_requests->len == 0 && b->runnable_idle->len == 0)
        return FALSE;
      if (now < b->idle_deadline || (!b->frame_drawn && now < FRAME_MS) || b->frame_callbacks->len > 0 ||
          deadline - now <= IDLE_PERIOD_MIN_MS || after_input == IDLE_NEEDS_FRAME)
        return FALSE;
      if (!b->frame_drawn)
        js_trace_message (J, JS_TRACE_ORDER_NOT_GUARANTEED, 0,
                          "an idle callback before the page's first frame: when Chromium starts its first "
                          "idle period varies, so timers near it may come first or later");
      g_array_append_vals (b->runnable_idle, b->idle_requests->data, b->idle_requests->len);
      g_array_set_size (b->idle_requests, 0);
      b->idle_deadline = deadline;
    }
  request = g_array_index (b->runnable_idle, IdleRequest, 0);
  g_array_remove_index (b->runnable_idle, 0);
  invoke_idle_callback (J, &request, b->idle_deadline, FALSE);
  return TRUE;
}

/* When the loop, idle until `next`, should wake up for its idle callbacks
 * instead: the end of the current idle period, or the page's first frame. */
static double
next_idle_wake_up (Browser *b, double now, double next)
{
  double wake = now;

  if (b->idle_requests->len == 0 && b->runnable_idle->len == 0)
    return next;
  if (now < b->idle_deadline)
    wake = b->idle_deadline;
  if (!b->frame_drawn)
    wake = MAX (wake, FRAME_MS);
  return wake > now ? MIN (next, wake) : next;
}

/* HTML 8.1.4.7 reportError(e): "report the exception" for e, as if a
 * callback had thrown it. */
static JsValue
window_report_error (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  if (argc == 0)
    js_throw_type_error (J, "Failed to execute 'reportError' on 'Window': 1 argument required, but only 0 present.");
  js_browser_host_report_exception (J, argv[0]);
  return JS_UNDEFINED;
}

static void
init_idle_callbacks (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));

  define_window_function (J, "requestIdleCallback", window_request_idle_callback, 1);
  define_window_function (J, "cancelIdleCallback", window_cancel_idle_callback, 1);
  define_window_function (J, "reportError", window_report_error, 1);
  js_define_method (J, proto, "timeRemaining", idle_deadline_time_remaining, 0);
  js_dom_define_accessor (J, proto, "didTimeout", idle_deadline_did_timeout, NULL);
  js_dom_define_class (J, "IdleDeadline", 0, js_dom_illegal_constructor, proto, DOM_ROOT_IDLE_DEADLINE_PROTO);
}

/* ------------------------------------------------------------------------
 * The event loop
 * ------------------------------------------------------------------------ */

/* The task to run now.  As Chromium's sequence manager does when it picks
 * a task, the delayed tasks due by now join the ready order first (by due
 * time, then creation), after the tasks posted without delay so far; then
 * the first ready task of the highest priority runs. */
static Task *
first_ready_task (Browser *b, double now)
{
  Task *best = NULL;

  for (GSequenceIter *it = g_sequence_get_begin_iter (b->schedule); !g_sequence_iter_is_end (it);
       it = g_sequence_iter_next (it))
    {
      Task *task = g_sequence_get (it);

      if (task->due > now)
        break;
      if (task->ready_seq == 0)
        task->ready_seq = ++b->next_ready_seq;
      if (best == NULL || task->priority < best->priority
          || (task->priority == best->priority && task->ready_seq < best->ready_seq))
        best = task;
    }
  return best;
}

static void
run_event_loop (JsState *J)
{
  Browser *b = browser (J);

  for (;;)
    {
      GSequenceIter *first = g_sequence_get_begin_iter (b->schedule);
      Task *task = g_sequence_iter_is_end (first) ? NULL : g_sequence_get (first);
      gboolean frame_waits = b->frame_callbacks->len > 0;
      double now = js_virtual_now_ms (J);
      double next;
      gboolean ran = FALSE;

      if (task != NULL && task->due <= now)
        {
          run_task (J, first_ready_task (b, now));
          ran = TRUE;
        }
      /* A rendering opportunity: the frame's time has come, or a user's
       * input was just handled (Chromium gives the frame it asks for then
       * priority over the tasks waiting). */
      if (b->frame_callbacks->len > 0
          && (b->render_after_input || next_frame_time (b) <= js_virtual_now_ms (J)))
        {
          update_the_rendering (J);
          ran = TRUE;
        }
      b->render_after_input = FALSE;
      if (ran || run_idle_callback (J, task))
        continue;
      next = task != NULL ? task->due + WAKE_UP_LATENCY_MS : INFINITY;
      if (frame_waits)
        next = MIN (next, next_frame_time (b));
      next = next_idle_wake_up (b, js_virtual_now_ms (J), next);
      if (next == INFINITY)
        return;
      if (next > J->options.max_virtual_ms)
        js_throw_budget (J, JS_BUDGET_TIME);
      js_virtual_clock_advance_to (J, next);
    }
}

/* Chromium's console line for a script that does not parse. */
static void
report_syntax_error (JsState *J, JsValue error)
{
  g_autofree char *display = js_error_to_display_utf8 (J, error);
  g_autofree char *line = g_strconcat ("Uncaught ", display, NULL);

  g_free (J->error_message);
  J->error_message = g_strdup (display);
  if (J->trace != NULL)
    js_trace_message (J, JS_TRACE_UNCAUGHT, 0, display);
  console_line (J, line);
}

/* The page's only script, as a task: run, report what it threw, then the
 * microtask checkpoint; then the loop until nothing is left to do. */
static void
run_page (JsState *J)
{
  Browser *b = browser (J);

  schedule_clicks (J);
  js_trace_phase (J, JS_TRACE_PHASE_SCRIPT);
  call_reporting (J, b->roots[ROOT_MAIN], js_object_value (J->global), JS_UNDEFINED);
  js_trace_script (J, TRUE, b->filename);
  perform_microtask_checkpoint (J);
  js_dom_schedule_page_load (J);
  run_event_loop (J);
}

typedef struct {
  const char *source;
  gsize length;
} Source;

static gboolean
run_protected (JsState *J, void (*fn) (JsState *J, gpointer data), gpointer data)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      fn (J, data);
      js_try_end (J, &tp);
      return TRUE;
    }
  return FALSE;
}

static void
compile_page (JsState *J, gpointer data)
{
  Browser *b = browser (J);
  Source *source = data;

  b->roots[ROOT_MAIN] = js_object_value (js_compile (J, source->source, source->length, b->filename,
                                                     JS_COMPILE_CLASSIC_SCRIPT));
}

static void
run_page_protected (JsState *J, gpointer data)
{
  run_page (J);
}

/* A budget ended the run. */
static JsRunStatus
run_stopped (JsState *J)
{
  char text[128];

  J->terminating = FALSE;
  js_trace_unwind_frames (J, 0);
  g_free (J->error_message);
  J->error_message = g_strdup (js_host_budget_description (J, J->terminated_by, text, sizeof text));
  js_trace_message (J, JS_TRACE_BUDGET, J->terminated_by, J->error_message);
  return JS_RUN_BUDGET;
}

JsRunStatus
js_browser_state_run (JsState *J, const char *source, gsize length, const char *filename)
{
  Browser *b = browser (J);
  Source page = { source, length };
  JsRunStatus status = JS_RUN_OK;
  const char *slash;

  g_free (b->filename);
  slash = filename != NULL ? strrchr (filename, '/') : NULL;
  b->filename = g_strdup (filename == NULL || strcmp (filename, "-") == 0 ? "stdin"
                          : slash != NULL ? slash + 1 : filename);
  js_scenario_free (b->scenario);
  b->scenario = js_scenario_parse (source, (gssize) length);
  g_clear_pointer (&J->error_message, g_free);
  J->terminating = FALSE;
  js_trace_script (J, FALSE, b->filename);

  if (!run_protected (J, compile_page, &page))
    {
      if (J->terminating)
        status = run_stopped (J);
      else
        {
          report_syntax_error (J, J->exception);
          status = JS_RUN_SYNTAX_ERROR;
        }
    }
  else if (!run_protected (J, run_page_protected, NULL))
    status = run_stopped (J);

  b->roots[ROOT_MAIN] = JS_UNDEFINED;
  J->exception = JS_UNDEFINED;
  /* A page has no exit code: it ran, whatever it printed. */
  J->exit_code = status == JS_RUN_OK ? 0 : 1;
  js_trace_phase (J, JS_TRACE_PHASE_DONE);
  return status;
}
