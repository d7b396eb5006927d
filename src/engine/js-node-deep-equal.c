/* js-node-deep-equal.c: Node's deep equality (lib/internal/util/comparisons.js),
 * behind assert.deepEqual / deepStrictEqual and util.isDeepStrictEqual.
 *
 * innerDeepEqual compares primitives, then the objects' tags
 * (Object.prototype.toString), then by kind: arrays by length and elements,
 * dates by time, regular expressions by source, flags and lastIndex, errors
 * by message and name, typed arrays and buffers by bytes, boxed primitives
 * by value, sets and maps by their entries in any order; then, for every
 * kind, the own enumerable keys (and in strict mode the enumerable symbols
 * and the prototype).  Cycles are memoised: a pair of objects met again at
 * the same depth of both walks is equal.
 */
#include "js-internal.h"

#include <math.h>
#include <string.h>

typedef struct {
  gboolean strict;
  GPtrArray *stack1, *stack2;   /* the objects being compared, outermost first (the memos) */
} DeepEqual;

static gboolean inner_deep_equal (JsState *J, DeepEqual *d, JsValue a, JsValue b);

static gboolean
is_number_nan (JsValue v)
{
  return js_is_number (v) && isnan (js_get_number (v));
}

/* Object.prototype.toString(v): "[object Map]" and so on. */
static JsString *
object_tag (JsState *J, JsValue v)
{
  JsValue to_string = js_get_utf8 (J, js_object_value (JS_INTRINSIC (J, ObjectPrototype)), "toString");

  return js_to_string (J, js_call (J, to_string, v, 0, NULL));
}

static gboolean
is_class (JsValue v, JsClassId id)
{
  return js_is_object (v) && js_get_object (v)->class_id == id;
}

static gboolean
is_error_like (JsState *J, JsValue v)
{
  return is_class (v, JS_CLASS_ERROR) ||
         js_instance_of (J, v, js_object_value (JS_INTRINSIC (J, Error)));
}

static gboolean
is_boxed_primitive (JsValue v)
{
  return is_class (v, JS_CLASS_NUMBER) || is_class (v, JS_CLASS_STRING) || is_class (v, JS_CLASS_BOOLEAN) ||
         is_class (v, JS_CLASS_SYMBOL) || is_class (v, JS_CLASS_BIGINT);
}

static gboolean
is_view (JsValue v)
{
  return is_class (v, JS_CLASS_TYPED_ARRAY) || is_class (v, JS_CLASS_DATA_VIEW);
}

static gboolean
same_bytes (JsValue a, JsValue b)
{
  const guint8 *pa, *pb;
  gsize na, nb;

  if (!js_buffer_source_bytes (a, &pa, &na) || !js_buffer_source_bytes (b, &pb, &nb))
    return FALSE;
  return na == nb && (na == 0 || memcmp (pa, pb, na) == 0);
}

/* areSimilarFloatArrays: loose mode compares float elements with ==, so
 * 0 equals -0 (and NaN never equals NaN). */
static gboolean
similar_float_arrays (JsState *J, JsObject *a, JsObject *b)
{
  gsize n = js_typed_array_length (a);

  if (n != js_typed_array_length (b))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (js_get_number (js_typed_array_get_element (J, a, i)) != js_get_number (js_typed_array_get_element (J, b, i)))
      return FALSE;
  return TRUE;
}

static gboolean
is_enumerable_own (JsState *J, JsObject *obj, JsValue key)
{
  JsPropertyDescriptor desc;

  return js_get_own_property (J, obj, key, &desc) && (desc.flags & JS_PROP_ENUMERABLE);
}

/* The own enumerable keys that are not array indices (getOwnNonIndexProperties). */
static GArray *
non_index_keys (JsState *J, JsObject *obj, guint flags)
{
  guint32 n;
  JsValue *keys = js_own_property_keys (J, obj, flags | JS_KEYS_ENUMERABLE_ONLY, &n);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (JsValue));

  for (guint32 i = 0; i < n; i++)
    {
      guint32 index;
      if (!js_key_is_index (keys[i], &index))
        g_array_append_val (out, keys[i]);
    }
  g_free (keys);
  return out;
}

static GArray *
enumerable_keys (JsState *J, JsObject *obj, guint flags)
{
  guint32 n;
  JsValue *keys = js_own_property_keys (J, obj, flags | JS_KEYS_ENUMERABLE_ONLY, &n);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (JsValue));

  g_array_append_vals (out, keys, n);
  g_free (keys);
  return out;
}

/* The elements of a Set, or the [key, value] pairs of a Map, as values. */
static GArray *
collection_entries (JsObject *obj, gboolean pairs)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (JsValue));
  guint32 cursor = 0;
  JsValue key, value;

  while (js_map_data_iterate (obj->u.map, &cursor, &key, &value))
    {
      g_array_append_val (out, key);
      if (pairs)
        g_array_append_val (out, value);
    }
  return out;
}

/* setEquiv / mapEquiv: every entry of a has a distinct equal entry in b.
 * An entry whose key b holds as it is (SameValueZero) is paired with it
 * first; the rest are matched by deep equality, each b entry used once. */
static gboolean
collection_equiv (JsState *J, DeepEqual *d, JsObject *a, JsObject *b, gboolean is_map)
{
  GArray *ea = collection_entries (a, is_map), *eb = collection_entries (b, is_map);
  guint step = is_map ? 2 : 1, n = ea->len / step;
  gboolean *used = g_new0 (gboolean, n), *matched_a = g_new0 (gboolean, n);
  gboolean equal = TRUE;

  for (guint i = 0; equal && i < n; i++)
    {
      JsValue key = g_array_index (ea, JsValue, i * step);
      if (js_is_object (key))
        continue;
      for (guint j = 0; j < n; j++)
        if (!used[j] && js_same_value_zero (key, g_array_index (eb, JsValue, j * step)))
          {
            if (is_map && !inner_deep_equal (J, d, g_array_index (ea, JsValue, i * 2 + 1),
                                             g_array_index (eb, JsValue, j * 2 + 1)))
              {
                /* In strict mode a key present in both with unequal values
                 * cannot match anything else. */
                if (d->strict)
                  equal = FALSE;
                break;
              }
            used[j] = matched_a[i] = TRUE;
            break;
          }
      if (equal && !matched_a[i] && d->strict && !js_is_object (key))
        equal = FALSE;
    }
  for (guint i = 0; equal && i < n; i++)
    {
      gboolean found = FALSE;
      if (matched_a[i])
        continue;
      for (guint j = 0; !found && j < n; j++)
        if (!used[j] && inner_deep_equal (J, d, g_array_index (ea, JsValue, i * step), g_array_index (eb, JsValue, j * step)) &&
            (!is_map || inner_deep_equal (J, d, g_array_index (ea, JsValue, i * 2 + 1), g_array_index (eb, JsValue, j * 2 + 1))))
          used[j] = found = TRUE;
      equal = found;
    }
  g_free (used);
  g_free (matched_a);
  g_array_free (ea, TRUE);
  g_array_free (eb, TRUE);
  return equal;
}

/* objEquiv for arrays: the elements, holes only against holes. */
static gboolean
array_elements_equiv (JsState *J, DeepEqual *d, JsObject *a, JsObject *b)
{
  double length = js_to_number (J, js_get (J, js_object_value (a), JS_KEY (J, length)));

  for (guint32 i = 0; i < length; i++)
    {
      JsValue key = js_key_from_index (J, i);
      gboolean in_a = js_has_own_property (J, a, key), in_b = js_has_own_property (J, b, key);

      if (in_a != in_b)
        return FALSE;
      if (in_a && !inner_deep_equal (J, d, js_get (J, js_object_value (a), key), js_get (J, js_object_value (b), key)))
        return FALSE;
    }
  return TRUE;
}

typedef enum { ITER_NONE, ITER_ARRAY, ITER_SET, ITER_MAP } IterationType;

/* keyCheck(val1, val2, strict, memos, iterationType, aKeys): `keys` is
 * NULL when every own enumerable key counts (then the symbols too, in
 * strict mode). */
static gboolean
key_check (JsState *J, DeepEqual *d, JsObject *a, JsObject *b, IterationType type, GArray *keys)
{
  gboolean all_keys = keys == NULL, equal = TRUE;
  guint depth;

  if (all_keys)
    {
      GArray *keys_b = enumerable_keys (J, b, JS_KEYS_STRINGS);
      keys = enumerable_keys (J, a, JS_KEYS_STRINGS);
      equal = keys->len == keys_b->len;
      g_array_free (keys_b, TRUE);
    }
  for (guint i = 0; equal && i < keys->len; i++)
    equal = is_enumerable_own (J, b, g_array_index (keys, JsValue, i));
  if (equal && d->strict && all_keys)
    {
      GArray *sym_a = enumerable_keys (J, a, JS_KEYS_SYMBOLS), *sym_b = enumerable_keys (J, b, JS_KEYS_SYMBOLS);
      equal = sym_a->len == sym_b->len;
      for (guint i = 0; equal && i < sym_a->len; i++)
        equal = is_enumerable_own (J, b, g_array_index (sym_a, JsValue, i));
      g_array_append_vals (keys, sym_a->data, sym_a->len);
      g_array_free (sym_a, TRUE);
      g_array_free (sym_b, TRUE);
    }
  if (!equal)
    goto out;

  /* The memos: a pair met again at the same depth of both walks. */
  for (depth = 0; depth < d->stack1->len; depth++)
    if (g_ptr_array_index (d->stack1, depth) == a)
      break;
  if (depth < d->stack1->len)
    {
      guint depth_b;
      for (depth_b = 0; depth_b < d->stack2->len; depth_b++)
        if (g_ptr_array_index (d->stack2, depth_b) == b)
          break;
      if (depth_b < d->stack2->len)
        {
          equal = depth == depth_b;
          goto out;
        }
    }
  if (d->stack1->len > 1000)
    js_throw_range_error (J, "Maximum call stack size exceeded");
  g_ptr_array_add (d->stack1, a);
  g_ptr_array_add (d->stack2, b);
  if (type == ITER_SET || type == ITER_MAP)
    equal = collection_equiv (J, d, a, b, type == ITER_MAP);
  else if (type == ITER_ARRAY)
    equal = array_elements_equiv (J, d, a, b);
  for (guint i = 0; equal && i < keys->len; i++)
    {
      JsValue key = g_array_index (keys, JsValue, i);
      equal = inner_deep_equal (J, d, js_get (J, js_object_value (a), key), js_get (J, js_object_value (b), key));
    }
  g_ptr_array_set_size (d->stack1, d->stack1->len - 1);
  g_ptr_array_set_size (d->stack2, d->stack2->len - 1);
out:
  g_array_free (keys, TRUE);
  return equal;
}

/* Arrays and array views: the own non-index keys must be as many on both
 * sides before keyCheck compares them. */
static gboolean
non_index_key_check (JsState *J, DeepEqual *d, JsObject *a, JsObject *b, IterationType type)
{
  guint flags = d->strict ? JS_KEYS_STRINGS | JS_KEYS_SYMBOLS : JS_KEYS_STRINGS;
  GArray *keys_a = non_index_keys (J, a, flags);
  GArray *keys_b = non_index_keys (J, b, flags);
  gboolean same_count = keys_a->len == keys_b->len;

  g_array_free (keys_b, TRUE);
  if (!same_count)
    {
      g_array_free (keys_a, TRUE);
      return FALSE;
    }
  return key_check (J, d, a, b, type, keys_a);
}

/* isEqualBoxedPrimitive */
static gboolean
equal_boxed (JsObject *a, JsObject *b)
{
  if (a->class_id != b->class_id)
    return FALSE;
  /* Numbers by Object.is; strings, booleans, BigInts and symbols by ===. */
  if (a->class_id == JS_CLASS_NUMBER)
    return js_same_value (a->u.primitive, b->u.primitive);
  return js_strict_equals (a->u.primitive, b->u.primitive);
}

static gboolean
same_regexps (JsState *J, JsValue a, JsValue b)
{
  static const char *const parts[] = { "source", "flags", "lastIndex" };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!js_strict_equals (js_get_utf8 (J, a, parts[i]), js_get_utf8 (J, b, parts[i])))
      return FALSE;
  return TRUE;
}

static gboolean
inner_deep_equal (JsState *J, DeepEqual *d, JsValue a, JsValue b)
{
  JsObject *oa, *ob;
  JsString *tag_a, *tag_b;
  gboolean a_array;

  if (js_strict_equals (a, b))
    return !d->strict || js_same_value (a, b);
  if (d->strict)
    {
      if (!js_is_object (a))
        return is_number_nan (a) && is_number_nan (b);
      if (!js_is_object (b))
        return FALSE;
      if (js_object_get_prototype_of (J, js_get_object (a)) != js_object_get_prototype_of (J, js_get_object (b)))
        return FALSE;
    }
  else
    {
      if (!js_is_object (a))
        return !js_is_object (b) && (js_loose_equals (J, a, b) || (is_number_nan (a) && is_number_nan (b)));
      if (!js_is_object (b))
        return FALSE;
    }
  /* Functions are compared by identity only (typeof is not 'object'). */
  if (js_is_callable (a) || js_is_callable (b))
    return FALSE;
  oa = js_get_object (a);
  ob = js_get_object (b);
  tag_a = object_tag (J, a);
  tag_b = object_tag (J, b);
  if (!js_string_equal (tag_a, tag_b))
    return FALSE;
  a_array = is_class (a, JS_CLASS_ARRAY);
  if (a_array)
    {
      if (!is_class (b, JS_CLASS_ARRAY) || js_array_length (oa) != js_array_length (ob))
        return FALSE;
      return non_index_key_check (J, d, oa, ob, ITER_ARRAY);
    }
  if (js_string_equal_ascii (tag_a, "[object Object]"))
    return key_check (J, d, oa, ob, ITER_NONE, NULL);
  if (is_class (a, JS_CLASS_DATE))
    {
      if (!is_class (b, JS_CLASS_DATE) || !js_same_value (oa->u.primitive, ob->u.primitive))
        return FALSE;
    }
  else if (is_class (a, JS_CLASS_REGEXP))
    {
      if (!is_class (b, JS_CLASS_REGEXP) || !same_regexps (J, a, b))
        return FALSE;
    }
  else if (is_error_like (J, a))
    {
      if (!is_error_like (J, b) ||
          !js_strict_equals (js_get (J, a, JS_KEY (J, message)), js_get (J, b, JS_KEY (J, message))) ||
          !js_strict_equals (js_get (J, a, JS_KEY (J, name)), js_get (J, b, JS_KEY (J, name))))
        return FALSE;
    }
  else if (is_view (a))
    {
      gboolean same;

      if (!is_view (b))
        return FALSE;
      if (!d->strict && oa->class_id == JS_CLASS_TYPED_ARRAY && ob->class_id == JS_CLASS_TYPED_ARRAY &&
          (oa->u.view.kind == JS_TYPED_ARRAY_FLOAT32 || oa->u.view.kind == JS_TYPED_ARRAY_FLOAT64))
        same = similar_float_arrays (J, oa, ob);
      else
        same = same_bytes (a, b);
      if (!same)
        return FALSE;
      return non_index_key_check (J, d, oa, ob, ITER_NONE);
    }
  else if (is_class (a, JS_CLASS_SET))
    {
      if (!is_class (b, JS_CLASS_SET) || js_map_data_size (oa->u.map) != js_map_data_size (ob->u.map))
        return FALSE;
      return key_check (J, d, oa, ob, ITER_SET, NULL);
    }
  else if (is_class (a, JS_CLASS_MAP))
    {
      if (!is_class (b, JS_CLASS_MAP) || js_map_data_size (oa->u.map) != js_map_data_size (ob->u.map))
        return FALSE;
      return key_check (J, d, oa, ob, ITER_MAP, NULL);
    }
  else if (is_class (a, JS_CLASS_ARRAY_BUFFER))
    {
      if (!is_class (b, JS_CLASS_ARRAY_BUFFER) || !same_bytes (a, b))
        return FALSE;
    }
  else if (is_boxed_primitive (a))
    {
      if (!is_boxed_primitive (b) || !equal_boxed (oa, ob))
        return FALSE;
    }
  else if (is_class (b, JS_CLASS_ARRAY) || is_view (b) || is_class (b, JS_CLASS_SET) || is_class (b, JS_CLASS_MAP) ||
           is_class (b, JS_CLASS_DATE) || is_class (b, JS_CLASS_REGEXP) || is_class (b, JS_CLASS_ARRAY_BUFFER) ||
           is_boxed_primitive (b) || is_error_like (J, b))
    return FALSE;
  return key_check (J, d, oa, ob, ITER_NONE, NULL);
}

gboolean
js_node_deep_equal (JsState *J, JsValue a, JsValue b, gboolean strict)
{
  DeepEqual d = { strict, g_ptr_array_new (), g_ptr_array_new () };
  gboolean equal = inner_deep_equal (J, &d, a, b);

  g_ptr_array_free (d.stack1, TRUE);
  g_ptr_array_free (d.stack2, TRUE);
  return equal;
}
