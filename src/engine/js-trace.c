/* js-trace.c: recording a run as events, folding them into states, and the
 * JSON export (js-trace.h, docs/trace-format.md).
 *
 * Recording.  Every event is a 32-byte record; its strings live in one pool
 * and its source range in a table of distinct ranges, so a statement event
 * costs 32 bytes and nothing else.  The recorder keeps the *live* state (the
 * state after the last event) up to date, and while doing so writes into each
 * event what undoing it needs (the position an item left its queue from, the
 * range a statement replaced …).  Every event can therefore be applied
 * forwards and backwards in O(1) (plus the memmove of a queue insertion).
 *
 * Seeking.  Every so often the recorder copies the live state as a
 * checkpoint.  The gap between checkpoints grows with the size of the state
 * (at least CHECKPOINT_INTERVAL events, at least four times the number of
 * items the state holds), so the checkpoints never cost more memory than the
 * events themselves.  A seek starts from the cursor or from the nearest
 * checkpoint, whichever is closer, and replays the rest.
 *
 * The promise table and the console only grow, and a promise settles once:
 * a state holds just how many of each exist; a promise's state at a step
 * comes from the step of its PROMISE_SETTLE event.
 *
 * Recording is on every call and statement of the program, so it does no
 * formatting and no allocation per event: names are interned once (a cache
 * by name string), ranges once per pc (cached in the function's proto), a
 * number's preview is formatted only when read, and checkpoints come from
 * chunks of their own.
 *
 * Nothing here holds a JavaScript value once recorded: names, text and
 * previews are copied.  Only the name cache refers to strings, as GC roots,
 * while recording.
 */
#include "js-compile.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#ifndef N_
#define N_(s) (s)
#endif

#define CHECKPOINT_INTERVAL 1024
#define HUGE_PAGE_SIZE (2 * 1024 * 1024)
#define NONE G_MAXUINT32

/* What an event stores.  `aux` and `aux2` hold the undo data:
 *   STATEMENT      aux = the range the top frame had before
 *   FRAME_POP      aux = the FRAME_PUSH event of the popped frame (range = its last range)
 *   *_DONE/_RUN/_CANCEL  aux = the event that added the item, aux2 = its position in the queue
 *   WEBAPI_ADD     aux = the due time, aux2 = the delay (whole ms)
 *   PHASE          aux = the phase before */
typedef struct {
  guint8  kind;
  guint8  sub;
  guint8  task;
  guint8  flags;
  guint32 id;
  guint32 range;
  guint32 str;
  guint32 aux;
  guint32 aux2;
  double  time;
} Event;

G_STATIC_ASSERT (sizeof (Event) == 32);

/* How a PROMISE_SETTLE event keeps its value's preview (Event.flags): as
 * text in the pool, or, for a number, the number itself in aux (low half)
 * and aux2, formatted only when somebody reads it. */
enum {
  PREVIEW_IN_POOL,
  PREVIEW_NUMBER,
};

typedef struct {
  guint32 push_event;
  guint32 range;
} FrameSlot;

typedef struct {
  FrameSlot *items;
  guint32    len;
  guint32    cap;
} FrameStack;

/* The events that added a queue's items, front first.  Items leave mostly
 * from the front (100,000 timers drain one by one), so they start at
 * `head` and taking the front moves nothing. */
typedef struct {
  guint32 *items;
  guint32  head;
  guint32  len;
  guint32  cap;
} Queue;

struct JsTraceState {
  JsTrace   *trace;
  guint64    step;
  guint32    phase;
  guint32    n_promises;
  guint32    n_console;
  FrameStack frames;
  Queue      queues[JS_TRACE_N_QUEUES];
};

typedef struct {
  guint32 created_event;
  guint32 settled_event;   /* NONE while pending */
} PromiseRecord;

/* The names of the functions called lately, by their name string: a call
 * must not convert its callee's name to UTF-8 and intern it again.  The
 * strings are GC roots (js_trace_mark_roots), so an entry cannot outlive
 * its string and match another one allocated at the same address. */
#define NAME_CACHE_SIZE 256

typedef struct {
  JsString *name;          /* NULL: empty */
  guint32   offset;
} NameCacheEntry;

/* An open-addressing set of guint32 keys (offsets or indices) whose
 * content is compared through callbacks: it interns strings and ranges. */
typedef struct {
  guint32 *slots;          /* NONE: empty */
  guint32  capacity;       /* a power of two */
  guint32  count;
} InternTable;

/* Events live in chunks that double in size (chunk k holds
 * FIRST_CHUNK_EVENTS << k), so the trace grows without ever copying what it
 * holds, and event i is found with one bit scan (event_at). */
#define FIRST_CHUNK_SHIFT 10
#define FIRST_CHUNK_EVENTS (1u << FIRST_CHUNK_SHIFT)
#define N_EVENT_CHUNKS (32 - FIRST_CHUNK_SHIFT + 1)

struct JsTrace {
  JsState *J;              /* NULL once stolen */
  Event   *chunks[N_EVENT_CHUNKS];
  guint32  n_chunks;
  char    *shared_region;  /* one huge page holding the middle chunks (grow_events) */
  Event   *tail;           /* the next free event of the last chunk */
  guint32  n_events;
  guint64  cap_events;     /* events the chunks hold in all */
  guint64  max_events;
  gboolean truncated;

  char    *pool;           /* NUL-terminated strings; offset 0 is "" */
  gsize    pool_length;
  gsize    pool_capacity;
  InternTable names;
  NameCacheEntry name_cache[NAME_CACHE_SIZE];
  guint32  anonymous;      /* "(anonymous)" in the pool */

  JsTraceRange *ranges;    /* index 0: no range */
  guint32  n_ranges;
  guint32  cap_ranges;
  InternTable range_table;

  GArray  *promises;       /* PromiseRecord, by id - 1 */
  GArray  *console;        /* guint32: the CONSOLE events */
  GHashTable *previews;    /* event index → the text of a PREVIEW_NUMBER, made when first read */

  JsTraceState *live;      /* after the last event */
  GPtrArray *checkpoints;  /* JsTraceState *, by step, in checkpoint_chunks */
  GPtrArray *checkpoint_chunks;
  char    *checkpoint_next;
  gsize    checkpoint_left;
  guint64  next_checkpoint;
  JsTraceState *cursor;    /* what js_trace_get_state returns */

  guint32  next_id;
  int      paused;         /* > 0 while a value preview runs: its code is not the program's */
  guint8   pending_reason; /* for the next frame_enter; NONE_REASON when none */
  int     *native_depths;  /* per live frame: J->native_depth when it was pushed */
  guint32  n_native_depths;
  guint32  cap_native_depths;
};

#define NONE_REASON 0xFF

static inline Event *
event_at (JsTrace *trace, guint64 index)
{
  guint64 i = index + FIRST_CHUNK_EVENTS;
  int k = 63 - __builtin_clzll (i) - FIRST_CHUNK_SHIFT;

  return &trace->chunks[k][i - ((guint64) FIRST_CHUNK_EVENTS << k)];
}

/* ------------------------------------------------------------------------
 * Names and narration templates
 * ------------------------------------------------------------------------ */

static const struct { const char *name; const char *narration; } event_kinds[] = {
#define JS_TRACE_EVENT_ROW(id, name, narration) { name, narration },
  JS_TRACE_EVENT_KINDS (JS_TRACE_EVENT_ROW)
#undef JS_TRACE_EVENT_ROW
};

static const struct { const char *name; const char *label; } queues[] = {
#define ROW(id, name, label) { name, label },
  JS_TRACE_QUEUES (ROW)
};
static const struct { const char *name; const char *label; } task_kinds[] = {
  JS_TRACE_TASK_KINDS (ROW)
};
static const struct { const char *name; const char *label; } reasons[] = {
  JS_TRACE_FRAME_REASONS (ROW)
};
static const struct { const char *name; const char *label; } phases[] = {
  JS_TRACE_PHASES (ROW)
#undef ROW
};

static const char *const stream_names[] = { "stdout", "stderr" };
static const char *const promise_state_names[] = { "pending", "fulfilled", "rejected" };
static const char *const budget_names[] = { "steps", "heap", "time", "stack", "wall" };  /* by JsBudget */

const char *
js_trace_event_kind_name (JsTraceEventKind kind)
{
  g_return_val_if_fail (kind < JS_TRACE_N_EVENT_KINDS, "");
  return event_kinds[kind].name;
}

const char *
js_trace_event_kind_narration (JsTraceEventKind kind)
{
  g_return_val_if_fail (kind < JS_TRACE_N_EVENT_KINDS, "");
  return event_kinds[kind].narration;
}

const char *
js_trace_queue_name (JsTraceQueue queue)
{
  g_return_val_if_fail (queue < JS_TRACE_N_QUEUES, "");
  return queues[queue].name;
}

const char *
js_trace_task_kind_name (JsTraceTaskKind kind)
{
  g_return_val_if_fail (kind < JS_TRACE_N_TASK_KINDS, "");
  return task_kinds[kind].name;
}

const char *
js_trace_phase_name (JsTracePhase phase)
{
  g_return_val_if_fail (phase < JS_TRACE_N_PHASES, "");
  return phases[phase].name;
}

const char *
js_trace_frame_reason_name (JsTraceFrameReason reason)
{
  g_return_val_if_fail (reason < JS_TRACE_N_REASONS, "");
  return reasons[reason].name;
}

/* ------------------------------------------------------------------------
 * The string pool and the range table
 * ------------------------------------------------------------------------ */

typedef guint32 (*InternHashFunc) (JsTrace *trace, guint32 key);
typedef gboolean (*InternEqualFunc) (JsTrace *trace, guint32 key, gconstpointer probe);

static void
intern_init (InternTable *table)
{
  table->capacity = 64;
  table->count = 0;
  table->slots = g_new (guint32, table->capacity);
  memset (table->slots, 0xFF, table->capacity * sizeof (guint32));
}

static void
intern_grow (JsTrace *trace, InternTable *table, InternHashFunc hash)
{
  guint32 *old = table->slots;
  guint32 old_capacity = table->capacity;

  table->capacity *= 2;
  table->slots = g_new (guint32, table->capacity);
  memset (table->slots, 0xFF, table->capacity * sizeof (guint32));
  for (guint32 i = 0; i < old_capacity; i++)
    if (old[i] != NONE)
      {
        guint32 j = hash (trace, old[i]) & (table->capacity - 1);
        while (table->slots[j] != NONE)
          j = (j + 1) & (table->capacity - 1);
        table->slots[j] = old[i];
      }
  g_free (old);
}

/* Finds the key equal to `probe` (hashing to `h`); NONE and *slot set to
 * where it would go when absent. */
static guint32
intern_lookup (JsTrace *trace, InternTable *table, guint32 h, InternEqualFunc equal,
               gconstpointer probe, guint32 *slot)
{
  guint32 j = h & (table->capacity - 1);

  while (table->slots[j] != NONE)
    {
      if (equal (trace, table->slots[j], probe))
        return table->slots[j];
      j = (j + 1) & (table->capacity - 1);
    }
  *slot = j;
  return NONE;
}

static guint32
pool_append (JsTrace *trace, const char *text, gsize length)
{
  guint32 offset;

  if (length == 0)
    return 0;
  if (trace->pool_length + length + 1 > trace->pool_capacity)
    {
      trace->pool_capacity = MAX (trace->pool_capacity * 2, trace->pool_length + length + 1);
      trace->pool = g_realloc (trace->pool, trace->pool_capacity);
    }
  g_assert (trace->pool_length + length + 1 <= G_MAXUINT32);
  offset = (guint32) trace->pool_length;
  memcpy (trace->pool + offset, text, length);
  trace->pool[offset + length] = '\0';
  trace->pool_length += length + 1;
  return offset;
}

static guint32
name_hash (JsTrace *trace, guint32 key)
{
  return g_str_hash (trace->pool + key);
}

static gboolean
name_equal (JsTrace *trace, guint32 key, gconstpointer probe)
{
  return strcmp (trace->pool + key, probe) == 0;
}

/* Names (functions, files) repeat: they are stored once. */
static guint32
intern_name (JsTrace *trace, const char *name)
{
  guint32 slot, offset;

  if (name == NULL || *name == '\0')
    return 0;
  offset = intern_lookup (trace, &trace->names, g_str_hash (name), name_equal, name, &slot);
  if (offset != NONE)
    return offset;
  offset = pool_append (trace, name, strlen (name));
  trace->names.slots[slot] = offset;
  if (++trace->names.count * 2 > trace->names.capacity)
    intern_grow (trace, &trace->names, name_hash);
  return offset;
}

static guint32
range_hash_of (const JsTraceRange *r)
{
  return (guint32) (r->line * 2654435761u) ^ (guint32) (r->column * 40503u) ^
         (guint32) (r->end_line * 9973u) ^ (guint32) r->end_column;
}

static guint32
range_hash (JsTrace *trace, guint32 key)
{
  return range_hash_of (&trace->ranges[key]);
}

static gboolean
range_equal (JsTrace *trace, guint32 key, gconstpointer probe)
{
  return memcmp (&trace->ranges[key], probe, sizeof (JsTraceRange)) == 0;
}

static guint32
intern_range (JsTrace *trace, const JsTraceRange *range)
{
  guint32 slot, index;

  if (range->line == 0)
    return 0;
  index = intern_lookup (trace, &trace->range_table, range_hash_of (range), range_equal, range, &slot);
  if (index != NONE)
    return index;
  if (trace->n_ranges == trace->cap_ranges)
    {
      trace->cap_ranges *= 2;
      trace->ranges = g_renew (JsTraceRange, trace->ranges, trace->cap_ranges);
    }
  index = trace->n_ranges++;
  trace->ranges[index] = *range;
  trace->range_table.slots[slot] = index;
  if (++trace->range_table.count * 2 > trace->range_table.capacity)
    intern_grow (trace, &trace->range_table, range_hash);
  return index;
}

/* ------------------------------------------------------------------------
 * States
 * ------------------------------------------------------------------------ */

/* Makes room for `need` items of `size` bytes in a growing array. */
static void *
reserve (void *items, guint32 *cap, guint32 need, gsize size)
{
  if (need <= *cap)
    return items;
  *cap = MAX (need, MAX (8, *cap * 2));
  return g_realloc_n (items, *cap, size);
}

static void
frame_push (FrameStack *frames, FrameSlot slot)
{
  if (frames->len == frames->cap)
    frames->items = reserve (frames->items, &frames->cap, frames->len + 1, sizeof (FrameSlot));
  frames->items[frames->len++] = slot;
}

static inline guint32
queue_at (const Queue *queue, guint32 index)
{
  return queue->items[queue->head + index];
}

static void
queue_push (Queue *queue, guint32 item)
{
  if (queue->head + queue->len == queue->cap)
    {
      /* Slide back when at least half the array is free at the front. */
      if (queue->head > 0 && queue->head >= queue->len)
        {
          memmove (queue->items, queue->items + queue->head, queue->len * sizeof (guint32));
          queue->head = 0;
        }
      else
        queue->items = reserve (queue->items, &queue->cap, queue->head + queue->len + 1, sizeof (guint32));
    }
  queue->items[queue->head + queue->len++] = item;
}

static void
queue_pop_back (Queue *queue)
{
  if (--queue->len == 0)
    queue->head = 0;
}

/* Moves whichever side of the item is shorter. */
static void
queue_remove (Queue *queue, guint32 index)
{
  guint32 *front = queue->items + queue->head;

  if (index < queue->len / 2)
    {
      memmove (front + 1, front, index * sizeof (guint32));
      queue->head++;
    }
  else
    memmove (front + index, front + index + 1, (queue->len - index - 1) * sizeof (guint32));
  if (--queue->len == 0)
    queue->head = 0;
}

static void
queue_insert (Queue *queue, guint32 index, guint32 item)
{
  if (queue->head > 0 && index <= queue->len / 2)
    {
      queue->head--;
      memmove (queue->items + queue->head, queue->items + queue->head + 1, index * sizeof (guint32));
      queue->len++;
    }
  else
    {
      queue_push (queue, item);
      memmove (queue->items + queue->head + index + 1, queue->items + queue->head + index,
               (queue->len - 1 - index) * sizeof (guint32));
    }
  queue->items[queue->head + index] = item;
}

static JsTraceState *
state_new (JsTrace *trace)
{
  JsTraceState *state = g_new0 (JsTraceState, 1);

  state->trace = trace;
  state->phase = JS_TRACE_PHASE_NONE;
  return state;
}

static void
state_assign (JsTraceState *to, const JsTraceState *from)
{
  to->trace = from->trace;
  to->step = from->step;
  to->phase = from->phase;
  to->n_promises = from->n_promises;
  to->n_console = from->n_console;
  to->frames.items = reserve (to->frames.items, &to->frames.cap, from->frames.len, sizeof (FrameSlot));
  if (from->frames.len > 0)
    memcpy (to->frames.items, from->frames.items, from->frames.len * sizeof (FrameSlot));
  to->frames.len = from->frames.len;
  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    {
      const Queue *source = &from->queues[q];
      Queue *target = &to->queues[q];

      target->items = reserve (target->items, &target->cap, source->len, sizeof (guint32));
      if (source->len > 0)
        memcpy (target->items, source->items + source->head, source->len * sizeof (guint32));
      target->head = 0;
      target->len = source->len;
    }
}

JsTraceState *
js_trace_state_copy (const JsTraceState *state)
{
  JsTraceState *copy = state_new (state->trace);

  state_assign (copy, state);
  return copy;
}

void
js_trace_state_free (JsTraceState *state)
{
  if (state == NULL)
    return;
  g_free (state->frames.items);
  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    g_free (state->queues[q].items);
  g_free (state);
}

gboolean
js_trace_state_equal (const JsTraceState *a, const JsTraceState *b)
{
  if (a->step != b->step || a->phase != b->phase || a->n_promises != b->n_promises ||
      a->n_console != b->n_console || a->frames.len != b->frames.len ||
      (a->frames.len > 0 && memcmp (a->frames.items, b->frames.items, a->frames.len * sizeof (FrameSlot)) != 0))
    return FALSE;
  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    {
      const Queue *qa = &a->queues[q], *qb = &b->queues[q];

      if (qa->len != qb->len ||
          (qa->len > 0 && memcmp (qa->items + qa->head, qb->items + qb->head, qa->len * sizeof (guint32)) != 0))
        return FALSE;
    }
  return TRUE;
}

static gsize
state_items (const JsTraceState *state)
{
  gsize n = state->frames.len;

  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    n += state->queues[q].len;
  return n;
}

static gboolean
is_add_event (guint8 kind)
{
  return kind == JS_TRACE_WEBAPI_ADD || kind == JS_TRACE_TASK_ENQUEUE || kind == JS_TRACE_MICROTASK_ENQUEUE;
}

static gboolean
is_remove_event (guint8 kind)
{
  return kind == JS_TRACE_WEBAPI_DONE || kind == JS_TRACE_WEBAPI_CANCEL ||
         kind == JS_TRACE_TASK_RUN || kind == JS_TRACE_TASK_CANCEL || kind == JS_TRACE_MICROTASK_RUN;
}

/* Applies event `index` to a state at step `index`. */
static void
state_apply (JsTraceState *state, const Event *ev, guint32 index)
{
  g_assert (state->step == index);
  switch ((JsTraceEventKind) ev->kind)
    {
    case JS_TRACE_STATEMENT:
      if (state->frames.len > 0)
        state->frames.items[state->frames.len - 1].range = ev->range;
      break;
    case JS_TRACE_FRAME_PUSH:
      frame_push (&state->frames, (FrameSlot) { index, ev->range });
      break;
    case JS_TRACE_FRAME_POP:
      if (ev->aux != NONE)
        state->frames.len--;
      break;
    case JS_TRACE_PROMISE_NEW:
      state->n_promises++;
      break;
    case JS_TRACE_CONSOLE:
      state->n_console++;
      break;
    case JS_TRACE_PHASE:
      state->phase = ev->sub;
      break;
    default:
      if (is_add_event (ev->kind))
        queue_push (&state->queues[ev->sub], index);
      else if (is_remove_event (ev->kind) && ev->aux != NONE)
        queue_remove (&state->queues[ev->sub], ev->aux2);
      break;
    }
  state->step = index + 1;
}

/* Undoes event `index` on a state at step `index + 1`. */
static void
state_unapply (JsTraceState *state, const Event *ev, guint32 index)
{
  g_assert (state->step == (guint64) index + 1);
  switch ((JsTraceEventKind) ev->kind)
    {
    case JS_TRACE_STATEMENT:
      if (state->frames.len > 0)
        state->frames.items[state->frames.len - 1].range = ev->aux;
      break;
    case JS_TRACE_FRAME_PUSH:
      state->frames.len--;
      break;
    case JS_TRACE_FRAME_POP:
      if (ev->aux != NONE)
        frame_push (&state->frames, (FrameSlot) { ev->aux, ev->range });
      break;
    case JS_TRACE_PROMISE_NEW:
      state->n_promises--;
      break;
    case JS_TRACE_CONSOLE:
      state->n_console--;
      break;
    case JS_TRACE_PHASE:
      state->phase = ev->aux;
      break;
    default:
      if (is_add_event (ev->kind))
        queue_pop_back (&state->queues[ev->sub]);
      else if (is_remove_event (ev->kind) && ev->aux != NONE)
        queue_insert (&state->queues[ev->sub], ev->aux2, ev->aux);
      break;
    }
  state->step = index;
}

/* ------------------------------------------------------------------------
 * The trace object
 * ------------------------------------------------------------------------ */

static void add_checkpoint (JsTrace *trace);

JsTrace *
js_trace_new (JsState *J)
{
  JsTrace *trace = g_new0 (JsTrace, 1);

  trace->J = J;
  trace->max_events = JS_TRACE_DEFAULT_MAX_EVENTS;
  trace->pool_capacity = 4096;
  trace->pool = g_malloc (trace->pool_capacity);
  trace->pool[0] = '\0';
  trace->pool_length = 1;
  intern_init (&trace->names);
  trace->anonymous = intern_name (trace, "(anonymous)");
  trace->cap_ranges = 64;
  trace->ranges = g_new0 (JsTraceRange, trace->cap_ranges);
  trace->n_ranges = 1;
  intern_init (&trace->range_table);
  trace->promises = g_array_new (FALSE, FALSE, sizeof (PromiseRecord));
  trace->console = g_array_new (FALSE, FALSE, sizeof (guint32));
  trace->live = state_new (trace);
  trace->checkpoints = g_ptr_array_new ();
  trace->checkpoint_chunks = g_ptr_array_new_with_free_func (g_free);
  add_checkpoint (trace);
  trace->next_checkpoint = CHECKPOINT_INTERVAL;
  trace->pending_reason = NONE_REASON;
  return trace;
}

static gboolean chunk_is_shared (guint32 k);

void
js_trace_free (JsTrace *trace)
{
  if (trace == NULL)
    return;
  if (trace->J != NULL && trace->J->trace == trace)
    trace->J->trace = NULL;
  for (guint32 k = 0; k < trace->n_chunks; k++)
    if (!chunk_is_shared (k))
      free (trace->chunks[k]);
  free (trace->shared_region);
  g_free (trace->pool);
  g_free (trace->names.slots);
  g_free (trace->ranges);
  g_free (trace->range_table.slots);
  g_array_unref (trace->promises);
  g_array_unref (trace->console);
  if (trace->previews != NULL)
    g_hash_table_unref (trace->previews);
  js_trace_state_free (trace->live);
  js_trace_state_free (trace->cursor);
  g_ptr_array_unref (trace->checkpoints);
  g_ptr_array_unref (trace->checkpoint_chunks);
  g_free (trace->native_depths);
  g_free (trace);
}

void
js_trace_mark_roots (JsState *J)
{
  /* The trace copies what it records: it holds no values, only the keys
   * of its name cache. */
  for (guint i = 0; i < NAME_CACHE_SIZE; i++)
    js_gc_mark_thing (J, (JsGc *) J->trace->name_cache[i].name);
}

JsTrace *
js_state_get_trace (JsState *J)
{
  return J->trace;
}

JsTrace *
js_state_steal_trace (JsState *J)
{
  JsTrace *trace = J->trace;

  if (trace != NULL)
    {
      J->trace = NULL;
      trace->J = NULL;
    }
  return trace;
}

void
js_trace_set_max_events (JsTrace *trace, guint64 max_events)
{
  trace->max_events = MAX (max_events, 2);
}

gboolean
js_trace_is_truncated (JsTrace *trace)
{
  return trace->truncated;
}

guint
js_trace_count_waiting (JsTrace *trace)
{
  guint n = 0;

  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    n += trace->live->queues[q].len;
  return n;
}

guint64
js_trace_get_n_events (JsTrace *trace)
{
  return trace->n_events;
}

gsize
js_trace_get_memory_size (JsTrace *trace)
{
  gsize size = sizeof *trace;

  size += (gsize) trace->cap_events * sizeof (Event);
  size += trace->pool_capacity + trace->names.capacity * sizeof (guint32);
  size += (gsize) trace->cap_ranges * sizeof (JsTraceRange) + trace->range_table.capacity * sizeof (guint32);
  size += trace->promises->len * sizeof (PromiseRecord) + trace->console->len * sizeof (guint32);
  for (guint i = 0; i < trace->checkpoints->len; i++)
    size += sizeof (JsTraceState) + state_items (g_ptr_array_index (trace->checkpoints, i)) * sizeof (FrameSlot);
  return size;
}

/* ------------------------------------------------------------------------
 * Recording
 * ------------------------------------------------------------------------ */

static gboolean
recording (JsState *J)
{
  return J->trace != NULL && !J->trace->truncated && J->trace->paused == 0;
}

/* Memory in 2 MiB pages where the system offers them: a big trace touches
 * its pages once each, in order, so a million events cost 16 page faults
 * instead of 8,000. */
static void *
huge_page_alloc (gsize size)
{
  void *block;

  if (posix_memalign (&block, HUGE_PAGE_SIZE, size) != 0)
    g_error ("%s: failed to allocate %" G_GSIZE_FORMAT " bytes", G_STRLOC, size);
#ifdef MADV_HUGEPAGE
  madvise (block, size, MADV_HUGEPAGE);
#endif
  return block;
}

/* Chunks 3 to 5 (256 KiB, 512 KiB, 1 MiB) fit one after the other in one
 * huge page: a trace of 10,000 microtasks then faults it in once rather
 * than 450 small pages, which cost milliseconds in a virtual machine. */
#define SHARED_FIRST_CHUNK 3

static gboolean
chunk_is_shared (guint32 k)
{
  return k >= SHARED_FIRST_CHUNK && ((gsize) FIRST_CHUNK_EVENTS << k) * sizeof (Event) < HUGE_PAGE_SIZE;
}

/* Adds the next chunk (the last one is full). */
static void
grow_events (JsTrace *trace)
{
  gsize n = (gsize) FIRST_CHUNK_EVENTS << trace->n_chunks;
  gsize size = (gsize) n * sizeof (Event);
  Event *events;

  g_assert (trace->n_chunks < N_EVENT_CHUNKS);
  if (chunk_is_shared (trace->n_chunks))
    {
      /* The chunks before this one in the region hold n - first events. */
      gsize offset = (n - ((gsize) FIRST_CHUNK_EVENTS << SHARED_FIRST_CHUNK)) * sizeof (Event);

      if (trace->shared_region == NULL)
        trace->shared_region = huge_page_alloc (HUGE_PAGE_SIZE);
      g_assert (offset + size <= HUGE_PAGE_SIZE);
      events = (Event *) (trace->shared_region + offset);
    }
  else if (size < HUGE_PAGE_SIZE)
    events = g_malloc (size);
  else
    events = huge_page_alloc (size);
  trace->chunks[trace->n_chunks++] = events;
  trace->tail = events;
  trace->cap_events += n;
}

/* Checkpoints live in big chunks of their own: as small blocks among the
 * program's objects, they would fragment the heap for the rest of the run. */
#define CHECKPOINT_CHUNK_SIZE (256 * 1024)

static void *
checkpoint_alloc (JsTrace *trace, gsize size)
{
  void *block;

  size = (size + 7) & ~(gsize) 7;
  if (size > trace->checkpoint_left)
    {
      gsize chunk = MAX (CHECKPOINT_CHUNK_SIZE, size);
      trace->checkpoint_next = g_malloc (chunk);
      trace->checkpoint_left = chunk;
      g_ptr_array_add (trace->checkpoint_chunks, trace->checkpoint_next);
    }
  block = trace->checkpoint_next;
  trace->checkpoint_next += size;
  trace->checkpoint_left -= size;
  return block;
}

/* A frozen copy of the live state: its arrays are exactly full, so that
 * nothing ever grows them (state_assign only reads a checkpoint). */
static void
add_checkpoint (JsTrace *trace)
{
  const JsTraceState *live = trace->live;
  JsTraceState *checkpoint = checkpoint_alloc (trace, sizeof (JsTraceState));

  *checkpoint = *live;
  checkpoint->frames.cap = live->frames.len;
  checkpoint->frames.items = checkpoint_alloc (trace, live->frames.len * sizeof (FrameSlot));
  if (live->frames.len > 0)
    memcpy (checkpoint->frames.items, live->frames.items, live->frames.len * sizeof (FrameSlot));
  for (int q = 0; q < JS_TRACE_N_QUEUES; q++)
    {
      const Queue *from = &live->queues[q];
      Queue *to = &checkpoint->queues[q];

      to->head = 0;
      to->cap = from->len;
      to->items = checkpoint_alloc (trace, from->len * sizeof (guint32));
      if (from->len > 0)
        memcpy (to->items, from->items + from->head, from->len * sizeof (guint32));
    }
  g_ptr_array_add (trace->checkpoints, checkpoint);
  trace->next_checkpoint = trace->n_events + MAX (CHECKPOINT_INTERVAL, 4 * state_items (live));
}

/* Appends an event whose effect the live state already has.  The hot
 * events (statements, calls and returns) come here directly. */
static inline void
append_applied (JsTrace *trace, const Event *ev)
{
  if (G_UNLIKELY (trace->n_events == trace->cap_events))
    grow_events (trace);
  *trace->tail++ = *ev;
  trace->n_events++;
  trace->live->step = trace->n_events;
  if (G_UNLIKELY (trace->n_events >= trace->next_checkpoint))
    add_checkpoint (trace);
}

static void
push_event (JsTrace *trace, const Event *ev)
{
  state_apply (trace->live, ev, trace->n_events);
  append_applied (trace, ev);
}

static void
truncate_trace (JsTrace *trace, double time)
{
  Event last = { .kind = JS_TRACE_TRUNCATED, .time = time };
  char text[96];
  int n;

  n = g_snprintf (text, sizeof text, "the trace holds at most %" G_GUINT64_FORMAT " events", trace->max_events);
  last.str = pool_append (trace, text, n);
  push_event (trace, &last);
  trace->truncated = TRUE;
}

/* TRUE when the trace is full: the first time, a final TRUNCATED event
 * says so, and recording stops. */
static inline gboolean
reached_cap (JsTrace *trace, double time)
{
  if (G_LIKELY (trace->n_events + 1 < trace->max_events))
    return FALSE;
  truncate_trace (trace, time);
  return TRUE;
}

/* Finds the item with task id `id` in a live queue and fills the undo data
 * of the event that removes it. */
static void
find_in_queue (JsTrace *trace, Event *ev)
{
  const Queue *queue = &trace->live->queues[ev->sub];

  ev->aux = ev->aux2 = NONE;
  for (guint32 i = 0; i < queue->len; i++)
    {
      guint32 added = queue_at (queue, i);
      if (event_at (trace, added)->id == ev->id)
        {
          ev->aux = added;
          ev->aux2 = i;
          ev->str = event_at (trace, added)->str;
          ev->task = event_at (trace, added)->task;
          return;
        }
    }
}

/* Appends an event (time filled in here), unless the trace is full: then a
 * final TRUNCATED event says so and recording stops. */
static void
record (JsState *J, Event *ev)
{
  JsTrace *trace = J->trace;

  ev->time = js_virtual_now_ms (J);
  if (reached_cap (trace, ev->time))
    return;
  switch ((JsTraceEventKind) ev->kind)
    {
    case JS_TRACE_STATEMENT:
      {
        const FrameStack *frames = &trace->live->frames;
        ev->aux = frames->len > 0 ? frames->items[frames->len - 1].range : 0;
      }
      break;
    case JS_TRACE_PHASE:
      ev->aux = trace->live->phase;
      break;
    case JS_TRACE_CONSOLE:
      g_array_append_val (trace->console, trace->n_events);
      break;
    default:
      if (is_remove_event (ev->kind))
        find_in_queue (trace, ev);
      break;
    }
  push_event (trace, ev);
}

static guint32
intern_js_name (JsTrace *trace, JsString *name)
{
  NameCacheEntry *entry = &trace->name_cache[((uintptr_t) name >> 4) % NAME_CACHE_SIZE];

  if (entry->name != name)
    {
      g_autofree char *utf8 = js_string_to_utf8 (name);

      entry->name = name;
      entry->offset = intern_name (trace, utf8);
    }
  return entry->offset;
}

/* js_function_get_name, read straight from the front of the property
 * table when "name" is there: functions get "length" and "name" first, and
 * every traced call and callback asks, so a whole property lookup costs a
 * good part of recording a call.  Anything else takes the general path. */
#define NAME_SLOTS_SCANNED 3

static JsString *
own_function_name (JsState *J, JsObject *fn)
{
  JsValue key = JS_KEY (J, name);
  guint32 n = MIN (fn->n_props, NAME_SLOTS_SCANNED);

  for (guint32 i = 0; i < n; i++)
    {
      const JsProperty *p = &fn->props[i];

      if (p->key.bits == key.bits)
        {
          if (!(p->flags & JS_PROP_ACCESSOR) && js_is_string (p->value))
            return js_get_string (p->value);
          break;
        }
    }
  return js_function_get_name (J, fn);
}

/* The name shown for a function: its own name, or "(anonymous)". */
static guint32
function_name (JsState *J, JsValue fn)
{
  JsString *name;

  if (!js_is_object (fn) || !js_is_callable (fn))
    return 0;
  name = own_function_name (J, js_get_object (fn));
  if (name == NULL || name->length == 0)
    return J->trace->anonymous;
  return intern_js_name (J->trace, name);
}

guint32
js_trace_new_id (JsState *J)
{
  if (J->trace == NULL)
    return 0;
  return ++J->trace->next_id;
}

void
js_trace_script (JsState *J, gboolean end, const char *filename)
{
  Event ev = { .kind = end ? JS_TRACE_SCRIPT_END : JS_TRACE_SCRIPT_START };

  if (!recording (J))
    return;
  ev.str = intern_name (J->trace, filename);
  record (J, &ev);
}

void
js_trace_set_frame_reason (JsState *J, JsTraceFrameReason reason)
{
  if (J->trace != NULL)
    J->trace->pending_reason = reason;
}

static guint32 function_range (JsState *J, JsValue fn);

void
js_trace_frame_enter (JsState *J, JsObject *callee)
{
  JsTrace *trace = J->trace;
  Event ev = { .kind = JS_TRACE_FRAME_PUSH };
  int depth = J->native_depth;

  if (!recording (J))
    return;
  if (trace->pending_reason != NONE_REASON)
    ev.sub = trace->pending_reason;
  else if (trace->n_native_depths > 0 && depth > trace->native_depths[trace->n_native_depths - 1])
    ev.sub = JS_TRACE_REASON_CALLBACK;   /* a builtin called it (map, the executor, …) */
  else
    ev.sub = JS_TRACE_REASON_CALL;
  trace->pending_reason = NONE_REASON;
  /* A function the loop or a builtin calls starts where it is written,
   * until its first statement: there is no caller's line to show. */
  if (ev.sub != JS_TRACE_REASON_CALL && ev.sub != JS_TRACE_REASON_SCRIPT)
    ev.range = function_range (J, js_object_value (callee));
  ev.str = function_name (J, js_object_value (callee));
  if (ev.sub == JS_TRACE_REASON_SCRIPT && ev.str == trace->anonymous)
    ev.str = intern_name (trace, "(main)");
  ev.id = ++trace->next_id;
  trace->native_depths = reserve (trace->native_depths, &trace->cap_native_depths,
                                  trace->n_native_depths + 1, sizeof (int));
  trace->native_depths[trace->n_native_depths++] = depth;
  ev.time = js_virtual_now_ms (J);
  if (reached_cap (trace, ev.time))
    return;
  frame_push (&trace->live->frames, (FrameSlot) { trace->n_events, ev.range });
  append_applied (trace, &ev);
}

void
js_trace_frame_exit (JsState *J, JsObject *callee)
{
  JsTrace *trace = J->trace;
  FrameStack *frames;
  Event ev = { .kind = JS_TRACE_FRAME_POP };

  if (!recording (J))
    return;
  frames = &trace->live->frames;
  if (frames->len == 0)
    return;
  {
    FrameSlot top = frames->items[frames->len - 1];
    const Event *push = event_at (trace, top.push_event);
    ev.aux = top.push_event;
    ev.range = top.range;
    ev.id = push->id;
    ev.str = push->str;
    ev.sub = push->sub;
  }
  if (trace->n_native_depths > 0)
    trace->n_native_depths--;
  ev.time = js_virtual_now_ms (J);
  if (reached_cap (trace, ev.time))
    return;
  frames->len--;
  append_applied (trace, &ev);
}

guint
js_trace_frame_depth (JsState *J)
{
  return J->trace != NULL ? J->trace->live->frames.len : 0;
}

void
js_trace_unwind_frames (JsState *J, guint depth)
{
  while (recording (J) && J->trace->live->frames.len > depth)
    js_trace_frame_exit (J, NULL);
  if (J->trace != NULL)
    J->trace->pending_reason = NONE_REASON;
}

/* A proto's trace range indices + 1 (js-compile.h): one per pc, and one
 * more for the function's own range.  A state has one trace, so the proto
 * can keep them. */
static guint32 *
proto_trace_ranges (JsFunctionProto *proto)
{
  if (proto->trace_ranges == NULL)
    proto->trace_ranges = g_new0 (guint32, proto->code_length + 1);
  return proto->trace_ranges;
}

/* The trace's range index + 1 of the code at `pc`; NONE when it has no
 * source range. */
static guint32
range_at_pc (JsTrace *trace, JsFunctionProto *proto, guint32 pc)
{
  guint32 *cached = proto_trace_ranges (proto);

  if (cached[pc] == 0)
    {
      JsSourceRange r;
      JsTraceRange range;

      if (!js_proto_range_at (proto, pc, &r))
        return cached[pc] = NONE;
      range.line = r.line;
      range.column = r.column;
      range.end_line = r.end_line;
      range.end_column = r.end_column;
      cached[pc] = intern_range (trace, &range) + 1;
    }
  return cached[pc];
}

/* Where the running code is, 0 when nothing runs. */
static guint32
intern_current_range (JsState *J)
{
  JsFunctionProto *proto;
  guint32 pc, range;

  if (!js_vm_current_pc (J, &proto, &pc))
    return 0;
  if (G_UNLIKELY (pc >= proto->code_length))
    {
      /* Past the end: not a pc the cache has a slot for. */
      JsSourceRange r;
      JsTraceRange outside = { 0, 0, 0, 0 };

      if (js_proto_range_at (proto, pc, &r))
        outside = (JsTraceRange) { r.line, r.column, r.end_line, r.end_column };
      return intern_range (J->trace, &outside);
    }
  range = range_at_pc (J->trace, proto, pc);
  return range == NONE ? 0 : range - 1;
}

void
js_trace_statement_at (JsState *J, JsFunctionProto *proto, guint32 pc)
{
  Event ev = { .kind = JS_TRACE_STATEMENT };
  FrameStack *frames;
  guint32 range;

  if (!recording (J))
    return;
  range = range_at_pc (J->trace, proto, pc);
  if (range == NONE)
    return;
  ev.range = range - 1;
  ev.time = js_virtual_now_ms (J);
  if (reached_cap (J->trace, ev.time))
    return;
  frames = &J->trace->live->frames;
  if (frames->len > 0)
    {
      ev.aux = frames->items[frames->len - 1].range;
      frames->items[frames->len - 1].range = ev.range;
    }
  append_applied (J->trace, &ev);
}

guint32
js_trace_frame_label (JsState *J)
{
  const FrameStack *frames;

  if (!recording (J))
    return 0;
  frames = &J->trace->live->frames;
  if (frames->len == 0)
    return 0;
  return event_at (J->trace, frames->items[frames->len - 1].push_event)->str;
}

guint32
js_trace_site (JsState *J)
{
  return recording (J) ? intern_current_range (J) : 0;
}

/* Counts UTF-16 units in UTF-8 text (columns are in UTF-16 units). */
static int
utf16_length (const char *p, const char *end)
{
  int n = 0;

  while (p < end)
    {
      unsigned char c = (unsigned char) *p;
      int bytes = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      n += bytes == 4 ? 2 : 1;
      p += bytes;
    }
  return n;
}

/* The source range of a compiled function, from its start position and
 * its text. */
static guint32
compute_function_range (JsState *J, JsFunctionProto *proto)
{
  JsTraceRange range;
  const char *text, *end, *last_newline;

  if (proto->source == NULL || proto->source_end > proto->source->length ||
      proto->source_start > proto->source_end || proto->line == 0)
    return 0;
  text = proto->source->text + proto->source_start;
  end = proto->source->text + proto->source_end;
  range.line = proto->line;
  range.column = proto->column;
  range.end_line = proto->line;
  last_newline = NULL;
  for (const char *p = text; p < end; p++)
    if (*p == '\n')
      {
        range.end_line++;
        last_newline = p;
      }
  range.end_column = last_newline == NULL ? proto->column + utf16_length (text, end)
                                          : 1 + utf16_length (last_newline + 1, end);
  return intern_range (J->trace, &range);
}

/* The range of a function (0 for builtins), computed once per proto. */
static guint32
function_range (JsState *J, JsValue fn)
{
  JsFunctionProto *proto;
  guint32 *cached;

  if (!js_is_object (fn) || js_get_object (fn)->class_id != JS_CLASS_FUNCTION)
    return 0;
  proto = js_get_object (fn)->u.closure.proto;
  if (proto == NULL)
    return 0;
  cached = proto_trace_ranges (proto);
  if (cached[proto->code_length] == 0)
    cached[proto->code_length] = compute_function_range (J, proto) + 1;
  return cached[proto->code_length] - 1;
}

void
js_trace_task (JsState *J, JsTraceEventKind kind, JsTraceQueue queue, guint32 id,
               JsTraceTaskKind task, JsValue callback, guint32 label, guint32 site,
               double delay_ms, double due_ms)
{
  Event ev = { .kind = kind, .sub = queue, .task = task, .id = id };

  if (!recording (J))
    return;
  if (is_add_event (kind))
    {
      ev.str = js_is_undefined (callback) ? label : function_name (J, callback);
      ev.range = function_range (J, callback);
      if (ev.range == 0)
        ev.range = site != 0 ? site : intern_current_range (J);
    }
  else
    ev.range = intern_current_range (J);
  if (kind == JS_TRACE_WEBAPI_ADD)
    {
      ev.aux = (guint32) CLAMP (due_ms, 0, G_MAXUINT32);
      ev.aux2 = (guint32) CLAMP (delay_ms, 0, G_MAXUINT32);
    }
  record (J, &ev);
}

void
js_trace_phase (JsState *J, JsTracePhase phase)
{
  Event ev = { .kind = JS_TRACE_PHASE, .sub = phase };

  if (!recording (J) || J->trace->live->phase == phase)
    return;
  record (J, &ev);
}

/* util.inspect for a preview.  Inspecting may run code (getters, a custom
 * inspect): the trace leaves it out, the collector waits (the caller holds
 * values in C locals), and an exception becomes the preview. */
static void
inspect_quietly (JsState *J, JsValue value, const JsInspectOptions *options, GString *out)
{
  JsTryPoint tp;

  J->trace->paused++;
  J->native_depth++;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_inspect (J, value, options, out);
      js_try_end (J, &tp);
      J->native_depth--;
      J->trace->paused--;
      return;
    }
  J->native_depth--;
  J->trace->paused--;
  if (J->terminating)
    js_throw (J, J->exception);
  g_string_assign (out, "[preview unavailable]");
}

/* Previews that need no util.inspect: a string of at most PLAIN_STRING_MAX
 * printable ASCII characters other than quotes and backslashes is shown
 * in single quotes, as it is. */
#define PLAIN_STRING_MAX 256

static gboolean
quote_plain_string (JsString *string, char quoted[PLAIN_STRING_MAX + 3])
{
  if (string->length > PLAIN_STRING_MAX)
    return FALSE;
  quoted[0] = '\'';
  for (guint32 i = 0; i < string->length; i++)
    {
      uint16_t c = string->chars[i];
      if (c < 0x20 || c > 0x7E || c == '\'' || c == '"' || c == '\\')
        return FALSE;
      quoted[i + 1] = (char) c;
    }
  quoted[string->length + 1] = '\'';
  quoted[string->length + 2] = '\0';
  return TRUE;
}

guint32
js_trace_promise_new (JsState *J)
{
  JsTrace *trace = J->trace;
  Event ev = { .kind = JS_TRACE_PROMISE_NEW };
  PromiseRecord promise;

  if (!recording (J))
    return 0;
  promise.created_event = trace->n_events;
  promise.settled_event = NONE;
  ev.id = trace->promises->len + 1;
  ev.range = intern_current_range (J);
  record (J, &ev);
  /* The cap may have refused the event: the promise then stays unknown. */
  if (trace->truncated)
    return 0;
  g_array_append_val (trace->promises, promise);
  return ev.id;
}

void
js_trace_promise_settle (JsState *J, guint32 id, gboolean rejected, JsValue value)
{
  JsTrace *trace = J->trace;
  Event ev = { .kind = JS_TRACE_PROMISE_SETTLE, .id = id };
  char quoted[PLAIN_STRING_MAX + 3];
  guint32 index;

  if (!recording (J) || id == 0)
    return;
  ev.sub = rejected ? JS_TRACE_PROMISE_REJECTED : JS_TRACE_PROMISE_FULFILLED;
  ev.range = intern_current_range (J);
  if (js_is_number (value))
    {
      guint64 bits = value.bits;
      ev.flags = PREVIEW_NUMBER;
      ev.aux = (guint32) bits;
      ev.aux2 = (guint32) (bits >> 32);
    }
  else if (js_is_undefined (value) || js_is_null (value) || js_is_boolean (value))
    ev.str = intern_name (trace, js_is_undefined (value) ? "undefined" : js_is_null (value) ? "null"
                                 : js_get_boolean (value) ? "true" : "false");
  else if (js_is_string (value) && quote_plain_string (js_get_string (value), quoted))
    ev.str = pool_append (trace, quoted, js_get_string (value)->length + 2);
  else
    {
      JsInspectOptions options;
      GString *preview = g_string_new (NULL);

      js_inspect_options_init (&options);
      options.depth = 0;
      inspect_quietly (J, value, &options, preview);
      ev.str = pool_append (trace, preview->str, preview->len);
      g_string_free (preview, TRUE);
    }
  index = trace->n_events;
  record (J, &ev);
  /* The cap may have refused the event. */
  if (index < trace->n_events && event_at (trace, index)->kind == JS_TRACE_PROMISE_SETTLE)
    g_array_index (trace->promises, PromiseRecord, id - 1).settled_event = index;
}

void
js_trace_console (JsState *J, JsStream stream, const char *text, gsize length)
{
  Event ev = { .kind = JS_TRACE_CONSOLE, .sub = stream };

  if (!recording (J))
    return;
  ev.range = intern_current_range (J);
  if (memchr (text, '\0', length) == NULL)
    ev.str = pool_append (J->trace, text, length);
  else
    {
      /* The trace's strings are C strings: a NUL the program printed shows
       * as U+2400 SYMBOL FOR NULL. */
      GString *shown = g_string_sized_new (length + 8);
      for (gsize i = 0; i < length; i++)
        if (text[i] == '\0')
          g_string_append (shown, "\u2400");
        else
          g_string_append_c (shown, text[i]);
      ev.str = pool_append (J->trace, shown->str, shown->len);
      g_string_free (shown, TRUE);
    }
  record (J, &ev);
}

void
js_trace_message (JsState *J, JsTraceEventKind kind, int sub, const char *text)
{
  Event ev = { .kind = kind, .sub = (guint8) sub };

  if (!recording (J))
    return;
  if (kind == JS_TRACE_EXIT)
    ev.id = (guint32) sub;
  ev.range = intern_current_range (J);
  ev.str = text != NULL ? pool_append (J->trace, text, strlen (text)) : 0;
  record (J, &ev);
}

/* ------------------------------------------------------------------------
 * Reading
 * ------------------------------------------------------------------------ */

/* The preview of a PREVIEW_NUMBER settle event, as util.inspect shows the
 * number. */
static void
format_number_preview (const Event *ev, char buffer[JS_NUMBER_BUFFER_SIZE])
{
  guint64 bits = (guint64) ev->aux | (guint64) ev->aux2 << 32;
  double d;

  memcpy (&d, &bits, sizeof d);
  if (d == 0 && signbit (d))
    strcpy (buffer, "-0");
  else
    js_number_to_cstring (d, buffer);
}

/* The preview of settle event `index`, valid as long as the trace. */
static const char *
settle_preview (JsTrace *trace, guint32 index)
{
  const Event *ev = event_at (trace, index);
  char buffer[JS_NUMBER_BUFFER_SIZE];
  char *text;

  if (ev->flags != PREVIEW_NUMBER)
    return trace->pool + ev->str;
  if (trace->previews == NULL)
    trace->previews = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  text = g_hash_table_lookup (trace->previews, GUINT_TO_POINTER (index));
  if (text == NULL)
    {
      format_number_preview (ev, buffer);
      text = g_strdup (buffer);
      g_hash_table_insert (trace->previews, GUINT_TO_POINTER (index), text);
    }
  return text;
}

static JsTraceRange
range_at (JsTrace *trace, guint32 index)
{
  return trace->ranges[index];
}

void
js_trace_get_event (JsTrace *trace, guint64 seq, JsTraceEvent *event)
{
  const Event *ev;

  g_return_if_fail (seq < trace->n_events);
  ev = event_at (trace, seq);
  memset (event, 0, sizeof *event);
  event->seq = seq;
  event->kind = ev->kind;
  event->time_ms = ev->time;
  event->range = range_at (trace, ev->range);
  event->id = ev->id;
  event->sub = ev->sub;
  event->task = ev->task;
  event->name = "";
  event->text = "";
  if (ev->kind == JS_TRACE_WEBAPI_ADD)
    {
      event->due_ms = ev->aux;
      event->delay_ms = ev->aux2;
    }
  switch ((JsTraceEventKind) ev->kind)
    {
    case JS_TRACE_CONSOLE:
    case JS_TRACE_PROMISE_SETTLE:
    case JS_TRACE_UNCAUGHT:
    case JS_TRACE_UNHANDLED_REJECTION:
    case JS_TRACE_ORDER_NOT_GUARANTEED:
    case JS_TRACE_BUDGET:
    case JS_TRACE_TRUNCATED:
    case JS_TRACE_EXIT:
    case JS_TRACE_ANIMATION_FRAME:
    case JS_TRACE_RENDER_STEP:
    case JS_TRACE_FETCH_START:
    case JS_TRACE_FETCH_RESPONSE:
    case JS_TRACE_FETCH_BODY:
    case JS_TRACE_ABORT:
    case JS_TRACE_USER_EVENT:
    case JS_TRACE_DOM_EVENT_USER:
    case JS_TRACE_DOM_EVENT_SCRIPT:
    case JS_TRACE_MUTATION_RECORD:
    case JS_TRACE_MUTATION_NOTIFY:
      event->text = ev->kind == JS_TRACE_PROMISE_SETTLE ? settle_preview (trace, (guint32) seq)
                                                        : trace->pool + ev->str;
      break;
    default:
      event->name = trace->pool + ev->str;
      break;
    }
}

static const JsTraceState *
nearest_checkpoint (JsTrace *trace, guint64 step)
{
  guint lo = 0, hi = trace->checkpoints->len;

  /* The last checkpoint whose step is <= step (the first is step 0). */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (((JsTraceState *) g_ptr_array_index (trace->checkpoints, mid))->step <= step)
        lo = mid;
      else
        hi = mid;
    }
  return g_ptr_array_index (trace->checkpoints, lo);
}

const JsTraceState *
js_trace_get_state (JsTrace *trace, guint64 step)
{
  JsTraceState *cursor;
  const JsTraceState *checkpoint;
  guint64 from_checkpoint, from_cursor;

  step = MIN (step, trace->n_events);
  if (trace->cursor == NULL)
    trace->cursor = js_trace_state_copy (g_ptr_array_index (trace->checkpoints, 0));
  cursor = trace->cursor;
  checkpoint = nearest_checkpoint (trace, step);
  from_checkpoint = step - checkpoint->step;
  from_cursor = cursor->step > step ? cursor->step - step : step - cursor->step;
  if (from_checkpoint < from_cursor)
    state_assign (cursor, checkpoint);
  while (cursor->step < step)
    state_apply (cursor, event_at (trace, cursor->step), (guint32) cursor->step);
  while (cursor->step > step)
    state_unapply (cursor, event_at (trace, cursor->step - 1), (guint32) cursor->step - 1);
  return cursor;
}

guint64
js_trace_state_get_step (const JsTraceState *state)
{
  return state->step;
}

double
js_trace_state_get_time (const JsTraceState *state)
{
  return state->step > 0 ? event_at (state->trace, state->step - 1)->time : 0;
}

JsTracePhase
js_trace_state_get_phase (const JsTraceState *state)
{
  return state->phase;
}

gboolean
js_trace_state_get_range (const JsTraceState *state, JsTraceRange *range)
{
  memset (range, 0, sizeof *range);
  if (state->frames.len == 0)
    return FALSE;
  *range = range_at (state->trace, state->frames.items[state->frames.len - 1].range);
  return range->line != 0;
}

guint
js_trace_state_get_n_frames (const JsTraceState *state)
{
  return state->frames.len;
}

void
js_trace_state_get_frame (const JsTraceState *state, guint index, JsTraceFrame *frame)
{
  FrameSlot slot;
  const Event *push;

  g_return_if_fail (index < state->frames.len);
  slot = state->frames.items[index];
  push = event_at (state->trace, slot.push_event);
  frame->id = push->id;
  frame->name = state->trace->pool + push->str;
  frame->reason = push->sub;
  frame->range = range_at (state->trace, slot.range);
}

guint
js_trace_state_get_n_tasks (const JsTraceState *state, JsTraceQueue queue)
{
  g_return_val_if_fail (queue < JS_TRACE_N_QUEUES, 0);
  return state->queues[queue].len;
}

void
js_trace_state_get_task (const JsTraceState *state, JsTraceQueue queue, guint index, JsTraceTask *task)
{
  const Event *added;

  g_return_if_fail (queue < JS_TRACE_N_QUEUES && index < state->queues[queue].len);
  added = event_at (state->trace, queue_at (&state->queues[queue], index));
  task->id = added->id;
  task->kind = added->task;
  task->name = state->trace->pool + added->str;
  task->site = range_at (state->trace, added->range);
  task->delay_ms = added->kind == JS_TRACE_WEBAPI_ADD ? added->aux2 : 0;
  task->due_ms = added->kind == JS_TRACE_WEBAPI_ADD ? added->aux : 0;
}

guint
js_trace_state_get_n_promises (const JsTraceState *state)
{
  return state->n_promises;
}

void
js_trace_state_get_promise (const JsTraceState *state, guint index, JsTracePromise *promise)
{
  JsTrace *trace = state->trace;
  PromiseRecord record;

  g_return_if_fail (index < state->n_promises);
  record = g_array_index (trace->promises, PromiseRecord, index);
  promise->id = index + 1;
  promise->site = range_at (trace, event_at (trace, record.created_event)->range);
  if (record.settled_event != NONE && record.settled_event < state->step)
    {
      const Event *settle = event_at (trace, record.settled_event);
      promise->state = settle->sub;
      promise->preview = settle_preview (trace, record.settled_event);
    }
  else
    {
      promise->state = JS_TRACE_PROMISE_PENDING;
      promise->preview = "";
    }
}

guint
js_trace_state_get_n_console_lines (const JsTraceState *state)
{
  return state->n_console;
}

void
js_trace_state_get_console_line (const JsTraceState *state, guint index, JsTraceConsoleLine *line)
{
  const Event *ev;

  g_return_if_fail (index < state->n_console);
  ev = event_at (state->trace, g_array_index (state->trace->console, guint32, index));
  line->stream = ev->sub;
  line->text = state->trace->pool + ev->str;
}

/* ------------------------------------------------------------------------
 * Narration
 * ------------------------------------------------------------------------ */

static const char *
translated (JsTraceTranslateFunc translate, const char *msgid)
{
  return translate != NULL ? translate (msgid) : msgid;
}

/* One line of text for {text}: the first line, without its newline. */
static void
append_one_line (GString *out, const char *text)
{
  gsize n = strcspn (text, "\n");

  g_string_append_len (out, text, n);
  if (text[n] == '\n' && text[n + 1] != '\0')
    g_string_append (out, " …");
}

static void
append_ms (GString *out, double ms)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];

  js_number_to_cstring (ms, buffer);
  g_string_append (out, buffer);
}

char *
js_trace_narrate (JsTrace *trace, guint64 seq, JsTraceTranslateFunc translate)
{
  JsTraceEvent ev;
  GString *out = g_string_new (NULL);
  const char *p;

  js_trace_get_event (trace, seq, &ev);
  p = js_trace_why_template (trace, &ev);
  p = translated (translate, p != NULL ? p : event_kinds[ev.kind].narration);
  while (*p != '\0')
    {
      const char *close;
      g_autofree char *key = NULL;

      if (*p != '{' || (close = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      key = g_strndup (p + 1, close - p - 1);
      p = close + 1;
      if (strcmp (key, "name") == 0)
        g_string_append (out, *ev.name != '\0' ? ev.name : translated (translate, N_("(anonymous)")));
      else if (strcmp (key, "text") == 0)
        append_one_line (out, ev.text);
      else if (strcmp (key, "id") == 0)
        g_string_append_printf (out, "%u", ev.id);
      else if (strcmp (key, "line") == 0)
        g_string_append_printf (out, "%d", ev.range.line);
      else if (strcmp (key, "delay") == 0)
        append_ms (out, ev.delay_ms);
      else if (strcmp (key, "due") == 0)
        append_ms (out, ev.due_ms);
      else if (strcmp (key, "reason") == 0 && ev.sub < JS_TRACE_N_REASONS)
        g_string_append (out, translated (translate, reasons[ev.sub].label));
      else if (strcmp (key, "queue") == 0 && ev.sub < JS_TRACE_N_QUEUES)
        g_string_append (out, translated (translate, queues[ev.sub].label));
      else if (strcmp (key, "task") == 0 && ev.task < JS_TRACE_N_TASK_KINDS)
        g_string_append (out, translated (translate, task_kinds[ev.task].label));
      else if (strcmp (key, "phase") == 0 && ev.sub < JS_TRACE_N_PHASES)
        g_string_append (out, translated (translate, phases[ev.sub].label));
      else if (strcmp (key, "state") == 0 && ev.sub < (int) G_N_ELEMENTS (promise_state_names))
        g_string_append (out, translated (translate, ev.sub == JS_TRACE_PROMISE_REJECTED ? N_("rejected") : N_("fulfilled")));
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------
 * JSON export
 * ------------------------------------------------------------------------ */

/* The export is written directly rather than through JsonBuilder nodes:
 * a million events would otherwise cost seconds and a tree of millions of
 * nodes.  The tests read it back with json-glib. */

/* The document being written: appended to without a call per byte and
 * handed to the sink every 64 KiB. */
typedef struct {
  char *data;
  gsize len;
  gsize cap;
} Out;

static void
out_grow (Out *out, gsize n)
{
  out->cap = MAX (out->cap * 2, out->len + n);
  out->data = g_realloc (out->data, out->cap);
}

static inline void
out_bytes (Out *out, const char *bytes, gsize n)
{
  if (G_UNLIKELY (out->len + n > out->cap))
    out_grow (out, n);
  memcpy (out->data + out->len, bytes, n);
  out->len += n;
}

static inline void
out_char (Out *out, char c)
{
  if (G_UNLIKELY (out->len + 1 > out->cap))
    out_grow (out, 1);
  out->data[out->len++] = c;
}

#define out_literal(out, literal) out_bytes ((out), literal, sizeof literal - 1)

static void
out_uint (Out *out, guint64 value)
{
  char buffer[24];
  int i = sizeof buffer;

  do
    buffer[--i] = (char) ('0' + value % 10);
  while ((value /= 10) != 0);
  out_bytes (out, buffer + i, sizeof buffer - i);
}

static void
out_int (Out *out, int value)
{
  if (value < 0)
    out_char (out, '-');
  out_uint (out, value < 0 ? -(guint64) value : (guint64) value);
}

static void
json_string (Out *out, const char *text)
{
  out_char (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p != '\0'; p++)
    {
      /* Runs of plain characters go in one piece. */
      const unsigned char *q = p;
      while (*q >= 0x20 && *q != '"' && *q != '\\')
        q++;
      if (q > p)
        {
          out_bytes (out, (const char *) p, q - p);
          p = q - 1;
          continue;
        }
      switch (*p)
        {
        case '"': out_literal (out, "\\\""); break;
        case '\\': out_literal (out, "\\\\"); break;
        case '\n': out_literal (out, "\\n"); break;
        case '\r': out_literal (out, "\\r"); break;
        case '\t': out_literal (out, "\\t"); break;
        case '\b': out_literal (out, "\\b"); break;
        case '\f': out_literal (out, "\\f"); break;
        default:
          {
            char escaped[8];
            out_bytes (out, escaped, g_snprintf (escaped, sizeof escaped, "\\u%04x", *p));
          }
          break;
        }
    }
  out_char (out, '"');
}

/* `,"member":` — member names are plain ASCII. */
static void
json_member_name (Out *out, const char *member)
{
  out_literal (out, ",\"");
  out_bytes (out, member, strlen (member));
  out_literal (out, "\":");
}

static void
json_member_string (Out *out, const char *member, const char *value)
{
  json_member_name (out, member);
  json_string (out, value);
}

static void
json_member_uint (Out *out, const char *member, guint64 value)
{
  json_member_name (out, member);
  out_uint (out, value);
}

/* Times and delays in ms, to the nanosecond (a step costs 10 ns, so more
 * digits would only show rounding noise): "%.6f" without trailing zeros.
 * Below 2^40 the scaled value is within 2^-13 of exact, so unless it lies
 * within 1/1000 of a tie it rounds as printf would, without printf. */
static void
json_ms (Out *out, double value)
{
  double scaled = value * 1e6;

  if (!signbit (value) && scaled < 1e12)
    {
      double whole = floor (scaled);
      double fraction = scaled - whole;

      if (fabs (fraction - 0.5) > 1e-3)
        {
          guint64 n = (guint64) whole + (fraction > 0.5);
          guint32 decimals = (guint32) (n % 1000000);

          out_uint (out, n / 1000000);
          if (decimals != 0)
            {
              char digits[6];
              int length = 6;

              for (int i = 5; i >= 0; i--, decimals /= 10)
                digits[i] = (char) ('0' + decimals % 10);
              while (digits[length - 1] == '0')
                length--;
              out_char (out, '.');
              out_bytes (out, digits, length);
            }
          return;
        }
    }
  {
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];
    char *end;

    g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
    end = buffer + strlen (buffer);
    while (end[-1] == '0')
      *--end = '\0';
    if (end[-1] == '.')
      *--end = '\0';
    out_bytes (out, buffer, end - buffer);
  }
}

static void
json_member_ms (Out *out, const char *member, double value)
{
  json_member_name (out, member);
  json_ms (out, value);
}

/* One event, read straight from its record: a settle's number preview is
 * formatted here without being kept. */
static void
event_to_json (JsTrace *trace, guint32 seq, Out *out)
{
  const Event *ev = event_at (trace, seq);
  const JsTraceRange *range = &trace->ranges[ev->range];
  const char *str = trace->pool + ev->str;
  char number[JS_NUMBER_BUFFER_SIZE];

  out_literal (out, "{\"seq\":");
  out_uint (out, seq);
  json_member_string (out, "kind", event_kinds[ev->kind].name);
  json_member_ms (out, "time", ev->time);
  if (range->line != 0)
    {
      out_literal (out, ",\"range\":[");
      out_int (out, range->line);
      out_char (out, ',');
      out_int (out, range->column);
      out_char (out, ',');
      out_int (out, range->end_line);
      out_char (out, ',');
      out_int (out, range->end_column);
      out_char (out, ']');
    }
  switch ((JsTraceEventKind) ev->kind)
    {
    case JS_TRACE_SCRIPT_START:
    case JS_TRACE_SCRIPT_END:
      json_member_string (out, "file", str);
      break;
    case JS_TRACE_FRAME_PUSH:
    case JS_TRACE_FRAME_POP:
      json_member_uint (out, "frame", ev->id);
      json_member_string (out, "name", str);
      json_member_string (out, "reason", reasons[ev->sub].name);
      break;
    case JS_TRACE_WEBAPI_ADD:
    case JS_TRACE_WEBAPI_DONE:
    case JS_TRACE_WEBAPI_CANCEL:
    case JS_TRACE_TASK_ENQUEUE:
    case JS_TRACE_TASK_RUN:
    case JS_TRACE_TASK_CANCEL:
    case JS_TRACE_MICROTASK_ENQUEUE:
    case JS_TRACE_MICROTASK_RUN:
      json_member_uint (out, "task", ev->id);
      json_member_string (out, "queue", queues[ev->sub].name);
      json_member_string (out, "taskKind", task_kinds[ev->task].name);
      json_member_string (out, "name", str);
      if (ev->kind == JS_TRACE_WEBAPI_ADD)
        {
          json_member_ms (out, "delay", ev->aux2);
          json_member_ms (out, "due", ev->aux);
        }
      break;
    case JS_TRACE_PROMISE_NEW:
      json_member_uint (out, "promise", ev->id);
      break;
    case JS_TRACE_PROMISE_SETTLE:
      json_member_uint (out, "promise", ev->id);
      json_member_string (out, "state", promise_state_names[ev->sub]);
      if (ev->flags == PREVIEW_NUMBER)
        {
          format_number_preview (ev, number);
          str = number;
        }
      json_member_string (out, "value", str);
      break;
    case JS_TRACE_PHASE:
      json_member_string (out, "phase", phases[ev->sub].name);
      break;
    case JS_TRACE_CONSOLE:
      json_member_string (out, "stream", stream_names[ev->sub & 1]);
      json_member_string (out, "text", str);
      break;
    case JS_TRACE_BUDGET:
      json_member_string (out, "budget", budget_names[MIN (ev->sub, G_N_ELEMENTS (budget_names) - 1)]);
      json_member_string (out, "text", str);
      break;
    case JS_TRACE_EXIT:
      json_member_uint (out, "code", ev->id);
      break;
    case JS_TRACE_STATEMENT:
      break;
    default:
      json_member_string (out, "text", str);
      break;
    }
  out_char (out, '}');
}

typedef gboolean (*JsonSink) (const char *data, gsize length, gpointer user_data, GError **error);

/* Writes the document piece by piece, flushing every 64 KiB, so that
 * a million-event trace never needs to be in memory as one string. */
static gboolean
write_json (JsTrace *trace, gboolean pretty, JsonSink sink, gpointer user_data, GError **error)
{
  Out out = { g_malloc (70000), 0, 70000 };
  gboolean ok = TRUE;

  if (pretty)
    out_literal (&out, "{\n  \"format\": \"loop-bakery-trace\",\n  \"version\": 1,\n  \"truncated\": ");
  else
    out_literal (&out, "{\"format\":\"loop-bakery-trace\",\"version\":1,\"truncated\":");
  if (trace->truncated)
    out_literal (&out, "true");
  else
    out_literal (&out, "false");
  if (pretty)
    out_literal (&out, ",\n  \"events\": [");
  else
    out_literal (&out, ",\"events\":[");
  for (guint32 seq = 0; seq < trace->n_events && ok; seq++)
    {
      if (seq > 0)
        out_char (&out, ',');
      if (pretty)
        out_literal (&out, "\n    ");
      event_to_json (trace, seq, &out);
      if (out.len > 65536)
        {
          ok = sink (out.data, out.len, user_data, error);
          out.len = 0;
        }
    }
  if (pretty)
    out_literal (&out, "\n  ]\n}\n");
  else
    out_literal (&out, "]}\n");
  if (ok)
    ok = sink (out.data, out.len, user_data, error);
  g_free (out.data);
  return ok;
}

static gboolean
string_sink (const char *data, gsize length, gpointer user_data, GError **error)
{
  g_string_append_len (user_data, data, length);
  return TRUE;
}

char *
js_trace_to_json (JsTrace *trace, gboolean pretty)
{
  GString *out = g_string_new (NULL);

  write_json (trace, pretty, string_sink, out, NULL);
  return g_string_free (out, FALSE);
}

static gboolean
file_sink (const char *data, gsize length, gpointer user_data, GError **error)
{
  if (fwrite (data, 1, length, user_data) == length)
    return TRUE;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "cannot write the trace: %s", g_strerror (errno));
  return FALSE;
}

gboolean
js_trace_save_json (JsTrace *trace, const char *path, gboolean pretty, GError **error)
{
  FILE *file = fopen (path, "w");
  gboolean ok;

  if (file == NULL)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "cannot open %s: %s", path, g_strerror (saved));
      return FALSE;
    }
  ok = write_json (trace, pretty, file_sink, file, error);
  if (fclose (file) != 0 && ok)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "cannot write %s: %s", path, g_strerror (saved));
      ok = FALSE;
    }
  return ok;
}
