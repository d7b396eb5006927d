/* js-builtin-buffer.c: Node's Buffer (lib/buffer.js), for the Node profile.
 *
 * A Buffer is a Uint8Array whose prototype is Buffer.prototype (itself
 * inheriting from Uint8Array.prototype), so every typed-array method works
 * on it and subarray/map/filter make Buffers through @@species.  Strings
 * convert through the encodings Node names: utf8, hex, base64, base64url,
 * latin1 (binary), ascii and utf16le (ucs2).  Errors carry Node's codes.
 */
#include "js-internal.h"

#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* buffer.INSPECT_MAX_BYTES */
#define INSPECT_MAX_BYTES 50
/* buffer.constants.MAX_LENGTH on 64-bit hosts */
#define MAX_LENGTH 4294967296.0

typedef enum { ENC_UTF8, ENC_HEX, ENC_BASE64, ENC_BASE64URL, ENC_LATIN1, ENC_ASCII, ENC_UTF16LE } Encoding;

static const struct { const char *name; Encoding encoding; } encoding_names[] = {
  { "utf8", ENC_UTF8 }, { "utf-8", ENC_UTF8 }, { "hex", ENC_HEX }, { "base64", ENC_BASE64 },
  { "base64url", ENC_BASE64URL }, { "latin1", ENC_LATIN1 }, { "binary", ENC_LATIN1 }, { "ascii", ENC_ASCII },
  { "utf16le", ENC_UTF16LE }, { "utf-16le", ENC_UTF16LE }, { "ucs2", ENC_UTF16LE }, { "ucs-2", ENC_UTF16LE },
};

/* ------------------------------------------------------------------------
 * Node's errors
 * ------------------------------------------------------------------------ */

/* Throws a Node error with `message`, which it frees (a throw skips
 * g_autofree cleanup). */
static G_GNUC_NORETURN void
throw_node_error_take (JsState *J, JsErrorType type, const char *code, char *message)
{
  JsObject *error = js_node_error_new (J, type, code, message);

  g_free (message);
  js_throw (J, js_object_value (error));
}

static G_GNUC_NORETURN void
throw_node_error (JsState *J, JsErrorType type, const char *code, const char *message)
{
  throw_node_error_take (J, type, code, g_strdup (message));
}

/* ERR_INVALID_ARG_TYPE: 'The "name" argument must be <expected>. Received …' */
static G_GNUC_NORETURN void
throw_invalid_arg_type (JsState *J, const char *name, const char *expected, JsValue value)
{
  char *received = js_node_describe_received (J, value);
  char *message = g_strdup_printf ("The \"%s\" argument must be %s. Received %s", name, expected, received);

  g_free (received);
  throw_node_error_take (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);
}

/* How ERR_OUT_OF_RANGE shows the received number: integers beyond 2^32 get
 * underscores between groups of three digits. */
static char *
format_received (double value)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];
  GString *out;
  gsize start, len;

  js_number_to_cstring (value, buffer);
  if (!(value == floor (value) && fabs (value) > 4294967296.0) || strchr (buffer, 'e') != NULL)
    return g_strdup (buffer);
  out = g_string_new (NULL);
  start = buffer[0] == '-' ? 1 : 0;
  len = strlen (buffer);
  g_string_append_len (out, buffer, (gssize) start);
  for (gsize i = start; i < len; i++)
    {
      g_string_append_c (out, buffer[i]);
      if (i + 1 < len && (len - 1 - i) % 3 == 0)
        g_string_append_c (out, '_');
    }
  return g_string_free (out, FALSE);
}

static G_GNUC_NORETURN void
throw_out_of_range (JsState *J, const char *name, const char *range, double received)
{
  char *shown = format_received (received);
  char *message = g_strdup_printf ("The value of \"%s\" is out of range. It must be %s. Received %s",
                                   name, range, shown);

  g_free (shown);
  throw_node_error_take (J, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", message);
}

static G_GNUC_NORETURN void
throw_buffer_out_of_bounds (JsState *J)
{
  throw_node_error (J, JS_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
}

/* ------------------------------------------------------------------------
 * Encodings
 * ------------------------------------------------------------------------ */

static gboolean
parse_encoding (JsValue v, Encoding *out)
{
  g_autofree char *name = NULL;

  if (!js_is_string (v))
    return FALSE;
  name = js_string_to_utf8 (js_get_string (v));
  for (guint i = 0; i < G_N_ELEMENTS (encoding_names); i++)
    if (g_ascii_strcasecmp (name, encoding_names[i].name) == 0)
      {
        *out = encoding_names[i].encoding;
        return TRUE;
      }
  return FALSE;
}

/* An encoding argument: undefined is utf8, anything unknown a TypeError. */
static Encoding
encoding_arg (JsState *J, JsValue v)
{
  Encoding encoding = ENC_UTF8;

  if (js_is_undefined (v))
    return ENC_UTF8;
  if (!parse_encoding (v, &encoding))
    {
      char *name = js_string_to_utf8 (js_to_string (J, v));
      char *message = g_strdup_printf ("Unknown encoding: %s", name);
      g_free (name);
      throw_node_error_take (J, JS_TYPE_ERROR, "ERR_UNKNOWN_ENCODING", message);
    }
  return encoding;
}

/* The bytes of `s` in `encoding`, as a GByteArray (free it). */
static GByteArray *
encode_string (const JsString *s, Encoding encoding)
{
  GByteArray *out = g_byte_array_new ();

  switch (encoding)
    {
    case ENC_UTF8:
      g_byte_array_set_size (out, (guint) js_utf8_length_of (s));
      js_utf8_encode (s, out->data);
      break;
    case ENC_HEX:
      /* Pairs of hex digits, up to the first pair that is not one. */
      for (guint32 i = 0; i + 1 < s->length; i += 2)
        {
          int hi = js_hex_digit_value (s->chars[i]), lo = js_hex_digit_value (s->chars[i + 1]);
          guint8 byte;
          if (hi < 0 || lo < 0)
            break;
          byte = (guint8) (hi << 4 | lo);
          g_byte_array_append (out, &byte, 1);
        }
      break;
    case ENC_BASE64:
    case ENC_BASE64URL:
      g_byte_array_set_size (out, s->length * 3 / 4 + 3);
      g_byte_array_set_size (out, (guint) js_base64_decode_lenient (s->chars, s->length, out->data));
      break;
    case ENC_LATIN1:
    case ENC_ASCII:
      g_byte_array_set_size (out, s->length);
      for (guint32 i = 0; i < s->length; i++)
        out->data[i] = (guint8) s->chars[i];
      break;
    case ENC_UTF16LE:
      g_byte_array_set_size (out, s->length * 2);
      for (guint32 i = 0; i < s->length; i++)
        {
          out->data[2 * i] = (guint8) (s->chars[i] & 0xFF);
          out->data[2 * i + 1] = (guint8) (s->chars[i] >> 8);
        }
      break;
    }
  return out;
}

static JsString *
decode_bytes (JsState *J, const guint8 *bytes, gsize n, Encoding encoding)
{
  JsString *s;

  switch (encoding)
    {
    case ENC_UTF8:
      return js_utf8_decode (J, bytes, n);
    case ENC_HEX:
      s = js_string_new_uninit (J, (guint32) (n * 2));
      for (gsize i = 0; i < n; i++)
        {
          s->chars[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
          s->chars[2 * i + 1] = "0123456789abcdef"[bytes[i] & 15];
        }
      return s;
    case ENC_BASE64:
    case ENC_BASE64URL:
      {
        char *text = js_base64_encode (bytes, n, encoding == ENC_BASE64URL);
        s = js_string_new_latin1 (J, text, strlen (text));
        g_free (text);
        return s;
      }
    case ENC_LATIN1:
      return js_string_new_latin1 (J, (const char *) bytes, n);
    case ENC_ASCII:
      s = js_string_new_uninit (J, (guint32) n);
      for (gsize i = 0; i < n; i++)
        s->chars[i] = bytes[i] & 0x7F;
      return s;
    case ENC_UTF16LE:
      s = js_string_new_uninit (J, (guint32) (n / 2));
      for (gsize i = 0; i + 1 < n; i += 2)
        s->chars[i / 2] = (uint16_t) (bytes[i] | bytes[i + 1] << 8);
      return s;
    }
  g_assert_not_reached ();
}

/* Clamps a start/end argument the way toString and slice do. */
static gsize
clamp_index (JsState *J, JsValue v, gsize length, gsize fallback, gboolean negative_from_end)
{
  double d;

  if (js_is_undefined (v))
    return fallback;
  d = js_to_integer_or_infinity (J, v);
  if (d < 0)
    d = negative_from_end ? MAX ((double) length + d, 0) : 0;
  return (gsize) MIN (d, (double) length);
}

/* ------------------------------------------------------------------------
 * Creation
 * ------------------------------------------------------------------------ */

static JsObject *
buffer_new (JsState *J, gsize length)
{
  return js_typed_array_new (J, JS_TYPED_ARRAY_UINT8, length, JS_INTRINSIC (J, BufferPrototype));
}

static JsObject *
buffer_from_bytes (JsState *J, const guint8 *bytes, gsize n)
{
  JsObject *buf = buffer_new (J, n);
  if (n > 0)
    memcpy (js_typed_array_bytes (buf), bytes, n);
  return buf;
}

/* For the fs module (js-node-fs.c), which stores bytes and converts at its
 * edges the way Buffer does. */
gboolean
js_buffer_is_encoding (JsValue v)
{
  Encoding encoding;

  return parse_encoding (v, &encoding);
}

JsObject *
js_buffer_from_bytes (JsState *J, const guint8 *bytes, gsize n)
{
  return buffer_from_bytes (J, bytes, n);
}

GByteArray *
js_buffer_encode_string (JsState *J, const JsString *s, JsValue encoding)
{
  return encode_string (s, encoding_arg (J, encoding));
}

JsString *
js_buffer_decode_bytes (JsState *J, const guint8 *bytes, gsize n, JsValue encoding)
{
  return decode_bytes (J, bytes, n, encoding_arg (J, encoding));
}

static gboolean
is_uint8_array (JsValue v)
{
  return js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_TYPED_ARRAY &&
         js_get_object (v)->u.view.kind == JS_TYPED_ARRAY_UINT8;
}

static JsObject *
uint8_array_arg (JsState *J, JsValue v, const char *name)
{
  if (!is_uint8_array (v))
    throw_invalid_arg_type (J, name, "an instance of Buffer or Uint8Array", v);
  return js_get_object (v);
}

static JsObject *
this_buffer (JsState *J, JsValue this_value)
{
  if (!is_uint8_array (this_value))
    js_throw_type_error (J, "argument must be a buffer");
  return js_get_object (this_value);
}

static double
size_arg (JsState *J, JsValue size)
{
  double n;

  if (!js_is_number (size))
    throw_invalid_arg_type (J, "size", "of type number", size);
  n = js_get_number (size);
  if (!(n >= 0 && n <= MAX_LENGTH))
    throw_out_of_range (J, "size", ">= 0 && <= 4294967296", n);
  return n;
}

static JsObject *
buffer_from_string (JsState *J, JsString *s, JsValue encoding)
{
  GByteArray *bytes = encode_string (s, encoding_arg (J, encoding));
  /* Only the heap budget can throw here. */
  JsObject *buf = buffer_from_bytes (J, bytes->data, bytes->len);

  g_byte_array_unref (bytes);
  return buf;
}

static G_GNUC_NORETURN void
throw_invalid_first_argument (JsState *J, JsValue value)
{
  char *received = js_node_describe_received (J, value);
  char *message = g_strdup_printf ("The first argument must be of type string or an instance of Buffer, "
                                   "ArrayBuffer, or Array or an Array-like Object. Received %s", received);
  g_free (received);
  throw_node_error_take (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);
}

/* Buffer.from(value, encodingOrOffset, length) */
static JsObject *
buffer_from (JsState *J, JsValue value, JsValue encoding_or_offset, JsValue length)
{
  if (js_is_string (value))
    return buffer_from_string (J, js_get_string (value), encoding_or_offset);
  if (js_is_object (value))
    {
      JsObject *o = js_get_object (value);
      if (o->class_id == JS_CLASS_ARRAY_BUFFER)
        {
          /* A view sharing the memory. */
          double byte_length = (double) o->u.buffer.byte_length;
          double offset = js_is_undefined (encoding_or_offset) ? 0 : js_to_integer_or_infinity (J, encoding_or_offset);
          double n;
          if (offset > byte_length)
            throw_node_error (J, JS_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "\"offset\" is outside of buffer bounds");
          n = js_is_undefined (length) ? byte_length - offset : js_to_integer_or_infinity (J, length);
          if (n > byte_length - offset)
            throw_node_error (J, JS_RANGE_ERROR, "ERR_BUFFER_OUT_OF_BOUNDS", "\"length\" is outside of buffer bounds");
          return js_typed_array_new_view (J, JS_TYPED_ARRAY_UINT8, o, (gsize) MAX (offset, 0), (gsize) MAX (n, 0),
                                          JS_INTRINSIC (J, BufferPrototype));
        }
      if (o->class_id == JS_CLASS_TYPED_ARRAY && o->u.view.kind == JS_TYPED_ARRAY_UINT8)
        return buffer_from_bytes (J, js_typed_array_bytes (o), js_typed_array_length (o));
      if (o->class_id == JS_CLASS_TYPED_ARRAY || js_is_array (value) ||
          !js_is_undefined (js_get (J, value, JS_KEY (J, length))))
        {
          double n = js_length_of_array_like (J, value);
          JsObject *buf = buffer_new (J, (gsize) n);
          for (gsize i = 0; i < (gsize) n; i++)
            js_typed_array_set_element (J, buf, (double) i, js_get_index (J, value, (guint32) i));
          return buf;
        }
      /* { type: 'Buffer', data: [...] }, what toJSON gives */
      {
        JsValue type = js_get_utf8 (J, value, "type");
        JsValue data = js_get_utf8 (J, value, "data");
        if (js_is_string (type) && js_string_equal_ascii (js_get_string (type), "Buffer") && js_is_array (data))
          return buffer_from (J, data, JS_UNDEFINED, JS_UNDEFINED);
      }
    }
  throw_invalid_first_argument (J, value);
}

NATIVE (buffer_static_from)
{
  JsValue value = ARG (0);

  if (!js_is_string (value) && !js_is_object (value))
    throw_invalid_first_argument (J, value);
  return js_object_value (buffer_from (J, value, ARG (1), ARG (2)));
}

static void fill_buffer (JsState *J, JsObject *buf, JsValue value, gsize start, gsize end, JsValue encoding);

NATIVE (buffer_static_alloc)
{
  double size = size_arg (J, ARG (0));
  JsObject *buf = buffer_new (J, (gsize) size);

  if (!js_is_undefined (ARG (1)) && size > 0)
    fill_buffer (J, buf, ARG (1), 0, (gsize) size, ARG (2));
  return js_object_value (buf);
}

NATIVE (buffer_static_alloc_unsafe)
{
  return js_object_value (buffer_new (J, (gsize) size_arg (J, ARG (0))));
}

/* The deprecated Buffer(arg, encodingOrOffset, length), with or without new. */
NATIVE (buffer_constructor)
{
  if (js_is_number (ARG (0)))
    return js_object_value (buffer_new (J, (gsize) size_arg (J, ARG (0))));
  return buffer_static_from (J, this_value, argc, argv, new_target, callee);
}

NATIVE (buffer_static_is_buffer)
{
  JsValue v = ARG (0);

  if (!js_is_object (v) || js_get_object (v)->class_id != JS_CLASS_TYPED_ARRAY)
    return JS_FALSE;
  for (JsObject *p = js_get_object (v)->proto; p != NULL; p = p->proto)
    if (p == JS_INTRINSIC (J, BufferPrototype))
      return JS_TRUE;
  return JS_FALSE;
}

/* Buffer.of(...items) */
NATIVE (buffer_static_of)
{
  JsObject *buf = buffer_new (J, (gsize) argc);

  for (int i = 0; i < argc; i++)
    js_typed_array_set_element (J, buf, i, argv[i]);
  return js_object_value (buf);
}

/* Buffer.copyBytesFrom(view[, offset[, length]]): a copy of the bytes of
 * elements offset .. offset + length of any typed array. */
NATIVE (buffer_static_copy_bytes_from)
{
  JsValue view = ARG (0);
  JsObject *ta;
  gsize length, size, start, count;

  if (!js_is_object (view) || js_get_object (view)->class_id != JS_CLASS_TYPED_ARRAY)
    throw_invalid_arg_type (J, "view", "an instance of TypedArray", view);
  ta = js_get_object (view);
  length = js_typed_array_length (ta);
  size = js_typed_array_element_size (ta->u.view.kind);
  start = clamp_index (J, ARG (1), length, 0, FALSE);
  count = js_is_undefined (ARG (2)) ? length - start : MIN (clamp_index (J, ARG (2), length, 0, FALSE), length - start);
  return js_object_value (buffer_from_bytes (J, js_typed_array_bytes (ta) + start * size, count * size));
}

NATIVE (buffer_static_is_encoding)
{
  Encoding encoding;
  return js_boolean (parse_encoding (ARG (0), &encoding));
}

NATIVE (buffer_static_byte_length)
{
  JsValue value = ARG (0);
  const guint8 *bytes;
  gsize n;

  if (js_buffer_source_bytes (value, &bytes, &n))
    return js_number ((double) n);
  if (!js_is_string (value))
    throw_invalid_arg_type (J, "string", "of type string or an instance of Buffer or ArrayBuffer", value);
  {
    Encoding encoding = ENC_UTF8;
    GByteArray *encoded;
    double length;
    parse_encoding (ARG (1), &encoding);
    encoded = encode_string (js_get_string (value), encoding);
    length = encoded->len;
    g_byte_array_unref (encoded);
    return js_number (length);
  }
}

NATIVE (buffer_static_concat)
{
  JsValue list = ARG (0);
  guint32 count;
  double total = 0;
  JsObject *result;
  gsize position = 0;

  if (!js_is_array (list))
    throw_invalid_arg_type (J, "list", "an instance of Array", list);
  count = (guint32) js_length_of_array_like (J, list);
  for (guint32 i = 0; i < count; i++)
    {
      JsValue item = js_get_index (J, list, i);
      if (!is_uint8_array (item))
        {
          char name[32];
          g_snprintf (name, sizeof name, "list[%u]", i);
          throw_invalid_arg_type (J, name, "an instance of Buffer or Uint8Array", item);
        }
      total += (double) js_typed_array_length (js_get_object (item));
    }
  if (!js_is_undefined (ARG (1)))
    total = js_to_integer_or_infinity (J, ARG (1));
  result = buffer_new (J, (gsize) MAX (total, 0));
  for (guint32 i = 0; i < count && position < (gsize) total; i++)
    {
      JsObject *item = js_get_object (js_get_index (J, list, i));
      gsize n = MIN (js_typed_array_length (item), (gsize) total - position);
      if (n > 0)
        memcpy (js_typed_array_bytes (result) + position, js_typed_array_bytes (item), n);
      position += n;
    }
  return js_object_value (result);
}

static int
compare_bytes (const guint8 *a, gsize na, const guint8 *b, gsize nb)
{
  int c = memcmp (a, b, MIN (na, nb));
  if (c != 0)
    return c < 0 ? -1 : 1;
  return na < nb ? -1 : (na > nb ? 1 : 0);
}

NATIVE (buffer_static_compare)
{
  JsObject *a = uint8_array_arg (J, ARG (0), "buf1");
  JsObject *b = uint8_array_arg (J, ARG (1), "buf2");
  return js_number (compare_bytes (js_typed_array_bytes (a), js_typed_array_length (a),
                                   js_typed_array_bytes (b), js_typed_array_length (b)));
}

/* ------------------------------------------------------------------------
 * Buffer.prototype
 * ------------------------------------------------------------------------ */

NATIVE (buffer_proto_to_string)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize length = js_typed_array_length (buf);
  Encoding encoding = encoding_arg (J, ARG (0));
  gsize start = clamp_index (J, ARG (1), length, 0, FALSE);
  gsize end = clamp_index (J, ARG (2), length, length, FALSE);

  if (end <= start)
    return JS_KEY (J, empty);
  return js_string_value (decode_bytes (J, js_typed_array_bytes (buf) + start, end - start, encoding));
}

/* write(string[, offset[, length]][, encoding]) */
NATIVE (buffer_proto_write)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize length = js_typed_array_length (buf);
  JsValue offset_arg = ARG (1), length_arg = ARG (2), encoding_value = ARG (3);
  double offset = 0, max;
  Encoding encoding;
  GByteArray *bytes;
  gsize n;

  if (!js_is_string (ARG (0)))
    throw_node_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "argument must be a string");
  if (js_is_string (offset_arg))
    encoding_value = offset_arg, offset_arg = JS_UNDEFINED, length_arg = JS_UNDEFINED;
  else if (js_is_string (length_arg))
    encoding_value = length_arg, length_arg = JS_UNDEFINED;
  if (!js_is_undefined (offset_arg))
    {
      offset = js_to_integer_or_infinity (J, offset_arg);
      if (offset < 0 || offset > (double) length)
        {
          char range[64];
          g_snprintf (range, sizeof range, ">= 0 && <= %" G_GSIZE_FORMAT, length);
          throw_out_of_range (J, "offset", range, offset);
        }
    }
  max = (double) length - offset;
  if (!js_is_undefined (length_arg))
    max = MIN (max, MAX (js_to_integer_or_infinity (J, length_arg), 0));
  encoding = encoding_arg (J, encoding_value);
  bytes = encode_string (js_get_string (ARG (0)), encoding);
  n = MIN ((gsize) max, bytes->len);
  /* Only whole characters are written. */
  if (n < bytes->len && encoding == ENC_UTF8)
    while (n > 0 && (bytes->data[n] & 0xC0) == 0x80)
      n--;
  if (n < bytes->len && encoding == ENC_UTF16LE)
    n &= ~(gsize) 1;
  if (n > 0)
    memcpy (js_typed_array_bytes (buf) + (gsize) offset, bytes->data, n);
  g_byte_array_unref (bytes);
  return js_number ((double) n);
}

NATIVE (buffer_proto_to_json)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize n = js_typed_array_length (buf);
  JsObject *data = js_array_new (J, (guint32) n);
  JsObject *result = js_plain_object_new (J);

  for (gsize i = 0; i < n; i++)
    js_array_push (J, data, js_number (js_typed_array_bytes (buf)[i]));
  js_define_value_utf8 (J, result, "type", js_string_value (js_string_new_utf8 (J, "Buffer", -1)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, result, "data", js_object_value (data), JS_PROP_DEFAULT);
  return js_object_value (result);
}

NATIVE (buffer_proto_equals)
{
  JsObject *buf = this_buffer (J, this_value);
  JsObject *other = uint8_array_arg (J, ARG (0), "otherBuffer");
  return js_boolean (compare_bytes (js_typed_array_bytes (buf), js_typed_array_length (buf),
                                    js_typed_array_bytes (other), js_typed_array_length (other)) == 0);
}

/* compare(target[, targetStart[, targetEnd[, sourceStart[, sourceEnd]]]]) */
NATIVE (buffer_proto_compare)
{
  JsObject *buf = this_buffer (J, this_value);
  JsObject *target = uint8_array_arg (J, ARG (0), "target");
  gsize target_length = js_typed_array_length (target), length = js_typed_array_length (buf);
  gsize target_start = clamp_index (J, ARG (1), target_length, 0, FALSE);
  gsize target_end = clamp_index (J, ARG (2), target_length, target_length, FALSE);
  gsize source_start = clamp_index (J, ARG (3), length, 0, FALSE);
  gsize source_end = clamp_index (J, ARG (4), length, length, FALSE);

  return js_number (compare_bytes (js_typed_array_bytes (buf) + source_start,
                                   source_end > source_start ? source_end - source_start : 0,
                                   js_typed_array_bytes (target) + target_start,
                                   target_end > target_start ? target_end - target_start : 0));
}

/* indexOf / lastIndexOf / includes (value[, byteOffset][, encoding]) */
static double
buffer_index_of (JsState *J, JsObject *buf, int argc, const JsValue *argv, gboolean last)
{
  gsize length = js_typed_array_length (buf);
  JsValue value = ARG (0), offset_arg = ARG (1), encoding_value = ARG (2);
  const guint8 *hay = js_typed_array_bytes (buf);
  GByteArray *needle;
  double offset;
  double found = -1;

  if (js_is_string (offset_arg))
    encoding_value = offset_arg, offset_arg = JS_UNDEFINED;
  offset = js_is_undefined (offset_arg) ? (last ? (double) length : 0) : js_to_integer_or_infinity (J, offset_arg);
  if (offset < 0)
    offset = MAX ((double) length + offset, last ? -1 : 0);
  if (js_is_number (value))
    {
      guint8 byte = (guint8) js_double_to_int32 (js_get_number (value));
      needle = g_byte_array_new ();
      g_byte_array_append (needle, &byte, 1);
    }
  else if (js_is_string (value))
    needle = encode_string (js_get_string (value), encoding_arg (J, encoding_value));
  else if (is_uint8_array (value))
    {
      needle = g_byte_array_new ();
      g_byte_array_append (needle, js_typed_array_bytes (js_get_object (value)),
                           (guint) js_typed_array_length (js_get_object (value)));
    }
  else
    throw_invalid_arg_type (J, "value", "one of type number or string or an instance of Buffer or Uint8Array", value);

  if (needle->len == 0)
    found = MIN (offset, (double) length);
  else if (!last)
    {
      for (gsize i = (gsize) MIN (offset, (double) length); i + needle->len <= length; i++)
        if (memcmp (hay + i, needle->data, needle->len) == 0)
          {
            found = (double) i;
            break;
          }
    }
  else if (needle->len <= length && offset >= 0)
    {
      gsize i = (gsize) MIN (offset, (double) (length - needle->len));
      for (;; i--)
        {
          if (memcmp (hay + i, needle->data, needle->len) == 0)
            {
              found = (double) i;
              break;
            }
          if (i == 0)
            break;
        }
    }
  g_byte_array_unref (needle);
  return found;
}

NATIVE (buffer_proto_index_of)
{
  return js_number (buffer_index_of (J, this_buffer (J, this_value), argc, argv, FALSE));
}

NATIVE (buffer_proto_last_index_of)
{
  return js_number (buffer_index_of (J, this_buffer (J, this_value), argc, argv, TRUE));
}

NATIVE (buffer_proto_includes)
{
  return js_boolean (buffer_index_of (J, this_buffer (J, this_value), argc, argv, FALSE) != -1);
}

/* slice(start, end): a Buffer sharing the memory (Node 20 keeps slice a view). */
NATIVE (buffer_proto_slice)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize length = js_typed_array_length (buf);
  gsize start = clamp_index (J, ARG (0), length, 0, TRUE);
  gsize end = clamp_index (J, ARG (1), length, length, TRUE);

  return js_object_value (js_typed_array_new_view (J, JS_TYPED_ARRAY_UINT8, buf->u.view.buffer,
                                                   buf->u.view.byte_offset + start, end > start ? end - start : 0,
                                                   buf->proto));
}

static void
fill_buffer (JsState *J, JsObject *buf, JsValue value, gsize start, gsize end, JsValue encoding)
{
  guint8 *data = js_typed_array_bytes (buf);

  if (js_is_string (value))
    {
      GByteArray *pattern = encode_string (js_get_string (value), encoding_arg (J, encoding));
      if (pattern->len == 0)
        memset (data + start, 0, end - start);
      else
        for (gsize i = start; i < end; i++)
          data[i] = pattern->data[(i - start) % pattern->len];
      g_byte_array_unref (pattern);
    }
  else if (is_uint8_array (value))
    {
      JsObject *src = js_get_object (value);
      gsize n = js_typed_array_length (src);
      for (gsize i = start; n > 0 && i < end; i++)
        data[i] = js_typed_array_bytes (src)[(i - start) % n];
    }
  else
    memset (data + start, (guint8) js_double_to_int32 (js_to_number (J, value)), end - start);
}

/* fill(value[, offset[, end]][, encoding]) */
NATIVE (buffer_proto_fill)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize length = js_typed_array_length (buf);
  JsValue offset_arg = ARG (1), end_arg = ARG (2), encoding = ARG (3);
  gsize start, end;

  if (js_is_string (offset_arg))
    encoding = offset_arg, offset_arg = JS_UNDEFINED, end_arg = JS_UNDEFINED;
  else if (js_is_string (end_arg))
    encoding = end_arg, end_arg = JS_UNDEFINED;
  start = clamp_index (J, offset_arg, length, 0, FALSE);
  end = clamp_index (J, end_arg, length, length, FALSE);
  if (end > start)
    fill_buffer (J, buf, ARG (0), start, end, encoding);
  return this_value;
}

/* The own non-index properties that Buffer's inspect shows after the
 * bytes: a null-prototype object holding them, inspected with the caller's
 * options on one line ({ ...ctx, breakLength: Infinity, compact: true }),
 * without its "[Object: null prototype] {" and " }".  NULL when none. */
static JsString *
buffer_inspect_extras (JsState *J, JsObject *buf, JsValue ctx, JsValue inspect)
{
  JsValue show_hidden = js_get (J, ctx, js_key_from_utf8 (J, "showHidden"));
  guint flags = JS_KEYS_STRINGS | JS_KEYS_SYMBOLS | (js_to_boolean (show_hidden) ? 0 : JS_KEYS_ENUMERABLE_ONLY);
  guint32 n = 0;
  JsValue *own = js_own_property_keys (J, buf, flags, &n);
  JsObject *keys = js_array_from_values (J, own, n);   /* no leak if a getter throws */
  JsObject *extras = js_object_new (J, NULL);
  gboolean any = FALSE;

  g_free (own);
  for (guint32 i = 0; i < n; i++)
    {
      JsValue key = keys->u.array.elements[i];
      guint32 index;
      if (js_key_is_index (key, &index))
        continue;
      js_define_value (J, extras, key, js_get (J, js_object_value (buf), key), JS_PROP_DEFAULT);
      any = TRUE;
    }
  if (!any)
    return NULL;

  JsObject *options = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  guint32 n_ctx = 0;
  JsValue *ctx_keys = js_own_property_keys (J, js_get_object (ctx), JS_KEYS_STRINGS | JS_KEYS_SYMBOLS |
                                            JS_KEYS_ENUMERABLE_ONLY, &n_ctx);
  JsObject *ctx_key_list = js_array_from_values (J, ctx_keys, n_ctx);
  g_free (ctx_keys);
  for (guint32 i = 0; i < n_ctx; i++)
    {
      JsValue key = ctx_key_list->u.array.elements[i];
      js_define_value (J, options, key, js_get (J, ctx, key), JS_PROP_DEFAULT);
    }
  js_define_value_utf8 (J, options, "breakLength", js_number (INFINITY), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, options, "compact", JS_TRUE, JS_PROP_DEFAULT);

  JsValue args[2] = { js_object_value (extras), js_object_value (options) };
  JsString *text = js_to_string (J, js_call (J, inspect, JS_UNDEFINED, 2, args));
  /* '[Object: null prototype] {'.length === 26, then a space; ' }' at the end */
  if (text->length < 29)
    return NULL;
  return js_string_substring (J, text, 27, text->length - 2);
}

/* Buffer.prototype[util.inspect.custom](recurseTimes, ctx, inspect):
 * <Buffer 68 69 ... 3 more bytes, extra: 1> */
NATIVE (buffer_proto_inspect)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize length = js_typed_array_length (buf);
  gsize shown = MIN (length, (gsize) INSPECT_MAX_BYTES);
  JsValue ctor = js_get (J, this_value, JS_KEY (J, constructor));
  JsValue name = js_is_object (ctor) ? js_get (J, ctor, JS_KEY (J, name)) : JS_UNDEFINED;
  JsValue inspect = argc > 2 && js_is_callable (argv[2]) ? argv[2] : js_object_value (js_inspect_function_new (J));
  JsString *extras = js_is_object (ARG (1)) ? buffer_inspect_extras (J, buf, ARG (1), inspect) : NULL;
  GString *out = g_string_new ("<");
  JsString *result;

  if (js_is_string (name))
    js_string_append_to (out, js_get_string (name));
  else
    g_string_append (out, "undefined");
  g_string_append_c (out, ' ');
  for (gsize i = 0; i < shown; i++)
    g_string_append_printf (out, i == 0 ? "%02x" : " %02x", js_typed_array_bytes (buf)[i]);
  if (length > shown)
    g_string_append_printf (out, " ... %" G_GSIZE_FORMAT " more byte%s", length - shown,
                            length - shown > 1 ? "s" : "");
  if (extras != NULL)
    {
      if (length != 0)
        g_string_append (out, ", ");
      js_string_append_to (out, extras);
    }
  g_string_append_c (out, '>');
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* ------------------------------------------------------------------------
 * readX / writeX
 * ------------------------------------------------------------------------ */

/* X (method suffix, element kind, little endian, min, max, range text) */
#define NUMBER_ACCESSORS(X) \
  X (UInt8, UINT8, TRUE, 0, 255, ">= 0 and <= 255") \
  X (Int8, INT8, TRUE, -128, 127, ">= -128 and <= 127") \
  X (UInt16LE, UINT16, TRUE, 0, 65535, ">= 0 and <= 65535") \
  X (UInt16BE, UINT16, FALSE, 0, 65535, ">= 0 and <= 65535") \
  X (Int16LE, INT16, TRUE, -32768, 32767, ">= -32768 and <= 32767") \
  X (Int16BE, INT16, FALSE, -32768, 32767, ">= -32768 and <= 32767") \
  X (UInt32LE, UINT32, TRUE, 0, 4294967295.0, ">= 0 and <= 4294967295") \
  X (UInt32BE, UINT32, FALSE, 0, 4294967295.0, ">= 0 and <= 4294967295") \
  X (Int32LE, INT32, TRUE, -2147483648.0, 2147483647.0, ">= -2147483648 and <= 2147483647") \
  X (Int32BE, INT32, FALSE, -2147483648.0, 2147483647.0, ">= -2147483648 and <= 2147483647") \
  X (FloatLE, FLOAT32, TRUE, -INFINITY, INFINITY, NULL) \
  X (FloatBE, FLOAT32, FALSE, -INFINITY, INFINITY, NULL) \
  X (DoubleLE, FLOAT64, TRUE, -INFINITY, INFINITY, NULL) \
  X (DoubleBE, FLOAT64, FALSE, -INFINITY, INFINITY, NULL) \
  X (BigInt64LE, BIGINT64, TRUE, 0, 0, NULL) \
  X (BigInt64BE, BIGINT64, FALSE, 0, 0, NULL) \
  X (BigUInt64LE, BIGUINT64, TRUE, 0, 0, NULL) \
  X (BigUInt64BE, BIGUINT64, FALSE, 0, 0, NULL)

/* validateNumber(offset) and boundsError: the offset of a size-byte access. */
static gsize
checked_offset (JsState *J, JsObject *buf, JsValue offset_arg, gsize size)
{
  gsize length = js_typed_array_length (buf);
  double offset;

  if (js_is_undefined (offset_arg))
    offset_arg = js_number (0);
  if (!js_is_number (offset_arg))
    throw_invalid_arg_type (J, "offset", "of type number", offset_arg);
  offset = js_get_number (offset_arg);
  if (offset != floor (offset) || isinf (offset))
    throw_out_of_range (J, "offset", "an integer", offset);
  if (length < size)
    throw_buffer_out_of_bounds (J);
  if (offset < 0 || offset > (double) (length - size))
    {
      char range[64];
      g_snprintf (range, sizeof range, ">= 0 and <= %" G_GSIZE_FORMAT, length - size);
      throw_out_of_range (J, "offset", range, offset);
    }
  return (gsize) offset;
}

static void
copy_ordered (guint8 *dest, const guint8 *src, gsize size, gboolean little_endian)
{
  for (gsize i = 0; i < size; i++)
    dest[i] = src[little_endian ? i : size - 1 - i];
}

static JsValue
read_value (JsState *J, JsValue this_value, JsValue offset_arg, JsTypedArrayKind kind, gboolean little_endian)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize size = js_typed_array_element_size (kind);
  gsize offset = checked_offset (J, buf, offset_arg, size);
  guint8 bytes[8];
  JsObject *scratch;

  copy_ordered (bytes, js_typed_array_bytes (buf) + offset, size, little_endian);
  /* Reinterpret the host-order bytes through a one-element typed array. */
  scratch = js_typed_array_new (J, kind, 1, NULL);
  memcpy (js_typed_array_bytes (scratch), bytes, size);
  return js_typed_array_get_element (J, scratch, 0);
}

static JsValue
write_value (JsState *J, JsValue this_value, JsValue value, JsValue offset_arg, JsTypedArrayKind kind,
             gboolean little_endian, double min, double max, const char *range)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize size = js_typed_array_element_size (kind);
  JsObject *scratch = js_typed_array_new (J, kind, 1, NULL);
  gsize offset;

  if (kind == JS_TYPED_ARRAY_BIGINT64 || kind == JS_TYPED_ARRAY_BIGUINT64)
    {
      if (!js_is_bigint (value))
        js_throw_type_error (J, "Cannot mix BigInt and other types, use explicit conversions");
    }
  else
    {
      double d = js_to_number (J, value);
      if (range != NULL && (d > max || d < min))
        throw_out_of_range (J, "value", range, d);
      value = js_number (d);
    }
  offset = checked_offset (J, buf, offset_arg, size);
  js_typed_array_set_element (J, scratch, 0, value);
  copy_ordered (js_typed_array_bytes (buf) + offset, js_typed_array_bytes (scratch), size, little_endian);
  return js_number ((double) (offset + size));
}

#define DEFINE_ACCESSORS(suffix, kind, little, min, max, range) \
  NATIVE (buffer_proto_read_##suffix) \
  { \
    return read_value (J, this_value, ARG (0), JS_TYPED_ARRAY_##kind, little); \
  } \
  NATIVE (buffer_proto_write_##suffix) \
  { \
    return write_value (J, this_value, ARG (0), ARG (1), JS_TYPED_ARRAY_##kind, little, min, max, range); \
  }
NUMBER_ACCESSORS (DEFINE_ACCESSORS)
#undef DEFINE_ACCESSORS

/* ------------------------------------------------------------------------
 * copy and the byte swaps
 * ------------------------------------------------------------------------ */

/* toInteger(n, defaultVal) of lib/buffer.js: the floor of a safe number. */
static double
to_integer_or_default (JsState *J, JsValue v, double fallback)
{
  double n = js_to_number (J, v);

  if (isnan (n) || n < -9007199254740991.0 || n > 9007199254740991.0)
    return fallback;
  return floor (n);
}

/* copy(target[, targetStart[, sourceStart[, sourceEnd]]]): _copy and
 * _copyActual; returns the number of bytes copied. */
NATIVE (buffer_proto_copy)
{
  JsObject *source = uint8_array_arg (J, this_value, "source");
  JsObject *target = uint8_array_arg (J, ARG (0), "target");
  double source_length = (double) js_typed_array_length (source);
  double target_length = (double) js_typed_array_length (target);
  double target_start = 0, source_start = 0, source_end = source_length, count;

  if (!js_is_undefined (ARG (1)))
    {
      target_start = to_integer_or_default (J, ARG (1), 0);
      if (target_start < 0)
        throw_out_of_range (J, "targetStart", ">= 0", target_start);
    }
  if (!js_is_undefined (ARG (2)))
    {
      source_start = to_integer_or_default (J, ARG (2), 0);
      if (source_start < 0 || source_start > source_length)
        {
          char range[64];

          g_snprintf (range, sizeof range, ">= 0 && <= %.0f", source_length);
          throw_out_of_range (J, "sourceStart", range, source_start);
        }
    }
  if (!js_is_undefined (ARG (3)))
    {
      source_end = to_integer_or_default (J, ARG (3), 0);
      if (source_end < 0)
        throw_out_of_range (J, "sourceEnd", ">= 0", source_end);
    }
  if (target_start >= target_length || source_start >= source_end)
    return js_number (0);
  if (source_end - source_start > target_length - target_start)
    source_end = source_start + target_length - target_start;
  count = MIN (source_end - source_start, source_length - source_start);
  memmove (js_typed_array_bytes (target) + (gsize) target_start,
           js_typed_array_bytes (source) + (gsize) source_start, (gsize) count);
  return js_number (count);
}

/* swap16 / swap32 / swap64: reverses the byte order of each unit in place. */
static JsValue
swap_units (JsState *J, JsValue this_value, gsize unit)
{
  JsObject *buf = this_buffer (J, this_value);
  gsize length = js_typed_array_length (buf);
  guint8 *bytes = js_typed_array_bytes (buf);

  if (length % unit != 0)
    {
      char *message = g_strdup_printf ("Buffer size must be a multiple of %u-bits", (guint) (unit * 8));
      throw_node_error_take (J, JS_RANGE_ERROR, "ERR_INVALID_BUFFER_SIZE", message);
    }
  for (gsize i = 0; i < length; i += unit)
    for (gsize a = i, b = i + unit - 1; a < b; a++, b--)
      {
        guint8 t = bytes[a];
        bytes[a] = bytes[b];
        bytes[b] = t;
      }
  return this_value;
}

NATIVE (buffer_proto_swap16) { return swap_units (J, this_value, 2); }
NATIVE (buffer_proto_swap32) { return swap_units (J, this_value, 4); }
NATIVE (buffer_proto_swap64) { return swap_units (J, this_value, 8); }

/* ------------------------------------------------------------------------
 * Initialisation
 * ------------------------------------------------------------------------ */

static void
define_method_with_alias (JsState *J, JsObject *proto, const char *name, JsNativeFn fn, int length)
{
  JsObject *f = js_define_method (J, proto, name, fn, length);

  /* Node spells the unsigned accessors both readUInt8 and readUint8. */
  if (strstr (name, "UInt") != NULL)
    {
      g_autofree char *alias = g_strdup (name);
      char *u = strstr (alias, "UInt");
      u[1] = 'i';
      js_define_value_utf8 (J, proto, alias, js_object_value (f), JS_PROP_HIDDEN);
    }
}

static JsObject *
buffer_constructor_object (JsState *J)
{
  return js_get_object (js_get (J, js_object_value (JS_INTRINSIC (J, BufferPrototype)), JS_KEY (J, constructor)));
}

static const struct { const char *name; JsNativeFn fn; int length; } statics[] = {
  { "from", buffer_static_from, 3 }, { "copyBytesFrom", buffer_static_copy_bytes_from, 3 },
  { "of", buffer_static_of, 0 }, { "alloc", buffer_static_alloc, 3 },
  { "allocUnsafe", buffer_static_alloc_unsafe, 1 }, { "allocUnsafeSlow", buffer_static_alloc_unsafe, 1 },
  { "isBuffer", buffer_static_is_buffer, 1 }, { "compare", buffer_static_compare, 2 },
  { "isEncoding", buffer_static_is_encoding, 1 }, { "concat", buffer_static_concat, 2 },
  { "byteLength", buffer_static_byte_length, 2 },
};

void
js_builtin_buffer_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, Uint8ArrayPrototype));
  JsObject *ctor = js_native_constructor_new (J, "Buffer", 3, buffer_constructor, proto);

  JS_INTRINSIC (J, BufferPrototype) = proto;
  js_object_set_prototype_of (J, ctor, JS_INTRINSIC (J, Uint8Array));
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, J->global, "Buffer", js_object_value (ctor), JS_PROP_HIDDEN);

  /* Node assigns the statics, so they are enumerable and console.log(Buffer) lists them. */
  js_define_value_utf8 (J, ctor, "poolSize", js_number (8192), JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (statics); i++)
    js_define_value_utf8 (J, ctor, statics[i].name,
                          js_object_value (js_native_function_new (J, statics[i].name, statics[i].length,
                                                                   statics[i].fn, 0)),
                          JS_PROP_DEFAULT);
  js_define_value (J, ctor, js_symbol_value (js_symbol_new (J, js_intern_utf8 (J, "kIsEncodingSymbol"))),
                   js_get_utf8 (J, js_object_value (ctor), "isEncoding"), JS_PROP_DEFAULT);

  js_define_method (J, proto, "toString", buffer_proto_to_string, 3);
  js_define_method (J, proto, "write", buffer_proto_write, 4);
  js_define_method (J, proto, "toJSON", buffer_proto_to_json, 0);
  js_define_method (J, proto, "equals", buffer_proto_equals, 1);
  js_define_method (J, proto, "compare", buffer_proto_compare, 5);
  js_define_method (J, proto, "indexOf", buffer_proto_index_of, 3);
  js_define_method (J, proto, "lastIndexOf", buffer_proto_last_index_of, 3);
  js_define_method (J, proto, "includes", buffer_proto_includes, 3);
  js_define_method (J, proto, "slice", buffer_proto_slice, 2);
  js_define_method (J, proto, "fill", buffer_proto_fill, 4);
  js_define_method (J, proto, "copy", buffer_proto_copy, 4);
  js_define_method (J, proto, "swap16", buffer_proto_swap16, 0);
  js_define_method (J, proto, "swap32", buffer_proto_swap32, 0);
  js_define_method (J, proto, "swap64", buffer_proto_swap64, 0);
  js_define_value_utf8 (J, proto, "toLocaleString", js_get_utf8 (J, js_object_value (proto), "toString"),
                        JS_PROP_HIDDEN);
#define DEFINE_METHODS(suffix, kind, little, min, max, range) \
  define_method_with_alias (J, proto, "read" #suffix, buffer_proto_read_##suffix, 1); \
  define_method_with_alias (J, proto, "write" #suffix, buffer_proto_write_##suffix, 2);
  NUMBER_ACCESSORS (DEFINE_METHODS)
#undef DEFINE_METHODS
  js_define_method_key (J, proto, js_inspect_custom_symbol (J), "[nodejs.util.inspect.custom]",
                        buffer_proto_inspect, 2);
}

JsValue
js_buffer_module_new (JsState *J)
{
  JsObject *exports = js_plain_object_new (J);
  JsObject *constants = js_plain_object_new (J);

  js_define_value_utf8 (J, exports, "Buffer", js_object_value (buffer_constructor_object (J)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, exports, "atob", js_get_utf8 (J, js_object_value (J->global), "atob"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, exports, "btoa", js_get_utf8 (J, js_object_value (J->global), "btoa"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, constants, "MAX_LENGTH", js_number (MAX_LENGTH), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, constants, "MAX_STRING_LENGTH", js_number (JS_STRING_MAX_LENGTH), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, exports, "constants", js_object_value (constants), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, exports, "kMaxLength", js_number (MAX_LENGTH), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, exports, "INSPECT_MAX_BYTES", js_number (INSPECT_MAX_BYTES), JS_PROP_DEFAULT);
  return js_object_value (exports);
}
