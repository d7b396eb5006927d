/* js-object.c: objects and their internal methods (ECMAScript 10.1 ordinary
 * objects, 10.4.2 arrays, 10.4.3 string wrappers), property keys, arrays.
 *
 * Storage.  An object is allocated with only the part of `u` its class uses
 * and, when its creator knows how many properties are coming (an object
 * literal, a function's own keys), an inline table for them: most objects
 * are small and never grow, and one allocation instead of two saves both the
 * pointer chase and malloc's per-chunk overhead.  A table that outgrows its
 * inline slots moves to its own allocation.
 *
 * Properties live in `props` in insertion order; a deleted slot keeps its
 * place with key JS_EMPTY (a tombstone) until enough of them accumulate to
 * compact the table.  Small tables are searched linearly; larger ones carry
 * an open-addressing index of slot numbers (slot + 1, 0 = free) after their
 * slots, whose capacity is the power of two at least twice `cap_props`.  A
 * tombstone stays in the index as a slot whose key never matches.
 *
 * ARRAY and ARGUMENTS objects keep their elements dense in u.array while
 * they are plain data; anything unusual (a huge index, a non-default
 * attribute) makes the object "sparse": every element moves into props.
 *
 * gc_flags of objects (owned here):
 *   OBJ_INDEX_PROPS  props may hold array-index keys (so index lookups can
 *                    skip interning for objects that have none)
 *   OBJ_SPARSE       ARRAY/ARGUMENTS whose elements all live in props
 *   OBJ_LENGTH_FIXED ARRAY whose length is non-writable
 *   OBJ_INLINE_PROPS props points into the object's own allocation
 *
 * Exotic objects.  Each public internal method first checks
 * JS_OBJECT_EXOTIC and, when set, calls the class's JsExoticMethods entry
 * (js-internal.h); the walks up a prototype chain ([[Get]], [[Set]],
 * [[HasProperty]]) check every object they visit.  The js_ordinary_*
 * functions are the ordinary algorithms themselves.
 */
#include "js-internal.h"

#include <math.h>

enum {
  OBJ_INDEX_PROPS  = 1 << 0,
  OBJ_SPARSE       = 1 << 1,
  OBJ_LENGTH_FIXED = 1 << 2,
  OBJ_INLINE_PROPS = 1 << 3,
};

#define SMALL_PROPS 8
/* Dense element storage grows to at most this many slots; beyond, the array
 * goes sparse (V8 switches to dictionary elements similarly). */
#define DENSE_MAX ((guint32) 1 << 24)
/* A write this far past the end of a dense array makes it sparse. */
#define DENSE_GAP 4096

/* ------------------------------------------------------------------------
 * Keys
 * ------------------------------------------------------------------------ */

/* A property key during one operation: the atom or symbol, and whether it
 * is an array index.  Index keys may start without their atom (JS_EMPTY),
 * which key_atom creates only when a props table must be searched. */
typedef struct {
  JsValue  atom;
  guint32  index;
  gboolean is_index;
} Key;

/* Callers should pass property keys (interned strings or symbols), but a
 * key built for a message or a number from a native must not corrupt the
 * lookup: such keys are converted here, so identity comparison holds. */
static inline Key
key_of (JsState *J, JsValue key)
{
  Key k;

  if (G_UNLIKELY (!js_is_symbol (key) &&
                  (!js_is_string (key) || !(js_get_string (key)->gc.gc_flags & JS_STRING_INTERNED))))
    key = js_to_property_key (J, key);
  k.atom = key;
  k.index = 0;
  k.is_index = FALSE;
  if (js_is_string (key))
    {
      JsString *s = js_get_string (key);
      if (s->gc.gc_flags & JS_STRING_ARRAY_INDEX)
        {
          k.is_index = TRUE;
          k.index = s->index;
        }
    }
  return k;
}

static inline Key
key_of_index (guint32 index)
{
  Key k = { JS_EMPTY, index, TRUE };
  return k;
}

static JsValue
key_atom (JsState *J, Key *k)
{
  if (js_is_empty (k->atom))
    k->atom = js_string_value (js_intern_index (J, k->index));
  return k->atom;
}

gboolean
js_key_is_index (JsValue key, guint32 *index)
{
  if (js_is_string (key))
    {
      JsString *s = js_get_string (key);
      if (s->gc.gc_flags & JS_STRING_ARRAY_INDEX)
        {
          *index = s->index;
          return TRUE;
        }
    }
  return FALSE;
}

JsValue
js_key_from_utf8 (JsState *J, const char *name)
{
  return js_string_value (js_intern_utf8 (J, name));
}

JsValue
js_key_from_index (JsState *J, guint32 index)
{
  return js_string_value (js_intern_index (J, index));
}

/* ToPropertyKey (7.1.19) */
JsValue
js_to_property_key (JsState *J, JsValue v)
{
  if (js_is_string (v))
    return js_string_value (js_intern (J, js_get_string (v)));
  if (js_is_symbol (v))
    return v;
  if (js_is_number (v))
    {
      double d = js_get_number (v);
      if (d >= 0 && d < 4294967295.0 && d == (guint32) d)
        return js_key_from_index (J, (guint32) d);
      return js_string_value (js_intern (J, js_string_from_number (J, d)));
    }
  if (js_is_object (v))
    return js_to_property_key (J, js_to_primitive (J, v, JS_HINT_STRING));
  return js_string_value (js_intern (J, js_to_string (J, v)));
}

static guint32
key_hash (JsValue key)
{
  if (js_is_symbol (key))
    return js_get_symbol (key)->hash;
  return js_get_string (key)->hash;   /* atoms are always hashed */
}

/* ------------------------------------------------------------------------
 * The property table
 * ------------------------------------------------------------------------ */

/* The hash index of a table larger than SMALL_PROPS lives in the same
 * allocation, after its cap_props slots; an inline table (OBJ_INLINE_PROPS,
 * at most SMALL_PROPS slots) never has one. */
static guint32
index_capacity (guint32 cap_props)
{
  guint32 n = 16;
  while (n < 2 * cap_props)
    n *= 2;
  return n;
}

static gsize
table_bytes (guint32 cap_props)
{
  gsize bytes = (gsize) cap_props * sizeof (JsProperty);

  if (cap_props > SMALL_PROPS)
    bytes += index_capacity (cap_props) * sizeof (guint32);
  return bytes;
}

static inline guint32 *
table_index (JsObject *obj)
{
  return (guint32 *) (obj->props + obj->cap_props);
}

static void
index_insert (JsObject *obj, guint32 slot)
{
  guint32 *index = table_index (obj);
  guint32 mask = index_capacity (obj->cap_props) - 1;
  guint32 h = key_hash (obj->props[slot].key) & mask;

  while (index[h] != 0)
    h = (h + 1) & mask;
  index[h] = slot + 1;
}

static void
rebuild_index (JsObject *obj)
{
  if (obj->cap_props <= SMALL_PROPS)
    return;
  memset (table_index (obj), 0, index_capacity (obj->cap_props) * sizeof (guint32));
  for (guint32 i = 0; i < obj->n_props; i++)
    if (!js_is_empty (obj->props[i].key))
      index_insert (obj, i);
}

static JsProperty *
find_prop (JsObject *obj, JsValue key)
{
  if (obj->cap_props <= SMALL_PROPS)
    {
      for (guint32 i = 0; i < obj->n_props; i++)
        if (obj->props[i].key.bits == key.bits)
          return &obj->props[i];
      return NULL;
    }
  else
    {
      guint32 *index = table_index (obj);
      guint32 mask = index_capacity (obj->cap_props) - 1;
      guint32 h = key_hash (key) & mask;
      guint32 e;
      while ((e = index[h]) != 0)
        {
          if (obj->props[e - 1].key.bits == key.bits)
            return &obj->props[e - 1];
          h = (h + 1) & mask;
        }
      return NULL;
    }
}

/* Looks a key up in the props table, interning an index key only when the
 * object may have index keys there. */
static JsProperty *
find_key (JsState *J, JsObject *obj, Key *k)
{
  if (k->is_index && !(obj->gc.gc_flags & OBJ_INDEX_PROPS))
    return NULL;
  if (obj->n_props == 0)
    return NULL;
  return find_prop (obj, key_atom (J, k));
}

static void
compact_props (JsObject *obj)
{
  guint32 j = 0;

  for (guint32 i = 0; i < obj->n_props; i++)
    if (!js_is_empty (obj->props[i].key))
      obj->props[j++] = obj->props[i];
  obj->n_props = j;
  obj->n_deleted = 0;
  rebuild_index (obj);
}

/* Doubles the table, moving an inline one out of the object. */
static void
grow_props (JsState *J, JsObject *obj)
{
  guint32 old_cap = obj->cap_props;
  guint32 cap = old_cap < 4 ? 4 : old_cap * 2;
  gboolean was_inline = (obj->gc.gc_flags & OBJ_INLINE_PROPS) != 0;

  /* Account first: the heap budget may throw here, and the table must then
   * still be the one cap_props describes. */
  js_gc_account (J, (gssize) (table_bytes (cap) - (was_inline ? 0 : table_bytes (old_cap))));
  if (was_inline)
    {
      JsProperty *table = g_malloc (table_bytes (cap));
      memcpy (table, obj->props, (gsize) obj->n_props * sizeof (JsProperty));
      obj->props = table;
      obj->gc.gc_flags &= ~OBJ_INLINE_PROPS;
    }
  else
    obj->props = g_realloc (obj->props, table_bytes (cap));
  obj->cap_props = cap;
  rebuild_index (obj);
}

static JsProperty *
add_prop (JsState *J, JsObject *obj, JsValue key, JsValue value, guint32 flags)
{
  JsProperty *p;

  if (obj->n_props == obj->cap_props)
    {
      if (obj->n_deleted > obj->n_props / 4)
        compact_props (obj);
      else
        grow_props (J, obj);
    }
  p = &obj->props[obj->n_props];
  p->key = key;
  p->value = value;
  p->flags = flags;
  if (obj->cap_props > SMALL_PROPS)
    index_insert (obj, obj->n_props);
  obj->n_props++;
  if (js_is_string (key) && (js_get_string (key)->gc.gc_flags & JS_STRING_ARRAY_INDEX))
    obj->gc.gc_flags |= OBJ_INDEX_PROPS;
  return p;
}

/* Leaves a tombstone; compacts the table when they become too many, which
 * moves slots: pass `may_compact` FALSE while iterating over the table and
 * call compact_if_sparse afterwards. */
static void
compact_if_sparse (JsObject *obj)
{
  if (obj->n_deleted == obj->n_props)
    {
      obj->n_props = 0;
      obj->n_deleted = 0;
      rebuild_index (obj);
    }
  else if (obj->n_deleted > 8 && obj->n_deleted > obj->n_props / 2)
    compact_props (obj);
}

static void
remove_prop (JsObject *obj, JsProperty *p, gboolean may_compact)
{
  p->key = JS_EMPTY;
  p->value = JS_UNDEFINED;
  p->flags = 0;
  obj->n_deleted++;
  if (may_compact)
    compact_if_sparse (obj);
}

/* ------------------------------------------------------------------------
 * Accessor properties
 * ------------------------------------------------------------------------ */

/* An accessor property's `value`: its getter and setter (each a function or
 * undefined).  Each pair belongs to one property, which changes it in place. */
typedef struct {
  JsGcInternal base;
  JsValue      getter;
  JsValue      setter;
} AccessorPair;

static void
accessor_pair_mark (JsState *J, JsGcInternal *self)
{
  AccessorPair *pair = (AccessorPair *) self;

  js_gc_mark_value (J, pair->getter);
  js_gc_mark_value (J, pair->setter);
}

static const JsGcInternalClass accessor_pair_class = { "AccessorPair", accessor_pair_mark, NULL };

static JsValue
accessor_pair_new (JsState *J, JsValue getter, JsValue setter)
{
  AccessorPair *pair = (AccessorPair *) js_gc_alloc_internal (J, &accessor_pair_class, sizeof (AccessorPair));

  pair->getter = getter;
  pair->setter = setter;
  return js_internal_value (&pair->base.gc);
}

static inline AccessorPair *
accessor_pair (const JsProperty *p)
{
  return js_get_pointer (p->value);
}

/* ------------------------------------------------------------------------
 * Creation and finalization
 * ------------------------------------------------------------------------ */

#define CLASS_DATA(member) sizeof (((JsObject *) NULL)->u.member)

/* The bytes of `u` each class uses (0: none). */
static const guint8 class_data_size[JS_N_CLASSES] = {
  [JS_CLASS_ARRAY] = CLASS_DATA (array),
  [JS_CLASS_ARGUMENTS] = CLASS_DATA (array),
  [JS_CLASS_FUNCTION] = CLASS_DATA (closure),
  [JS_CLASS_NATIVE_FUNCTION] = CLASS_DATA (native),
  [JS_CLASS_BOUND_FUNCTION] = CLASS_DATA (bound),
  [JS_CLASS_BOOLEAN] = CLASS_DATA (primitive),
  [JS_CLASS_NUMBER] = CLASS_DATA (primitive),
  [JS_CLASS_STRING] = CLASS_DATA (primitive),
  [JS_CLASS_SYMBOL] = CLASS_DATA (primitive),
  [JS_CLASS_BIGINT] = CLASS_DATA (primitive),
  [JS_CLASS_DATE] = CLASS_DATA (primitive),
  [JS_CLASS_REGEXP] = CLASS_DATA (primitive),
  [JS_CLASS_MAP] = CLASS_DATA (map),
  [JS_CLASS_SET] = CLASS_DATA (map),
  [JS_CLASS_WEAKMAP] = CLASS_DATA (map),
  [JS_CLASS_WEAKSET] = CLASS_DATA (map),
  [JS_CLASS_WEAKREF] = CLASS_DATA (weak_target),
  [JS_CLASS_PROMISE] = CLASS_DATA (promise),
  [JS_CLASS_GENERATOR] = CLASS_DATA (generator),
  [JS_CLASS_ASYNC_GENERATOR] = CLASS_DATA (generator),
  [JS_CLASS_ASYNC_FUNCTION] = CLASS_DATA (generator),
  [JS_CLASS_ITERATOR] = CLASS_DATA (iter),
  [JS_CLASS_HOST] = CLASS_DATA (host),
  [JS_CLASS_ARRAY_BUFFER] = CLASS_DATA (buffer),
  [JS_CLASS_TYPED_ARRAY] = CLASS_DATA (view),
  [JS_CLASS_DATA_VIEW] = CLASS_DATA (view),
  [JS_CLASS_PROXY] = CLASS_DATA (proxy),
  [JS_CLASS_MAPPED_ARGUMENTS] = CLASS_DATA (arguments_map),
};

/* Allocates the fixed fields, `data_size` bytes of `u` and an inline table
 * of up to SMALL_PROPS properties. */
static JsObject *
object_alloc (JsState *J, gsize data_size, guint32 n_props)
{
  guint32 n_inline = MIN (n_props, SMALL_PROPS);
  gsize head = G_STRUCT_OFFSET (JsObject, u) + data_size;
  JsObject *obj = js_gc_alloc (J, JS_GC_OBJECT, head + n_inline * sizeof (JsProperty));

  if (n_inline > 0)
    {
      obj->props = (JsProperty *) ((char *) obj + head);
      obj->cap_props = n_inline;
      obj->gc.gc_flags |= OBJ_INLINE_PROPS;
    }
  return obj;
}

JsObject *
js_object_new_sized (JsState *J, JsClassId class_id, JsObject *proto, guint32 n_props)
{
  JsObject *obj = object_alloc (J, class_data_size[class_id], n_props);

  obj->class_id = class_id;
  obj->flags = JS_OBJECT_EXTENSIBLE;
  if (J->exotic_methods[class_id] != NULL)
    obj->flags |= JS_OBJECT_EXOTIC;
  obj->proto = proto;
  switch (class_id)
    {
    case JS_CLASS_FUNCTION:
      obj->flags |= JS_OBJECT_CALLABLE;
      obj->u.closure.home_object = JS_UNDEFINED;
      obj->u.closure.fields = JS_UNDEFINED;
      obj->u.closure.this_value = JS_UNDEFINED;
      break;
    case JS_CLASS_NATIVE_FUNCTION:
      obj->flags |= JS_OBJECT_CALLABLE;
      break;
    case JS_CLASS_BOUND_FUNCTION:
      obj->flags |= JS_OBJECT_CALLABLE;
      obj->u.bound.target = JS_UNDEFINED;
      obj->u.bound.bound_this = JS_UNDEFINED;
      break;
    case JS_CLASS_BOOLEAN:
    case JS_CLASS_NUMBER:
    case JS_CLASS_STRING:
    case JS_CLASS_SYMBOL:
    case JS_CLASS_BIGINT:
    case JS_CLASS_DATE:
    case JS_CLASS_REGEXP:
      obj->u.primitive = JS_UNDEFINED;
      break;
    case JS_CLASS_ITERATOR:
      obj->u.iter.target = JS_UNDEFINED;
      obj->u.iter.extra = JS_UNDEFINED;
      break;
    case JS_CLASS_HOST:
      for (guint i = 0; i < G_N_ELEMENTS (obj->u.host.slots); i++)
        obj->u.host.slots[i] = JS_UNDEFINED;
      break;
    case JS_CLASS_WEAKREF:
      obj->u.weak_target = JS_UNDEFINED;
      break;
    case JS_CLASS_PROXY:
      obj->u.proxy.target = JS_NULL;
      obj->u.proxy.handler = JS_NULL;
      break;
    default:
      break;
    }
  return obj;
}

JsObject *
js_object_new_class (JsState *J, JsClassId class_id, JsObject *proto)
{
  return js_object_new_sized (J, class_id, proto, 0);
}

JsObject *
js_object_new_reclassable (JsState *J, JsObject *proto)
{
  JsObject *obj = object_alloc (J, sizeof obj->u, 0);

  obj->class_id = JS_CLASS_OBJECT;
  obj->flags = JS_OBJECT_EXTENSIBLE;
  obj->proto = proto;
  return obj;
}

void
js_object_register_exotic (JsState *J, JsClassId class_id, const JsExoticMethods *methods)
{
  J->exotic_methods[class_id] = methods;
}

JsObject *
js_object_new (JsState *J, JsObject *proto)
{
  return js_object_new_class (J, JS_CLASS_OBJECT, proto);
}

JsObject *
js_plain_object_new (JsState *J)
{
  return js_object_new_class (J, JS_CLASS_OBJECT, JS_INTRINSIC (J, ObjectPrototype));
}

void
js_object_finalize (JsState *J, JsObject *obj)
{
  if (obj->props != NULL && !(obj->gc.gc_flags & OBJ_INLINE_PROPS))
    {
      js_gc_account (J, -(gssize) table_bytes (obj->cap_props));
      g_free (obj->props);
    }
  switch ((JsClassId) obj->class_id)
    {
    case JS_CLASS_ARRAY:
    case JS_CLASS_ARGUMENTS:
      if (obj->u.array.elements != NULL)
        {
          js_gc_account (J, -(gssize) ((obj->u.array.capacity + obj->u.array.shifted) * sizeof (JsValue)));
          g_free (obj->u.array.elements - obj->u.array.shifted);
        }
      break;
    case JS_CLASS_NATIVE_FUNCTION:
      if (obj->u.native.captures != NULL)
        js_gc_buffer_free (J, obj->u.native.captures, obj->u.native.n_captures * sizeof (JsValue));
      break;
    case JS_CLASS_BOUND_FUNCTION:
      g_free (obj->u.bound.args);
      break;
    case JS_CLASS_MAP:
    case JS_CLASS_SET:
    case JS_CLASS_WEAKMAP:
    case JS_CLASS_WEAKSET:
      if (obj->u.map != NULL)
        js_map_data_free (J, obj->u.map);
      break;
    case JS_CLASS_PROMISE:
      if (obj->u.promise != NULL)
        js_promise_data_free (J, obj->u.promise);
      break;
    case JS_CLASS_GENERATOR:
    case JS_CLASS_ASYNC_GENERATOR:
    case JS_CLASS_ASYNC_FUNCTION:
      if (obj->u.generator != NULL)
        js_generator_data_free (J, obj->u.generator);
      break;
    case JS_CLASS_HOST:
      if (obj->u.host.klass != NULL && obj->u.host.klass->finalize != NULL)
        obj->u.host.klass->finalize (J, obj);
      break;
    case JS_CLASS_ARRAY_BUFFER:
      js_array_buffer_finalize (J, obj);
      break;
    default:
      break;
    }
}

/* ------------------------------------------------------------------------
 * Elements
 * ------------------------------------------------------------------------ */

static inline gboolean
has_dense_elements (const JsObject *obj)
{
  return (obj->class_id == JS_CLASS_ARRAY || obj->class_id == JS_CLASS_ARGUMENTS) &&
         !(obj->gc.gc_flags & OBJ_SPARSE);
}

/* Moves the elements back to the start of their allocation, undoing
 * js_array_shift_dense's offset, so the buffer can be resized or freed. */
static void
unshift_elements (JsObject *obj)
{
  guint32 shifted = obj->u.array.shifted;
  JsValue *base;

  if (shifted == 0)
    return;
  base = obj->u.array.elements - shifted;
  memmove (base, obj->u.array.elements, (gsize) obj->u.array.length * sizeof (JsValue));
  obj->u.array.elements = base;
  obj->u.array.capacity += shifted;
  obj->u.array.shifted = 0;
}

static void
reserve_elements (JsState *J, JsObject *obj, guint32 needed)
{
  guint32 old_cap;
  guint64 cap;

  if (needed <= obj->u.array.capacity)
    return;
  unshift_elements (obj);
  old_cap = obj->u.array.capacity;
  if (needed <= old_cap)
    return;
  cap = MAX ((guint64) needed, MAX ((guint64) 8, (guint64) old_cap + old_cap / 2));
  cap = MIN (cap, (guint64) G_MAXUINT32);
  obj->u.array.elements = g_renew (JsValue, obj->u.array.elements, cap);
  obj->u.array.capacity = (guint32) cap;
  js_gc_account (J, (gssize) ((cap - old_cap) * sizeof (JsValue)));
}

/* Sets the dense length, filling new slots with holes. */
static void
set_dense_length (JsState *J, JsObject *obj, guint32 length)
{
  guint32 old = obj->u.array.length;

  if (length > old)
    {
      reserve_elements (J, obj, length);
      for (guint32 i = old; i < length; i++)
        obj->u.array.elements[i] = JS_EMPTY;
    }
  else if (length < obj->u.array.capacity / 4 && obj->u.array.capacity > 64)
    {
      /* Give memory back after a large truncation. */
      guint32 cap = MAX (length, 8);
      obj->u.array.length = MIN (obj->u.array.length, cap);
      unshift_elements (obj);
      js_gc_account (J, -(gssize) ((obj->u.array.capacity - cap) * sizeof (JsValue)));
      obj->u.array.elements = g_renew (JsValue, obj->u.array.elements, cap);
      obj->u.array.capacity = cap;
    }
  obj->u.array.length = length;
}

/* Moves every element into props, so that elements can have any attributes
 * and indices any size. */
static void
make_sparse (JsState *J, JsObject *obj)
{
  guint32 n = obj->u.array.length;
  JsValue *elements = obj->u.array.elements;

  g_assert (has_dense_elements (obj));
  unshift_elements (obj);
  elements = obj->u.array.elements;
  /* Detach first: add_prop may throw on the heap budget, and the sweep must
   * still see a consistent object.  Elements not yet moved are then lost,
   * but the run is over. */
  obj->u.array.elements = NULL;
  obj->u.array.length = 0;
  js_gc_account (J, -(gssize) (obj->u.array.capacity * sizeof (JsValue)));
  obj->u.array.capacity = 0;
  obj->gc.gc_flags |= OBJ_SPARSE;
  if (obj->class_id == JS_CLASS_ARRAY)
    obj->u.array.sparse_length = n;
  /* Allocation never collects, so the values in the detached buffer stay
   * alive while they move. */
  for (guint32 i = 0; i < n; i++)
    if (!js_is_empty (elements[i]))
      add_prop (J, obj, js_key_from_index (J, i), elements[i], JS_PROP_DEFAULT);
  g_free (elements);
}

/* Indexed own properties: elements, or index keys in the table. */
static gboolean
has_index_properties (JsObject *obj)
{
  if (has_dense_elements (obj))
    {
      for (guint32 i = 0; i < obj->u.array.length; i++)
        if (!js_is_empty (obj->u.array.elements[i]))
          return TRUE;
    }
  for (guint32 i = 0; i < obj->n_props; i++)
    {
      JsValue key = obj->props[i].key;
      if (!js_is_empty (key) && js_is_string (key) && (js_get_string (key)->gc.gc_flags & JS_STRING_ARRAY_INDEX))
        return TRUE;
    }
  return FALSE;
}

gboolean
js_array_shift_dense (JsState *J, JsObject *array)
{
  JsObject *array_proto = JS_INTRINSIC (J, ArrayPrototype);
  JsObject *object_proto = JS_INTRINSIC (J, ObjectPrototype);
  guint32 n;

  if (array->class_id != JS_CLASS_ARRAY || !has_dense_elements (array) || array->u.array.length == 0 ||
      !(array->flags & JS_OBJECT_EXTENSIBLE) || (array->gc.gc_flags & OBJ_LENGTH_FIXED))
    return FALSE;
  /* A hole reads through the prototypes: moving it as a hole is only
   * right when they have no element to show through it. */
  if (array->proto != array_proto || array_proto->proto != object_proto || object_proto->proto != NULL ||
      has_index_properties (array_proto) || has_index_properties (object_proto))
    return FALSE;
  n = array->u.array.length;
  array->u.array.elements++;
  array->u.array.shifted++;
  array->u.array.capacity--;
  array->u.array.length = n - 1;
  /* Reclaim the dropped slots once they outnumber the live ones, so a
   * queue drained and refilled keeps a bounded buffer (amortised O(1)). */
  if (array->u.array.shifted > 16 && array->u.array.shifted > array->u.array.length)
    unshift_elements (array);
  return TRUE;
}

guint32
js_array_length (JsObject *array)
{
  if (array->gc.gc_flags & OBJ_SPARSE)
    return array->u.array.sparse_length;
  return array->u.array.length;
}

JsObject *
js_array_new (JsState *J, guint32 capacity)
{
  JsObject *array = js_object_new_class (J, JS_CLASS_ARRAY, JS_INTRINSIC (J, ArrayPrototype));

  if (capacity > 0)
    reserve_elements (J, array, MIN (capacity, DENSE_MAX));
  return array;
}

JsObject *
js_array_from_values (JsState *J, const JsValue *values, guint32 n)
{
  JsObject *array = js_array_new (J, n);

  if (n > DENSE_MAX)
    {
      for (guint32 i = 0; i < n; i++)
        js_array_push (J, array, values[i]);
      return array;
    }
  if (n > 0)
    memcpy (array->u.array.elements, values, (gsize) n * sizeof (JsValue));
  array->u.array.length = n;
  return array;
}

void
js_array_push (JsState *J, JsObject *array, JsValue value)
{
  guint32 n = array->u.array.length;

  if (array->class_id == JS_CLASS_ARRAY && has_dense_elements (array) &&
      (array->flags & JS_OBJECT_EXTENSIBLE) && !(array->gc.gc_flags & OBJ_LENGTH_FIXED) &&
      n < DENSE_MAX)
    {
      reserve_elements (J, array, n + 1);
      array->u.array.elements[n] = value;
      array->u.array.length = n + 1;
      return;
    }
  js_set_index (J, js_object_value (array), js_array_length (array), value);
}

/* ------------------------------------------------------------------------
 * [[GetOwnProperty]]
 * ------------------------------------------------------------------------ */

typedef enum {
  OWN_NONE,
  OWN_PROP,           /* in the props table: `prop` */
  OWN_ELEMENT,        /* a dense element */
  OWN_STRING_CHAR,    /* an index of a String wrapper */
  OWN_LENGTH,         /* an array's or String wrapper's length */
} OwnKind;

typedef struct {
  OwnKind     kind;
  JsProperty *prop;
  guint32     flags;
  JsValue     value;    /* or the getter */
  JsValue     setter;
} Own;

static gboolean
get_own (JsState *J, JsObject *obj, Key *k, Own *own)
{
  JsProperty *p;

  own->prop = NULL;   /* set for OWN_PROP only (and -O3 cannot tell) */

  if (k->is_index)
    {
      if (has_dense_elements (obj))
        {
          if (k->index < obj->u.array.length && !js_is_empty (obj->u.array.elements[k->index]))
            {
              own->kind = OWN_ELEMENT;
              own->flags = JS_PROP_DEFAULT;
              own->value = obj->u.array.elements[k->index];
              own->setter = JS_UNDEFINED;
              return TRUE;
            }
          if (obj->class_id == JS_CLASS_ARRAY)
            goto none;
        }
      else if (obj->class_id == JS_CLASS_STRING && js_is_string (obj->u.primitive))
        {
          JsString *s = js_get_string (obj->u.primitive);
          if (k->index < s->length)
            {
              own->kind = OWN_STRING_CHAR;
              own->flags = JS_PROP_ENUMERABLE;
              own->value = js_string_value (js_string_from_char_code (J, s->chars[k->index]));
              own->setter = JS_UNDEFINED;
              return TRUE;
            }
        }
    }
  else if (js_value_identical (k->atom, JS_KEY (J, length)))
    {
      if (obj->class_id == JS_CLASS_ARRAY)
        {
          own->kind = OWN_LENGTH;
          own->flags = (obj->gc.gc_flags & OBJ_LENGTH_FIXED) ? 0 : JS_PROP_WRITABLE;
          own->value = js_number (js_array_length (obj));
          own->setter = JS_UNDEFINED;
          return TRUE;
        }
      if (obj->class_id == JS_CLASS_STRING && js_is_string (obj->u.primitive))
        {
          own->kind = OWN_LENGTH;
          own->flags = 0;
          own->value = js_number (js_get_string (obj->u.primitive)->length);
          own->setter = JS_UNDEFINED;
          return TRUE;
        }
    }

  p = find_key (J, obj, k);
  if (p != NULL && G_UNLIKELY (js_is_empty (p->value)) && obj->class_id == JS_CLASS_ERROR &&
      js_value_identical (p->key, JS_KEY (J, stack)))
    {
      /* A lazily formatted stack (js_error_install_stack); formatting can
       * run getters that change the table, so look the slot up again. */
      JsValue stack = js_error_materialize_stack (J, obj);
      p = find_key (J, obj, k);
      if (p != NULL && js_is_empty (p->value))
        p->value = stack;
    }
  if (p != NULL)
    {
      own->kind = OWN_PROP;
      own->prop = p;
      own->flags = p->flags;
      if (p->flags & JS_PROP_ACCESSOR)
        {
          own->value = accessor_pair (p)->getter;
          own->setter = accessor_pair (p)->setter;
        }
      else
        {
          own->value = p->value;
          own->setter = JS_UNDEFINED;
        }
      return TRUE;
    }
none:
  own->kind = OWN_NONE;
  return FALSE;
}

static void
own_to_descriptor (const Own *own, JsPropertyDescriptor *out)
{
  out->flags = own->flags;
  if (own->flags & JS_PROP_ACCESSOR)
    {
      out->has = JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
      out->value = JS_UNDEFINED;
      out->getter = own->value;
      out->setter = own->setter;
    }
  else
    {
      out->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
      out->value = own->value;
      out->getter = JS_UNDEFINED;
      out->setter = JS_UNDEFINED;
    }
}

/* Exotic methods run as natives: they keep values in C locals across the
 * JS their traps run, so the collector stays off meanwhile (js_throw
 * restores the count).  The count also bounds their nesting: a prototype
 * chain may reach a proxy whose target has that proxy on its own chain
 * (the cycle check of 10.1.2.1 stops at proxies), and the recursion must
 * end in V8's RangeError, not a C stack overflow. */
#define MAX_EXOTIC_NESTING 2000
#define RUN_EXOTIC(J, call) \
  ({ __typeof__ (call) exotic_result_; enter_exotic (J); exotic_result_ = (call); (J)->native_depth--; exotic_result_; })

static inline void
enter_exotic (JsState *J)
{
  if (++J->native_depth > MAX_EXOTIC_NESTING)
    js_throw_range_error (J, "Maximum call stack size exceeded");
}

/* Private names (#x) are the object's own [[PrivateElements]], never seen
 * by exotic methods: a proxy holds its own, in its props. */
static inline gboolean
is_private_name (JsValue key)
{
  return js_is_symbol (key) && (js_get_symbol (key)->gc.gc_flags & JS_SYMBOL_PRIVATE);
}

gboolean
js_get_own_property (JsState *J, JsObject *obj, JsValue key, JsPropertyDescriptor *out)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->get_own_property != NULL && !is_private_name (key))
    return RUN_EXOTIC (J, m->get_own_property (J, obj, js_to_property_key (J, key), out));
  return js_ordinary_get_own_property (J, obj, key, out);
}

gboolean
js_ordinary_get_own_property (JsState *J, JsObject *obj, JsValue key, JsPropertyDescriptor *out)
{
  Key k = key_of (J, key);
  Own own;

  if (!get_own (J, obj, &k, &own))
    return FALSE;
  if (out != NULL)
    own_to_descriptor (&own, out);
  return TRUE;
}

gboolean
js_has_own_property (JsState *J, JsObject *obj, JsValue key)
{
  Key k;
  Own own;

  if (G_UNLIKELY (obj->flags & JS_OBJECT_EXOTIC) && !is_private_name (key))
    return js_get_own_property (J, obj, key, NULL);
  k = key_of (J, key);
  return get_own (J, obj, &k, &own);
}

/* Reads the object's own storage only, so a proxy (which has none) runs no
 * trap and answers JS_EMPTY. */
JsValue
js_get_own_data (JsState *J, JsObject *obj, JsValue key)
{
  Key k = key_of (J, key);
  Own own;

  if (!get_own (J, obj, &k, &own) || (own.flags & JS_PROP_ACCESSOR))
    return JS_EMPTY;
  return own.value;
}

/* ------------------------------------------------------------------------
 * Prototype and extensibility (10.1.1 – 10.1.4)
 * ------------------------------------------------------------------------ */

JsObject *
js_object_get_prototype_of (JsState *J, JsObject *obj)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->get_prototype_of != NULL)
    return RUN_EXOTIC (J, m->get_prototype_of (J, obj));
  return obj->proto;
}

JsObject *
js_ordinary_get_prototype_of (JsState *J, JsObject *obj)
{
  return obj->proto;
}

JsObject *
js_prototype_chain_next (JsState *J, JsObject *obj, guint *n_proxies)
{
  if (obj->class_id == JS_CLASS_PROXY && ++*n_proxies > 100 * 1024)
    js_throw_range_error (J, "Maximum call stack size exceeded");
  return js_object_get_prototype_of (J, obj);
}

/* OrdinarySetPrototypeOf (10.1.2.1), with %Object.prototype% an immutable
 * prototype exotic object (10.4.7). */
gboolean
js_object_set_prototype_of (JsState *J, JsObject *obj, JsObject *proto)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->set_prototype_of != NULL)
    return RUN_EXOTIC (J, m->set_prototype_of (J, obj, proto));
  return js_ordinary_set_prototype_of (J, obj, proto);
}

gboolean
js_ordinary_set_prototype_of (JsState *J, JsObject *obj, JsObject *proto)
{
  if (proto == obj->proto)
    return TRUE;
  if (obj == JS_INTRINSIC (J, ObjectPrototype))
    return FALSE;
  if (!(obj->flags & JS_OBJECT_EXTENSIBLE))
    return FALSE;
  /* Step 8: the loop stops at a proxy, whose [[GetPrototypeOf]] is not
   * the ordinary one. */
  for (JsObject *p = proto; p != NULL; p = p->proto)
    {
      if (p == obj)
        return FALSE;
      if (p->class_id == JS_CLASS_PROXY)
        break;
    }
  obj->proto = proto;
  return TRUE;
}

gboolean
js_object_prevent_extensions (JsState *J, JsObject *obj)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->prevent_extensions != NULL)
    return RUN_EXOTIC (J, m->prevent_extensions (J, obj));
  return js_ordinary_prevent_extensions (J, obj);
}

gboolean
js_ordinary_prevent_extensions (JsState *J, JsObject *obj)
{
  obj->flags &= ~JS_OBJECT_EXTENSIBLE;
  return TRUE;
}

gboolean
js_object_is_extensible (JsState *J, JsObject *obj)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->is_extensible != NULL)
    return RUN_EXOTIC (J, m->is_extensible (J, obj));
  return js_ordinary_is_extensible (J, obj);
}

gboolean
js_ordinary_is_extensible (JsState *J, JsObject *obj)
{
  return (obj->flags & JS_OBJECT_EXTENSIBLE) != 0;
}

/* ------------------------------------------------------------------------
 * [[DefineOwnProperty]] (10.1.6, 10.4.2.1, 10.4.3.2)
 * ------------------------------------------------------------------------ */

static gboolean
desc_is_accessor (const JsPropertyDescriptor *d)
{
  return (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) != 0;
}

static gboolean
desc_is_data (const JsPropertyDescriptor *d)
{
  return (d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE)) != 0;
}

static char *
key_to_display (JsState *J, JsValue key)
{
  if (js_is_symbol (key))
    {
      JsSymbol *sym = js_get_symbol (key);
      if (sym->description == NULL)
        return g_strdup ("Symbol()");
      {
        char *d = js_string_to_utf8 (sym->description);
        char *r = g_strdup_printf ("Symbol(%s)", d);
        g_free (d);
        return r;
      }
    }
  return js_string_to_utf8 (js_get_string (key));
}

G_GNUC_NORETURN static void
throw_with_key (JsState *J, JsErrorType type, const char *format, JsValue key)
{
  char *name = key_to_display (J, key);
  char message[512];

  g_snprintf (message, sizeof message, format, name);
  g_free (name);
  js_throw_error (J, type, "%s", message);
}

static gboolean
define_failed (JsState *J, gboolean throw_on_fail, const char *format, Key *k)
{
  if (throw_on_fail)
    throw_with_key (J, JS_TYPE_ERROR, format, key_atom (J, k));
  return FALSE;
}

/* Stores a brand-new property; `desc` fields it lacks default to false /
 * undefined (10.1.6.3 step 2). */
static void
create_property (JsState *J, JsObject *obj, Key *k, const JsPropertyDescriptor *desc)
{
  guint32 flags = desc->flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);

  if (!(desc->has & JS_DESC_HAS_ENUMERABLE))
    flags &= ~JS_PROP_ENUMERABLE;
  if (!(desc->has & JS_DESC_HAS_CONFIGURABLE))
    flags &= ~JS_PROP_CONFIGURABLE;

  if (desc_is_accessor (desc))
    {
      JsValue getter = (desc->has & JS_DESC_HAS_GET) ? desc->getter : JS_UNDEFINED;
      JsValue setter = (desc->has & JS_DESC_HAS_SET) ? desc->setter : JS_UNDEFINED;
      if (k->is_index && has_dense_elements (obj))
        make_sparse (J, obj);
      add_prop (J, obj, key_atom (J, k), accessor_pair_new (J, getter, setter), flags | JS_PROP_ACCESSOR);
      return;
    }

  if ((desc->has & JS_DESC_HAS_WRITABLE) && (desc->flags & JS_PROP_WRITABLE))
    flags |= JS_PROP_WRITABLE;
  {
    JsValue value = (desc->has & JS_DESC_HAS_VALUE) ? desc->value : JS_UNDEFINED;

    if (k->is_index && has_dense_elements (obj))
      {
        guint32 len = obj->u.array.length;
        if (flags == JS_PROP_DEFAULT && k->index < DENSE_MAX &&
            (k->index < len || k->index - len < DENSE_GAP || k->index / 2 < len))
          {
            if (k->index >= len)
              set_dense_length (J, obj, k->index + 1);
            obj->u.array.elements[k->index] = value;
            return;
          }
        /* ARGUMENTS keeps its elements dense and adds others as props. */
        if (obj->class_id == JS_CLASS_ARRAY || flags != JS_PROP_DEFAULT)
          make_sparse (J, obj);
      }
    add_prop (J, obj, key_atom (J, k), value, flags);
  }
}

/* ValidateAndApplyPropertyDescriptor (10.1.6.3) for an existing property
 * `own` of `obj`. */
static gboolean
validate_and_apply (JsState *J, JsObject *obj, Key *k, const JsPropertyDescriptor *desc,
                    Own *own, gboolean throw_on_fail)
{
  gboolean current_accessor = (own->flags & JS_PROP_ACCESSOR) != 0;
  guint32 flags;
  JsProperty *p;

  /* Step 4: nothing to change. */
  if (desc->has == 0)
    return TRUE;

  /* Step 5: a non-configurable property only accepts what it already is. */
  if (!(own->flags & JS_PROP_CONFIGURABLE))
    {
      if ((desc->has & JS_DESC_HAS_CONFIGURABLE) && (desc->flags & JS_PROP_CONFIGURABLE))
        return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
      if ((desc->has & JS_DESC_HAS_ENUMERABLE) &&
          ((desc->flags & JS_PROP_ENUMERABLE) != 0) != ((own->flags & JS_PROP_ENUMERABLE) != 0))
        return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
      if ((desc_is_accessor (desc) || desc_is_data (desc)) && desc_is_accessor (desc) != current_accessor)
        return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
      if (current_accessor)
        {
          if ((desc->has & JS_DESC_HAS_GET) && !js_same_value (desc->getter, own->value))
            return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
          if ((desc->has & JS_DESC_HAS_SET) && !js_same_value (desc->setter, own->setter))
            return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
        }
      else if (!(own->flags & JS_PROP_WRITABLE))
        {
          if ((desc->has & JS_DESC_HAS_WRITABLE) && (desc->flags & JS_PROP_WRITABLE))
            return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
          if ((desc->has & JS_DESC_HAS_VALUE) && !js_same_value (desc->value, own->value))
            return define_failed (J, throw_on_fail, "Cannot redefine property: %s", k);
        }
    }

  /* Step 6: apply.  Work out the resulting attributes first. */
  flags = own->flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  if (desc->has & JS_DESC_HAS_ENUMERABLE)
    flags = (flags & ~JS_PROP_ENUMERABLE) | (desc->flags & JS_PROP_ENUMERABLE);
  if (desc->has & JS_DESC_HAS_CONFIGURABLE)
    flags = (flags & ~JS_PROP_CONFIGURABLE) | (desc->flags & JS_PROP_CONFIGURABLE);

  if (own->kind == OWN_STRING_CHAR || own->kind == OWN_LENGTH)
    return TRUE;   /* validated as unchanged: nothing to store */

  if (own->kind == OWN_ELEMENT)
    {
      gboolean stays_plain = !desc_is_accessor (desc) &&
        (!(desc->has & JS_DESC_HAS_WRITABLE) || (desc->flags & JS_PROP_WRITABLE)) &&
        flags == (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
      if (stays_plain)
        {
          if (desc->has & JS_DESC_HAS_VALUE)
            obj->u.array.elements[k->index] = desc->value;
          return TRUE;
        }
      make_sparse (J, obj);
      p = find_key (J, obj, k);
      g_assert (p != NULL);
    }
  else
    p = own->prop;

  if (desc_is_accessor (desc))
    {
      if (!current_accessor)
        p->value = accessor_pair_new (J, JS_UNDEFINED, JS_UNDEFINED);
      if (desc->has & JS_DESC_HAS_GET)
        accessor_pair (p)->getter = desc->getter;
      if (desc->has & JS_DESC_HAS_SET)
        accessor_pair (p)->setter = desc->setter;
      p->flags = flags | JS_PROP_ACCESSOR;
    }
  else if (desc_is_data (desc) || !current_accessor)
    {
      guint32 writable = current_accessor ? 0 : (p->flags & JS_PROP_WRITABLE);
      if (current_accessor)
        p->value = JS_UNDEFINED;
      if (desc->has & JS_DESC_HAS_WRITABLE)
        writable = desc->flags & JS_PROP_WRITABLE;
      if (desc->has & JS_DESC_HAS_VALUE)
        p->value = desc->value;
      p->flags = flags | writable;
    }
  else
    p->flags = flags | JS_PROP_ACCESSOR;   /* generic descriptor on an accessor */
  return TRUE;
}

/* Shortens a sparse array to `length`, deleting index properties from the
 * end; stops above a non-configurable one (10.4.2.4 step 17). */
static gboolean
truncate_sparse (JsState *J, JsObject *array, guint32 length)
{
  guint32 keep = length;

  for (guint32 i = 0; i < array->n_props; i++)
    {
      guint32 index;
      JsProperty *p = &array->props[i];
      if (js_key_is_index (p->key, &index) && index >= length && !(p->flags & JS_PROP_CONFIGURABLE))
        keep = MAX (keep, index + 1);
    }
  for (guint32 i = 0; i < array->n_props; i++)
    {
      guint32 index;
      JsProperty *p = &array->props[i];
      if (js_key_is_index (p->key, &index) && index >= keep)
        remove_prop (array, p, FALSE);
    }
  compact_if_sparse (array);
  array->u.array.sparse_length = keep;
  return keep == length;
}

/* Sets the length of an array whose length is writable: truncates or
 * extends.  FALSE when a non-configurable element stopped the truncation. */
static gboolean
store_array_length (JsState *J, JsObject *array, guint32 length)
{
  if (has_dense_elements (array))
    {
      if (length <= array->u.array.length || length <= DENSE_MAX)
        {
          set_dense_length (J, array, length);
          return TRUE;
        }
      make_sparse (J, array);
    }
  if (length >= array->u.array.sparse_length)
    {
      array->u.array.sparse_length = length;
      return TRUE;
    }
  return truncate_sparse (J, array, length);
}

gboolean
js_array_set_length (JsState *J, JsObject *array, double length)
{
  guint32 len = (guint32) length;

  if (!(length >= 0 && length <= 4294967295.0 && (double) len == length))
    js_throw_range_error (J, "Invalid array length");
  if (array->gc.gc_flags & OBJ_LENGTH_FIXED)
    return len == js_array_length (array);
  return store_array_length (J, array, len);
}

/* ArraySetLength (10.4.2.4) */
static gboolean
array_set_length (JsState *J, JsObject *array, const JsPropertyDescriptor *desc, gboolean throw_on_fail)
{
  guint32 old_len = js_array_length (array);
  gboolean fixed = (array->gc.gc_flags & OBJ_LENGTH_FIXED) != 0;
  guint32 new_len = old_len;
  gboolean ok;
  Key k = { JS_KEY (J, length), 0, FALSE };

  if (desc->has & JS_DESC_HAS_VALUE)
    {
      guint32 u = js_to_uint32 (J, desc->value);
      double number = js_to_number (J, desc->value);
      if ((double) u != number)
        js_throw_range_error (J, "Invalid array length");
      new_len = u;
    }

  /* The attributes length can have: writable, never enumerable or
   * configurable, never an accessor. */
  if (((desc->has & JS_DESC_HAS_CONFIGURABLE) && (desc->flags & JS_PROP_CONFIGURABLE)) ||
      ((desc->has & JS_DESC_HAS_ENUMERABLE) && (desc->flags & JS_PROP_ENUMERABLE)) ||
      desc_is_accessor (desc) ||
      (fixed && (desc->has & JS_DESC_HAS_WRITABLE) && (desc->flags & JS_PROP_WRITABLE)))
    return define_failed (J, throw_on_fail, "Cannot redefine property: %s", &k);

  if (new_len != old_len)
    {
      if (fixed)
        return define_failed (J, throw_on_fail, "Cannot redefine property: %s", &k);
      ok = store_array_length (J, array, new_len);
    }
  else
    ok = TRUE;

  if ((desc->has & JS_DESC_HAS_WRITABLE) && !(desc->flags & JS_PROP_WRITABLE))
    {
      /* Elements added past a fixed length must fail: only sparse arrays
       * check the length on every write. */
      if (has_dense_elements (array))
        make_sparse (J, array);
      array->gc.gc_flags |= OBJ_LENGTH_FIXED;
    }
  if (!ok && throw_on_fail)
    js_throw_type_error (J, "Cannot delete property '%u' of [object Array]", js_array_length (array) - 1);
  return ok;
}

gboolean
js_define_own_property (JsState *J, JsObject *obj, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->define_own_property != NULL && !is_private_name (key))
    return RUN_EXOTIC (J, m->define_own_property (J, obj, js_to_property_key (J, key), desc, throw_on_fail));
  return js_ordinary_define_own_property (J, obj, key, desc, throw_on_fail);
}

gboolean
js_ordinary_define_own_property (JsState *J, JsObject *obj, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail)
{
  Key k = key_of (J, key);
  Own own;

  if (obj->class_id == JS_CLASS_ARRAY)
    {
      if (!k.is_index && js_value_identical (key, JS_KEY (J, length)))
        return array_set_length (J, obj, desc, throw_on_fail);
      if (k.is_index && k.index >= js_array_length (obj) && (obj->gc.gc_flags & OBJ_LENGTH_FIXED))
        return define_failed (J, throw_on_fail, "Cannot define property %s, object is not extensible", &k);
    }

  if (!get_own (J, obj, &k, &own))
    {
      if (!(obj->flags & JS_OBJECT_EXTENSIBLE))
        return define_failed (J, throw_on_fail, "Cannot define property %s, object is not extensible", &k);
      create_property (J, obj, &k, desc);
      if (obj->class_id == JS_CLASS_ARRAY && k.is_index && (obj->gc.gc_flags & OBJ_SPARSE) &&
          k.index >= obj->u.array.sparse_length)
        obj->u.array.sparse_length = k.index + 1;
      return TRUE;
    }
  return validate_and_apply (J, obj, &k, desc, &own, throw_on_fail);
}

/* ------------------------------------------------------------------------
 * [[HasProperty]], [[Get]], [[Set]], [[Delete]]
 * ------------------------------------------------------------------------ */

/* OrdinaryHasProperty (10.1.7.1) up the chain; an exotic object on it
 * answers for itself and its prototypes.  `ordinary_first`: obj's own
 * exotic method is the caller. */
static gboolean
has_in_chain (JsState *J, JsObject *obj, Key *k, gboolean ordinary_first)
{
  Own own;

  for (JsObject *o = obj; o != NULL; o = o->proto)
    {
      if (G_UNLIKELY (o->flags & JS_OBJECT_EXOTIC) && !(ordinary_first && o == obj))
        {
          const JsExoticMethods *m = J->exotic_methods[o->class_id];
          if (m->has_property != NULL)
            return RUN_EXOTIC (J, m->has_property (J, o, key_atom (J, k)));
        }
      if (get_own (J, o, k, &own))
        return TRUE;
    }
  return FALSE;
}

gboolean
js_has_property (JsState *J, JsObject *obj, JsValue key)
{
  Key k = key_of (J, key);
  return has_in_chain (J, obj, &k, FALSE);
}

gboolean
js_ordinary_has_property (JsState *J, JsObject *obj, JsValue key)
{
  Key k = key_of (J, key);
  return has_in_chain (J, obj, &k, TRUE);
}

/* OrdinaryGet (10.1.8.1) up the chain; an exotic object on it answers
 * with its own [[Get]].  `ordinary_first`: obj's own exotic [[Get]] is the
 * caller. */
static JsValue
get_in_chain (JsState *J, JsObject *obj, Key *k, JsValue receiver, gboolean ordinary_first)
{
  Own own;

  for (JsObject *o = obj; o != NULL; o = o->proto)
    {
      if (G_UNLIKELY (o->flags & JS_OBJECT_EXOTIC) && !(ordinary_first && o == obj))
        {
          const JsExoticMethods *m = J->exotic_methods[o->class_id];
          if (m->get != NULL)
            return RUN_EXOTIC (J, m->get (J, o, key_atom (J, k), receiver));
        }
      if (k->is_index && has_dense_elements (o) && k->index < o->u.array.length)
        {
          JsValue v = o->u.array.elements[k->index];
          if (!js_is_empty (v))
            return v;
          if (o->class_id == JS_CLASS_ARRAY)
            continue;
        }
      if (!get_own (J, o, k, &own))
        continue;
      if (own.flags & JS_PROP_ACCESSOR)
        {
          if (js_is_undefined (own.value))
            return JS_UNDEFINED;
          return js_call (J, own.value, receiver, 0, NULL);
        }
      return own.value;
    }
  return JS_UNDEFINED;
}

static inline JsValue
get_from (JsState *J, JsObject *obj, Key *k, JsValue receiver)
{
  return get_in_chain (J, obj, k, receiver, FALSE);
}

JsValue
js_object_get (JsState *J, JsObject *obj, JsValue key, JsValue receiver)
{
  Key k = key_of (J, key);
  return get_from (J, obj, &k, receiver);
}

JsValue
js_ordinary_get (JsState *J, JsObject *obj, JsValue key, JsValue receiver)
{
  Key k = key_of (J, key);
  return get_in_chain (J, obj, &k, receiver, TRUE);
}

/* OrdinarySet (10.1.9.2): OrdinarySetWithOwnDescriptor walked up the
 * chain; an exotic object on it answers with its own [[Set]].
 * `ordinary_first`: obj's own exotic [[Set]] is the caller. */
static gboolean
set_in_chain (JsState *J, JsObject *obj, Key *k, JsValue value, JsValue receiver, gboolean ordinary_first)
{
  Own own;
  JsObject *o = obj;
  JsObject *target;

  /* Steps 1–2: find the property on the chain. */
  for (;;)
    {
      if (G_UNLIKELY (o->flags & JS_OBJECT_EXOTIC) && !(ordinary_first && o == obj))
        {
          const JsExoticMethods *m = J->exotic_methods[o->class_id];
          if (m->set != NULL)
            return RUN_EXOTIC (J, m->set (J, o, key_atom (J, k), value, receiver));
        }
      if (get_own (J, o, k, &own))
        break;
      o = o->proto;
      if (o == NULL)
        {
          own.kind = OWN_NONE;
          own.flags = JS_PROP_DEFAULT;
          break;
        }
    }

  /* Step 3: accessors call their setter. */
  if (own.flags & JS_PROP_ACCESSOR)
    {
      if (js_is_undefined (own.setter))
        return FALSE;
      js_call (J, own.setter, receiver, 1, &value);
      return TRUE;
    }

  /* Step 2: data properties. */
  if (!(own.flags & JS_PROP_WRITABLE))
    return FALSE;
  if (!js_is_object (receiver))
    return FALSE;
  target = js_get_object (receiver);

  /* An exotic receiver decides through its own methods (2.c–2.e). */
  if (G_UNLIKELY (target->flags & JS_OBJECT_EXOTIC) && !(ordinary_first && target == obj))
    {
      JsPropertyDescriptor existing;
      JsPropertyDescriptor desc = { 0, JS_DESC_HAS_VALUE, value, JS_UNDEFINED, JS_UNDEFINED };
      JsValue key = key_atom (J, k);

      if (js_get_own_property (J, target, key, &existing))
        {
          if (existing.flags & JS_PROP_ACCESSOR)
            return FALSE;
          if (!(existing.flags & JS_PROP_WRITABLE))
            return FALSE;
        }
      else
        {
          desc.flags = JS_PROP_DEFAULT;
          desc.has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
        }
      return js_define_own_property (J, target, key, &desc, FALSE);
    }

  /* The common case: the property is the receiver's own. */
  if (o == target && own.kind != OWN_NONE)
    {
      switch (own.kind)
        {
        case OWN_ELEMENT:
          target->u.array.elements[k->index] = value;
          return TRUE;
        case OWN_PROP:
          own.prop->value = value;
          return TRUE;
        case OWN_LENGTH:
          {
            JsPropertyDescriptor desc = { 0, JS_DESC_HAS_VALUE, value, JS_UNDEFINED, JS_UNDEFINED };
            return js_define_own_property (J, target, key_atom (J, k), &desc, FALSE);
          }
        default:
          break;
        }
    }

  /* Steps 2.c–2.e on the receiver. */
  {
    Own existing;
    JsPropertyDescriptor desc = { 0, 0, value, JS_UNDEFINED, JS_UNDEFINED };
    JsValue key;

    if (get_own (J, target, k, &existing))
      {
        if (existing.flags & JS_PROP_ACCESSOR)
          return FALSE;
        if (!(existing.flags & JS_PROP_WRITABLE))
          return FALSE;
        desc.has = JS_DESC_HAS_VALUE;
      }
    else
      {
        desc.flags = JS_PROP_DEFAULT;
        desc.has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
        /* Dense append without interning the index. */
        if (k->is_index && target->class_id == JS_CLASS_ARRAY && has_dense_elements (target) &&
            (target->flags & JS_OBJECT_EXTENSIBLE) && k->index < DENSE_MAX &&
            (k->index < target->u.array.length || k->index - target->u.array.length < DENSE_GAP))
          {
            if (k->index >= target->u.array.length)
              set_dense_length (J, target, k->index + 1);
            target->u.array.elements[k->index] = value;
            return TRUE;
          }
      }
    key = key_atom (J, k);
    return js_define_own_property (J, target, key, &desc, FALSE);
  }
}

static inline gboolean
set_on (JsState *J, JsObject *obj, Key *k, JsValue value, JsValue receiver)
{
  return set_in_chain (J, obj, k, value, receiver, FALSE);
}

gboolean
js_object_set (JsState *J, JsObject *obj, JsValue key, JsValue value, JsValue receiver)
{
  Key k = key_of (J, key);
  return set_on (J, obj, &k, value, receiver);
}

gboolean
js_ordinary_set (JsState *J, JsObject *obj, JsValue key, JsValue value, JsValue receiver)
{
  Key k = key_of (J, key);
  return set_in_chain (J, obj, &k, value, receiver, TRUE);
}

gboolean
js_delete_property (JsState *J, JsObject *obj, JsValue key)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->delete_property != NULL)
    return RUN_EXOTIC (J, m->delete_property (J, obj, js_to_property_key (J, key)));
  return js_ordinary_delete (J, obj, key);
}

/* OrdinaryDelete (10.1.10.1) */
gboolean
js_ordinary_delete (JsState *J, JsObject *obj, JsValue key)
{
  Key k = key_of (J, key);
  Own own;

  if (!get_own (J, obj, &k, &own))
    return TRUE;
  if (!(own.flags & JS_PROP_CONFIGURABLE))
    return FALSE;
  if (own.kind == OWN_ELEMENT)
    {
      obj->u.array.elements[k.index] = JS_EMPTY;
      return TRUE;
    }
  remove_prop (obj, own.prop, TRUE);
  return TRUE;
}

/* ------------------------------------------------------------------------
 * [[OwnPropertyKeys]] (10.1.11.1): indices ascending, then strings, then
 * symbols, each in insertion order.
 * ------------------------------------------------------------------------ */

static int
compare_index (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

JsValue *
js_own_property_keys (JsState *J, JsObject *obj, guint flags, guint32 *n_keys)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, obj);

  if (m != NULL && m->own_property_keys != NULL)
    return RUN_EXOTIC (J, m->own_property_keys (J, obj, flags, n_keys));
  return js_ordinary_own_property_keys (J, obj, flags, n_keys);
}

JsValue *
js_ordinary_own_property_keys (JsState *J, JsObject *obj, guint flags, guint32 *n_keys)
{
  GArray *indices = NULL;
  JsValue *keys;
  guint32 n = 0, cap;
  gboolean enumerable_only = (flags & JS_KEYS_ENUMERABLE_ONLY) != 0;
  guint32 string_length = 0;

  if (obj->class_id == JS_CLASS_STRING && js_is_string (obj->u.primitive))
    string_length = js_get_string (obj->u.primitive)->length;

  if (flags & JS_KEYS_STRINGS)
    {
      indices = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint32 i = 0; i < string_length; i++)
        g_array_append_val (indices, i);
      if (has_dense_elements (obj))
        for (guint32 i = 0; i < obj->u.array.length; i++)
          if (!js_is_empty (obj->u.array.elements[i]))
            g_array_append_val (indices, i);
      if (obj->gc.gc_flags & OBJ_INDEX_PROPS)
        {
          guint32 before = indices->len;
          for (guint32 i = 0; i < obj->n_props; i++)
            {
              guint32 index;
              JsProperty *p = &obj->props[i];
              if (js_key_is_index (p->key, &index) &&
                  (!enumerable_only || (p->flags & JS_PROP_ENUMERABLE)))
                g_array_append_val (indices, index);
            }
          if (indices->len > before)
            g_array_sort (indices, compare_index);
        }
    }

  cap = (indices != NULL ? indices->len : 0) + obj->n_props + 2;
  keys = g_new (JsValue, cap);
  /* Only the heap budget can throw while the index keys are interned, and
   * it ends the run. */
  if (indices != NULL)
    {
      for (guint32 i = 0; i < indices->len; i++)
        keys[n++] = js_key_from_index (J, g_array_index (indices, guint32, i));
      g_array_free (indices, TRUE);
    }

  if ((flags & JS_KEYS_STRINGS) && !enumerable_only &&
      (obj->class_id == JS_CLASS_ARRAY ||
       (obj->class_id == JS_CLASS_STRING && js_is_string (obj->u.primitive))))
    keys[n++] = JS_KEY (J, length);

  for (guint32 pass = 0; pass < 2; pass++)
    {
      gboolean want_symbols = pass == 1;
      if (want_symbols ? !(flags & JS_KEYS_SYMBOLS) : !(flags & JS_KEYS_STRINGS))
        continue;
      for (guint32 i = 0; i < obj->n_props; i++)
        {
          JsProperty *p = &obj->props[i];
          guint32 index;
          if (js_is_empty (p->key) || js_is_symbol (p->key) != want_symbols ||
              is_private_name (p->key))
            continue;
          if (!want_symbols && js_key_is_index (p->key, &index))
            continue;
          if (enumerable_only && !(p->flags & JS_PROP_ENUMERABLE))
            continue;
          keys[n++] = p->key;
        }
    }
  *n_keys = n;
  return keys;
}

/* ------------------------------------------------------------------------
 * Conveniences
 * ------------------------------------------------------------------------ */

static JsObject *
primitive_prototype (JsState *J, JsValue v)
{
  if (js_is_string (v))
    return JS_INTRINSIC (J, StringPrototype);
  if (js_is_number (v))
    return JS_INTRINSIC (J, NumberPrototype);
  if (js_is_boolean (v))
    return JS_INTRINSIC (J, BooleanPrototype);
  if (js_is_symbol (v))
    return JS_INTRINSIC (J, SymbolPrototype);
  if (js_is_bigint (v))
    return JS_INTRINSIC (J, BigIntPrototype);
  return NULL;
}

G_GNUC_NORETURN static void
throw_nullish_access (JsState *J, JsValue obj, JsValue key, gboolean setting)
{
  char *name = key_to_display (J, key);
  char message[512];

  if (!setting && js_value_identical (key, JS_SYMBOL_KEY (J, iterator)))
    /* V8 words a failed iterator lookup as the iteration it is for. */
    g_snprintf (message, sizeof message, "%s is not iterable (cannot read property %s)",
                js_is_null (obj) ? "object null" : "undefined", name);
  else
    g_snprintf (message, sizeof message, setting ? "Cannot set properties of %s (setting '%s')"
                                                 : "Cannot read properties of %s (reading '%s')",
                js_is_null (obj) ? "null" : "undefined", name);
  g_free (name);
  js_throw_type_error (J, "%s", message);
}

static JsValue
get_value (JsState *J, JsValue obj, Key *k)
{
  JsObject *proto;

  if (js_is_object (obj))
    return get_from (J, js_get_object (obj), k, obj);
  if (js_is_string (obj))
    {
      /* only an index needs the units: a method lookup leaves a rope unflattened */
      if (k->is_index)
        {
          JsString *s = js_get_string (obj);
          if (k->index < s->length)
            return js_string_value (js_string_from_char_code (J, s->chars[k->index]));
        }
      else if (js_value_identical (k->atom, JS_KEY (J, length)))
        return js_number (js_string_value_length (obj));
    }
  else if (js_is_nullish (obj))
    throw_nullish_access (J, obj, key_atom (J, k), FALSE);
  proto = primitive_prototype (J, obj);
  if (proto == NULL)
    return JS_UNDEFINED;
  return get_from (J, proto, k, obj);
}

JsValue
js_get (JsState *J, JsValue obj, JsValue key)
{
  Key k = key_of (J, key);
  return get_value (J, obj, &k);
}

JsValue
js_get_index (JsState *J, JsValue obj, guint32 index)
{
  Key k;

  if (js_is_object (obj))
    {
      JsObject *o = js_get_object (obj);
      if (has_dense_elements (o) && index < o->u.array.length && !js_is_empty (o->u.array.elements[index]))
        return o->u.array.elements[index];
    }
  if (index == G_MAXUINT32)
    return js_get (J, obj, js_string_value (js_intern (J, js_string_from_number (J, index))));
  k = key_of_index (index);
  return get_value (J, obj, &k);
}

JsValue
js_get_utf8 (JsState *J, JsValue obj, const char *name)
{
  return js_get (J, obj, js_key_from_utf8 (J, name));
}

/* The reason a strict-mode assignment failed, in V8's words. */
G_GNUC_NORETURN static void
throw_set_failure (JsState *J, JsValue obj, Key *k)
{
  JsValue key = key_atom (J, k);
  char *name, *what;
  const char *type = js_is_string (obj) ? "string" : js_is_number (obj) ? "number" :
                     js_is_boolean (obj) ? "boolean" : js_is_symbol (obj) ? "symbol" :
                     js_is_bigint (obj) ? "bigint" : js_is_callable (obj) ? "function" : "object";
  char message[1024];
  JsObject *start = js_is_object (obj) ? js_get_object (obj) : primitive_prototype (J, obj);
  Own own;
  JsObject *o;

  if (js_is_proxy (obj))
    {
      /* Without a set trap the target refused: its reason is the one. */
      JsObject *proxy = js_get_object (obj);
      if (js_is_object (proxy->u.proxy.handler) &&
          js_is_nullish (js_get (J, proxy->u.proxy.handler, JS_KEY (J, set))))
        throw_set_failure (J, proxy->u.proxy.target, k);
      name = key_to_display (J, key);
      g_snprintf (message, sizeof message, "'set' on proxy: trap returned falsish for property '%s'", name);
      g_free (name);
      js_throw_type_error (J, "%s", message);
    }
  name = key_to_display (J, key);
  what = js_value_describe_for_message (J, obj);
  own.kind = OWN_NONE;
  own.flags = 0;
  if (js_is_string (obj) &&
      ((k->is_index && k->index < js_get_string (obj)->length) ||
       (!k->is_index && js_value_identical (key, JS_KEY (J, length)))))
    {
      own.kind = OWN_STRING_CHAR;
      own.flags = 0;
    }
  else
    for (o = start; o != NULL; o = o->proto)
      if (get_own (J, o, k, &own))
        break;

  if (own.kind == OWN_NONE && js_is_array (obj) && k->is_index &&
      (js_get_object (obj)->flags & JS_OBJECT_EXTENSIBLE) &&
      (js_get_object (obj)->gc.gc_flags & OBJ_LENGTH_FIXED) && k->index >= js_array_length (js_get_object (obj)))
    /* Adding past a fixed length fails on the length (10.4.2.1 step 2.a). */
    g_snprintf (message, sizeof message, "Cannot assign to read only property 'length' of object '%s'", what);
  else if (own.kind == OWN_LENGTH && js_is_array (obj) && (own.flags & JS_PROP_WRITABLE))
    /* The truncation stopped at a non-configurable element. */
    g_snprintf (message, sizeof message, "Cannot delete property '%u' of [object Array]",
                js_array_length (js_get_object (obj)) - 1);
  else if (own.kind != OWN_NONE && (own.flags & JS_PROP_ACCESSOR))
    g_snprintf (message, sizeof message, "Cannot set property %s of %s which has only a getter", name, what);
  else if (own.kind != OWN_NONE &&
           (!(own.flags & JS_PROP_WRITABLE) || js_get_object (obj)->class_id == JS_CLASS_MODULE_NAMESPACE))
    /* a namespace's exports are writable, yet assignments fail (10.4.6.9) */
    g_snprintf (message, sizeof message, "Cannot assign to read only property '%s' of %s '%s'", name, type, what);
  else if (!js_is_object (obj))
    g_snprintf (message, sizeof message, "Cannot create property '%s' on %s '%s'", name, type, what);
  else
    g_snprintf (message, sizeof message, "Cannot add property %s, object is not extensible", name);
  g_free (name);
  g_free (what);
  js_throw_type_error (J, "%s", message);
}

void
js_throw_set_failure (JsState *J, JsValue obj, JsValue key)
{
  Key k = key_of (J, key);
  throw_set_failure (J, obj, &k);
}

static void
put_value (JsState *J, JsValue obj, Key *k, JsValue value, gboolean strict)
{
  JsObject *target;

  if (js_is_object (obj))
    target = js_get_object (obj);
  else if (js_is_nullish (obj))
    throw_nullish_access (J, obj, key_atom (J, k), TRUE);
  else
    {
      /* Own properties of a string primitive are read-only. */
      JsString *s = js_is_string (obj) ? js_get_string (obj) : NULL;
      if (s != NULL && ((k->is_index && k->index < s->length) ||
                        (!k->is_index && js_value_identical (k->atom, JS_KEY (J, length)))))
        {
          if (strict)
            throw_set_failure (J, obj, k);
          return;
        }
      target = primitive_prototype (J, obj);
    }
  if (!set_on (J, target, k, value, obj) && strict)
    throw_set_failure (J, obj, k);
}

void
js_set (JsState *J, JsValue obj, JsValue key, JsValue value, gboolean strict)
{
  Key k = key_of (J, key);
  put_value (J, obj, &k, value, strict);
}

void
js_set_index (JsState *J, JsValue obj, guint32 index, JsValue value)
{
  Key k;

  if (js_is_object (obj))
    {
      JsObject *o = js_get_object (obj);
      if (has_dense_elements (o) && index < o->u.array.length && !js_is_empty (o->u.array.elements[index]))
        {
          o->u.array.elements[index] = value;
          return;
        }
    }
  if (index == G_MAXUINT32)
    {
      js_set (J, obj, js_string_value (js_intern (J, js_string_from_number (J, index))), value, TRUE);
      return;
    }
  k = key_of_index (index);
  put_value (J, obj, &k, value, TRUE);
}

void
js_define_new_value (JsState *J, JsObject *obj, JsValue key, JsValue value, guint32 flags)
{
  g_assert (!(obj->flags & JS_OBJECT_EXOTIC) && js_is_string (key));
  add_prop (J, obj, key, value, flags);
}

void
js_define_value (JsState *J, JsObject *obj, JsValue key, JsValue value, guint32 flags)
{
  JsPropertyDescriptor desc = {
    flags & ~JS_PROP_ACCESSOR,
    JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
    value, JS_UNDEFINED, JS_UNDEFINED
  };
  Key k;
  Own own;

  /* A class field on `this` that a base constructor made a proxy. */
  if (G_UNLIKELY (obj->flags & JS_OBJECT_EXOTIC) && !is_private_name (key))
    {
      js_define_own_property (J, obj, key, &desc, TRUE);
      return;
    }
  k = key_of (J, key);
  /* Fresh objects: most keys are new, so skip validation when absent. */
  if (!get_own (J, obj, &k, &own) &&
      !(obj->class_id == JS_CLASS_ARRAY && !k.is_index && js_value_identical (key, JS_KEY (J, length))))
    {
      create_property (J, obj, &k, &desc);
      if (obj->class_id == JS_CLASS_ARRAY && k.is_index && (obj->gc.gc_flags & OBJ_SPARSE) &&
          k.index >= obj->u.array.sparse_length)
        obj->u.array.sparse_length = k.index + 1;
      return;
    }
  js_define_own_property (J, obj, key, &desc, TRUE);
}

void
js_define_value_utf8 (JsState *J, JsObject *obj, const char *name, JsValue value, guint32 flags)
{
  js_define_value (J, obj, js_key_from_utf8 (J, name), value, flags);
}

void
js_define_accessor (JsState *J, JsObject *obj, JsValue key, JsValue getter, JsValue setter, guint32 flags)
{
  JsPropertyDescriptor desc = {
    flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE),
    JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
    JS_UNDEFINED, getter, setter
  };
  js_define_own_property (J, obj, key, &desc, TRUE);
}

JsObject *
js_define_method_key (JsState *J, JsObject *obj, JsValue key, const char *name, JsNativeFn fn, int length)
{
  JsObject *f = js_native_function_new (J, name, length, fn, 0);

  js_define_value (J, obj, key, js_object_value (f), JS_PROP_HIDDEN);
  return f;
}

JsObject *
js_define_method (JsState *J, JsObject *obj, const char *name, JsNativeFn fn, int length)
{
  return js_define_method_key (J, obj, js_key_from_utf8 (J, name), name, fn, length);
}

void
js_define_getter (JsState *J, JsObject *obj, const char *name, JsNativeFn getter)
{
  char fname[256];
  JsObject *f;

  g_snprintf (fname, sizeof fname, "get %s", name);
  f = js_native_function_new (J, fname, 0, getter, 0);
  js_define_accessor (J, obj, js_key_from_utf8 (J, name), js_object_value (f), JS_UNDEFINED, JS_PROP_CONFIGURABLE);
}

/* LengthOfArrayLike (7.3.18) */
double
js_length_of_array_like (JsState *J, JsValue obj)
{
  if (js_is_array (obj))
    return js_array_length (js_get_object (obj));
  return js_to_length (J, js_get (J, obj, JS_KEY (J, length)));
}
