/* js-gc.c: the garbage collector — precise mark-and-sweep with explicit roots.
 *
 * Every GC thing is in the J->gc_things array.  A collection marks from the
 * roots (the state's well-known things, registered roots, and each module's
 * js_*_mark_roots), draining an explicit gray stack so that deep object
 * graphs (long linked lists, nested arrays) cannot overflow the C stack, then
 * drops unmarked atoms from the weak atom table and frees every unmarked
 * thing with its external buffers.
 *
 * Both phases are bound by cache misses on the things themselves, so they
 * prefetch: a reached thing is pushed unvisited with a prefetch and marked
 * when popped, and the sweep walks the array prefetching ahead.
 *
 * Collection happens only at VM safepoints (js_gc_safepoint) and only while no
 * native function is running: natives keep values in C locals the collector
 * cannot see.  js_gc_collect itself must therefore be called only where every
 * live value is reachable from a root — the VM's safepoints, the host between
 * tasks, or tests that hold nothing but rooted values.
 */
#include "js-internal.h"

/* Collect when the heap has grown to twice what survived the last collection,
 * but never below this, so that small scripts rarely collect at all. */
#define GC_MIN_THRESHOLD ((gsize) 8 * 1024 * 1024)
#define GC_STRESS_STEP ((gsize) 16)

static void
check_heap_budget (JsState *J, gsize extra)
{
  /* The termination itself allocates an error object: let it. */
  if (G_UNLIKELY (J->gc_bytes + extra > J->options.max_heap_bytes) && !J->terminating)
    js_throw_budget (J, JS_BUDGET_HEAP);
}

void *
js_gc_alloc (JsState *J, JsGcKind kind, gsize size)
{
  JsGc *thing;

  g_assert (size >= sizeof (JsGc) && size <= G_MAXUINT32);
  check_heap_budget (J, size);
  thing = g_malloc0 (size);
  thing->gc_kind = kind;
  thing->gc_size = (guint32) size;
  g_ptr_array_add (J->gc_things, thing);
  J->gc_bytes += size;
  return thing;
}

JsGcInternal *
js_gc_alloc_internal (JsState *J, const JsGcInternalClass *klass, gsize size)
{
  JsGcInternal *self;

  g_assert (size >= sizeof (JsGcInternal));
  self = js_gc_alloc (J, JS_GC_INTERNAL, size);
  self->klass = klass;
  return self;
}

void
js_gc_account (JsState *J, gssize delta_bytes)
{
  if (delta_bytes < 0)
    {
      gsize d = (gsize) -delta_bytes;
      g_assert (J->gc_external_bytes >= d);
      J->gc_external_bytes -= d;
      J->gc_bytes = J->gc_bytes > d ? J->gc_bytes - d : 0;
      return;
    }
  J->gc_external_bytes += (gsize) delta_bytes;
  J->gc_bytes += (gsize) delta_bytes;
  /* The buffer is already owned by its GC thing, so throwing here leaks
   * nothing: the sweep will free it. */
  check_heap_budget (J, 0);
}

/* Twice what survived, at least GC_MIN_THRESHOLD — but halfway to the heap
 * budget at most, so that garbage alone does not exhaust it between two
 * safepoints.  Halving the distance again and again would collect a nearly
 * full heap ever more often as a runaway allocation closes in on the budget
 * (20 full collections for the last half), so the step is at least a
 * sixteenth of the budget: a program whose live data comes within that of
 * the budget stops on it. */
gsize
js_gc_next_threshold (JsState *J)
{
  gsize budget = J->options.max_heap_bytes;
  gsize threshold = MAX (GC_MIN_THRESHOLD, 2 * J->gc_bytes);

  /* Stress mode collects at every safepoint that follows an allocation:
   * collecting again when nothing was allocated finds what the last
   * collection found, and would make a busy-wait loop (Date.now() a
   * million times) collect a million times.  After n collections it waits
   * for n * GC_STRESS_STEP more bytes, so that a loop allocating a
   * gigabyte collects some 10,000 times rather than millions: the paths a
   * script takes are all exercised early, under full stress. */
  if (J->options.gc_stress)
    return J->gc_bytes + J->gc_count * GC_STRESS_STEP;

  if (J->gc_bytes < budget)
    threshold = MIN (threshold, J->gc_bytes + MAX ((budget - J->gc_bytes) / 2, budget / 16));
  return threshold;
}

void
js_gc_safepoint (JsState *J)
{
  if (J->native_depth == 0 && !J->gc_collecting && J->gc_bytes > J->gc_threshold)
    js_gc_collect (J);
}

/* ------------------------------------------------------------------------
 * Marking
 * ------------------------------------------------------------------------ */

void
js_gc_mark_thing (JsState *J, JsGc *thing)
{
  if (thing == NULL)
    return;
  /* Marked when popped (drain_gray): reading the header now would stall on
   * a cache miss that the prefetch hides. */
  __builtin_prefetch (thing);
  g_ptr_array_add (J->gc_gray, thing);
}

void
js_gc_mark_value (JsState *J, JsValue v)
{
  if (js_value_is_gc_thing (v))
    js_gc_mark_thing (J, js_get_pointer (v));
}

static void
mark_values (JsState *J, const JsValue *values, gsize n)
{
  for (gsize i = 0; i < n; i++)
    js_gc_mark_value (J, values[i]);
}

static void
mark_object_children (JsState *J, JsObject *obj)
{
  js_gc_mark_thing (J, (JsGc *) obj->proto);
  for (guint32 i = 0; i < obj->n_props; i++)
    {
      JsProperty *p = &obj->props[i];
      js_gc_mark_value (J, p->key);
      js_gc_mark_value (J, p->value);
      js_gc_mark_value (J, p->setter);
    }

  switch ((JsClassId) obj->class_id)
    {
    case JS_CLASS_ARRAY:
    case JS_CLASS_ARGUMENTS:
      mark_values (J, obj->u.array.elements, obj->u.array.length);
      break;
    case JS_CLASS_FUNCTION:
      js_gc_mark_thing (J, (JsGc *) obj->u.closure.proto);
      js_gc_mark_thing (J, (JsGc *) obj->u.closure.scope);
      js_gc_mark_value (J, obj->u.closure.home_object);
      js_gc_mark_value (J, obj->u.closure.fields);
      js_gc_mark_value (J, obj->u.closure.this_value);
      break;
    case JS_CLASS_NATIVE_FUNCTION:
      mark_values (J, obj->u.native.captures, obj->u.native.n_captures);
      break;
    case JS_CLASS_BOUND_FUNCTION:
      js_gc_mark_value (J, obj->u.bound.target);
      js_gc_mark_value (J, obj->u.bound.bound_this);
      mark_values (J, obj->u.bound.args, obj->u.bound.n_args);
      break;
    case JS_CLASS_BOOLEAN:
    case JS_CLASS_NUMBER:
    case JS_CLASS_STRING:
    case JS_CLASS_SYMBOL:
    case JS_CLASS_BIGINT:
    case JS_CLASS_DATE:
    case JS_CLASS_REGEXP:
      js_gc_mark_value (J, obj->u.primitive);
      break;
    case JS_CLASS_MAP:
    case JS_CLASS_SET:
    case JS_CLASS_WEAKMAP:
    case JS_CLASS_WEAKSET:
      if (obj->u.map != NULL)
        js_map_data_mark (J, obj->u.map);
      break;
    case JS_CLASS_WEAKREF:
      /* Held strongly: when a WeakRef empties is unobservable timing in
       * Node, and a deterministic run is worth more than the memory. */
      js_gc_mark_value (J, obj->u.weak_target);
      break;
    case JS_CLASS_PROXY:
      js_gc_mark_value (J, obj->u.proxy.target);
      js_gc_mark_value (J, obj->u.proxy.handler);
      break;
    case JS_CLASS_PROMISE:
      if (obj->u.promise != NULL)
        js_promise_data_mark (J, obj->u.promise);
      break;
    case JS_CLASS_GENERATOR:
    case JS_CLASS_ASYNC_GENERATOR:
    case JS_CLASS_ASYNC_FUNCTION:
      if (obj->u.generator != NULL)
        js_generator_data_mark (J, obj->u.generator);
      break;
    case JS_CLASS_ITERATOR:
      js_gc_mark_value (J, obj->u.iter.target);
      js_gc_mark_value (J, obj->u.iter.extra);
      break;
    case JS_CLASS_TYPED_ARRAY:
    case JS_CLASS_DATA_VIEW:
      js_gc_mark_thing (J, (JsGc *) obj->u.view.buffer);
      break;
    case JS_CLASS_ARRAY_BUFFER:
      break;
    case JS_CLASS_HOST:
      mark_values (J, obj->u.host.slots, G_N_ELEMENTS (obj->u.host.slots));
      if (obj->u.host.klass != NULL && obj->u.host.klass->mark != NULL)
        obj->u.host.klass->mark (J, obj);
      break;
    case JS_CLASS_OBJECT:
    case JS_CLASS_ERROR:
    case JS_N_CLASSES:
      break;
    }
}

static void
mark_children (JsState *J, JsGc *thing)
{
  switch ((JsGcKind) thing->gc_kind)
    {
    case JS_GC_STRING:
    case JS_GC_BIGINT:
      break;
    case JS_GC_ROPE:
      /* The right half (a short leaf, in an appended rope) goes on the gray
       * stack last and is popped first, so the stack stays shallow down the
       * left spine however deep the rope. */
      js_gc_mark_thing (J, ((JsRope *) thing)->left);
      js_gc_mark_thing (J, ((JsRope *) thing)->right);
      break;
    case JS_GC_SYMBOL:
      js_gc_mark_thing (J, (JsGc *) ((JsSymbol *) thing)->description);
      break;
    case JS_GC_OBJECT:
      mark_object_children (J, (JsObject *) thing);
      break;
    case JS_GC_SCOPE:
      {
        JsScope *scope = (JsScope *) thing;
        js_gc_mark_thing (J, (JsGc *) scope->parent);
        mark_values (J, scope->slots, scope->n_slots);
      }
      break;
    case JS_GC_INTERNAL:
      {
        JsGcInternal *self = (JsGcInternal *) thing;
        if (self->klass->mark != NULL)
          self->klass->mark (J, self);
      }
      break;
    }
}

static void
drain_gray (JsState *J)
{
  while (J->gc_gray->len > 0)
    {
      JsGc *thing = J->gc_gray->pdata[--J->gc_gray->len];
      if (thing->gc_mark)
        continue;
      thing->gc_mark = 1;
      mark_children (J, thing);
    }
}

static void
mark_roots (JsState *J)
{
  for (int i = 0; i < JS_N_ATOMS; i++)
    js_gc_mark_thing (J, (JsGc *) J->atoms[i]);
  for (int i = 0; i < 128; i++)
    js_gc_mark_thing (J, (JsGc *) J->small_strings[i]);
  for (int i = 0; i < 256; i++)
    js_gc_mark_thing (J, (JsGc *) J->index_strings[i]);
  for (int i = 0; i < JS_N_SYMBOLS; i++)
    js_gc_mark_thing (J, (JsGc *) J->symbols[i]);
  for (int i = 0; i < JS_N_INTRINSICS; i++)
    js_gc_mark_thing (J, (JsGc *) J->intrinsics[i]);
  js_gc_mark_thing (J, (JsGc *) J->symbol_registry);
  js_gc_mark_thing (J, (JsGc *) J->global);
  js_gc_mark_value (J, J->exception);
  for (guint i = 0; i < J->gc_roots->len; i++)
    js_gc_mark_value (J, *(JsValue *) g_ptr_array_index (J->gc_roots, i));

  if (J->core_only)
    return;
  js_vm_mark_roots (J);
  js_job_mark_roots (J);
  js_host_mark_roots (J);
  js_dom_mark_roots (J);
  if (J->trace != NULL)
    js_trace_mark_roots (J);
}

/* ------------------------------------------------------------------------
 * Sweeping
 * ------------------------------------------------------------------------ */

static gboolean
atom_is_unmarked (gpointer key, gpointer value, gpointer user_data)
{
  return ((JsGc *) key)->gc_mark == 0;
}

static void
free_thing (JsState *J, JsGc *thing)
{
  switch ((JsGcKind) thing->gc_kind)
    {
    case JS_GC_OBJECT:
      js_object_finalize (J, (JsObject *) thing);
      break;
    case JS_GC_INTERNAL:
      {
        JsGcInternal *self = (JsGcInternal *) thing;
        if (self->klass->finalize != NULL)
          self->klass->finalize (J, self);
      }
      break;
    case JS_GC_STRING:
    case JS_GC_ROPE:
    case JS_GC_SYMBOL:
    case JS_GC_SCOPE:
    case JS_GC_BIGINT:
      break;
    }
  g_free (thing);
}

/* Frees every unmarked thing and clears the marks of the others; returns the
 * bytes that survived (not counting external buffers). */
static gsize
sweep (JsState *J)
{
  JsGc **things = (JsGc **) J->gc_things->pdata;
  guint n = J->gc_things->len, kept = 0;
  gsize live = 0;

  for (guint i = 0; i < n; i++)
    {
      JsGc *thing = things[i];
      if (i + 8 < n)
        __builtin_prefetch (things[i + 8]);
      if (thing->gc_mark)
        {
          thing->gc_mark = 0;
          live += thing->gc_size;
          things[kept++] = thing;
        }
      else
        free_thing (J, thing);
    }
  g_ptr_array_set_size (J->gc_things, kept);
  return live;
}

void
js_gc_collect (JsState *J)
{
  gsize live;

  if (J->gc_collecting)
    return;
  J->gc_collecting = TRUE;

  mark_roots (J);
  drain_gray (J);

  /* The atom table is weak: forget atoms nothing references before they are
   * freed. */
  g_hash_table_foreach_remove (J->atom_table, atom_is_unmarked, NULL);

  live = sweep (J);
  J->gc_bytes = live + J->gc_external_bytes;
  J->gc_threshold = js_gc_next_threshold (J);
  J->gc_count++;
  J->gc_collecting = FALSE;
}

/* Frees everything, reachable or not: the end of js_state_free.  The
 * finalizers still run, so external buffers go too. */
void
js_gc_free_all (JsState *J)
{
  g_hash_table_remove_all (J->atom_table);
  J->gc_collecting = TRUE;
  for (guint i = 0; i < J->gc_things->len; i++)
    free_thing (J, g_ptr_array_index (J->gc_things, i));
  g_ptr_array_set_size (J->gc_things, 0);
  J->gc_bytes = J->gc_external_bytes;
  J->gc_collecting = FALSE;
}

void
js_gc_add_root (JsState *J, JsValue *root)
{
  g_ptr_array_add (J->gc_roots, root);
}

void
js_gc_remove_root (JsState *J, JsValue *root)
{
  /* Roots are usually removed in reverse order of addition. */
  for (guint i = J->gc_roots->len; i > 0; i--)
    if (g_ptr_array_index (J->gc_roots, i - 1) == root)
      {
        g_ptr_array_remove_index (J->gc_roots, i - 1);
        return;
      }
  g_critical ("%s: %p is not a registered root", G_STRFUNC, (void *) root);
}

JsScope *
js_scope_new (JsState *J, JsScope *parent, guint32 n_slots)
{
  JsScope *scope = js_gc_alloc (J, JS_GC_SCOPE, sizeof (JsScope) + (gsize) n_slots * sizeof (JsValue));

  scope->parent = parent;
  scope->n_slots = n_slots;
  for (guint32 i = 0; i < n_slots; i++)
    scope->slots[i] = JS_EMPTY;
  return scope;
}
