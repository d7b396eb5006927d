/* js-builtin-array.c: Array (ECMAScript 23.1).
 *
 * Every method follows the spec's generic algorithm over any array-like
 * `this`.  Element reads take a shortcut for dense arrays (a present element
 * is a plain data property, so reading it directly is what Get would do);
 * a few methods that move many elements (shift, unshift, splice, slice,
 * reverse) have a dense fast path whose result is the generic one.
 * ArraySpeciesCreate is simplified to a plain Array.
 */
#include "js-internal.h"

#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

#define MAX_SAFE_INTEGER 9007199254740991.0

/* ------------------------------------------------------------------------
 * Element access
 * ------------------------------------------------------------------------ */

/* All elements of a dense array live in u.array.elements (a sparse one has
 * none there and a different js_array_length). */
static inline gboolean
is_dense (JsObject *o)
{
  return o->class_id == JS_CLASS_ARRAY && o->u.array.length == js_array_length (o);
}

/* Dense with no holes and the ordinary prototype: moving elements around
 * directly gives what the generic steps give. */
static gboolean
is_packed (JsState *J, JsObject *o)
{
  if (!is_dense (o) || o->proto != JS_INTRINSIC (J, ArrayPrototype) || !(o->flags & JS_OBJECT_EXTENSIBLE))
    return FALSE;
  for (guint32 i = 0; i < o->u.array.length; i++)
    if (js_is_empty (o->u.array.elements[i]))
      return FALSE;
  return TRUE;
}

static JsValue
index_key (JsState *J, double k)
{
  if (k < 4294967295.0)
    return js_key_from_index (J, (guint32) k);
  return js_to_property_key (J, js_number (k));
}

static inline JsValue
get_at (JsState *J, JsObject *o, double k)
{
  if (o->class_id == JS_CLASS_ARRAY && k < o->u.array.length && is_dense (o))
    {
      JsValue v = o->u.array.elements[(guint32) k];
      if (!js_is_empty (v))
        return v;
    }
  return js_object_get (J, o, index_key (J, k), js_object_value (o));
}

static inline gboolean
has_at (JsState *J, JsObject *o, double k)
{
  if (o->class_id == JS_CLASS_ARRAY && k < o->u.array.length && is_dense (o) &&
      !js_is_empty (o->u.array.elements[(guint32) k]))
    return TRUE;
  return js_has_property (J, o, index_key (J, k));
}

/* Set(O, k, v, true) */
static void
set_at (JsState *J, JsObject *o, double k, JsValue v)
{
  js_set (J, js_object_value (o), index_key (J, k), v, TRUE);
}

/* DeletePropertyOrThrow(O, k) */
static void
delete_at (JsState *J, JsObject *o, double k)
{
  if (!js_delete_property (J, o, index_key (J, k)))
    {
      JsStringBuilder *b = js_string_builder_new (J);
      char buffer[JS_NUMBER_BUFFER_SIZE];

      js_number_to_cstring (k, buffer);
      js_string_builder_append_ascii (J, b, "Cannot delete property '");
      js_string_builder_append_ascii (J, b, buffer);
      js_string_builder_append_ascii (J, b, "' of ");
      js_string_builder_append (J, b, js_describe_value (J, js_object_value (o), JS_DESCRIBE_PLAIN));
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
    }
}

/* CreateDataPropertyOrThrow(A, k, v) */
static void
create_at (JsState *J, JsObject *a, double k, JsValue v)
{
  JsPropertyDescriptor desc = {
    JS_PROP_DEFAULT,
    JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
    v, JS_UNDEFINED, JS_UNDEFINED,
  };

  if (a->class_id == JS_CLASS_ARRAY && is_dense (a) && (a->flags & JS_OBJECT_EXTENSIBLE))
    {
      if (k < a->u.array.length)
        {
          a->u.array.elements[(guint32) k] = v;
          return;
        }
      if (k == a->u.array.length)
        {
          js_array_push (J, a, v);
          return;
        }
    }
  js_define_own_property (J, a, index_key (J, k), &desc, TRUE);
}

static void
set_length (JsState *J, JsObject *o, double length)
{
  js_set (J, js_object_value (o), JS_KEY (J, length), js_number (length), TRUE);
}

static double
length_of (JsState *J, JsObject *o)
{
  if (o->class_id == JS_CLASS_ARRAY)
    return js_array_length (o);
  return js_length_of_array_like (J, js_object_value (o));
}

/* ArraySpeciesCreate(O, length), simplified: a new Array of that length. */
static JsObject *
array_create (JsState *J, double length)
{
  JsObject *a;

  if (length > 4294967295.0)
    js_throw_range_error (J, "Invalid array length");
  a = js_array_new (J, (guint32) MIN (length, 1024));
  if (length > 0)
    js_array_set_length (J, a, length);
  return a;
}

/* The constructor ArraySpeciesCreate (23.1.3.1.1) would use for `o`, or
 * undefined when that is the ordinary Array. */
static JsValue
species_constructor (JsState *J, JsObject *o)
{
  JsValue c;

  if (!js_is_array_value (J, js_object_value (o)))
    return JS_UNDEFINED;
  c = js_object_get (J, o, JS_KEY (J, constructor), js_object_value (o));
  if (js_is_object (c))
    {
      c = js_get (J, c, JS_SYMBOL_KEY (J, species));
      if (js_is_null (c))
        c = JS_UNDEFINED;
    }
  if (js_is_undefined (c) || (js_is_object (c) && js_get_object (c) == JS_INTRINSIC (J, Array)))
    return JS_UNDEFINED;
  if (!js_is_constructor (c))
    js_throw_type_error (J, "object.constructor[Symbol.species] is not a constructor");
  return c;
}

/* ArraySpeciesCreate (23.1.3.1.1) once its constructor `c` is known: the
 * callers with a fast path read `constructor` only once, as the spec does. */
static JsObject *
array_species_create_from (JsState *J, JsValue c, double length)
{
  JsValue len, a;

  if (js_is_undefined (c))
    return array_create (J, length);
  len = js_number (length);
  a = js_construct (J, c, 1, &len, c);
  if (!js_is_object (a))
    js_throw_type_error (J, "object.constructor[Symbol.species] is not a constructor");
  return js_get_object (a);
}

/* ArraySpeciesCreate (23.1.3.1.1) */
static JsObject *
array_species_create (JsState *J, JsObject *o, double length)
{
  return array_species_create_from (J, species_constructor (J, o), length);
}

static JsObject *
to_object_for (JsState *J, JsValue v, const char *method)
{
  if (js_is_nullish (v))
    {
      JsString *message = js_string_printf (J, "Array.prototype.%s called on null or undefined", method);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
    }
  return js_to_object (J, v);
}

static void
require_callable (JsState *J, JsValue fn)
{
  if (!js_is_callable (fn))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", fn, JS_DESCRIBE_PLAIN);
}

/* The relative-index clamp used by slice, splice, fill, copyWithin:
 * ToIntegerOrInfinity, counted from the end when negative, into [0, len]. */
static double
relative_index (JsState *J, JsValue v, double length, double default_value)
{
  double rel;

  if (js_is_undefined (v))
    return default_value;
  rel = js_to_integer_or_infinity (J, v);
  if (rel < 0)
    return MAX (length + rel, 0);
  return MIN (rel, length);
}

/* ------------------------------------------------------------------------
 * The constructor and its functions (23.1.1, 23.1.2)
 * ------------------------------------------------------------------------ */

static JsObject *
array_with_proto (JsState *J, JsValue new_target, JsObject *callee, guint32 capacity)
{
  JsObject *a = js_array_new (J, capacity);

  if (!js_is_undefined (new_target) && js_get_object (new_target) != callee)
    {
      JsValue proto = js_get (J, new_target, JS_KEY (J, prototype));
      if (js_is_object (proto))
        a->proto = js_get_object (proto);
    }
  return a;
}

NATIVE (array_constructor)
{
  JsObject *a;

  if (argc == 1)
    {
      JsValue len = argv[0];

      a = array_with_proto (J, new_target, callee, 0);
      if (!js_is_number (len))
        {
          create_at (J, a, 0, len);
          return js_object_value (a);
        }
      if (js_get_number (len) != (double) js_to_uint32 (J, len))
        js_throw_range_error (J, "Invalid array length");
      js_array_set_length (J, a, js_get_number (len));
      return js_object_value (a);
    }
  a = array_with_proto (J, new_target, callee, (guint32) argc);
  for (int i = 0; i < argc; i++)
    js_array_push (J, a, argv[i]);
  return js_object_value (a);
}

NATIVE (array_is_array)
{
  return js_boolean (js_is_array_value (J, ARG (0)));
}

/* The new object of Array.from / Array.of: Construct(C, args) when `this`
 * is a constructor other than Array, else a new Array. */
static JsObject *
construct_this (JsState *J, JsValue c, int argc, const JsValue *argv)
{
  JsValue a;

  if (!js_is_constructor (c) || js_get_object (c) == JS_INTRINSIC (J, Array))
    return argc > 0 ? array_create (J, js_get_number (argv[0])) : js_array_new (J, 0);
  a = js_construct (J, c, argc, argv, c);
  if (!js_is_object (a))
    js_throw_type_error (J, "object is not a constructor");
  return js_get_object (a);
}

NATIVE (array_of)
{
  JsValue len = js_number (argc);
  JsObject *a = construct_this (J, this_value, 1, &len);

  for (int k = 0; k < argc; k++)
    create_at (J, a, k, argv[k]);
  set_length (J, a, argc);
  return js_object_value (a);
}

typedef struct {
  JsObject *a;
  JsValue mapfn, this_arg;
  double k;
} FromStep;

static void
array_from_step (JsState *J, JsValue value, gpointer data)
{
  FromStep *step = data;

  if (!js_is_undefined (step->mapfn))
    {
      JsValue args[2] = { value, js_number (step->k) };
      value = js_call (J, step->mapfn, step->this_arg, 2, args);
    }
  create_at (J, step->a, step->k, value);
  step->k++;
}

/* Array.from (23.1.2.1) */
NATIVE (array_from)
{
  JsValue items = ARG (0), mapfn = ARG (1), this_arg = ARG (2), using_iterator;
  gboolean mapping = !js_is_undefined (mapfn);
  JsObject *a, *array_like;
  double len;

  if (mapping)
    require_callable (J, mapfn);
  if (js_is_nullish (items))
    js_throw_error_with_value (J, JS_TYPE_ERROR,
                               "%s is not iterable (cannot read property Symbol(Symbol.iterator))", items,
                               JS_DESCRIBE_TYPED);
  using_iterator = js_get (J, items, JS_SYMBOL_KEY (J, iterator));
  if (!js_is_nullish (using_iterator))
    {
      JsIteratorRecord record;
      FromStep step;
      double k;

      if (!js_is_callable (using_iterator))
        js_throw_type_error (J, "%%Array%%.from requires that the property of the first argument, "
                                "items[Symbol.iterator], when exists, be a function");
      a = construct_this (J, this_value, 0, NULL);
      if (!mapping && js_get_object (using_iterator) == JS_INTRINSIC (J, ArrayProtoValues) &&
          a->class_id == JS_CLASS_ARRAY && js_array_length (a) == 0 && js_is_array (items))
        {
          /* A copy of an array: js_iterable_to_array knows when that is unobservable. */
          JsObject *copy = js_iterable_to_array (J, items);
          guint32 n = js_array_length (copy);
          for (guint32 i = 0; i < n; i++)
            create_at (J, a, i, copy->u.array.elements[i]);
          set_length (J, a, n);
          return js_object_value (a);
        }
      record.iterator = js_call (J, using_iterator, items, 0, NULL);
      if (!js_is_object (record.iterator))
        js_throw_type_error (J, "Result of the Symbol.iterator method is not an object");
      record.next_method = js_get (J, record.iterator, JS_KEY (J, next));
      record.done = FALSE;
      step.a = a;
      step.mapfn = mapping ? mapfn : JS_UNDEFINED;
      step.this_arg = this_arg;
      step.k = 0;
      js_iterator_for_each (J, &record, array_from_step, &step);
      k = step.k;
      set_length (J, a, k);
      return js_object_value (a);
    }
  array_like = js_to_object (J, items);
  len = js_length_of_array_like (J, js_object_value (array_like));
  {
    JsValue length = js_number (len);
    a = construct_this (J, this_value, 1, &length);
  }
  for (double k = 0; k < len; k++)
    {
      JsValue v = get_at (J, array_like, k);
      if (mapping)
        {
          JsValue args[2] = { v, js_number (k) };
          v = js_call (J, mapfn, this_arg, 2, args);
        }
      create_at (J, a, k, v);
    }
  set_length (J, a, len);
  return js_object_value (a);
}

/* ------------------------------------------------------------------------
 * Array.prototype (23.1.3)
 * ------------------------------------------------------------------------ */

NATIVE (array_proto_at)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double rel = js_to_integer_or_infinity (J, ARG (0));
  double k = rel >= 0 ? rel : len + rel;

  if (k < 0 || k >= len)
    return JS_UNDEFINED;
  return get_at (J, o, k);
}

/* IsConcatSpreadable (23.1.3.2.1) */
static gboolean
is_concat_spreadable (JsState *J, JsValue v)
{
  JsValue spreadable;

  if (!js_is_object (v))
    return FALSE;
  spreadable = js_get (J, v, JS_SYMBOL_KEY (J, isConcatSpreadable));
  if (!js_is_undefined (spreadable))
    return js_to_boolean (spreadable);
  return js_is_array_value (J, v);
}

NATIVE (array_proto_concat)
{
  JsObject *o = to_object_for (J, this_value, "concat");
  JsObject *a = array_species_create (J, o, 0);
  double n = 0;

  for (int i = -1; i < argc; i++)
    {
      JsValue e = i < 0 ? js_object_value (o) : argv[i];

      if (is_concat_spreadable (J, e))
        {
          JsObject *eo = js_get_object (e);
          double len = length_of (J, eo);

          if (n + len > MAX_SAFE_INTEGER)
            js_throw_type_error (J, "Invalid array length");
          if (len > 4294967295.0 - n)
            js_throw_range_error (J, "Invalid array length");
          for (double k = 0; k < len; k++, n++)
            if (has_at (J, eo, k))
              create_at (J, a, n, get_at (J, eo, k));
        }
      else
        create_at (J, a, n++, e);
    }
  set_length (J, a, n);
  return js_object_value (a);
}

NATIVE (array_proto_copy_within)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double to = relative_index (J, ARG (0), len, 0);
  double from = relative_index (J, ARG (1), len, 0);
  double final = relative_index (J, ARG (2), len, len);
  double count = MIN (final - from, len - to);
  int direction = 1;

  if (from < to && to < from + count)
    {
      direction = -1;
      from += count - 1;
      to += count - 1;
    }
  for (; count > 0; count--, from += direction, to += direction)
    {
      if (has_at (J, o, from))
        set_at (J, o, to, get_at (J, o, from));
      else
        delete_at (J, o, to);
    }
  return js_object_value (o);
}

NATIVE (array_proto_entries)
{
  return js_object_value (js_array_iterator_new (J, js_object_value (js_to_object (J, this_value)),
                                                 JS_ITER_ARRAY_ENTRIES));
}

NATIVE (array_proto_keys)
{
  return js_object_value (js_array_iterator_new (J, js_object_value (js_to_object (J, this_value)),
                                                 JS_ITER_ARRAY_KEYS));
}

NATIVE (array_proto_values)
{
  return js_object_value (js_array_iterator_new (J, js_object_value (js_to_object (J, this_value)),
                                                 JS_ITER_ARRAY_VALUES));
}

/* The callback loops of every, some, forEach, map, filter: the element,
 * its index and the object, for each present element in order. */
typedef enum { ITER_EVERY, ITER_SOME, ITER_FOR_EACH, ITER_MAP, ITER_FILTER } IterKind;

static JsValue
iterate (JsState *J, JsValue this_value, int argc, const JsValue *argv, IterKind kind, const char *method)
{
  JsObject *o = to_object_for (J, this_value, method);
  double len = length_of (J, o);
  JsValue callback = ARG (0), this_arg = ARG (1);
  JsObject *a = NULL;
  double to = 0;

  require_callable (J, callback);
  if (kind == ITER_MAP)
    a = array_species_create (J, o, len);
  else if (kind == ITER_FILTER)
    a = array_species_create (J, o, 0);
  for (double k = 0; k < len; k++)
    {
      JsValue args[3], result;

      if (!has_at (J, o, k))
        continue;
      args[0] = get_at (J, o, k);
      args[1] = js_number (k);
      args[2] = js_object_value (o);
      result = js_call (J, callback, this_arg, 3, args);
      switch (kind)
        {
        case ITER_EVERY:
          if (!js_to_boolean (result))
            return JS_FALSE;
          break;
        case ITER_SOME:
          if (js_to_boolean (result))
            return JS_TRUE;
          break;
        case ITER_FOR_EACH:
          break;
        case ITER_MAP:
          create_at (J, a, k, result);
          break;
        case ITER_FILTER:
          if (js_to_boolean (result))
            create_at (J, a, to++, args[0]);
          break;
        }
    }
  switch (kind)
    {
    case ITER_EVERY: return JS_TRUE;
    case ITER_SOME: return JS_FALSE;
    case ITER_FOR_EACH: return JS_UNDEFINED;
    default: return js_object_value (a);
    }
}

NATIVE (array_proto_every)
{
  return iterate (J, this_value, argc, argv, ITER_EVERY, "every");
}

NATIVE (array_proto_some)
{
  return iterate (J, this_value, argc, argv, ITER_SOME, "some");
}

NATIVE (array_proto_for_each)
{
  return iterate (J, this_value, argc, argv, ITER_FOR_EACH, "forEach");
}

NATIVE (array_proto_map)
{
  return iterate (J, this_value, argc, argv, ITER_MAP, "map");
}

NATIVE (array_proto_filter)
{
  return iterate (J, this_value, argc, argv, ITER_FILTER, "filter");
}

NATIVE (array_proto_fill)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double k = relative_index (J, ARG (1), len, 0);
  double final = relative_index (J, ARG (2), len, len);

  for (; k < final; k++)
    set_at (J, o, k, ARG (0));
  return js_object_value (o);
}

/* find, findIndex, findLast, findLastIndex (23.1.3.8–11) with
 * FindViaPredicate: holes are visited as undefined. */
static JsValue
find_via_predicate (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean ascending,
                    gboolean want_index, const char *method)
{
  JsObject *o = to_object_for (J, this_value, method);
  double len = length_of (J, o);
  JsValue predicate = ARG (0), this_arg = ARG (1);

  require_callable (J, predicate);
  for (double i = 0; i < len; i++)
    {
      double k = ascending ? i : len - 1 - i;
      JsValue args[3] = { get_at (J, o, k), js_number (k), js_object_value (o) };

      if (js_to_boolean (js_call (J, predicate, this_arg, 3, args)))
        return want_index ? js_number (k) : args[0];
    }
  return want_index ? js_number (-1) : JS_UNDEFINED;
}

NATIVE (array_proto_find)
{
  return find_via_predicate (J, this_value, argc, argv, TRUE, FALSE, "find");
}

NATIVE (array_proto_find_index)
{
  return find_via_predicate (J, this_value, argc, argv, TRUE, TRUE, "findIndex");
}

NATIVE (array_proto_find_last)
{
  return find_via_predicate (J, this_value, argc, argv, FALSE, FALSE, "findLast");
}

NATIVE (array_proto_find_last_index)
{
  return find_via_predicate (J, this_value, argc, argv, FALSE, TRUE, "findLastIndex");
}

/* FlattenIntoArray (23.1.3.13.1) */
static double
flatten_into_array (JsState *J, JsObject *target, JsObject *source, double source_len, double start,
                    double depth, JsValue mapper, JsValue this_arg, int level)
{
  double target_index = start;

  if (level > 5000)
    js_throw_range_error (J, "Maximum call stack size exceeded");
  for (double k = 0; k < source_len; k++)
    {
      JsValue element;

      if (!has_at (J, source, k))
        continue;
      element = get_at (J, source, k);
      if (!js_is_undefined (mapper))
        {
          JsValue args[3] = { element, js_number (k), js_object_value (source) };
          element = js_call (J, mapper, this_arg, 3, args);
        }
      if (depth > 0 && js_is_array_value (J, element))
        {
          JsObject *eo = js_get_object (element);
          target_index = flatten_into_array (J, target, eo, length_of (J, eo), target_index, depth - 1,
                                             JS_UNDEFINED, JS_UNDEFINED, level + 1);
        }
      else
        {
          if (target_index >= MAX_SAFE_INTEGER)
            js_throw_type_error (J, "Invalid array length");
          create_at (J, target, target_index++, element);
        }
    }
  return target_index;
}

NATIVE (array_proto_flat)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double depth = 1;
  JsObject *a;

  if (!js_is_undefined (ARG (0)))
    {
      depth = js_to_integer_or_infinity (J, ARG (0));
      if (depth < 0)
        depth = 0;
    }
  a = array_species_create (J, o, 0);
  flatten_into_array (J, a, o, len, 0, depth, JS_UNDEFINED, JS_UNDEFINED, 0);
  return js_object_value (a);
}

NATIVE (array_proto_flat_map)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  JsObject *a;

  if (!js_is_callable (ARG (0)))
    js_throw_type_error (J, "flatMap mapper function is not callable");
  a = array_species_create (J, o, 0);
  flatten_into_array (J, a, o, len, 0, 1, ARG (0), ARG (1), 0);
  return js_object_value (a);
}

/* The start index of includes / indexOf from fromIndex; -1 for "none". */
static double
search_start (JsState *J, JsValue from_index, double len)
{
  double n = js_to_integer_or_infinity (J, from_index);

  if (n == INFINITY)
    return -1;
  if (n == -INFINITY)
    n = 0;
  return n >= 0 ? n : MAX (len + n, 0);
}

NATIVE (array_proto_includes)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o), k;

  if (len == 0)
    return JS_FALSE;
  k = search_start (J, ARG (1), len);
  if (k < 0)
    return JS_FALSE;
  for (; k < len; k++)
    if (js_same_value_zero (get_at (J, o, k), ARG (0)))
      return JS_TRUE;
  return JS_FALSE;
}

NATIVE (array_proto_index_of)
{
  JsObject *o = to_object_for (J, this_value, "indexOf");
  double len = length_of (J, o), k;

  if (len == 0)
    return js_number (-1);
  k = search_start (J, ARG (1), len);
  if (k < 0)
    return js_number (-1);
  for (; k < len; k++)
    if (has_at (J, o, k) && js_strict_equals (get_at (J, o, k), ARG (0)))
      return js_number (k);
  return js_number (-1);
}

NATIVE (array_proto_last_index_of)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o), n, k;

  if (len == 0)
    return js_number (-1);
  n = argc > 1 ? js_to_integer_or_infinity (J, argv[1]) : len - 1;
  if (n == -INFINITY)
    return js_number (-1);
  k = n >= 0 ? MIN (n, len - 1) : len + n;
  for (; k >= 0; k--)
    if (has_at (J, o, k) && js_strict_equals (get_at (J, o, k), ARG (0)))
      return js_number (k);
  return js_number (-1);
}

/* join, toString and toLocaleString share a stack of the objects being
 * joined (kept in the join function's captures, shared with
 * toLocaleString), so that a cycle joins as "" the way V8 does. */
static gboolean
join_stack_push (JsState *J, JsObject *stack, JsObject *o)
{
  guint32 n = js_array_length (stack);

  for (guint32 i = 0; i < n; i++)
    if (js_get_object (stack->u.array.elements[i]) == o)
      return FALSE;
  js_array_push (J, stack, js_object_value (o));
  return TRUE;
}

static JsValue
join_elements (JsState *J, JsObject *stack, JsObject *o, double len, JsString *sep, gboolean locale)
{
  JsStringBuilder *b;
  JsTryPoint tp;
  JsString *volatile result = NULL;

  if (!join_stack_push (J, stack, o))
    return JS_KEY (J, empty);
  b = js_string_builder_new (J);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      for (double k = 0; k < len; k++)
        {
          JsValue e;

          if (k > 0)
            js_string_builder_append (J, b, sep);
          e = get_at (J, o, k);
          if (js_is_nullish (e))
            continue;
          if (locale)
            e = js_invoke (J, e, JS_KEY (J, toLocaleString), 0, NULL);
          js_string_builder_append (J, b, js_is_string (e) ? js_get_string (e) : js_to_string (J, e));
        }
      result = js_string_builder_finish (J, b);
      js_try_end (J, &tp);
    }
  else
    {
      js_array_set_length (J, stack, js_array_length (stack) - 1);
      js_throw (J, J->exception);
    }
  js_array_set_length (J, stack, js_array_length (stack) - 1);
  return js_string_value (result);
}

NATIVE (array_proto_join)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  JsString *sep = js_is_undefined (ARG (0)) ? js_string_from_char_code (J, ',') : js_to_string (J, ARG (0));

  return join_elements (J, js_get_object (js_native_captures (callee)[0]), o, len, sep, FALSE);
}

NATIVE (array_proto_to_locale_string)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);

  return join_elements (J, js_get_object (js_native_captures (callee)[0]), o, len,
                        js_string_from_char_code (J, ','), TRUE);
}

NATIVE (array_proto_to_string)
{
  JsObject *o = js_to_object (J, this_value);
  JsValue func = js_object_get (J, o, JS_KEY (J, join), js_object_value (o));

  if (!js_is_callable (func))
    func = js_object_value (JS_INTRINSIC (J, ObjectProtoToString));
  return js_call (J, func, js_object_value (o), 0, NULL);
}

NATIVE (array_proto_pop)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  JsValue element;

  if (len == 0)
    {
      set_length (J, o, 0);
      return JS_UNDEFINED;
    }
  element = get_at (J, o, len - 1);
  delete_at (J, o, len - 1);
  set_length (J, o, len - 1);
  return element;
}

NATIVE (array_proto_push)
{
  JsObject *o = js_to_object (J, this_value);
  double len;

  if (o->class_id == JS_CLASS_ARRAY)
    {
      for (int i = 0; i < argc; i++)
        js_array_push (J, o, argv[i]);
      if (argc == 0)
        set_length (J, o, js_array_length (o));
      return js_number (js_array_length (o));
    }
  len = length_of (J, o);
  if (len + argc > MAX_SAFE_INTEGER)
    {
      char buffer[JS_NUMBER_BUFFER_SIZE];
      JsString *message;

      js_number_to_cstring (len, buffer);
      message = js_string_printf (J, "Pushing %d elements on an array-like of length %s is disallowed, as the total "
                                     "surpasses 2**53-1", argc, buffer);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
    }
  for (int i = 0; i < argc; i++)
    set_at (J, o, len++, argv[i]);
  set_length (J, o, len);
  return js_number (len);
}

/* reduce and reduceRight (23.1.3.24, 25) */
static JsValue
reduce (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean right, const char *method)
{
  JsObject *o = to_object_for (J, this_value, method);
  double len = length_of (J, o), i = 0;
  JsValue callback = ARG (0), accumulator = JS_UNDEFINED;

  require_callable (J, callback);
  if (argc >= 2)
    accumulator = argv[1];
  else
    {
      gboolean present = FALSE;

      for (; !present && i < len; i++)
        {
          double k = right ? len - 1 - i : i;
          if (has_at (J, o, k))
            {
              present = TRUE;
              accumulator = get_at (J, o, k);
            }
        }
      if (!present)
        js_throw_type_error (J, "Reduce of empty array with no initial value");
    }
  for (; i < len; i++)
    {
      double k = right ? len - 1 - i : i;
      if (has_at (J, o, k))
        {
          JsValue args[4] = { accumulator, get_at (J, o, k), js_number (k), js_object_value (o) };
          accumulator = js_call (J, callback, JS_UNDEFINED, 4, args);
        }
    }
  return accumulator;
}

NATIVE (array_proto_reduce)
{
  return reduce (J, this_value, argc, argv, FALSE, "reduce");
}

NATIVE (array_proto_reduce_right)
{
  return reduce (J, this_value, argc, argv, TRUE, "reduceRight");
}

NATIVE (array_proto_reverse)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double middle = floor (len / 2);

  if (is_packed (J, o))
    {
      JsValue *e = o->u.array.elements;
      for (guint32 lower = 0, upper = o->u.array.length; lower + 1 < upper; lower++)
        {
          JsValue t = e[lower];
          upper--;
          e[lower] = e[upper];
          e[upper] = t;
        }
      return js_object_value (o);
    }
  for (double lower = 0; lower != middle; lower++)
    {
      double upper = len - lower - 1;
      gboolean lower_exists = has_at (J, o, lower);
      JsValue lower_value = lower_exists ? get_at (J, o, lower) : JS_UNDEFINED;
      gboolean upper_exists = has_at (J, o, upper);
      JsValue upper_value = upper_exists ? get_at (J, o, upper) : JS_UNDEFINED;

      if (lower_exists && upper_exists)
        {
          set_at (J, o, lower, upper_value);
          set_at (J, o, upper, lower_value);
        }
      else if (upper_exists)
        {
          set_at (J, o, lower, upper_value);
          delete_at (J, o, upper);
        }
      else if (lower_exists)
        {
          delete_at (J, o, lower);
          set_at (J, o, upper, lower_value);
        }
    }
  return js_object_value (o);
}

NATIVE (array_proto_shift)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  JsValue first;

  if (len == 0)
    {
      set_length (J, o, 0);
      return JS_UNDEFINED;
    }
  first = get_at (J, o, 0);
  /* O(1) on dense arrays: a loop of shifts stays linear. */
  if (js_array_shift_dense (J, o))
    return first;
  for (double k = 1; k < len; k++)
    {
      if (has_at (J, o, k))
        set_at (J, o, k - 1, get_at (J, o, k));
      else
        delete_at (J, o, k - 1);
    }
  delete_at (J, o, len - 1);
  set_length (J, o, len - 1);
  return first;
}

NATIVE (array_proto_unshift)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);

  if (argc > 0)
    {
      if (len + argc > MAX_SAFE_INTEGER)
        js_throw_type_error (J, "Invalid array length");
      if (is_packed (J, o) && len + argc < 4294967295.0 && js_array_set_length (J, o, len + argc) &&
          is_dense (o))
        {
          JsValue *e = o->u.array.elements;

          memmove (e + argc, e, (gsize) len * sizeof (JsValue));
          memcpy (e, argv, argc * sizeof (JsValue));
          return js_number (len + argc);
        }
      for (double k = len; k > 0; k--)
        {
          double from = k - 1, to = k + argc - 1;
          if (has_at (J, o, from))
            set_at (J, o, to, get_at (J, o, from));
          else
            delete_at (J, o, to);
        }
      for (int j = 0; j < argc; j++)
        set_at (J, o, j, argv[j]);
    }
  set_length (J, o, len + argc);
  return js_number (len + argc);
}

NATIVE (array_proto_slice)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double k = relative_index (J, ARG (0), len, 0);
  double final = relative_index (J, ARG (1), len, len);
  double count = MAX (final - k, 0), n = 0;
  JsValue c = species_constructor (J, o);
  JsObject *a;

  if (js_is_undefined (c) && count > 0 && is_packed (J, o))
    return js_object_value (js_array_from_values (J, o->u.array.elements + (guint32) k, (guint32) count));
  a = array_species_create_from (J, c, count);
  for (; k < final; k++, n++)
    if (has_at (J, o, k))
      create_at (J, a, n, get_at (J, o, k));
  set_length (J, a, n);
  return js_object_value (a);
}

NATIVE (array_proto_splice)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double start = relative_index (J, ARG (0), len, 0);
  double delete_count, item_count = argc > 2 ? argc - 2 : 0;
  const JsValue *items = argv + 2;
  JsValue species;
  JsObject *a;

  if (argc == 0)
    delete_count = 0;
  else if (argc == 1)
    delete_count = len - start;
  else
    delete_count = CLAMP (js_to_integer_or_infinity (J, argv[1]), 0, len - start);
  if (len + item_count - delete_count > MAX_SAFE_INTEGER)
    js_throw_type_error (J, "Invalid array length");

  species = species_constructor (J, o);
  if (js_is_undefined (species) && is_packed (J, o) && len + item_count - delete_count < 4294967295.0)
    {
      guint32 s = (guint32) start, dc = (guint32) delete_count, ic = (guint32) item_count;
      guint32 n = o->u.array.length, new_len = n - dc + ic;

      a = js_array_from_values (J, o->u.array.elements + s, dc);
      if (new_len > n && !(js_array_set_length (J, o, new_len) && is_dense (o)))
        goto generic;
      memmove (o->u.array.elements + s + ic, o->u.array.elements + s + dc, (gsize) (n - s - dc) * sizeof (JsValue));
      memcpy (o->u.array.elements + s, items, (gsize) ic * sizeof (JsValue));
      if (new_len < n)
        {
          for (guint32 i = new_len; i < n; i++)
            o->u.array.elements[i] = JS_EMPTY;
          set_length (J, o, new_len);
        }
      return js_object_value (a);
    }

generic:
  a = array_species_create_from (J, species, delete_count);
  for (double k = 0; k < delete_count; k++)
    if (has_at (J, o, start + k))
      create_at (J, a, k, get_at (J, o, start + k));
  set_length (J, a, delete_count);
  if (item_count < delete_count)
    {
      for (double k = start; k < len - delete_count; k++)
        {
          double from = k + delete_count, to = k + item_count;
          if (has_at (J, o, from))
            set_at (J, o, to, get_at (J, o, from));
          else
            delete_at (J, o, to);
        }
      for (double k = len; k > len - delete_count + item_count; k--)
        delete_at (J, o, k - 1);
    }
  else if (item_count > delete_count)
    {
      for (double k = len - delete_count; k > start; k--)
        {
          double from = k + delete_count - 1, to = k + item_count - 1;
          if (has_at (J, o, from))
            set_at (J, o, to, get_at (J, o, from));
          else
            delete_at (J, o, to);
        }
    }
  for (double k = 0; k < item_count; k++)
    set_at (J, o, start + k, items[(int) k]);
  set_length (J, o, len - delete_count + item_count);
  return js_object_value (a);
}

/* ------------------------------------------------------------------------
 * Sorting (23.1.3.30): V8's TimSort, step for step.  Any stable sort gives
 * the same result for a consistent comparator, but scripts also sort with
 * inconsistent ones (`(a, b) => a > b`) and log inside comparators, and
 * then the order of comparisons decides what Node prints.
 *
 * The sort permutes indices (numbers in heap arrays, so a comparator that
 * throws leaves nothing to free) into `items` and, for the default order,
 * their precomputed string keys.
 * ------------------------------------------------------------------------ */

#define MIN_GALLOP 7
#define MAX_PENDING_RUNS 85   /* enough for 2^64 elements (run lengths grow like Fibonacci) */

typedef struct {
  JsState *J;
  JsValue comparefn;        /* undefined: compare the ToString keys */
  const JsValue *items;
  const JsValue *keys;
  JsValue *work;            /* indices being sorted */
  JsValue *temp;            /* merge buffer, n / 2 + 1 indices */
  int min_gallop;
  int n_runs;
  guint32 run_base[MAX_PENDING_RUNS];
  guint32 run_length[MAX_PENDING_RUNS];
} SortState;

/* SortCompare (23.1.3.30.2) on two indices: a number, NaN counting as 0. */
static double
sort_compare (SortState *s, JsValue x, JsValue y)
{
  guint32 i = (guint32) js_get_number (x), j = (guint32) js_get_number (y);
  double v;

  if (js_is_undefined (s->comparefn))
    return js_string_compare (js_get_string (s->keys[i]), js_get_string (s->keys[j]));
  {
    JsValue args[2] = { s->items[i], s->items[j] };
    v = js_to_number (s->J, js_call (s->J, s->comparefn, JS_UNDEFINED, 2, args));
  }
  return isnan (v) ? 0 : v;
}

static void
binary_insertion_sort (SortState *s, guint32 low, guint32 start, guint32 high)
{
  JsValue *a = s->work;

  if (low == start)
    start++;
  for (; start < high; start++)
    {
      guint32 left = low, right = start;
      JsValue pivot = a[start];

      while (left < right)
        {
          guint32 mid = left + ((right - left) >> 1);
          if (sort_compare (s, pivot, a[mid]) < 0)
            right = mid;
          else
            left = mid + 1;
        }
      for (guint32 p = start; p > left; p--)
        a[p] = a[p - 1];
      a[left] = pivot;
    }
}

/* The length of the run starting at `low`; a strictly descending run is
 * reversed in place. */
static guint32
count_and_make_run (SortState *s, guint32 low, guint32 high)
{
  JsValue *a = s->work;
  guint32 run_length = 2;
  gboolean descending;
  JsValue previous;

  if (low + 1 == high)
    return 1;
  descending = sort_compare (s, a[low + 1], a[low]) < 0;
  previous = a[low + 1];
  for (guint32 i = low + 2; i < high; i++)
    {
      double order = sort_compare (s, a[i], previous);
      if (descending ? order >= 0 : order < 0)
        break;
      previous = a[i];
      run_length++;
    }
  if (descending)
    for (guint32 lo = low, hi = low + run_length - 1; lo < hi; lo++, hi--)
      {
        JsValue t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
      }
  return run_length;
}

static guint32
compute_min_run_length (guint32 n)
{
  guint32 r = 0;

  while (n >= 64)
    {
      r |= n & 1;
      n >>= 1;
    }
  return n + r;
}

/* GallopLeft: where `key` goes in array[base .. base + length), left of any
 * equal elements, searching from `hint`. */
static guint32
gallop_left (SortState *s, const JsValue *array, JsValue key, guint32 base, guint32 length, guint32 hint)
{
  gint64 last_ofs = 0, offset = 1;

  if (sort_compare (s, array[base + hint], key) < 0)
    {
      gint64 max_ofs = (gint64) length - hint;
      while (offset < max_ofs)
        {
          if (sort_compare (s, array[base + hint + offset], key) >= 0)
            break;
          last_ofs = offset;
          offset = (offset << 1) + 1;
        }
      if (offset > max_ofs)
        offset = max_ofs;
      last_ofs += hint;
      offset += hint;
    }
  else
    {
      gint64 max_ofs = (gint64) hint + 1, tmp;
      while (offset < max_ofs)
        {
          if (sort_compare (s, array[base + hint - offset], key) < 0)
            break;
          last_ofs = offset;
          offset = (offset << 1) + 1;
        }
      if (offset > max_ofs)
        offset = max_ofs;
      tmp = last_ofs;
      last_ofs = (gint64) hint - offset;
      offset = (gint64) hint - tmp;
    }
  last_ofs++;
  while (last_ofs < offset)
    {
      gint64 m = last_ofs + ((offset - last_ofs) >> 1);
      if (sort_compare (s, array[base + m], key) < 0)
        last_ofs = m + 1;
      else
        offset = m;
    }
  return (guint32) offset;
}

/* GallopRight: as gallop_left, but right of any equal elements. */
static guint32
gallop_right (SortState *s, const JsValue *array, JsValue key, guint32 base, guint32 length, guint32 hint)
{
  gint64 last_ofs = 0, offset = 1;

  if (sort_compare (s, key, array[base + hint]) < 0)
    {
      gint64 max_ofs = (gint64) hint + 1, tmp;
      while (offset < max_ofs)
        {
          if (sort_compare (s, key, array[base + hint - offset]) >= 0)
            break;
          last_ofs = offset;
          offset = (offset << 1) + 1;
        }
      if (offset > max_ofs)
        offset = max_ofs;
      tmp = last_ofs;
      last_ofs = (gint64) hint - offset;
      offset = (gint64) hint - tmp;
    }
  else
    {
      gint64 max_ofs = (gint64) length - hint;
      while (offset < max_ofs)
        {
          if (sort_compare (s, key, array[base + hint + offset]) < 0)
            break;
          last_ofs = offset;
          offset = (offset << 1) + 1;
        }
      if (offset > max_ofs)
        offset = max_ofs;
      last_ofs += hint;
      offset += hint;
    }
  last_ofs++;
  while (last_ofs < offset)
    {
      gint64 m = last_ofs + ((offset - last_ofs) >> 1);
      if (sort_compare (s, key, array[base + m]) < 0)
        offset = m;
      else
        last_ofs = m + 1;
    }
  return (guint32) offset;
}

static void
move_values (JsValue *to, const JsValue *from, guint32 n)
{
  memmove (to, from, (gsize) n * sizeof (JsValue));
}

/* MergeLow: merges run A (in temp) and run B in place, from the left;
 * length_a <= length_b. */
static void
merge_low (SortState *s, guint32 base_a, guint32 length_a, guint32 base_b, guint32 length_b)
{
  JsValue *a = s->work, *temp = s->temp;
  guint32 dest = base_a, cursor_temp = 0, cursor_b = base_b;
  int min_gallop = s->min_gallop;

  move_values (temp, a + base_a, length_a);
  a[dest++] = a[cursor_b++];
  if (--length_b == 0)
    goto succeed;
  if (length_a == 1)
    goto copy_b;
  for (;;)
    {
      guint32 wins_a = 0, wins_b = 0;
      gboolean first = TRUE;

      for (;;)
        {
          if (sort_compare (s, a[cursor_b], temp[cursor_temp]) < 0)
            {
              a[dest++] = a[cursor_b++];
              wins_b++;
              wins_a = 0;
              if (--length_b == 0)
                goto succeed;
              if (wins_b >= (guint32) min_gallop)
                break;
            }
          else
            {
              a[dest++] = temp[cursor_temp++];
              wins_a++;
              wins_b = 0;
              if (--length_a == 1)
                goto copy_b;
              if (wins_a >= (guint32) min_gallop)
                break;
            }
        }
      min_gallop++;
      while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first)
        {
          first = FALSE;
          min_gallop = MAX (1, min_gallop - 1);
          s->min_gallop = min_gallop;
          wins_a = gallop_right (s, temp, a[cursor_b], cursor_temp, length_a, 0);
          if (wins_a > 0)
            {
              move_values (a + dest, temp + cursor_temp, wins_a);
              dest += wins_a;
              cursor_temp += wins_a;
              length_a -= wins_a;
              if (length_a == 1)
                goto copy_b;
              if (length_a == 0)
                goto succeed;
            }
          a[dest++] = a[cursor_b++];
          if (--length_b == 0)
            goto succeed;
          wins_b = gallop_left (s, a, temp[cursor_temp], cursor_b, length_b, 0);
          if (wins_b > 0)
            {
              move_values (a + dest, a + cursor_b, wins_b);
              dest += wins_b;
              cursor_b += wins_b;
              length_b -= wins_b;
              if (length_b == 0)
                goto succeed;
            }
          a[dest++] = temp[cursor_temp++];
          if (--length_a == 1)
            goto copy_b;
        }
      min_gallop++;
      s->min_gallop = min_gallop;
    }
succeed:
  if (length_a > 0)
    move_values (a + dest, temp + cursor_temp, length_a);
  return;
copy_b:
  move_values (a + dest, a + cursor_b, length_b);
  a[dest + length_b] = temp[cursor_temp];
}

/* MergeHigh: as merge_low from the right; run B is in temp and
 * length_a > length_b. */
static void
merge_high (SortState *s, guint32 base_a, guint32 length_a, guint32 base_b, guint32 length_b)
{
  JsValue *a = s->work, *temp = s->temp;
  gint64 dest = (gint64) base_b + length_b - 1, cursor_temp = (gint64) length_b - 1;
  gint64 cursor_a = (gint64) base_a + length_a - 1;
  int min_gallop = s->min_gallop;

  move_values (temp, a + base_b, length_b);
  a[dest--] = a[cursor_a--];
  if (--length_a == 0)
    goto succeed;
  if (length_b == 1)
    goto copy_a;
  for (;;)
    {
      guint32 wins_a = 0, wins_b = 0;
      gboolean first = TRUE;

      for (;;)
        {
          if (sort_compare (s, temp[cursor_temp], a[cursor_a]) < 0)
            {
              a[dest--] = a[cursor_a--];
              wins_a++;
              wins_b = 0;
              if (--length_a == 0)
                goto succeed;
              if (wins_a >= (guint32) min_gallop)
                break;
            }
          else
            {
              a[dest--] = temp[cursor_temp--];
              wins_b++;
              wins_a = 0;
              if (--length_b == 1)
                goto copy_a;
              if (wins_b >= (guint32) min_gallop)
                break;
            }
        }
      min_gallop++;
      while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first)
        {
          guint32 k;

          first = FALSE;
          min_gallop = MAX (1, min_gallop - 1);
          s->min_gallop = min_gallop;
          k = gallop_right (s, a, temp[cursor_temp], base_a, length_a, length_a - 1);
          wins_a = length_a - k;
          if (wins_a > 0)
            {
              dest -= wins_a;
              cursor_a -= wins_a;
              move_values (a + dest + 1, a + cursor_a + 1, wins_a);
              length_a -= wins_a;
              if (length_a == 0)
                goto succeed;
            }
          a[dest--] = temp[cursor_temp--];
          if (--length_b == 1)
            goto copy_a;
          k = gallop_left (s, temp, a[cursor_a], 0, length_b, length_b - 1);
          wins_b = length_b - k;
          if (wins_b > 0)
            {
              dest -= wins_b;
              cursor_temp -= wins_b;
              move_values (a + dest + 1, temp + cursor_temp + 1, wins_b);
              length_b -= wins_b;
              if (length_b == 1)
                goto copy_a;
              if (length_b == 0)
                goto succeed;
            }
          a[dest--] = a[cursor_a--];
          if (--length_a == 0)
            goto succeed;
        }
      min_gallop++;
      s->min_gallop = min_gallop;
    }
succeed:
  if (length_b > 0)
    move_values (a + dest - (length_b - 1), temp, length_b);
  return;
copy_a:
  dest -= length_a;
  cursor_a -= length_a;
  move_values (a + dest + 1, a + cursor_a + 1, length_a);
  a[dest] = temp[cursor_temp];
}

/* MergeAt: merges the pending runs i and i + 1. */
static void
merge_at (SortState *s, int i)
{
  guint32 base_a = s->run_base[i], length_a = s->run_length[i];
  guint32 base_b = s->run_base[i + 1], length_b = s->run_length[i + 1];
  guint32 k;

  s->run_length[i] = length_a + length_b;
  if (i == s->n_runs - 3)
    {
      s->run_base[i + 1] = s->run_base[i + 2];
      s->run_length[i + 1] = s->run_length[i + 2];
    }
  s->n_runs--;
  k = gallop_right (s, s->work, s->work[base_b], base_a, length_a, 0);
  base_a += k;
  length_a -= k;
  if (length_a == 0)
    return;
  length_b = gallop_left (s, s->work, s->work[base_a + length_a - 1], base_b, length_b, length_b - 1);
  if (length_b == 0)
    return;
  if (length_a <= length_b)
    merge_low (s, base_a, length_a, base_b, length_b);
  else
    merge_high (s, base_a, length_a, base_b, length_b);
}

/* run_length(n - 2) > run_length(n - 1) + run_length(n) */
static gboolean
run_invariant_established (SortState *s, int n)
{
  if (n < 2)
    return TRUE;
  return s->run_length[n - 2] > s->run_length[n - 1] + s->run_length[n];
}

static void
merge_collapse (SortState *s)
{
  while (s->n_runs > 1)
    {
      int n = s->n_runs - 2;

      if (!run_invariant_established (s, n + 1) || !run_invariant_established (s, n))
        {
          if (s->run_length[n - 1] < s->run_length[n + 1])
            n--;
          merge_at (s, n);
        }
      else if (s->run_length[n] <= s->run_length[n + 1])
        merge_at (s, n);
      else
        break;
    }
}

static void
merge_force_collapse (SortState *s)
{
  while (s->n_runs > 1)
    {
      int n = s->n_runs - 2;

      if (n > 0 && s->run_length[n - 1] < s->run_length[n + 1])
        n--;
      merge_at (s, n);
    }
}

static void
tim_sort (SortState *s, guint32 n)
{
  guint32 low = 0, remaining = n, min_run;

  if (n < 2)
    return;
  min_run = compute_min_run_length (n);
  while (remaining != 0)
    {
      guint32 run = count_and_make_run (s, low, low + remaining);

      if (run < min_run)
        {
          guint32 forced = MIN (min_run, remaining);
          binary_insertion_sort (s, low, low + run, low + forced);
          run = forced;
        }
      g_assert (s->n_runs < MAX_PENDING_RUNS);
      s->run_base[s->n_runs] = low;
      s->run_length[s->n_runs] = run;
      s->n_runs++;
      merge_collapse (s);
      low += run;
      remaining -= run;
    }
  merge_force_collapse (s);
}

/* A heap array of n undefined values, used as a buffer. */
static JsObject *
buffer_array (JsState *J, guint32 n)
{
  JsObject *a = js_array_new (J, n);

  for (guint32 i = 0; i < n; i++)
    js_array_push (J, a, JS_UNDEFINED);
  return a;
}

/* SortIndexedProperties(obj, len, SortCompare, skip-holes) (23.1.3.30.1):
 * returns a new array of the sorted values, undefineds last. */
static JsObject *
sort_indexed_properties (JsState *J, JsObject *o, double len, JsValue comparefn)
{
  JsObject *items = js_array_new (J, 0), *keys = NULL, *work, *temp, *sorted;
  guint32 n, n_undefined = 0;
  SortState s;

  for (double k = 0; k < len; k++)
    if (has_at (J, o, k))
      {
        JsValue v = get_at (J, o, k);
        if (js_is_undefined (v))
          n_undefined++;
        else
          js_array_push (J, items, v);
      }
  n = js_array_length (items);
  if (js_is_undefined (comparefn))
    {
      keys = buffer_array (J, n);
      for (guint32 i = 0; i < n; i++)
        {
          JsValue v = items->u.array.elements[i];
          keys->u.array.elements[i] = js_is_string (v) ? v : js_string_value (js_to_string (J, v));
        }
    }
  work = buffer_array (J, n);
  for (guint32 i = 0; i < n; i++)
    work->u.array.elements[i] = js_number (i);
  temp = buffer_array (J, n / 2 + 1);
  memset (&s, 0, sizeof s);
  s.J = J;
  s.comparefn = comparefn;
  s.items = items->u.array.elements;
  s.keys = keys != NULL ? keys->u.array.elements : NULL;
  s.work = work->u.array.elements;
  s.temp = temp->u.array.elements;
  s.min_gallop = MIN_GALLOP;
  tim_sort (&s, n);
  sorted = js_array_new (J, n + n_undefined);
  for (guint32 i = 0; i < n; i++)
    js_array_push (J, sorted, items->u.array.elements[(guint32) js_get_number (s.work[i])]);
  for (guint32 i = 0; i < n_undefined; i++)
    js_array_push (J, sorted, JS_UNDEFINED);
  return sorted;
}

static void
require_comparefn (JsState *J, JsValue comparefn)
{
  if (!js_is_undefined (comparefn) && !js_is_callable (comparefn))
    js_throw_type_error (J, "The comparison function must be either a function or undefined");
}

NATIVE (array_proto_sort)
{
  JsValue comparefn = ARG (0);
  JsObject *o, *sorted;
  double len;
  guint32 n;

  require_comparefn (J, comparefn);
  o = js_to_object (J, this_value);
  len = length_of (J, o);
  sorted = sort_indexed_properties (J, o, len, comparefn);
  n = js_array_length (sorted);
  for (guint32 j = 0; j < n; j++)
    set_at (J, o, j, sorted->u.array.elements[j]);
  for (double j = n; j < len; j++)
    delete_at (J, o, j);
  return js_object_value (o);
}

/* ------------------------------------------------------------------------
 * Change array by copy (ES2023)
 * ------------------------------------------------------------------------ */

NATIVE (array_proto_to_reversed)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  JsObject *a = array_create (J, len);

  for (double k = 0; k < len; k++)
    create_at (J, a, k, get_at (J, o, len - k - 1));
  return js_object_value (a);
}

NATIVE (array_proto_to_sorted)
{
  JsValue comparefn = ARG (0);
  JsObject *o, *sorted;
  double len;

  require_comparefn (J, comparefn);
  o = js_to_object (J, this_value);
  len = length_of (J, o);
  if (len > 4294967295.0)
    js_throw_range_error (J, "Invalid array length");
  /* Holes read as undefined here: they sort last like undefined. */
  {
    JsObject *copy = array_create (J, len);
    for (double k = 0; k < len; k++)
      create_at (J, copy, k, get_at (J, o, k));
    sorted = sort_indexed_properties (J, copy, len, comparefn);
  }
  return js_object_value (sorted);
}

NATIVE (array_proto_to_spliced)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double start = relative_index (J, ARG (0), len, 0);
  double insert_count = argc > 2 ? argc - 2 : 0, skip_count, new_len, i = 0, r;
  JsObject *a;

  if (argc == 0)
    skip_count = 0;
  else if (argc == 1)
    skip_count = len - start;
  else
    skip_count = CLAMP (js_to_integer_or_infinity (J, argv[1]), 0, len - start);
  new_len = len + insert_count - skip_count;
  if (new_len > MAX_SAFE_INTEGER)
    js_throw_type_error (J, "Invalid array length");
  a = array_create (J, new_len);
  for (; i < start; i++)
    create_at (J, a, i, get_at (J, o, i));
  for (int j = 0; j < insert_count; j++)
    create_at (J, a, i++, argv[2 + j]);
  for (r = start + skip_count; i < new_len; i++, r++)
    create_at (J, a, i, get_at (J, o, r));
  return js_object_value (a);
}

NATIVE (array_proto_with)
{
  JsObject *o = js_to_object (J, this_value);
  double len = length_of (J, o);
  double rel = js_to_integer_or_infinity (J, ARG (0));
  double actual = rel >= 0 ? rel : len + rel;
  JsObject *a;

  if (actual >= len || actual < 0)
    {
      char buffer[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (rel, buffer);
      js_throw_range_error (J, "Invalid index : %s", buffer);
    }
  a = array_create (J, len);
  for (double k = 0; k < len; k++)
    create_at (J, a, k, k == actual ? ARG (1) : get_at (J, o, k));
  return js_object_value (a);
}

/* ------------------------------------------------------------------------ */

/* A method whose function shares the join stack (see join_elements). */
static void
define_join_method (JsState *J, JsObject *proto, JsValue key, const char *name, JsNativeFn fn, int length,
                    JsObject *join_stack)
{
  JsObject *f = js_native_function_new (J, name, length, fn, 1);

  js_native_captures (f)[0] = js_object_value (join_stack);
  js_define_value (J, proto, key, js_object_value (f), JS_PROP_HIDDEN);
}

void
js_builtin_array_init (JsState *J)
{
  /* In V8's order, which Object.getOwnPropertyNames shows; NULL marks the
   * join-stack methods. */
  static const struct { const char *name; JsNativeFn fn; int length; } methods[] = {
    { "at", array_proto_at, 1 }, { "concat", array_proto_concat, 1 },
    { "copyWithin", array_proto_copy_within, 2 }, { "fill", array_proto_fill, 1 },
    { "find", array_proto_find, 1 }, { "findIndex", array_proto_find_index, 1 },
    { "findLast", array_proto_find_last, 1 }, { "findLastIndex", array_proto_find_last_index, 1 },
    { "lastIndexOf", array_proto_last_index_of, 1 }, { "pop", array_proto_pop, 0 },
    { "push", array_proto_push, 1 }, { "reverse", array_proto_reverse, 0 },
    { "shift", array_proto_shift, 0 }, { "unshift", array_proto_unshift, 1 },
    { "slice", array_proto_slice, 2 }, { "sort", array_proto_sort, 1 },
    { "splice", array_proto_splice, 2 }, { "includes", array_proto_includes, 1 },
    { "indexOf", array_proto_index_of, 1 }, { "join", NULL, 1 },
    { "keys", array_proto_keys, 0 }, { "entries", array_proto_entries, 0 },
    { "values", array_proto_values, 0 }, { "forEach", array_proto_for_each, 1 },
    { "filter", array_proto_filter, 1 }, { "flat", array_proto_flat, 0 },
    { "flatMap", array_proto_flat_map, 1 }, { "map", array_proto_map, 1 },
    { "every", array_proto_every, 1 }, { "some", array_proto_some, 1 },
    { "reduce", array_proto_reduce, 1 }, { "reduceRight", array_proto_reduce_right, 1 },
    { "toLocaleString", NULL, 0 }, { "toString", array_proto_to_string, 0 },
    { "toReversed", array_proto_to_reversed, 0 }, { "toSorted", array_proto_to_sorted, 1 },
    { "toSpliced", array_proto_to_spliced, 2 }, { "with", array_proto_with, 2 },
  };
  static const char *const unscopables[] = {
    "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
    "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced",  /* V8's order */
  };
  JsObject *proto = js_object_new_class (J, JS_CLASS_ARRAY, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor, *join_stack, *unscopable_list;

  JS_INTRINSIC (J, ArrayPrototype) = proto;
  ctor = js_native_constructor_new (J, "Array", 1, array_constructor, proto);
  JS_INTRINSIC (J, Array) = ctor;
  js_define_method (J, ctor, "isArray", array_is_array, 1);
  js_define_method (J, ctor, "from", array_from, 1);
  js_define_method (J, ctor, "of", array_of, 0);
  js_define_species_getter (J, ctor);

  join_stack = js_array_new (J, 0);
  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      if (methods[i].fn != NULL)
        js_define_method (J, proto, methods[i].name, methods[i].fn, methods[i].length);
      else if (strcmp (methods[i].name, "join") == 0)
        define_join_method (J, proto, JS_KEY (J, join), "join", array_proto_join, 1, join_stack);
      else
        define_join_method (J, proto, JS_KEY (J, toLocaleString), "toLocaleString", array_proto_to_locale_string, 0,
                            join_stack);
    }
  JS_INTRINSIC (J, ArrayProtoValues) = js_get_object (js_get_own_data (J, proto, js_key_from_utf8 (J, "values")));
  js_define_value (J, proto, JS_SYMBOL_KEY (J, iterator), js_object_value (JS_INTRINSIC (J, ArrayProtoValues)),
                   JS_PROP_HIDDEN);

  unscopable_list = js_object_new (J, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (unscopables); i++)
    js_define_value_utf8 (J, unscopable_list, unscopables[i], JS_TRUE, JS_PROP_DEFAULT);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, unscopables), js_object_value (unscopable_list),
                   JS_PROP_CONFIGURABLE);

  js_define_value_utf8 (J, J->global, "Array", js_object_value (ctor), JS_PROP_HIDDEN);
}
