/* js-builtin-typedarray.c: %TypedArray%, its eleven constructors and the
 * integer-indexed exotic objects they create (ECMAScript 23.2, 10.4.5).
 *
 * A typed array is a JS_CLASS_TYPED_ARRAY object whose u.view windows an
 * ArrayBuffer.  Elements are read and written in the host's byte order
 * (little-endian on every platform we build for, as V8 does on them),
 * always through memcpy, so no access breaks C's alignment or aliasing rules.
 *
 * Methods read elements through element_at, which re-checks the length:
 * a callback may shrink a resizable buffer under the loop.
 */
#include "js-internal.h"

#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* V8's limit on a typed array's length (kMaxLength on 64-bit hosts). */
#define MAX_TYPED_ARRAY_LENGTH 4294967296.0

static const guint8 element_sizes[] = {
#define SIZE_ENTRY(id, name, size) size,
  JS_TYPED_ARRAY_KINDS (SIZE_ENTRY)
#undef SIZE_ENTRY
};

static const char *const kind_names[] = {
#define NAME_ENTRY(id, name, size) #name "Array",
  JS_TYPED_ARRAY_KINDS (NAME_ENTRY)
#undef NAME_ENTRY
};

guint
js_typed_array_element_size (JsTypedArrayKind kind)
{
  return element_sizes[kind];
}

const char *
js_typed_array_kind_name (JsTypedArrayKind kind)
{
  return kind_names[kind];
}

static JsObject *
kind_prototype (JsState *J, JsTypedArrayKind kind)
{
  return J->intrinsics[JS_INTRINSIC_Int8ArrayPrototype + kind];
}

static JsObject *
kind_constructor (JsState *J, JsTypedArrayKind kind)
{
  return J->intrinsics[JS_INTRINSIC_Int8Array + kind];
}

static gboolean
is_bigint_kind (JsTypedArrayKind kind)
{
  return kind == JS_TYPED_ARRAY_BIGINT64 || kind == JS_TYPED_ARRAY_BIGUINT64;
}

static inline JsTypedArrayKind
kind_of (const JsObject *ta)
{
  return (JsTypedArrayKind) ta->u.view.kind;
}

/* ------------------------------------------------------------------------
 * Lengths and elements
 * ------------------------------------------------------------------------ */

/* TypedArrayLength with IsTypedArrayOutOfBounds folded in as 0. */
gsize
js_typed_array_length (const JsObject *ta)
{
  const JsObject *buffer = ta->u.view.buffer;
  gsize size = element_sizes[ta->u.view.kind];
  gsize byte_length;

  if (buffer == NULL || buffer->u.buffer.detached)
    return 0;
  byte_length = buffer->u.buffer.byte_length;
  if (ta->u.view.byte_offset > byte_length)
    return 0;
  if (ta->u.view.length_tracking)
    return (byte_length - ta->u.view.byte_offset) / size;
  if (ta->u.view.byte_offset + ta->u.view.length * size > byte_length)
    return 0;
  return ta->u.view.length;
}

static gboolean
is_out_of_bounds (const JsObject *ta)
{
  const JsObject *buffer = ta->u.view.buffer;
  return buffer->u.buffer.detached || ta->u.view.byte_offset > buffer->u.buffer.byte_length ||
         (!ta->u.view.length_tracking &&
          ta->u.view.byte_offset + ta->u.view.length * element_sizes[ta->u.view.kind] > buffer->u.buffer.byte_length);
}

gboolean
js_typed_array_in_bounds (const JsObject *ta)
{
  return !is_out_of_bounds (ta);
}

/* IsValidIntegerIndex (10.4.5.14) */
static gboolean
is_valid_integer_index (const JsObject *ta, double index)
{
  return index == floor (index) && !(index == 0 && signbit (index)) &&
         index >= 0 && index < (double) js_typed_array_length (ta);
}

/* The modulo conversions of 7.1.6–7.1.11 go through ToInt32's wrap-around. */
static guint32
wrap_uint32 (double d)
{
  return (guint32) js_double_to_int32 (d);
}

/* ToUint8Clamp (7.1.12): round half to even. */
static guint8
clamp_uint8 (double d)
{
  if (!(d > 0))
    return 0;
  if (d >= 255)
    return 255;
  return (guint8) nearbyint (d);
}

/* NumericToRawBytes for a Number `d` (the BigInt kinds store raw 64-bit words). */
static void
store_number (JsTypedArrayKind kind, guint8 *p, double d)
{
  switch (kind)
    {
    case JS_TYPED_ARRAY_INT8:
    case JS_TYPED_ARRAY_UINT8:
      *p = (guint8) wrap_uint32 (d);
      break;
    case JS_TYPED_ARRAY_UINT8_CLAMPED:
      *p = clamp_uint8 (d);
      break;
    case JS_TYPED_ARRAY_INT16:
    case JS_TYPED_ARRAY_UINT16:
      {
        guint16 v = (guint16) wrap_uint32 (d);
        memcpy (p, &v, 2);
        break;
      }
    case JS_TYPED_ARRAY_INT32:
    case JS_TYPED_ARRAY_UINT32:
      {
        guint32 v = wrap_uint32 (d);
        memcpy (p, &v, 4);
        break;
      }
    case JS_TYPED_ARRAY_FLOAT32:
      {
        float v = (float) d;
        memcpy (p, &v, 4);
        break;
      }
    case JS_TYPED_ARRAY_FLOAT64:
      memcpy (p, &d, 8);
      break;
    default:
      g_assert_not_reached ();
    }
}

static double
load_number (JsTypedArrayKind kind, const guint8 *p)
{
  switch (kind)
    {
    case JS_TYPED_ARRAY_INT8: return (gint8) *p;
    case JS_TYPED_ARRAY_UINT8:
    case JS_TYPED_ARRAY_UINT8_CLAMPED: return *p;
    case JS_TYPED_ARRAY_INT16: { gint16 v; memcpy (&v, p, 2); return v; }
    case JS_TYPED_ARRAY_UINT16: { guint16 v; memcpy (&v, p, 2); return v; }
    case JS_TYPED_ARRAY_INT32: { gint32 v; memcpy (&v, p, 4); return v; }
    case JS_TYPED_ARRAY_UINT32: { guint32 v; memcpy (&v, p, 4); return v; }
    case JS_TYPED_ARRAY_FLOAT32: { float v; memcpy (&v, p, 4); return v; }
    case JS_TYPED_ARRAY_FLOAT64: { double v; memcpy (&v, p, 8); return v; }
    default: g_assert_not_reached ();
    }
}

/* A value converted for storing in `kind`: ToNumber or ToBigInt, done once
 * before any bounds check, as the spec orders it. */
typedef struct {
  double  number;
  guint64 bits;     /* BigInt kinds: the value modulo 2^64 */
} Converted;

static void
convert_value (JsState *J, JsTypedArrayKind kind, JsValue value, Converted *out)
{
  out->number = 0;
  out->bits = 0;
  if (is_bigint_kind (kind))
    out->bits = js_bigint_to_uint64 (js_to_bigint (J, value));
  else
    out->number = js_to_number (J, value);
}

static void
store_converted (JsTypedArrayKind kind, guint8 *p, const Converted *c)
{
  if (is_bigint_kind (kind))
    memcpy (p, &c->bits, 8);
  else
    store_number (kind, p, c->number);
}

static JsValue
load_value (JsState *J, JsTypedArrayKind kind, const guint8 *p)
{
  if (is_bigint_kind (kind))
    {
      guint64 bits;
      memcpy (&bits, p, 8);
      return kind == JS_TYPED_ARRAY_BIGINT64 ? js_bigint_from_int64 (J, (gint64) bits)
                                             : js_bigint_from_uint64 (J, bits);
    }
  return js_number (load_number (kind, p));
}

JsValue
js_typed_array_get_element (JsState *J, JsObject *ta, gsize index)
{
  return load_value (J, kind_of (ta), js_typed_array_bytes (ta) + index * element_sizes[ta->u.view.kind]);
}

void
js_typed_array_set_element (JsState *J, JsObject *ta, double index, JsValue value)
{
  Converted c;

  convert_value (J, kind_of (ta), value, &c);
  /* IsValidIntegerIndex, after the conversion (which may resize the buffer) */
  if (is_valid_integer_index (ta, index))
    store_converted (kind_of (ta), js_typed_array_bytes (ta) + (gsize) index * element_sizes[ta->u.view.kind], &c);
}

/* Element `i` now, or undefined when the array shrank below it. */
static JsValue
element_at (JsState *J, JsObject *ta, gsize i)
{
  if (i >= js_typed_array_length (ta))
    return JS_UNDEFINED;
  return js_typed_array_get_element (J, ta, i);
}

gboolean
js_typed_array_numeric_key (JsState *J, JsValue key, double *index)
{
  JsString *s;
  char buffer[JS_NUMBER_BUFFER_SIZE];
  double n;
  guint32 i;

  if (js_key_is_index (key, &i))
    {
      *index = i;
      return TRUE;
    }
  if (!js_is_string (key))
    return FALSE;
  s = js_get_string (key);
  if (s->length == 0 || s->length >= JS_NUMBER_BUFFER_SIZE)
    return FALSE;
  /* Quick rejection: a canonical numeric string starts with a digit, '-', 'I' or 'N'. */
  if (!((s->chars[0] >= '0' && s->chars[0] <= '9') || s->chars[0] == '-' || s->chars[0] == 'I' || s->chars[0] == 'N'))
    return FALSE;
  if (js_string_equal_ascii (s, "-0"))
    {
      *index = -0.0;
      return TRUE;
    }
  n = js_string_to_number (s);
  js_number_to_cstring (n, buffer);
  if (!js_string_equal_ascii (s, buffer))
    return FALSE;
  *index = n;
  return TRUE;
}

/* ------------------------------------------------------------------------
 * The integer-indexed exotic object's internal methods (10.4.5): numeric
 * keys address elements, never ordinary properties; other keys are ordinary.
 * ------------------------------------------------------------------------ */

static gboolean
ta_get_own_property (JsState *J, JsObject *obj, JsValue key, JsPropertyDescriptor *out)
{
  double index;

  if (!js_typed_array_numeric_key (J, key, &index))
    return js_ordinary_get_own_property (J, obj, key, out);
  if (!is_valid_integer_index (obj, index))
    return FALSE;
  if (out != NULL)
    {
      out->flags = JS_PROP_DEFAULT;
      out->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
      out->value = js_typed_array_get_element (J, obj, (gsize) index);
      out->getter = JS_UNDEFINED;
      out->setter = JS_UNDEFINED;
    }
  return TRUE;
}

static gboolean
ta_has_property (JsState *J, JsObject *obj, JsValue key)
{
  double index;

  if (js_typed_array_numeric_key (J, key, &index))
    return is_valid_integer_index (obj, index);
  return js_ordinary_has_property (J, obj, key);
}

static gboolean
ta_define_own_property (JsState *J, JsObject *obj, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail)
{
  double index;
  gboolean ok;

  if (!js_typed_array_numeric_key (J, key, &index))
    return js_ordinary_define_own_property (J, obj, key, desc, throw_on_fail);
  ok = is_valid_integer_index (obj, index) &&
       !((desc->has & JS_DESC_HAS_CONFIGURABLE) && !(desc->flags & JS_PROP_CONFIGURABLE)) &&
       !((desc->has & JS_DESC_HAS_ENUMERABLE) && !(desc->flags & JS_PROP_ENUMERABLE)) &&
       !(desc->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) &&
       !((desc->has & JS_DESC_HAS_WRITABLE) && !(desc->flags & JS_PROP_WRITABLE));
  if (!ok)
    {
      if (throw_on_fail)
        {
          js_throw_error_with_value (J, JS_TYPE_ERROR, "Cannot redefine property: %s", key, JS_DESCRIBE_PLAIN);
        }
      return FALSE;
    }
  if (desc->has & JS_DESC_HAS_VALUE)
    js_typed_array_set_element (J, obj, index, desc->value);
  return TRUE;
}

static JsValue
ta_get (JsState *J, JsObject *obj, JsValue key, JsValue receiver)
{
  double index;

  if (!js_typed_array_numeric_key (J, key, &index))
    return js_ordinary_get (J, obj, key, receiver);
  if (!is_valid_integer_index (obj, index))
    return JS_UNDEFINED;
  return js_typed_array_get_element (J, obj, (gsize) index);
}

/* 10.4.5.5 [[Set]]: writes through the typed array itself always succeed
 * (an invalid index is ignored); through a receiver further down a
 * prototype chain, only valid indices take the ordinary path. */
static gboolean
ta_set (JsState *J, JsObject *obj, JsValue key, JsValue value, JsValue receiver)
{
  double index;

  if (js_typed_array_numeric_key (J, key, &index))
    {
      if (js_is_object (receiver) && js_get_object (receiver) == obj)
        {
          js_typed_array_set_element (J, obj, index, value);
          return TRUE;
        }
      if (!is_valid_integer_index (obj, index))
        return TRUE;
    }
  return js_ordinary_set (J, obj, key, value, receiver);
}

static gboolean
ta_delete (JsState *J, JsObject *obj, JsValue key)
{
  double index;

  if (js_typed_array_numeric_key (J, key, &index))
    return !is_valid_integer_index (obj, index);
  return js_ordinary_delete (J, obj, key);
}

/* 10.4.5.7 [[OwnPropertyKeys]]: the element indices, then the ordinary keys
 * (which never include an index: defining one goes to the elements). */
static JsValue *
ta_own_property_keys (JsState *J, JsObject *obj, guint flags, guint32 *n_keys)
{
  guint32 n_ordinary;
  g_autofree JsValue *ordinary = js_ordinary_own_property_keys (J, obj, flags, &n_ordinary);
  gsize len = (flags & JS_KEYS_STRINGS) ? js_typed_array_length (obj) : 0;
  JsValue *keys = g_new (JsValue, len + n_ordinary + 1);

  for (gsize i = 0; i < len; i++)
    keys[i] = js_key_from_index (J, (guint32) i);
  memcpy (keys + len, ordinary, n_ordinary * sizeof (JsValue));
  *n_keys = (guint32) (len + n_ordinary);
  return keys;
}

static const JsExoticMethods typed_array_methods = {
  .get_own_property = ta_get_own_property,
  .define_own_property = ta_define_own_property,
  .has_property = ta_has_property,
  .get = ta_get,
  .set = ta_set,
  .delete_property = ta_delete,
  .own_property_keys = ta_own_property_keys,
};

/* ------------------------------------------------------------------------
 * Creation
 * ------------------------------------------------------------------------ */

JsObject *
js_typed_array_new_view (JsState *J, JsTypedArrayKind kind, JsObject *buffer, gsize byte_offset, gsize length,
                         JsObject *proto)
{
  JsObject *ta = js_object_new_class (J, JS_CLASS_TYPED_ARRAY, proto != NULL ? proto : kind_prototype (J, kind));

  ta->u.view.buffer = buffer;
  ta->u.view.byte_offset = byte_offset;
  ta->u.view.length = length;
  ta->u.view.kind = kind;
  return ta;
}

JsObject *
js_array_buffer_view_clone (JsState *J, JsObject *view, JsObject *buffer)
{
  JsObject *proto = view->class_id == JS_CLASS_DATA_VIEW ? JS_INTRINSIC (J, DataViewPrototype)
                                                         : kind_prototype (J, kind_of (view));
  JsObject *copy = js_object_new_class (J, view->class_id, proto);

  copy->u.view = view->u.view;
  copy->u.view.buffer = buffer;
  return copy;
}

static void
check_length (JsState *J, double length)
{
  if (length > MAX_TYPED_ARRAY_LENGTH)
    {
      char number[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (length, number);
      js_throw_range_error (J, "Invalid typed array length: %s", number);
    }
}

JsObject *
js_typed_array_new (JsState *J, JsTypedArrayKind kind, gsize length, JsObject *proto)
{
  JsObject *buffer;

  check_length (J, (double) length);
  buffer = js_array_buffer_new (J, length * element_sizes[kind]);
  return js_typed_array_new_view (J, kind, buffer, 0, length, proto);
}

/* ValidateTypedArray (23.2.4.4) for %TypedArray%.prototype.`method`, with
 * V8's messages (which call a view beyond a shrunk buffer detached). */
static JsObject *
validate_typed_array (JsState *J, JsValue this_value, const char *method)
{
  JsObject *ta;

  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_TYPED_ARRAY)
    js_throw_type_error (J, "this is not a typed array.");
  ta = js_get_object (this_value);
  if (method != NULL && is_out_of_bounds (ta))
    js_throw_type_error (J, "Cannot perform %%TypedArray%%.prototype.%s on a detached ArrayBuffer", method);
  return ta;
}

/* TypedArrayCreateFromConstructor (23.2.4.2) with a length argument list. */
static JsObject *
create_from_constructor (JsState *J, JsValue ctor, int argc, const JsValue *argv, const char *method)
{
  JsValue made;
  JsObject *ta;

  if (js_is_object (ctor))
    for (int kind = 0; kind < JS_N_TYPED_ARRAY_KINDS; kind++)
      if (js_get_object (ctor) == kind_constructor (J, kind) && argc == 1 && js_is_number (argv[0]))
        return js_typed_array_new (J, kind, (gsize) js_get_number (argv[0]), NULL);
  made = js_construct (J, ctor, argc, argv, ctor);
  if (!js_is_object (made) || js_get_object (made)->class_id != JS_CLASS_TYPED_ARRAY)
    {
      char format[96];
      g_snprintf (format, sizeof format, "Method %s called on incompatible receiver %%s", method);
      js_throw_error_with_value (J, JS_TYPE_ERROR, format, made, JS_DESCRIBE_PLAIN);
    }
  ta = js_get_object (made);
  if (is_out_of_bounds (ta))
    js_throw_type_error (J, "Cannot perform Construct on a detached ArrayBuffer");
  if (argc == 1 && js_is_number (argv[0]) && (double) js_typed_array_length (ta) < js_get_number (argv[0]))
    js_throw_type_error (J, "Derived TypedArray constructor created an array which was too small");
  return ta;
}

/* TypedArraySpeciesCreate (23.2.4.1) */
static JsObject *
species_create (JsState *J, JsObject *exemplar, int argc, const JsValue *argv, const char *method)
{
  JsValue default_ctor = js_object_value (kind_constructor (J, kind_of (exemplar)));
  JsValue ctor = js_get (J, js_object_value (exemplar), JS_KEY (J, constructor));
  JsObject *result;

  if (js_is_undefined (ctor))
    ctor = default_ctor;
  else
    {
      if (!js_is_object (ctor))
        js_throw_type_error (J, "object.constructor is not an object");
      ctor = js_get (J, ctor, JS_SYMBOL_KEY (J, species));
      if (js_is_nullish (ctor))
        ctor = default_ctor;
      else if (!js_is_constructor (ctor))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "object.constructor[Symbol.species] is not a constructor", ctor,
                                   JS_DESCRIBE_PLAIN);
    }
  result = create_from_constructor (J, ctor, argc, argv, method);
  if (is_bigint_kind (kind_of (result)) != is_bigint_kind (kind_of (exemplar)))
    js_throw_type_error (J, "Content type of the species constructor's result does not match");
  return result;
}

static JsObject *
species_create_length (JsState *J, JsObject *exemplar, gsize length, const char *method)
{
  JsValue arg = js_number ((double) length);
  return species_create (J, exemplar, 1, &arg, method);
}

/* Copies `count` elements from `src` (starting at src_index) into `target`
 * (at target_index), converting between kinds; both ranges are in bounds.
 * Same-kind copies are a memmove, so overlapping views of one buffer work;
 * other overlaps go through a copy of the source bytes, as the spec's
 * CloneArrayBuffer step does. */
static void
copy_elements (JsState *J, JsObject *target, gsize target_index, JsObject *src, gsize src_index, gsize count)
{
  JsTypedArrayKind tk = kind_of (target), sk = kind_of (src);
  gsize tsize = element_sizes[tk], ssize = element_sizes[sk];
  guint8 *tp = js_typed_array_bytes (target) + target_index * tsize;
  const guint8 *sp = js_typed_array_bytes (src) + src_index * ssize;
  g_autofree guint8 *copy = NULL;

  if (count == 0)
    return;
  if (tk == sk || (tsize == 1 && ssize == 1 && tk != JS_TYPED_ARRAY_UINT8_CLAMPED))
    {
      memmove (tp, sp, count * tsize);
      return;
    }
  if (target->u.view.buffer == src->u.view.buffer)
    sp = copy = g_memdup2 (sp, count * ssize);
  if (is_bigint_kind (tk))
    memmove (tp, sp, count * 8);   /* BigInt64 <-> BigUint64: the same bits */
  else
    for (gsize i = 0; i < count; i++)
      store_number (tk, tp + i * tsize, load_number (sk, sp + i * ssize));
}

/* ------------------------------------------------------------------------
 * The constructors (23.2.5.1)
 * ------------------------------------------------------------------------ */

/* Fills a fresh typed array from a list of values (converting each). */
static void
fill_from_values (JsState *J, JsObject *ta, JsObject *values)
{
  gsize n = js_array_length (values);
  for (gsize k = 0; k < n; k++)
    js_typed_array_set_element (J, ta, (double) k, js_get_index (J, js_object_value (values), (guint32) k));
}

/* InitializeTypedArrayFromArrayBuffer (23.2.5.1.3) */
static void
initialize_from_array_buffer (JsState *J, JsObject *ta, JsTypedArrayKind kind, JsObject *buffer,
                              JsValue byte_offset, JsValue length)
{
  gsize size = element_sizes[kind];
  double offset, new_length = 0, buffer_byte_length;
  char number[JS_NUMBER_BUFFER_SIZE];

  if (!js_to_index (J, byte_offset, &offset))
    {
      js_number_to_cstring (js_to_integer_or_infinity (J, byte_offset), number);
      js_throw_range_error (J, "Start offset %s is outside the bounds of the buffer", number);
    }
  if (fmod (offset, (double) size) != 0)
    js_throw_range_error (J, "start offset of %s should be a multiple of %u", kind_names[kind], (guint) size);
  if (!js_is_undefined (length) && !js_to_index (J, length, &new_length))
    {
      js_number_to_cstring (js_to_integer_or_infinity (J, length), number);
      js_throw_range_error (J, "Invalid typed array length: %s", number);
    }
  buffer_byte_length = (double) buffer->u.buffer.byte_length;
  ta->u.view.buffer = buffer;
  ta->u.view.kind = kind;
  ta->u.view.byte_offset = (gsize) MIN (offset, buffer_byte_length + 1);
  if (js_is_undefined (length) && buffer->u.buffer.resizable)
    {
      if (offset > buffer_byte_length)
        {
          js_number_to_cstring (offset, number);
          js_throw_range_error (J, "Start offset %s is outside the bounds of the buffer", number);
        }
      ta->u.view.length_tracking = TRUE;
      return;
    }
  if (js_is_undefined (length))
    {
      if (fmod (buffer_byte_length, (double) size) != 0)
        js_throw_range_error (J, "byte length of %s should be a multiple of %u", kind_names[kind], (guint) size);
      if (offset > buffer_byte_length)
        {
          js_number_to_cstring (offset, number);
          js_throw_range_error (J, "Start offset %s is outside the bounds of the buffer", number);
        }
      new_length = (buffer_byte_length - offset) / size;
    }
  else if (offset + new_length * size > buffer_byte_length)
    {
      js_number_to_cstring (new_length, number);
      js_throw_range_error (J, "Invalid typed array length: %s", number);
    }
  ta->u.view.length = (gsize) new_length;
}

/* Allocates the buffer of a typed array being constructed. */
static void
allocate_elements (JsState *J, JsObject *ta, JsTypedArrayKind kind, double length)
{
  check_length (J, length);
  ta->u.view.buffer = js_array_buffer_new (J, (gsize) length * element_sizes[kind]);
  ta->u.view.kind = kind;
  ta->u.view.length = (gsize) length;
}

static JsValue
construct_typed_array (JsState *J, JsTypedArrayKind kind, int argc, const JsValue *argv, JsValue new_target)
{
  JsValue first = ARG (0);
  JsObject *ta;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor %s requires 'new'", kind_names[kind]);
  /* AllocateTypedArray: the prototype comes first; the view is filled in below. */
  ta = js_create_from_constructor (J, new_target, JS_CLASS_TYPED_ARRAY, kind_prototype (J, kind));
  ta->u.view.kind = kind;
  if (!js_is_object (first))
    {
      double length;
      if (!js_to_index (J, first, &length))
        {
          char number[JS_NUMBER_BUFFER_SIZE];
          js_number_to_cstring (js_is_number (first) ? js_get_number (first) : js_to_integer_or_infinity (J, first),
                                number);
          js_throw_range_error (J, "Invalid typed array length: %s", number);
        }
      allocate_elements (J, ta, kind, length);
      return js_object_value (ta);
    }

  JsObject *obj = js_get_object (first);
  if (obj->class_id == JS_CLASS_TYPED_ARRAY)
    {
      /* InitializeTypedArrayFromTypedArray */
      gsize n = js_typed_array_length (obj);
      if (is_bigint_kind (kind) != is_bigint_kind (kind_of (obj)))
        js_throw_type_error (J, "Content type mismatch: cannot mix BigInt and other types, use explicit conversions");
      allocate_elements (J, ta, kind, (double) n);
      copy_elements (J, ta, 0, obj, 0, n);
    }
  else if (obj->class_id == JS_CLASS_ARRAY_BUFFER)
    initialize_from_array_buffer (J, ta, kind, obj, ARG (1), ARG (2));
  else
    {
      JsValue using_iterator = js_get (J, first, JS_SYMBOL_KEY (J, iterator));
      if (!js_is_nullish (using_iterator))
        {
          /* InitializeTypedArrayFromList */
          JsObject *values;
          if (!js_is_callable (using_iterator))
            js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not iterable", first, JS_DESCRIBE_PLAIN);
          values = js_iterable_to_array (J, first);
          allocate_elements (J, ta, kind, js_array_length (values));
          fill_from_values (J, ta, values);
        }
      else
        {
          /* InitializeTypedArrayFromArrayLike */
          double len = js_length_of_array_like (J, first);
          allocate_elements (J, ta, kind, len);
          for (gsize k = 0; k < (gsize) len; k++)
            js_typed_array_set_element (J, ta, (double) k, js_get_index (J, first, (guint32) k));
        }
    }
  return js_object_value (ta);
}

#define CONSTRUCTOR_ENTRY(id, name, size) \
  NATIVE (name##_array_constructor) \
  { \
    return construct_typed_array (J, JS_TYPED_ARRAY_##id, argc, argv, new_target); \
  }
JS_TYPED_ARRAY_KINDS (CONSTRUCTOR_ENTRY)
#undef CONSTRUCTOR_ENTRY

static const JsNativeFn constructors[] = {
#define CONSTRUCTOR_FN(id, name, size) name##_array_constructor,
  JS_TYPED_ARRAY_KINDS (CONSTRUCTOR_FN)
#undef CONSTRUCTOR_FN
};

/* 23.2.1.1 %TypedArray%() */
NATIVE (typed_array_abstract_constructor)
{
  js_throw_type_error (J, "Abstract class TypedArray not directly constructable");
}

/* 23.2.2.1 %TypedArray%.from(source [, mapfn [, thisArg]]) */
NATIVE (typed_array_from)
{
  JsValue source = ARG (0), mapfn = ARG (1), this_arg = ARG (2);
  JsValue using_iterator, len_value;
  JsObject *values = NULL, *target;
  double len;

  if (!js_is_constructor (this_value))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a constructor", this_value, JS_DESCRIBE_PLAIN);
  if (!js_is_undefined (mapfn) && !js_is_callable (mapfn))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", mapfn, JS_DESCRIBE_PLAIN);
  using_iterator = js_is_nullish (source) ? JS_UNDEFINED : js_get (J, source, JS_SYMBOL_KEY (J, iterator));
  if (!js_is_nullish (using_iterator))
    {
      if (!js_is_callable (using_iterator))
        js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not iterable", source, JS_DESCRIBE_PLAIN);
      values = js_iterable_to_array (J, source);
      len = js_array_length (values);
    }
  else
    {
      source = js_object_value (js_to_object (J, source));
      len = js_length_of_array_like (J, source);
    }
  len_value = js_number (len);
  target = create_from_constructor (J, this_value, 1, &len_value, "%TypedArray%.from");
  for (gsize k = 0; k < (gsize) len; k++)
    {
      JsValue v = values != NULL ? js_get_index (J, js_object_value (values), (guint32) k)
                                 : js_get_index (J, source, (guint32) k);
      if (!js_is_undefined (mapfn))
        {
          JsValue args[2] = { v, js_number ((double) k) };
          v = js_call (J, mapfn, this_arg, 2, args);
        }
      js_set_index (J, js_object_value (target), (guint32) k, v);
    }
  return js_object_value (target);
}

/* 23.2.2.2 %TypedArray%.of(...items) */
NATIVE (typed_array_of)
{
  JsValue len = js_number (argc);
  JsObject *target;

  if (!js_is_constructor (this_value))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a constructor", this_value, JS_DESCRIBE_PLAIN);
  target = create_from_constructor (J, this_value, 1, &len, "%TypedArray%.of");
  for (int k = 0; k < argc; k++)
    js_set_index (J, js_object_value (target), (guint32) k, argv[k]);
  return js_object_value (target);
}

/* ------------------------------------------------------------------------
 * Accessors (23.2.3)
 * ------------------------------------------------------------------------ */

static JsObject *
getter_receiver (JsState *J, JsValue this_value, const char *name)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_TYPED_ARRAY)
    {
      char format[96];
      g_snprintf (format, sizeof format, "Method get TypedArray.prototype.%s called on incompatible receiver %%s", name);
      js_throw_error_with_value (J, JS_TYPE_ERROR, format, this_value, JS_DESCRIBE_PLAIN);
    }
  return js_get_object (this_value);
}

NATIVE (typed_array_proto_buffer)
{
  return js_object_value (getter_receiver (J, this_value, "buffer")->u.view.buffer);
}

NATIVE (typed_array_proto_byte_length)
{
  JsObject *ta = getter_receiver (J, this_value, "byteLength");
  return js_number ((double) (js_typed_array_length (ta) * element_sizes[ta->u.view.kind]));
}

NATIVE (typed_array_proto_byte_offset)
{
  JsObject *ta = getter_receiver (J, this_value, "byteOffset");
  return js_number (is_out_of_bounds (ta) ? 0 : (double) ta->u.view.byte_offset);
}

NATIVE (typed_array_proto_length)
{
  return js_number ((double) js_typed_array_length (getter_receiver (J, this_value, "length")));
}

NATIVE (typed_array_proto_to_string_tag)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_TYPED_ARRAY)
    return JS_UNDEFINED;
  return js_string_value (js_string_new_utf8 (J, kind_names[kind_of (js_get_object (this_value))], -1));
}

/* ------------------------------------------------------------------------
 * Iteration with callbacks
 * ------------------------------------------------------------------------ */

static JsValue
callable_arg (JsState *J, JsValue fn)
{
  if (!js_is_callable (fn))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", fn, JS_DESCRIBE_PLAIN);
  return fn;
}

/* Calls fn(element, index, ta) with this_arg. */
static JsValue
call_element_callback (JsState *J, JsValue fn, JsValue this_arg, JsObject *ta, JsValue element, gsize index)
{
  JsValue args[3] = { element, js_number ((double) index), js_object_value (ta) };
  return js_call (J, fn, this_arg, 3, args);
}

typedef enum { TEST_EVERY, TEST_SOME, TEST_FIND, TEST_FIND_INDEX, TEST_FIND_LAST, TEST_FIND_LAST_INDEX } TestKind;

static JsValue
test_elements (JsState *J, JsValue this_value, int argc, const JsValue *argv, TestKind kind, const char *method)
{
  JsObject *ta = validate_typed_array (J, this_value, method);
  gsize len = js_typed_array_length (ta);
  JsValue fn = callable_arg (J, ARG (0));
  gboolean backwards = kind == TEST_FIND_LAST || kind == TEST_FIND_LAST_INDEX;

  for (gsize n = 0; n < len; n++)
    {
      gsize k = backwards ? len - 1 - n : n;
      JsValue element = element_at (J, ta, k);
      gboolean result = js_to_boolean (call_element_callback (J, fn, ARG (1), ta, element, k));
      switch (kind)
        {
        case TEST_EVERY:
          if (!result)
            return JS_FALSE;
          break;
        case TEST_SOME:
          if (result)
            return JS_TRUE;
          break;
        case TEST_FIND:
        case TEST_FIND_LAST:
          if (result)
            return element;
          break;
        case TEST_FIND_INDEX:
        case TEST_FIND_LAST_INDEX:
          if (result)
            return js_number ((double) k);
          break;
        }
    }
  switch (kind)
    {
    case TEST_EVERY: return JS_TRUE;
    case TEST_SOME: return JS_FALSE;
    case TEST_FIND:
    case TEST_FIND_LAST: return JS_UNDEFINED;
    default: return js_number (-1);
    }
}

NATIVE (typed_array_proto_every) { return test_elements (J, this_value, argc, argv, TEST_EVERY, "every"); }
NATIVE (typed_array_proto_some) { return test_elements (J, this_value, argc, argv, TEST_SOME, "some"); }
NATIVE (typed_array_proto_find) { return test_elements (J, this_value, argc, argv, TEST_FIND, "find"); }
NATIVE (typed_array_proto_find_index) { return test_elements (J, this_value, argc, argv, TEST_FIND_INDEX, "findIndex"); }
NATIVE (typed_array_proto_find_last) { return test_elements (J, this_value, argc, argv, TEST_FIND_LAST, "findLast"); }
NATIVE (typed_array_proto_find_last_index) { return test_elements (J, this_value, argc, argv, TEST_FIND_LAST_INDEX, "findLastIndex"); }

NATIVE (typed_array_proto_for_each)
{
  JsObject *ta = validate_typed_array (J, this_value, "forEach");
  gsize len = js_typed_array_length (ta);
  JsValue fn = callable_arg (J, ARG (0));

  for (gsize k = 0; k < len; k++)
    call_element_callback (J, fn, ARG (1), ta, element_at (J, ta, k), k);
  return JS_UNDEFINED;
}

NATIVE (typed_array_proto_map)
{
  JsObject *ta = validate_typed_array (J, this_value, "map");
  gsize len = js_typed_array_length (ta);
  JsValue fn = callable_arg (J, ARG (0));
  JsObject *a = species_create_length (J, ta, len, "%TypedArray%.prototype.map");

  for (gsize k = 0; k < len; k++)
    {
      JsValue mapped = call_element_callback (J, fn, ARG (1), ta, element_at (J, ta, k), k);
      js_set_index (J, js_object_value (a), (guint32) k, mapped);
    }
  return js_object_value (a);
}

NATIVE (typed_array_proto_filter)
{
  JsObject *ta = validate_typed_array (J, this_value, "filter");
  gsize len = js_typed_array_length (ta);
  JsValue fn = callable_arg (J, ARG (0));
  JsObject *kept = js_array_new (J, 0);
  JsObject *a;

  for (gsize k = 0; k < len; k++)
    {
      JsValue element = element_at (J, ta, k);
      if (js_to_boolean (call_element_callback (J, fn, ARG (1), ta, element, k)))
        js_array_push (J, kept, element);
    }
  a = species_create_length (J, ta, js_array_length (kept), "%TypedArray%.prototype.filter");
  for (guint32 n = 0; n < js_array_length (kept); n++)
    js_set_index (J, js_object_value (a), n, js_get_index (J, js_object_value (kept), n));
  return js_object_value (a);
}

static JsValue
reduce (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean right)
{
  JsObject *ta = validate_typed_array (J, this_value, right ? "reduceRight" : "reduce");
  gsize len = js_typed_array_length (ta);
  JsValue fn = callable_arg (J, ARG (0));
  JsValue accumulator;
  gsize n = 0;

  if (argc >= 2)
    accumulator = argv[1];
  else
    {
      if (len == 0)
        js_throw_type_error (J, "Reduce of empty array with no initial value");
      accumulator = element_at (J, ta, right ? len - 1 : 0);
      n = 1;
    }
  for (; n < len; n++)
    {
      gsize k = right ? len - 1 - n : n;
      JsValue args[4] = { accumulator, element_at (J, ta, k), js_number ((double) k), js_object_value (ta) };
      accumulator = js_call (J, fn, JS_UNDEFINED, 4, args);
    }
  return accumulator;
}

NATIVE (typed_array_proto_reduce) { return reduce (J, this_value, argc, argv, FALSE); }
NATIVE (typed_array_proto_reduce_right) { return reduce (J, this_value, argc, argv, TRUE); }

/* ------------------------------------------------------------------------
 * Searching
 * ------------------------------------------------------------------------ */

typedef enum { SEARCH_INDEX_OF, SEARCH_LAST_INDEX_OF, SEARCH_INCLUDES } SearchKind;

static JsValue
search (JsState *J, JsValue this_value, int argc, const JsValue *argv, SearchKind kind)
{
  JsObject *ta = validate_typed_array (J, this_value, kind == SEARCH_INDEX_OF ? "indexOf"
                                                      : kind == SEARCH_LAST_INDEX_OF ? "lastIndexOf" : "includes");
  double len = (double) js_typed_array_length (ta);
  JsValue target = ARG (0);
  double k;

  if (len == 0)
    return kind == SEARCH_INCLUDES ? JS_FALSE : js_number (-1);
  if (kind == SEARCH_LAST_INDEX_OF)
    {
      double n = argc > 1 ? js_to_integer_or_infinity (J, argv[1]) : len - 1;
      if (n == -INFINITY)
        return js_number (-1);
      for (k = n >= 0 ? MIN (n, len - 1) : len + n; k >= 0; k--)
        {
          JsValue element = element_at (J, ta, (gsize) k);
          if (!js_is_undefined (element) && js_strict_equals (element, target))
            return js_number (k);
        }
      return js_number (-1);
    }
  k = js_to_relative_index (J, ARG (1), len, 0);
  for (; k < len; k++)
    {
      /* The buffer may have shrunk in fromIndex's valueOf: includes then
       * finds undefined, indexOf skips the missing elements. */
      JsValue element = element_at (J, ta, (gsize) k);
      if (kind == SEARCH_INCLUDES)
        {
          if (js_same_value_zero (element, target))
            return JS_TRUE;
        }
      else if (!js_is_undefined (element) && js_strict_equals (element, target))
        return js_number (k);
    }
  return kind == SEARCH_INCLUDES ? JS_FALSE : js_number (-1);
}

NATIVE (typed_array_proto_index_of) { return search (J, this_value, argc, argv, SEARCH_INDEX_OF); }
NATIVE (typed_array_proto_last_index_of) { return search (J, this_value, argc, argv, SEARCH_LAST_INDEX_OF); }
NATIVE (typed_array_proto_includes) { return search (J, this_value, argc, argv, SEARCH_INCLUDES); }

NATIVE (typed_array_proto_at)
{
  JsObject *ta = validate_typed_array (J, this_value, "at");
  double len = (double) js_typed_array_length (ta);
  double relative = js_to_integer_or_infinity (J, ARG (0));
  double k = relative >= 0 ? relative : len + relative;

  if (k < 0 || k >= len)
    return JS_UNDEFINED;
  return element_at (J, ta, (gsize) k);
}

/* ------------------------------------------------------------------------
 * Joining
 * ------------------------------------------------------------------------ */

NATIVE (typed_array_proto_join)
{
  JsObject *ta = validate_typed_array (J, this_value, "join");
  gsize len = js_typed_array_length (ta);
  JsString *separator = js_is_undefined (ARG (0)) ? js_string_from_char_code (J, ',') : js_to_string (J, ARG (0));
  JsStringBuilder *b = js_string_builder_new (J);

  for (gsize k = 0; k < len; k++)
    {
      JsValue element = element_at (J, ta, k);
      if (k > 0)
        js_string_builder_append (J, b, separator);
      if (!js_is_undefined (element))
        js_string_builder_append (J, b, js_to_string (J, element));
    }
  return js_string_value (js_string_builder_finish (J, b));
}

NATIVE (typed_array_proto_to_locale_string)
{
  JsObject *ta = validate_typed_array (J, this_value, "toLocaleString");
  gsize len = js_typed_array_length (ta);
  JsStringBuilder *b = js_string_builder_new (J);

  for (gsize k = 0; k < len; k++)
    {
      JsValue element = element_at (J, ta, k);
      if (k > 0)
        js_string_builder_append_unit (J, b, ',');
      if (!js_is_nullish (element))
        js_string_builder_append (J, b, js_to_string (J, js_invoke (J, element, JS_KEY (J, toLocaleString), argc, argv)));
    }
  return js_string_value (js_string_builder_finish (J, b));
}

/* ------------------------------------------------------------------------
 * Changing elements
 * ------------------------------------------------------------------------ */

NATIVE (typed_array_proto_fill)
{
  JsObject *ta = validate_typed_array (J, this_value, "fill");
  double len = (double) js_typed_array_length (ta);
  Converted c;
  double k, final;
  gsize size = element_sizes[ta->u.view.kind];

  convert_value (J, kind_of (ta), ARG (0), &c);
  k = js_to_relative_index (J, ARG (1), len, 0);
  final = js_to_relative_index (J, ARG (2), len, len);
  /* The conversions above may have shrunk the buffer. */
  final = MIN (final, (double) js_typed_array_length (ta));
  for (; k < final; k++)
    store_converted (kind_of (ta), js_typed_array_bytes (ta) + (gsize) k * size, &c);
  return this_value;
}

NATIVE (typed_array_proto_copy_within)
{
  JsObject *ta = validate_typed_array (J, this_value, "copyWithin");
  double len = (double) js_typed_array_length (ta);
  double to = js_to_relative_index (J, ARG (0), len, 0);
  double from = js_to_relative_index (J, ARG (1), len, 0);
  double final = js_to_relative_index (J, ARG (2), len, len);
  double count = MIN (final - from, len - to);
  gsize size = element_sizes[ta->u.view.kind];

  if (count > 0)
    {
      double now = (double) js_typed_array_length (ta);
      if (now == 0 && len > 0)
        js_throw_type_error (J, "Cannot perform %%TypedArray%%.prototype.copyWithin on a detached ArrayBuffer");
      count = MIN (count, MIN (now - from, now - to));
      if (count > 0)
        memmove (js_typed_array_bytes (ta) + (gsize) to * size, js_typed_array_bytes (ta) + (gsize) from * size,
                 (gsize) count * size);
    }
  return this_value;
}

static void
reverse_bytes_in_place (JsObject *ta, gsize len)
{
  gsize size = element_sizes[ta->u.view.kind];
  guint8 *data = js_typed_array_bytes (ta);
  guint8 tmp[8];

  for (gsize lower = 0; len > 0 && lower < len / 2; lower++)
    {
      guint8 *a = data + lower * size, *b = data + (len - 1 - lower) * size;
      memcpy (tmp, a, size);
      memcpy (a, b, size);
      memcpy (b, tmp, size);
    }
}

NATIVE (typed_array_proto_reverse)
{
  JsObject *ta = validate_typed_array (J, this_value, "reverse");
  reverse_bytes_in_place (ta, js_typed_array_length (ta));
  return this_value;
}

/* 23.2.3.26 set(source [, offset]) */
NATIVE (typed_array_proto_set)
{
  JsObject *target = validate_typed_array (J, this_value, "set");
  JsValue source = ARG (0);
  double offset = js_to_integer_or_infinity (J, ARG (1));
  double target_length;

  if (offset < 0)
    js_throw_range_error (J, "offset is out of bounds");
  target_length = (double) js_typed_array_length (target);
  if (js_is_object (source) && js_get_object (source)->class_id == JS_CLASS_TYPED_ARRAY)
    {
      /* SetTypedArrayFromTypedArray */
      JsObject *src = js_get_object (source);
      double src_length = (double) js_typed_array_length (src);
      if (is_bigint_kind (kind_of (target)) != is_bigint_kind (kind_of (src)))
        js_throw_type_error (J, "Content type mismatch: cannot mix BigInt and other types, use explicit conversions");
      if (src_length + offset > target_length)
        js_throw_range_error (J, "offset is out of bounds");
      copy_elements (J, target, (gsize) offset, src, 0, (gsize) src_length);
      return JS_UNDEFINED;
    }
  /* SetTypedArrayFromArrayLike */
  {
    JsValue src = js_object_value (js_to_object (J, source));
    double src_length = js_length_of_array_like (J, src);
    if (src_length + offset > target_length)
      js_throw_range_error (J, "offset is out of bounds");
    for (gsize k = 0; k < (gsize) src_length; k++)
      js_typed_array_set_element (J, target, offset + (double) k, js_get_index (J, src, (guint32) k));
  }
  return JS_UNDEFINED;
}

NATIVE (typed_array_proto_slice)
{
  JsObject *ta = validate_typed_array (J, this_value, "slice");
  double len = (double) js_typed_array_length (ta);
  double k = js_to_relative_index (J, ARG (0), len, 0);
  double final = js_to_relative_index (J, ARG (1), len, len);
  gsize count = (gsize) MAX (final - k, 0);
  JsObject *a = species_create_length (J, ta, count, "%TypedArray%.prototype.slice");

  if (count > 0)
    {
      double now = (double) js_typed_array_length (ta);
      final = MIN (final, now);
      count = (gsize) MAX (final - k, 0);
      if (kind_of (a) == kind_of (ta))
        copy_elements (J, a, 0, ta, (gsize) k, MIN (count, js_typed_array_length (a)));
      else
        for (gsize n = 0; n < count; n++)
          js_set_index (J, js_object_value (a), (guint32) n, element_at (J, ta, (gsize) k + n));
    }
  return js_object_value (a);
}

/* 23.2.3.30 subarray(start, end): a new view on the same buffer. */
NATIVE (typed_array_proto_subarray)
{
  /* No bounds check: a view of a shrunk buffer still has a subarray. */
  JsObject *o = validate_typed_array (J, this_value, NULL);
  double src_length = (double) js_typed_array_length (o);
  double begin = js_to_relative_index (J, ARG (0), src_length, 0);
  gsize size = element_sizes[o->u.view.kind];
  JsValue args[3];
  int n_args = 3;

  args[0] = js_object_value (o->u.view.buffer);
  args[1] = js_number ((double) o->u.view.byte_offset + begin * size);
  if (o->u.view.length_tracking && js_is_undefined (ARG (1)))
    n_args = 2;
  else
    {
      double final = js_to_relative_index (J, ARG (1), src_length, src_length);
      args[2] = js_number (MAX (final - begin, 0));
    }
  return js_object_value (species_create (J, o, n_args, args, "%TypedArray%.prototype.subarray"));
}

/* ------------------------------------------------------------------------
 * Sorting
 * ------------------------------------------------------------------------ */

typedef struct {
  JsState *J;
  JsValue  comparefn;
} SortContext;

/* The numeric order of 23.2.4.7 CompareTypedArrayElements without a
 * comparator: -0 before +0, NaN last. */
static int
compare_default (JsValue x, JsValue y)
{
  double a = js_get_number (x), b = js_get_number (y);
  if (isnan (a))
    return isnan (b) ? 0 : 1;
  if (isnan (b))
    return -1;
  if (a < b)
    return -1;
  if (a > b)
    return 1;
  if (a == 0 && b == 0)
    return signbit (a) && !signbit (b) ? -1 : (!signbit (a) && signbit (b) ? 1 : 0);
  return 0;
}

static int
compare_elements (SortContext *ctx, JsValue x, JsValue y)
{
  if (js_is_undefined (ctx->comparefn))
    {
      if (!js_is_number (x))
        return js_bigint_compare (x, y);
      return compare_default (x, y);
    }
  JsValue args[2] = { x, y };
  double v = js_to_number (ctx->J, js_call (ctx->J, ctx->comparefn, JS_UNDEFINED, 2, args));
  return isnan (v) ? 0 : (v < 0 ? -1 : (v > 0 ? 1 : 0));
}

/* A stable merge sort (the comparator may be inconsistent; merge sort
 * still terminates and stays in bounds). */
static void
merge_sort (SortContext *ctx, JsValue *items, JsValue *scratch, gsize n)
{
  gsize mid, i, j, k;

  if (n < 2)
    return;
  mid = n / 2;
  merge_sort (ctx, items, scratch, mid);
  merge_sort (ctx, items + mid, scratch, n - mid);
  memcpy (scratch, items, mid * sizeof (JsValue));
  i = 0, j = mid, k = 0;
  while (i < mid && j < n)
    items[k++] = compare_elements (ctx, items[j], scratch[i]) < 0 ? items[j++] : scratch[i++];
  while (i < mid)
    items[k++] = scratch[i++];
}

/* SortIndexedProperties over the elements: an array of the sorted values.
 * The values live in a GC array so that a throwing comparator leaks nothing. */
static JsObject *
sorted_elements (JsState *J, JsObject *ta, JsValue comparefn)
{
  gsize len = js_typed_array_length (ta);
  JsObject *items = js_array_new (J, (guint32) len);
  JsObject *scratch = js_array_new (J, (guint32) (len / 2 + 1));
  SortContext ctx = { J, comparefn };

  for (gsize k = 0; k < len; k++)
    js_array_push (J, items, js_typed_array_get_element (J, ta, k));
  for (gsize k = 0; k < len / 2 + 1; k++)
    js_array_push (J, scratch, JS_UNDEFINED);
  merge_sort (&ctx, items->u.array.elements, scratch->u.array.elements, len);
  return items;
}

static JsValue
comparefn_arg (JsState *J, JsValue comparefn)
{
  if (!js_is_undefined (comparefn) && !js_is_callable (comparefn))
    js_throw_type_error (J, "The comparison function must be either a function or undefined");
  return comparefn;
}

static void
write_sorted (JsState *J, JsObject *ta, JsObject *items)
{
  gsize n = MIN ((gsize) js_array_length (items), js_typed_array_length (ta));
  for (gsize k = 0; k < n; k++)
    js_typed_array_set_element (J, ta, (double) k, items->u.array.elements[k]);
}

NATIVE (typed_array_proto_sort)
{
  JsValue comparefn = comparefn_arg (J, ARG (0));
  JsObject *ta = validate_typed_array (J, this_value, "sort");

  write_sorted (J, ta, sorted_elements (J, ta, comparefn));
  return this_value;
}

/* TypedArrayCreateSameType with a length: no species. */
static JsObject *
create_same_type (JsState *J, JsObject *exemplar, gsize length)
{
  return js_typed_array_new (J, kind_of (exemplar), length, NULL);
}

NATIVE (typed_array_proto_to_sorted)
{
  JsValue comparefn = comparefn_arg (J, ARG (0));
  JsObject *ta = validate_typed_array (J, this_value, "toSorted");
  JsObject *a = create_same_type (J, ta, js_typed_array_length (ta));

  write_sorted (J, a, sorted_elements (J, ta, comparefn));
  return js_object_value (a);
}

NATIVE (typed_array_proto_to_reversed)
{
  JsObject *ta = validate_typed_array (J, this_value, "toReversed");
  gsize len = js_typed_array_length (ta);
  JsObject *a = create_same_type (J, ta, len);

  copy_elements (J, a, 0, ta, 0, len);
  reverse_bytes_in_place (a, len);
  return js_object_value (a);
}

/* 23.2.3.36 with(index, value) */
NATIVE (typed_array_proto_with)
{
  JsObject *ta = validate_typed_array (J, this_value, "with");
  double len = (double) js_typed_array_length (ta);
  double relative = js_to_integer_or_infinity (J, ARG (0));
  double actual = relative >= 0 ? relative : len + relative;
  JsValue value = ARG (1);
  JsObject *a;

  if (is_bigint_kind (kind_of (ta)))
    value = js_to_bigint (J, value);
  else
    value = js_number (js_to_number (J, value));
  if (!(actual >= 0 && actual < (double) js_typed_array_length (ta)))
    js_throw_range_error (J, "Invalid typed array index");
  a = create_same_type (J, ta, (gsize) len);
  copy_elements (J, a, 0, ta, 0, (gsize) len);
  js_typed_array_set_element (J, a, actual, value);
  return js_object_value (a);
}

/* ------------------------------------------------------------------------
 * Iterators
 * ------------------------------------------------------------------------ */

NATIVE (typed_array_proto_entries)
{
  return js_object_value (js_array_iterator_new (J, js_object_value (validate_typed_array (J, this_value, "entries")),
                                                 JS_ITER_ARRAY_ENTRIES));
}

NATIVE (typed_array_proto_keys)
{
  return js_object_value (js_array_iterator_new (J, js_object_value (validate_typed_array (J, this_value, "keys")),
                                                 JS_ITER_ARRAY_KEYS));
}

NATIVE (typed_array_proto_values)
{
  return js_object_value (js_array_iterator_new (J, js_object_value (validate_typed_array (J, this_value, "values")),
                                                 JS_ITER_ARRAY_VALUES));
}

/* ------------------------------------------------------------------------
 * Initialisation
 * ------------------------------------------------------------------------ */

static const struct { const char *name; JsNativeFn fn; int length; } prototype_methods[] = {
  { "at", typed_array_proto_at, 1 },
  { "copyWithin", typed_array_proto_copy_within, 2 },
  { "every", typed_array_proto_every, 1 },
  { "fill", typed_array_proto_fill, 1 },
  { "filter", typed_array_proto_filter, 1 },
  { "find", typed_array_proto_find, 1 },
  { "findIndex", typed_array_proto_find_index, 1 },
  { "findLast", typed_array_proto_find_last, 1 },
  { "findLastIndex", typed_array_proto_find_last_index, 1 },
  { "forEach", typed_array_proto_for_each, 1 },
  { "includes", typed_array_proto_includes, 1 },
  { "indexOf", typed_array_proto_index_of, 1 },
  { "join", typed_array_proto_join, 1 },
  { "lastIndexOf", typed_array_proto_last_index_of, 1 },
  { "map", typed_array_proto_map, 1 },
  { "reverse", typed_array_proto_reverse, 0 },
  { "reduce", typed_array_proto_reduce, 1 },
  { "reduceRight", typed_array_proto_reduce_right, 1 },
  { "set", typed_array_proto_set, 1 },
  { "slice", typed_array_proto_slice, 2 },
  { "some", typed_array_proto_some, 1 },
  { "sort", typed_array_proto_sort, 1 },
  { "subarray", typed_array_proto_subarray, 2 },
  { "toLocaleString", typed_array_proto_to_locale_string, 0 },
  { "toReversed", typed_array_proto_to_reversed, 0 },
  { "toSorted", typed_array_proto_to_sorted, 1 },
  { "with", typed_array_proto_with, 2 },
};

static void
define_bytes_per_element (JsState *J, JsObject *obj, JsTypedArrayKind kind)
{
  js_define_value_utf8 (J, obj, "BYTES_PER_ELEMENT", js_number (element_sizes[kind]), 0);
}

void
js_builtin_typedarray_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "TypedArray", 0, typed_array_abstract_constructor, proto);
  JsObject *values;
  JsObject *tag_getter;

  js_object_register_exotic (J, JS_CLASS_TYPED_ARRAY, &typed_array_methods);
  JS_INTRINSIC (J, TypedArrayPrototype) = proto;
  JS_INTRINSIC (J, TypedArray) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_method (J, ctor, "from", typed_array_from, 1);
  js_define_method (J, ctor, "of", typed_array_of, 0);
  js_define_species_getter (J, ctor);

  js_define_getter (J, proto, "buffer", typed_array_proto_buffer);
  js_define_getter (J, proto, "byteLength", typed_array_proto_byte_length);
  js_define_getter (J, proto, "byteOffset", typed_array_proto_byte_offset);
  js_define_getter (J, proto, "length", typed_array_proto_length);
  js_define_method (J, proto, "entries", typed_array_proto_entries, 0);
  js_define_method (J, proto, "keys", typed_array_proto_keys, 0);
  values = js_define_method (J, proto, "values", typed_array_proto_values, 0);
  for (guint i = 0; i < G_N_ELEMENTS (prototype_methods); i++)
    js_define_method (J, proto, prototype_methods[i].name, prototype_methods[i].fn, prototype_methods[i].length);
  /* 23.2.3.32: the same function object as Array.prototype.toString. */
  js_define_value (J, proto, JS_KEY (J, toString),
                   js_get (J, js_object_value (JS_INTRINSIC (J, ArrayPrototype)), JS_KEY (J, toString)),
                   JS_PROP_HIDDEN);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, iterator), js_object_value (values), JS_PROP_HIDDEN);
  tag_getter = js_native_function_new (J, "get [Symbol.toStringTag]", 0, typed_array_proto_to_string_tag, 0);
  js_define_accessor (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_object_value (tag_getter), JS_UNDEFINED,
                      JS_PROP_CONFIGURABLE);

  for (int kind = 0; kind < JS_N_TYPED_ARRAY_KINDS; kind++)
    {
      JsObject *kproto, *kctor;
      kproto = js_object_new (J, proto);
      kctor = js_native_constructor_new (J, kind_names[kind], 3, constructors[kind], kproto);
      js_object_set_prototype_of (J, kctor, ctor);
      J->intrinsics[JS_INTRINSIC_Int8ArrayPrototype + kind] = kproto;
      J->intrinsics[JS_INTRINSIC_Int8Array + kind] = kctor;
      js_define_value (J, kproto, JS_KEY (J, constructor), js_object_value (kctor), JS_PROP_HIDDEN);
      define_bytes_per_element (J, kctor, kind);
      define_bytes_per_element (J, kproto, kind);
      js_define_value_utf8 (J, J->global, kind_names[kind], js_object_value (kctor), JS_PROP_HIDDEN);
    }
}
