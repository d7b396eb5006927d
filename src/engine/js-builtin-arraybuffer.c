/* js-builtin-arraybuffer.c: ArrayBuffer (ECMAScript 25.1), fixed-length and
 * resizable.
 *
 * The bytes are one g_malloc'd block owned by the object and accounted to
 * the heap.  A resizable buffer allocates its maximum up front, so views can
 * keep pointers into it across resize().  Node 20 has no transfer(), so a
 * buffer is never detached by scripts; the flag exists for the views' checks.
 */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* 2^53 - 1: ToIndex's upper bound. */
#define MAX_SAFE_INTEGER 9007199254740991.0

gboolean
js_to_index (JsState *J, JsValue value, double *index)
{
  double integer;

  if (js_is_undefined (value))
    {
      *index = 0;
      return TRUE;
    }
  integer = js_to_integer_or_infinity (J, value);
  *index = integer == 0 ? 0 : integer;   /* no -0 */
  return integer >= 0 && integer <= MAX_SAFE_INTEGER;
}

/* Allocates the block for `max_byte_length` bytes, zeroed, or throws V8's
 * RangeError when the engine's heap could never hold it. */
static guint8 *
allocate_bytes (JsState *J, gsize max_byte_length)
{
  guint8 *data;

  if (max_byte_length > J->options.max_heap_bytes)
    js_throw_range_error (J, "Array buffer allocation failed");
  /* Even an empty buffer gets a block: views compute `data + offset` and
   * hand it to memcpy, both undefined behaviour on NULL. */
  data = g_try_malloc0 (MAX (max_byte_length, 1));
  if (data == NULL)
    js_throw_range_error (J, "Array buffer allocation failed");
  return data;
}

static JsObject *
allocate_array_buffer (JsState *J, JsObject *proto, gsize byte_length, gsize max_byte_length, gboolean resizable)
{
  guint8 *data = allocate_bytes (J, max_byte_length);
  JsObject *buffer = js_object_new_class (J, JS_CLASS_ARRAY_BUFFER, proto);

  buffer->u.buffer.data = data;
  buffer->u.buffer.byte_length = byte_length;
  buffer->u.buffer.max_byte_length = max_byte_length;
  buffer->u.buffer.resizable = resizable;
  /* The object owns the block now: accounting may throw, the sweep frees it. */
  js_gc_account (J, (gssize) max_byte_length);
  return buffer;
}

JsObject *
js_array_buffer_new (JsState *J, gsize byte_length)
{
  return allocate_array_buffer (J, JS_INTRINSIC (J, ArrayBufferPrototype), byte_length, byte_length, FALSE);
}

void
js_array_buffer_finalize (JsState *J, JsObject *buffer)
{
  if (buffer->u.buffer.data != NULL)
    {
      js_gc_account (J, -(gssize) buffer->u.buffer.max_byte_length);
      g_free (buffer->u.buffer.data);
      buffer->u.buffer.data = NULL;
    }
}

static JsObject *
this_array_buffer (JsState *J, JsValue this_value, const char *method)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_ARRAY_BUFFER)
    {
      char format[128];
      g_snprintf (format, sizeof format, "Method %s called on incompatible receiver %%s", method);
      js_throw_error_with_value (J, JS_TYPE_ERROR, format, this_value, JS_DESCRIBE_PLAIN);
    }
  return js_get_object (this_value);
}

/* 25.1.4.1 ArrayBuffer(length [, options]) */
NATIVE (array_buffer_constructor)
{
  double byte_length, max_byte_length;
  gboolean resizable = FALSE;
  JsObject *proto;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor ArrayBuffer requires 'new'");
  if (!js_to_index (J, ARG (0), &byte_length))
    js_throw_range_error (J, "Invalid array buffer length");
  max_byte_length = byte_length;
  /* GetArrayBufferMaxByteLengthOption */
  if (js_is_object (ARG (1)))
    {
      JsValue max = js_get_utf8 (J, ARG (1), "maxByteLength");
      if (!js_is_undefined (max))
        {
          if (!js_to_index (J, max, &max_byte_length))
            js_throw_range_error (J, "Invalid array buffer max length");
          if (byte_length > max_byte_length)
            js_throw_range_error (J, "Invalid array buffer max length");
          resizable = TRUE;
        }
    }
  proto = js_create_from_constructor (J, new_target, JS_CLASS_OBJECT, JS_INTRINSIC (J, ArrayBufferPrototype))->proto;
  return js_object_value (allocate_array_buffer (J, proto, (gsize) byte_length, (gsize) max_byte_length, resizable));
}

/* 25.1.5.1 ArrayBuffer.isView(arg) */
NATIVE (array_buffer_is_view)
{
  JsValue arg = ARG (0);
  return js_boolean (js_is_object (arg) && (js_get_object (arg)->class_id == JS_CLASS_TYPED_ARRAY ||
                                            js_get_object (arg)->class_id == JS_CLASS_DATA_VIEW));
}

NATIVE (array_buffer_proto_byte_length)
{
  JsObject *buffer = this_array_buffer (J, this_value, "get ArrayBuffer.prototype.byteLength");
  return js_number (buffer->u.buffer.detached ? 0 : (double) buffer->u.buffer.byte_length);
}

NATIVE (array_buffer_proto_max_byte_length)
{
  JsObject *buffer = this_array_buffer (J, this_value, "get ArrayBuffer.prototype.maxByteLength");
  return js_number (buffer->u.buffer.detached ? 0 : (double) buffer->u.buffer.max_byte_length);
}

NATIVE (array_buffer_proto_resizable)
{
  return js_boolean (this_array_buffer (J, this_value, "get ArrayBuffer.prototype.resizable")->u.buffer.resizable);
}

/* 25.1.6.6 ArrayBuffer.prototype.resize(newLength) */
NATIVE (array_buffer_proto_resize)
{
  JsObject *buffer = this_array_buffer (J, this_value, "ArrayBuffer.prototype.resize");
  double new_length;

  if (!buffer->u.buffer.resizable)
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Method ArrayBuffer.prototype.resize called on incompatible receiver %s",
                               this_value, JS_DESCRIBE_PLAIN);
  if (!js_to_index (J, ARG (0), &new_length) || new_length > buffer->u.buffer.max_byte_length)
    js_throw_range_error (J, "ArrayBuffer.prototype.resize: Invalid length parameter");
  /* Bytes beyond the new length read as zero when it grows again. */
  if ((gsize) new_length < buffer->u.buffer.byte_length)
    memset (buffer->u.buffer.data + (gsize) new_length, 0, buffer->u.buffer.byte_length - (gsize) new_length);
  buffer->u.buffer.byte_length = (gsize) new_length;
  return JS_UNDEFINED;
}

/* 25.1.6.7 ArrayBuffer.prototype.slice(start, end) */
NATIVE (array_buffer_proto_slice)
{
  JsObject *buffer = this_array_buffer (J, this_value, "ArrayBuffer.prototype.slice");
  double length = (double) buffer->u.buffer.byte_length;
  double first = js_to_relative_index (J, ARG (0), length, 0);
  double final = js_to_relative_index (J, ARG (1), length, length);
  gsize new_length = (gsize) MAX (final - first, 0);
  JsValue ctor = js_get (J, this_value, JS_KEY (J, constructor));
  JsObject *result;

  /* SpeciesConstructor(O, %ArrayBuffer%) */
  if (!js_is_undefined (ctor))
    {
      if (!js_is_object (ctor))
        js_throw_type_error (J, "object.constructor is not an object");
      ctor = js_get (J, ctor, JS_SYMBOL_KEY (J, species));
      if (js_is_nullish (ctor))
        ctor = JS_UNDEFINED;
    }
  if (js_is_undefined (ctor) || js_value_identical (ctor, js_object_value (JS_INTRINSIC (J, ArrayBuffer))))
    result = js_array_buffer_new (J, new_length);
  else
    {
      JsValue len = js_number ((double) new_length);
      JsValue made = js_construct (J, ctor, 1, &len, ctor);
      if (!js_is_object (made) || js_get_object (made)->class_id != JS_CLASS_ARRAY_BUFFER)
        js_throw_type_error (J, "Method ArrayBuffer.prototype.slice called on incompatible receiver #<ArrayBuffer>");
      result = js_get_object (made);
      if (result == buffer)
        js_throw_type_error (J, "ArrayBuffer subclass returned this from species constructor");
      if (result->u.buffer.byte_length < new_length)
        js_throw_type_error (J, "Species constructor returned a too-small buffer");
    }
  /* The species constructor may have shrunk this buffer. */
  if (new_length > 0 && (gsize) first < buffer->u.buffer.byte_length)
    memcpy (result->u.buffer.data, buffer->u.buffer.data + (gsize) first,
            MIN (new_length, buffer->u.buffer.byte_length - (gsize) first));
  return js_object_value (result);
}

void
js_builtin_arraybuffer_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "ArrayBuffer", 1, array_buffer_constructor, proto);

  JS_INTRINSIC (J, ArrayBufferPrototype) = proto;
  JS_INTRINSIC (J, ArrayBuffer) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, J->global, "ArrayBuffer", js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_method (J, ctor, "isView", array_buffer_is_view, 1);
  js_define_species_getter (J, ctor);
  js_define_getter (J, proto, "byteLength", array_buffer_proto_byte_length);
  js_define_method (J, proto, "slice", array_buffer_proto_slice, 2);
  js_define_getter (J, proto, "maxByteLength", array_buffer_proto_max_byte_length);
  js_define_getter (J, proto, "resizable", array_buffer_proto_resizable);
  js_define_method (J, proto, "resize", array_buffer_proto_resize, 1);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_string_new_utf8 (J, "ArrayBuffer", -1)),
                   JS_PROP_CONFIGURABLE);
}
