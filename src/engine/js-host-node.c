/* js-host-node.c: the Node host — what `node file.js` adds around the
 * language: the CommonJS wrapper, process.nextTick, the timers, setImmediate,
 * the unhandled-rejection policy, process, require() of a few builtin
 * modules, and the event loop, all in virtual time.
 *
 * The event loop is libuv's (1.46, Node 20) driven the way Node drives it,
 * with Node's own JavaScript (lib/internal/timers.js,
 * lib/internal/process/task_queues.js, lib/internal/process/promises.js)
 * transcribed into C.  The names follow those sources (processTimers,
 * listOnTimeout, processImmediate, processTicksAndRejections …) so the two
 * can be read side by side; the orderings scripts observe come from there.
 *
 * Virtual time.  Nothing waits for the real clock.  The clock is the time the
 * loop last jumped to plus J->steps × JS_NS_PER_STEP (10 ns per VM
 * instruction: about what an interpreted instruction costs), so a busy-wait
 * on Date.now() ends after its virtual milliseconds of work and delays the
 * timers behind it.  When the loop would block in poll, it jumps to the next
 * timer's due time.  libuv's loop time (uv_now) is the clock in whole
 * milliseconds, as uv__hrtime gives it.
 *
 * Nondeterminism.  In Node, setTimeout(f, 0) against setImmediate(g) from the
 * main script depends on whether the loop starts within the first
 * millisecond.  It usually does not (bootstrapping takes longer), so the loop
 * here starts one millisecond after the script ends: the timeout runs first.
 * The trace marks that step "order not guaranteed".
 */
#include "js-internal.h"

#include <math.h>

#define NODE_VERSION "v20.20.2"
#define TIMEOUT_MAX 2147483647.0   /* 2^31 - 1 */
/* Where the run appears to start in Date.now(): 2024-01-01T00:00:00Z. */
#define TIME_ORIGIN_MS 1704067200000.0

typedef struct NodeTimer NodeTimer;
typedef struct TimerList TimerList;
typedef struct Immediate Immediate;

/* A Timeout (lib/internal/timers.js).  The object's slots hold what scripts
 * can reach: slot 0 the callback (_onTimeout, null once cleared), slot 1 the
 * extra arguments (an array, or undefined). */
struct NodeTimer {
  JsObject  *object;
  TimerList *list;          /* the list it is linked in, or NULL */
  NodeTimer *prev, *next;
  double     idle_timeout;  /* _idleTimeout: the delay; -1 once unenrolled */
  double     idle_start;    /* _idleStart */
  double     repeat;        /* _repeat: 0 for a timeout */
  gboolean   refed;         /* [kRefed] */
  gboolean   destroyed;     /* _destroyed */
  gboolean   has_primitive; /* [kHasPrimitive]: in knownTimersById */
  guint32    async_id;
  guint32    trace_id;
  guint8     trace_queue;   /* where the trace shows it: WEBAPI, TIMERS, or N_QUEUES for nowhere */
};

enum { TIMER_CALLBACK, TIMER_ARGS };

/* A TimersList: the timers of one duration, in insertion order (so in
 * due order).  The lists form a priority queue by (expiry, id). */
struct TimerList {
  double     msecs;
  double     expiry;
  guint32    id;
  NodeTimer *head, *tail;
  gboolean   queued;        /* in timerListMap and timerListQueue */
  guint      heap_index;    /* its place in timerListQueue */
  gboolean   running;       /* listOnTimeout holds it */
};

/* An Immediate; slot 0 the callback (_onImmediate), slot 1 _argv. */
struct Immediate {
  JsObject  *object;
  Immediate *prev, *next;   /* _idlePrev / _idleNext */
  gboolean   refed;
  gboolean   destroyed;
  guint32    trace_id;
};

typedef struct {
  JsValue callback;
  JsValue args;             /* array or undefined */
  guint32 trace_id;
} Tick;

typedef enum {
  STOP_NONE,
  STOP_EXIT,                /* process.exit() */
  STOP_FATAL,               /* an uncaught exception or unhandled rejection */
  STOP_FATAL_IN_HANDLER,    /* an 'uncaughtException' listener threw: no 'exit' event */
  STOP_BUDGET,
} StopReason;

/* The host's roots, in one array the collector marks: values C code keeps
 * across calls into JavaScript (the host runs with no native active, so a
 * collection can happen inside any call). */
enum {
  ROOT_PROCESS,
  ROOT_MODULE,
  ROOT_REQUIRE,
  ROOT_MAIN,
  ROOT_MODULES,             /* name -> exports of loaded builtin modules */
  ROOT_TIMEOUT_PROTO,
  ROOT_IMMEDIATE_PROTO,
  ROOT_EMITTER_PROTO,
  ROOT_EMITTER_CTOR,
  ROOT_ABORT_ERROR_PROTO,   /* made on first use */
  ROOT_MAIN_PROMISE,        /* an ES module main's evaluation */
  ROOT_SYMBOL_SHAPE_MODE,
  ROOT_SYMBOL_CAPTURE,
  ROOT_SYMBOL_ERROR_MONITOR,  /* events.errorMonitor */
  ROOT_SYMBOL_REJECTION,      /* Symbol.for('nodejs.rejection'): captureRejectionSymbol */
  ROOT_SYMBOL_PROMISIFY,
  ROOT_SYMBOL_INSPECT,
  ROOT_CURRENT_TIMER,
  ROOT_CURRENT_IMMEDIATE,
  ROOT_CURRENT_TICK_CALLBACK,
  ROOT_CURRENT_TICK_ARGS,
  ROOT_SCRATCH,
  ROOT_WEBCRYPTO,           /* globalThis.crypto, whose generator require('crypto') shares */
  N_ROOTS
};

struct JsHost {
  JsValue  roots[N_ROOTS];

  /* Virtual time (the clock itself is js-host.c's) */
  double   loop_time;       /* uv_now: whole ms */

  /* Timers */
  GPtrArray *lists;         /* TimerList *: timerListQueue, a binary heap */
  GHashTable *list_map;     /* duration -> TimerList *: timerListMap */
  guint32  timer_list_id;
  double   next_expiry;     /* nextExpiry */
  double   run_timers_now;  /* RunTimers' `now`, kept across re-calls of processTimers */
  double   run_timers_expiry;
  int      timer_refcount;  /* refCount */
  gboolean uv_timer_active; /* the one uv_timer_t */
  double   uv_timer_due;
  gboolean uv_timer_refed;
  GHashTable *known_timers; /* async id -> NodeTimer * (knownTimersById) */

  /* Immediates */
  Immediate *immediate_head, *immediate_tail;      /* immediateQueue */
  Immediate *outstanding_head;                     /* outstandingQueue.head */
  int      immediate_count;                        /* immediateInfo[kCount] */
  int      immediate_refcount;                     /* immediateInfo[kRefCount] */
  gboolean has_outstanding;                        /* immediateInfo[kHasOutstanding] */

  /* process.nextTick */
  GArray  *ticks;           /* Tick */
  guint    tick_head;
  gboolean has_tick_scheduled;

  /* Unhandled rejections (lib/internal/process/promises.js) */
  GHashTable *maybe_unhandled;   /* JsObject * promise -> GINT_TO_POINTER (warned) */
  GPtrArray  *pending_unhandled; /* JsObject * promises, in rejection order */
  GPtrArray  *async_handled;     /* JsObject * promises handled after their warning */
  gboolean has_rejection_to_warn;

  /* The run */
  guint32  next_async_id;
  StopReason stop;
  gboolean exiting;         /* process._exiting: 'exit' emitted */
  gboolean exit_called;     /* process.exit() ran: its code is final */
  int      exit_code;
  char    *filename;        /* __filename */
  char    *dirname;
  const char *basename;     /* in filename */
  const char *source;       /* the main script, during js_state_run */
  gsize    source_length;
  gboolean loop_started;
  gboolean es_module;       /* the main script runs as an ES module (top-level await) */
  gboolean es_module_pending;  /* ... and waits for the loop's first poll phase */
};

static JsHost *host (JsState *J) { return J->host; }

static void set_basename (JsHost *h);
static JsValue illegal_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                    JsValue new_target, JsObject *callee);
static void write_stream (JsState *J, JsStream stream, const char *text, gsize length);

/* ------------------------------------------------------------------------
 * Virtual time
 * ------------------------------------------------------------------------ */

/* uv__update_time / Environment::GetNow: libuv's whole-millisecond clock. */
static double
uv_update_time (JsState *J)
{
  JsHost *h = host (J);

  h->loop_time = MAX (h->loop_time, floor (js_virtual_now_ms (J)));
  return h->loop_time;
}

/* ------------------------------------------------------------------------
 * Node's errors (lib/internal/errors.js)
 * ------------------------------------------------------------------------ */

/* Sets err.code, and puts "[CODE]" into the stack's first line the way
 * Node's internal errors do ("TypeError [ERR_X]: message"). */
static JsObject *
node_error (JsState *J, JsErrorType type, const char *code, const char *message)
{
  JsObject *error = js_error_new (J, type, js_string_new_utf8 (J, message, -1));
  JsValue stack = js_get_own_data (J, error, JS_KEY (J, stack));

  if (js_is_string (stack))
    {
      char *text = js_string_to_utf8 (js_get_string (stack));
      const char *colon = strchr (text, ':');
      if (colon != NULL)
        {
          char *with_code = g_strdup_printf ("%.*s [%s]%s", (int) (colon - text), text, code, colon);
          js_define_value (J, error, JS_KEY (J, stack), js_string_value (js_string_new_utf8 (J, with_code, -1)),
                           JS_PROP_HIDDEN);
          g_free (with_code);
        }
      g_free (text);
    }
  js_define_value_utf8 (J, error, "code", js_string_value (js_string_new_utf8 (J, code, -1)), JS_PROP_DEFAULT);
  return error;
}

static void
inspect_brief (JsState *J, JsValue value, int depth, GString *out)
{
  JsInspectOptions options;

  js_inspect_options_init (&options);
  options.depth = depth;
  js_inspect (J, value, &options, out);
}

/* determineSpecificType(): how ERR_INVALID_ARG_TYPE describes a value. */
static char *
describe_received (JsState *J, JsValue value)
{
  GString *out = g_string_new (NULL);

  if (js_is_nullish (value))
    g_string_append (out, js_is_null (value) ? "null" : "undefined");
  else if (js_is_callable (value) && js_function_get_name (J, js_get_object (value))->length > 0)
    {
      g_string_append (out, "function ");
      js_string_append_to (out, js_function_get_name (J, js_get_object (value)));
    }
  else if (js_is_object (value) && !js_is_callable (value))
    {
      JsValue ctor = js_get (J, value, JS_KEY (J, constructor));
      JsValue name = js_is_object (ctor) ? js_get (J, ctor, JS_KEY (J, name)) : JS_UNDEFINED;
      if (js_is_string (name) && js_get_string (name)->length > 0)
        {
          g_string_append (out, "an instance of ");
          js_string_append_to (out, js_get_string (name));
        }
      else
        inspect_brief (J, value, -1, out);
    }
  else
    {
      GString *inspected = g_string_new (NULL);
      JsString *type = js_typeof (J, value);

      inspect_brief (J, value, 2, inspected);
      if (g_utf8_strlen (inspected->str, -1) > 28)
        {
          const char *cut = g_utf8_offset_to_pointer (inspected->str, 25);
          g_string_truncate (inspected, cut - inspected->str);
          g_string_append (inspected, "...");
        }
      g_string_append (out, "type ");
      js_string_append_to (out, type);
      g_string_append_printf (out, " (%s)", inspected->str);
      g_string_free (inspected, TRUE);
    }
  return g_string_free (out, FALSE);
}

/* `expected` is the phrase after "must be": "of type string", "an instance of X". */
static G_GNUC_NORETURN void
throw_invalid_arg_type (JsState *J, const char *name, const char *expected, JsValue value)
{
  js_node_throw_invalid_arg_type (J, name, expected, value);
}

/* validateFunction(value, name) */
static void
validate_function (JsState *J, JsValue value, const char *name)
{
  if (!js_is_callable (value))
    throw_invalid_arg_type (J, name, "of type function", value);
}

/* The arguments after the first `skip`, as an array; undefined when none
 * (Node stores `args` as undefined then, and calls without spreading). */
static JsValue
rest_arguments (JsState *J, int argc, const JsValue *argv, int skip)
{
  if (argc <= skip)
    return JS_UNDEFINED;
  return js_object_value (js_array_from_values (J, argv + skip, (guint32) (argc - skip)));
}

/* Calls fn with `args` spread: an array rest_arguments made (dense, and
 * out of the script's reach), or undefined.  The caller keeps `args`
 * rooted. */
static JsValue
call_with_args (JsState *J, JsValue fn, JsValue this_value, JsValue args)
{
  JsObject *array;

  if (!js_is_object (args))
    return js_call (J, fn, this_value, 0, NULL);
  array = js_get_object (args);
  return js_call (J, fn, this_value, (int) array->u.array.length, array->u.array.elements);
}

/* ------------------------------------------------------------------------
 * process.nextTick (lib/internal/process/task_queues.js)
 * ------------------------------------------------------------------------ */

static JsValue
process_next_tick (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  JsValue callback = js_arg (argc, argv, 0);
  Tick tick;

  validate_function (J, callback, "callback");
  if (h->exiting)
    return JS_UNDEFINED;
  tick.callback = callback;
  tick.args = rest_arguments (J, argc, argv, 1);
  tick.trace_id = 0;
  h->next_async_id++;
  if (J->trace != NULL)
    {
      tick.trace_id = js_trace_new_id (J);
      js_trace_task (J, JS_TRACE_MICROTASK_ENQUEUE, JS_TRACE_QUEUE_NEXT_TICK, tick.trace_id,
                     JS_TRACE_TASK_NEXT_TICK, callback, 0, 0, 0, 0);
    }
  g_array_append_val (h->ticks, tick);
  h->has_tick_scheduled = TRUE;
  return JS_UNDEFINED;
}

static gboolean
tick_queue_is_empty (JsHost *h)
{
  return h->tick_head == h->ticks->len;
}

/* Takes the oldest tick into the rooted "current" slots. */
static void
tick_queue_shift (JsState *J)
{
  JsHost *h = host (J);
  Tick tick = g_array_index (h->ticks, Tick, h->tick_head++);

  h->roots[ROOT_CURRENT_TICK_CALLBACK] = tick.callback;
  h->roots[ROOT_CURRENT_TICK_ARGS] = tick.args;
  /* Drop the consumed front now and then, so that ticks scheduling ticks
   * forever do not grow the array forever. */
  if (h->tick_head == h->ticks->len || (h->tick_head >= 1024 && h->tick_head * 2 >= h->ticks->len))
    {
      g_array_remove_range (h->ticks, 0, h->tick_head);
      h->tick_head = 0;
    }
  if (J->trace != NULL)
    js_trace_task (J, JS_TRACE_MICROTASK_RUN, JS_TRACE_QUEUE_NEXT_TICK, tick.trace_id,
                   JS_TRACE_TASK_NEXT_TICK, JS_UNDEFINED, 0, 0, 0, 0);
}

static gboolean process_promise_rejections (JsState *J);

/* processTicksAndRejections(): every tick, then the microtasks, again while
 * either queue refills; then the unhandled rejections.  An exception from a
 * tick leaves the rest queued for the next time. */
static void
process_ticks_and_rejections (JsState *J)
{
  JsHost *h = host (J);

  do
    {
      while (!tick_queue_is_empty (h))
        {
          tick_queue_shift (J);
          if (J->trace != NULL)
            js_trace_set_frame_reason (J, JS_TRACE_REASON_MICROTASK);
          call_with_args (J, h->roots[ROOT_CURRENT_TICK_CALLBACK], JS_UNDEFINED, h->roots[ROOT_CURRENT_TICK_ARGS]);
          h->roots[ROOT_CURRENT_TICK_CALLBACK] = h->roots[ROOT_CURRENT_TICK_ARGS] = JS_UNDEFINED;
        }
      js_run_microtask_checkpoint (J);
    }
  while (!tick_queue_is_empty (h) || process_promise_rejections (J));
  h->has_tick_scheduled = FALSE;
  h->has_rejection_to_warn = FALSE;
}

/* runNextTicks(): what the timers and immediates call between callbacks. */
static void
run_next_ticks (JsState *J)
{
  JsHost *h = host (J);

  if (!h->has_tick_scheduled && !h->has_rejection_to_warn)
    js_run_microtask_checkpoint (J);
  if (!h->has_tick_scheduled && !h->has_rejection_to_warn)
    return;
  process_ticks_and_rejections (J);
}

/* ------------------------------------------------------------------------
 * Exceptions nobody caught (lib/internal/process/execution.js)
 * ------------------------------------------------------------------------ */

static gboolean emit_event (JsState *J, JsValue target, const char *type, int argc, const JsValue *argv);
static int listener_count (JsState *J, JsValue target, const char *type);

/* Ends the run: unwinds everything (no JavaScript catch sees it) to
 * js_state_run. */
static G_GNUC_NORETURN void
terminate (JsState *J, StopReason reason, JsValue value)
{
  JsHost *h = host (J);

  if (h->stop == STOP_NONE)
    h->stop = reason;
  J->terminating = TRUE;
  js_throw (J, value);
}

/* How Node prints an error that ends the process. */
static void
print_fatal (JsState *J, JsValue error)
{
  GString *out = g_string_new (NULL);
  JsValue stack = JS_UNDEFINED;
  JsTryPoint tp;

  /* Reading `stack` may run a getter: an error there prints the value plainly. */
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (js_is_object (error))
        stack = js_get (J, error, JS_KEY (J, stack));
      if (js_is_string (stack) && js_is_object (error) && js_get_object (error)->class_id == JS_CLASS_ERROR)
        js_string_append_to (out, js_get_string (stack));
      else
        {
          g_string_append (out, "Uncaught ");
          inspect_brief (J, error, 2, out);
        }
      js_try_end (J, &tp);
    }
  else
    {
      if (J->terminating)
        js_throw (J, J->exception);
      g_string_truncate (out, 0);
      g_string_append (out, "Uncaught exception");
    }
  g_string_prepend (out, "\n");
  g_string_append (out, "\n\nNode.js " NODE_VERSION "\n");
  js_write_output (J, JS_STREAM_STDERR, out->str, out->len);
  if (J->trace != NULL)
    js_trace_console (J, JS_STREAM_STDERR, out->str, out->len);
  g_string_free (out, TRUE);
}

static JsValue
noop (JsState *J, JsValue this_value, int argc, const JsValue *argv,
      JsValue new_target, JsObject *callee)
{
  return JS_UNDEFINED;
}

static JsValue global_set_immediate (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                     JsValue new_target, JsObject *callee);
static JsValue events_static_on (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                 JsValue new_target, JsObject *callee);
static JsValue timers_promises_set_interval (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                             JsValue new_target, JsObject *callee);

/* triggerUncaughtException(err, fromPromise): the 'uncaughtException'
 * listeners get it, or the process prints it and exits with code 1. */
static void
trigger_uncaught_exception (JsState *J, JsValue error, gboolean from_promise)
{
  JsHost *h = host (J);
  JsValue process = h->roots[ROOT_PROCESS];

  if (J->trace != NULL)
    {
      char *text = js_error_to_display_utf8 (J, error);
      js_trace_message (J, from_promise ? JS_TRACE_UNHANDLED_REJECTION : JS_TRACE_UNCAUGHT, 0, text);
      g_free (text);
    }
  if (listener_count (J, process, "uncaughtException") > 0)
    {
      JsValue args[2];
      JsTryPoint tp;

      args[0] = error;
      args[1] = js_string_value (js_string_new_utf8 (J, from_promise ? "unhandledRejection" : "uncaughtException", -1));
      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          emit_event (J, process, "uncaughtException", 2, args);
          js_try_end (J, &tp);
          /* "Make sure any ticks get processed by ensuring that the next
           * Immediate cycle isn't empty": a failed callback scope left them. */
          args[0] = js_object_value (js_native_function_new (J, "noop", 0, noop, 0));
          global_set_immediate (J, JS_UNDEFINED, 1, args, JS_UNDEFINED, NULL);
          return;
        }
      /* A listener that throws ends the process (exit code 7). */
      if (J->terminating)
        js_throw (J, J->exception);
      print_fatal (J, J->exception);
      h->exit_code = 7;
      terminate (J, STOP_FATAL_IN_HANDLER, J->exception);
    }
  print_fatal (J, error);
  h->exit_code = 1;
  terminate (J, STOP_FATAL, error);
}

void
js_node_host_report_exception (JsState *J, JsValue exception)
{
  trigger_uncaught_exception (J, exception, FALSE);
}

/* ------------------------------------------------------------------------
 * Unhandled rejections (lib/internal/process/promises.js), mode 'throw'
 * ------------------------------------------------------------------------ */

void
js_node_host_promise_rejection_tracker (JsState *J, JsObject *promise, gboolean handled)
{
  JsHost *h = host (J);
  gpointer warned;

  if (h == NULL)
    return;
  if (!handled)
    {
      /* unhandledRejection(promise, reason) */
      g_hash_table_insert (h->maybe_unhandled, promise, GINT_TO_POINTER (FALSE));
      g_ptr_array_add (h->pending_unhandled, promise);
      h->has_rejection_to_warn = TRUE;
      return;
    }
  /* handledRejection(promise) */
  if (g_hash_table_lookup_extended (h->maybe_unhandled, promise, NULL, &warned))
    {
      g_hash_table_remove (h->maybe_unhandled, promise);
      if (GPOINTER_TO_INT (warned))
        {
          /* Handled after the warning: Node emits 'rejectionHandled'. */
          g_ptr_array_add (h->async_handled, promise);
          h->has_rejection_to_warn = TRUE;
          return;
        }
    }
  if (g_hash_table_size (h->maybe_unhandled) == 0 && h->async_handled->len == 0)
    h->has_rejection_to_warn = FALSE;
}

/* isErrorLike(): an object with an own `stack`. */
static gboolean
is_error_like (JsState *J, JsValue v)
{
  return js_is_object (v) && js_has_own_property (J, js_get_object (v), JS_KEY (J, stack));
}

/* processPromiseRejections(): TRUE when it may have queued more work. */
static gboolean
process_promise_rejections (JsState *J)
{
  JsHost *h = host (J);
  gboolean maybe_scheduled = h->async_handled->len > 0;
  guint len;

  /* 'rejectionHandled' listeners, or a warning on stderr. */
  while (h->async_handled->len > 0)
    {
      JsValue promise = js_object_value (g_ptr_array_steal_index (h->async_handled, 0));

      h->roots[ROOT_SCRATCH] = promise;
      if (!emit_event (J, h->roots[ROOT_PROCESS], "rejectionHandled", 1, &promise))
        {
          static const char warning[] =
            "(node:4242) PromiseRejectionHandledWarning: Promise rejection was handled asynchronously\n";
          write_stream (J, JS_STREAM_STDERR, warning, sizeof warning - 1);
        }
      h->roots[ROOT_SCRATCH] = JS_UNDEFINED;
    }
  len = h->pending_unhandled->len;
  while (len-- > 0)
    {
      JsObject *promise = g_ptr_array_steal_index (h->pending_unhandled, 0);
      JsValue reason, args[2];

      if (!g_hash_table_contains (h->maybe_unhandled, promise))
        continue;
      g_hash_table_insert (h->maybe_unhandled, promise, GINT_TO_POINTER (TRUE));
      js_promise_get_state (promise, &reason);
      h->roots[ROOT_SCRATCH] = js_object_value (promise);
      args[0] = reason;
      args[1] = js_object_value (promise);
      /* kThrowUnhandledRejections: emit, or make it an uncaught exception. */
      if (!emit_event (J, h->roots[ROOT_PROCESS], "unhandledRejection", 2, args))
        {
          JsValue error = reason;
          if (!is_error_like (J, reason))
            {
              GString *shown = g_string_new (NULL);
              char *message;
              inspect_brief (J, reason, 2, shown);
              message = g_strdup_printf ("This error originated either by throwing inside of an async function "
                                         "without a catch block, or by rejecting a promise which was not handled "
                                         "with .catch(). The promise rejected with the reason \"%s\".", shown->str);
              error = js_object_value (node_error (J, JS_ERROR, "ERR_UNHANDLED_REJECTION", message));
              js_define_value (J, js_get_object (error), JS_KEY (J, name),
                               js_string_value (js_string_new_utf8 (J, "UnhandledPromiseRejection", -1)), JS_PROP_HIDDEN);
              g_free (message);
              g_string_free (shown, TRUE);
            }
          trigger_uncaught_exception (J, error, TRUE);
        }
      h->roots[ROOT_SCRATCH] = JS_UNDEFINED;
      maybe_scheduled = TRUE;
    }
  return maybe_scheduled || h->pending_unhandled->len != 0;
}

/* ------------------------------------------------------------------------
 * Callback scopes (src/api/callback.cc)
 * ------------------------------------------------------------------------ */

/* Runs fn (J) and reports an exception it lets escape as uncaught;
 * FALSE when it threw. */
static gboolean
run_reporting (JsState *J, void (*fn) (JsState *J))
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      fn (J);
      js_try_end (J, &tp);
      return TRUE;
    }
  if (J->terminating)
    js_throw (J, J->exception);
  js_trace_unwind_frames (J, 0);
  trigger_uncaught_exception (J, J->exception, FALSE);
  return FALSE;
}

/* InternalCallbackScope::Close(): the microtasks, then the ticks if any
 * were scheduled; an exception from a tick is reported here. */
static void
close_scope (JsState *J)
{
  JsHost *h = host (J);

  if (!h->has_tick_scheduled && !h->has_rejection_to_warn)
    js_run_microtask_checkpoint (J);
  if (h->has_tick_scheduled || h->has_rejection_to_warn)
    process_ticks_and_rejections (J);
}

static void
callback_scope_close (JsState *J)
{
  run_reporting (J, close_scope);
}

/* Calls a host callback (fn with `this` and spread args) as a macrotask;
 * FALSE when it threw (J->exception holds the exception).  A termination
 * goes on unwinding. */
static gboolean
call_macrotask (JsState *J, JsValue fn, JsValue this_value, JsValue args)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (J->trace != NULL)
        js_trace_set_frame_reason (J, JS_TRACE_REASON_MACROTASK);
      call_with_args (J, fn, this_value, args);
      js_try_end (J, &tp);
      return TRUE;
    }
  if (J->terminating)
    js_throw (J, J->exception);
  return FALSE;
}

/* ------------------------------------------------------------------------
 * Timers (lib/timers.js, lib/internal/timers.js, src/timers.cc)
 * ------------------------------------------------------------------------ */

/* Timeout and Immediate objects own a g_malloc'd record in u.host.data. */
static void
host_record_finalize (JsState *J, JsObject *obj)
{
  g_free (obj->u.host.data);
}

/* The record behind `v` when it is a host object of `klass`, else NULL. */
static gpointer
host_record_of (JsValue v, const JsHostClass *klass)
{
  JsObject *obj;

  if (!js_is_object (v))
    return NULL;
  obj = js_get_object (v);
  if (obj->class_id != JS_CLASS_HOST || obj->u.host.klass != klass)
    return NULL;
  return obj->u.host.data;
}

static const JsHostClass timeout_class = { "Timeout", NULL, host_record_finalize };

static NodeTimer *
timer_from_value (JsValue v)
{
  return host_record_of (v, &timeout_class);
}

/* The trace shows a timer in the oven (WEBAPI) while it waits, on the
 * timers counter once due, and nowhere after it ran or was cleared. */
static void
trace_timer_move (JsState *J, NodeTimer *timer, JsTraceQueue to)
{
  JsTraceTaskKind kind = timer->repeat > 0 ? JS_TRACE_TASK_INTERVAL : JS_TRACE_TASK_TIMEOUT;

  if (J->trace == NULL || timer->trace_queue == to)
    return;
  if (timer->trace_queue == JS_TRACE_QUEUE_WEBAPI)
    js_trace_task (J, to == JS_TRACE_QUEUE_TIMERS ? JS_TRACE_WEBAPI_DONE : JS_TRACE_WEBAPI_CANCEL,
                   JS_TRACE_QUEUE_WEBAPI, timer->trace_id, kind, JS_UNDEFINED, 0, 0, 0, 0);
  else if (timer->trace_queue == JS_TRACE_QUEUE_TIMERS)
    js_trace_task (J, to == JS_TRACE_N_QUEUES ? JS_TRACE_TASK_RUN : JS_TRACE_TASK_CANCEL,
                   JS_TRACE_QUEUE_TIMERS, timer->trace_id, kind, JS_UNDEFINED, 0, 0, 0, 0);
  if (to == JS_TRACE_QUEUE_WEBAPI)
    js_trace_task (J, JS_TRACE_WEBAPI_ADD, JS_TRACE_QUEUE_WEBAPI, timer->trace_id, kind,
                   timer->object->u.host.slots[TIMER_CALLBACK], 0, 0, timer->list != NULL ? timer->list->msecs : 0,
                   timer->idle_start + (timer->list != NULL ? timer->list->msecs : 0));
  else if (to == JS_TRACE_QUEUE_TIMERS)
    js_trace_task (J, JS_TRACE_TASK_ENQUEUE, JS_TRACE_QUEUE_TIMERS, timer->trace_id, kind,
                   timer->object->u.host.slots[TIMER_CALLBACK], 0, 0, 0, 0);
  timer->trace_queue = to;
}

/* timerListQueue: a binary heap of the lists by (expiry, id), index 0 the
 * first to run; timerListMap: the lists by duration. */
static gboolean
timer_list_before (const TimerList *a, const TimerList *b)
{
  return a->expiry < b->expiry || (a->expiry == b->expiry && a->id < b->id);
}

static void
heap_set (JsHost *h, guint i, TimerList *list)
{
  h->lists->pdata[i] = list;
  list->heap_index = i;
}

static void
heap_sift_up (JsHost *h, guint i)
{
  TimerList *list = g_ptr_array_index (h->lists, i);

  while (i > 0)
    {
      TimerList *parent = g_ptr_array_index (h->lists, (i - 1) / 2);
      if (!timer_list_before (list, parent))
        break;
      heap_set (h, i, parent);
      i = (i - 1) / 2;
    }
  heap_set (h, i, list);
}

static void
heap_sift_down (JsHost *h, guint i)
{
  TimerList *list = g_ptr_array_index (h->lists, i);
  guint n = h->lists->len;

  for (;;)
    {
      guint child = 2 * i + 1;
      TimerList *smaller;
      if (child >= n)
        break;
      if (child + 1 < n && timer_list_before (g_ptr_array_index (h->lists, child + 1),
                                              g_ptr_array_index (h->lists, child)))
        child++;
      smaller = g_ptr_array_index (h->lists, child);
      if (!timer_list_before (smaller, list))
        break;
      heap_set (h, i, smaller);
      i = child;
    }
  heap_set (h, i, list);
}

/* After a list's expiry or id changed (percolateDown). */
static void
timer_list_requeue (JsHost *h, TimerList *list)
{
  heap_sift_down (h, list->heap_index);
  heap_sift_up (h, list->heap_index);
}

static TimerList *
timer_list_peek (JsHost *h)
{
  return h->lists->len > 0 ? g_ptr_array_index (h->lists, 0) : NULL;
}

static TimerList *
timer_list_find (JsHost *h, double msecs)
{
  if (msecs != trunc (msecs) || msecs < 0 || msecs > G_MAXINT)
    return NULL;
  return g_hash_table_lookup (h->list_map, GINT_TO_POINTER ((gint) msecs));
}

static void
timer_list_enqueue (JsHost *h, TimerList *list)
{
  list->queued = TRUE;
  g_ptr_array_add (h->lists, list);
  heap_sift_up (h, h->lists->len - 1);
  g_hash_table_insert (h->list_map, GINT_TO_POINTER ((gint) list->msecs), list);
}

/* Takes a list out of timerListMap and timerListQueue; it is freed when
 * listOnTimeout no longer holds it. */
static void
timer_list_dequeue (JsHost *h, TimerList *list)
{
  guint i = list->heap_index;
  TimerList *last = g_ptr_array_steal_index (h->lists, h->lists->len - 1);

  if (last != list)
    {
      heap_set (h, i, last);
      timer_list_requeue (h, last);
    }
  g_hash_table_remove (h->list_map, GINT_TO_POINTER ((gint) list->msecs));
  list->queued = FALSE;
  if (!list->running)
    g_free (list);
}

/* L.remove(item) */
static void
timer_unlink (NodeTimer *timer)
{
  TimerList *list = timer->list;

  if (list == NULL)
    return;
  if (timer->prev != NULL)
    timer->prev->next = timer->next;
  else
    list->head = timer->next;
  if (timer->next != NULL)
    timer->next->prev = timer->prev;
  else
    list->tail = timer->prev;
  timer->prev = timer->next = NULL;
  timer->list = NULL;
}

/* Environment::ScheduleTimer(duration) */
static void
schedule_timer (JsState *J, double duration)
{
  JsHost *h = host (J);

  h->uv_timer_active = TRUE;
  h->uv_timer_due = h->loop_time + MAX (trunc (duration), 0);
}

static void
inc_ref_count (JsHost *h)
{
  if (h->timer_refcount++ == 0)
    h->uv_timer_refed = TRUE;
}

static void
dec_ref_count (JsHost *h)
{
  if (--h->timer_refcount == 0)
    h->uv_timer_refed = FALSE;
}

/* insert(item, msecs, start) */
static void
timer_insert (JsState *J, NodeTimer *timer, double msecs, double start)
{
  JsHost *h = host (J);
  TimerList *list;

  /* Truncate so that accuracy of sub-millisecond timers is not assumed. */
  msecs = trunc (msecs);
  timer->idle_start = start;
  list = timer_list_find (h, msecs);
  if (list == NULL)
    {
      double expiry = start + msecs;
      list = g_new0 (TimerList, 1);
      list->msecs = msecs;
      list->expiry = expiry;
      list->id = h->timer_list_id++;
      timer_list_enqueue (h, list);
      if (h->next_expiry > expiry)
        {
          schedule_timer (J, msecs);
          h->next_expiry = expiry;
        }
    }
  /* L.append(list, item) */
  timer_unlink (timer);
  timer->list = list;
  timer->prev = list->tail;
  timer->next = NULL;
  if (list->tail != NULL)
    list->tail->next = timer;
  else
    list->head = timer;
  list->tail = timer;
  if (J->trace != NULL)
    {
      /* Re-armed or refreshed: back into the oven with its new due time. */
      if (timer->trace_queue == JS_TRACE_QUEUE_WEBAPI)
        trace_timer_move (J, timer, JS_TRACE_N_QUEUES);
      trace_timer_move (J, timer, JS_TRACE_QUEUE_WEBAPI);
    }
}

/* new Timeout(callback, after, args, isRepeat, isRefed) */
static NodeTimer *
timeout_new (JsState *J, JsValue callback, double after, JsValue args, gboolean repeat)
{
  JsHost *h = host (J);
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, js_get_object (h->roots[ROOT_TIMEOUT_PROTO]));
  NodeTimer *timer = g_new0 (NodeTimer, 1);

  obj->u.host.klass = &timeout_class;
  obj->u.host.data = timer;
  obj->u.host.slots[TIMER_CALLBACK] = callback;
  obj->u.host.slots[TIMER_ARGS] = args;
  for (guint i = 2; i < G_N_ELEMENTS (obj->u.host.slots); i++)
    obj->u.host.slots[i] = JS_UNDEFINED;
  /* after *= 1; out of [1, TIMEOUT_MAX] (or NaN) means 1. */
  if (!(after >= 1 && after <= TIMEOUT_MAX))
    after = 1;
  timer->object = obj;
  timer->idle_timeout = after;
  timer->repeat = repeat ? after : 0;
  timer->refed = TRUE;
  inc_ref_count (h);
  timer->async_id = ++h->next_async_id;
  timer->trace_queue = JS_TRACE_N_QUEUES;
  if (J->trace != NULL)
    timer->trace_id = js_trace_new_id (J);
  return timer;
}

static JsValue
set_timer (JsState *J, int argc, const JsValue *argv, gboolean repeat)
{
  JsValue callback = js_arg (argc, argv, 0);
  NodeTimer *timer;
  double after;

  validate_function (J, callback, "callback");
  after = js_to_number (J, js_arg (argc, argv, 1));
  timer = timeout_new (J, callback, after, rest_arguments (J, argc, argv, 2), repeat);
  timer_insert (J, timer, timer->idle_timeout, uv_update_time (J));
  return js_object_value (timer->object);
}

static JsValue
global_set_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return set_timer (J, argc, argv, FALSE);
}

static JsValue
global_set_interval (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  return set_timer (J, argc, argv, TRUE);
}

/* unenroll(item) */
static void
timer_unenroll (JsState *J, NodeTimer *timer)
{
  JsHost *h = host (J);
  TimerList *list;

  if (timer->destroyed)
    return;
  timer->destroyed = TRUE;
  if (timer->has_primitive)
    g_hash_table_remove (h->known_timers, GUINT_TO_POINTER (timer->async_id));
  trace_timer_move (J, timer, JS_TRACE_N_QUEUES);
  timer_unlink (timer);
  /* Node looks the list up by _idleTimeout, not by the truncated delay the
   * timer was inserted under. */
  list = timer_list_find (h, timer->idle_timeout);
  if (list != NULL && list->head == NULL)
    timer_list_dequeue (h, list);
  if (timer->refed)
    dec_ref_count (h);
  timer->idle_timeout = -1;
}

/* clearTimeout(timer): a Timeout, or the number its [Symbol.toPrimitive]()
 * gave. */
static JsValue
global_clear_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  JsValue arg = js_arg (argc, argv, 0);
  NodeTimer *timer = timer_from_value (arg);

  if (timer != NULL)
    {
      if (!js_is_null (timer->object->u.host.slots[TIMER_CALLBACK]))
        {
          timer->object->u.host.slots[TIMER_CALLBACK] = JS_NULL;
          timer_unenroll (J, timer);
        }
      return JS_UNDEFINED;
    }
  if (js_is_number (arg) || js_is_string (arg))
    {
      double id = js_to_number (J, arg);
      if (id >= 0 && id <= G_MAXUINT32 && id == floor (id))
        {
          timer = g_hash_table_lookup (h->known_timers, GUINT_TO_POINTER ((guint32) id));
          if (timer != NULL)
            {
              timer->object->u.host.slots[TIMER_CALLBACK] = JS_NULL;
              timer_unenroll (J, timer);
            }
        }
    }
  return JS_UNDEFINED;
}

static NodeTimer *
this_timer (JsState *J, JsValue this_value, const char *method)
{
  NodeTimer *timer = timer_from_value (this_value);

  if (timer == NULL)
    js_throw_type_error (J, "Timeout.prototype.%s called on incompatible receiver", method);
  return timer;
}

static JsValue
timeout_ref (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  NodeTimer *timer = this_timer (J, this_value, "ref");

  if (!timer->refed)
    {
      timer->refed = TRUE;
      if (!timer->destroyed)
        inc_ref_count (host (J));
    }
  return this_value;
}

static JsValue
timeout_unref (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  NodeTimer *timer = this_timer (J, this_value, "unref");

  if (timer->refed)
    {
      timer->refed = FALSE;
      if (!timer->destroyed)
        dec_ref_count (host (J));
    }
  return this_value;
}

static JsValue
timeout_has_ref (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  return js_boolean (this_timer (J, this_value, "hasRef")->refed);
}

/* refresh(): insertGuarded(item, refed) with a fresh start. */
static JsValue
timeout_refresh (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  NodeTimer *timer = this_timer (J, this_value, "refresh");
  gboolean refed = timer->refed;
  gboolean was_destroyed;

  if (timer->idle_timeout < 0)
    return this_value;
  timer_insert (J, timer, timer->idle_timeout, uv_update_time (J));
  was_destroyed = timer->destroyed;
  timer->destroyed = FALSE;
  if (was_destroyed && refed)
    inc_ref_count (h);
  return this_value;
}

static JsValue
timeout_close (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsValue arg = this_value;

  global_clear_timeout (J, JS_UNDEFINED, 1, &arg, JS_UNDEFINED, callee);
  return this_value;
}

/* [Symbol.toPrimitive](): the async id, which clearTimeout accepts. */
static JsValue
timeout_to_primitive (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  NodeTimer *timer = this_timer (J, this_value, "[Symbol.toPrimitive]");

  if (!timer->has_primitive)
    {
      timer->has_primitive = TRUE;
      g_hash_table_insert (host (J)->known_timers, GUINT_TO_POINTER (timer->async_id), timer);
    }
  return js_number (timer->async_id);
}

static int
compare_lists (gconstpointer a, gconstpointer b)
{
  const TimerList *la = *(TimerList *const *) a, *lb = *(TimerList *const *) b;

  return timer_list_before (la, lb) ? -1 : timer_list_before (lb, la) ? 1 : 0;
}

/* For the trace: the timers a timers phase at `now` will run, in order,
 * go from the oven to the timers counter before the first one runs.
 * Callbacks cannot add to this set (whatever they schedule is due later),
 * only clear from it. */
static void
trace_due_timers (JsState *J, double now)
{
  JsHost *h = host (J);
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; i < h->lists->len; i++)
    g_ptr_array_add (order, g_ptr_array_index (h->lists, i));
  g_ptr_array_sort (order, compare_lists);
  for (guint i = 0; i < order->len; i++)
    {
      TimerList *list = g_ptr_array_index (order, i);
      if (list->expiry > now)
        break;
      for (NodeTimer *t = list->head; t != NULL && now - t->idle_start >= list->msecs; t = t->next)
        trace_timer_move (J, t, JS_TRACE_QUEUE_TIMERS);
    }
  g_ptr_array_unref (order);
}

/* listOnTimeout(list, now) */
static void
list_on_timeout (JsState *J, TimerList *list, double now)
{
  JsHost *h = host (J);
  double msecs = list->msecs;
  gboolean ran_at_least_one_timer = FALSE;
  NodeTimer *timer;

  list->running = TRUE;
  while ((timer = list->head) != NULL)
    {
      double diff = now - timer->idle_start;
      double start = 0;
      JsObject *obj;

      /* Too early for this one: the rest of the list waits too. */
      if (diff < msecs)
        {
          list->expiry = MAX (timer->idle_start + msecs, now + 1);
          list->id = h->timer_list_id++;
          timer_list_requeue (h, list);
          list->running = FALSE;
          return;
        }
      if (ran_at_least_one_timer)
        {
          h->roots[ROOT_CURRENT_TIMER] = js_object_value (timer->object);
          run_next_ticks (J);
        }
      else
        ran_at_least_one_timer = TRUE;

      timer_unlink (timer);
      obj = timer->object;
      h->roots[ROOT_CURRENT_TIMER] = js_object_value (obj);
      if (js_is_null (obj->u.host.slots[TIMER_CALLBACK]))
        {
          if (!timer->destroyed)
            {
              timer->destroyed = TRUE;
              if (timer->refed)
                h->timer_refcount--;
            }
          continue;
        }
      trace_timer_move (J, timer, JS_TRACE_N_QUEUES);
      if (timer->repeat > 0)
        start = uv_update_time (J);
      {
        /* try { timer._onTimeout(...args) } finally { re-arm or retire } */
        gboolean threw = !call_macrotask (J, obj->u.host.slots[TIMER_CALLBACK], js_object_value (obj),
                                          obj->u.host.slots[TIMER_ARGS]);

        if (timer->repeat > 0 && timer->idle_timeout != -1)
          {
            timer->idle_timeout = timer->repeat;
            timer_insert (J, timer, timer->idle_timeout, start);
          }
        else if (timer->list == NULL && !timer->destroyed)
          {
            timer->destroyed = TRUE;
            if (timer->refed)
              h->timer_refcount--;
            if (timer->has_primitive)
              g_hash_table_remove (h->known_timers, GUINT_TO_POINTER (timer->async_id));
          }
        if (threw)
          {
            list->running = FALSE;
            if (!list->queued)
              g_free (list);
            js_throw (J, J->exception);
          }
      }
    }
  list->running = FALSE;
  /* The list may have been removed (and recreated) meanwhile. */
  if (list->queued)
    timer_list_dequeue (h, list);
  else
    g_free (list);
}

/* processTimers(now): runs the due lists; returns the next expiry (negative
 * when no timer keeps the loop alive), or 0 when no list is left. */
static double
process_timers (JsState *J, double now)
{
  JsHost *h = host (J);
  gboolean ran_at_least_one_list = FALSE;
  TimerList *list;

  h->next_expiry = INFINITY;
  while ((list = timer_list_peek (h)) != NULL)
    {
      if (list->expiry > now)
        {
          h->next_expiry = list->expiry;
          return h->timer_refcount > 0 ? h->next_expiry : -h->next_expiry;
        }
      if (ran_at_least_one_list)
        run_next_ticks (J);
      else
        ran_at_least_one_list = TRUE;
      list_on_timeout (J, list, now);
    }
  return 0;
}

static void
process_timers_now (JsState *J)
{
  JsHost *h = host (J);

  h->run_timers_expiry = process_timers (J, h->run_timers_now);
}

/* Environment::RunTimers: the uv timer fired. */
static void
run_timers (JsState *J)
{
  JsHost *h = host (J);
  double now = uv_update_time (J);
  double expiry;

  if (J->trace != NULL)
    trace_due_timers (J, now);
  /* Until all currently due timers ran: an exception (reported by the
   * verbose TryCatch) makes it call processTimers again. */
  h->run_timers_now = now;
  while (!run_reporting (J, process_timers_now))
    ;
  expiry = h->run_timers_expiry;
  h->roots[ROOT_CURRENT_TIMER] = JS_UNDEFINED;
  if (expiry != 0)
    {
      double duration = fabs (expiry) - h->loop_time;
      schedule_timer (J, duration > 0 ? duration : 1);
      h->uv_timer_refed = expiry > 0;
    }
  else
    h->uv_timer_refed = FALSE;
  callback_scope_close (J);
}

/* ------------------------------------------------------------------------
 * setImmediate (lib/timers.js, lib/internal/timers.js)
 * ------------------------------------------------------------------------ */

enum { IMMEDIATE_CALLBACK, IMMEDIATE_ARGS };

static const JsHostClass immediate_class = { "Immediate", NULL, host_record_finalize };

static Immediate *
immediate_from_value (JsValue v)
{
  return host_record_of (v, &immediate_class);
}

/* ImmediateList.prototype.remove(item) on immediateQueue. */
static void
immediate_queue_remove (JsHost *h, Immediate *item)
{
  if (item->next != NULL)
    item->next->prev = item->prev;
  if (item->prev != NULL)
    item->prev->next = item->next;
  if (item == h->immediate_head)
    h->immediate_head = item->next;
  if (item == h->immediate_tail)
    h->immediate_tail = item->prev;
  item->next = item->prev = NULL;
}

static void
immediate_ref (JsHost *h, Immediate *immediate)
{
  if (!immediate->refed)
    {
      immediate->refed = TRUE;
      h->immediate_refcount++;
    }
}

static void
immediate_unref (JsHost *h, Immediate *immediate)
{
  if (immediate->refed)
    {
      immediate->refed = FALSE;
      h->immediate_refcount--;
    }
}

static JsValue
global_set_immediate (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  JsValue callback = js_arg (argc, argv, 0);
  JsObject *obj;
  Immediate *immediate;

  validate_function (J, callback, "callback");
  obj = js_object_new_class (J, JS_CLASS_HOST, js_get_object (h->roots[ROOT_IMMEDIATE_PROTO]));
  immediate = g_new0 (Immediate, 1);
  obj->u.host.klass = &immediate_class;
  obj->u.host.data = immediate;
  obj->u.host.slots[IMMEDIATE_CALLBACK] = callback;
  obj->u.host.slots[IMMEDIATE_ARGS] = rest_arguments (J, argc, argv, 1);
  for (guint i = 2; i < G_N_ELEMENTS (obj->u.host.slots); i++)
    obj->u.host.slots[i] = JS_UNDEFINED;
  immediate->object = obj;
  /* Every async resource takes an async id, which timers' ids show. */
  h->next_async_id++;
  immediate_ref (h, immediate);
  h->immediate_count++;
  /* immediateQueue.append(this) */
  immediate->prev = h->immediate_tail;
  if (h->immediate_tail != NULL)
    h->immediate_tail->next = immediate;
  else
    h->immediate_head = immediate;
  h->immediate_tail = immediate;
  if (J->trace != NULL)
    {
      immediate->trace_id = js_trace_new_id (J);
      js_trace_task (J, JS_TRACE_TASK_ENQUEUE, JS_TRACE_QUEUE_IMMEDIATE, immediate->trace_id,
                     JS_TRACE_TASK_IMMEDIATE, callback, 0, 0, 0, 0);
    }
  return js_object_value (obj);
}

static JsValue
global_clear_immediate (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  JsValue value = js_arg (argc, argv, 0);
  Immediate *immediate = immediate_from_value (value);

  /* Node's clearImmediate assigns `immediate._destroyed = true` in strict
   * code, which throws for a truthy primitive. */
  if (!js_is_object (value) && js_to_boolean (value))
    js_throw_set_failure (J, value, js_key_from_utf8 (J, "_destroyed"));
  if (immediate == NULL || immediate->destroyed)
    return JS_UNDEFINED;
  h->immediate_count--;
  immediate->destroyed = TRUE;
  immediate_unref (h, immediate);
  immediate->object->u.host.slots[IMMEDIATE_CALLBACK] = JS_NULL;
  immediate_queue_remove (h, immediate);
  if (J->trace != NULL)
    js_trace_task (J, JS_TRACE_TASK_CANCEL, JS_TRACE_QUEUE_IMMEDIATE, immediate->trace_id,
                   JS_TRACE_TASK_IMMEDIATE, JS_UNDEFINED, 0, 0, 0, 0);
  return JS_UNDEFINED;
}

static Immediate *
this_immediate (JsState *J, JsValue this_value)
{
  Immediate *immediate = immediate_from_value (this_value);

  if (immediate == NULL)
    js_throw_type_error (J, "Immediate method called on incompatible receiver");
  return immediate;
}

static JsValue
immediate_ref_method (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  Immediate *immediate = this_immediate (J, this_value);

  if (!immediate->destroyed)
    immediate_ref (host (J), immediate);
  return this_value;
}

static JsValue
immediate_unref_method (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  immediate_unref (host (J), this_immediate (J, this_value));
  return this_value;
}

static JsValue
immediate_has_ref (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  return js_boolean (this_immediate (J, this_value)->refed);
}

/* processImmediate(): the immediates queued before the check phase began;
 * those they queue wait for the next iteration. */
static void
process_immediate (JsState *J)
{
  JsHost *h = host (J);
  gboolean from_outstanding = h->outstanding_head != NULL;
  Immediate *immediate = from_outstanding ? h->outstanding_head : h->immediate_head;
  Immediate *prev_immediate = NULL;
  gboolean ran_at_least_one = FALSE;

  if (!from_outstanding)
    {
      h->immediate_head = h->immediate_tail = NULL;
      h->has_outstanding = TRUE;
    }
  h->outstanding_head = immediate;
  while (immediate != NULL)
    {
      JsObject *obj;

      if (ran_at_least_one)
        run_next_ticks (J);
      else
        ran_at_least_one = TRUE;
      /* Cleared by a tick just now: its predecessor links past it. */
      if (immediate->destroyed)
        {
          h->outstanding_head = immediate = prev_immediate != NULL ? prev_immediate->next : NULL;
          continue;
        }
      immediate->destroyed = TRUE;
      h->immediate_count--;
      immediate_unref (h, immediate);
      prev_immediate = immediate;
      obj = immediate->object;
      h->roots[ROOT_CURRENT_IMMEDIATE] = js_object_value (obj);
      if (J->trace != NULL)
        js_trace_task (J, JS_TRACE_TASK_RUN, JS_TRACE_QUEUE_IMMEDIATE, immediate->trace_id,
                       JS_TRACE_TASK_IMMEDIATE, JS_UNDEFINED, 0, 0, 0, 0);
      {
        gboolean threw = !call_macrotask (J, obj->u.host.slots[IMMEDIATE_CALLBACK], js_object_value (obj),
                                          obj->u.host.slots[IMMEDIATE_ARGS]);

        obj->u.host.slots[IMMEDIATE_CALLBACK] = JS_NULL;
        h->outstanding_head = immediate = immediate->next;
        if (threw)
          js_throw (J, J->exception);
      }
    }
  h->outstanding_head = NULL;
  h->has_outstanding = FALSE;
}

/* Environment::CheckImmediate: the check phase. */
static void
check_immediate (JsState *J)
{
  JsHost *h = host (J);

  /* RunAndClearNativeImmediates opens and closes a callback scope first:
   * ticks a failed scope left behind (a tick that threw) run here, before
   * any immediate. */
  callback_scope_close (J);
  if (h->immediate_count == 0)
    return;
  do
    {
      gboolean ok = run_reporting (J, process_immediate);

      h->roots[ROOT_CURRENT_IMMEDIATE] = JS_UNDEFINED;
      if (ok)
        callback_scope_close (J);
    }
  while (h->has_outstanding);
}

/* ------------------------------------------------------------------------
 * EventEmitter (lib/events.js), for process and require('events')
 *
 * The listeners live where Node keeps them, so that scripts and
 * util.inspect see the same thing: this._events, a null-prototype object
 * mapping each event name to its listener, or to an array of them once
 * there are several; this._eventsCount counts the names.
 * ------------------------------------------------------------------------ */

static JsValue
events_key (JsState *J)
{
  return js_key_from_utf8 (J, "_events");
}

/* EventEmitter.init(): the fields every emitter has. */
static void
emitter_init (JsState *J, JsObject *target)
{
  JsHost *h = host (J);
  JsValue events = js_get (J, js_object_value (target), events_key (J));
  JsValue proto_events = JS_UNDEFINED;
  JsObject *proto = js_object_get_prototype_of (J, target);

  if (proto != NULL)
    proto_events = js_get (J, js_object_value (proto), events_key (J));
  if (js_is_undefined (events) || js_same_value (events, proto_events))
    {
      js_set (J, js_object_value (target), events_key (J), js_object_value (js_object_new (J, NULL)), TRUE);
      js_set (J, js_object_value (target), js_key_from_utf8 (J, "_eventsCount"), js_number (0), TRUE);
    }
  js_set (J, js_object_value (target), js_key_from_utf8 (J, "_maxListeners"),
          js_get (J, js_object_value (target), js_key_from_utf8 (J, "_maxListeners")), TRUE);
  js_define_value (J, target, h->roots[ROOT_SYMBOL_SHAPE_MODE], JS_FALSE, JS_PROP_DEFAULT);
  js_define_value (J, target, h->roots[ROOT_SYMBOL_CAPTURE], JS_FALSE, JS_PROP_DEFAULT);
}

static JsObject *
emitter_events (JsState *J, JsValue target, gboolean create)
{
  JsValue events = js_get (J, target, events_key (J));

  if (js_is_object (events))
    return js_get_object (events);
  if (!create)
    return NULL;
  events = js_object_value (js_object_new (J, NULL));
  js_set (J, target, events_key (J), events, TRUE);
  js_set (J, target, js_key_from_utf8 (J, "_eventsCount"), js_number (0), TRUE);
  return js_get_object (events);
}

static void
events_count_add (JsState *J, JsValue target, int delta)
{
  JsValue key = js_key_from_utf8 (J, "_eventsCount");
  double n = js_to_number (J, js_get (J, target, key));

  js_set (J, target, key, js_number ((isnan (n) ? 0 : n) + delta), TRUE);
}

static void
check_listener (JsState *J, JsValue listener)
{
  if (!js_is_callable (listener))
    throw_invalid_arg_type (J, "listener", "of type function", listener);
}

/* _getMaxListeners(that): its _maxListeners, else EventEmitter.defaultMaxListeners. */
static double
get_max_listeners (JsState *J, JsValue target)
{
  JsValue n = js_get (J, target, js_key_from_utf8 (J, "_maxListeners"));

  if (js_is_undefined (n))
    n = js_get_utf8 (J, host (J)->roots[ROOT_EMITTER_CTOR], "defaultMaxListeners");
  return js_to_number (J, n);
}

/* More listeners of one type than the maximum: a MaxListenersExceededWarning,
 * once per list (existing.warned). */
static void
check_max_listeners (JsState *J, JsValue target, JsValue type, JsValue list)
{
  double max = get_max_listeners (J, target);
  guint32 count = js_array_length (js_get_object (list));
  JsValue warned_key = js_key_from_utf8 (J, "warned");
  GString *message, *shown;
  JsValue warning;
  JsObject *error;
  JsInspectOptions options;

  if (!(max > 0 && count > max) || js_to_boolean (js_get (J, list, warned_key)))
    return;
  js_set (J, list, warned_key, JS_TRUE, TRUE);
  shown = g_string_new (NULL);
  js_inspect_options_init (&options);
  options.depth = -1;
  js_inspect (J, target, &options, shown);
  message = g_string_new ("Possible EventEmitter memory leak detected. ");
  g_string_append_printf (message, "%u ", count);
  js_string_append_to (message, js_to_string (J, js_is_symbol (type)
                                                  ? js_invoke (J, type, JS_KEY (J, toString), 0, NULL) : type));
  g_string_append_printf (message, " listeners added to %s. MaxListeners is ", shown->str);
  js_string_append_to (message, js_string_from_number (J, max));
  g_string_append (message, ". Use emitter.setMaxListeners() to increase limit");
  error = js_error_new (J, JS_ERROR, js_string_new_utf8 (J, message->str, -1));
  js_define_value (J, error, JS_KEY (J, name), js_string_value_utf8 (J, "MaxListenersExceededWarning"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "emitter", target, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "type", type, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "count", js_number (count), JS_PROP_DEFAULT);
  g_string_free (message, TRUE);
  g_string_free (shown, TRUE);
  warning = js_object_value (error);
  js_invoke (J, host (J)->roots[ROOT_PROCESS], js_key_from_utf8 (J, "emitWarning"), 1, &warning);
}

/* _addListener(target, type, listener, prepend) */
static void
add_listener (JsState *J, JsValue target, JsValue type, JsValue listener, gboolean prepend)
{
  JsObject *events;
  JsValue existing;

  check_listener (J, listener);
  type = js_to_property_key (J, type);
  events = emitter_events (J, target, TRUE);
  if (!js_is_undefined (js_get (J, js_object_value (events), js_key_from_utf8 (J, "newListener"))))
    {
      JsValue args[2], inner = js_get (J, listener, js_key_from_utf8 (J, "listener"));
      args[0] = type;
      args[1] = js_is_undefined (inner) ? listener : inner;
      emit_event (J, target, "newListener", 2, args);
      events = emitter_events (J, target, TRUE);
    }
  existing = js_get (J, js_object_value (events), type);
  if (js_is_undefined (existing))
    {
      js_set (J, js_object_value (events), type, listener, TRUE);
      events_count_add (J, target, 1);
    }
  else if (!js_is_array (existing))
    {
      JsValue pair[2] = { prepend ? listener : existing, prepend ? existing : listener };
      existing = js_object_value (js_array_from_values (J, pair, 2));
      js_set (J, js_object_value (events), type, existing, TRUE);
      check_max_listeners (J, target, type, existing);
    }
  else
    {
      if (prepend)
        js_invoke (J, existing, js_key_from_utf8 (J, "unshift"), 1, &listener);
      else
        js_array_push (J, js_get_object (existing), listener);
      check_max_listeners (J, target, type, existing);
    }
}

/* The listeners of `type` as a fresh array (arrayClone), or NULL. */
static JsObject *
listeners_copy (JsState *J, JsValue target, JsValue type)
{
  JsObject *events = emitter_events (J, target, FALSE);
  JsValue handler;

  if (events == NULL)
    return NULL;
  handler = js_get (J, js_object_value (events), js_to_property_key (J, type));
  if (js_is_undefined (handler))
    return NULL;
  if (!js_is_array (handler))
    return js_array_from_values (J, &handler, 1);
  return js_iterable_to_array (J, handler);
}

static int
listener_count (JsState *J, JsValue target, const char *type)
{
  JsObject *events;
  JsValue handler;

  if (!js_is_object (target))
    return 0;
  events = emitter_events (J, target, FALSE);
  if (events == NULL)
    return 0;
  handler = js_get (J, js_object_value (events), js_key_from_utf8 (J, type));
  if (js_is_undefined (handler))
    return 0;
  return js_is_array (handler) ? (int) js_array_length (js_get_object (handler)) : 1;
}

static gboolean emit_value (JsState *J, JsValue target, JsValue type, int argc, const JsValue *argv);

/* emitUnhandledRejectionOrErr(ee, err, type, args), from a tick: captures
 * « emitter, err, type, args ». */
static JsValue
emit_unhandled_rejection_or_err (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                 JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  JsValue *captures = js_native_captures (callee);
  JsValue ee = captures[0], handler = js_get (J, ee, h->roots[ROOT_SYMBOL_REJECTION]);

  if (js_is_callable (handler))
    {
      JsObject *args = js_array_new (J, 0);
      JsObject *list = js_get_object (captures[3]);
      js_array_push (J, args, captures[1]);
      js_array_push (J, args, captures[2]);
      for (guint32 i = 0; i < js_array_length (list); i++)
        js_array_push (J, args, js_get_index (J, captures[3], i));
      call_with_args (J, handler, ee, js_object_value (args));
    }
  else
    {
      JsValue prev = js_get (J, ee, h->roots[ROOT_SYMBOL_CAPTURE]);
      JsTryPoint tp;
      js_set (J, ee, h->roots[ROOT_SYMBOL_CAPTURE], JS_FALSE, TRUE);
      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          emit_value (J, ee, js_string_value (js_intern_utf8 (J, "error")), 1, &captures[1]);
          js_try_end (J, &tp);
          js_set (J, ee, h->roots[ROOT_SYMBOL_CAPTURE], prev, TRUE);
        }
      else
        {
          js_set (J, ee, h->roots[ROOT_SYMBOL_CAPTURE], prev, TRUE);
          js_throw (J, J->exception);
        }
    }
  return JS_UNDEFINED;
}

/* The rejection handler addCatch attaches: captures « emitter, type, args ». */
static JsValue
emitter_promise_rejected (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  JsObject *later = js_native_function_new (J, "emitUnhandledRejectionOrErr", 4, emit_unhandled_rejection_or_err, 4);
  JsValue fn;

  js_native_captures (later)[0] = captures[0];
  js_native_captures (later)[1] = js_arg (argc, argv, 0);
  js_native_captures (later)[2] = captures[1];
  js_native_captures (later)[3] = captures[2];
  fn = js_object_value (later);
  process_next_tick (J, JS_UNDEFINED, 1, &fn, JS_UNDEFINED, later);
  return JS_UNDEFINED;
}

/* addCatch(that, promise, type, args): with captureRejections, a listener's
 * rejected promise becomes an 'error' emission. */
static void
add_catch (JsState *J, JsValue target, JsValue result, JsValue type, JsValue args)
{
  JsValue then, handlers[2];
  JsObject *on_rejected;

  if (!js_to_boolean (js_get (J, target, host (J)->roots[ROOT_SYMBOL_CAPTURE])) || !js_is_object (result))
    return;
  then = js_get (J, result, JS_KEY (J, then));
  if (!js_is_callable (then))
    return;
  on_rejected = js_native_function_new (J, "", 1, emitter_promise_rejected, 3);
  js_native_captures (on_rejected)[0] = target;
  js_native_captures (on_rejected)[1] = type;
  js_native_captures (on_rejected)[2] = args;
  handlers[0] = JS_UNDEFINED;
  handlers[1] = js_object_value (on_rejected);
  js_call (J, then, result, 2, handlers);
}

static gboolean
run_listeners (JsState *J, JsValue list, guint32 n, JsValue target, JsValue type, JsValue held)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      for (guint32 i = 0; i < n; i++)
        {
          JsObject *args = js_get_object (held);
          JsValue result = js_call (J, js_get_index (J, list, i), target, (int) js_array_length (args),
                                    args->u.array.elements);
          if (!js_is_nullish (result))
            add_catch (J, target, result, type, held);
        }
      js_try_end (J, &tp);
      return TRUE;
    }
  return FALSE;
}

/* emit(type, ...args); FALSE when nobody listens.  An 'error' nobody
 * listens to is thrown. */
static gboolean
emit_value (JsState *J, JsValue target, JsValue type, int argc, const JsValue *argv)
{
  JsObject *listeners;
  JsValue list, held;
  gboolean ok;
  guint32 n;
  gboolean is_error = js_is_string (type) && js_string_equal_ascii (js_get_string (type), "error");

  if (is_error && js_is_object (target))
    {
      JsObject *events = emitter_events (J, target, FALSE);
      JsValue monitor = host (J)->roots[ROOT_SYMBOL_ERROR_MONITOR];
      if (events != NULL && !js_is_undefined (js_get (J, js_object_value (events), monitor)))
        emit_value (J, target, monitor, argc, argv);
    }
  listeners = listeners_copy (J, target, type);
  if (listeners == NULL)
    {
      if (is_error)
        {
          JsValue er = js_arg (argc, argv, 0);
          GString *shown;
          char *message;
          if (js_is_object (er) && js_instance_of (J, er, js_object_value (JS_INTRINSIC (J, Error))))
            js_throw (J, er);
          shown = g_string_new (NULL);
          inspect_brief (J, er, 2, shown);
          message = g_strdup_printf ("Unhandled error. (%s)", shown->str);
          g_string_free (shown, TRUE);
          {
            JsObject *error = node_error (J, JS_ERROR, "ERR_UNHANDLED_ERROR", message);
            g_free (message);
            js_define_value_utf8 (J, error, "context", er, JS_PROP_DEFAULT);
            js_throw (J, js_object_value (error));
          }
        }
      return FALSE;
    }
  /* The copy is all that holds the listeners while they run, and the host
   * emits with no native active: keep it, and the arguments, rooted. */
  list = js_object_value (listeners);
  n = js_array_length (listeners);
  held = js_object_value (js_array_from_values (J, argv, (guint32) argc));
  js_gc_add_root (J, &list);
  js_gc_add_root (J, &held);
  ok = run_listeners (J, list, n, target, type, held);
  js_gc_remove_root (J, &held);
  js_gc_remove_root (J, &list);
  if (!ok)
    js_throw (J, J->exception);
  return TRUE;
}

static gboolean
emit_event (JsState *J, JsValue target, const char *type, int argc, const JsValue *argv)
{
  return emit_value (J, target, js_string_value (js_intern_utf8 (J, type)), argc, argv);
}

/* removeListener(type, listener) */
static void
remove_listener (JsState *J, JsValue target, JsValue type, JsValue listener)
{
  JsObject *events;
  JsValue list;

  check_listener (J, listener);
  type = js_to_property_key (J, type);
  events = emitter_events (J, target, FALSE);
  if (events == NULL)
    return;
  list = js_get (J, js_object_value (events), type);
  if (js_is_undefined (list))
    return;
  if (!js_is_array (list))
    {
      if (js_same_value (list, listener) ||
          (js_is_object (list) && js_same_value (js_get (J, list, js_key_from_utf8 (J, "listener")), listener)))
        {
          JsValue inner = js_get (J, list, js_key_from_utf8 (J, "listener"));
          js_delete_property (J, events, type);
          events_count_add (J, target, -1);
          if (!js_is_undefined (js_get (J, js_object_value (events), js_key_from_utf8 (J, "removeListener"))))
            {
              JsValue args[2] = { type, js_is_undefined (inner) ? listener : inner };
              emit_event (J, target, "removeListener", 2, args);
            }
        }
      return;
    }
  {
    JsObject *array = js_get_object (list);
    guint32 n = js_array_length (array);
    gint64 position = -1;

    for (gint64 i = (gint64) n - 1; i >= 0; i--)
      {
        JsValue item = js_get_index (J, list, (guint32) i);
        if (js_same_value (item, listener) ||
            (js_is_object (item) && js_same_value (js_get (J, item, js_key_from_utf8 (J, "listener")), listener)))
          {
            position = i;
            break;
          }
      }
    if (position < 0)
      return;
    {
      JsValue args[2] = { js_number ((double) position), js_number (1) };
      js_invoke (J, list, js_key_from_utf8 (J, "splice"), 2, args);
    }
    if (js_array_length (array) == 1)
      js_set (J, js_object_value (events), type, js_get_index (J, list, 0), TRUE);
    if (!js_is_undefined (js_get (J, js_object_value (events), js_key_from_utf8 (J, "removeListener"))))
      {
        JsValue args[2] = { type, listener };
        emit_event (J, target, "removeListener", 2, args);
      }
  }
}

static JsValue
emitter_on (JsState *J, JsValue this_value, int argc, const JsValue *argv,
            JsValue new_target, JsObject *callee)
{
  add_listener (J, this_value, js_arg (argc, argv, 0), js_arg (argc, argv, 1), FALSE);
  return this_value;
}

static JsValue
emitter_prepend_listener (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  add_listener (J, this_value, js_arg (argc, argv, 0), js_arg (argc, argv, 1), TRUE);
  return this_value;
}

/* onceWrapper: captures « target, type, listener, fired ». */
static JsValue
once_wrapper (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);

  if (js_get_boolean (captures[3]))
    return JS_UNDEFINED;
  remove_listener (J, captures[0], captures[1], js_object_value (callee));
  captures[3] = JS_TRUE;
  return js_call (J, captures[2], captures[0], argc, argv);
}

static JsValue
once_wrap (JsState *J, JsValue target, JsValue type, JsValue listener)
{
  JsObject *wrapper;

  check_listener (J, listener);
  wrapper = js_native_function_new (J, "bound onceWrapper", 0, once_wrapper, 4);
  js_native_captures (wrapper)[0] = target;
  js_native_captures (wrapper)[1] = type;
  js_native_captures (wrapper)[2] = listener;
  js_native_captures (wrapper)[3] = JS_FALSE;
  js_define_value_utf8 (J, wrapper, "listener", listener, JS_PROP_DEFAULT);
  return js_object_value (wrapper);
}

static JsValue
emitter_once (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsValue type = js_arg (argc, argv, 0);

  add_listener (J, this_value, type, once_wrap (J, this_value, type, js_arg (argc, argv, 1)), FALSE);
  return this_value;
}

static JsValue
emitter_prepend_once_listener (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                               JsValue new_target, JsObject *callee)
{
  JsValue type = js_arg (argc, argv, 0);

  add_listener (J, this_value, type, once_wrap (J, this_value, type, js_arg (argc, argv, 1)), TRUE);
  return this_value;
}

static JsValue
emitter_off (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  remove_listener (J, this_value, js_arg (argc, argv, 0), js_arg (argc, argv, 1));
  return this_value;
}

static JsValue
emitter_remove_all_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                              JsValue new_target, JsObject *callee)
{
  JsObject *events = emitter_events (J, this_value, FALSE);
  JsValue remove_key = js_key_from_utf8 (J, "removeListener");

  if (events == NULL)
    return this_value;
  if (js_is_undefined (js_get (J, js_object_value (events), remove_key)))
    {
      /* Nobody listens for removeListener: no need to emit. */
      if (argc == 0)
        {
          js_set (J, this_value, events_key (J), js_object_value (js_object_new (J, NULL)), TRUE);
          js_set (J, this_value, js_key_from_utf8 (J, "_eventsCount"), js_number (0), TRUE);
        }
      else
        {
          JsValue type = js_to_property_key (J, argv[0]);
          if (!js_is_undefined (js_get (J, js_object_value (events), type)))
            {
              js_delete_property (J, events, type);
              events_count_add (J, this_value, -1);
            }
        }
      return this_value;
    }
  if (argc == 0)
    {
      /* removeListener is emitted for every listener, its own last. */
      guint32 n;
      JsValue *keys = js_own_property_keys (J, events, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, &n);
      JsObject *key_list = js_array_from_values (J, keys, n);
      g_free (keys);
      for (guint32 i = 0; i < n; i++)
        {
          JsValue key = js_get_index (J, js_object_value (key_list), i);
          if (!js_strict_equals (key, remove_key))
            emitter_remove_all_listeners (J, this_value, 1, &key, JS_UNDEFINED, callee);
        }
      emitter_remove_all_listeners (J, this_value, 1, &remove_key, JS_UNDEFINED, callee);
      js_set (J, this_value, events_key (J), js_object_value (js_object_new (J, NULL)), TRUE);
      js_set (J, this_value, js_key_from_utf8 (J, "_eventsCount"), js_number (0), TRUE);
      return this_value;
    }
  {
    JsValue type = js_to_property_key (J, argv[0]);
    JsValue listeners = js_get (J, js_object_value (events), type);
    if (js_is_callable (listeners))
      remove_listener (J, this_value, type, listeners);
    else if (js_is_array (listeners))
      for (gint64 i = (gint64) js_array_length (js_get_object (listeners)) - 1; i >= 0; i--)
        remove_listener (J, this_value, type, js_get_index (J, listeners, (guint32) i));
  }
  return this_value;
}

static JsValue
emitter_emit (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  return js_boolean (emit_value (J, this_value, js_arg (argc, argv, 0), argc > 0 ? argc - 1 : 0, argv + 1));
}

static JsValue
emitter_listener_count (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsObject *listeners = listeners_copy (J, this_value, js_arg (argc, argv, 0));

  return js_number (listeners != NULL ? js_array_length (listeners) : 0);
}

/* listeners(type) unwraps once-wrappers; rawListeners(type) does not. */
static JsValue
emitter_listeners_common (JsState *J, JsValue this_value, JsValue type, gboolean unwrap)
{
  JsObject *listeners = listeners_copy (J, this_value, type);
  guint32 n;

  if (listeners == NULL)
    return js_object_value (js_array_new (J, 0));
  n = js_array_length (listeners);
  if (unwrap)
    for (guint32 i = 0; i < n; i++)
      {
        JsValue item = js_get_index (J, js_object_value (listeners), i);
        JsValue inner = js_is_object (item) ? js_get (J, item, js_key_from_utf8 (J, "listener")) : JS_UNDEFINED;
        if (!js_is_undefined (inner))
          js_set_index (J, js_object_value (listeners), i, inner);
      }
  return js_object_value (listeners);
}

static JsValue
emitter_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  return emitter_listeners_common (J, this_value, js_arg (argc, argv, 0), TRUE);
}

static JsValue
emitter_raw_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return emitter_listeners_common (J, this_value, js_arg (argc, argv, 0), FALSE);
}

static JsValue
emitter_event_names (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsObject *events = emitter_events (J, this_value, FALSE);
  JsValue *keys;
  guint32 n;
  JsObject *array;

  if (events == NULL)
    return js_object_value (js_array_new (J, 0));
  keys = js_own_property_keys (J, events, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, &n);
  array = js_array_from_values (J, keys, n);
  g_free (keys);
  return js_object_value (array);
}

static JsValue
emitter_set_max_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  js_set (J, this_value, js_key_from_utf8 (J, "_maxListeners"), js_arg (argc, argv, 0), TRUE);
  return this_value;
}

static JsValue
emitter_get_max_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  return js_number (get_max_listeners (J, this_value));
}

/* EventEmitter.init(opts): this[kCapture] from opts.captureRejections,
 * else from EventEmitter.captureRejections. */
static void
emitter_init_capture (JsState *J, JsObject *obj, JsValue opts)
{
  JsHost *h = host (J);
  JsValue capture = JS_UNDEFINED;

  if (js_is_object (opts))
    capture = js_get_utf8 (J, opts, "captureRejections");
  if (!js_is_undefined (capture))
    {
      if (!js_is_boolean (capture))
        throw_invalid_arg_type (J, "options.captureRejections", "of type boolean", capture);
    }
  else
    capture = js_boolean (js_to_boolean (js_get_utf8 (J, h->roots[ROOT_EMITTER_CTOR], "captureRejections")));
  js_define_value (J, obj, h->roots[ROOT_SYMBOL_CAPTURE], capture, JS_PROP_DEFAULT);
}

static JsValue
emitter_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsObject *obj;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Class constructor EventEmitter cannot be invoked without 'new'");
  obj = js_create_from_constructor (J, new_target, JS_CLASS_OBJECT,
                                    js_get_object (host (J)->roots[ROOT_EMITTER_PROTO]));
  emitter_init (J, obj);
  emitter_init_capture (J, obj, js_arg (argc, argv, 0));
  return js_object_value (obj);
}

static JsObject *abort_error_new (JsState *J, JsValue message, JsValue options);
static JsValue abort_options (JsState *J, JsValue signal);

/* events.once(emitter, name, { signal }): an async function whose promise
 * waits for the next emission's arguments (an EventTarget's: the event),
 * or rejects on an 'error' emission or an abort first.  Its three
 * listeners share one record, an array « promise, emitter, name, resolver,
 * errorListener, signal, abortListener ». */
enum { ONCE_PROMISE, ONCE_EMITTER, ONCE_NAME, ONCE_RESOLVER, ONCE_ERROR_LISTENER, ONCE_SIGNAL, ONCE_ABORT_LISTENER,
       N_ONCE };

static JsValue
once_slot (JsState *J, JsObject *callee, int slot)
{
  return js_get_index (J, js_native_captures (callee)[0], (guint32) slot);
}

/* eventTargetAgnosticAddListener / eventTargetAgnosticRemoveListener */
static void
agnostic_listener (JsState *J, JsValue emitter, JsValue name, JsValue listener, gboolean add)
{
  JsValue args[3] = { name, listener, JS_UNDEFINED };

  if (js_is_callable (js_get_utf8 (J, emitter, "on")))
    js_invoke (J, emitter, js_key_from_utf8 (J, add ? "once" : "removeListener"), 2, args);
  else if (js_is_callable (js_get_utf8 (J, emitter, "addEventListener")))
    {
      JsObject *flags = js_object_new (J, NULL);
      js_define_value_utf8 (J, flags, "once", JS_TRUE, JS_PROP_DEFAULT);
      args[2] = js_object_value (flags);
      js_invoke (J, emitter, js_key_from_utf8 (J, add ? "addEventListener" : "removeEventListener"), add ? 3 : 2, args);
    }
  else
    throw_invalid_arg_type (J, "emitter", "an instance of EventEmitter", emitter);
}

static JsValue
events_once_resolve (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue emitter = once_slot (J, callee, ONCE_EMITTER), signal = once_slot (J, callee, ONCE_SIGNAL);
  JsValue error_listener = once_slot (J, callee, ONCE_ERROR_LISTENER);

  if (!js_is_undefined (error_listener) && js_is_callable (js_get_utf8 (J, emitter, "removeListener")))
    {
      JsValue args[2] = { js_string_value (js_intern_utf8 (J, "error")), error_listener };
      js_invoke (J, emitter, js_key_from_utf8 (J, "removeListener"), 2, args);
    }
  if (!js_is_nullish (signal))
    agnostic_listener (J, signal, js_string_value (js_intern_utf8 (J, "abort")),
                       once_slot (J, callee, ONCE_ABORT_LISTENER), FALSE);
  js_promise_resolve_with (J, js_get_object (once_slot (J, callee, ONCE_PROMISE)),
                           js_object_value (js_array_from_values (J, argv, (guint32) argc)));
  return JS_UNDEFINED;
}

static JsValue
events_once_reject (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsValue emitter = once_slot (J, callee, ONCE_EMITTER), signal = once_slot (J, callee, ONCE_SIGNAL);
  JsValue args[2] = { once_slot (J, callee, ONCE_NAME), once_slot (J, callee, ONCE_RESOLVER) };

  js_invoke (J, emitter, js_key_from_utf8 (J, "removeListener"), 2, args);
  if (!js_is_nullish (signal))
    agnostic_listener (J, signal, js_string_value (js_intern_utf8 (J, "abort")),
                       once_slot (J, callee, ONCE_ABORT_LISTENER), FALSE);
  js_promise_reject_with (J, js_get_object (once_slot (J, callee, ONCE_PROMISE)), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

static JsValue
events_once_abort (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsValue emitter = once_slot (J, callee, ONCE_EMITTER), signal = once_slot (J, callee, ONCE_SIGNAL);

  agnostic_listener (J, emitter, once_slot (J, callee, ONCE_NAME), once_slot (J, callee, ONCE_RESOLVER), FALSE);
  agnostic_listener (J, emitter, js_string_value (js_intern_utf8 (J, "error")),
                     once_slot (J, callee, ONCE_ERROR_LISTENER), FALSE);
  js_promise_reject_with (J, js_get_object (once_slot (J, callee, ONCE_PROMISE)),
                          js_object_value (abort_error_new (J, JS_UNDEFINED, abort_options (J, signal))));
  return JS_UNDEFINED;
}

static JsObject *
once_listener (JsState *J, const char *name, JsNativeFn fn, JsValue record)
{
  JsObject *listener = js_native_function_new (J, name, 0, fn, 1);

  js_native_captures (listener)[0] = record;
  return listener;
}

/* The executor of once()'s new Promise: the listeners that settle `promise`. */
static void
events_once_executor (JsState *J, JsObject *promise, JsValue emitter, JsValue type, JsValue signal)
{
  JsObject *record_array = js_array_new (J, N_ONCE), *resolver;
  JsValue record = js_object_value (record_array);

  for (int i = 0; i < N_ONCE; i++)
    js_array_push (J, record_array, JS_UNDEFINED);
  resolver = once_listener (J, "", events_once_resolve, record);
  js_set_index (J, record, ONCE_PROMISE, js_object_value (promise));
  js_set_index (J, record, ONCE_EMITTER, emitter);
  js_set_index (J, record, ONCE_NAME, type);
  js_set_index (J, record, ONCE_RESOLVER, js_object_value (resolver));
  js_set_index (J, record, ONCE_SIGNAL, signal);
  agnostic_listener (J, emitter, type, js_object_value (resolver), TRUE);
  if (!(js_is_string (type) && js_string_equal_ascii (js_get_string (type), "error")) &&
      js_is_callable (js_get_utf8 (J, emitter, "once")))
    {
      JsValue error_listener = js_object_value (once_listener (J, "errorListener", events_once_reject, record));
      JsValue args[2] = { js_string_value (js_intern_utf8 (J, "error")), error_listener };
      js_set_index (J, record, ONCE_ERROR_LISTENER, error_listener);
      js_invoke (J, emitter, js_key_from_utf8 (J, "once"), 2, args);
    }
  if (!js_is_undefined (signal))
    {
      JsValue abort_listener = js_object_value (once_listener (J, "abortListener", events_once_abort, record));
      js_set_index (J, record, ONCE_ABORT_LISTENER, abort_listener);
      agnostic_listener (J, signal, js_string_value (js_intern_utf8 (J, "abort")), abort_listener, TRUE);
    }
}

/* new Promise(executor): a throw in the executor rejects the promise
 * rather than once()'s own. */
static JsObject *
events_once_new_promise (JsState *J, JsValue emitter, JsValue type, JsValue signal)
{
  JsObject *promise = js_promise_new (J);
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) != 0)
    {
      js_promise_reject_caught (J, promise);
      return promise;
    }
  events_once_executor (J, promise, emitter, type, signal);
  js_try_end (J, &tp);
  return promise;
}

/* The body of once() up to its return: the promise it returns. */
static JsObject *
events_once_body (JsState *J, int argc, const JsValue *argv)
{
  JsValue options = js_arg (argc, argv, 2), signal = JS_UNDEFINED;

  if (!js_is_undefined (options) && (!js_is_object (options) || js_is_array (options)))
    throw_invalid_arg_type (J, "options", "of type object", options);
  if (js_is_object (options))
    signal = js_get_utf8 (J, options, "signal");
  if (!js_is_undefined (signal) && !js_is_abort_signal (signal))
    throw_invalid_arg_type (J, "options.signal", "an instance of AbortSignal", signal);
  if (!js_is_undefined (signal) && js_abort_signal_is_aborted (J, signal, NULL))
    js_throw (J, js_object_value (abort_error_new (J, JS_UNDEFINED, abort_options (J, signal))));
  return events_once_new_promise (J, js_arg (argc, argv, 0), js_arg (argc, argv, 1), signal);
}

static JsValue
events_static_once (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsObject *async_result = js_promise_new (J), *promise;
  JsTryPoint tp;

  /* The async function's body: a throw rejects its promise. */
  js_try_begin (J, &tp);
  if (setjmp (tp.env) != 0)
    {
      js_promise_reject_caught (J, async_result);
      return js_object_value (async_result);
    }
  promise = events_once_body (J, argc, argv);
  js_try_end (J, &tp);
  /* The async function returns the inner promise: resolving with it costs
   * the two ticks of NewPromiseResolveThenableJob, as in Node. */
  js_promise_resolve_with (J, async_result, js_object_value (promise));
  return js_object_value (async_result);
}

/* EventEmitter.listenerCount(emitter, type) */
static JsValue
events_static_listener_count (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                              JsValue new_target, JsObject *callee)
{
  JsValue emitter = js_arg (argc, argv, 0), type = js_arg (argc, argv, 1);
  JsValue method = js_get_utf8 (J, emitter, "listenerCount");

  if (js_is_callable (method))
    return js_call (J, method, emitter, 1, &type);
  return emitter_listener_count (J, emitter, 1, &type, JS_UNDEFINED, callee);
}

/* getEventListeners(emitter, type): an emitter's listeners (an EventTarget
 * shows none here). */
static JsValue
events_get_event_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                            JsValue new_target, JsObject *callee)
{
  JsValue emitter = js_arg (argc, argv, 0), type = js_arg (argc, argv, 1);

  if (js_is_callable (js_get_utf8 (J, emitter, "listeners")))
    return js_invoke (J, emitter, js_key_from_utf8 (J, "listeners"), 1, &type);
  return js_object_value (js_array_new (J, 0));
}

/* getMaxListeners(emitter) */
static JsValue
events_static_get_max_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                 JsValue new_target, JsObject *callee)
{
  return js_number (get_max_listeners (J, js_arg (argc, argv, 0)));
}

/* setMaxListeners(n, ...emitters): without emitters, the default. */
static JsValue
events_static_set_max_listeners (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                 JsValue new_target, JsObject *callee)
{
  JsValue n = js_arg (argc, argv, 0);

  if (!js_is_number (n) || js_get_number (n) < 0 || isnan (js_get_number (n)))
    {
      char *shown = js_node_describe_received (J, n);
      char *message = g_strdup_printf ("The value of \"n\" is out of range. It must be a non-negative number. "
                                       "Received %s", shown);
      JsObject *error = node_error (J, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", message);
      g_free (shown);
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  if (argc <= 1)
    js_set (J, host (J)->roots[ROOT_EMITTER_CTOR], js_key_from_utf8 (J, "defaultMaxListeners"), n, TRUE);
  for (int i = 1; i < argc; i++)
    js_invoke (J, argv[i], js_key_from_utf8 (J, "setMaxListeners"), 1, &n);
  return JS_UNDEFINED;
}

static void
define_emitter_methods (JsState *J, JsObject *proto)
{
  JsObject *on = js_define_method (J, proto, "on", emitter_on, 2);
  JsObject *off = js_define_method (J, proto, "removeListener", emitter_off, 2);

  js_define_value_utf8 (J, proto, "addListener", js_object_value (on), JS_PROP_HIDDEN);
  js_define_method (J, proto, "prependListener", emitter_prepend_listener, 2);
  js_define_method (J, proto, "once", emitter_once, 2);
  js_define_method (J, proto, "prependOnceListener", emitter_prepend_once_listener, 2);
  js_define_value_utf8 (J, proto, "off", js_object_value (off), JS_PROP_HIDDEN);
  js_define_method (J, proto, "removeAllListeners", emitter_remove_all_listeners, 1);
  js_define_method (J, proto, "emit", emitter_emit, 1);
  js_define_method (J, proto, "listenerCount", emitter_listener_count, 1);
  js_define_method (J, proto, "listeners", emitter_listeners, 1);
  js_define_method (J, proto, "rawListeners", emitter_raw_listeners, 1);
  js_define_method (J, proto, "eventNames", emitter_event_names, 0);
  js_define_method (J, proto, "setMaxListeners", emitter_set_max_listeners, 1);
  js_define_method (J, proto, "getMaxListeners", emitter_get_max_listeners, 0);
}

static void
define_static (JsState *J, JsObject *ctor, const char *name, JsNativeFn fn, int length)
{
  JsObject *f = js_native_function_new (J, name, length, fn, 0);

  js_define_value_utf8 (J, ctor, name, js_object_value (f), JS_PROP_DEFAULT);
}

static void
init_event_emitter (JsState *J)
{
  JsHost *h = host (J);
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "EventEmitter", 1, emitter_constructor, proto);

  h->roots[ROOT_EMITTER_PROTO] = js_object_value (proto);
  h->roots[ROOT_EMITTER_CTOR] = js_object_value (ctor);
  define_emitter_methods (J, proto);
  js_define_value_utf8 (J, proto, "_events", JS_UNDEFINED, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, proto, "_eventsCount", js_number (0), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, proto, "_maxListeners", JS_UNDEFINED, JS_PROP_DEFAULT);
  /* The statics in Node's order, enumerable as module.exports' are. */
  js_node_events_define_add_abort_listener (J, ctor);
  define_static (J, ctor, "once", events_static_once, 2);
  define_static (J, ctor, "on", events_static_on, 2);
  define_static (J, ctor, "getEventListeners", events_get_event_listeners, 2);
  define_static (J, ctor, "getMaxListeners", events_static_get_max_listeners, 1);
  js_define_value_utf8 (J, ctor, "EventEmitter", js_object_value (ctor), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ctor, "usingDomains", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ctor, "captureRejectionSymbol", h->roots[ROOT_SYMBOL_REJECTION], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ctor, "captureRejections", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ctor, "errorMonitor", h->roots[ROOT_SYMBOL_ERROR_MONITOR], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ctor, "defaultMaxListeners", js_number (10), JS_PROP_DEFAULT);
  define_static (J, ctor, "setMaxListeners", events_static_set_max_listeners, 1);
  define_static (J, ctor, "listenerCount", events_static_listener_count, 2);
}

/* ------------------------------------------------------------------------
 * process
 * ------------------------------------------------------------------------ */

static double
process_exit_code (JsState *J)
{
  JsValue code = js_get (J, host (J)->roots[ROOT_PROCESS], js_key_from_utf8 (J, "exitCode"));
  double n = js_is_undefined (code) ? 0 : js_to_number (J, code);

  return isnan (n) ? 0 : n;
}

static void
set_process_exit_code (JsState *J, int code)
{
  js_set (J, host (J)->roots[ROOT_PROCESS], js_key_from_utf8 (J, "exitCode"), js_number (code), FALSE);
}

/* process.emit('exit', code), once: process._exiting. */
static void
emit_exit (JsState *J, int code)
{
  JsHost *h = host (J);
  JsValue arg = js_number (code);

  if (h->exiting)
    return;
  h->exiting = TRUE;
  emit_event (J, h->roots[ROOT_PROCESS], "exit", 1, &arg);
}

static JsValue
process_exit (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);

  if (argc > 0 && !js_is_undefined (argv[0]))
    js_set (J, h->roots[ROOT_PROCESS], js_key_from_utf8 (J, "exitCode"), argv[0], FALSE);
  h->exit_called = TRUE;
  h->exit_code = (int) process_exit_code (J);
  emit_exit (J, h->exit_code);
  /* A listener may have changed process.exitCode. */
  h->exit_code = (int) process_exit_code (J);
  terminate (J, STOP_EXIT, JS_UNDEFINED);
}

static JsValue
process_cwd (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  return js_string_value (js_string_new_utf8 (J, host (J)->dirname, -1));
}

static JsValue
process_uptime (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  return js_number (js_clock_read_ms (J) / 1000);
}

/* process.hrtime([previous]): [seconds, nanoseconds] of virtual time. */
static JsValue
process_hrtime (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  double ns = floor (js_clock_read_ms (J) * 1e6);
  JsValue previous = js_arg (argc, argv, 0);
  JsValue pair[2];

  if (js_is_object (previous))
    ns -= js_to_number (J, js_get_index (J, previous, 0)) * 1e9 + js_to_number (J, js_get_index (J, previous, 1));
  pair[0] = js_number (floor (ns / 1e9));
  pair[1] = js_number (fmod (ns, 1e9));
  return js_object_value (js_array_from_values (J, pair, 2));
}

static JsValue
process_hrtime_bigint (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return js_bigint_from_uint64 (J, (guint64) floor (js_clock_read_ms (J) * 1e6));
}

static JsValue
process_memory_usage (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsObject *usage = js_plain_object_new (J);

  js_define_value_utf8 (J, usage, "rss", js_number ((double) J->gc_bytes + 30 * 1024 * 1024), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, usage, "heapTotal", js_number ((double) J->gc_threshold), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, usage, "heapUsed", js_number ((double) J->gc_bytes), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, usage, "external", js_number ((double) J->gc_external_bytes), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, usage, "arrayBuffers", js_number (0), JS_PROP_DEFAULT);
  return js_object_value (usage);
}

/* Writes script output the way console does: to the sink and the trace. */
static void
write_stream (JsState *J, JsStream stream, const char *text, gsize length)
{
  js_write_output (J, stream, text, length);
  if (J->trace != NULL)
    js_trace_console (J, stream, text, length);
}

static JsValue
stream_write (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsValue chunk = js_arg (argc, argv, 0);
  JsStream stream = (JsStream) js_get_number (js_native_captures (callee)[0]);
  char *text;

  if (!js_is_string (chunk))
    throw_invalid_arg_type (J, "chunk", "of type string or an instance of Buffer or Uint8Array", chunk);
  text = js_string_to_utf8 (js_get_string (chunk));
  write_stream (J, stream, text, strlen (text));
  g_free (text);
  return JS_TRUE;
}

static JsObject *
new_stream (JsState *J, JsStream stream, int fd)
{
  JsObject *obj = js_plain_object_new (J);
  JsObject *write = js_native_function_new (J, "write", 1, stream_write, 1);

  js_native_captures (write)[0] = js_number (stream);
  js_define_value_utf8 (J, obj, "write", js_object_value (write), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, obj, "fd", js_number (fd), JS_PROP_DEFAULT);
  return obj;
}

static void
init_process (JsState *J)
{
  JsHost *h = host (J);
  JsObject *proto = js_object_new (J, js_get_object (h->roots[ROOT_EMITTER_PROTO]));
  JsObject *process = js_object_new (J, proto);
  JsObject *versions = js_plain_object_new (J);
  JsObject *release = js_plain_object_new (J);
  JsObject *hrtime;

  h->roots[ROOT_PROCESS] = js_object_value (process);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "process"), JS_PROP_CONFIGURABLE);
  emitter_init (J, process);
  js_define_value_utf8 (J, process, "version", js_string_value_utf8 (J, NODE_VERSION), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, versions, "node", js_string_value_utf8 (J, NODE_VERSION + 1), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, versions, "v8", js_string_value_utf8 (J, "11.3.244.8-node.33"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "versions", js_object_value (versions), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "arch", js_string_value_utf8 (J, "x64"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "platform", js_string_value_utf8 (J, "linux"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, release, "name", js_string_value_utf8 (J, "node"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "release", js_object_value (release), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "title", js_string_value_utf8 (J, "node"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "pid", js_number (4242), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "ppid", js_number (4241), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "execPath", js_string_value_utf8 (J, "/usr/local/bin/node"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "execArgv", js_object_value (js_array_new (J, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "argv", js_object_value (js_array_new (J, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "exitCode", JS_UNDEFINED, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "stdout", js_object_value (new_stream (J, JS_STREAM_STDOUT, 1)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, process, "stderr", js_object_value (new_stream (J, JS_STREAM_STDERR, 2)), JS_PROP_DEFAULT);
  js_define_method (J, process, "nextTick", process_next_tick, 1);
  js_define_method (J, process, "exit", process_exit, 1);
  js_define_method (J, process, "cwd", process_cwd, 0);
  js_define_method (J, process, "uptime", process_uptime, 0);
  hrtime = js_define_method (J, process, "hrtime", process_hrtime, 1);
  js_define_method (J, hrtime, "bigint", process_hrtime_bigint, 0);
  js_define_method (J, process, "memoryUsage", process_memory_usage, 0);
  js_node_process_define_extras (J, process);
  js_define_value_utf8 (J, J->global, "process", js_object_value (process), JS_PROP_HIDDEN);
}

/* ------------------------------------------------------------------------
 * performance, queueMicrotask
 * ------------------------------------------------------------------------ */

static JsValue
performance_now (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  return js_number (js_clock_read_ms (J));
}

static JsObject *
new_performance (JsState *J)
{
  JsObject *performance = js_plain_object_new (J);

  js_define_method (J, performance, "now", performance_now, 0);
  js_define_value_utf8 (J, performance, "timeOrigin", js_number (TIME_ORIGIN_MS), JS_PROP_DEFAULT);
  js_define_value (J, performance, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "Performance"),
                   JS_PROP_CONFIGURABLE);
  return performance;
}

static JsValue
global_queue_microtask (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsValue callback = js_arg (argc, argv, 0);
  JsJob job = { .kind = JS_JOB_CALLBACK };

  validate_function (J, callback, "callback");
  job.handler = callback;
  job.argument = job.promise = job.resolve = job.reject = JS_UNDEFINED;
  js_enqueue_job (J, &job);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * util (lib/util.js): inspect, format, promisify, inherits, types
 * ------------------------------------------------------------------------ */

static JsValue
symbol_for (JsState *J, const char *key)
{
  JsValue arg = js_string_value_utf8 (J, key);

  return js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "Symbol"), js_key_from_utf8 (J, "for"), 1, &arg);
}

static JsValue
util_format (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  GString *out = g_string_new (NULL);
  JsValue result;

  js_format_log_args (J, argc, argv, out);
  result = js_string_value (js_string_new_utf8 (J, out->str, (gssize) out->len));
  g_string_free (out, TRUE);
  return result;
}

/* The callback a promisified function passes last: (err, value). */
static JsValue
promisify_callback (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsObject *promise = js_get_object (js_native_captures (callee)[0]);
  JsValue err = js_arg (argc, argv, 0);

  if (js_to_boolean (err))
    js_promise_reject_with (J, promise, err);
  else
    js_promise_resolve_with (J, promise, js_arg (argc, argv, 1));
  return JS_UNDEFINED;
}

static JsValue
promisified (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  JsObject *promise = js_promise_new (J);
  JsObject *callback = js_native_function_new (J, "", 2, promisify_callback, 1);
  JsValue *args = g_newa (JsValue, argc + 1);
  JsTryPoint tp;

  js_native_captures (callback)[0] = js_object_value (promise);
  for (int i = 0; i < argc; i++)
    args[i] = argv[i];
  args[argc] = js_object_value (callback);
  /* new Promise((resolve, reject) => original.call(this, ...args, cb)):
   * a throw rejects. */
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_call (J, js_native_captures (callee)[0], this_value, argc + 1, args);
      js_try_end (J, &tp);
    }
  else
    {
      js_promise_reject_caught (J, promise);
    }
  return js_object_value (promise);
}

static JsValue
util_promisify (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  JsValue original = js_arg (argc, argv, 0);
  JsValue custom;
  JsObject *fn;

  validate_function (J, original, "original");
  custom = js_get (J, original, host (J)->roots[ROOT_SYMBOL_PROMISIFY]);
  if (!js_is_undefined (custom))
    {
      validate_function (J, custom, "util.promisify.custom");
      return custom;
    }
  fn = js_native_function_new (J, "", 0, promisified, 1);
  js_set_function_name (J, fn, js_get (J, original, JS_KEY (J, name)), NULL);
  js_native_captures (fn)[0] = original;
  return js_object_value (fn);
}

static JsValue
util_inherits (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsValue ctor = js_arg (argc, argv, 0), super_ctor = js_arg (argc, argv, 1);
  JsValue proto, super_proto;

  if (js_is_nullish (ctor))
    throw_invalid_arg_type (J, "ctor", "of type function", ctor);
  if (js_is_nullish (super_ctor))
    throw_invalid_arg_type (J, "superCtor", "of type function", super_ctor);
  super_proto = js_get (J, super_ctor, JS_KEY (J, prototype));
  if (js_is_undefined (super_proto))
    {
      JsObject *error = node_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                    "The \"superCtor.prototype\" property must be of type object. Received undefined");
      js_throw (J, js_object_value (error));
    }
  if (!js_is_object (ctor))
    js_throw_type_error (J, "Object.defineProperty called on non-object");
  js_define_value_utf8 (J, js_get_object (ctor), "super_", super_ctor, JS_PROP_HIDDEN);
  /* ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype) */
  proto = js_get (J, ctor, JS_KEY (J, prototype));
  js_call (J, js_get_utf8 (J, js_object_value (JS_INTRINSIC (J, Object)), "setPrototypeOf"), JS_UNDEFINED, 2,
           (JsValue[]) { proto, super_proto });
  return JS_UNDEFINED;
}

/* util.types.isX: a class check, or a check of a function's kind by its
 * [[Prototype]] (%AsyncFunction.prototype% …).  captures[0] says which. */
typedef enum {
  TYPE_PROMISE, TYPE_DATE, TYPE_REGEXP, TYPE_MAP, TYPE_SET, TYPE_WEAKMAP, TYPE_WEAKSET,
  TYPE_NATIVE_ERROR, TYPE_GENERATOR_OBJECT, TYPE_ASYNC_FUNCTION, TYPE_GENERATOR_FUNCTION,
  TYPE_BOXED_PRIMITIVE, TYPE_PROXY, TYPE_ARRAY_BUFFER, TYPE_DATA_VIEW, TYPE_ARRAY_BUFFER_VIEW,
  TYPE_TYPED_ARRAY, TYPE_BIGINT_OBJECT, TYPE_NUMBER_OBJECT, TYPE_STRING_OBJECT, TYPE_BOOLEAN_OBJECT,
  TYPE_SYMBOL_OBJECT, TYPE_ARGUMENTS, TYPE_MAP_ITERATOR, TYPE_SET_ITERATOR, TYPE_MODULE_NAMESPACE,
  TYPE_NEVER, N_TYPE_CHECKS
  /* Then N_TYPE_CHECKS + kind: isInt8Array … isBigUint64Array. */
} TypeCheck;

#define TYPED(kind) (N_TYPE_CHECKS + JS_TYPED_ARRAY_##kind)

/* In Node's order (Object.getOwnPropertyNames(util.types)). */
static const struct { const char *name; int check; } type_checks[] = {
  /* No external values, shared buffers, key objects or crypto keys here. */
  { "isExternal", TYPE_NEVER }, { "isDate", TYPE_DATE }, { "isArgumentsObject", TYPE_ARGUMENTS },
  { "isBigIntObject", TYPE_BIGINT_OBJECT }, { "isBooleanObject", TYPE_BOOLEAN_OBJECT },
  { "isNumberObject", TYPE_NUMBER_OBJECT }, { "isStringObject", TYPE_STRING_OBJECT },
  { "isSymbolObject", TYPE_SYMBOL_OBJECT }, { "isNativeError", TYPE_NATIVE_ERROR },
  { "isRegExp", TYPE_REGEXP }, { "isAsyncFunction", TYPE_ASYNC_FUNCTION },
  { "isGeneratorFunction", TYPE_GENERATOR_FUNCTION }, { "isGeneratorObject", TYPE_GENERATOR_OBJECT },
  { "isPromise", TYPE_PROMISE }, { "isMap", TYPE_MAP }, { "isSet", TYPE_SET },
  { "isMapIterator", TYPE_MAP_ITERATOR }, { "isSetIterator", TYPE_SET_ITERATOR },
  { "isWeakMap", TYPE_WEAKMAP }, { "isWeakSet", TYPE_WEAKSET }, { "isArrayBuffer", TYPE_ARRAY_BUFFER },
  { "isDataView", TYPE_DATA_VIEW }, { "isSharedArrayBuffer", TYPE_NEVER }, { "isProxy", TYPE_PROXY },
  { "isModuleNamespaceObject", TYPE_MODULE_NAMESPACE }, { "isAnyArrayBuffer", TYPE_ARRAY_BUFFER },
  { "isBoxedPrimitive", TYPE_BOXED_PRIMITIVE }, { "isArrayBufferView", TYPE_ARRAY_BUFFER_VIEW },
  { "isTypedArray", TYPE_TYPED_ARRAY }, { "isUint8Array", TYPED (UINT8) },
  { "isUint8ClampedArray", TYPED (UINT8_CLAMPED) }, { "isUint16Array", TYPED (UINT16) },
  { "isUint32Array", TYPED (UINT32) }, { "isInt8Array", TYPED (INT8) }, { "isInt16Array", TYPED (INT16) },
  { "isInt32Array", TYPED (INT32) }, { "isFloat32Array", TYPED (FLOAT32) },
  { "isFloat64Array", TYPED (FLOAT64) }, { "isBigInt64Array", TYPED (BIGINT64) },
  { "isBigUint64Array", TYPED (BIGUINT64) }, { "isKeyObject", TYPE_NEVER }, { "isCryptoKey", TYPE_NEVER },
};

#undef TYPED

static JsValue
util_type_check (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  JsValue v = js_arg (argc, argv, 0);
  JsObject *obj, *proto;
  int check;

  if (!js_is_object (v))
    return JS_FALSE;
  obj = js_get_object (v);
  proto = obj->proto;
  check = (int) js_get_number (js_native_captures (callee)[0]);
  if (check >= N_TYPE_CHECKS)
    return js_boolean (obj->class_id == JS_CLASS_TYPED_ARRAY &&
                       obj->u.view.kind == (JsTypedArrayKind) (check - N_TYPE_CHECKS));
  switch ((TypeCheck) check)
    {
    case TYPE_PROMISE: return js_boolean (obj->class_id == JS_CLASS_PROMISE);
    case TYPE_DATE: return js_boolean (obj->class_id == JS_CLASS_DATE);
    case TYPE_REGEXP: return js_boolean (obj->class_id == JS_CLASS_REGEXP);
    case TYPE_MAP: return js_boolean (obj->class_id == JS_CLASS_MAP);
    case TYPE_SET: return js_boolean (obj->class_id == JS_CLASS_SET);
    case TYPE_WEAKMAP: return js_boolean (obj->class_id == JS_CLASS_WEAKMAP);
    case TYPE_WEAKSET: return js_boolean (obj->class_id == JS_CLASS_WEAKSET);
    case TYPE_NATIVE_ERROR: return js_boolean (obj->class_id == JS_CLASS_ERROR);
    case TYPE_GENERATOR_OBJECT:
      return js_boolean (obj->class_id == JS_CLASS_GENERATOR || obj->class_id == JS_CLASS_ASYNC_GENERATOR);
    case TYPE_ASYNC_FUNCTION:
      return js_boolean (obj->class_id == JS_CLASS_FUNCTION && proto != NULL &&
                         (proto == JS_INTRINSIC (J, AsyncFunctionPrototype) ||
                          proto == JS_INTRINSIC (J, AsyncGeneratorFunctionPrototype)));
    case TYPE_GENERATOR_FUNCTION:
      return js_boolean (obj->class_id == JS_CLASS_FUNCTION && proto != NULL &&
                         (proto == JS_INTRINSIC (J, GeneratorFunctionPrototype) ||
                          proto == JS_INTRINSIC (J, AsyncGeneratorFunctionPrototype)));
    case TYPE_BOXED_PRIMITIVE:
      return js_boolean (obj->class_id == JS_CLASS_NUMBER || obj->class_id == JS_CLASS_STRING ||
                         obj->class_id == JS_CLASS_BOOLEAN || obj->class_id == JS_CLASS_SYMBOL ||
                         obj->class_id == JS_CLASS_BIGINT);
    case TYPE_PROXY: return js_boolean (obj->class_id == JS_CLASS_PROXY);
    case TYPE_ARRAY_BUFFER: return js_boolean (obj->class_id == JS_CLASS_ARRAY_BUFFER);
    case TYPE_DATA_VIEW: return js_boolean (obj->class_id == JS_CLASS_DATA_VIEW);
    case TYPE_ARRAY_BUFFER_VIEW:
      return js_boolean (obj->class_id == JS_CLASS_TYPED_ARRAY || obj->class_id == JS_CLASS_DATA_VIEW);
    case TYPE_TYPED_ARRAY: return js_boolean (obj->class_id == JS_CLASS_TYPED_ARRAY);
    case TYPE_BIGINT_OBJECT: return js_boolean (obj->class_id == JS_CLASS_BIGINT);
    case TYPE_NUMBER_OBJECT: return js_boolean (obj->class_id == JS_CLASS_NUMBER);
    case TYPE_STRING_OBJECT: return js_boolean (obj->class_id == JS_CLASS_STRING);
    case TYPE_BOOLEAN_OBJECT: return js_boolean (obj->class_id == JS_CLASS_BOOLEAN);
    case TYPE_SYMBOL_OBJECT: return js_boolean (obj->class_id == JS_CLASS_SYMBOL);
    case TYPE_ARGUMENTS: return js_boolean (js_is_arguments_object (obj));
    case TYPE_MAP_ITERATOR:
      return js_boolean (obj->class_id == JS_CLASS_ITERATOR && obj->u.iter.kind >= JS_ITER_MAP_KEYS &&
                         obj->u.iter.kind <= JS_ITER_MAP_ENTRIES);
    case TYPE_SET_ITERATOR:
      return js_boolean (obj->class_id == JS_CLASS_ITERATOR &&
                         (obj->u.iter.kind == JS_ITER_SET_VALUES || obj->u.iter.kind == JS_ITER_SET_ENTRIES));
    case TYPE_MODULE_NAMESPACE: return js_boolean (obj->class_id == JS_CLASS_MODULE_NAMESPACE);
    case TYPE_NEVER:
    case N_TYPE_CHECKS:
      break;
    }
  return JS_FALSE;
}

static JsValue
util_is_array (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  return js_boolean (js_is_array (js_arg (argc, argv, 0)));
}

/* callbackify(original): the callback runs from a tick, with (null, value)
 * or the reason (a falsy reason wrapped in an Error). */
static JsValue
callbackify_call_back (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  JsValue reason = js_arg (argc, argv, 0);

  if (js_get_boolean (captures[2]) && !js_to_boolean (reason))
    {
      JsObject *error = node_error (J, JS_ERROR, "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value");
      js_define_value_utf8 (J, error, "reason", reason, JS_PROP_DEFAULT);
      reason = js_object_value (error);
    }
  if (js_get_boolean (captures[2]))
    return js_call (J, captures[0], captures[1], 1, &reason);
  {
    JsValue args[2] = { JS_NULL, reason };
    return js_call (J, captures[0], captures[1], 2, args);
  }
}

/* The promise's reactions: each schedules the callback on the tick queue. */
static JsValue
callbackify_settled (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  JsObject *later = js_native_function_new (J, "", 1, callbackify_call_back, 3);
  JsValue args[2];

  js_native_captures (later)[0] = captures[0];
  js_native_captures (later)[1] = captures[1];
  js_native_captures (later)[2] = captures[2];
  args[0] = js_object_value (later);
  args[1] = js_arg (argc, argv, 0);
  return process_next_tick (J, JS_UNDEFINED, 2, args, JS_UNDEFINED, later);
}

static JsValue
callbackified (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsValue cb = js_arg (argc, argv, argc - 1);
  JsValue result, handlers[2];

  validate_function (J, cb, "last argument");
  result = js_call (J, js_native_captures (callee)[0], this_value, argc > 0 ? argc - 1 : 0, argv);
  for (int i = 0; i < 2; i++)
    {
      JsObject *handler = js_native_function_new (J, "", 1, callbackify_settled, 3);
      js_native_captures (handler)[0] = cb;
      js_native_captures (handler)[1] = this_value;
      js_native_captures (handler)[2] = js_boolean (i == 1);
      handlers[i] = js_object_value (handler);
    }
  js_invoke (J, result, JS_KEY (J, then), 2, handlers);
  return JS_UNDEFINED;
}

static JsValue
util_callbackify (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsValue original = js_arg (argc, argv, 0);
  JsObject *fn;

  validate_function (J, original, "original");
  fn = js_native_function_new (J, "", 0, callbackified, 1);
  {
    /* The original's length plus one (the callback) and name plus
     * "Callbackified", when they are a number and a string. */
    JsValue length = js_get_own_data (J, js_get_object (original), JS_KEY (J, length));
    JsValue name = js_get_own_data (J, js_get_object (original), JS_KEY (J, name));
    if (js_is_number (length))
      js_define_value (J, fn, JS_KEY (J, length), js_number (js_get_number (length) + 1), JS_PROP_CONFIGURABLE);
    if (js_is_string (name))
      {
        char *utf8 = js_string_to_utf8 (js_get_string (name));
        char *callback_name = g_strconcat (utf8, "Callbackified", NULL);
        js_define_value (J, fn, JS_KEY (J, name), js_string_value_utf8 (J, callback_name), JS_PROP_CONFIGURABLE);
        g_free (callback_name);
        g_free (utf8);
      }
  }
  js_native_captures (fn)[0] = original;
  return js_object_value (fn);
}

static JsValue
util_is_deep_strict_equal (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  return js_boolean (js_node_deep_equal (J, js_arg (argc, argv, 0), js_arg (argc, argv, 1), TRUE));
}

static JsValue
load_util (JsState *J)
{
  JsHost *h = host (J);
  JsObject *util = js_plain_object_new (J);
  JsObject *inspect = js_inspect_function_new (J);
  JsObject *promisify = js_define_method (J, util, "promisify", util_promisify, 1);
  JsObject *types = js_plain_object_new (J);

  js_define_value_utf8 (J, util, "inspect", js_object_value (inspect), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, inspect, "custom", h->roots[ROOT_SYMBOL_INSPECT], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, promisify, "custom", h->roots[ROOT_SYMBOL_PROMISIFY], JS_PROP_DEFAULT);
  js_define_method (J, util, "format", util_format, 1);
  js_define_method (J, util, "inherits", util_inherits, 2);
  js_define_method (J, util, "isDeepStrictEqual", util_is_deep_strict_equal, 2);
  js_define_method (J, util, "callbackify", util_callbackify, 1);
  js_define_method (J, util, "isArray", util_is_array, 1);
  for (guint i = 0; i < G_N_ELEMENTS (type_checks); i++)
    {
      JsObject *check = js_native_function_new (J, type_checks[i].name, 1, util_type_check, 1);
      js_native_captures (check)[0] = js_number (type_checks[i].check);
      js_define_value_utf8 (J, types, type_checks[i].name, js_object_value (check), JS_PROP_HIDDEN);
    }
  js_define_value_utf8 (J, util, "types", js_object_value (types), JS_PROP_DEFAULT);
  js_node_util_define_extras (J, util);
  return js_object_value (util);
}

/* ------------------------------------------------------------------------
 * timers/promises (lib/timers/promises.js)
 * ------------------------------------------------------------------------ */

static JsValue
resolve_captured_promise (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  js_promise_resolve_with (J, js_get_object (js_native_captures (callee)[0]), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* A resolve function for `promise`, called with the value as the timer's
 * argument, as new Timeout(resolve, after, [value]) does. */
static JsValue
promise_resolver (JsState *J, JsObject *promise)
{
  JsObject *resolve = js_native_function_new (J, "", 1, resolve_captured_promise, 1);

  js_native_captures (resolve)[0] = js_object_value (promise);
  return js_object_value (resolve);
}

static JsObject *abort_error_new (JsState *J, JsValue message, JsValue options);

/* new AbortError(message, options) */
static JsValue
abort_error_construct (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Class constructor AbortError cannot be invoked without 'new'");
  return js_object_value (abort_error_new (J, js_arg (argc, argv, 0), js_arg (argc, argv, 1)));
}

/* AbortError.prototype: `class AbortError extends Error` */
static JsObject *
abort_error_prototype (JsState *J)
{
  JsHost *h = host (J);

  if (!js_is_object (h->roots[ROOT_ABORT_ERROR_PROTO]))
    {
      JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ErrorPrototype));
      JsObject *ctor = js_native_constructor_new (J, "AbortError", 0, abort_error_construct, proto);

      js_object_set_prototype_of (J, ctor, JS_INTRINSIC (J, Error));
      h->roots[ROOT_ABORT_ERROR_PROTO] = js_object_value (proto);
    }
  return js_get_object (h->roots[ROOT_ABORT_ERROR_PROTO]);
}

/* new AbortError(message = 'The operation was aborted', options)
 * (lib/internal/errors.js): its own `code` and `name` are set after the
 * Error constructor ran. */
static JsObject *
abort_error_new (JsState *J, JsValue message, JsValue options)
{
  JsObject *error = js_error_new (J, JS_ERROR, js_is_undefined (message)
                                  ? js_string_new_utf8 (J, "The operation was aborted", -1)
                                  : js_to_string (J, message));
  JsValue stack;

  js_object_set_prototype_of (J, error, abort_error_prototype (J));
  if (js_is_object (options) && js_has_property (J, js_get_object (options), JS_KEY (J, cause)))
    js_define_value (J, error, JS_KEY (J, cause), js_get (J, options, JS_KEY (J, cause)), JS_PROP_HIDDEN);
  stack = js_get_own_data (J, error, JS_KEY (J, stack));
  js_define_value_utf8 (J, error, "code", js_string_value (js_string_new_utf8 (J, "ABORT_ERR", -1)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "name", js_string_value (js_string_new_utf8 (J, "AbortError", -1)),
                        JS_PROP_DEFAULT);
  /* V8 renders the stack's first line when it is first read: by then the name is set */
  if (js_is_string (stack))
    {
      char *text = js_string_to_utf8 (js_get_string (stack));
      if (g_str_has_prefix (text, "Error"))
        {
          char *renamed = g_strconcat ("Abort", text, NULL);
          js_define_value (J, error, JS_KEY (J, stack), js_string_value (js_string_new_utf8 (J, renamed, -1)),
                           JS_PROP_HIDDEN);
          g_free (renamed);
        }
      g_free (text);
    }
  return error;
}

/* { cause: signal.reason } */
static JsValue
abort_options (JsState *J, JsValue signal)
{
  JsObject *options = js_plain_object_new (J);

  js_define_value (J, options, JS_KEY (J, cause), js_get_utf8 (J, signal, "reason"), JS_PROP_DEFAULT);
  return js_object_value (options);
}

/* cancelListenerHandler(clear, reject, signal), bound to the timeout:
 * captures are the timeout, the promise and the signal. */
static JsValue
timers_promises_cancel (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  NodeTimer *timer = timer_from_value (captures[0]);

  if (!timer->destroyed)
    {
      global_clear_timeout (J, JS_UNDEFINED, 1, &captures[0], JS_UNDEFINED, NULL);
      js_promise_reject_with (J, js_get_object (captures[1]),
                              js_object_value (abort_error_new (J, JS_UNDEFINED, abort_options (J, captures[2]))));
    }
  return JS_UNDEFINED;
}

/* () => signal.removeEventListener('abort', oncancel): captures are the
 * signal and oncancel. */
static JsValue
timers_promises_remove_cancel (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                               JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  JsValue args[2] = { js_string_value (js_string_new_utf8 (J, "abort", -1)), captures[1] };

  js_invoke (J, captures[0], js_key_from_utf8 (J, "removeEventListener"), 2, args);
  return JS_UNDEFINED;
}

/* setTimeout(after, value, { signal, ref }) of timers/promises. */
static JsValue
timers_promises_set_timeout (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                             JsValue new_target, JsObject *callee)
{
  JsObject *promise = js_promise_new (J);
  JsValue value = js_arg (argc, argv, 1), options = js_arg (argc, argv, 2);
  JsValue signal = JS_UNDEFINED, ref = JS_TRUE, args[2];
  JsObject *oncancel, *cleanup;
  NodeTimer *timer;

  if (!js_is_undefined (options))
    {
      if (!js_is_object (options))
        {
          char *received = describe_received (J, options);
          char *message = g_strdup_printf ("The \"options\" argument must be of type object. Received %s", received);
          js_promise_reject_with (J, promise, js_object_value (node_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                                                           message)));
          g_free (received);
          g_free (message);
          return js_object_value (promise);
        }
      signal = js_get_utf8 (J, options, "signal");
      ref = js_get_utf8 (J, options, "ref");
      if (js_is_undefined (ref))
        ref = JS_TRUE;
    }
  if (!js_is_undefined (signal) && !js_is_abort_signal (signal))
    {
      char *received = describe_received (J, signal);
      char *message = g_strdup_printf ("The \"options.signal\" property must be an instance of AbortSignal. "
                                       "Received %s", received);
      js_promise_reject_with (J, promise, js_object_value (node_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                                                       message)));
      g_free (received);
      g_free (message);
      return js_object_value (promise);
    }
  if (!js_is_undefined (signal) && js_abort_signal_is_aborted (J, signal, NULL))
    {
      js_promise_reject_with (J, promise, js_object_value (abort_error_new (J, JS_UNDEFINED, abort_options (J, signal))));
      return js_object_value (promise);
    }
  timer = timeout_new (J, promise_resolver (J, promise), js_to_number (J, js_arg (argc, argv, 0)),
                       js_object_value (js_array_from_values (J, &value, 1)), FALSE);
  timer_insert (J, timer, timer->idle_timeout, uv_update_time (J));
  if (!js_to_boolean (ref))
    {
      timer->refed = FALSE;
      dec_ref_count (host (J));
    }
  if (js_is_undefined (signal))
    return js_object_value (promise);
  /* The cancel listener is an ordinary 'abort' listener, dropped in a
   * finally() whose promise is the one returned. */
  oncancel = js_native_function_new (J, "bound cancelListenerHandler", 0, timers_promises_cancel, 3);
  js_native_captures (oncancel)[0] = js_object_value (timer->object);
  js_native_captures (oncancel)[1] = js_object_value (promise);
  js_native_captures (oncancel)[2] = signal;
  args[0] = js_string_value (js_string_new_utf8 (J, "abort", -1));
  args[1] = js_object_value (oncancel);
  js_invoke (J, signal, js_key_from_utf8 (J, "addEventListener"), 2, args);
  cleanup = js_native_function_new (J, "", 0, timers_promises_remove_cancel, 2);
  js_native_captures (cleanup)[0] = signal;
  js_native_captures (cleanup)[1] = js_object_value (oncancel);
  args[0] = js_object_value (cleanup);
  return js_invoke (J, js_object_value (promise), js_key_from_utf8 (J, "finally"), 1, args);
}

static JsValue
timers_promises_set_immediate (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                               JsValue new_target, JsObject *callee)
{
  JsObject *promise = js_promise_new (J);
  JsValue args[2] = { promise_resolver (J, promise), js_arg (argc, argv, 0) };

  global_set_immediate (J, JS_UNDEFINED, 2, args, JS_UNDEFINED, callee);
  return js_object_value (promise);
}

static JsValue
load_timers_promises (JsState *J)
{
  JsObject *module = js_plain_object_new (J);
  JsObject *scheduler = js_plain_object_new (J);

  js_define_method (J, module, "setTimeout", timers_promises_set_timeout, 2);
  js_define_method (J, module, "setImmediate", timers_promises_set_immediate, 1);
  js_define_method (J, module, "setInterval", timers_promises_set_interval, 2);
  js_define_method (J, scheduler, "wait", timers_promises_set_timeout, 1);
  js_define_method (J, scheduler, "yield", timers_promises_set_immediate, 0);
  js_define_value_utf8 (J, module, "scheduler", js_object_value (scheduler), JS_PROP_DEFAULT);
  return js_object_value (module);
}

/* ------------------------------------------------------------------------
 * Async iterators over host events: events.on(emitter, name) and
 * timers/promises' setInterval(delay, value)
 *
 * Both keep, in one record, the values that arrived and nobody asked for
 * yet, and the next() promises waiting for a value; a value goes to the
 * oldest waiting promise, or waits its turn.
 * ------------------------------------------------------------------------ */

typedef struct {
  JsGcInternal base;
  JsValue unconsumed;       /* array of values nobody asked for yet */
  JsValue waiting;          /* array of pending next() promises */
  JsValue error;            /* an 'error' event to reject the next next() with, or empty */
  JsValue emitter, type;    /* events.on */
  JsValue listener, error_listener;
  JsValue timer;            /* setInterval: the Timeout */
  JsValue value;            /* setInterval: what each tick yields */
  gboolean finished;
} EventQueue;

static void
event_queue_mark (JsState *J, JsGcInternal *self)
{
  EventQueue *q = (EventQueue *) self;

  js_gc_mark_value (J, q->unconsumed);
  js_gc_mark_value (J, q->waiting);
  js_gc_mark_value (J, q->error);
  js_gc_mark_value (J, q->emitter);
  js_gc_mark_value (J, q->type);
  js_gc_mark_value (J, q->listener);
  js_gc_mark_value (J, q->error_listener);
  js_gc_mark_value (J, q->timer);
  js_gc_mark_value (J, q->value);
}

static const JsGcInternalClass event_queue_class = { "EventQueue", event_queue_mark, NULL };

static EventQueue *
event_queue_new (JsState *J)
{
  EventQueue *q = (EventQueue *) js_gc_alloc_internal (J, &event_queue_class, sizeof *q);

  q->unconsumed = js_object_value (js_array_new (J, 0));
  q->waiting = js_object_value (js_array_new (J, 0));
  q->error = JS_EMPTY;
  q->emitter = q->type = q->listener = q->error_listener = q->timer = q->value = JS_UNDEFINED;
  return q;
}

static EventQueue *
captured_queue (JsObject *callee)
{
  return (EventQueue *) js_get_pointer (js_native_captures (callee)[0]);
}

static JsValue
array_shift (JsState *J, JsValue array)
{
  return js_invoke (J, array, js_key_from_utf8 (J, "shift"), 0, NULL);
}

/* A value arrived: to the oldest waiting next(), or into the queue. */
static void
event_queue_push (JsState *J, EventQueue *q, JsValue value)
{
  if (js_array_length (js_get_object (q->waiting)) > 0)
    js_promise_resolve_with (J, js_get_object (array_shift (J, q->waiting)), js_iter_result (J, value, FALSE));
  else
    js_array_push (J, js_get_object (q->unconsumed), value);
}

/* closeHandler(): stop listening, and settle every waiting next() as done. */
static JsValue
event_queue_close (JsState *J, EventQueue *q)
{
  JsValue done = js_iter_result (J, JS_UNDEFINED, TRUE);

  if (!q->finished)
    {
      q->finished = TRUE;
      if (!js_is_undefined (q->listener))
        {
          remove_listener (J, q->emitter, q->type, q->listener);
          remove_listener (J, q->emitter, js_string_value (js_intern_utf8 (J, "error")), q->error_listener);
        }
      if (!js_is_undefined (q->timer))
        global_clear_timeout (J, JS_UNDEFINED, 1, &q->timer, JS_UNDEFINED, NULL);
    }
  while (js_array_length (js_get_object (q->waiting)) > 0)
    js_promise_resolve_with (J, js_get_object (array_shift (J, q->waiting)), done);
  return js_object_value (js_promise_resolve_value (J, done));
}

static JsValue
event_queue_next (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  EventQueue *q = captured_queue (callee);
  JsObject *promise;

  /* First the values that arrived, then an error, then the end. */
  if (js_array_length (js_get_object (q->unconsumed)) > 0)
    return js_object_value (js_promise_resolve_value (J, js_iter_result (J, array_shift (J, q->unconsumed), FALSE)));
  if (!js_is_empty (q->error))
    {
      promise = js_promise_new (J);
      js_promise_reject_with (J, promise, q->error);
      q->error = JS_EMPTY;
      return js_object_value (promise);
    }
  if (q->finished)
    return event_queue_close (J, q);
  promise = js_promise_new (J);
  js_array_push (J, js_get_object (q->waiting), js_object_value (promise));
  return js_object_value (promise);
}

static JsValue
event_queue_return (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return event_queue_close (J, captured_queue (callee));
}

static JsValue
return_this (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  return this_value;
}

/* The iterator object: next, return and [Symbol.asyncIterator], on
 * %AsyncIteratorPrototype%. */
static JsValue
event_queue_iterator (JsState *J, EventQueue *q)
{
  JsObject *iterator = js_object_new (J, JS_INTRINSIC (J, AsyncIteratorPrototype));
  JsObject *next = js_native_function_new (J, "next", 0, event_queue_next, 1);
  JsObject *ret = js_native_function_new (J, "return", 0, event_queue_return, 1);

  js_native_captures (next)[0] = js_internal_value (&q->base.gc);
  js_native_captures (ret)[0] = js_internal_value (&q->base.gc);
  js_define_value_utf8 (J, iterator, "next", js_object_value (next), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, iterator, "return", js_object_value (ret), JS_PROP_DEFAULT);
  js_define_method_key (J, iterator, JS_SYMBOL_KEY (J, asyncIterator), "[Symbol.asyncIterator]", return_this, 0);
  return js_object_value (iterator);
}

/* eventHandler(...args) */
static JsValue
events_on_listener (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  event_queue_push (J, captured_queue (callee), js_object_value (js_array_from_values (J, argv, (guint32) argc)));
  return JS_UNDEFINED;
}

/* errorHandler(err): the oldest waiting next() rejects (or the next one
 * will), and the iterator ends. */
static JsValue
events_on_error (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  EventQueue *q = captured_queue (callee);
  JsValue err = js_arg (argc, argv, 0);

  if (js_array_length (js_get_object (q->waiting)) > 0)
    js_promise_reject_with (J, js_get_object (array_shift (J, q->waiting)), err);
  else
    q->error = err;
  event_queue_close (J, q);
  return JS_UNDEFINED;
}

/* abortListener(): an abort ends the iteration as an error would (the
 * listener stays on the signal but does nothing once the queue is closed). */
static JsValue
events_on_abort (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  JsValue signal = js_native_captures (callee)[1];
  JsValue error = js_object_value (abort_error_new (J, JS_UNDEFINED, abort_options (J, signal)));

  if (captured_queue (callee)->finished)
    return JS_UNDEFINED;
  return events_on_error (J, JS_UNDEFINED, 1, &error, JS_UNDEFINED, callee);
}

static JsValue
events_static_on (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsValue options = js_arg (argc, argv, 2), signal = JS_UNDEFINED;
  EventQueue *q;
  JsObject *listener, *error_listener;

  if (js_is_object (options))
    signal = js_get_utf8 (J, options, "signal");
  if (!js_is_undefined (signal) && !js_is_abort_signal (signal))
    throw_invalid_arg_type (J, "options.signal", "an instance of AbortSignal", signal);
  if (!js_is_undefined (signal) && js_abort_signal_is_aborted (J, signal, NULL))
    js_throw (J, js_object_value (abort_error_new (J, JS_UNDEFINED, abort_options (J, signal))));
  if (!js_is_callable (js_get_utf8 (J, js_arg (argc, argv, 0), "on")))
    throw_invalid_arg_type (J, "emitter", "an instance of EventEmitter", js_arg (argc, argv, 0));
  q = event_queue_new (J);
  listener = js_native_function_new (J, "eventHandler", 0, events_on_listener, 1);
  error_listener = js_native_function_new (J, "errorHandler", 1, events_on_error, 1);
  q->emitter = js_arg (argc, argv, 0);
  q->type = js_arg (argc, argv, 1);
  js_native_captures (listener)[0] = js_internal_value (&q->base.gc);
  js_native_captures (error_listener)[0] = js_internal_value (&q->base.gc);
  q->listener = js_object_value (listener);
  q->error_listener = js_object_value (error_listener);
  add_listener (J, q->emitter, q->type, q->listener, FALSE);
  if (!js_is_string (q->type) || !js_string_equal_ascii (js_get_string (q->type), "error"))
    add_listener (J, q->emitter, js_string_value (js_intern_utf8 (J, "error")), q->error_listener, FALSE);
  if (!js_is_undefined (signal))
    {
      JsObject *abort_listener = js_native_function_new (J, "abortListener", 0, events_on_abort, 2);
      js_native_captures (abort_listener)[0] = js_internal_value (&q->base.gc);
      js_native_captures (abort_listener)[1] = signal;
      agnostic_listener (J, signal, js_string_value (js_intern_utf8 (J, "abort")),
                         js_object_value (abort_listener), TRUE);
    }
  return event_queue_iterator (J, q);
}

static JsValue
interval_tick (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  EventQueue *q = captured_queue (callee);

  event_queue_push (J, q, q->value);
  return JS_UNDEFINED;
}

/* timers/promises setInterval(delay, value): an async iterator yielding
 * `value` once per interval.  Node writes it as an async generator; this
 * iterator resolves each next() as soon as its tick has come, which can be
 * a few microtask ticks earlier. */
static JsValue
timers_promises_set_interval (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                              JsValue new_target, JsObject *callee)
{
  EventQueue *q = event_queue_new (J);
  JsObject *tick = js_native_function_new (J, "", 0, interval_tick, 1);
  NodeTimer *timer;

  js_native_captures (tick)[0] = js_internal_value (&q->base.gc);
  q->value = js_arg (argc, argv, 1);
  timer = timeout_new (J, js_object_value (tick), js_to_number (J, js_arg (argc, argv, 0)), JS_UNDEFINED, TRUE);
  timer_insert (J, timer, timer->idle_timeout, uv_update_time (J));
  q->timer = js_object_value (timer->object);
  return event_queue_iterator (J, q);
}

/* ------------------------------------------------------------------------
 * What the shared DOM modules ask of the Node profile (js-dom-event.c,
 * js-abort.c): Node's errors, a listener's exception reported from a tick,
 * and AbortSignal.timeout's timer.
 * ------------------------------------------------------------------------ */

JsObject *
js_node_error_new (JsState *J, JsErrorType type, const char *code, const char *message)
{
  return node_error (J, type, code, message);
}

char *
js_node_describe_received (JsState *J, JsValue value)
{
  return describe_received (J, value);
}

/* A listener that threw: Node reports it as an uncaught exception from a
 * tick, after the dispatch. */
static JsValue
rethrow_captured (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  js_throw (J, js_native_captures (callee)[0]);
}

void
js_node_defer_exception (JsState *J, JsValue error)
{
  JsObject *thrower = js_native_function_new (J, "", 0, rethrow_captured, 1);
  JsValue callback;

  js_native_captures (thrower)[0] = error;
  callback = js_object_value (thrower);
  process_next_tick (J, JS_UNDEFINED, 1, &callback, JS_UNDEFINED, thrower);
}

guint32
js_node_host_new_async_id (JsState *J)
{
  return ++host (J)->next_async_id;
}

void
js_node_host_make_callback (JsState *J, JsValue fn, JsValue args)
{
  if (!call_macrotask (J, fn, JS_UNDEFINED, args))
    {
      js_trace_unwind_frames (J, 0);
      trigger_uncaught_exception (J, J->exception, FALSE);
      return;
    }
  callback_scope_close (J);
}

void
js_node_host_script (JsState *J, const char **filename, const char **dirname, const char **source, gsize *length)
{
  JsHost *h = host (J);

  *filename = h->filename;
  *dirname = h->dirname;
  *source = h->source;
  *length = h->source_length;
}

/* An unreferenced timer, which does not keep the process alive. */
void
js_node_host_set_timeout_native (JsState *J, double ms, JsValue native_fn)
{
  NodeTimer *timer = timeout_new (J, native_fn, ms, JS_UNDEFINED, FALSE);

  timer_insert (J, timer, timer->idle_timeout, uv_update_time (J));
  timer->refed = FALSE;
  dec_ref_count (host (J));
}

/* ------------------------------------------------------------------------
 * require (lib/internal/modules/cjs/loader.js), builtin modules only
 * ------------------------------------------------------------------------ */

static JsValue
load_timers (JsState *J)
{
  JsObject *timers = js_plain_object_new (J);
  static const char *const names[] = { "setTimeout", "clearTimeout", "setInterval", "clearInterval",
                                       "setImmediate", "clearImmediate" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    js_define_value_utf8 (J, timers, names[i], js_get_utf8 (J, js_object_value (J->global), names[i]), JS_PROP_DEFAULT);
  return js_object_value (timers);
}

static JsValue
load_perf_hooks (JsState *J)
{
  JsObject *module = js_plain_object_new (J);

  js_define_value_utf8 (J, module, "performance", js_get_utf8 (J, js_object_value (J->global), "performance"),
                        JS_PROP_DEFAULT);
  return js_object_value (module);
}

static JsValue require_builtin (JsState *J, const char *name);

static JsValue
load_assert_strict (JsState *J)
{
  return js_get_utf8 (J, require_builtin (J, "assert"), "strict");
}

static JsValue
load_crypto (JsState *J)
{
  return js_node_crypto_module_new (J, js_get_object (host (J)->roots[ROOT_WEBCRYPTO]));
}

static JsValue
load_util_types (JsState *J)
{
  return js_get_utf8 (J, require_builtin (J, "util"), "types");
}

static JsValue
load_events (JsState *J)
{
  return host (J)->roots[ROOT_EMITTER_CTOR];
}

static JsValue
load_process (JsState *J)
{
  return host (J)->roots[ROOT_PROCESS];
}

static const struct {
  const char *name;
  JsValue (*load) (JsState *J);
} builtin_modules[] = {
  { "assert", js_node_assert_module_new },
  { "assert/strict", load_assert_strict },
  { "buffer", js_buffer_module_new },
  { "crypto", load_crypto },
  { "events", load_events },
  { "fs", js_node_fs_module_new },
  { "fs/promises", js_node_fs_promises_module_new },
  { "os", js_node_os_module_new },
  { "path", js_path_module_new },
  { "perf_hooks", load_perf_hooks },
  { "process", load_process },
  { "querystring", js_node_querystring_module_new },
  { "string_decoder", js_node_string_decoder_module_new },
  { "timers", load_timers },
  { "timers/promises", load_timers_promises },
  { "url", js_url_module_new },
  { "util", load_util },
  { "util/types", load_util_types },
};

/* A builtin module's exports, loaded once per run; JS_EMPTY for no such
 * module. */
static JsValue
require_builtin (JsState *J, const char *name)
{
  JsHost *h = host (J);

  for (guint i = 0; i < G_N_ELEMENTS (builtin_modules); i++)
    if (strcmp (name, builtin_modules[i].name) == 0)
      {
        JsValue key = js_key_from_utf8 (J, builtin_modules[i].name);
        JsValue exports = js_get_own_data (J, js_get_object (h->roots[ROOT_MODULES]), key);
        if (js_is_empty (exports))
          {
            exports = builtin_modules[i].load (J);
            js_define_value (J, js_get_object (h->roots[ROOT_MODULES]), key, exports, JS_PROP_DEFAULT);
          }
        return exports;
      }
  return JS_EMPTY;
}

JsValue
js_node_builtin_module (JsState *J, const char *name)
{
  return require_builtin (J, name);
}

static JsValue
require_function (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsHost *h = host (J);
  JsValue id = js_arg (argc, argv, 0), exports;
  char *name, *message;
  const char *bare;
  JsObject *error;

  if (!js_is_string (id))
    throw_invalid_arg_type (J, "id", "of type string", id);
  name = js_string_to_utf8 (js_get_string (id));
  bare = g_str_has_prefix (name, "node:") ? name + 5 : name;
  exports = require_builtin (J, bare);
  if (!js_is_empty (exports))
    {
      g_free (name);
      return exports;
    }
  message = g_strdup_printf ("Cannot find module '%s'\nRequire stack:\n- %s", name, h->filename);
  g_free (name);
  error = js_error_new_utf8 (J, JS_ERROR, "%s", message);
  g_free (message);
  js_define_value_utf8 (J, error, "code", js_string_value_utf8 (J, "MODULE_NOT_FOUND"), JS_PROP_DEFAULT);
  js_throw (J, js_object_value (error));
}

/* ------------------------------------------------------------------------
 * The globals
 * ------------------------------------------------------------------------ */

static JsValue
illegal_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  js_throw_type_error (J, "Illegal constructor");
}

static void
init_timer_prototypes (JsState *J)
{
  JsHost *h = host (J);
  JsObject *timeout_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *immediate_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  /* Constructors named Timeout and Immediate so that util.inspect calls the
   * objects what Node calls them. */
  js_native_constructor_new (J, "Timeout", 5, illegal_constructor, timeout_proto);
  js_define_method (J, timeout_proto, "ref", timeout_ref, 0);
  js_define_method (J, timeout_proto, "unref", timeout_unref, 0);
  js_define_method (J, timeout_proto, "hasRef", timeout_has_ref, 0);
  js_define_method (J, timeout_proto, "refresh", timeout_refresh, 0);
  js_define_method (J, timeout_proto, "close", timeout_close, 0);
  js_define_method_key (J, timeout_proto, JS_SYMBOL_KEY (J, toPrimitive), "[Symbol.toPrimitive]",
                        timeout_to_primitive, 0);
  h->roots[ROOT_TIMEOUT_PROTO] = js_object_value (timeout_proto);

  js_native_constructor_new (J, "Immediate", 2, illegal_constructor, immediate_proto);
  js_define_method (J, immediate_proto, "ref", immediate_ref_method, 0);
  js_define_method (J, immediate_proto, "unref", immediate_unref_method, 0);
  js_define_method (J, immediate_proto, "hasRef", immediate_has_ref, 0);
  h->roots[ROOT_IMMEDIATE_PROTO] = js_object_value (immediate_proto);
}

static void
define_global_function (JsState *J, const char *name, JsNativeFn fn, int length)
{
  JsObject *f = js_native_function_new (J, name, length, fn, 0);

  js_define_value_utf8 (J, J->global, name, js_object_value (f), JS_PROP_DEFAULT);
}

static const char *const enumerable_builtins[] = { "structuredClone", "atob", "btoa" };

/* The globals Node adds, enumerable and in Node's order (Object.keys
 * (globalThis) shows them). */
static void
init_globals (JsState *J)
{
  js_define_value_utf8 (J, J->global, "global", js_object_value (J->global), JS_PROP_DEFAULT);
  define_global_function (J, "clearImmediate", global_clear_immediate, 1);
  define_global_function (J, "setImmediate", global_set_immediate, 1);
  define_global_function (J, "clearInterval", global_clear_timeout, 1);
  define_global_function (J, "clearTimeout", global_clear_timeout, 1);
  define_global_function (J, "setInterval", global_set_interval, 2);
  define_global_function (J, "setTimeout", global_set_timeout, 2);
  define_global_function (J, "queueMicrotask", global_queue_microtask, 1);
  /* The engine installs these non-enumerable; Node lists them here. */
  for (guint i = 0; i < G_N_ELEMENTS (enumerable_builtins); i++)
    {
      JsValue key = js_key_from_utf8 (J, enumerable_builtins[i]);
      JsValue fn = js_get (J, js_object_value (J->global), key);
      js_delete_property (J, J->global, key);
      js_define_value (J, J->global, key, fn, JS_PROP_DEFAULT);
    }
  js_define_value_utf8 (J, J->global, "performance", js_object_value (new_performance (J)), JS_PROP_DEFAULT);
  host (J)->roots[ROOT_WEBCRYPTO] = js_object_value (js_node_webcrypto_new (J));
  js_define_value_utf8 (J, J->global, "crypto", host (J)->roots[ROOT_WEBCRYPTO], JS_PROP_DEFAULT);
}

/* setTimeout[util.promisify.custom] is timers/promises' setTimeout, and
 * likewise for setImmediate. */
static void
init_promisify_custom (JsState *J)
{
  JsHost *h = host (J);
  JsValue timers_promises;

  timers_promises = load_timers_promises (J);
  js_define_value (J, js_get_object (h->roots[ROOT_MODULES]), js_key_from_utf8 (J, "timers/promises"),
                   timers_promises, JS_PROP_DEFAULT);
  js_define_value (J, js_get_object (js_get_utf8 (J, js_object_value (J->global), "setTimeout")),
                   h->roots[ROOT_SYMBOL_PROMISIFY], js_get_utf8 (J, timers_promises, "setTimeout"), JS_PROP_HIDDEN);
  js_define_value (J, js_get_object (js_get_utf8 (J, js_object_value (J->global), "setImmediate")),
                   h->roots[ROOT_SYMBOL_PROMISIFY], js_get_utf8 (J, timers_promises, "setImmediate"), JS_PROP_HIDDEN);
}

void
js_node_host_init (JsState *J)
{
  JsHost *h = g_new0 (JsHost, 1);

  for (int i = 0; i < N_ROOTS; i++)
    h->roots[i] = JS_UNDEFINED;
  h->lists = g_ptr_array_new ();
  h->list_map = g_hash_table_new (g_direct_hash, g_direct_equal);
  h->next_expiry = INFINITY;
  h->known_timers = g_hash_table_new (g_direct_hash, g_direct_equal);
  h->ticks = g_array_new (FALSE, FALSE, sizeof (Tick));
  h->maybe_unhandled = g_hash_table_new (g_direct_hash, g_direct_equal);
  h->pending_unhandled = g_ptr_array_new ();
  h->async_handled = g_ptr_array_new ();
  h->next_async_id = 1;
  h->filename = g_strdup ("/work/scenario.js");
  h->dirname = g_strdup ("/work");
  set_basename (h);
  J->host = h;

  h->roots[ROOT_MODULES] = js_object_value (js_object_new (J, NULL));
  h->roots[ROOT_SYMBOL_SHAPE_MODE] = js_symbol_value (js_symbol_new (J, js_intern_utf8 (J, "shapeMode")));
  h->roots[ROOT_SYMBOL_CAPTURE] = js_symbol_value (js_symbol_new (J, js_intern_utf8 (J, "kCapture")));
  h->roots[ROOT_SYMBOL_ERROR_MONITOR] = js_symbol_value (js_symbol_new (J, js_intern_utf8 (J, "events.errorMonitor")));
  h->roots[ROOT_SYMBOL_PROMISIFY] = symbol_for (J, "nodejs.util.promisify.custom");
  h->roots[ROOT_SYMBOL_INSPECT] = symbol_for (J, "nodejs.util.inspect.custom");
  h->roots[ROOT_SYMBOL_REJECTION] = symbol_for (J, "nodejs.rejection");
  js_node_dispose_symbols_init (J);
  init_event_emitter (J);
  init_timer_prototypes (J);
  init_globals (J);
  js_builtin_buffer_init (J);
  init_process (J);
  js_events_init (J);
  init_promisify_custom (J);
}

void
js_node_host_free (JsState *J)
{
  JsHost *h = host (J);

  if (h == NULL)
    return;
  js_node_fs_free (J);
  /* The timers and immediates themselves belong to their objects, which
   * the heap frees after this. */
  for (guint i = 0; i < h->lists->len; i++)
    g_free (g_ptr_array_index (h->lists, i));
  g_ptr_array_unref (h->lists);
  g_hash_table_unref (h->list_map);
  g_hash_table_unref (h->known_timers);
  g_array_unref (h->ticks);
  g_hash_table_unref (h->maybe_unhandled);
  g_ptr_array_unref (h->pending_unhandled);
  g_ptr_array_unref (h->async_handled);
  g_free (h->filename);
  g_free (h->dirname);
  g_free (h);
  J->host = NULL;
}

void
js_node_host_mark_roots (JsState *J)
{
  JsHost *h = host (J);
  GHashTableIter iter;
  gpointer key, value;

  for (int i = 0; i < N_ROOTS; i++)
    js_gc_mark_value (J, h->roots[i]);
  for (guint i = 0; i < h->lists->len; i++)
    for (NodeTimer *t = ((TimerList *) g_ptr_array_index (h->lists, i))->head; t != NULL; t = t->next)
      js_gc_mark_thing (J, &t->object->gc);
  g_hash_table_iter_init (&iter, h->known_timers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    js_gc_mark_thing (J, &((NodeTimer *) value)->object->gc);
  for (Immediate *i = h->immediate_head; i != NULL; i = i->next)
    js_gc_mark_thing (J, &i->object->gc);
  for (Immediate *i = h->outstanding_head; i != NULL; i = i->next)
    js_gc_mark_thing (J, &i->object->gc);
  for (guint i = h->tick_head; i < h->ticks->len; i++)
    {
      js_gc_mark_value (J, g_array_index (h->ticks, Tick, i).callback);
      js_gc_mark_value (J, g_array_index (h->ticks, Tick, i).args);
    }
  g_hash_table_iter_init (&iter, h->maybe_unhandled);
  while (g_hash_table_iter_next (&iter, &key, &value))
    js_gc_mark_thing (J, key);
  for (guint i = 0; i < h->pending_unhandled->len; i++)
    js_gc_mark_thing (J, g_ptr_array_index (h->pending_unhandled, i));
  for (guint i = 0; i < h->async_handled->len; i++)
    js_gc_mark_thing (J, g_ptr_array_index (h->async_handled, i));
  js_node_fs_mark (J);
}

/* ------------------------------------------------------------------------
 * The event loop (uv_run, libuv 1.46, UV_RUN_DEFAULT)
 * ------------------------------------------------------------------------ */

/* uv__loop_alive: a referenced timer, referenced immediates (Node's idle
 * handle, started while any exist), or a file system request in flight. */
static gboolean
loop_alive (JsState *J)
{
  JsHost *h = host (J);

  return (h->uv_timer_active && h->uv_timer_refed) || h->immediate_refcount > 0 || h->es_module_pending ||
         js_node_fs_has_pending (J);
}

static void
check_time_budget (JsState *J, double target)
{
  if (target > J->options.max_virtual_ms)
    js_throw_budget (J, JS_BUDGET_TIME);
}

/* Marks a timers phase that, on a real machine, could already find a timer
 * due in the next millisecond and run it before pending immediates. */
static void
trace_timer_race (JsState *J)
{
  JsHost *h = host (J);

  if (J->trace == NULL || h->immediate_count == 0)
    return;
  for (guint i = 0; i < h->lists->len; i++)
    for (NodeTimer *t = ((TimerList *) g_ptr_array_index (h->lists, i))->head; t != NULL; t = t->next)
      {
        double due = t->idle_start + t->list->msecs;
        if (due > h->loop_time && due <= h->loop_time + 1)
          {
            js_trace_message (J, JS_TRACE_ORDER_NOT_GUARANTEED, 0,
                              "a timer due in the next millisecond against setImmediate: if that "
                              "millisecond has passed on a real machine, the timer runs before the immediate");
            return;
          }
      }
}

/* uv__run_timers: the one uv timer, if due. */
static void
timers_phase (JsState *J)
{
  JsHost *h = host (J);

  js_trace_phase (J, JS_TRACE_PHASE_TIMERS);
  trace_timer_race (J);
  if (h->uv_timer_active && h->uv_timer_due <= h->loop_time)
    {
      h->uv_timer_active = FALSE;
      run_timers (J);
    }
}

/* uv__io_poll with uv__backend_timeout: polling is waiting for the next
 * timer or file system request, and waiting is a jump of the clock; the
 * requests done by then run their callbacks (uv__work_done). */
static void evaluate_es_module_main (JsState *J);

static void
poll_phase (JsState *J)
{
  JsHost *h = host (J);
  double wake;

  js_trace_phase (J, JS_TRACE_PHASE_POLL);
  if (h->es_module_pending)
    {
      uv_update_time (J);
      evaluate_es_module_main (J);
      return;
    }
  wake = MIN (h->uv_timer_active ? h->uv_timer_due : INFINITY, js_node_fs_next_due (J));
  if (loop_alive (J) && h->immediate_refcount == 0 && isfinite (wake) && wake > h->loop_time)
    {
      check_time_budget (J, wake);
      js_virtual_clock_advance_to (J, wake);
    }
  uv_update_time (J);
  js_node_fs_run_due (J);
}

/* Marks the first timers phase when a timer only runs before the
 * immediates because the loop is taken to start a millisecond late. */
static void
trace_startup_race (JsState *J, double script_end)
{
  JsHost *h = host (J);

  if (J->trace == NULL || h->immediate_count == 0)
    return;
  for (guint i = 0; i < h->lists->len; i++)
    for (NodeTimer *t = ((TimerList *) g_ptr_array_index (h->lists, i))->head; t != NULL; t = t->next)
      if (t->idle_start + t->list->msecs > script_end && t->idle_start + t->list->msecs <= h->loop_time)
        {
          js_trace_message (J, JS_TRACE_ORDER_NOT_GUARANTEED, 0,
                            "a timer due within the first millisecond against setImmediate: Node usually "
                            "starts its event loop after that millisecond, so the timer usually runs first, "
                            "but on a fast start the immediate runs first");
          return;
        }
}

static void
run_loop (JsState *J)
{
  JsHost *h = host (J);
  gboolean alive = loop_alive (J);

  if (!h->loop_started && alive)
    {
      /* Node's loop starts about a millisecond after the main script. */
      double script_end = floor (js_virtual_now_ms (J));
      h->loop_started = TRUE;
      js_virtual_clock_advance_to (J, script_end + 1);
      uv_update_time (J);
      trace_startup_race (J, script_end);
    }
  if (!alive)
    uv_update_time (J);
  else
    {
      uv_update_time (J);
      timers_phase (J);
    }
  while (alive)
    {
      check_time_budget (J, js_virtual_now_ms (J));
      js_trace_phase (J, JS_TRACE_PHASE_PENDING);
      js_trace_phase (J, JS_TRACE_PHASE_IDLE);
      poll_phase (J);
      js_trace_phase (J, JS_TRACE_PHASE_CHECK);
      check_immediate (J);
      js_trace_phase (J, JS_TRACE_PHASE_CLOSE);
      uv_update_time (J);
      timers_phase (J);
      alive = loop_alive (J);
    }
}

static void
emit_before_exit (JsState *J)
{
  JsValue code = js_number (process_exit_code (J));

  emit_event (J, host (J)->roots[ROOT_PROCESS], "beforeExit", 1, &code);
}

/* SpinEventLoop: the loop, then 'beforeExit', again while that brought
 * work. */
static void
spin_event_loop (JsState *J)
{
  JsHost *h = host (J);

  for (;;)
    {
      run_loop (J);
      if (loop_alive (J))
        continue;
      if (listener_count (J, h->roots[ROOT_PROCESS], "beforeExit") > 0 &&
          run_reporting (J, emit_before_exit))
        callback_scope_close (J);
      if (!loop_alive (J))
        return;
    }
}

/* ------------------------------------------------------------------------
 * Running a script
 * ------------------------------------------------------------------------ */

static void
set_filename (JsHost *h, const char *filename)
{
  g_free (h->filename);
  g_free (h->dirname);
  if (filename == NULL || strcmp (filename, "-") == 0 || *filename == '\0')
    {
      h->filename = g_strdup ("[stdin]");
      h->dirname = g_strdup (".");
      return;
    }
  h->filename = g_canonicalize_filename (filename, NULL);
  h->dirname = g_path_get_dirname (h->filename);
}

static void
set_basename (JsHost *h)
{
  const char *slash = strrchr (h->filename, '/');

  h->basename = slash != NULL ? slash + 1 : h->filename;
}

/* The CommonJS wrapper's arguments: exports, require, module, __filename,
 * __dirname (lib/internal/modules/cjs/loader.js). */
static void
make_module (JsState *J, JsValue args[5])
{
  JsHost *h = host (J);
  JsObject *module = js_plain_object_new (J);
  JsObject *exports = js_plain_object_new (J);
  JsObject *require = js_native_function_new (J, "require", 1, require_function, 0);
  JsValue argv_pair[2];

  js_define_value_utf8 (J, module, "id", js_string_value_utf8 (J, "."), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "path", js_string_value_utf8 (J, h->dirname), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "exports", js_object_value (exports), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "filename", js_string_value_utf8 (J, h->filename), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "loaded", JS_FALSE, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "children", js_object_value (js_array_new (J, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "paths", js_object_value (js_array_new (J, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, require, "main", js_object_value (module), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, require, "cache", js_object_value (js_object_new (J, NULL)), JS_PROP_DEFAULT);
  h->roots[ROOT_MODULE] = js_object_value (module);
  h->roots[ROOT_REQUIRE] = js_object_value (require);

  argv_pair[0] = js_string_value_utf8 (J, "/usr/local/bin/node");
  argv_pair[1] = js_string_value_utf8 (J, h->filename);
  js_set (J, h->roots[ROOT_PROCESS], js_key_from_utf8 (J, "argv"),
          js_object_value (js_array_from_values (J, argv_pair, 2)), FALSE);

  args[0] = js_object_value (exports);
  args[1] = js_object_value (require);
  args[2] = js_object_value (module);
  args[3] = js_string_value_utf8 (J, h->filename);
  args[4] = js_string_value_utf8 (J, h->dirname);
}

/* A syntax error, printed like Node: "file:line", the line, then the error. */
static void
report_syntax_error (JsState *J, JsValue error)
{
  JsHost *h = host (J);
  GString *out = g_string_new (NULL);
  char *display = js_error_to_display_utf8 (J, error);

  g_free (J->error_message);
  J->error_message = g_strdup (display);
  g_string_append_printf (out, "%s:%d\n", h->filename, J->error_line);
  if (J->error_line > 0 && h->source != NULL)
    {
      const char *p = h->source, *end = h->source + h->source_length;
      for (int line = 1; p < end && line < J->error_line; p++)
        if (*p == '\n')
          line++;
      g_string_append_len (out, p, (const char *) (memchr (p, '\n', end - p) ?: end) - p);
      g_string_append_c (out, '\n');
      for (int i = 1; i < J->error_column; i++)
        g_string_append_c (out, ' ');
      g_string_append (out, "^\n");
    }
  g_string_append_printf (out, "\n%s\n\nNode.js " NODE_VERSION "\n", display);
  write_stream (J, JS_STREAM_STDERR, out->str, out->len);
  if (J->trace != NULL)
    js_trace_message (J, JS_TRACE_UNCAUGHT, 0, display);
  g_string_free (out, TRUE);
  g_free (display);
}

static void
emit_exit_now (JsState *J)
{
  emit_exit (J, host (J)->exit_code);
}

/* An ES module main: the loop (whose first poll phase evaluates it), then
 * 'exit'; a top-level await that never settled (with process.exitCode
 * unset) ends the process with code 13 after the 'exit' listeners. */
static void
run_es_module_main (JsState *J)
{
  JsHost *h = host (J);
  JsValue result, args[5];
  gboolean unsettled;

  /* process.argv and the loader; the module sees no CommonJS bindings */
  make_module (J, args);
  h->es_module_pending = TRUE;
  h->roots[ROOT_MAIN_PROMISE] = JS_UNDEFINED;
  spin_event_loop (J);
  h->exit_code = (int) process_exit_code (J);
  unsettled = js_is_object (h->roots[ROOT_MAIN_PROMISE]) &&
              js_promise_get_state (js_get_object (h->roots[ROOT_MAIN_PROMISE]), &result) == JS_PROMISE_PENDING &&
              js_is_nullish (js_get_utf8 (J, h->roots[ROOT_PROCESS], "exitCode"));
  if (run_reporting (J, emit_exit_now))
    callback_scope_close (J);
  h->exit_code = (int) process_exit_code (J);
  if (unsettled)
    {
      static const char warning[] = "Warning: Detected unsettled top-level await\n";

      write_stream (J, JS_STREAM_STDERR, warning, sizeof warning - 1);
      h->exit_code = 13;
    }
}

/* The main script, then its ticks and microtasks (the callback scope
 * around it closes), then the loop, then 'exit'. */
static void
run_main (JsState *J)
{
  JsHost *h = host (J);
  JsValue args[5];
  JsTryPoint tp;

  if (h->es_module)
    {
      run_es_module_main (J);
      return;
    }
  make_module (J, args);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (J->trace != NULL)
        js_trace_set_frame_reason (J, JS_TRACE_REASON_SCRIPT);
      js_call (J, h->roots[ROOT_MAIN], args[0], 5, args);
      js_try_end (J, &tp);
      js_trace_script (J, TRUE, h->basename);
      callback_scope_close (J);
    }
  else
    {
      if (J->terminating)
        js_throw (J, J->exception);
      js_trace_unwind_frames (J, 0);
      /* An uncaught exception in the main script that a listener handled:
       * Node still runs the ticks and microtasks before the loop starts. */
      trigger_uncaught_exception (J, J->exception, FALSE);
      js_trace_script (J, TRUE, h->basename);
      callback_scope_close (J);
    }
  spin_event_loop (J);
  h->exit_code = (int) process_exit_code (J);
  /* EmitProcessExit: 'exit' in a callback scope, so the microtasks its
   * listeners queue still run (ticks do not: process._exiting). */
  if (run_reporting (J, emit_exit_now))
    callback_scope_close (J);
  h->exit_code = (int) process_exit_code (J);
}

/* After a fatal error: process.exitCode = 1 and 'exit', unless the process
 * was already exiting (the error came from an 'exit' listener).  Node then
 * exits with process.exitCode as the listeners left it, 1 when it is unset
 * (env->exit_code(kGenericUserError)). */
static void
exit_after_fatal (JsState *J)
{
  JsHost *h = host (J);
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (!h->exiting)
        {
          set_process_exit_code (J, 1);
          emit_exit (J, 1);
        }
      js_try_end (J, &tp);
    }
  else
    J->terminating = FALSE;
  /* process.exit(n) in an 'exit' listener has the last word. */
  if (!h->exit_called)
    h->exit_code = js_is_undefined (js_get_utf8 (J, h->roots[ROOT_PROCESS], "exitCode"))
                   ? 1 : (int) process_exit_code (J);
}

static void
compile_main (JsState *J)
{
  JsHost *h = host (J);

  h->roots[ROOT_MAIN] = js_object_value (js_compile (J, h->source, h->source_length, h->filename,
                                                     JS_COMPILE_NODE_MODULE));
}

static void
compile_es_module_main (JsState *J)
{
  JsHost *h = host (J);

  h->roots[ROOT_MAIN] = js_object_value (js_compile (J, h->source, h->source_length, h->filename,
                                                     JS_COMPILE_NODE_ES_MODULE));
}

static void
call_es_module_main (JsState *J)
{
  JsHost *h = host (J);
  /* the loader and import.meta (js-module.c) */
  JsValue args[2] = { js_module_loader_new (J), js_module_import_meta_new (J) };

  if (J->trace != NULL)
    js_trace_set_frame_reason (J, JS_TRACE_REASON_SCRIPT);
  h->roots[ROOT_MAIN_PROMISE] = js_call (J, h->roots[ROOT_MAIN], JS_UNDEFINED, 2, args);
  js_trace_script (J, TRUE, h->basename);
  /* the loader evaluates the module from a promise job: the microtasks its
   * body queues run in that same checkpoint, before any tick */
  js_run_microtask_checkpoint (J);
}

/* The ESM loader reads the main module asynchronously, so its body runs in
 * the first poll phase; an error in it rejects the evaluation promise,
 * which nothing handles. */
static void
evaluate_es_module_main (JsState *J)
{
  JsHost *h = host (J);

  h->es_module_pending = FALSE;
  run_reporting (J, call_es_module_main);
  callback_scope_close (J);
}

/* Runs fn (J); FALSE when it threw (J->exception, J->terminating tell
 * what). */
static gboolean
run_protected (JsState *J, void (*fn) (JsState *J))
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      fn (J);
      js_try_end (J, &tp);
      return TRUE;
    }
  return FALSE;
}

/* Node 20.19+ runs a main script that CommonJS rejects as an ES module
 * when it compiles as one (top-level await, or a top-level `const require`):
 * the CommonJS error stands when it does not. */
static gboolean
compile_as_es_module (JsState *J)
{
  JsValue cjs_error = J->exception;
  int line = J->error_line, column = J->error_column;
  char *note = g_steal_pointer (&J->error_note);

  if (js_is_object (cjs_error) && js_get_object (cjs_error)->class_id == JS_CLASS_ERROR &&
      run_protected (J, compile_es_module_main))
    {
      g_free (note);
      return TRUE;
    }
  if (J->terminating)
    {
      g_free (note);
      return FALSE;
    }
  J->exception = cjs_error;
  J->error_line = line;
  J->error_column = column;
  g_free (J->error_note);
  J->error_note = note;
  return FALSE;
}

/* The run ended early: why, and what Node would do then. */
static JsRunStatus
run_stopped (JsState *J)
{
  JsHost *h = host (J);
  char text[128];

  J->terminating = FALSE;
  js_trace_unwind_frames (J, 0);
  switch (h->stop)
    {
    case STOP_EXIT:
      return JS_RUN_OK;
    case STOP_FATAL:
      exit_after_fatal (J);
      return JS_RUN_UNCAUGHT;
    case STOP_FATAL_IN_HANDLER:
      /* Node exits at once from its fatal-exception TryCatch scope */
      return JS_RUN_UNCAUGHT;
    case STOP_NONE:
    case STOP_BUDGET:
      break;
    }
  h->stop = STOP_BUDGET;
  h->exit_code = 1;
  g_free (J->error_message);
  J->error_message = g_strdup (js_host_budget_description (J, J->terminated_by, text, sizeof text));
  js_trace_message (J, JS_TRACE_BUDGET, J->terminated_by, J->error_message);
  return JS_RUN_BUDGET;
}

JsRunStatus
js_node_state_run (JsState *J, const char *source, gsize length, const char *filename)
{
  JsHost *h = host (J);
  JsRunStatus status = JS_RUN_OK;

  set_filename (h, filename);
  h->source = source;
  h->source_length = length;
  h->stop = STOP_NONE;
  h->exit_code = 0;
  h->exiting = FALSE;
  h->exit_called = FALSE;
  h->loop_started = FALSE;
  g_clear_pointer (&J->error_message, g_free);
  J->terminating = FALSE;
  set_basename (h);
  js_trace_script (J, FALSE, h->basename);
  js_trace_phase (J, JS_TRACE_PHASE_SCRIPT);

  h->es_module = FALSE;
  h->es_module_pending = FALSE;
  if (!run_protected (J, compile_main) && !J->terminating && compile_as_es_module (J))
    h->es_module = TRUE;
  if (!h->es_module && js_is_undefined (h->roots[ROOT_MAIN]))
    {
      if (J->terminating)
        status = run_stopped (J);
      else
        {
          report_syntax_error (J, J->exception);
          h->exit_code = 1;
          status = JS_RUN_SYNTAX_ERROR;
        }
    }
  else if (!run_protected (J, run_main))
    status = run_stopped (J);

  h->roots[ROOT_MAIN] = JS_UNDEFINED;
  h->roots[ROOT_MAIN_PROMISE] = JS_UNDEFINED;
  h->source = NULL;
  J->exception = JS_UNDEFINED;
  J->exit_code = h->exit_code;
  js_trace_message (J, JS_TRACE_EXIT, J->exit_code, NULL);
  js_trace_phase (J, JS_TRACE_PHASE_DONE);
  return status;
}
