/* js-gc.c: the garbage collector — precise mark-and-sweep with explicit roots.
 *
 * Every GC thing is in the J->gc_things array.  A collection marks from the
 * roots (the state's well-known things, registered roots, and each module's
 * js_*_mark_roots), draining an explicit gray stack so that deep object
 * graphs (long linked lists, nested arrays) cannot overflow the C stack, then
 * drops unmarked atoms from the weak atom table and frees every unmarked
 * thing with its external buffers.
 *
 * Things up to CELL_MAX bytes live in size-classed cells (see "Cells").
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

/* ------------------------------------------------------------------------
 * Cells: small things come from size classes of CELL_ALIGN-byte steps, carved
 * out of chunks and recycled through a free list per class.  A malloc and a
 * free per object were a third of the time of programs that make many small
 * objects (promise chains); a cell costs a pop and a push.  A thing's class
 * follows from its gc_size, so cells need no header.  Chunks go back to the
 * system only with the state.
 * ------------------------------------------------------------------------ */

#define CELL_ALIGN 16
#define CELL_MAX 512
#define CELL_CLASSES (CELL_MAX / CELL_ALIGN)
#define CHUNK_BYTES ((gsize) 32 * 1024)

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(addr, size) ((void) (addr), (void) (size))
#define ASAN_UNPOISON_MEMORY_REGION(addr, size) ((void) (addr), (void) (size))
#endif

typedef struct Cell Cell;
struct Cell {
  Cell *next;
};

struct JsGcCells {
  Cell   *free[CELL_CLASSES];
  char   *bump;          /* the unused end of the newest chunk */
  char   *bump_end;
  GPtrArray *chunks;
};

static inline guint
cell_class (gsize size)
{
  return (guint) ((size + CELL_ALIGN - 1) / CELL_ALIGN) - 1;
}

static void *
cell_alloc_slow (JsState *J, guint klass)
{
  struct JsGcCells *cells = J->gc_cells;
  gsize bytes = (gsize) (klass + 1) * CELL_ALIGN;
  void *cell;

  if (cells == NULL)
    {
      cells = J->gc_cells = g_new0 (struct JsGcCells, 1);
      cells->chunks = g_ptr_array_new_with_free_func (g_free);
    }
  if (cells->bump == NULL || (gsize) (cells->bump_end - cells->bump) < bytes)
    {
      /* The rest of the old chunk is left unused: it is smaller than a cell
       * of this class, and a few bytes per chunk are not worth a search. */
      cells->bump = g_malloc (CHUNK_BYTES);
      cells->bump_end = cells->bump + CHUNK_BYTES;
      g_ptr_array_add (cells->chunks, cells->bump);
      ASAN_POISON_MEMORY_REGION (cells->bump, CHUNK_BYTES);
    }
  cell = cells->bump;
  cells->bump += bytes;
  return cell;
}

static inline void *
cell_alloc (JsState *J, gsize size)
{
  guint klass = cell_class (size);
  Cell *cell = J->gc_cells != NULL ? J->gc_cells->free[klass] : NULL;

  if (cell != NULL)
    {
      ASAN_UNPOISON_MEMORY_REGION (cell, sizeof *cell);
      J->gc_cells->free[klass] = cell->next;
    }
  else
    cell = cell_alloc_slow (J, klass);
  ASAN_UNPOISON_MEMORY_REGION (cell, size);
  memset (cell, 0, size);
  return cell;
}

static inline void
cell_free (JsState *J, void *thing, gsize size)
{
  guint klass = cell_class (size);
  Cell *cell = thing;

  ASAN_POISON_MEMORY_REGION (cell, (klass + 1) * CELL_ALIGN);
  ASAN_UNPOISON_MEMORY_REGION (cell, sizeof *cell);
  cell->next = J->gc_cells->free[klass];
  J->gc_cells->free[klass] = cell;
  ASAN_POISON_MEMORY_REGION (cell, sizeof *cell);
}

static void
cells_free_all (JsState *J)
{
  struct JsGcCells *cells = J->gc_cells;

  if (cells == NULL)
    return;
  for (guint i = 0; i < cells->chunks->len; i++)
    ASAN_UNPOISON_MEMORY_REGION (g_ptr_array_index (cells->chunks, i), CHUNK_BYTES);
  g_ptr_array_unref (cells->chunks);
  g_free (cells);
  J->gc_cells = NULL;
}

void *
js_gc_alloc (JsState *J, JsGcKind kind, gsize size)
{
  JsGc *thing;

  g_assert (size >= sizeof (JsGc) && size <= G_MAXUINT32);
  check_heap_budget (J, size);
  thing = size <= CELL_MAX ? cell_alloc (J, size) : g_malloc0 (size);
  thing->gc_kind = kind;
  thing->gc_size = (guint32) size;
  g_ptr_array_add (J->gc_things, thing);
  J->gc_bytes += size;
  return thing;
}

void *
js_gc_buffer_new (JsState *J, gsize size)
{
  return size <= CELL_MAX ? cell_alloc (J, MAX (size, sizeof (Cell))) : g_malloc0 (size);
}

void
js_gc_buffer_free (JsState *J, void *buffer, gsize size)
{
  if (size <= CELL_MAX)
    cell_free (J, buffer, MAX (size, sizeof (Cell)));
  else
    g_free (buffer);
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

static void
gray_grow (JsState *J)
{
  J->gc_gray_cap = MAX ((gsize) 1024, 2 * J->gc_gray_cap);
  J->gc_gray = g_renew (JsGc *, J->gc_gray, J->gc_gray_cap);
}

/* Marked when popped (drain_gray): reading the header now would stall on a
 * cache miss that the prefetch hides. */
static inline void
gray_push (JsState *J, JsGc *thing)
{
  __builtin_prefetch (thing);
  if (G_UNLIKELY (J->gc_gray_len == J->gc_gray_cap))
    gray_grow (J);
  J->gc_gray[J->gc_gray_len++] = thing;
}

static inline void
mark_value (JsState *J, JsValue v)
{
  if (js_value_is_gc_thing (v))
    gray_push (J, js_get_pointer (v));
}

void
js_gc_mark_thing (JsState *J, JsGc *thing)
{
  if (thing != NULL)
    gray_push (J, thing);
}

void
js_gc_mark_value (JsState *J, JsValue v)
{
  mark_value (J, v);
}

/* Property keys are atoms and symbols, shared by many objects and so
 * usually in the cache and already marked: testing first saves the push
 * and the pop for nearly every key. */
static inline void
mark_key (JsState *J, JsValue key)
{
  if (js_value_is_gc_thing (key))
    {
      JsGc *thing = js_get_pointer (key);
      if (!thing->gc_mark)
        gray_push (J, thing);
    }
}

static void
mark_values (JsState *J, const JsValue *values, gsize n)
{
  for (gsize i = 0; i < n; i++)
    mark_value (J, values[i]);
}

static void
mark_object_children (JsState *J, JsObject *obj)
{
  js_gc_mark_thing (J, (JsGc *) obj->proto);
  for (guint32 i = 0; i < obj->n_props; i++)
    {
      JsProperty *p = &obj->props[i];
      mark_key (J, p->key);
      mark_value (J, p->value);
    }

  switch ((JsClassId) obj->class_id)
    {
    case JS_CLASS_ARRAY:
    case JS_CLASS_ARGUMENTS:
      mark_values (J, obj->u.array.elements, obj->u.array.length);
      break;
    case JS_CLASS_MAPPED_ARGUMENTS:
      js_gc_mark_thing (J, (JsGc *) obj->u.arguments_map);
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
    case JS_CLASS_MODULE_NAMESPACE:
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
  while (J->gc_gray_len > 0)
    {
      JsGc *thing = J->gc_gray[--J->gc_gray_len];
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
finalize_thing (JsState *J, JsGc *thing)
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
}

static void
free_thing (JsState *J, JsGc *thing)
{
  finalize_thing (J, thing);
  if (thing->gc_size <= CELL_MAX)
    cell_free (J, thing, thing->gc_size);
  else
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
    {
      JsGc *thing = g_ptr_array_index (J->gc_things, i);
      finalize_thing (J, thing);
      if (thing->gc_size > CELL_MAX)
        g_free (thing);
    }
  g_ptr_array_set_size (J->gc_things, 0);
  /* The cells go with their chunks. */
  cells_free_all (J);
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
