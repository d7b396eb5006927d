/* js-builtin-dataview.c: DataView (ECMAScript 25.3): reads and writes any
 * element type at any byte offset of an ArrayBuffer, big-endian unless
 * littleEndian is true.
 */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* GetViewByteLength with IsViewOutOfBounds as -1 (a resizable buffer shrank). */
static double
view_byte_length (const JsObject *view)
{
  const JsObject *buffer = view->u.view.buffer;
  gsize byte_length = buffer->u.buffer.byte_length;

  if (buffer->u.buffer.detached || view->u.view.byte_offset > byte_length)
    return -1;
  if (view->u.view.length_tracking)
    return (double) (byte_length - view->u.view.byte_offset);
  if (view->u.view.byte_offset + view->u.view.length > byte_length)
    return -1;
  return (double) view->u.view.length;
}

/* V8 words every incompatible-receiver message of DataView the same way,
 * whatever the receiver (its snake_case getter names included). */
static JsObject *
this_data_view (JsState *J, JsValue this_value, const char *method)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_DATA_VIEW)
    js_throw_type_error (J, "Method %s called on incompatible receiver undefined", method);
  return js_get_object (this_value);
}

/* 25.3.2.1 DataView(buffer [, byteOffset [, byteLength]]) */
NATIVE (data_view_constructor)
{
  JsValue buffer_value = ARG (0);
  JsObject *buffer, *view;
  double offset, buffer_byte_length, view_byte_length = 0;
  gboolean length_tracking = FALSE;
  char number[JS_NUMBER_BUFFER_SIZE];

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Constructor DataView requires 'new'");
  if (!js_is_object (buffer_value) || js_get_object (buffer_value)->class_id != JS_CLASS_ARRAY_BUFFER)
    js_throw_type_error (J, "First argument to DataView constructor must be an ArrayBuffer");
  buffer = js_get_object (buffer_value);
  if (!js_to_index (J, ARG (1), &offset))
    {
      js_number_to_cstring (js_to_integer_or_infinity (J, ARG (1)), number);
      js_throw_range_error (J, "Start offset %s is outside the bounds of the buffer", number);
    }
  buffer_byte_length = (double) buffer->u.buffer.byte_length;
  if (offset > buffer_byte_length)
    {
      js_number_to_cstring (offset, number);
      js_throw_range_error (J, "Start offset %s is outside the bounds of the buffer", number);
    }
  if (js_is_undefined (ARG (2)))
    {
      if (buffer->u.buffer.resizable)
        length_tracking = TRUE;
      else
        view_byte_length = buffer_byte_length - offset;
    }
  else if (!js_to_index (J, ARG (2), &view_byte_length) || offset + view_byte_length > buffer_byte_length)
    {
      js_number_to_cstring (js_to_integer_or_infinity (J, ARG (2)), number);
      js_throw_range_error (J, "Invalid DataView length %s", number);
    }
  view = js_create_from_constructor (J, new_target, JS_CLASS_DATA_VIEW, JS_INTRINSIC (J, DataViewPrototype));
  /* The prototype lookup above may have shrunk a resizable buffer. */
  if (offset > (double) buffer->u.buffer.byte_length ||
      (!length_tracking && offset + view_byte_length > (double) buffer->u.buffer.byte_length))
    {
      js_number_to_cstring (view_byte_length, number);
      js_throw_range_error (J, "Invalid DataView length %s", number);
    }
  view->u.view.buffer = buffer;
  view->u.view.byte_offset = (gsize) offset;
  view->u.view.length = (gsize) view_byte_length;
  view->u.view.length_tracking = length_tracking;
  view->u.view.kind = JS_TYPED_ARRAY_UINT8;
  return js_object_value (view);
}

NATIVE (data_view_proto_buffer)
{
  return js_object_value (this_data_view (J, this_value, "get DataView.prototype.buffer")->u.view.buffer);
}

NATIVE (data_view_proto_byte_length)
{
  double length = view_byte_length (this_data_view (J, this_value, "get DataView.prototype.byte_length"));
  if (length < 0)
    js_throw_type_error (J, "Cannot perform DataView.prototype.byteLength on a detached ArrayBuffer");
  return js_number (length);
}

NATIVE (data_view_proto_byte_offset)
{
  JsObject *view = this_data_view (J, this_value, "get DataView.prototype.byte_offset");
  if (view_byte_length (view) < 0)
    js_throw_type_error (J, "Cannot perform DataView.prototype.byteOffset on a detached ArrayBuffer");
  return js_number ((double) view->u.view.byte_offset);
}

/* The bytes of the element at getIndex (GetViewValue / SetViewValue steps
 * 1–11), or a RangeError. */
static guint8 *
view_element (JsState *J, JsObject *view, JsValue request_index, gsize size)
{
  double index, length;

  if (!js_to_index (J, request_index, &index))
    js_throw_range_error (J, "Offset is outside the bounds of the DataView");
  length = view_byte_length (view);
  if (length < 0 || index + (double) size > length)
    js_throw_range_error (J, "Offset is outside the bounds of the DataView");
  return view->u.view.buffer->u.buffer.data + view->u.view.byte_offset + (gsize) index;
}

/* Copies between the buffer and a little-endian host value, reversing the
 * bytes for a big-endian access. */
static void
copy_ordered (guint8 *dest, const guint8 *src, gsize size, gboolean little_endian)
{
  for (gsize i = 0; i < size; i++)
    dest[i] = src[little_endian ? i : size - 1 - i];
}

static JsValue
get_view_value (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsTypedArrayKind kind,
                const char *method)
{
  JsObject *view = this_data_view (J, this_value, method);
  gsize size = js_typed_array_element_size (kind);
  guint8 *src = view_element (J, view, ARG (0), size);
  gboolean little_endian = js_to_boolean (ARG (1));
  guint8 bytes[8];

  copy_ordered (bytes, src, size, little_endian);
  switch (kind)
    {
    case JS_TYPED_ARRAY_INT8: return js_number ((gint8) bytes[0]);
    case JS_TYPED_ARRAY_UINT8: return js_number (bytes[0]);
    case JS_TYPED_ARRAY_INT16: { gint16 v; memcpy (&v, bytes, 2); return js_number (v); }
    case JS_TYPED_ARRAY_UINT16: { guint16 v; memcpy (&v, bytes, 2); return js_number (v); }
    case JS_TYPED_ARRAY_INT32: { gint32 v; memcpy (&v, bytes, 4); return js_number (v); }
    case JS_TYPED_ARRAY_UINT32: { guint32 v; memcpy (&v, bytes, 4); return js_number (v); }
    case JS_TYPED_ARRAY_FLOAT32: { float v; memcpy (&v, bytes, 4); return js_number (v); }
    case JS_TYPED_ARRAY_FLOAT64: { double v; memcpy (&v, bytes, 8); return js_number (v); }
    case JS_TYPED_ARRAY_BIGINT64: { gint64 v; memcpy (&v, bytes, 8); return js_bigint_from_int64 (J, v); }
    case JS_TYPED_ARRAY_BIGUINT64: { guint64 v; memcpy (&v, bytes, 8); return js_bigint_from_uint64 (J, v); }
    default: g_assert_not_reached ();
    }
}

static JsValue
set_view_value (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsTypedArrayKind kind,
                const char *method)
{
  JsObject *view = this_data_view (J, this_value, method);
  gsize size = js_typed_array_element_size (kind);
  double index;
  guint8 bytes[8];
  gboolean little_endian;
  guint8 *dest;

  /* Spec order: ToIndex, then the value's conversion, then the bounds. */
  if (!js_to_index (J, ARG (0), &index))
    js_throw_range_error (J, "Offset is outside the bounds of the DataView");
  if (kind == JS_TYPED_ARRAY_BIGINT64 || kind == JS_TYPED_ARRAY_BIGUINT64)
    {
      guint64 v = js_bigint_to_uint64 (js_to_bigint (J, ARG (1)));
      memcpy (bytes, &v, 8);
    }
  else
    {
      double d = js_to_number (J, ARG (1));
      switch (kind)
        {
        case JS_TYPED_ARRAY_INT8:
        case JS_TYPED_ARRAY_UINT8:
          bytes[0] = (guint8) js_double_to_int32 (d);
          break;
        case JS_TYPED_ARRAY_INT16:
        case JS_TYPED_ARRAY_UINT16:
          {
            guint16 v = (guint16) js_double_to_int32 (d);
            memcpy (bytes, &v, 2);
            break;
          }
        case JS_TYPED_ARRAY_INT32:
        case JS_TYPED_ARRAY_UINT32:
          {
            guint32 v = (guint32) js_double_to_int32 (d);
            memcpy (bytes, &v, 4);
            break;
          }
        case JS_TYPED_ARRAY_FLOAT32:
          {
            float v = (float) d;
            memcpy (bytes, &v, 4);
            break;
          }
        default:
          memcpy (bytes, &d, 8);
          break;
        }
    }
  little_endian = js_to_boolean (ARG (2));
  dest = view_element (J, view, js_number (index), size);
  copy_ordered (dest, bytes, size, little_endian);
  return JS_UNDEFINED;
}

#define ACCESSORS(id, name, size) \
  NATIVE (data_view_proto_get_##name) \
  { \
    return get_view_value (J, this_value, argc, argv, JS_TYPED_ARRAY_##id, "DataView.prototype.get" #name); \
  } \
  NATIVE (data_view_proto_set_##name) \
  { \
    return set_view_value (J, this_value, argc, argv, JS_TYPED_ARRAY_##id, "DataView.prototype.set" #name); \
  }
#define DATA_VIEW_TYPES(X) \
  X (INT8, Int8, 1) X (UINT8, Uint8, 1) X (INT16, Int16, 2) X (UINT16, Uint16, 2) \
  X (INT32, Int32, 4) X (UINT32, Uint32, 4) X (FLOAT32, Float32, 4) X (FLOAT64, Float64, 8) \
  X (BIGINT64, BigInt64, 8) X (BIGUINT64, BigUint64, 8)
DATA_VIEW_TYPES (ACCESSORS)
#undef ACCESSORS

void
js_builtin_dataview_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "DataView", 1, data_view_constructor, proto);

  JS_INTRINSIC (J, DataViewPrototype) = proto;
  JS_INTRINSIC (J, DataView) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, J->global, "DataView", js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_getter (J, proto, "buffer", data_view_proto_buffer);
  js_define_getter (J, proto, "byteLength", data_view_proto_byte_length);
  js_define_getter (J, proto, "byteOffset", data_view_proto_byte_offset);
#define DEFINE_ACCESSORS(id, name, size) \
  js_define_method (J, proto, "get" #name, data_view_proto_get_##name, 1); \
  js_define_method (J, proto, "set" #name, data_view_proto_set_##name, 2);
  DATA_VIEW_TYPES (DEFINE_ACCESSORS)
#undef DEFINE_ACCESSORS
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value (js_string_new_utf8 (J, "DataView", -1)),
                   JS_PROP_CONFIGURABLE);
}
