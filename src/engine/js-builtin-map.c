/* js-builtin-map.c: Map, Set, WeakMap, WeakSet, WeakRef (ECMAScript 24.1–24.4,
 * 26.1) and their iterators.
 *
 * Storage.  One JsMapData per collection: entries in insertion order (a
 * deleted entry stays as a tombstone, key JS_EMPTY), hash chains through the
 * entries, and buckets holding the first entry of each chain.  Keys compare
 * by SameValueZero: -0 is stored as +0 and NaN is canonical, so numbers
 * compare by bits and only strings need a content comparison.
 *
 * Iterators.  The spec's iterators walk the entry list by position and see
 * entries added while they run.  Each live iterator (and each running
 * forEach) owns a cursor registered with the collection; compaction, which
 * drops tombstones and so moves entries, moves every registered cursor with
 * them.  Cursors are small GC records: one whose iterator is collected
 * unregisters itself when it is finalised.
 *
 * Weakness.  WeakMap and WeakSet hold their keys strongly: when an entry
 * disappears is not observable through their API, and a strong table keeps
 * runs deterministic.
 */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

#define NONE G_MAXUINT32

typedef struct {
  JsValue key;         /* JS_EMPTY for a deleted entry */
  JsValue value;       /* sets store the key again */
  guint32 hash;
  guint32 chain;       /* next entry in the same bucket, or NONE */
} MapEntry;

typedef struct MapCursor MapCursor;

struct JsMapData {
  MapEntry  *entries;
  guint32    n_entries;    /* used, tombstones included */
  guint32    capacity;
  guint32    n_live;
  guint32   *buckets;      /* n_buckets chain heads (a power of two), or NULL */
  guint32    n_buckets;
  MapCursor *cursors;      /* registered cursors, doubly linked */
};

struct MapCursor {
  JsGcInternal base;
  JsMapData *data;         /* NULL once unregistered */
  MapCursor *prev, *next;
  guint32    index;        /* the next entry to visit */
};

/* ------------------------------------------------------------------------
 * Cursors
 * ------------------------------------------------------------------------ */

static void
cursor_unregister (MapCursor *cursor)
{
  if (cursor->data == NULL)
    return;
  if (cursor->prev != NULL)
    cursor->prev->next = cursor->next;
  else
    cursor->data->cursors = cursor->next;
  if (cursor->next != NULL)
    cursor->next->prev = cursor->prev;
  cursor->prev = cursor->next = NULL;
  cursor->data = NULL;
}

static void
cursor_mark (JsState *J, JsGcInternal *self)
{
}

static void
cursor_finalize (JsState *J, JsGcInternal *self)
{
  cursor_unregister ((MapCursor *) self);
}

static const JsGcInternalClass cursor_class = { "MapCursor", cursor_mark, cursor_finalize };

static MapCursor *
cursor_new (JsState *J, JsMapData *data)
{
  MapCursor *cursor = (MapCursor *) js_gc_alloc_internal (J, &cursor_class, sizeof (MapCursor));

  cursor->data = data;
  cursor->next = data->cursors;
  if (data->cursors != NULL)
    data->cursors->prev = cursor;
  data->cursors = cursor;
  return cursor;
}

/* The next live entry for a cursor; NULL at the end (the cursor then
 * unregisters: a finished iterator stays finished). */
static MapEntry *
cursor_step (MapCursor *cursor)
{
  JsMapData *data = cursor->data;

  if (data == NULL)
    return NULL;
  while (cursor->index < data->n_entries)
    {
      MapEntry *e = &data->entries[cursor->index++];
      if (!js_is_empty (e->key))
        return e;
    }
  cursor_unregister (cursor);
  return NULL;
}

/* ------------------------------------------------------------------------
 * The table
 * ------------------------------------------------------------------------ */

static JsMapData *
map_data_new (void)
{
  return g_new0 (JsMapData, 1);
}

void
js_map_data_mark (JsState *J, JsMapData *data)
{
  for (guint32 i = 0; i < data->n_entries; i++)
    if (!js_is_empty (data->entries[i].key))
      {
        js_gc_mark_value (J, data->entries[i].key);
        js_gc_mark_value (J, data->entries[i].value);
      }
}

void
js_map_data_free (JsState *J, JsMapData *data)
{
  while (data->cursors != NULL)
    cursor_unregister (data->cursors);
  js_gc_account (J, -(gssize) (data->capacity * sizeof (MapEntry) + data->n_buckets * sizeof (guint32)));
  g_free (data->entries);
  g_free (data->buckets);
  g_free (data);
}

static inline JsValue
normalize_key (JsValue key)
{
  if (js_is_number (key) && js_get_number (key) == 0)
    return js_number (0);
  return key;
}

static inline guint32
hash_bits (guint64 x)
{
  x ^= x >> 33;
  x *= UINT64_C (0xff51afd7ed558ccd);
  x ^= x >> 33;
  x *= UINT64_C (0xc4ceb9fe1a85ec53);
  x ^= x >> 33;
  return (guint32) x;
}

static guint32
hash_key (JsValue key)
{
  if (js_is_string (key))
    return js_string_hash (js_get_string (key));
  if (js_is_bigint (key))
    return js_bigint_hash (key);
  return hash_bits (key.bits);
}

static inline gboolean
keys_equal (JsValue a, JsValue b)
{
  return a.bits == b.bits ||
         (js_is_string (a) && js_is_string (b) && js_string_equal (js_get_string (a), js_get_string (b))) ||
         (js_is_bigint (a) && js_is_bigint (b) && js_bigint_equal (a, b));
}

static guint32
find_entry (JsMapData *data, JsValue key, guint32 hash)
{
  if (data->n_buckets == 0)
    return NONE;
  for (guint32 i = data->buckets[hash & (data->n_buckets - 1)]; i != NONE; i = data->entries[i].chain)
    if (data->entries[i].hash == hash && keys_equal (data->entries[i].key, key))
      return i;
  return NONE;
}

static void
rebuild_buckets (JsMapData *data)
{
  for (guint32 b = 0; b < data->n_buckets; b++)
    data->buckets[b] = NONE;
  for (guint32 i = 0; i < data->n_entries; i++)
    {
      MapEntry *e = &data->entries[i];
      guint32 b;

      if (js_is_empty (e->key))
        continue;
      b = e->hash & (data->n_buckets - 1);
      e->chain = data->buckets[b];
      data->buckets[b] = i;
    }
}

/* Drops the tombstones, moving the registered cursors along, and resizes
 * the table to `capacity` entries. */
static void
compact (JsState *J, JsMapData *data, guint32 capacity)
{
  guint32 *remap = NULL, j = 0;

  if (data->cursors != NULL)
    remap = g_new (guint32, data->n_entries + 1);
  for (guint32 i = 0; i < data->n_entries; i++)
    {
      if (remap != NULL)
        remap[i] = j;
      if (!js_is_empty (data->entries[i].key))
        data->entries[j++] = data->entries[i];
    }
  if (remap != NULL)
    {
      remap[data->n_entries] = j;
      for (MapCursor *c = data->cursors; c != NULL; c = c->next)
        c->index = remap[MIN (c->index, data->n_entries)];
      g_free (remap);
    }
  data->n_entries = j;
  g_assert (j == data->n_live && capacity >= j);
  if (capacity != data->capacity)
    {
      js_gc_account (J, (gssize) (capacity * sizeof (MapEntry)) - (gssize) (data->capacity * sizeof (MapEntry)) +
                        (gssize) (capacity * sizeof (guint32)) - (gssize) (data->n_buckets * sizeof (guint32)));
      data->entries = g_renew (MapEntry, data->entries, capacity);
      data->buckets = g_renew (guint32, data->buckets, capacity);
      data->capacity = data->n_buckets = capacity;
    }
  rebuild_buckets (data);
}

static void
map_data_set (JsState *J, JsMapData *data, JsValue key, JsValue value)
{
  guint32 hash, i, b;

  key = normalize_key (key);
  hash = hash_key (key);
  i = find_entry (data, key, hash);
  if (i != NONE)
    {
      data->entries[i].value = value;
      return;
    }
  if (data->n_entries == data->capacity)
    {
      guint32 capacity = data->capacity;

      /* Grow when mostly live; otherwise reclaiming tombstones is enough. */
      if (data->n_live >= capacity / 2)
        capacity = MAX (8, capacity * 2);
      if (capacity > (G_MAXUINT32 >> 4))
        js_throw_range_error (J, "Map maximum size exceeded");
      compact (J, data, capacity);
    }
  i = data->n_entries++;
  b = hash & (data->n_buckets - 1);
  data->entries[i].key = key;
  data->entries[i].value = value;
  data->entries[i].hash = hash;
  data->entries[i].chain = data->buckets[b];
  data->buckets[b] = i;
  data->n_live++;
}

static MapEntry *
map_data_get (JsMapData *data, JsValue key)
{
  guint32 i;

  key = normalize_key (key);
  i = find_entry (data, key, hash_key (key));
  return i == NONE ? NULL : &data->entries[i];
}

static gboolean
map_data_delete (JsState *J, JsMapData *data, JsValue key)
{
  guint32 hash, *link;

  if (data->n_buckets == 0)
    return FALSE;
  key = normalize_key (key);
  hash = hash_key (key);
  for (link = &data->buckets[hash & (data->n_buckets - 1)]; *link != NONE; link = &data->entries[*link].chain)
    {
      MapEntry *e = &data->entries[*link];

      if (e->hash == hash && keys_equal (e->key, key))
        {
          guint32 dead;

          *link = e->chain;
          e->key = JS_EMPTY;
          e->value = JS_UNDEFINED;
          data->n_live--;
          dead = data->n_entries - data->n_live;
          if (dead > 16 && dead > data->n_live)
            {
              guint32 capacity = data->capacity;
              while (capacity > 8 && data->n_live < capacity / 4)
                capacity /= 2;
              compact (J, data, capacity);
            }
          return TRUE;
        }
    }
  return FALSE;
}

/* Map.prototype.clear: every entry becomes empty.  Cursors restart at 0,
 * which is where entries added later will be. */
static void
map_data_clear (JsState *J, JsMapData *data)
{
  for (guint32 i = 0; i < data->n_entries; i++)
    data->entries[i].key = JS_EMPTY;
  data->n_live = 0;
  compact (J, data, MIN (data->capacity, 8));
}

/* ------------------------------------------------------------------------
 * For other modules
 * ------------------------------------------------------------------------ */

guint32
js_map_data_size (JsMapData *data)
{
  return data->n_live;
}

gboolean
js_map_data_iterate (JsMapData *data, guint32 *cursor, JsValue *key, JsValue *value)
{
  while (*cursor < data->n_entries)
    {
      MapEntry *e = &data->entries[(*cursor)++];
      if (!js_is_empty (e->key))
        {
          *key = e->key;
          *value = e->value;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
js_map_iterator_preview (JsState *J, JsObject *iter, gboolean *is_set, gboolean *is_key_value, JsObject **entries)
{
  JsObject *array;
  MapCursor *cursor;
  JsIteratorKind kind;

  if (iter->class_id != JS_CLASS_ITERATOR || iter->u.iter.kind < JS_ITER_MAP_KEYS ||
      iter->u.iter.kind > JS_ITER_SET_ENTRIES)
    return FALSE;
  kind = iter->u.iter.kind;
  *is_set = kind == JS_ITER_SET_VALUES || kind == JS_ITER_SET_ENTRIES;
  *is_key_value = kind == JS_ITER_MAP_ENTRIES || kind == JS_ITER_SET_ENTRIES;
  array = js_array_new (J, 0);
  cursor = js_is_internal (iter->u.iter.extra) ? js_get_pointer (iter->u.iter.extra) : NULL;
  if (cursor != NULL && cursor->data != NULL)
    {
      JsMapData *data = cursor->data;
      for (guint32 i = cursor->index; i < data->n_entries; i++)
        {
          MapEntry *e = &data->entries[i];
          if (js_is_empty (e->key))
            continue;
          if (*is_key_value || kind == JS_ITER_MAP_KEYS || kind == JS_ITER_SET_VALUES)
            js_array_push (J, array, e->key);
          if (*is_key_value || kind == JS_ITER_MAP_VALUES)
            js_array_push (J, array, e->value);
        }
    }
  *entries = array;
  return TRUE;
}

JsObject *
js_map_new (JsState *J)
{
  JsObject *map = js_object_new_class (J, JS_CLASS_MAP, JS_INTRINSIC (J, MapPrototype));

  map->u.map = map_data_new ();
  return map;
}

JsObject *
js_set_new (JsState *J)
{
  JsObject *set = js_object_new_class (J, JS_CLASS_SET, JS_INTRINSIC (J, SetPrototype));

  set->u.map = map_data_new ();
  return set;
}

JsValue
js_map_lookup (JsState *J, JsObject *map, JsValue key)
{
  MapEntry *e = map_data_get (map->u.map, key);
  return e != NULL ? e->value : JS_EMPTY;
}

void
js_map_insert (JsState *J, JsObject *map, JsValue key, JsValue value)
{
  map_data_set (J, map->u.map, key, value);
}

/* ------------------------------------------------------------------------
 * Shared by the four collections
 * ------------------------------------------------------------------------ */

/* RequireInternalSlot(M, [[MapData]]) and friends. */
static JsMapData *
this_collection (JsState *J, JsValue v, JsClassId class_id, const char *method)
{
  if (js_is_object (v) && js_get_object (v)->class_id == class_id && js_get_object (v)->u.map != NULL)
    return js_get_object (v)->u.map;
  {
    JsStringBuilder *b = js_string_builder_new (J);

    js_string_builder_append_ascii (J, b, "Method ");
    js_string_builder_append_ascii (J, b, method);
    js_string_builder_append_ascii (J, b, " called on incompatible receiver ");
    js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
    js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
  }
}

static JsObject *
create_collection (JsState *J, JsValue new_target, JsClassId class_id, JsObject *fallback, const char *name)
{
  JsObject *obj;

  if (js_is_undefined (new_target))
    {
      JsString *message = js_string_printf (J, "Constructor %s requires 'new'", name);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
    }
  obj = js_create_from_constructor (J, new_target, class_id, fallback);
  obj->u.map = map_data_new ();
  return obj;
}

/* The adder of a collection constructor: Get(obj, name), which must be callable. */
static JsValue
get_adder (JsState *J, JsObject *obj, const char *name)
{
  JsValue adder = js_get_utf8 (J, js_object_value (obj), name);

  if (!js_is_callable (adder))
    {
      JsStringBuilder *b = js_string_builder_new (J);

      js_string_builder_append_ascii (J, b, "'");
      js_string_builder_append (J, b, js_describe_value (J, adder, JS_DESCRIBE_PLAIN));
      js_string_builder_append_ascii (J, b, "' returned for property '");
      js_string_builder_append_ascii (J, b, name);
      js_string_builder_append_ascii (J, b, "' of object '");
      js_string_builder_append (J, b, js_describe_value (J, js_object_value (obj), JS_DESCRIBE_PLAIN));
      js_string_builder_append_ascii (J, b, "' is not a function");
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
    }
  return adder;
}

typedef struct {
  JsObject *obj;
  JsValue adder;
  gboolean entries;
} AddStep;

static void
add_step (JsState *J, JsValue next, gpointer data)
{
  AddStep *step = data;

  if (step->entries)
    {
      JsValue kv[2];

      if (!js_is_object (next))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterator value %s is not an entry object", next,
                                   JS_DESCRIBE_PLAIN);
      kv[0] = js_get_index (J, next, 0);
      kv[1] = js_get_index (J, next, 1);
      js_call (J, step->adder, js_object_value (step->obj), 2, kv);
    }
  else
    js_call (J, step->adder, js_object_value (step->obj), 1, &next);
}

/* Fills a new collection from an iterable: AddEntriesFromIterable (24.1.1.2)
 * for maps, the loop of Set (24.2.1.1) for sets. */
static void
add_from_iterable (JsState *J, JsObject *obj, JsValue iterable, const char *adder_name, gboolean entries)
{
  AddStep step = { obj, get_adder (J, obj, adder_name), entries };
  JsIteratorRecord record;

  js_get_iterator (J, iterable, &record);
  js_iterator_for_each (J, &record, add_step, &step);
}

static void
require_callback (JsState *J, JsValue callback)
{
  if (!js_is_callable (callback))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", callback, JS_DESCRIBE_TYPED);
}

/* forEach of Map and Set: a cursor keeps the walk right while the callback
 * adds and deletes entries. */
static void
collection_for_each (JsState *J, JsValue this_value, JsMapData *data, JsValue callback, JsValue this_arg)
{
  MapCursor *cursor;
  MapEntry *e;

  require_callback (J, callback);
  cursor = cursor_new (J, data);
  while ((e = cursor_step (cursor)) != NULL)
    {
      JsValue args[3] = { e->value, e->key, this_value };
      js_call (J, callback, this_arg, 3, args);
    }
}

static JsObject *
collection_iterator_new (JsState *J, JsValue collection, JsMapData *data, JsIteratorKind kind, JsObject *proto)
{
  JsObject *it = js_object_new_class (J, JS_CLASS_ITERATOR, proto);
  MapCursor *cursor = cursor_new (J, data);

  it->u.iter.target = collection;
  it->u.iter.extra = js_internal_value (&cursor->base.gc);
  it->u.iter.index = 0;
  it->u.iter.kind = kind;
  it->u.iter.done = FALSE;
  return it;
}

/* %MapIteratorPrototype%.next and %SetIteratorPrototype%.next (24.1.5.2, 24.2.5.2) */
static JsValue
collection_iterator_next (JsState *J, JsValue this_value, JsIteratorKind first, JsIteratorKind last,
                          const char *format)
{
  JsObject *it;
  MapCursor *cursor;
  MapEntry *e;

  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_ITERATOR ||
      js_get_object (this_value)->u.iter.kind < first || js_get_object (this_value)->u.iter.kind > last)
    js_throw_error_with_value (J, JS_TYPE_ERROR, format, this_value, JS_DESCRIBE_PLAIN);
  it = js_get_object (this_value);
  if (it->u.iter.done)
    return js_iter_result (J, JS_UNDEFINED, TRUE);
  cursor = js_get_pointer (it->u.iter.extra);
  e = cursor_step (cursor);
  if (e == NULL)
    {
      it->u.iter.done = TRUE;
      it->u.iter.target = JS_UNDEFINED;
      return js_iter_result (J, JS_UNDEFINED, TRUE);
    }
  switch (it->u.iter.kind)
    {
    case JS_ITER_MAP_KEYS:
    case JS_ITER_SET_VALUES:
      return js_iter_result (J, e->key, FALSE);
    case JS_ITER_MAP_VALUES:
      return js_iter_result (J, e->value, FALSE);
    default:
      {
        JsValue pair[2] = { e->key, e->value };
        return js_iter_result (J, js_object_value (js_array_from_values (J, pair, 2)), FALSE);
      }
    }
}

/* ------------------------------------------------------------------------
 * Map (24.1)
 * ------------------------------------------------------------------------ */

NATIVE (map_constructor)
{
  JsObject *map = create_collection (J, new_target, JS_CLASS_MAP, JS_INTRINSIC (J, MapPrototype), "Map");

  if (!js_is_nullish (ARG (0)))
    add_from_iterable (J, map, ARG (0), "set", TRUE);
  return js_object_value (map);
}

#define THIS_MAP(method) this_collection (J, this_value, JS_CLASS_MAP, method)

NATIVE (map_proto_clear)
{
  map_data_clear (J, THIS_MAP ("Map.prototype.clear"));
  return JS_UNDEFINED;
}

NATIVE (map_proto_delete)
{
  return js_boolean (map_data_delete (J, THIS_MAP ("Map.prototype.delete"), ARG (0)));
}

NATIVE (map_proto_entries)
{
  JsMapData *data = THIS_MAP ("Map.prototype.entries");
  return js_object_value (collection_iterator_new (J, this_value, data, JS_ITER_MAP_ENTRIES,
                                                   JS_INTRINSIC (J, MapIteratorPrototype)));
}

NATIVE (map_proto_for_each)
{
  collection_for_each (J, this_value, THIS_MAP ("Map.prototype.forEach"), ARG (0), ARG (1));
  return JS_UNDEFINED;
}

NATIVE (map_proto_get)
{
  MapEntry *e = map_data_get (THIS_MAP ("Map.prototype.get"), ARG (0));
  return e != NULL ? e->value : JS_UNDEFINED;
}

NATIVE (map_proto_has)
{
  return js_boolean (map_data_get (THIS_MAP ("Map.prototype.has"), ARG (0)) != NULL);
}

NATIVE (map_proto_keys)
{
  JsMapData *data = THIS_MAP ("Map.prototype.keys");
  return js_object_value (collection_iterator_new (J, this_value, data, JS_ITER_MAP_KEYS,
                                                   JS_INTRINSIC (J, MapIteratorPrototype)));
}

NATIVE (map_proto_set)
{
  map_data_set (J, THIS_MAP ("Map.prototype.set"), ARG (0), ARG (1));
  return this_value;
}

NATIVE (map_proto_size)
{
  return js_number (THIS_MAP ("get Map.prototype.size")->n_live);
}

NATIVE (map_proto_values)
{
  JsMapData *data = THIS_MAP ("Map.prototype.values");
  return js_object_value (collection_iterator_new (J, this_value, data, JS_ITER_MAP_VALUES,
                                                   JS_INTRINSIC (J, MapIteratorPrototype)));
}

NATIVE (map_iterator_next)
{
  return collection_iterator_next (J, this_value, JS_ITER_MAP_KEYS, JS_ITER_MAP_ENTRIES,
                                   "Method Map Iterator.prototype.next called on incompatible receiver %s");
}

/* ------------------------------------------------------------------------
 * Set (24.2)
 * ------------------------------------------------------------------------ */

NATIVE (set_constructor)
{
  JsObject *set = create_collection (J, new_target, JS_CLASS_SET, JS_INTRINSIC (J, SetPrototype), "Set");

  if (!js_is_nullish (ARG (0)))
    add_from_iterable (J, set, ARG (0), "add", FALSE);
  return js_object_value (set);
}

#define THIS_SET(method) this_collection (J, this_value, JS_CLASS_SET, method)

NATIVE (set_proto_add)
{
  JsMapData *data = THIS_SET ("Set.prototype.add");
  map_data_set (J, data, ARG (0), normalize_key (ARG (0)));
  return this_value;
}

NATIVE (set_proto_clear)
{
  map_data_clear (J, THIS_SET ("Set.prototype.clear"));
  return JS_UNDEFINED;
}

NATIVE (set_proto_delete)
{
  return js_boolean (map_data_delete (J, THIS_SET ("Set.prototype.delete"), ARG (0)));
}

NATIVE (set_proto_entries)
{
  JsMapData *data = THIS_SET ("Set.prototype.entries");
  return js_object_value (collection_iterator_new (J, this_value, data, JS_ITER_SET_ENTRIES,
                                                   JS_INTRINSIC (J, SetIteratorPrototype)));
}

NATIVE (set_proto_for_each)
{
  collection_for_each (J, this_value, THIS_SET ("Set.prototype.forEach"), ARG (0), ARG (1));
  return JS_UNDEFINED;
}

NATIVE (set_proto_has)
{
  return js_boolean (map_data_get (THIS_SET ("Set.prototype.has"), ARG (0)) != NULL);
}

NATIVE (set_proto_size)
{
  return js_number (THIS_SET ("get Set.prototype.size")->n_live);
}

NATIVE (set_proto_values)
{
  JsMapData *data = THIS_SET ("Set.prototype.values");
  return js_object_value (collection_iterator_new (J, this_value, data, JS_ITER_SET_VALUES,
                                                   JS_INTRINSIC (J, SetIteratorPrototype)));
}

NATIVE (set_iterator_next)
{
  return collection_iterator_next (J, this_value, JS_ITER_SET_VALUES, JS_ITER_SET_ENTRIES,
                                   "Method Set Iterator.prototype.next called on incompatible receiver %s");
}

/* ------------------------------------------------------------------------
 * WeakMap and WeakSet (24.3, 24.4)
 * ------------------------------------------------------------------------ */

/* CanBeHeldWeakly (9.13): objects and symbols not in the global registry. */
static gboolean
can_be_held_weakly (JsState *J, JsValue v)
{
  if (js_is_object (v))
    return TRUE;
  if (js_is_symbol (v))
    return J->symbol_registry == NULL || js_is_empty (js_map_lookup (J, J->symbol_registry, v));
  return FALSE;
}

NATIVE (weak_map_constructor)
{
  JsObject *map = create_collection (J, new_target, JS_CLASS_WEAKMAP, JS_INTRINSIC (J, WeakMapPrototype), "WeakMap");

  if (!js_is_nullish (ARG (0)))
    add_from_iterable (J, map, ARG (0), "set", TRUE);
  return js_object_value (map);
}

#define THIS_WEAK_MAP(method) this_collection (J, this_value, JS_CLASS_WEAKMAP, method)

NATIVE (weak_map_proto_delete)
{
  JsMapData *data = THIS_WEAK_MAP ("WeakMap.prototype.delete");
  return js_boolean (can_be_held_weakly (J, ARG (0)) && map_data_delete (J, data, ARG (0)));
}

NATIVE (weak_map_proto_get)
{
  JsMapData *data = THIS_WEAK_MAP ("WeakMap.prototype.get");
  MapEntry *e = can_be_held_weakly (J, ARG (0)) ? map_data_get (data, ARG (0)) : NULL;
  return e != NULL ? e->value : JS_UNDEFINED;
}

NATIVE (weak_map_proto_has)
{
  JsMapData *data = THIS_WEAK_MAP ("WeakMap.prototype.has");
  return js_boolean (can_be_held_weakly (J, ARG (0)) && map_data_get (data, ARG (0)) != NULL);
}

NATIVE (weak_map_proto_set)
{
  JsMapData *data = THIS_WEAK_MAP ("WeakMap.prototype.set");

  if (!can_be_held_weakly (J, ARG (0)))
    js_throw_type_error (J, "Invalid value used as weak map key");
  map_data_set (J, data, ARG (0), ARG (1));
  return this_value;
}

NATIVE (weak_set_constructor)
{
  JsObject *set = create_collection (J, new_target, JS_CLASS_WEAKSET, JS_INTRINSIC (J, WeakSetPrototype), "WeakSet");

  if (!js_is_nullish (ARG (0)))
    add_from_iterable (J, set, ARG (0), "add", FALSE);
  return js_object_value (set);
}

#define THIS_WEAK_SET(method) this_collection (J, this_value, JS_CLASS_WEAKSET, method)

NATIVE (weak_set_proto_add)
{
  JsMapData *data = THIS_WEAK_SET ("WeakSet.prototype.add");

  if (!can_be_held_weakly (J, ARG (0)))
    js_throw_type_error (J, "Invalid value used in weak set");
  map_data_set (J, data, ARG (0), ARG (0));
  return this_value;
}

NATIVE (weak_set_proto_delete)
{
  JsMapData *data = THIS_WEAK_SET ("WeakSet.prototype.delete");
  return js_boolean (can_be_held_weakly (J, ARG (0)) && map_data_delete (J, data, ARG (0)));
}

NATIVE (weak_set_proto_has)
{
  JsMapData *data = THIS_WEAK_SET ("WeakSet.prototype.has");
  return js_boolean (can_be_held_weakly (J, ARG (0)) && map_data_get (data, ARG (0)) != NULL);
}

/* ------------------------------------------------------------------------
 * WeakRef (26.1): the GC holds the target strongly (js-gc.c).
 * ------------------------------------------------------------------------ */

NATIVE (weak_ref_constructor)
{
  JsObject *ref;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor WeakRef requires 'new'");
  if (!can_be_held_weakly (J, ARG (0)))
    js_throw_type_error (J, "WeakRef: invalid target");
  ref = js_create_from_constructor (J, new_target, JS_CLASS_WEAKREF, JS_INTRINSIC (J, WeakRefPrototype));
  ref->u.weak_target = ARG (0);
  return js_object_value (ref);
}

NATIVE (weak_ref_proto_deref)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_WEAKREF)
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Method WeakRef.prototype.deref called on incompatible receiver %s",
                               this_value, JS_DESCRIBE_PLAIN);
  return js_get_object (this_value)->u.weak_target;
}

/* ------------------------------------------------------------------------
 * FinalizationRegistry (26.2).  Targets are held strongly (see WeakRef), so
 * cleanup callbacks never run; register and unregister keep the books that
 * unregister's result depends on.  A registry is a host object whose slot 0
 * holds a Map from unregister tokens to their number of registrations.
 * ------------------------------------------------------------------------ */

static const JsHostClass finalization_registry_class = { "FinalizationRegistry", NULL, NULL };

static JsObject *
this_registry (JsState *J, JsValue v, const char *method)
{
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_HOST &&
      js_get_object (v)->u.host.klass == &finalization_registry_class)
    return js_get_object (v);
  {
    JsStringBuilder *b = js_string_builder_new (J);

    js_string_builder_append_ascii (J, b, "Method FinalizationRegistry.prototype.");
    js_string_builder_append_ascii (J, b, method);
    js_string_builder_append_ascii (J, b, " called on incompatible receiver ");
    js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
    js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
  }
}

G_GNUC_NORETURN static void
throw_invalid_token (JsState *J, JsValue token)
{
  js_throw_error_with_value (J, JS_TYPE_ERROR, "Invalid unregisterToken ('%s')", token, JS_DESCRIBE_PLAIN);
}

NATIVE (finalization_registry_constructor)
{
  JsObject *registry;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor FinalizationRegistry requires 'new'");
  if (!js_is_callable (ARG (0)))
    js_throw_type_error (J, "FinalizationRegistry: cleanup must be callable");
  /* The fallback prototype is the constructor's own (non-writable) one. */
  registry = js_create_from_constructor (J, new_target, JS_CLASS_HOST,
                                         js_get_object (js_get_own_data (J, callee, JS_KEY (J, prototype))));
  registry->u.host.klass = &finalization_registry_class;
  registry->u.host.slots[0] = js_object_value (js_map_new (J));
  registry->u.host.slots[1] = ARG (0);
  return js_object_value (registry);
}

NATIVE (finalization_registry_proto_register)
{
  JsObject *registry = this_registry (J, this_value, "register");
  JsValue target = ARG (0), held = ARG (1), token = ARG (2), count;
  JsObject *tokens = js_get_object (registry->u.host.slots[0]);

  if (!can_be_held_weakly (J, target))
    js_throw_type_error (J, "FinalizationRegistry.prototype.register: invalid target");
  if (js_same_value (target, held))
    js_throw_type_error (J, "FinalizationRegistry.prototype.register: target and holdings must not be same");
  if (js_is_undefined (token))
    return JS_UNDEFINED;
  if (!can_be_held_weakly (J, token))
    throw_invalid_token (J, token);
  count = js_map_lookup (J, tokens, token);
  js_map_insert (J, tokens, token, js_number (js_is_empty (count) ? 1 : js_get_number (count) + 1));
  return JS_UNDEFINED;
}

NATIVE (finalization_registry_proto_unregister)
{
  JsObject *registry = this_registry (J, this_value, "unregister");
  JsValue token = ARG (0);

  if (!can_be_held_weakly (J, token))
    throw_invalid_token (J, token);
  return js_boolean (map_data_delete (J, js_get_object (registry->u.host.slots[0])->u.map, token));
}

/* ------------------------------------------------------------------------ */

static JsObject *
init_collection (JsState *J, const char *name, int length, JsNativeFn constructor, JsIntrinsicId proto_id,
                 JsIntrinsicId ctor_id)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, name, length, constructor, proto);

  J->intrinsics[proto_id] = proto;
  if (ctor_id != JS_N_INTRINSICS)
    J->intrinsics[ctor_id] = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, J->global, name, js_object_value (ctor), JS_PROP_HIDDEN);
  return proto;
}

static void
define_tag (JsState *J, JsObject *obj, const char *tag)
{
  js_define_value (J, obj, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_string_new_utf8 (J, tag, -1)),
                   JS_PROP_CONFIGURABLE);
}

static JsObject *
init_iterator_prototype (JsState *J, const char *tag, JsNativeFn next)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, IteratorPrototype));

  js_define_method (J, proto, "next", next, 0);
  define_tag (J, proto, tag);
  return proto;
}

void
js_builtin_map_init (JsState *J)
{
  JsObject *proto;
  JsObject *entries, *values;

  proto = init_collection (J, "Map", 0, map_constructor, JS_INTRINSIC_MapPrototype, JS_INTRINSIC_Map);
  js_define_species_getter (J, JS_INTRINSIC (J, Map));
  js_define_method (J, proto, "get", map_proto_get, 1);
  js_define_method (J, proto, "set", map_proto_set, 2);
  js_define_method (J, proto, "has", map_proto_has, 1);
  js_define_method (J, proto, "delete", map_proto_delete, 1);
  js_define_method (J, proto, "clear", map_proto_clear, 0);
  entries = js_define_method (J, proto, "entries", map_proto_entries, 0);
  js_define_method (J, proto, "forEach", map_proto_for_each, 1);
  js_define_method (J, proto, "keys", map_proto_keys, 0);
  js_define_getter (J, proto, "size", map_proto_size);
  js_define_method (J, proto, "values", map_proto_values, 0);
  define_tag (J, proto, "Map");
  js_define_value (J, proto, JS_SYMBOL_KEY (J, iterator), js_object_value (entries), JS_PROP_HIDDEN);
  JS_INTRINSIC (J, MapIteratorPrototype) = init_iterator_prototype (J, "Map Iterator", map_iterator_next);

  proto = init_collection (J, "Set", 0, set_constructor, JS_INTRINSIC_SetPrototype, JS_INTRINSIC_Set);
  js_define_species_getter (J, JS_INTRINSIC (J, Set));
  js_define_method (J, proto, "has", set_proto_has, 1);
  js_define_method (J, proto, "add", set_proto_add, 1);
  js_define_method (J, proto, "delete", set_proto_delete, 1);
  js_define_method (J, proto, "clear", set_proto_clear, 0);
  js_define_method (J, proto, "entries", set_proto_entries, 0);
  js_define_method (J, proto, "forEach", set_proto_for_each, 1);
  js_define_getter (J, proto, "size", set_proto_size);
  values = js_define_method (J, proto, "values", set_proto_values, 0);
  js_define_value_utf8 (J, proto, "keys", js_object_value (values), JS_PROP_HIDDEN);
  define_tag (J, proto, "Set");
  js_define_value (J, proto, JS_SYMBOL_KEY (J, iterator), js_object_value (values), JS_PROP_HIDDEN);
  JS_INTRINSIC (J, SetIteratorPrototype) = init_iterator_prototype (J, "Set Iterator", set_iterator_next);

  proto = init_collection (J, "WeakMap", 0, weak_map_constructor, JS_INTRINSIC_WeakMapPrototype, JS_INTRINSIC_WeakMap);
  js_define_method (J, proto, "delete", weak_map_proto_delete, 1);
  js_define_method (J, proto, "get", weak_map_proto_get, 1);
  js_define_method (J, proto, "set", weak_map_proto_set, 2);
  js_define_method (J, proto, "has", weak_map_proto_has, 1);
  define_tag (J, proto, "WeakMap");

  proto = init_collection (J, "WeakSet", 0, weak_set_constructor, JS_INTRINSIC_WeakSetPrototype, JS_INTRINSIC_WeakSet);
  js_define_method (J, proto, "delete", weak_set_proto_delete, 1);
  js_define_method (J, proto, "has", weak_set_proto_has, 1);
  js_define_method (J, proto, "add", weak_set_proto_add, 1);
  define_tag (J, proto, "WeakSet");

  proto = init_collection (J, "WeakRef", 1, weak_ref_constructor, JS_INTRINSIC_WeakRefPrototype, JS_N_INTRINSICS);
  js_define_method (J, proto, "deref", weak_ref_proto_deref, 0);
  define_tag (J, proto, "WeakRef");

  proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  js_define_value_utf8 (J, J->global, "FinalizationRegistry",
                        js_object_value (js_native_constructor_new (J, "FinalizationRegistry", 1,
                                                                    finalization_registry_constructor, proto)),
                        JS_PROP_HIDDEN);
  js_define_method (J, proto, "register", finalization_registry_proto_register, 2);
  js_define_method (J, proto, "unregister", finalization_registry_proto_unregister, 1);
  define_tag (J, proto, "FinalizationRegistry");
}
