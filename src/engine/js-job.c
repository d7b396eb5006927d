/* js-job.c: the microtask queue — HostEnqueuePromiseJob (9.5.5) and the
 * microtask checkpoint (HTML's "perform a microtask checkpoint", V8's
 * MicrotaskQueue::PerformCheckpoint, which Node calls runMicrotasks()).
 *
 * The queue is a ring of fixed-size JsJob records: enqueuing a job allocates
 * nothing but, now and then, a bigger ring.  The records are GC roots, and so
 * is the slot of the job that is running: the host calls the checkpoint with
 * no native active, so the collector may run inside a job, and everything the
 * job still needs must be reachable.
 */
#include "js-internal.h"

typedef struct {
  JsJob  *ring;
  guint32 head;        /* index of the oldest job */
  guint32 length;
  guint32 capacity;    /* a power of two */
  JsJob   current;     /* the running job (a root) */
  gboolean running;    /* checkpoints do not nest */
  int      scope_depth; /* js_microtask_scope_enter without its leave */
} JobQueue;

static JobQueue *
job_queue (JsState *J)
{
  return J->jobs;
}

static void
clear_job (JsJob *job)
{
  job->kind = JS_JOB_CALLBACK;
  job->handler = job->argument = job->promise = job->resolve = job->reject = JS_UNDEFINED;
}

void
js_job_init (JsState *J)
{
  JobQueue *queue = g_new0 (JobQueue, 1);

  clear_job (&queue->current);
  J->jobs = queue;
}

void
js_job_free (JsState *J)
{
  JobQueue *queue = job_queue (J);

  if (queue == NULL)
    return;
  g_free (queue->ring);
  g_free (queue);
  J->jobs = NULL;
}

static void
mark_job (JsState *J, const JsJob *job)
{
  js_gc_mark_value (J, job->handler);
  js_gc_mark_value (J, job->argument);
  js_gc_mark_value (J, job->promise);
  js_gc_mark_value (J, job->resolve);
  js_gc_mark_value (J, job->reject);
}

void
js_job_mark_roots (JsState *J)
{
  JobQueue *queue = job_queue (J);

  if (queue == NULL)
    return;
  for (guint32 i = 0; i < queue->length; i++)
    mark_job (J, &queue->ring[(queue->head + i) & (queue->capacity - 1)]);
  mark_job (J, &queue->current);
}

static JsTraceTaskKind
job_trace_kind (const JsJob *job)
{
  switch ((JsJobKind) job->kind)
    {
    case JS_JOB_PROMISE_REACTION:
      return job->rejected ? JS_TRACE_TASK_PROMISE_REJECT : JS_TRACE_TASK_PROMISE_FULFILL;
    case JS_JOB_AWAIT:
      return JS_TRACE_TASK_AWAIT;
    case JS_JOB_THENABLE:
      return JS_TRACE_TASK_THENABLE;
    case JS_JOB_CALLBACK:
      break;
    }
  return job->mutation_observers ? JS_TRACE_TASK_MUTATION_OBSERVER : JS_TRACE_TASK_QUEUE_MICROTASK;
}

void
js_enqueue_job (JsState *J, const JsJob *job)
{
  JobQueue *queue = job_queue (J);
  JsJob *slot;

  if (queue->length == queue->capacity)
    {
      guint32 capacity = MAX (16, queue->capacity * 2);
      JsJob *ring = g_new (JsJob, capacity);
      /* Unwrap the ring into the new buffer, oldest first. */
      for (guint32 i = 0; i < queue->length; i++)
        ring[i] = queue->ring[(queue->head + i) & (queue->capacity - 1)];
      g_free (queue->ring);
      queue->ring = ring;
      queue->head = 0;
      queue->capacity = capacity;
    }
  slot = &queue->ring[(queue->head + queue->length) & (queue->capacity - 1)];
  *slot = *job;
  queue->length++;
  if (J->trace != NULL)
    {
      slot->trace_id = js_trace_new_id (J);
      /* An await continuation has no callback of its own: the label names
       * the function that awaits. */
      js_trace_task (J, JS_TRACE_MICROTASK_ENQUEUE, JS_TRACE_QUEUE_MICROTASK, slot->trace_id,
                     job_trace_kind (slot), job->kind == JS_JOB_AWAIT ? JS_UNDEFINED : job->handler,
                     job->trace_label, job->trace_site, 0, 0);
    }
}

void
js_microtask_scope_enter (JsState *J)
{
  job_queue (J)->scope_depth++;
}

void
js_microtask_scope_leave (JsState *J)
{
  job_queue (J)->scope_depth--;
}

gboolean
js_microtask_queue_is_empty (JsState *J)
{
  return job_queue (J)->length == 0;
}

static void
run_job (JsState *J, JsJob *job)
{
  if (job->kind == JS_JOB_CALLBACK)
    {
      if (J->trace != NULL)
        js_trace_set_frame_reason (J, JS_TRACE_REASON_MICROTASK);
      js_call (J, job->handler, JS_UNDEFINED, 0, NULL);
    }
  else
    js_promise_run_job (J, job);
}

/* Runs jobs until the queue is empty: TRUE; FALSE when an exception
 * escaped one, which is left in queue->current for the caller to clear.
 * One try point serves all the jobs (a setjmp per job cost as much as
 * queueing it): nothing between two jobs throws. */
static gboolean
run_jobs (JsState *J, JobQueue *queue)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) != 0)
    return FALSE;
  while (queue->length > 0)
    {
      queue->current = queue->ring[queue->head];
      queue->head = (queue->head + 1) & (queue->capacity - 1);
      queue->length--;
      if (J->trace != NULL)
        js_trace_task (J, JS_TRACE_MICROTASK_RUN, JS_TRACE_QUEUE_MICROTASK, queue->current.trace_id,
                       job_trace_kind (&queue->current), JS_UNDEFINED, 0, 0, 0, 0);
      queue->running = TRUE;
      run_job (J, &queue->current);
      queue->running = FALSE;
      clear_job (&queue->current);
    }
  js_try_end (J, &tp);
  return TRUE;
}

void
js_run_microtask_checkpoint (JsState *J)
{
  JobQueue *queue = job_queue (J);

  /* A checkpoint reached from inside a job (a native called while jobs
   * run) does nothing: the running checkpoint drains the queue.  Nor does
   * one inside a host's scope: the scope's end has its own. */
  if (queue->running || queue->scope_depth > 0)
    return;
  while (!run_jobs (J, queue))
    {
      queue->running = FALSE;
      clear_job (&queue->current);
      if (J->terminating)
        js_throw (J, J->exception);
      /* Only a queueMicrotask callback lets an exception escape: Node
       * reports it like any uncaught exception (runMicrotask calls
       * triggerUncaughtException) and goes on with the next job when a
       * listener handled it. */
      js_trace_unwind_frames (J, 0);
      js_host_report_exception (J, J->exception);
    }
}
