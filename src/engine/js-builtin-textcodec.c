/* js-builtin-textcodec.c: TextEncoder and TextDecoder (WHATWG Encoding),
 * atob and btoa (HTML's forgiving-base64), and the UTF-8 and base64 codecs
 * that Buffer shares.
 *
 * TextDecoder knows UTF-8, UTF-16LE and windows-1252, whose labels Node maps
 * to Latin-1 decoding, as Node's own decoder does without full ICU tables.
 * Errors carry Node's codes (ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE,
 * ERR_ENCODING_*); atob's are DOMExceptions named InvalidCharacterError.
 */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* A TextDecoder's slots (u.host.slots). */
enum {
  DECODER_ENCODING,     /* the canonical name, a string */
  DECODER_FLAGS,        /* a number: DECODER_FATAL | DECODER_IGNORE_BOM | DECODER_BOM_SEEN */
  DECODER_PENDING,      /* a number: the bytes of an unfinished sequence (stream: true), count << 24 | bytes */
};
enum { DECODER_FATAL = 1, DECODER_IGNORE_BOM = 2, DECODER_BOM_SEEN = 4 };

typedef enum { CODEC_UTF8, CODEC_UTF16LE, CODEC_LATIN1 } Codec;

static const JsHostClass text_encoder_class = { "TextEncoder", NULL, NULL };
static const JsHostClass text_decoder_class = { "TextDecoder", NULL, NULL };

/* ------------------------------------------------------------------------
 * UTF-8
 * ------------------------------------------------------------------------ */

gsize
js_utf8_length_of (const JsString *s)
{
  gsize n = 0;

  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];
      if (c < 0x80)
        n += 1;
      else if (c < 0x800)
        n += 2;
      else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length && s->chars[i + 1] >= 0xDC00 && s->chars[i + 1] <= 0xDFFF)
        {
          n += 4;
          i++;
        }
      else
        n += 3;   /* lone surrogates become U+FFFD */
    }
  return n;
}

/* Encodes s[*index..] into dest (capacity `room`), whole code points only;
 * advances *index past what was read and returns the bytes written. */
static gsize
utf8_encode_some (const JsString *s, guint32 *index, guint8 *dest, gsize room)
{
  gsize written = 0;
  guint32 i = *index;

  while (i < s->length)
    {
      guint32 cp = s->chars[i];
      guint32 units = 1;
      gsize n;

      if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s->length && s->chars[i + 1] >= 0xDC00 && s->chars[i + 1] <= 0xDFFF)
        {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (s->chars[i + 1] - 0xDC00);
          units = 2;
        }
      else if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = 0xFFFD;
      n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + n > room)
        break;
      switch (n)
        {
        case 1:
          dest[written] = (guint8) cp;
          break;
        case 2:
          dest[written] = (guint8) (0xC0 | (cp >> 6));
          dest[written + 1] = (guint8) (0x80 | (cp & 0x3F));
          break;
        case 3:
          dest[written] = (guint8) (0xE0 | (cp >> 12));
          dest[written + 1] = (guint8) (0x80 | ((cp >> 6) & 0x3F));
          dest[written + 2] = (guint8) (0x80 | (cp & 0x3F));
          break;
        default:
          dest[written] = (guint8) (0xF0 | (cp >> 18));
          dest[written + 1] = (guint8) (0x80 | ((cp >> 12) & 0x3F));
          dest[written + 2] = (guint8) (0x80 | ((cp >> 6) & 0x3F));
          dest[written + 3] = (guint8) (0x80 | (cp & 0x3F));
          break;
        }
      written += n;
      i += units;
    }
  *index = i;
  return written;
}

void
js_utf8_encode (const JsString *s, guint8 *dest)
{
  guint32 index = 0;
  utf8_encode_some (s, &index, dest, G_MAXSIZE);
}

static void
append_code_point (JsState *J, JsStringBuilder *b, guint32 cp)
{
  if (cp >= 0x10000)
    {
      cp -= 0x10000;
      js_string_builder_append_unit (J, b, (uint16_t) (0xD800 + (cp >> 10)));
      js_string_builder_append_unit (J, b, (uint16_t) (0xDC00 + (cp & 0x3FF)));
    }
  else
    js_string_builder_append_unit (J, b, (uint16_t) cp);
}

/* The UTF-8 decoder of the Encoding Standard (4.1): each maximal invalid
 * subpart becomes one U+FFFD.  Returns FALSE on the first error when
 * `fatal` (nothing appended then matters).  With `stream`, an unfinished
 * sequence at the end is left in *pending_out (its length returned through
 * *n_pending) instead of being an error. */
static gboolean
utf8_decode (JsState *J, JsStringBuilder *b, const guint8 *bytes, gsize n, gboolean fatal,
             gboolean stream, gsize *n_pending)
{
  guint32 cp = 0;
  int needed = 0, seen = 0;
  guint8 lower = 0x80, upper = 0xBF;
  gsize start = 0;

  for (gsize i = 0; i < n;)
    {
      guint8 byte = bytes[i];
      if (needed == 0)
        {
          start = i;
          i++;
          if (byte <= 0x7F)
            js_string_builder_append_unit (J, b, byte);
          else if (byte >= 0xC2 && byte <= 0xDF)
            needed = 1, cp = byte & 0x1F;
          else if (byte >= 0xE0 && byte <= 0xEF)
            {
              if (byte == 0xE0)
                lower = 0xA0;
              if (byte == 0xED)
                upper = 0x9F;
              needed = 2, cp = byte & 0xF;
            }
          else if (byte >= 0xF0 && byte <= 0xF4)
            {
              if (byte == 0xF0)
                lower = 0x90;
              if (byte == 0xF4)
                upper = 0x8F;
              needed = 3, cp = byte & 0x7;
            }
          else
            {
              if (fatal)
                return FALSE;
              js_string_builder_append_unit (J, b, 0xFFFD);
            }
          continue;
        }
      if (byte < lower || byte > upper)
        {
          /* The byte starts over; the sequence before it is one error. */
          cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xBF;
          if (fatal)
            return FALSE;
          js_string_builder_append_unit (J, b, 0xFFFD);
          continue;
        }
      lower = 0x80, upper = 0xBF;
      cp = (cp << 6) | (byte & 0x3F);
      seen++;
      i++;
      if (seen == needed)
        {
          append_code_point (J, b, cp);
          cp = 0, needed = 0, seen = 0;
        }
    }
  *n_pending = 0;
  if (needed != 0)
    {
      if (stream)
        *n_pending = n - start;
      else if (fatal)
        return FALSE;
      else
        js_string_builder_append_unit (J, b, 0xFFFD);
    }
  return TRUE;
}

JsString *
js_utf8_decode (JsState *J, const guint8 *bytes, gsize n)
{
  JsStringBuilder *b = js_string_builder_new (J);
  gsize pending;

  utf8_decode (J, b, bytes, n, FALSE, FALSE, &pending);
  return js_string_builder_finish (J, b);
}

/* ------------------------------------------------------------------------
 * Base64 (RFC 4648; HTML's forgiving-base64 for atob)
 * ------------------------------------------------------------------------ */

static const char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char base64url_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *
js_base64_encode (const guint8 *data, gsize n, gboolean url)
{
  const char *alphabet = url ? base64url_alphabet : base64_alphabet;
  GString *out = g_string_sized_new ((n + 2) / 3 * 4 + 1);

  for (gsize i = 0; i < n; i += 3)
    {
      guint32 chunk = (guint32) data[i] << 16;
      if (i + 1 < n)
        chunk |= (guint32) data[i + 1] << 8;
      if (i + 2 < n)
        chunk |= data[i + 2];
      g_string_append_c (out, alphabet[(chunk >> 18) & 63]);
      g_string_append_c (out, alphabet[(chunk >> 12) & 63]);
      if (i + 1 < n)
        g_string_append_c (out, alphabet[(chunk >> 6) & 63]);
      else if (!url)
        g_string_append_c (out, '=');
      if (i + 2 < n)
        g_string_append_c (out, alphabet[chunk & 63]);
      else if (!url)
        g_string_append_c (out, '=');
    }
  return g_string_free (out, FALSE);
}

/* The value of a base64 or base64url digit, or -1. */
static int
base64_digit (uint16_t c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+' || c == '-')
    return 62;
  if (c == '/' || c == '_')
    return 63;
  return -1;
}

/* Node's Buffer decoding: both alphabets, anything else skipped, stops at
 * the first '='.  `out` has room for n * 3 / 4 + 3 bytes. */
gsize
js_base64_decode_lenient (const uint16_t *chars, gsize n, guint8 *out)
{
  guint32 acc = 0;
  int bits = 0;
  gsize written = 0;

  for (gsize i = 0; i < n && chars[i] != '='; i++)
    {
      int d = base64_digit (chars[i]);
      if (d < 0)
        continue;
      acc = (acc << 6) | (guint32) d;
      bits += 6;
      if (bits >= 8)
        {
          bits -= 8;
          out[written++] = (guint8) (acc >> bits);
        }
    }
  return written;
}

/* Node words each failure; Chromium has one message per function. */
static G_GNUC_NORETURN void
throw_invalid_character (JsState *J, const char *message)
{
  if (J->options.host == JS_HOST_BROWSER)
    message = "Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.";
  js_throw (J, js_object_value (js_dom_exception_new (J, message, "InvalidCharacterError")));
}

static G_GNUC_NORETURN void
throw_missing_input (JsState *J)
{
  js_throw (J, js_object_value (js_node_error_new (J, JS_TYPE_ERROR, "ERR_MISSING_ARGS",
                                                   "The \"input\" argument must be specified")));
}

/* 8.3 atob(data): forgiving-base64 decode, each byte a code unit.  The
 * checks and their messages follow Node's lib/buffer.js: a bad character,
 * or '=' anywhere but at the end, is "Invalid character"; a length that
 * leaves one digit over is "not correctly encoded". */
NATIVE (global_atob)
{
  JsString *s;
  JsStringBuilder *b;
  gsize significant = 0, equals = 0, remainder;
  guint32 acc = 0;
  int bits = 0;

  if (argc == 0)
    throw_missing_input (J);
  s = js_to_string (J, argv[0]);
  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r')
        continue;
      if (c != '=' && (base64_digit (c) < 0 || c == '-' || c == '_'))
        throw_invalid_character (J, "Invalid character");
      significant++;
      if (c == '=')
        equals++;
      else if (equals > 0)
        throw_invalid_character (J, "Invalid character");
      if (equals > 2)
        throw_invalid_character (J, "Invalid character");
    }
  remainder = significant % 4;
  if (remainder == 0)
    remainder = (significant - equals) % 4;
  else if (equals > 0)
    throw_invalid_character (J, "Invalid character");
  if (remainder == 1)
    throw_invalid_character (J, "The string to be decoded is not correctly encoded.");
  b = js_string_builder_new (J);
  for (guint32 i = 0; i < s->length && s->chars[i] != '='; i++)
    {
      int d = base64_digit (s->chars[i]);
      if (d < 0)
        continue;
      acc = (acc << 6) | (guint32) d;
      bits += 6;
      if (bits >= 8)
        {
          bits -= 8;
          js_string_builder_append_unit (J, b, (uint16_t) ((acc >> bits) & 0xFF));
        }
    }
  return js_string_value (js_string_builder_finish (J, b));
}

/* 8.3 btoa(data): every code unit must be Latin-1. */
NATIVE (global_btoa)
{
  JsString *s;
  g_autofree guint8 *bytes = NULL;
  char *encoded;
  JsString *result;

  if (argc == 0)
    throw_missing_input (J);
  s = js_to_string (J, argv[0]);
  for (guint32 i = 0; i < s->length; i++)
    if (s->chars[i] > 0xFF)
      js_throw (J, js_object_value (js_dom_exception_new (
        J, J->options.host == JS_HOST_BROWSER
             ? "Failed to execute 'btoa' on 'Window': The string to be encoded contains characters outside of the Latin1 range."
             : "Invalid character",
        "InvalidCharacterError")));
  bytes = g_new (guint8, s->length + 1);
  for (guint32 i = 0; i < s->length; i++)
    bytes[i] = (guint8) s->chars[i];
  encoded = js_base64_encode (bytes, s->length, FALSE);
  result = js_string_new_latin1 (J, encoded, strlen (encoded));
  g_free (encoded);
  return js_string_value (result);
}

/* ------------------------------------------------------------------------
 * TextEncoder
 * ------------------------------------------------------------------------ */

static JsObject *
this_host (JsState *J, JsValue this_value, const JsHostClass *klass)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_HOST ||
      js_get_object (this_value)->u.host.klass != klass)
    {
      char message[64];
      g_snprintf (message, sizeof message, "Value of \"this\" must be of type %s", klass->name);
      js_throw (J, js_object_value (js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_THIS", message)));
    }
  return js_get_object (this_value);
}

static G_GNUC_NORETURN void
throw_class_needs_new (JsState *J, const char *name)
{
  js_throw_type_error (J, "Class constructor %s cannot be invoked without 'new'", name);
}

NATIVE (text_encoder_constructor)
{
  JsObject *encoder;

  if (js_is_undefined (new_target))
    throw_class_needs_new (J, "TextEncoder");
  encoder = js_create_from_constructor (J, new_target, JS_CLASS_HOST, js_get_object (js_get (J, js_object_value (callee), JS_KEY (J, prototype))));
  encoder->u.host.klass = &text_encoder_class;
  return js_object_value (encoder);
}

NATIVE (text_encoder_proto_encoding)
{
  this_host (J, this_value, &text_encoder_class);
  return js_string_value_utf8 (J, "utf-8");
}

NATIVE (text_encoder_proto_encode)
{
  JsString *s;
  JsObject *result;

  this_host (J, this_value, &text_encoder_class);
  s = js_is_undefined (ARG (0)) ? JS_ATOM (J, empty) : js_to_string (J, ARG (0));
  result = js_typed_array_new (J, JS_TYPED_ARRAY_UINT8, js_utf8_length_of (s), NULL);
  js_utf8_encode (s, js_typed_array_bytes (result));
  return js_object_value (result);
}

NATIVE (text_encoder_proto_encode_into)
{
  JsString *s;
  JsValue dest = ARG (1);
  JsObject *ta, *result;
  guint32 read = 0;
  gsize written;

  this_host (J, this_value, &text_encoder_class);
  s = js_to_string (J, ARG (0));
  if (!js_is_object (dest) || js_get_object (dest)->class_id != JS_CLASS_TYPED_ARRAY ||
      js_get_object (dest)->u.view.kind != JS_TYPED_ARRAY_UINT8)
    {
      char *received = js_node_describe_received (J, dest);
      char *message = g_strdup_printf ("The \"dest\" argument must be an instance of Uint8Array. Received %s",
                                       received);
      JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);
      g_free (received);
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  ta = js_get_object (dest);
  written = utf8_encode_some (s, &read, js_typed_array_bytes (ta), js_typed_array_length (ta));
  result = js_plain_object_new (J);
  js_define_value_utf8 (J, result, "read", js_number (read), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, result, "written", js_number ((double) written), JS_PROP_DEFAULT);
  return js_object_value (result);
}

/* ------------------------------------------------------------------------
 * TextDecoder
 * ------------------------------------------------------------------------ */

/* The Encoding Standard's labels for the encodings we decode. */
static const struct { const char *label; const char *name; } encoding_labels[] = {
  { "unicode-1-1-utf-8", "utf-8" }, { "unicode11utf8", "utf-8" }, { "unicode20utf8", "utf-8" },
  { "utf-8", "utf-8" }, { "utf8", "utf-8" }, { "x-unicode20utf8", "utf-8" },
  { "csunicode", "utf-16le" }, { "iso-10646-ucs-2", "utf-16le" }, { "ucs-2", "utf-16le" },
  { "unicode", "utf-16le" }, { "unicodefeff", "utf-16le" }, { "utf-16", "utf-16le" }, { "utf-16le", "utf-16le" },
  { "ansi_x3.4-1968", "windows-1252" }, { "ascii", "windows-1252" }, { "cp1252", "windows-1252" },
  { "cp819", "windows-1252" }, { "csisolatin1", "windows-1252" }, { "ibm819", "windows-1252" },
  { "iso-8859-1", "windows-1252" }, { "iso-ir-100", "windows-1252" }, { "iso8859-1", "windows-1252" },
  { "iso88591", "windows-1252" }, { "iso_8859-1", "windows-1252" }, { "iso_8859-1:1987", "windows-1252" },
  { "l1", "windows-1252" }, { "latin1", "windows-1252" }, { "us-ascii", "windows-1252" },
  { "windows-1252", "windows-1252" }, { "x-cp1252", "windows-1252" },
};

static Codec
codec_of (JsString *name)
{
  if (js_string_equal_ascii (name, "utf-8"))
    return CODEC_UTF8;
  if (js_string_equal_ascii (name, "utf-16le"))
    return CODEC_UTF16LE;
  return CODEC_LATIN1;
}

NATIVE (text_decoder_constructor)
{
  JsObject *decoder;
  const char *name = NULL;
  int flags = 0;

  if (js_is_undefined (new_target))
    throw_class_needs_new (J, "TextDecoder");
  if (js_is_undefined (ARG (0)))
    name = "utf-8";
  else
    {
      char *label = js_string_to_utf8 (js_to_string (J, ARG (0)));
      char *trimmed = g_ascii_strdown (g_strstrip (label), -1);
      for (guint i = 0; i < G_N_ELEMENTS (encoding_labels); i++)
        if (strcmp (trimmed, encoding_labels[i].label) == 0)
          name = encoding_labels[i].name;
      g_free (trimmed);
      if (name == NULL)
        {
          char *message = g_strdup_printf ("The \"%s\" encoding is not supported", label);
          JsObject *error = js_node_error_new (J, JS_RANGE_ERROR, "ERR_ENCODING_NOT_SUPPORTED", message);
          g_free (message);
          g_free (label);
          js_throw (J, js_object_value (error));
        }
      g_free (label);
    }
  if (js_is_object (ARG (1)))
    {
      if (js_to_boolean (js_get_utf8 (J, ARG (1), "fatal")))
        flags |= DECODER_FATAL;
      if (js_to_boolean (js_get_utf8 (J, ARG (1), "ignoreBOM")))
        flags |= DECODER_IGNORE_BOM;
    }
  decoder = js_create_from_constructor (J, new_target, JS_CLASS_HOST, js_get_object (js_get (J, js_object_value (callee), JS_KEY (J, prototype))));
  decoder->u.host.klass = &text_decoder_class;
  decoder->u.host.slots[DECODER_ENCODING] = js_string_value_utf8 (J, name);
  decoder->u.host.slots[DECODER_FLAGS] = js_number (flags);
  decoder->u.host.slots[DECODER_PENDING] = js_number (0);
  return js_object_value (decoder);
}

static int
decoder_flags (JsObject *decoder)
{
  return (int) js_get_number (decoder->u.host.slots[DECODER_FLAGS]);
}

NATIVE (text_decoder_proto_encoding)
{
  return this_host (J, this_value, &text_decoder_class)->u.host.slots[DECODER_ENCODING];
}

NATIVE (text_decoder_proto_fatal)
{
  return js_boolean (decoder_flags (this_host (J, this_value, &text_decoder_class)) & DECODER_FATAL);
}

NATIVE (text_decoder_proto_ignore_bom)
{
  return js_boolean (decoder_flags (this_host (J, this_value, &text_decoder_class)) & DECODER_IGNORE_BOM);
}

/* The bytes of a BufferSource: an ArrayBuffer or any view. */
gboolean
js_buffer_source_bytes (JsValue v, const guint8 **bytes, gsize *n)
{
  JsObject *o;

  if (!js_is_object (v))
    return FALSE;
  o = js_get_object (v);
  switch (o->class_id)
    {
    case JS_CLASS_ARRAY_BUFFER:
      *bytes = o->u.buffer.data;
      *n = o->u.buffer.byte_length;
      return TRUE;
    case JS_CLASS_TYPED_ARRAY:
      *n = js_typed_array_length (o) * js_typed_array_element_size (o->u.view.kind);
      *bytes = *n > 0 ? js_typed_array_bytes (o) : NULL;
      return TRUE;
    case JS_CLASS_DATA_VIEW:
      *n = o->u.view.byte_offset + o->u.view.length <= o->u.view.buffer->u.buffer.byte_length ? o->u.view.length : 0;
      *bytes = *n > 0 ? o->u.view.buffer->u.buffer.data + o->u.view.byte_offset : NULL;
      return TRUE;
    default:
      return FALSE;
    }
}

static G_GNUC_NORETURN void
throw_invalid_data (JsState *J, JsObject *decoder)
{
  char *name = js_string_to_utf8 (js_get_string (decoder->u.host.slots[DECODER_ENCODING]));
  char *message = g_strdup_printf ("The encoded data was not valid for encoding %s", name);
  JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_ENCODING_INVALID_ENCODED_DATA", message);

  g_free (name);
  g_free (message);
  js_throw (J, js_object_value (error));
}

/* decode(input, { stream }) */
NATIVE (text_decoder_proto_decode)
{
  JsObject *decoder = this_host (J, this_value, &text_decoder_class);
  int flags = decoder_flags (decoder);
  guint32 pending = (guint32) js_get_number (decoder->u.host.slots[DECODER_PENDING]);
  gsize n_pending = pending >> 24;
  const guint8 *input = NULL;
  gsize n = 0, n_left = 0;
  gboolean stream = FALSE;
  g_autofree guint8 *bytes = NULL;
  JsStringBuilder *b;
  gsize start = 0;

  if (!js_is_undefined (ARG (0)) && !js_buffer_source_bytes (ARG (0), &input, &n))
    js_throw (J, js_object_value (js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                                                     "The \"list\" argument must be an instance of "
                                                     "SharedArrayBuffer, ArrayBuffer or ArrayBufferView.")));
  if (js_is_object (ARG (1)))
    stream = js_to_boolean (js_get_utf8 (J, ARG (1), "stream"));
  /* Prefix the bytes an earlier streaming call left unfinished. */
  bytes = g_malloc (n + n_pending + 1);
  for (gsize i = 0; i < n_pending; i++)
    bytes[i] = (guint8) (pending >> (8 * (n_pending - 1 - i)));
  if (n > 0)
    memcpy (bytes + n_pending, input, n);
  n += n_pending;

  b = js_string_builder_new (J);
  switch (codec_of (js_get_string (decoder->u.host.slots[DECODER_ENCODING])))
    {
    case CODEC_UTF8:
      if (!(flags & (DECODER_IGNORE_BOM | DECODER_BOM_SEEN)) && n >= 3 &&
          bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        start = 3;
      if (!utf8_decode (J, b, bytes + start, n - start, (flags & DECODER_FATAL) != 0, stream, &n_left))
        {
          decoder->u.host.slots[DECODER_PENDING] = js_number (0);
          g_clear_pointer (&bytes, g_free);
          throw_invalid_data (J, decoder);
        }
      break;
    case CODEC_UTF16LE:
      if (!(flags & (DECODER_IGNORE_BOM | DECODER_BOM_SEEN)) && n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        start = 2;
      for (gsize i = start; i + 1 < n; i += 2)
        {
          uint16_t unit = (uint16_t) (bytes[i] | (bytes[i + 1] << 8));
          gboolean high = unit >= 0xD800 && unit <= 0xDBFF, low = unit >= 0xDC00 && unit <= 0xDFFF;
          gboolean paired = high && i + 3 < n && bytes[i + 3] >= 0xDC && bytes[i + 3] <= 0xDF;
          if (high && !paired && stream && i + 3 >= n)
            {
              n_left = n - i;
              break;
            }
          if ((high && !paired) || low)
            {
              if (flags & DECODER_FATAL)
                {
                  g_clear_pointer (&bytes, g_free);
                  throw_invalid_data (J, decoder);
                }
              unit = 0xFFFD;
            }
          js_string_builder_append_unit (J, b, unit);
          if (paired)
            {
              js_string_builder_append_unit (J, b, (uint16_t) (bytes[i + 2] | (bytes[i + 3] << 8)));
              i += 2;
            }
        }
      if ((n - start) % 2 == 1 && n_left == 0)
        {
          if (stream)
            n_left = 1;
          else if (flags & DECODER_FATAL)
            {
              g_clear_pointer (&bytes, g_free);
              throw_invalid_data (J, decoder);
            }
          else
            js_string_builder_append_unit (J, b, 0xFFFD);
        }
      break;
    case CODEC_LATIN1:
      for (gsize i = 0; i < n; i++)
        js_string_builder_append_unit (J, b, bytes[i]);
      break;
    }
  pending = 0;
  for (gsize i = n - n_left; i < n; i++)
    pending = (pending << 8) | bytes[i];
  decoder->u.host.slots[DECODER_PENDING] = js_number ((double) ((n_left << 24) | pending));
  /* A stream strips one BOM at its start; a call without stream ends it. */
  if (stream && n > 0)
    flags |= DECODER_BOM_SEEN;
  else if (!stream)
    flags &= ~DECODER_BOM_SEEN;
  decoder->u.host.slots[DECODER_FLAGS] = js_number (flags);
  return js_string_value (js_string_builder_finish (J, b));
}

/* Node's util.inspect shows an encoder as `{ encoding: 'utf-8' }` and a
 * decoder as `TextDecoder { encoding: …, fatal: …, ignoreBOM: … }`. */
NATIVE (text_encoder_inspect)
{
  JsObject *shown = js_plain_object_new (J);

  this_host (J, this_value, &text_encoder_class);
  js_define_value_utf8 (J, shown, "encoding", js_string_value_utf8 (J, "utf-8"), JS_PROP_DEFAULT);
  return js_object_value (shown);
}

NATIVE (text_decoder_inspect)
{
  JsObject *decoder = this_host (J, this_value, &text_decoder_class);
  JsObject *shown = js_plain_object_new (J);
  int flags = decoder_flags (decoder);
  JsInspectOptions options;
  GString *out = g_string_new ("TextDecoder ");
  JsString *result;

  js_define_value_utf8 (J, shown, "encoding", decoder->u.host.slots[DECODER_ENCODING], JS_PROP_DEFAULT);
  js_define_value_utf8 (J, shown, "fatal", js_boolean (flags & DECODER_FATAL), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, shown, "ignoreBOM", js_boolean (flags & DECODER_IGNORE_BOM), JS_PROP_DEFAULT);
  js_inspect_options_init (&options);
  js_inspect (J, js_object_value (shown), &options, out);
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* Symbol.for('nodejs.util.inspect.custom') */
JsValue
js_inspect_custom_symbol (JsState *J)
{
  JsValue key = js_string_value_utf8 (J, "nodejs.util.inspect.custom");
  return js_invoke (J, js_get_utf8 (J, js_object_value (J->global), "Symbol"), js_key_from_utf8 (J, "for"), 1, &key);
}

static JsObject *
define_class (JsState *J, const char *name, JsNativeFn constructor, int length)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, name, length, constructor, proto);

  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, name), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, name, js_object_value (ctor), JS_PROP_HIDDEN);
  return proto;
}

void
js_builtin_textcodec_init (JsState *J)
{
  JsValue inspect = js_inspect_custom_symbol (J);
  JsObject *proto;

  proto = define_class (J, "TextEncoder", text_encoder_constructor, 0);
  js_define_method (J, proto, "encode", text_encoder_proto_encode, 0);
  js_define_method (J, proto, "encodeInto", text_encoder_proto_encode_into, 2);
  js_define_getter (J, proto, "encoding", text_encoder_proto_encoding);
  js_define_method_key (J, proto, inspect, "[nodejs.util.inspect.custom]", text_encoder_inspect, 2);

  proto = define_class (J, "TextDecoder", text_decoder_constructor, 0);
  js_define_method (J, proto, "decode", text_decoder_proto_decode, 0);
  js_define_getter (J, proto, "encoding", text_decoder_proto_encoding);
  js_define_getter (J, proto, "fatal", text_decoder_proto_fatal);
  js_define_getter (J, proto, "ignoreBOM", text_decoder_proto_ignore_bom);
  js_define_method_key (J, proto, inspect, "[nodejs.util.inspect.custom]", text_decoder_inspect, 2);

  js_define_method (J, J->global, "atob", global_atob, 1);
  js_define_method (J, J->global, "btoa", global_btoa, 1);
}
