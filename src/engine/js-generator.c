/* js-generator.c: generator objects (ECMAScript 27.5), async functions'
 * suspended state (27.7), async generators (27.6) with their request queue,
 * %AsyncFromSyncIteratorPrototype% (27.1.4), and the intrinsics of the
 * generator and async function kinds.
 *
 * A GENERATOR, ASYNC_FUNCTION or ASYNC_GENERATOR object owns the heap frame
 * of its function while it is suspended.  Resuming pushes the resumption
 * (value, mode) on the frame's operand stack — the instruction after the
 * yield or await (RESUME) interprets it — and runs the frame as a boundary
 * frame of a new run loop.
 */
#include "js-compile.h"

typedef struct AsyncGeneratorRequest AsyncGeneratorRequest;
struct AsyncGeneratorRequest {
  JsResumeMode mode;      /* the completion: normal (NEXT), throw or return */
  JsValue value;
  JsObject *promise;      /* the capability's promise */
};

struct JsGeneratorData {
  JsFrame *frame;         /* NULL once completed */
  JsGeneratorState state;
  JsObject *promise;      /* ASYNC_FUNCTION: the function's promise */
  GQueue queue;           /* ASYNC_GENERATOR: AsyncGeneratorRequest * */
};

static JsGeneratorData *
generator_data (JsObject *generator)
{
  return generator->u.generator;
}

/* ------------------------------------------------------------------------
 * The VM's side
 * ------------------------------------------------------------------------ */

JsObject *
js_generator_new (JsState *J, JsClassId class_id, JsFrame *frame)
{
  JsGeneratorData *data = g_new0 (JsGeneratorData, 1);
  JsObject *obj;

  if (class_id == JS_CLASS_ASYNC_FUNCTION)
    {
      obj = js_object_new_class (J, class_id, NULL);
      data->promise = js_promise_new (J);
      data->state = JS_GEN_EXECUTING;
    }
  else
    {
      /* OrdinaryCreateFromConstructor(functionObject, "%GeneratorPrototype%") */
      JsObject *fallback = class_id == JS_CLASS_GENERATOR ? JS_INTRINSIC (J, GeneratorPrototype)
                                                          : JS_INTRINSIC (J, AsyncGeneratorPrototype);
      JsValue p = js_get (J, js_object_value (frame->callee), JS_KEY (J, prototype));
      obj = js_object_new_class (J, class_id, js_is_object (p) ? js_get_object (p) : fallback);
      data->state = JS_GEN_SUSPENDED_START;
    }
  g_queue_init (&data->queue);
  data->frame = frame;
  obj->u.generator = data;
  frame->generator = obj;
  js_gc_account (J, sizeof *data);
  return obj;
}

JsGeneratorState
js_generator_get_state (JsObject *generator)
{
  return generator_data (generator)->state;
}

void
js_generator_set_state (JsObject *generator, JsGeneratorState state)
{
  generator_data (generator)->state = state;
}

JsObject *
js_generator_get_promise (JsObject *generator)
{
  return generator_data (generator)->promise;
}

void
js_generator_detach_frame (JsState *J, JsObject *generator)
{
  JsGeneratorData *data = generator_data (generator);

  if (data->frame != NULL)
    {
      js_vm_frame_free (J, data->frame);
      data->frame = NULL;
    }
}

void
js_generator_data_mark (JsState *J, JsGeneratorData *data)
{
  if (data->frame != NULL)
    js_vm_frame_mark (J, data->frame);
  js_gc_mark_thing (J, (JsGc *) data->promise);
  for (GList *l = data->queue.head; l != NULL; l = l->next)
    {
      AsyncGeneratorRequest *request = l->data;
      js_gc_mark_value (J, request->value);
      js_gc_mark_thing (J, (JsGc *) request->promise);
    }
}

void
js_generator_data_free (JsState *J, JsGeneratorData *data)
{
  if (data->frame != NULL)
    js_vm_frame_free (J, data->frame);
  g_queue_clear_full (&data->queue, g_free);
  js_gc_account (J, -(gssize) sizeof *data);
  g_free (data);
}

/* Continues a suspended frame with a resumption value. */
static JsValue
resume_frame (JsState *J, JsObject *generator, JsResumeMode mode, JsValue value, gboolean push)
{
  JsGeneratorData *data = generator_data (generator);
  JsFrame *frame = data->frame;

  if (push)
    {
      *frame->sp++ = value;
      *frame->sp++ = js_number (mode);
    }
  data->state = JS_GEN_EXECUTING;
  return js_vm_run_frame (J, frame);
}

/* GeneratorResume (27.5.3.3) and GeneratorResumeAbrupt (27.5.3.4). */
static JsValue
generator_resume (JsState *J, JsObject *generator, JsResumeMode mode, JsValue value)
{
  JsGeneratorData *data = generator_data (generator);

  switch (data->state)
    {
    case JS_GEN_EXECUTING:
      js_throw_type_error (J, "Generator is already running");
    case JS_GEN_SUSPENDED_START:
      if (mode == JS_RESUME_NEXT)
        return resume_frame (J, generator, mode, value, FALSE);
      data->state = JS_GEN_COMPLETED;
      js_generator_detach_frame (J, generator);
      /* fall through */
    case JS_GEN_COMPLETED:
      if (mode == JS_RESUME_THROW)
        js_throw (J, value);
      return js_iter_result (J, mode == JS_RESUME_RETURN ? value : JS_UNDEFINED, TRUE);
    default:
      return resume_frame (J, generator, mode, value, TRUE);
    }
}

JsValue
js_generator_resume (JsState *J, JsObject *generator, JsResumeMode mode, JsValue value)
{
  JsGeneratorData *data = generator_data (generator);

  switch (generator->class_id)
    {
    case JS_CLASS_GENERATOR:
      return generator_resume (J, generator, mode, value);
    case JS_CLASS_ASYNC_FUNCTION:
      if (data->frame == NULL)
        return JS_UNDEFINED;
      resume_frame (J, generator, mode, value, TRUE);
      return JS_UNDEFINED;
    default:
      if (data->frame == NULL)
        return JS_UNDEFINED;
      resume_frame (J, generator, mode, value, data->state != JS_GEN_SUSPENDED_START);
      return JS_UNDEFINED;
    }
}

/* ------------------------------------------------------------------------
 * %GeneratorPrototype% (27.5.1)
 * ------------------------------------------------------------------------ */

static JsObject *
this_generator (JsState *J, JsValue this_value, JsClassId class_id, const char *method)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != class_id ||
      js_get_object (this_value)->u.generator == NULL)
    {
      JsString *d = js_describe_value (J, this_value, JS_DESCRIBE_PLAIN);
      char *ds = js_string_to_utf8 (d);
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Method [%s].prototype.%s called on incompatible receiver %s",
                                           class_id == JS_CLASS_GENERATOR ? "Generator" : "AsyncGenerator", method, ds);
      g_free (ds);
      js_throw (J, js_object_value (error));
    }
  return js_get_object (this_value);
}

static JsValue
generator_next (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return generator_resume (J, this_generator (J, this_value, JS_CLASS_GENERATOR, "next"), JS_RESUME_NEXT, js_arg (argc, argv, 0));
}

static JsValue
generator_return (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return generator_resume (J, this_generator (J, this_value, JS_CLASS_GENERATOR, "return"), JS_RESUME_RETURN, js_arg (argc, argv, 0));
}

static JsValue
generator_throw (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return generator_resume (J, this_generator (J, this_value, JS_CLASS_GENERATOR, "throw"), JS_RESUME_THROW, js_arg (argc, argv, 0));
}

/* ------------------------------------------------------------------------
 * Async generators (27.6.3)
 * ------------------------------------------------------------------------ */

/* AsyncGeneratorCompleteStep (27.6.3.4) */
void
js_async_generator_complete_step (JsState *J, JsObject *generator, gboolean is_throw, JsValue value, gboolean done)
{
  JsGeneratorData *data = generator_data (generator);
  AsyncGeneratorRequest *next = g_queue_pop_head (&data->queue);
  JsObject *promise;

  g_assert (next != NULL);
  promise = next->promise;
  g_free (next);
  if (is_throw)
    js_promise_reject_with (J, promise, value);
  else
    js_promise_resolve_with (J, promise, js_iter_result (J, value, done));
}

gboolean
js_async_generator_peek_request (JsObject *generator, JsResumeMode *mode, JsValue *value)
{
  AsyncGeneratorRequest *request = g_queue_peek_head (&generator_data (generator)->queue);

  if (request == NULL)
    return FALSE;
  *mode = request->mode;
  *value = request->value;
  return TRUE;
}

static void async_generator_await_return (JsState *J, JsObject *generator);

/* AsyncGeneratorDrainQueue (27.6.3.10) */
void
js_async_generator_drain_queue (JsState *J, JsObject *generator)
{
  JsGeneratorData *data = generator_data (generator);

  g_assert (data->state == JS_GEN_COMPLETED);
  while (!g_queue_is_empty (&data->queue))
    {
      AsyncGeneratorRequest *next = g_queue_peek_head (&data->queue);
      if (next->mode == JS_RESUME_RETURN)
        {
          data->state = JS_GEN_AWAITING_RETURN;
          async_generator_await_return (J, generator);
          return;
        }
      if (next->mode == JS_RESUME_THROW)
        js_async_generator_complete_step (J, generator, TRUE, next->value, TRUE);
      else
        js_async_generator_complete_step (J, generator, FALSE, JS_UNDEFINED, TRUE);
    }
}

/* The closures of AsyncGeneratorAwaitReturn (27.6.3.9 steps 7–10):
 * captures[0] is the generator. */
static JsValue
await_return_fulfilled (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsObject *generator = js_get_object (js_native_captures (callee)[0]);

  generator_data (generator)->state = JS_GEN_COMPLETED;
  js_async_generator_complete_step (J, generator, FALSE, js_arg (argc, argv, 0), TRUE);
  js_async_generator_drain_queue (J, generator);
  return JS_UNDEFINED;
}

static JsValue
await_return_rejected (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsObject *generator = js_get_object (js_native_captures (callee)[0]);

  generator_data (generator)->state = JS_GEN_COMPLETED;
  js_async_generator_complete_step (J, generator, TRUE, js_arg (argc, argv, 0), TRUE);
  js_async_generator_drain_queue (J, generator);
  return JS_UNDEFINED;
}

/* AsyncGeneratorAwaitReturn (27.6.3.9) */
static void
async_generator_await_return (JsState *J, JsObject *generator)
{
  JsGeneratorData *data = generator_data (generator);
  AsyncGeneratorRequest *next = g_queue_peek_head (&data->queue);
  JsValue value = next->value;
  JsObject *promise = NULL;
  JsObject *on_fulfilled, *on_rejected;
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      promise = js_promise_resolve_value (J, value);
      js_try_end (J, &tp);
    }
  else
    {
      if (J->terminating)
        js_throw (J, J->exception);
      data->state = JS_GEN_COMPLETED;
      js_async_generator_complete_step (J, generator, TRUE, J->exception, TRUE);
      js_async_generator_drain_queue (J, generator);
      return;
    }
  on_fulfilled = js_native_function_new (J, "", 1, await_return_fulfilled, 1);
  js_native_captures (on_fulfilled)[0] = js_object_value (generator);
  on_rejected = js_native_function_new (J, "", 1, await_return_rejected, 1);
  js_native_captures (on_rejected)[0] = js_object_value (generator);
  js_perform_promise_then (J, promise, js_object_value (on_fulfilled), js_object_value (on_rejected), NULL);
}

/* AsyncGeneratorEnqueue (27.6.3.3) */
static void
async_generator_enqueue (JsGeneratorData *data, JsResumeMode mode, JsValue value, JsObject *promise)
{
  AsyncGeneratorRequest *request = g_new (AsyncGeneratorRequest, 1);

  request->mode = mode;
  request->value = value;
  request->promise = promise;
  g_queue_push_tail (&data->queue, request);
}

/* %AsyncGeneratorPrototype%.next / return / throw (27.6.1.2–4) */
static JsValue
async_generator_method (JsState *J, JsValue this_value, JsResumeMode mode, JsValue value, const char *name)
{
  JsObject *promise = js_promise_new (J);
  JsObject *generator;
  JsGeneratorData *data;
  JsGeneratorState state;

  /* AsyncGeneratorValidate; IfAbruptRejectPromise */
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_ASYNC_GENERATOR ||
      js_get_object (this_value)->u.generator == NULL)
    {
      JsString *d = js_describe_value (J, this_value, JS_DESCRIBE_PLAIN);
      char *ds = js_string_to_utf8 (d);
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Method [AsyncGenerator].prototype.%s called on incompatible receiver %s",
                                           name, ds);
      g_free (ds);
      js_promise_reject_with (J, promise, js_object_value (error));
      return js_object_value (promise);
    }
  generator = js_get_object (this_value);
  data = generator_data (generator);
  state = data->state;

  if (mode == JS_RESUME_NEXT)
    {
      if (state == JS_GEN_COMPLETED)
        {
          js_promise_resolve_with (J, promise, js_iter_result (J, JS_UNDEFINED, TRUE));
          return js_object_value (promise);
        }
      async_generator_enqueue (data, mode, value, promise);
      if (state == JS_GEN_SUSPENDED_START || state == JS_GEN_SUSPENDED_YIELD)
        js_generator_resume (J, generator, mode, value);
    }
  else if (mode == JS_RESUME_RETURN)
    {
      async_generator_enqueue (data, mode, value, promise);
      if (state == JS_GEN_SUSPENDED_START || state == JS_GEN_COMPLETED)
        {
          if (state == JS_GEN_SUSPENDED_START)
            js_generator_detach_frame (J, generator);
          data->state = JS_GEN_AWAITING_RETURN;
          async_generator_await_return (J, generator);
        }
      else if (state == JS_GEN_SUSPENDED_YIELD)
        js_generator_resume (J, generator, mode, value);
    }
  else
    {
      if (state == JS_GEN_SUSPENDED_START)
        {
          data->state = state = JS_GEN_COMPLETED;
          js_generator_detach_frame (J, generator);
        }
      if (state == JS_GEN_COMPLETED)
        {
          js_promise_reject_with (J, promise, value);
          return js_object_value (promise);
        }
      async_generator_enqueue (data, mode, value, promise);
      if (state == JS_GEN_SUSPENDED_YIELD)
        js_generator_resume (J, generator, mode, value);
    }
  return js_object_value (promise);
}

static JsValue
async_generator_next (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return async_generator_method (J, this_value, JS_RESUME_NEXT, js_arg (argc, argv, 0), "next");
}

static JsValue
async_generator_return (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return async_generator_method (J, this_value, JS_RESUME_RETURN, js_arg (argc, argv, 0), "return");
}

static JsValue
async_generator_throw (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return async_generator_method (J, this_value, JS_RESUME_THROW, js_arg (argc, argv, 0), "throw");
}

/* ------------------------------------------------------------------------
 * %AsyncFromSyncIteratorPrototype% (27.1.4)
 * ------------------------------------------------------------------------ */

static const JsHostClass async_from_sync_class = { "AsyncFromSyncIterator", NULL, NULL };

/* CreateAsyncFromSyncIterator (27.1.4.1): slots 0 and 1 hold the sync
 * iterator record. */
void
js_create_async_from_sync_iterator (JsState *J, JsIteratorRecord *sync, JsIteratorRecord *result)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, JS_INTRINSIC (J, AsyncFromSyncIteratorPrototype));

  obj->u.host.klass = &async_from_sync_class;
  obj->u.host.slots[0] = sync->iterator;
  obj->u.host.slots[1] = sync->next_method;
  obj->u.host.slots[2] = JS_UNDEFINED;
  obj->u.host.slots[3] = JS_UNDEFINED;
  result->iterator = js_object_value (obj);
  result->next_method = js_get (J, result->iterator, JS_KEY (J, next));
  result->done = FALSE;
}

/* The unwrap closure of AsyncFromSyncIteratorContinuation: captures[0] is done. */
static JsValue
async_from_sync_unwrap (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return js_iter_result (J, js_arg (argc, argv, 0), js_get_boolean (js_native_captures (callee)[0]));
}

/* AsyncFromSyncIteratorContinuation (27.1.4.4); runs under the caller's
 * IfAbruptRejectPromise try point. */
static void
async_from_sync_continuation (JsState *J, JsValue result, JsObject *promise)
{
  gboolean done = js_to_boolean (js_get (J, result, JS_KEY (J, done)));
  JsValue value = js_get (J, result, JS_KEY (J, value));
  JsObject *wrapper = js_promise_resolve_value (J, value);
  JsObject *on_fulfilled = js_native_function_new (J, "", 1, async_from_sync_unwrap, 1);

  js_native_captures (on_fulfilled)[0] = js_boolean (done);
  js_perform_promise_then (J, wrapper, js_object_value (on_fulfilled), JS_UNDEFINED, promise);
}

static JsValue
async_from_sync_method (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsResumeMode mode)
{
  JsObject *promise = js_promise_new (J);
  JsObject *obj = js_get_object (this_value);
  JsValue iterator = obj->u.host.slots[0];
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      JsValue result;

      if (mode == JS_RESUME_NEXT)
        result = js_call (J, obj->u.host.slots[1], iterator, argc > 0 ? 1 : 0, argv);
      else
        {
          JsValue method = js_get (J, iterator, mode == JS_RESUME_RETURN ? JS_KEY (J, return) : JS_KEY (J, throw));
          if (js_is_nullish (method))
            {
              if (mode == JS_RESUME_RETURN)
                js_promise_resolve_with (J, promise, js_iter_result (J, js_arg (argc, argv, 0), TRUE));
              else
                js_promise_reject_with (J, promise, js_arg (argc, argv, 0));
              js_try_end (J, &tp);
              return js_object_value (promise);
            }
          result = js_call (J, method, iterator, argc > 0 ? 1 : 0, argv);
        }
      if (!js_is_object (result))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterator result %s is not an object", result, JS_DESCRIBE_PLAIN);
      async_from_sync_continuation (J, result, promise);
      js_try_end (J, &tp);
    }
  else
    {
      js_promise_reject_caught (J, promise);
    }
  return js_object_value (promise);
}

static JsValue
async_from_sync_next (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return async_from_sync_method (J, this_value, argc, argv, JS_RESUME_NEXT);
}

static JsValue
async_from_sync_return (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return async_from_sync_method (J, this_value, argc, argv, JS_RESUME_RETURN);
}

static JsValue
async_from_sync_throw (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return async_from_sync_method (J, this_value, argc, argv, JS_RESUME_THROW);
}

/* ------------------------------------------------------------------------
 * The intrinsics
 * ------------------------------------------------------------------------ */

static JsValue
function_constructor_unsupported (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  js_throw_error (J, JS_EVAL_ERROR, "Code generation from strings disallowed for this context");
}

static JsValue
async_iterator_self (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  return this_value;
}

static void
define_tag (JsState *J, JsObject *obj, const char *tag)
{
  js_define_value (J, obj, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_intern_utf8 (J, tag)), JS_PROP_CONFIGURABLE);
}

/* One function kind: %XFunction% (a constructor), %XFunction.prototype%
 * and, for generators, %XGeneratorPrototype% (27.3, 27.4, 27.7). */
static JsObject *
init_function_kind (JsState *J, const char *name, JsObject *function_prototype, JsObject *instance_prototype)
{
  JsObject *ctor = js_native_constructor_new (J, name, 1, function_constructor_unsupported, NULL);

  ctor->proto = JS_INTRINSIC (J, Function) != NULL ? JS_INTRINSIC (J, Function) : JS_INTRINSIC (J, FunctionPrototype);
  js_define_value (J, ctor, JS_KEY (J, prototype), js_object_value (function_prototype), 0);
  js_define_value (J, function_prototype, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_CONFIGURABLE);
  if (instance_prototype != NULL)
    {
      js_define_value (J, function_prototype, JS_KEY (J, prototype), js_object_value (instance_prototype), JS_PROP_CONFIGURABLE);
      js_define_value (J, instance_prototype, JS_KEY (J, constructor), js_object_value (function_prototype), JS_PROP_CONFIGURABLE);
    }
  define_tag (J, function_prototype, name);
  return ctor;
}

void
js_builtin_generator_init (JsState *J)
{
  JsObject *function_prototype = JS_INTRINSIC (J, FunctionPrototype);
  JsObject *iterator_prototype = JS_INTRINSIC (J, IteratorPrototype);
  JsObject *async_iterator_prototype = JS_INTRINSIC (J, AsyncIteratorPrototype);
  JsObject *p;

  if (iterator_prototype == NULL)
    iterator_prototype = JS_INTRINSIC (J, IteratorPrototype) = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  if (async_iterator_prototype == NULL)
    {
      async_iterator_prototype = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
      js_define_method_key (J, async_iterator_prototype, JS_SYMBOL_KEY (J, asyncIterator),
                            "[Symbol.asyncIterator]", async_iterator_self, 0);
      JS_INTRINSIC (J, AsyncIteratorPrototype) = async_iterator_prototype;
    }

  /* Generators */
  p = js_object_new (J, iterator_prototype);
  js_define_method (J, p, "next", generator_next, 1);
  js_define_method (J, p, "return", generator_return, 1);
  js_define_method (J, p, "throw", generator_throw, 1);
  define_tag (J, p, "Generator");
  JS_INTRINSIC (J, GeneratorPrototype) = p;
  JS_INTRINSIC (J, GeneratorFunctionPrototype) = js_object_new (J, function_prototype);
  JS_INTRINSIC (J, GeneratorFunction) = init_function_kind (J, "GeneratorFunction",
                                                            JS_INTRINSIC (J, GeneratorFunctionPrototype), p);

  /* Async generators */
  p = js_object_new (J, async_iterator_prototype);
  js_define_method (J, p, "next", async_generator_next, 1);
  js_define_method (J, p, "return", async_generator_return, 1);
  js_define_method (J, p, "throw", async_generator_throw, 1);
  define_tag (J, p, "AsyncGenerator");
  JS_INTRINSIC (J, AsyncGeneratorPrototype) = p;
  JS_INTRINSIC (J, AsyncGeneratorFunctionPrototype) = js_object_new (J, function_prototype);
  JS_INTRINSIC (J, AsyncGeneratorFunction) = init_function_kind (J, "AsyncGeneratorFunction",
                                                                 JS_INTRINSIC (J, AsyncGeneratorFunctionPrototype), p);

  /* Async functions */
  JS_INTRINSIC (J, AsyncFunctionPrototype) = js_object_new (J, function_prototype);
  JS_INTRINSIC (J, AsyncFunction) = init_function_kind (J, "AsyncFunction", JS_INTRINSIC (J, AsyncFunctionPrototype), NULL);

  /* %AsyncFromSyncIteratorPrototype% */
  p = js_object_new (J, async_iterator_prototype);
  js_define_method (J, p, "next", async_from_sync_next, 1);
  js_define_method (J, p, "return", async_from_sync_return, 1);
  js_define_method (J, p, "throw", async_from_sync_throw, 1);
  JS_INTRINSIC (J, AsyncFromSyncIteratorPrototype) = p;
}
