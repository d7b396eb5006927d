/* js-trace-why.c: narrations that say why a step happens.
 *
 * The templates of JS_TRACE_EVENT_KINDS say what happened ("Timeout goes
 * into the oven").  A learner needs the reason too ("the stack is empty,
 * so…"), and the reason is the event loop's rule that allowed the step: a
 * job runs only on an empty desk, a cake only when the trays are empty
 * too, a timer leaves the oven when its time is up.  Those rules hold for
 * every event of a kind, so most reasons need only the event; a few read
 * the event that set this one up (the timer's delay, the script that just
 * ended, the frame that was pushed).  Nothing here re-runs or re-derives
 * the program: it reads the trace.
 *
 * The templates use js_trace_narrate's {placeholders} and are marked for
 * translation like the ones in js-trace.h.
 */
#include "js-internal.h"

#ifndef N_
#define N_(s) (s)
#endif

/* How far back to look for the event that set up this one (the oven's
 * entry of a timer): far enough for any timer of a real scenario, bounded
 * so that narrating a huge trace stays cheap. */
#define MAX_LOOKBACK 65536

static gboolean
find_added (JsTrace *trace, const JsTraceEvent *ev, JsTraceEventKind kind, JsTraceEvent *added)
{
  guint64 stop = ev->seq > MAX_LOOKBACK ? ev->seq - MAX_LOOKBACK : 0;

  for (guint64 seq = ev->seq; seq > stop; seq--)
    {
      js_trace_get_event (trace, seq - 1, added);
      if (added->kind == kind && added->id == ev->id)
        return TRUE;
    }
  return FALSE;
}

static const char *
why_phase (JsTrace *trace, JsTracePhase phase)
{
  switch (phase)
    {
    case JS_TRACE_PHASE_SCRIPT:
      return N_("The event loop starts with the main script: it runs from top to bottom before anything queued");
    case JS_TRACE_PHASE_TIMERS:
      return N_("The event loop enters the timers phase: every timer whose time is up runs now, in the order they fall due");
    case JS_TRACE_PHASE_PENDING:
      return N_("The event loop enters the pending callbacks phase: I/O callbacks put off from the last round run here");
    case JS_TRACE_PHASE_IDLE:
      return N_("The event loop enters the idle, prepare phase: Node's own housekeeping, no callback of ours runs");
    case JS_TRACE_PHASE_POLL:
      return N_("The event loop enters the poll phase: finished I/O hands its callbacks over here");
    case JS_TRACE_PHASE_CHECK:
      return N_("The event loop enters the check phase: the setImmediate callbacks run here, right after poll");
    case JS_TRACE_PHASE_CLOSE:
      return N_("The event loop enters the close callbacks phase: 'close' handlers run here");
    case JS_TRACE_PHASE_DONE:
      /* Nothing moves after the loop is done: the end of the trace is
       * the state at this step. */
      if (js_trace_count_waiting (trace) > 0)
        return N_("The process exits with work still waiting, so the event loop stops here and the rest never runs");
      return N_("The ovens, the counters and the trays are all empty, so the event loop has nothing left to do and stops");
    case JS_TRACE_PHASE_TASK:
      return N_("The event loop takes one task from the counters; the microtasks it leaves run right after it");
    case JS_TRACE_PHASE_RENDER:
      return N_("The event loop reaches a rendering opportunity: animation frame callbacks first, then the shop window is redrawn");
    case JS_TRACE_PHASE_NONE:
    case JS_TRACE_N_PHASES:
    default:
      return NULL;
    }
}

/* The promise that settled just before `ev`, statements aside: its
 * reactions are what `ev` queues. */
static gboolean
settled_just_before (JsTrace *trace, const JsTraceEvent *ev, JsTraceEvent *settle)
{
  for (guint64 seq = ev->seq; seq > 0; seq--)
    {
      js_trace_get_event (trace, seq - 1, settle);
      if (settle->kind == JS_TRACE_PROMISE_SETTLE)
        return TRUE;
      if (settle->kind != JS_TRACE_STATEMENT && settle->kind != JS_TRACE_MICROTASK_ENQUEUE)
        return FALSE;
    }
  return FALSE;
}

static const char *
why_microtask_enqueue (JsTrace *trace, JsTraceEvent *ev)
{
  JsTraceEvent settle;

  if ((ev->task == JS_TRACE_TASK_PROMISE_FULFILL || ev->task == JS_TRACE_TASK_PROMISE_REJECT) &&
      settled_just_before (trace, ev, &settle))
    {
      /* {id} is the promise's here, not the task's. */
      ev->id = settle.id;
      return settle.sub == JS_TRACE_PROMISE_REJECTED
        ? N_("Promise #{id} is rejected, so {task} {name} joins the microtask tray: it runs once the desk is empty")
        : N_("Promise #{id} is fulfilled, so {task} {name} joins the microtask tray: it runs once the desk is empty");
    }

  switch (ev->task)
    {
    case JS_TRACE_TASK_NEXT_TICK:
      return N_("{task} {name} joins the nextTick tray: it runs as soon as the desk is empty, before any promise job");
    case JS_TRACE_TASK_PROMISE_FULFILL:
      return N_("{task} {name} joins the microtask tray: its promise is fulfilled, so the handler runs once the desk is empty");
    case JS_TRACE_TASK_PROMISE_REJECT:
      return N_("{task} {name} joins the microtask tray: its promise is rejected, so the handler runs once the desk is empty");
    case JS_TRACE_TASK_THENABLE:
      return N_("{task} {name} joins the microtask tray: resolving with a thenable costs one more job, which calls its then()");
    case JS_TRACE_TASK_AWAIT:
      return N_("{task} {name} joins the microtask tray: the awaited value is ready, so the function goes on once the desk is empty");
    case JS_TRACE_TASK_QUEUE_MICROTASK:
      return N_("{task} {name} joins the microtask tray: it runs once the desk is empty, before the next cake");
    case JS_TRACE_TASK_MUTATION_OBSERVER:
      return N_("{task} joins the microtask tray: the page changed, so the observers hear of it once the desk is empty, with every record gathered until then");
    default:
      return NULL;
    }
}

static const char *
why_webapi_done (JsTrace *trace, JsTraceEvent *ev)
{
  JsTraceEvent added;

  if (!find_added (trace, ev, JS_TRACE_WEBAPI_ADD, &added))
    return NULL;

  /* The oven's entry knows the delay; the template reads it from ev. */
  ev->delay_ms = added.delay_ms;
  ev->due_ms = added.due_ms;

  switch (ev->task)
    {
    case JS_TRACE_TASK_TIMEOUT:
    case JS_TRACE_TASK_INTERVAL:
      return N_("The timer's {delay} ms are up, so {task} {name} slides from the oven to the counter");
    case JS_TRACE_TASK_USER_EVENT:
      return N_("The customer comes in after {delay} ms, so {task} {name} goes to the counter as a task");
    default:
      return N_("{task} {name} is ready after {delay} ms, so it slides from the oven to the counter");
    }
}

static const char *
why_frame_pop (JsTrace *trace, const JsTraceEvent *ev)
{
  JsTraceEvent pushed;

  /* A frame the loop put on an empty desk leaves it empty again. */
  if (!find_added (trace, ev, JS_TRACE_FRAME_PUSH, &pushed))
    return NULL;

  switch (pushed.sub)
    {
    case JS_TRACE_REASON_SCRIPT:
    case JS_TRACE_REASON_MICROTASK:
    case JS_TRACE_REASON_MACROTASK:
      return N_("{name} is done and leaves the baker's desk, which is empty again");
    default:
      return N_("{name} returns and leaves the baker's desk: its caller goes on");
    }
}

/* The template that says why event `ev` happens, or NULL when the plain
 * template of its kind says enough.  May fill fields of `ev` that the
 * template needs and the event itself does not carry. */
const char *
js_trace_why_template (JsTrace *trace, JsTraceEvent *ev)
{
  switch (ev->kind)
    {
    case JS_TRACE_SCRIPT_END:
      return N_("The main script {name} has run to its end: the desk is empty, so the baker turns to the trays, then to the counters");
    case JS_TRACE_FRAME_POP:
      return why_frame_pop (trace, ev);
    case JS_TRACE_WEBAPI_ADD:
      if (ev->task == JS_TRACE_TASK_USER_EVENT)
        return N_("A customer will come in at {due} ms: until then {task} {name} waits in the oven");
      return N_("{task} {name} goes into the oven: {delay} ms, ready at {due} ms; the baker does not wait and reads on");
    case JS_TRACE_WEBAPI_DONE:
      return why_webapi_done (trace, ev);
    case JS_TRACE_WEBAPI_CANCEL:
      return N_("{task} {name} is taken out of the oven before its time: cancelled, it will never run");
    case JS_TRACE_TASK_ENQUEUE:
      if (ev->task == JS_TRACE_TASK_ANIMATION_FRAME)
        return N_("{task} {name} waits for the next frame: it runs just before the shop window is redrawn");
      return N_("{task} {name} waits on the {queue} counter until the desk and the trays are empty");
    case JS_TRACE_TASK_RUN:
      if (ev->task == JS_TRACE_TASK_ANIMATION_FRAME)
        return N_("A frame has begun, so {task} {name} runs now, before the shop window is redrawn");
      return N_("The desk and the trays are empty, so the baker takes the next cake from the {queue} counter: {task} {name}");
    case JS_TRACE_TASK_CANCEL:
      return N_("{task} {name} is removed from the {queue} counter before its turn: cancelled, it will never run");
    case JS_TRACE_MICROTASK_ENQUEUE:
      return why_microtask_enqueue (trace, ev);
    case JS_TRACE_MICROTASK_RUN:
      if (ev->sub == JS_TRACE_QUEUE_NEXT_TICK)
        return N_("The desk is empty and nextTick callbacks come first, so the baker takes {task} {name} from the nextTick tray");
      return N_("The desk is empty, so the baker takes every pastry off the tray before the next cake: now {task} {name}");
    case JS_TRACE_PHASE:
      return why_phase (trace, ev->sub);
    default:
      return NULL;
    }
}
