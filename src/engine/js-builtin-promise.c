/* js-builtin-promise.c: Promise objects, the Promise constructor and its
 * prototype (ECMAScript 2023, 27.2), and Await (27.7.5.3).
 *
 * The spec's operations are written step by step under their own names.  Two
 * shortcuts that no script can observe keep the common paths cheap:
 *
 *  - A capability for %Promise% itself (then(), Promise.resolve() …) has no
 *    resolving function objects: its promise is settled directly, and the
 *    promise's own `already_resolved` flag plays the [[AlreadyResolved]]
 *    record those functions would share.  Function objects are made only
 *    where a script can see them (the executor's arguments, a thenable's
 *    then() arguments, the combinators' reject function); the first pair
 *    made for a promise (the executor's, the combinators') shares the
 *    promise's flag too, later pairs (thenable jobs) get a record each.
 *  - SpeciesConstructor and PromiseResolve read `constructor` and
 *    @@species straight from the intrinsics' own properties when the Gets
 *    could run no script code (promise_get_constructor, get_species).
 *  - Await's continuation is a reaction of kind JS_JOB_AWAIT holding the
 *    suspended function, instead of two closures.
 *
 * Tick counts therefore match V8 exactly: every job the spec enqueues is
 * enqueued, in the same order.
 */
#include "js-internal.h"

/* A PromiseReaction pair (27.2.1.2): PerformPromiseThen always adds one
 * fulfil and one reject reaction with the same capability, so they are kept
 * together. */
typedef struct {
  JsValue capability_promise;   /* undefined: no capability */
  JsValue capability_resolve;   /* undefined: settle capability_promise directly */
  JsValue capability_reject;
  JsValue on_fulfilled;         /* callable or undefined (empty); AWAIT: the suspended function */
  JsValue on_rejected;
  guint8  kind;                 /* JS_JOB_PROMISE_REACTION or JS_JOB_AWAIT */
  guint32 trace_label;          /* AWAIT, traced: who awaits */
  guint32 trace_site;           /* traced: where then() or await was */
} PromiseReaction;

struct JsPromiseData {
  JsPromiseState state;
  gboolean is_handled;          /* [[PromiseIsHandled]] */
  gboolean already_resolved;    /* see the top comment */
  guint32 trace_id;
  JsValue result;               /* [[PromiseResult]] */
  PromiseReaction *reactions;   /* while pending: NULL, &first, or a g_malloc'd array */
  guint32 n_reactions;
  guint32 cap_reactions;
  PromiseReaction first;        /* most promises get a single then() */
};

/* A PromiseCapability record (27.2.1.1); resolve/reject undefined for the
 * direct form. */
typedef struct {
  JsValue promise;
  JsValue resolve;
  JsValue reject;
} PromiseCapability;

static void trigger_promise_reactions (JsState *J, JsPromiseData *data, JsValue argument, gboolean rejected);
static JsValue promise_get_species (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                    JsValue new_target, JsObject *callee);

/* ------------------------------------------------------------------------
 * The promise objects
 * ------------------------------------------------------------------------ */

static JsPromiseData *
promise_data (JsObject *promise)
{
  return promise->u.promise;
}

static gboolean
is_promise (JsValue v)
{
  return js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_PROMISE &&
         js_get_object (v)->u.promise != NULL;
}

/* Get(promise, "constructor"): a promise without own properties whose
 * [[Prototype]] is %Promise.prototype% finds that object's own data
 * property, and reading it directly runs no script (a getter, or a proxy
 * on the chain, takes the generic path). */
static JsValue
promise_get_constructor (JsState *J, JsValue promise)
{
  JsObject *obj = js_get_object (promise);

  if (obj->n_props == 0 && obj->proto == JS_INTRINSIC (J, PromisePrototype))
    {
      JsValue c = js_get_own_data (J, obj->proto, JS_KEY (J, constructor));
      if (!js_is_empty (c))
        return c;
    }
  return js_get (J, promise, JS_KEY (J, constructor));
}

/* Attaches pending-promise slots to a fresh object of class PROMISE. */
static void
promise_init_data (JsState *J, JsObject *obj)
{
  JsPromiseData *data = js_gc_buffer_new (J, sizeof (JsPromiseData));

  data->state = JS_PROMISE_PENDING;
  data->result = JS_UNDEFINED;
  obj->u.promise = data;
  js_gc_account (J, sizeof *data);
  if (J->trace != NULL)
    data->trace_id = js_trace_promise_new (J);
}

JsObject *
js_promise_new (JsState *J)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_PROMISE, JS_INTRINSIC (J, PromisePrototype));

  promise_init_data (J, obj);
  return obj;
}

void
js_promise_data_mark (JsState *J, JsPromiseData *data)
{
  js_gc_mark_value (J, data->result);
  for (guint32 i = 0; i < data->n_reactions; i++)
    {
      PromiseReaction *r = &data->reactions[i];
      js_gc_mark_value (J, r->capability_promise);
      js_gc_mark_value (J, r->capability_resolve);
      js_gc_mark_value (J, r->capability_reject);
      js_gc_mark_value (J, r->on_fulfilled);
      js_gc_mark_value (J, r->on_rejected);
    }
}

/* The bytes of a reaction array outside the data (accounted separately). */
static gsize
external_reactions_bytes (const JsPromiseData *data)
{
  if (data->reactions == NULL || data->reactions == &data->first)
    return 0;
  return data->cap_reactions * sizeof (PromiseReaction);
}

static void
free_reactions (JsState *J, JsPromiseData *data)
{
  js_gc_account (J, -(gssize) external_reactions_bytes (data));
  if (data->reactions != &data->first)
    g_free (data->reactions);
  data->reactions = NULL;
  data->n_reactions = data->cap_reactions = 0;
}

void
js_promise_data_free (JsState *J, JsPromiseData *data)
{
  free_reactions (J, data);
  js_gc_account (J, -(gssize) sizeof *data);
  js_gc_buffer_free (J, data, sizeof *data);
}

JsPromiseState
js_promise_get_state (JsObject *promise, JsValue *result)
{
  JsPromiseData *data = promise_data (promise);

  if (result != NULL)
    *result = data->state == JS_PROMISE_PENDING ? JS_UNDEFINED : data->result;
  return data->state;
}

/* [[PromiseIsHandled]]. */
gboolean
js_promise_is_handled (JsObject *promise)
{
  return promise_data (promise)->is_handled;
}

static void
append_reaction (JsState *J, JsPromiseData *data, const PromiseReaction *reaction)
{
  if (data->reactions == NULL)
    {
      data->reactions = &data->first;
      data->cap_reactions = 1;
    }
  else if (data->n_reactions == data->cap_reactions)
    {
      guint32 cap = MAX (4, data->cap_reactions * 2);
      gsize old_bytes = external_reactions_bytes (data);
      PromiseReaction *reactions = g_new (PromiseReaction, cap);

      memcpy (reactions, data->reactions, data->n_reactions * sizeof (PromiseReaction));
      if (data->reactions != &data->first)
        g_free (data->reactions);
      data->reactions = reactions;
      data->cap_reactions = cap;
      js_gc_account (J, (gssize) (cap * sizeof (PromiseReaction) - old_bytes));
    }
  data->reactions[data->n_reactions++] = *reaction;
}

/* ------------------------------------------------------------------------
 * Settling (27.2.1.4, 27.2.1.7, 27.2.1.8)
 * ------------------------------------------------------------------------ */

/* FulfillPromise (27.2.1.4) */
static void
fulfill_promise (JsState *J, JsObject *promise, JsValue value)
{
  JsPromiseData *data = promise_data (promise);

  /* 1. Assert: promise.[[PromiseState]] is pending. */
  g_assert (data->state == JS_PROMISE_PENDING);
  /* 2–6. Record the value, drop the reactions, change the state. */
  data->result = value;
  data->state = JS_PROMISE_FULFILLED;
  if (J->trace != NULL)
    js_trace_promise_settle (J, data->trace_id, FALSE, value);
  /* 7. TriggerPromiseReactions(reactions, value). */
  trigger_promise_reactions (J, data, value, FALSE);
}

/* RejectPromise (27.2.1.7) */
static void
reject_promise (JsState *J, JsObject *promise, JsValue reason)
{
  JsPromiseData *data = promise_data (promise);

  g_assert (data->state == JS_PROMISE_PENDING);
  data->result = reason;
  data->state = JS_PROMISE_REJECTED;
  if (J->trace != NULL)
    js_trace_promise_settle (J, data->trace_id, TRUE, reason);
  /* 7. If promise.[[PromiseIsHandled]] is false, perform
   *    HostPromiseRejectionTracker(promise, "reject"). */
  if (!data->is_handled)
    js_host_promise_rejection_tracker (J, promise, FALSE);
  /* 8. TriggerPromiseReactions(reactions, reason). */
  trigger_promise_reactions (J, data, reason, TRUE);
}

/* NewPromiseReactionJob (27.2.2.1) for one reaction of the pair, enqueued
 * by HostEnqueuePromiseJob. */
static void
enqueue_reaction_job (JsState *J, const PromiseReaction *reaction, JsValue argument, gboolean rejected)
{
  JsJob job = {
    .kind = reaction->kind,
    .rejected = rejected,
    .handler = rejected ? reaction->on_rejected : reaction->on_fulfilled,
    .argument = argument,
    .promise = reaction->capability_promise,
    .resolve = reaction->capability_resolve,
    .reject = reaction->capability_reject,
    .trace_label = reaction->trace_label,
    .trace_site = reaction->trace_site,
  };
  js_enqueue_job (J, &job);
}

/* TriggerPromiseReactions (27.2.1.8): one job per reaction, in the order
 * the reactions were added.  The list is taken off the promise first: the
 * spec sets [[PromiseFulfillReactions]] to undefined before triggering. */
static void
trigger_promise_reactions (JsState *J, JsPromiseData *data, JsValue argument, gboolean rejected)
{
  /* The jobs hold every value the reactions held, so nothing the array
   * references is lost when it goes; enqueuing runs no script and
   * allocates nothing the GC could collect in between (allocation never
   * collects), so the list stays as it is until it is dropped. */
  for (guint32 i = 0; i < data->n_reactions; i++)
    enqueue_reaction_job (J, &data->reactions[i], argument, rejected);
  free_reactions (J, data);
}

/* ------------------------------------------------------------------------
 * Resolving functions (27.2.1.3)
 * ------------------------------------------------------------------------ */

/* NewPromiseResolveThenableJob (27.2.2.2), enqueued. */
static void
enqueue_resolve_thenable_job (JsState *J, JsObject *promise, JsValue thenable, JsValue then)
{
  JsJob job = {
    .kind = JS_JOB_THENABLE,
    .handler = then,
    .argument = thenable,
    .promise = js_object_value (promise),
    .resolve = JS_UNDEFINED,
    .reject = JS_UNDEFINED,
  };
  js_enqueue_job (J, &job);
}

/* The body of a promise resolve function (27.2.1.3.2) after the
 * [[AlreadyResolved]] check, steps 7–16. */
static void
resolve_promise (JsState *J, JsObject *promise, JsValue resolution)
{
  JsValue then_action;
  JsTryPoint tp;

  /* 7. If SameValue(resolution, promise) is true, reject with a TypeError. */
  if (js_is_object (resolution) && js_get_object (resolution) == promise)
    {
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Chaining cycle detected for promise #<Promise>");
      reject_promise (J, promise, js_object_value (error));
      return;
    }
  /* 8. If resolution is not an Object, fulfil with it. */
  if (!js_is_object (resolution))
    {
      fulfill_promise (J, promise, resolution);
      return;
    }
  /* 9. Let then be Completion(Get(resolution, "then")).
   * 10. If it is abrupt, reject with its value. */
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      then_action = js_get (J, resolution, JS_KEY (J, then));
      js_try_end (J, &tp);
    }
  else
    {
      if (J->terminating)
        js_throw (J, J->exception);
      reject_promise (J, promise, J->exception);
      return;
    }
  /* 12. If IsCallable(thenAction) is false, fulfil with resolution. */
  if (!js_is_callable (then_action))
    {
      fulfill_promise (J, promise, resolution);
      return;
    }
  /* 13–15. A job calls then(resolve, reject) later. */
  enqueue_resolve_thenable_job (J, promise, resolution, then_action);
}

/* The [[AlreadyResolved]] record two resolving functions share, with their
 * [[Promise]]. */
typedef struct {
  JsGcInternal base;
  JsObject *promise;
  gboolean already_resolved;
} ResolvingRecord;

static void
resolving_record_mark (JsState *J, JsGcInternal *self)
{
  js_gc_mark_thing (J, (JsGc *) ((ResolvingRecord *) self)->promise);
}

static const JsGcInternalClass resolving_record_class = {
  "PromiseResolvingRecord", resolving_record_mark, NULL,
};

static ResolvingRecord *
captured_record (JsObject *callee)
{
  return (ResolvingRecord *) js_get_pointer (js_native_captures (callee)[0]);
}

/* Promise Resolve Functions (27.2.1.3.2) */
static JsValue
promise_resolve_function (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  ResolvingRecord *record = captured_record (callee);

  /* 5–6. */
  if (record->already_resolved)
    return JS_UNDEFINED;
  record->already_resolved = TRUE;
  resolve_promise (J, record->promise, js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* Promise Reject Functions (27.2.1.3.1) */
static JsValue
promise_reject_function (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  ResolvingRecord *record = captured_record (callee);

  if (record->already_resolved)
    return JS_UNDEFINED;
  record->already_resolved = TRUE;
  reject_promise (J, record->promise, js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* CreateResolvingFunctions (27.2.1.3) */
static void
create_resolving_functions (JsState *J, JsObject *promise, JsValue *resolve, JsValue *reject)
{
  ResolvingRecord *record;
  JsObject *resolve_fn, *reject_fn;

  /* 1. Let alreadyResolved be the Record { [[Value]]: false }. */
  record = (ResolvingRecord *) js_gc_alloc_internal (J, &resolving_record_class, sizeof *record);
  record->promise = promise;
  /* 2–9. Anonymous built-in functions of length 1 (name ""). */
  resolve_fn = js_native_function_new (J, "", 1, promise_resolve_function, 1);
  js_native_captures (resolve_fn)[0] = js_internal_value (&record->base.gc);
  reject_fn = js_native_function_new (J, "", 1, promise_reject_function, 1);
  js_native_captures (reject_fn)[0] = js_internal_value (&record->base.gc);
  *resolve = js_object_value (resolve_fn);
  *reject = js_object_value (reject_fn);
}

/* The direct form of the resolving functions, for builtin promises no
 * function object was made for (see the top comment). */
void
js_promise_resolve_with (JsState *J, JsObject *promise, JsValue resolution)
{
  JsPromiseData *data = promise_data (promise);

  if (data->already_resolved)
    return;
  data->already_resolved = TRUE;
  resolve_promise (J, promise, resolution);
}

void
js_promise_reject_with (JsState *J, JsObject *promise, JsValue reason)
{
  JsPromiseData *data = promise_data (promise);

  if (data->already_resolved)
    return;
  data->already_resolved = TRUE;
  reject_promise (J, promise, reason);
}

/* IfAbruptRejectPromise, after a try point caught a throw: a termination
 * (a budget ran out) goes on up, anything else rejects @promise. */
void
js_promise_reject_caught (JsState *J, JsObject *promise)
{
  if (J->terminating)
    js_throw (J, J->exception);
  js_promise_reject_with (J, promise, J->exception);
}

/* Function objects for the direct form, when a script is about to see them
 * (the combinators pass the reject function to then()). */
static JsValue
direct_resolve_function (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  js_promise_resolve_with (J, js_get_object (js_native_captures (callee)[0]), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

static JsValue
direct_reject_function (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  js_promise_reject_with (J, js_get_object (js_native_captures (callee)[0]), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* CreateResolvingFunctions (27.2.1.3) for a promise whose own
 * already_resolved flag nothing else uses (a promise made by the direct
 * form or by the Promise constructor): the flag is the functions'
 * [[AlreadyResolved]] record, so they need no record of their own. */
static void
create_direct_resolving_functions (JsState *J, JsObject *promise, JsValue *resolve, JsValue *reject)
{
  JsObject *fn;

  fn = js_native_function_new (J, "", 1, direct_resolve_function, 1);
  js_native_captures (fn)[0] = js_object_value (promise);
  *resolve = js_object_value (fn);
  fn = js_native_function_new (J, "", 1, direct_reject_function, 1);
  js_native_captures (fn)[0] = js_object_value (promise);
  *reject = js_object_value (fn);
}

static void
capability_materialize (JsState *J, PromiseCapability *capability)
{
  if (js_is_undefined (capability->resolve))
    create_direct_resolving_functions (J, js_get_object (capability->promise),
                                       &capability->resolve, &capability->reject);
}

/* Call(capability.[[Resolve]] / [[Reject]], undefined, « value »). */
static void
capability_settle (JsState *J, JsValue promise, JsValue resolve, JsValue reject, gboolean rejected, JsValue value)
{
  if (js_is_undefined (resolve))
    {
      if (rejected)
        js_promise_reject_with (J, js_get_object (promise), value);
      else
        js_promise_resolve_with (J, js_get_object (promise), value);
      return;
    }
  js_call (J, rejected ? reject : resolve, JS_UNDEFINED, 1, &value);
}

static void
capability_resolve (JsState *J, const PromiseCapability *capability, JsValue value)
{
  capability_settle (J, capability->promise, capability->resolve, capability->reject, FALSE, value);
}

static void
capability_reject (JsState *J, const PromiseCapability *capability, JsValue reason)
{
  capability_settle (J, capability->promise, capability->resolve, capability->reject, TRUE, reason);
}

/* ------------------------------------------------------------------------
 * NewPromiseCapability (27.2.1.5)
 * ------------------------------------------------------------------------ */

/* GetCapabilitiesExecutor Functions (27.2.1.5.1): captures[0..1] are the
 * promiseCapability's [[Resolve]] and [[Reject]]. */
static JsValue
get_capabilities_executor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);

  /* 4–5. */
  if (!js_is_undefined (captures[0]))
    js_throw_type_error (J, "Promise executor has already been invoked with non-undefined arguments");
  if (!js_is_undefined (captures[1]))
    js_throw_type_error (J, "Promise executor has already been invoked with non-undefined arguments");
  /* 6–7. */
  captures[0] = js_arg (argc, argv, 0);
  captures[1] = js_arg (argc, argv, 1);
  return JS_UNDEFINED;
}

static void
new_promise_capability (JsState *J, JsValue c, PromiseCapability *capability)
{
  JsObject *executor;
  JsValue promise, executor_value;

  /* Constructing %Promise% cannot be observed: take the direct form. */
  if (js_is_object (c) && js_get_object (c) == JS_INTRINSIC (J, Promise))
    {
      capability->promise = js_object_value (js_promise_new (J));
      capability->resolve = capability->reject = JS_UNDEFINED;
      return;
    }
  /* 1. If IsConstructor(C) is false, throw a TypeError. */
  if (!js_is_constructor (c))
    {
      char *what = js_value_describe_for_message (J, c);
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "%s is not a constructor", what);
      g_free (what);
      js_throw (J, js_object_value (error));
    }
  /* 3–6. */
  executor = js_native_function_new (J, "", 2, get_capabilities_executor, 2);
  js_native_captures (executor)[0] = JS_UNDEFINED;
  js_native_captures (executor)[1] = JS_UNDEFINED;
  executor_value = js_object_value (executor);
  promise = js_construct (J, c, 1, &executor_value, c);
  /* 7–8. */
  if (!js_is_callable (js_native_captures (executor)[0]) ||
      !js_is_callable (js_native_captures (executor)[1]))
    js_throw_type_error (J, "Promise resolve or reject function is not callable");
  capability->promise = promise;
  capability->resolve = js_native_captures (executor)[0];
  capability->reject = js_native_captures (executor)[1];
}

/* ------------------------------------------------------------------------
 * PerformPromiseThen (27.2.5.4.1) and PromiseResolve (27.2.4.7.1)
 * ------------------------------------------------------------------------ */

static void
perform_promise_then (JsState *J, JsObject *promise, JsValue on_fulfilled, JsValue on_rejected,
                      const PromiseCapability *capability, JsJobKind kind)
{
  JsPromiseData *data = promise_data (promise);
  PromiseReaction reaction;

  /* 3–6. A handler that is not callable is "empty". */
  if (kind == JS_JOB_PROMISE_REACTION)
    {
      if (!js_is_callable (on_fulfilled))
        on_fulfilled = JS_UNDEFINED;
      if (!js_is_callable (on_rejected))
        on_rejected = JS_UNDEFINED;
    }
  reaction.kind = kind;
  reaction.trace_label = kind == JS_JOB_AWAIT && J->trace != NULL ? js_trace_frame_label (J) : 0;
  reaction.trace_site = J->trace != NULL ? js_trace_site (J) : 0;
  reaction.on_fulfilled = on_fulfilled;
  reaction.on_rejected = on_rejected;
  if (capability != NULL)
    {
      reaction.capability_promise = capability->promise;
      reaction.capability_resolve = capability->resolve;
      reaction.capability_reject = capability->reject;
    }
  else
    reaction.capability_promise = reaction.capability_resolve = reaction.capability_reject = JS_UNDEFINED;

  switch (data->state)
    {
    case JS_PROMISE_PENDING:
      /* 9. Append both reactions. */
      append_reaction (J, data, &reaction);
      break;
    case JS_PROMISE_FULFILLED:
      /* 10. Enqueue the fulfil reaction's job now. */
      enqueue_reaction_job (J, &reaction, data->result, FALSE);
      break;
    case JS_PROMISE_REJECTED:
      /* 11. A handler arrives for a rejection nobody handled yet. */
      if (!data->is_handled)
        js_host_promise_rejection_tracker (J, promise, TRUE);
      enqueue_reaction_job (J, &reaction, data->result, TRUE);
      break;
    }
  /* 12. Set promise.[[PromiseIsHandled]] to true. */
  data->is_handled = TRUE;
}

void
js_perform_promise_then (JsState *J, JsObject *promise, JsValue on_fulfilled, JsValue on_rejected, JsObject *result)
{
  PromiseCapability capability;

  if (result == NULL)
    {
      perform_promise_then (J, promise, on_fulfilled, on_rejected, NULL, JS_JOB_PROMISE_REACTION);
      return;
    }
  capability.promise = js_object_value (result);
  capability.resolve = capability.reject = JS_UNDEFINED;
  perform_promise_then (J, promise, on_fulfilled, on_rejected, &capability, JS_JOB_PROMISE_REACTION);
}

/* PromiseResolve (27.2.4.7.1) */
static JsValue
promise_resolve (JsState *J, JsValue c, JsValue x)
{
  PromiseCapability capability;

  /* 1. If IsPromise(x), and x.constructor is C, return x. */
  if (is_promise (x))
    {
      JsValue x_constructor = promise_get_constructor (J, x);
      if (js_same_value (x_constructor, c))
        return x;
    }
  /* 2–4. */
  new_promise_capability (J, c, &capability);
  capability_resolve (J, &capability, x);
  return capability.promise;
}

JsObject *
js_promise_resolve_value (JsState *J, JsValue value)
{
  return js_get_object (promise_resolve (J, js_object_value (JS_INTRINSIC (J, Promise)), value));
}

/* Await (27.7.5.3), steps 2–9: the continuation is one reaction pair of
 * kind AWAIT on the awaited promise. */
void
js_await (JsState *J, JsObject *suspended, JsValue value)
{
  JsObject *promise = js_promise_resolve_value (J, value);
  JsValue target = js_object_value (suspended);

  perform_promise_then (J, promise, target, target, NULL, JS_JOB_AWAIT);
}

/* ------------------------------------------------------------------------
 * The jobs (27.2.2)
 * ------------------------------------------------------------------------ */

/* NewPromiseReactionJob's Job Abstract Closure (27.2.2.1). */
static void
run_reaction_job (JsState *J, JsJob *job)
{
  volatile gboolean abrupt = FALSE;
  volatile JsValue handler_result = job->argument;
  JsTryPoint tp;

  /* 4–6. An empty handler passes the argument on; otherwise call it. */
  if (js_is_undefined (job->handler))
    abrupt = job->rejected;
  else
    {
      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          if (J->trace != NULL)
            js_trace_set_frame_reason (J, JS_TRACE_REASON_MICROTASK);
          handler_result = js_call (J, job->handler, JS_UNDEFINED, 1, &job->argument);
          js_try_end (J, &tp);
        }
      else
        {
          if (J->terminating)
            js_throw (J, J->exception);
          abrupt = TRUE;
          handler_result = J->exception;
        }
    }
  /* 7. No capability: the handler's result goes nowhere.  A throw there
   *    would be an engine bug (the spec asserts it cannot happen); report it
   *    rather than lose it. */
  if (js_is_undefined (job->promise))
    {
      if (abrupt && !js_is_undefined (job->handler))
        js_host_report_exception (J, handler_result);
      return;
    }
  /* 8–9. */
  capability_settle (J, job->promise, job->resolve, job->reject, abrupt, handler_result);
}

/* NewPromiseResolveThenableJob's Job Abstract Closure (27.2.2.2). */
static void
run_thenable_job (JsState *J, JsJob *job)
{
  JsValue args[2];
  JsTryPoint tp;

  /* 1. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
   *    The job's unused fields keep them alive while then() runs. */
  create_resolving_functions (J, js_get_object (job->promise), &job->resolve, &job->reject);
  args[0] = job->resolve;
  args[1] = job->reject;
  /* 2. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject »)). */
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (J->trace != NULL)
        js_trace_set_frame_reason (J, JS_TRACE_REASON_MICROTASK);
      js_call (J, job->handler, job->argument, 2, args);
      js_try_end (J, &tp);
    }
  else
    {
      JsValue error = J->exception;
      if (J->terminating)
        js_throw (J, error);
      /* 3. If it is abrupt, Call(resolvingFunctions.[[Reject]], undefined, « error »). */
      js_call (J, job->reject, JS_UNDEFINED, 1, &error);
    }
}

void
js_promise_run_job (JsState *J, JsJob *job)
{
  switch ((JsJobKind) job->kind)
    {
    case JS_JOB_PROMISE_REACTION:
      run_reaction_job (J, job);
      break;
    case JS_JOB_AWAIT:
      /* Await's onFulfilled / onRejected closures (27.7.5.3 steps 3–6). */
      if (J->trace != NULL)
        js_trace_set_frame_reason (J, JS_TRACE_REASON_MICROTASK);
      js_generator_resume (J, js_get_object (job->handler),
                           job->rejected ? JS_RESUME_THROW : JS_RESUME_NEXT, job->argument);
      break;
    case JS_JOB_THENABLE:
      run_thenable_job (J, job);
      break;
    case JS_JOB_CALLBACK:
      g_assert_not_reached ();
    }
}

/* ------------------------------------------------------------------------
 * The Promise constructor (27.2.3)
 * ------------------------------------------------------------------------ */

static JsValue
promise_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue executor = js_arg (argc, argv, 0);
  JsValue args[2];
  JsObject *promise;
  JsTryPoint tp;

  /* 1. If NewTarget is undefined, throw a TypeError. */
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Promise constructor cannot be invoked without 'new'");
  /* 2. If IsCallable(executor) is false, throw a TypeError. */
  if (!js_is_callable (executor))
    {
      char *what = js_value_describe_for_message (J, executor);
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Promise resolver %s is not a function", what);
      g_free (what);
      js_throw (J, js_object_value (error));
    }
  /* 3–7. */
  promise = js_create_from_constructor (J, new_target, JS_CLASS_PROMISE, JS_INTRINSIC (J, PromisePrototype));
  promise_init_data (J, promise);
  /* 8. Let resolvingFunctions be CreateResolvingFunctions(promise).  The
   *    promise is new: its own flag can be the record. */
  create_direct_resolving_functions (J, promise, &args[0], &args[1]);
  /* 9. Let completion be Completion(Call(executor, undefined, « resolve, reject »)). */
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_call (J, executor, JS_UNDEFINED, 2, args);
      js_try_end (J, &tp);
    }
  else
    {
      JsValue error = J->exception;
      if (J->terminating)
        js_throw (J, error);
      /* 10. If completion is abrupt, Call(resolvingFunctions.[[Reject]], undefined, « completion.[[Value]] »). */
      js_call (J, args[1], JS_UNDEFINED, 1, &error);
    }
  return js_object_value (promise);
}

/* ------------------------------------------------------------------------
 * Promise.prototype (27.2.5)
 * ------------------------------------------------------------------------ */

/* Get(C, @@species).  On %Promise% with its own @@species still the
 * builtin getter (which returns its receiver), calling it is unobservable. */
static JsValue
get_species (JsState *J, JsValue c)
{
  if (js_get_object (c) == JS_INTRINSIC (J, Promise))
    {
      JsPropertyDescriptor desc;
      if (js_get_own_property (J, js_get_object (c), JS_SYMBOL_KEY (J, species), &desc) &&
          (desc.flags & JS_PROP_ACCESSOR) && js_is_object (desc.getter) &&
          js_get_object (desc.getter)->class_id == JS_CLASS_NATIVE_FUNCTION &&
          js_get_object (desc.getter)->u.native.fn == promise_get_species)
        return c;
    }
  return js_get (J, c, JS_SYMBOL_KEY (J, species));
}

/* SpeciesConstructor (7.3.22) */
static JsValue
species_constructor (JsState *J, JsValue o, JsValue default_constructor)
{
  JsValue c = is_promise (o) ? promise_get_constructor (J, o) : js_get (J, o, JS_KEY (J, constructor));
  JsValue s;

  if (js_is_undefined (c))
    return default_constructor;
  if (!js_is_object (c))
    js_throw_type_error (J, "The .constructor property is not an object");
  s = get_species (J, c);
  if (js_is_nullish (s))
    return default_constructor;
  if (js_is_constructor (s))
    return s;
  js_throw_type_error (J, "object.constructor[Symbol.species] is not a constructor");
}

static G_GNUC_NORETURN void
throw_incompatible_receiver (JsState *J, const char *method, JsValue receiver)
{
  char *what = js_value_describe_for_message (J, receiver);
  JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Method %s called on incompatible receiver %s", method, what);
  g_free (what);
  js_throw (J, js_object_value (error));
}

/* Promise.prototype.then (27.2.5.4) */
static JsValue
promise_proto_then (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  PromiseCapability capability;
  JsValue c;

  /* 1–2. */
  if (!is_promise (this_value))
    throw_incompatible_receiver (J, "Promise.prototype.then", this_value);
  /* 3–4. */
  c = species_constructor (J, this_value, js_object_value (JS_INTRINSIC (J, Promise)));
  new_promise_capability (J, c, &capability);
  /* 5. */
  perform_promise_then (J, js_get_object (this_value), js_arg (argc, argv, 0), js_arg (argc, argv, 1),
                        &capability, JS_JOB_PROMISE_REACTION);
  return capability.promise;
}

/* Promise.prototype.catch (27.2.5.1) */
static JsValue
promise_proto_catch (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue args[2] = { JS_UNDEFINED, js_arg (argc, argv, 0) };

  return js_invoke (J, this_value, JS_KEY (J, then), 2, args);
}

/* Promise.prototype.finally (27.2.5.3): the closures.  thenFinally and
 * catchFinally capture « onFinally, C »; the thunks capture the value. */
static JsValue
value_thunk (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  return js_native_captures (callee)[0];
}

static JsValue
thrower (JsState *J, JsValue this_value, int argc, const JsValue *argv,
         JsValue new_target, JsObject *callee)
{
  js_throw (J, js_native_captures (callee)[0]);
}

static JsValue
finally_reaction (JsState *J, JsObject *callee, JsValue value, JsNativeFn thunk_fn)
{
  JsValue *captures = js_native_captures (callee);
  JsValue result, promise, thunk_value;
  JsObject *thunk;

  /* i. Let result be ? Call(onFinally, undefined). */
  result = js_call (J, captures[0], JS_UNDEFINED, 0, NULL);
  /* ii. Let p be ? PromiseResolve(C, result). */
  promise = promise_resolve (J, captures[1], result);
  /* iii–iv. A closure that returns the value (or throws the reason). */
  thunk = js_native_function_new (J, "", 0, thunk_fn, 1);
  js_native_captures (thunk)[0] = value;
  thunk_value = js_object_value (thunk);
  /* v. Return ? Invoke(p, "then", « valueThunk »). */
  return js_invoke (J, promise, JS_KEY (J, then), 1, &thunk_value);
}

static JsValue
then_finally (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  return finally_reaction (J, callee, js_arg (argc, argv, 0), value_thunk);
}

static JsValue
catch_finally (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  return finally_reaction (J, callee, js_arg (argc, argv, 0), thrower);
}

static JsValue
promise_proto_finally (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsValue on_finally = js_arg (argc, argv, 0);
  JsValue c, args[2];

  /* 1–2. */
  if (!js_is_object (this_value))
    js_throw_type_error (J, "Promise.prototype.finally called on non-object");
  /* 3–4. */
  c = species_constructor (J, this_value, js_object_value (JS_INTRINSIC (J, Promise)));
  /* 5–6. */
  if (!js_is_callable (on_finally))
    args[0] = args[1] = on_finally;
  else
    {
      JsObject *fn = js_native_function_new (J, "", 1, then_finally, 2);
      js_native_captures (fn)[0] = on_finally;
      js_native_captures (fn)[1] = c;
      args[0] = js_object_value (fn);
      fn = js_native_function_new (J, "", 1, catch_finally, 2);
      js_native_captures (fn)[0] = on_finally;
      js_native_captures (fn)[1] = c;
      args[1] = js_object_value (fn);
    }
  /* 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »). */
  return js_invoke (J, this_value, JS_KEY (J, then), 2, args);
}

/* ------------------------------------------------------------------------
 * Promise.resolve, Promise.reject (27.2.4.7, 27.2.4.6)
 * ------------------------------------------------------------------------ */

static JsValue
promise_static_resolve (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  if (!js_is_object (this_value))
    js_throw_type_error (J, "PromiseResolve called on non-object");
  return promise_resolve (J, this_value, js_arg (argc, argv, 0));
}

static JsValue
promise_static_reject (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  PromiseCapability capability;

  if (!js_is_object (this_value))
    js_throw_type_error (J, "PromiseReject called on non-object");
  new_promise_capability (J, this_value, &capability);
  capability_reject (J, &capability, js_arg (argc, argv, 0));
  return capability.promise;
}

/* ------------------------------------------------------------------------
 * The combinators: all, allSettled, any, race (27.2.4.1–5)
 * ------------------------------------------------------------------------ */

typedef enum { COMBINE_ALL, COMBINE_ALL_SETTLED, COMBINE_ANY, COMBINE_RACE } Combinator;

/* What the element functions of one combinator call share: the values (or
 * errors) list, the remainingElementsCount record and the capability. */
typedef struct {
  JsGcInternal base;
  JsObject *values;
  double remaining;
  PromiseCapability capability;
} CombinatorRecord;

static void
combinator_record_mark (JsState *J, JsGcInternal *self)
{
  CombinatorRecord *record = (CombinatorRecord *) self;

  js_gc_mark_thing (J, (JsGc *) record->values);
  js_gc_mark_value (J, record->capability.promise);
  js_gc_mark_value (J, record->capability.resolve);
  js_gc_mark_value (J, record->capability.reject);
}

static const JsGcInternalClass combinator_record_class = {
  "PromiseCombinatorRecord", combinator_record_mark, NULL,
};

/* An [[AlreadyCalled]] record, shared by allSettled's pair of functions. */
static const JsGcInternalClass already_called_class = {
  "PromiseAlreadyCalled", resolving_record_mark, NULL,
};

/* Element functions capture « record, index, alreadyCalled ». */
enum { ELEMENT_RECORD, ELEMENT_INDEX, ELEMENT_CALLED, N_ELEMENT_CAPTURES };

static gboolean
element_already_called (JsObject *callee)
{
  ResolvingRecord *called = (ResolvingRecord *) js_get_pointer (js_native_captures (callee)[ELEMENT_CALLED]);

  if (called->already_resolved)
    return TRUE;
  called->already_resolved = TRUE;
  return FALSE;
}

static void
element_store (JsState *J, JsObject *callee, JsValue value)
{
  CombinatorRecord *record = (CombinatorRecord *) js_get_pointer (js_native_captures (callee)[ELEMENT_RECORD]);
  guint32 index = (guint32) js_get_number (js_native_captures (callee)[ELEMENT_INDEX]);

  js_set_index (J, js_object_value (record->values), index, value);
}

/* Decrements remainingElementsCount; TRUE when it reached 0. */
static gboolean
element_count_down (JsObject *callee)
{
  CombinatorRecord *record = (CombinatorRecord *) js_get_pointer (js_native_captures (callee)[ELEMENT_RECORD]);

  record->remaining -= 1;
  return record->remaining == 0;
}

static CombinatorRecord *
element_record (JsObject *callee)
{
  return (CombinatorRecord *) js_get_pointer (js_native_captures (callee)[ELEMENT_RECORD]);
}

/* CreateArrayFromList(values): a copy, as the spec makes a new array. */
static JsValue
values_to_array (JsState *J, JsObject *values)
{
  guint32 n = js_array_length (values);
  JsObject *array = js_array_new (J, n);

  for (guint32 i = 0; i < n; i++)
    js_array_push (J, array, js_get_index (J, js_object_value (values), i));
  return js_object_value (array);
}

/* Promise.all Resolve Element Functions (27.2.4.1.3) */
static JsValue
all_resolve_element (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  if (element_already_called (callee))
    return JS_UNDEFINED;
  element_store (J, callee, js_arg (argc, argv, 0));
  if (element_count_down (callee))
    {
      CombinatorRecord *record = element_record (callee);
      capability_resolve (J, &record->capability, values_to_array (J, record->values));
    }
  return JS_UNDEFINED;
}

/* Promise.allSettled Resolve / Reject Element Functions (27.2.4.2.2–3) */
static JsValue
all_settled_element (JsState *J, JsObject *callee, JsValue x, gboolean rejected)
{
  JsObject *obj;

  if (element_already_called (callee))
    return JS_UNDEFINED;
  obj = js_plain_object_new (J);
  js_define_value (J, obj, JS_KEY (J, status),
                   rejected ? JS_KEY (J, rejected) : JS_KEY (J, fulfilled), JS_PROP_DEFAULT);
  js_define_value (J, obj, rejected ? JS_KEY (J, reason) : JS_KEY (J, value), x, JS_PROP_DEFAULT);
  element_store (J, callee, js_object_value (obj));
  if (element_count_down (callee))
    {
      CombinatorRecord *record = element_record (callee);
      capability_resolve (J, &record->capability, values_to_array (J, record->values));
    }
  return JS_UNDEFINED;
}

static JsValue
all_settled_resolve_element (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                             JsValue new_target, JsObject *callee)
{
  return all_settled_element (J, callee, js_arg (argc, argv, 0), FALSE);
}

static JsValue
all_settled_reject_element (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                            JsValue new_target, JsObject *callee)
{
  return all_settled_element (J, callee, js_arg (argc, argv, 0), TRUE);
}

static JsValue
aggregate_error (JsState *J, JsObject *errors)
{
  JsObject *error = js_error_new_utf8 (J, JS_AGGREGATE_ERROR, "All promises were rejected");

  js_define_value (J, error, JS_KEY (J, errors), values_to_array (J, errors), JS_PROP_HIDDEN);
  return js_object_value (error);
}

/* Promise.any Reject Element Functions (27.2.4.3.2) */
static JsValue
any_reject_element (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  if (element_already_called (callee))
    return JS_UNDEFINED;
  element_store (J, callee, js_arg (argc, argv, 0));
  if (element_count_down (callee))
    {
      CombinatorRecord *record = element_record (callee);
      capability_reject (J, &record->capability, aggregate_error (J, record->values));
    }
  return JS_UNDEFINED;
}

static JsObject *
new_element_function (JsState *J, JsNativeFn fn, CombinatorRecord *record, guint32 index, JsValue called)
{
  JsObject *f = js_native_function_new (J, "", 1, fn, N_ELEMENT_CAPTURES);
  JsValue *captures = js_native_captures (f);

  captures[ELEMENT_RECORD] = js_internal_value (&record->base.gc);
  captures[ELEMENT_INDEX] = js_number (index);
  captures[ELEMENT_CALLED] = called;
  return f;
}

static JsValue
new_already_called (JsState *J)
{
  ResolvingRecord *called = (ResolvingRecord *) js_gc_alloc_internal (J, &already_called_class, sizeof *called);
  return js_internal_value (&called->base.gc);
}

/* PerformPromiseAll / AllSettled / Any / Race (27.2.4.1.2, 2.1, 3.1, 5.1):
 * one loop with the differences spelled out. */
static JsValue
perform_promise_combinator (JsState *J, Combinator which, JsIteratorRecord *iterator,
                            JsValue c, PromiseCapability *capability, JsValue promise_resolve_fn)
{
  CombinatorRecord *record = NULL;
  guint32 index = 0;

  if (which != COMBINE_RACE)
    {
      record = (CombinatorRecord *) js_gc_alloc_internal (J, &combinator_record_class, sizeof *record);
      record->values = js_array_new (J, 0);
      record->remaining = 1;
      record->capability = *capability;
    }
  for (;;)
    {
      JsValue next, next_promise, args[2];

      /* a. Let next be ? IteratorStepValue(iteratorRecord). */
      if (!js_iterator_step_value (J, iterator, &next))
        {
          /* b. Done: all resolve with the values, any rejects with the
           *    errors, race stays pending. */
          if (which == COMBINE_RACE)
            return capability->promise;
          record->remaining -= 1;
          if (record->remaining == 0)
            {
              if (which == COMBINE_ANY)
                capability_reject (J, capability, aggregate_error (J, record->values));
              else
                capability_resolve (J, capability, values_to_array (J, record->values));
            }
          return capability->promise;
        }
      /* c. Append undefined to values. */
      if (record != NULL)
        js_array_push (J, record->values, JS_UNDEFINED);
      /* d. Let nextPromise be ? Call(promiseResolve, constructor, « next »). */
      next_promise = js_call (J, promise_resolve_fn, c, 1, &next);
      /* e–l. The element functions, and then(). */
      switch (which)
        {
        case COMBINE_ALL:
          args[0] = js_object_value (new_element_function (J, all_resolve_element, record, index, new_already_called (J)));
          args[1] = capability->reject;
          break;
        case COMBINE_ALL_SETTLED:
          {
            JsValue called = new_already_called (J);
            args[0] = js_object_value (new_element_function (J, all_settled_resolve_element, record, index, called));
            args[1] = js_object_value (new_element_function (J, all_settled_reject_element, record, index, called));
          }
          break;
        case COMBINE_ANY:
          args[0] = capability->resolve;
          args[1] = js_object_value (new_element_function (J, any_reject_element, record, index, new_already_called (J)));
          break;
        case COMBINE_RACE:
          args[0] = capability->resolve;
          args[1] = capability->reject;
          break;
        }
      if (record != NULL)
        record->remaining += 1;
      js_invoke (J, next_promise, JS_KEY (J, then), 2, args);
      index++;
    }
}

/* The shared outline of Promise.all / allSettled / any / race (27.2.4.1). */
static JsValue
promise_combinator (JsState *J, Combinator which, JsValue c, JsValue iterable)
{
  static const char *const names[] = { "Promise.all", "Promise.allSettled", "Promise.any", "Promise.race" };
  PromiseCapability capability;
  JsIteratorRecord iterator = { JS_UNDEFINED, JS_UNDEFINED, TRUE };
  volatile gboolean have_iterator = FALSE;
  JsValue promise_resolve_fn, result;
  JsTryPoint tp;

  if (!js_is_object (c))
    js_throw_type_error (J, "%s called on non-object", names[which]);
  /* 2. Let promiseCapability be ? NewPromiseCapability(C). */
  new_promise_capability (J, c, &capability);
  /* The element functions and then() see the resolving functions. */
  capability_materialize (J, &capability);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      /* 3–4. Let promiseResolve be Completion(GetPromiseResolve(C)). */
      promise_resolve_fn = js_get (J, c, js_key_from_utf8 (J, "resolve"));
      if (!js_is_callable (promise_resolve_fn))
        js_throw_type_error (J, "resolve is not a function");
      /* 5–6. Let iteratorRecord be Completion(GetIterator(iterable, sync)). */
      js_get_iterator (J, iterable, &iterator);
      have_iterator = TRUE;
      /* 7. Let result be Completion(PerformPromiseAll(…)). */
      result = perform_promise_combinator (J, which, &iterator, c, &capability, promise_resolve_fn);
      js_try_end (J, &tp);
      return result;
    }
  else
    {
      JsValue error = J->exception;
      if (J->terminating)
        js_throw (J, error);
      /* 8. If result is abrupt: if iteratorRecord.[[Done]] is false, close
       *    it (its own error is dropped: the first one wins), then
       *    IfAbruptRejectPromise. */
      if (have_iterator && !iterator.done)
        {
          JsTryPoint tp2;
          js_try_begin (J, &tp2);
          if (setjmp (tp2.env) == 0)
            {
              js_iterator_close (J, &iterator, TRUE);
              js_try_end (J, &tp2);
            }
          else if (J->terminating)
            js_throw (J, J->exception);
        }
      capability_reject (J, &capability, error);
      return capability.promise;
    }
}

static JsValue
promise_static_all (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return promise_combinator (J, COMBINE_ALL, this_value, js_arg (argc, argv, 0));
}

static JsValue
promise_static_all_settled (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                            JsValue new_target, JsObject *callee)
{
  return promise_combinator (J, COMBINE_ALL_SETTLED, this_value, js_arg (argc, argv, 0));
}

static JsValue
promise_static_any (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return promise_combinator (J, COMBINE_ANY, this_value, js_arg (argc, argv, 0));
}

static JsValue
promise_static_race (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  return promise_combinator (J, COMBINE_RACE, this_value, js_arg (argc, argv, 0));
}

/* get Promise [ @@species ] (27.2.4.8) */
static JsValue
promise_get_species (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  return this_value;
}

/* Promise.withResolvers (27.2.4.8, ES2024). */
static JsValue
promise_static_with_resolvers (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                               JsValue new_target, JsObject *callee)
{
  PromiseCapability capability;
  JsObject *result;

  new_promise_capability (J, this_value, &capability);
  if (js_is_undefined (capability.resolve))
    create_resolving_functions (J, js_get_object (capability.promise), &capability.resolve, &capability.reject);
  result = js_plain_object_new (J);
  js_define_value_utf8 (J, result, "promise", capability.promise, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, result, "resolve", capability.resolve, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, result, "reject", capability.reject, JS_PROP_DEFAULT);
  return js_object_value (result);
}

void
js_promise_define_with_resolvers (JsState *J)
{
  js_define_method (J, JS_INTRINSIC (J, Promise), "withResolvers", promise_static_with_resolvers, 0);
}

void
js_builtin_promise_init (JsState *J)
{
  JsObject *proto, *ctor, *species;

  /* Node 20 (V8 11.3) has no Promise.withResolvers: leaving it out keeps
   * `typeof Promise.withResolvers` what scripts see there. */
  proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JS_INTRINSIC (J, PromisePrototype) = proto;
  ctor = js_native_constructor_new (J, "Promise", 1, promise_constructor, proto);
  JS_INTRINSIC (J, Promise) = ctor;
  js_define_value_utf8 (J, J->global, "Promise", js_object_value (ctor), JS_PROP_HIDDEN);

  js_define_method (J, ctor, "all", promise_static_all, 1);
  js_define_method (J, ctor, "allSettled", promise_static_all_settled, 1);
  js_define_method (J, ctor, "any", promise_static_any, 1);
  js_define_method (J, ctor, "race", promise_static_race, 1);
  js_define_method (J, ctor, "resolve", promise_static_resolve, 1);
  js_define_method (J, ctor, "reject", promise_static_reject, 1);
  species = js_native_function_new (J, "get [Symbol.species]", 0, promise_get_species, 0);
  js_define_accessor (J, ctor, JS_SYMBOL_KEY (J, species), js_object_value (species), JS_UNDEFINED,
                      JS_PROP_CONFIGURABLE);

  js_define_method (J, proto, "then", promise_proto_then, 2);
  js_define_method (J, proto, "catch", promise_proto_catch, 1);
  js_define_method (J, proto, "finally", promise_proto_finally, 1);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_intern_utf8 (J, "Promise")), JS_PROP_CONFIGURABLE);
}
