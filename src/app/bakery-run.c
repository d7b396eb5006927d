/* bakery-run.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-run"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-run.h"

/* Runs the engine off the main thread and keeps the trace of the last run
 * that got anywhere: a syntax error leaves the previous trace in place, so
 * the bakery keeps showing something while the user types.
 *
 * The engine cannot be interrupted; a cancelled run finishes in its thread
 * and its result is dropped.  The step and wall-time budgets keep that short.
 */

/* Enough for a busy-wait of several seconds (a clock read costs 1 µs of
 * virtual time), few enough that a runaway loop stops in a tenth of a second. */
#define UI_MAX_STEPS  ((guint64) 60 * 1000 * 1000)
#define UI_MAX_EVENTS ((guint64) 200 * 1000)

struct _BakeryTrace
{
  JsTrace *trace;
};

static void
bakery_trace_clear (BakeryTrace *self)
{
  g_clear_pointer (&self->trace, js_trace_free);
}

BakeryTrace *
bakery_trace_new (JsTrace *trace)
{
  BakeryTrace *self;

  g_return_val_if_fail (trace != NULL, NULL);

  self = g_rc_box_new0 (BakeryTrace);
  self->trace = trace;

  return self;
}

BakeryTrace *
bakery_trace_ref (BakeryTrace *self)
{
  return g_rc_box_acquire (self);
}

void
bakery_trace_unref (BakeryTrace *self)
{
  g_rc_box_release_full (self, (GDestroyNotify)bakery_trace_clear);
}

JsTrace *
bakery_trace_get (BakeryTrace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->trace;
}

/**
 * bakery_run_translate:
 *
 * A #JsTraceTranslateFunc for the engine's narration templates.
 */
const char *
bakery_run_translate (const char *msgid)
{
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
bakery_trace_event_kind_icon_name (JsTraceEventKind kind)
{
  switch (kind)
    {
    case JS_TRACE_SCRIPT_START:         return "media-playback-start-symbolic";
    case JS_TRACE_SCRIPT_END:           return "media-playback-stop-symbolic";
    case JS_TRACE_FRAME_PUSH:           return "go-up-symbolic";
    case JS_TRACE_FRAME_POP:            return "go-down-symbolic";
    case JS_TRACE_STATEMENT:            return "format-justify-left-symbolic";
    case JS_TRACE_WEBAPI_ADD:           return "alarm-symbolic";
    case JS_TRACE_WEBAPI_DONE:          return "emblem-ok-symbolic";
    case JS_TRACE_WEBAPI_CANCEL:
    case JS_TRACE_TASK_CANCEL:          return "process-stop-symbolic";
    case JS_TRACE_TASK_ENQUEUE:
    case JS_TRACE_MICROTASK_ENQUEUE:    return "list-add-symbolic";
    case JS_TRACE_TASK_RUN:
    case JS_TRACE_MICROTASK_RUN:        return "media-playback-start-symbolic";
    case JS_TRACE_PROMISE_NEW:
    case JS_TRACE_PROMISE_SETTLE:       return "emblem-synchronizing-symbolic";
    case JS_TRACE_PHASE:                return "view-refresh-symbolic";
    case JS_TRACE_CONSOLE:              return "utilities-terminal-symbolic";
    case JS_TRACE_UNCAUGHT:             return "dialog-error-symbolic";
    case JS_TRACE_UNHANDLED_REJECTION:
    case JS_TRACE_ORDER_NOT_GUARANTEED:
    case JS_TRACE_BUDGET:
    case JS_TRACE_TRUNCATED:            return "dialog-warning-symbolic";
    case JS_TRACE_EXIT:                 return "system-shutdown-symbolic";
    case JS_TRACE_N_EVENT_KINDS:
    default:                            return "image-missing-symbolic";
    }
}

struct _BakeryTraceEvent
{
  GObject           parent_instance;
  BakeryTrace      *trace;
  guint64           seq;
  JsTraceEventKind  kind;
  double            time_ms;
  char             *narration;
};

G_DEFINE_FINAL_TYPE (BakeryTraceEvent, bakery_trace_event, G_TYPE_OBJECT)

static void
bakery_trace_event_finalize (GObject *object)
{
  BakeryTraceEvent *self = (BakeryTraceEvent *)object;

  g_clear_pointer (&self->trace, bakery_trace_unref);
  g_clear_pointer (&self->narration, g_free);

  G_OBJECT_CLASS (bakery_trace_event_parent_class)->finalize (object);
}

static void
bakery_trace_event_class_init (BakeryTraceEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bakery_trace_event_finalize;
}

static void
bakery_trace_event_init (BakeryTraceEvent *self)
{
}

static BakeryTraceEvent *
bakery_trace_event_new (BakeryTrace *trace,
                        guint64      seq)
{
  BakeryTraceEvent *self = g_object_new (BAKERY_TYPE_TRACE_EVENT, NULL);
  JsTraceEvent event;

  js_trace_get_event (trace->trace, seq, &event);

  self->trace = bakery_trace_ref (trace);
  self->seq = seq;
  self->kind = event.kind;
  self->time_ms = event.time_ms;

  return self;
}

guint64
bakery_trace_event_get_seq (BakeryTraceEvent *self)
{
  g_return_val_if_fail (BAKERY_IS_TRACE_EVENT (self), 0);

  return self->seq;
}

JsTraceEventKind
bakery_trace_event_get_kind (BakeryTraceEvent *self)
{
  g_return_val_if_fail (BAKERY_IS_TRACE_EVENT (self), 0);

  return self->kind;
}

double
bakery_trace_event_get_time (BakeryTraceEvent *self)
{
  g_return_val_if_fail (BAKERY_IS_TRACE_EVENT (self), 0);

  return self->time_ms;
}

/* Narrated on first use: a list view only asks for the rows it shows. */
const char *
bakery_trace_event_get_narration (BakeryTraceEvent *self)
{
  g_return_val_if_fail (BAKERY_IS_TRACE_EVENT (self), NULL);

  if (self->narration == NULL)
    self->narration = js_trace_narrate (self->trace->trace, self->seq, bakery_run_translate);

  return self->narration;
}

const char *
bakery_trace_event_get_icon_name (BakeryTraceEvent *self)
{
  g_return_val_if_fail (BAKERY_IS_TRACE_EVENT (self), NULL);

  return bakery_trace_event_kind_icon_name (self->kind);
}

/* The events of a trace as a list model; items are made on demand, as a
 * trace can hold hundreds of thousands of events.
 */
#define BAKERY_TYPE_TRACE_MODEL (bakery_trace_model_get_type())

G_DECLARE_FINAL_TYPE (BakeryTraceModel, bakery_trace_model, BAKERY, TRACE_MODEL, GObject)

struct _BakeryTraceModel
{
  GObject      parent_instance;
  BakeryTrace *trace;
  guint        n_items;
};

static GType
bakery_trace_model_get_item_type (GListModel *model)
{
  return BAKERY_TYPE_TRACE_EVENT;
}

static guint
bakery_trace_model_get_n_items (GListModel *model)
{
  return BAKERY_TRACE_MODEL (model)->n_items;
}

static gpointer
bakery_trace_model_get_item (GListModel *model,
                             guint       position)
{
  BakeryTraceModel *self = BAKERY_TRACE_MODEL (model);

  if (position >= self->n_items)
    return NULL;

  return bakery_trace_event_new (self->trace, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bakery_trace_model_get_item_type;
  iface->get_n_items = bakery_trace_model_get_n_items;
  iface->get_item = bakery_trace_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BakeryTraceModel, bakery_trace_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
bakery_trace_model_finalize (GObject *object)
{
  BakeryTraceModel *self = (BakeryTraceModel *)object;

  g_clear_pointer (&self->trace, bakery_trace_unref);

  G_OBJECT_CLASS (bakery_trace_model_parent_class)->finalize (object);
}

static void
bakery_trace_model_class_init (BakeryTraceModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bakery_trace_model_finalize;
}

static void
bakery_trace_model_init (BakeryTraceModel *self)
{
}

static void
bakery_trace_model_set_trace (BakeryTraceModel *self,
                              BakeryTrace      *trace)
{
  guint removed = self->n_items;

  g_clear_pointer (&self->trace, bakery_trace_unref);
  self->trace = trace ? bakery_trace_ref (trace) : NULL;
  self->n_items = trace ? (guint) MIN (js_trace_get_n_events (trace->trace), G_MAXUINT) : 0;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}

struct _BakeryRun
{
  GObject           parent_instance;

  GCancellable     *cancellable;
  BakeryTrace      *trace;
  BakeryTraceModel *events;
  char             *source;         /* the text the trace was recorded from */
  char             *error_message;
  int               error_line;
  int               error_column;
  JsRunStatus       status;
  JsHostProfile     host;
  guint             running : 1;
};

G_DEFINE_FINAL_TYPE (BakeryRun, bakery_run, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_TRACE,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char          *source;
  char          *filename;
  JsHostProfile  host;
} Job;

typedef struct
{
  JsTrace     *trace;
  JsRunStatus  status;
  char        *message;
  int          line;
  int          column;
} Outcome;

static void
job_free (Job *job)
{
  g_free (job->source);
  g_free (job->filename);
  g_free (job);
}

static void
outcome_free (Outcome *outcome)
{
  g_clear_pointer (&outcome->trace, js_trace_free);
  g_free (outcome->message);
  g_free (outcome);
}

static void
discard_output (JsState    *J,
                JsStream    stream,
                const char *text,
                gsize       length,
                gpointer    user_data)
{
  /* The trace records the console; nothing goes to our stdout. */
}

/**
 * bakery_run_script:
 * @source: the scenario
 * @host: the host profile
 * @filename: the name used in messages
 * @status: (out): how the run ended
 * @message: (out) (optional): the error message, or %NULL
 * @line: (out) (optional): the error's line, 0 when unknown
 * @column: (out) (optional): the error's column
 *
 * Runs @source with the budgets the app uses and records its trace.  Safe
 * to call from any thread: each call has its own engine.
 *
 * Returns: (transfer full) (nullable): the trace, or %NULL after a syntax
 *   error
 */
JsTrace *
bakery_run_script (const char     *source,
                   JsHostProfile   host,
                   const char     *filename,
                   JsRunStatus    *status,
                   char          **message,
                   int            *line,
                   int            *column)
{
  JsOptions options;
  JsState *J;
  JsTrace *trace = NULL;
  JsRunStatus run_status;
  int error_line = 0;
  int error_column = 0;

  g_return_val_if_fail (source != NULL, NULL);

  js_options_init (&options);
  options.host = host;
  options.record_trace = TRUE;
  options.max_steps = UI_MAX_STEPS;

  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  if (js_state_get_trace (J) != NULL)
    js_trace_set_max_events (js_state_get_trace (J), UI_MAX_EVENTS);

  run_status = js_state_run (J, source, strlen (source), filename ? filename : "scenario.js");

  if (run_status != JS_RUN_OK)
    js_state_get_error_position (J, &error_line, &error_column);

  if (message != NULL)
    *message = run_status != JS_RUN_OK ? g_strdup (js_state_get_error_message (J)) : NULL;

  if (run_status != JS_RUN_SYNTAX_ERROR)
    trace = js_state_steal_trace (J);

  js_state_free (J);

  if (status != NULL)
    *status = run_status;
  if (line != NULL)
    *line = error_line;
  if (column != NULL)
    *column = error_column;

  return trace;
}

static void
bakery_run_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Job *job = task_data;
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->trace = bakery_run_script (job->source, job->host, job->filename,
                                      &outcome->status, &outcome->message,
                                      &outcome->line, &outcome->column);

  g_task_return_pointer (task, outcome, (GDestroyNotify)outcome_free);
}

static void
bakery_run_set_running (BakeryRun *self,
                        gboolean   running)
{
  running = !!running;

  if (self->running != running)
    {
      self->running = running;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
}

static void
bakery_run_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  BakeryRun *self = (BakeryRun *)object;
  g_autofree char *source = user_data;
  Outcome *outcome;

  g_assert (BAKERY_IS_RUN (self));

  outcome = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Cancelled: a newer run replaced this one, or the run was dropped. */
  if (outcome == NULL)
    return;

  self->status = outcome->status;
  g_clear_pointer (&self->error_message, g_free);
  self->error_message = g_steal_pointer (&outcome->message);
  self->error_line = outcome->line;
  self->error_column = outcome->column;

  if (outcome->trace != NULL)
    {
      g_clear_pointer (&self->trace, bakery_trace_unref);
      self->trace = bakery_trace_new (g_steal_pointer (&outcome->trace));
      g_free (self->source);
      self->source = g_steal_pointer (&source);
      self->host = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (result), "host"));
      bakery_trace_model_set_trace (self->events, self->trace);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACE]);
    }

  outcome_free (outcome);

  bakery_run_set_running (self, FALSE);
  g_signal_emit (self, signals[FINISHED], 0);
}

/**
 * bakery_run_start:
 *
 * Runs @source in a thread, dropping any run still going.  #BakeryRun::finished
 * is emitted when it is done.
 */
void
bakery_run_start (BakeryRun     *self,
                  const char    *source,
                  JsHostProfile  host,
                  const char    *filename)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (BAKERY_IS_RUN (self));
  g_return_if_fail (source != NULL);

  bakery_run_cancel (self);

  self->cancellable = g_cancellable_new ();

  job = g_new0 (Job, 1);
  job->source = g_strdup (source);
  job->filename = g_strdup (filename);
  job->host = host;

  task = g_task_new (self, self->cancellable, bakery_run_done_cb, g_strdup (source));
  g_task_set_source_tag (task, bakery_run_start);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_object_set_data (G_OBJECT (task), "host", GINT_TO_POINTER (host));

  bakery_run_set_running (self, TRUE);
  g_task_run_in_thread (task, bakery_run_thread);
}

void
bakery_run_cancel (BakeryRun *self)
{
  g_return_if_fail (BAKERY_IS_RUN (self));

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }

  bakery_run_set_running (self, FALSE);
}

static void
bakery_run_dispose (GObject *object)
{
  BakeryRun *self = (BakeryRun *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bakery_run_parent_class)->dispose (object);
}

static void
bakery_run_finalize (GObject *object)
{
  BakeryRun *self = (BakeryRun *)object;

  g_clear_pointer (&self->trace, bakery_trace_unref);
  g_clear_object (&self->events);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (bakery_run_parent_class)->finalize (object);
}

static void
bakery_run_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BakeryRun *self = BAKERY_RUN (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_TRACE:
      g_value_set_pointer (value, self->trace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_run_class_init (BakeryRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bakery_run_dispose;
  object_class->finalize = bakery_run_finalize;
  object_class->get_property = bakery_run_get_property;

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * BakeryRun:trace:
   *
   * The #BakeryTrace of the last run that recorded one.
   */
  properties[PROP_TRACE] =
    g_param_spec_pointer ("trace", NULL, NULL,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BakeryRun::finished:
   *
   * A run ended, with or without a new trace: see the status and the
   * error message.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bakery_run_init (BakeryRun *self)
{
  self->events = g_object_new (BAKERY_TYPE_TRACE_MODEL, NULL);
  self->status = JS_RUN_OK;
}

BakeryRun *
bakery_run_new (void)
{
  return g_object_new (BAKERY_TYPE_RUN, NULL);
}

gboolean
bakery_run_get_running (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), FALSE);

  return self->running;
}

/**
 * bakery_run_get_trace:
 *
 * Returns: (transfer none) (nullable): the trace of the last run that
 *   recorded one
 */
BakeryTrace *
bakery_run_get_trace (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), NULL);

  return self->trace;
}

/**
 * bakery_run_get_events:
 *
 * Returns: (transfer none): the trace's events, as #BakeryTraceEvent items
 */
GListModel *
bakery_run_get_events (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), NULL);

  return G_LIST_MODEL (self->events);
}

JsHostProfile
bakery_run_get_host (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), JS_HOST_NODE);

  return self->host;
}

const char *
bakery_run_get_source (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), NULL);

  return self->source;
}

JsRunStatus
bakery_run_get_status (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), JS_RUN_OK);

  return self->status;
}

const char *
bakery_run_get_error_message (BakeryRun *self)
{
  g_return_val_if_fail (BAKERY_IS_RUN (self), NULL);

  return self->error_message;
}

void
bakery_run_get_error_position (BakeryRun *self,
                               int       *line,
                               int       *column)
{
  g_return_if_fail (BAKERY_IS_RUN (self));

  if (line != NULL)
    *line = self->error_line;
  if (column != NULL)
    *column = self->error_column;
}
