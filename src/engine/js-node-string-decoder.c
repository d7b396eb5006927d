/* js-node-string-decoder.c: require('string_decoder') (lib/string_decoder.js).
 *
 * write(buf) decodes the complete characters and keeps an incomplete tail
 * (a split UTF-8 sequence or UTF-16 pair, base64's last partial group) for
 * the next call; end() flushes it.  The state lives, as in Node, in a small
 * buffer under the kNativeDecoder symbol: the incomplete bytes [0, 4), then
 * the missing byte count, the buffered byte count and the encoding.
 */
#include "js-internal.h"

enum { STATE_MISSING = 4, STATE_BUFFERED = 5, STATE_ENCODING = 6, STATE_SIZE = 7 };

/* Node's `enum encoding` values, as stored in the state. */
typedef enum { ENC_ASCII, ENC_UTF8, ENC_BASE64, ENC_UCS2, ENC_LATIN1, ENC_HEX, ENC_BUFFER, ENC_BASE64URL } Encoding;

static const struct { const char *name; Encoding encoding; const char *canonical; } encodings[] = {
  { "utf8", ENC_UTF8, "utf8" }, { "utf-8", ENC_UTF8, "utf8" }, { "ucs2", ENC_UCS2, "utf16le" },
  { "ucs-2", ENC_UCS2, "utf16le" }, { "utf16le", ENC_UCS2, "utf16le" }, { "utf-16le", ENC_UCS2, "utf16le" },
  { "latin1", ENC_LATIN1, "latin1" }, { "binary", ENC_LATIN1, "latin1" }, { "base64", ENC_BASE64, "base64" },
  { "base64url", ENC_BASE64URL, "base64url" }, { "hex", ENC_HEX, "hex" }, { "ascii", ENC_ASCII, "ascii" },
};

static const char *
canonical_name (Encoding encoding)
{
  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    if (encodings[i].encoding == encoding)
      return encodings[i].canonical;
  return "utf8";
}

/* The decoder's state bytes; throws for an object that is not a decoder. */
static guint8 *
decoder_state (JsState *J, JsValue decoder, JsObject *callee)
{
  JsValue state = js_is_object (decoder) ? js_get (J, decoder, js_native_captures (callee)[0]) : JS_UNDEFINED;
  const guint8 *bytes;
  gsize n;

  if (!js_buffer_source_bytes (state, &bytes, &n) || n < STATE_SIZE)
    js_node_throw_error (J, JS_TYPE_ERROR, "ERR_INVALID_THIS", g_strdup ("Value of \"this\" must be of type StringDecoder"));
  return (guint8 *) bytes;
}

/* How many bytes at the end of `bytes` start a character still incomplete. */
static gsize
incomplete_tail (Encoding encoding, const guint8 *bytes, gsize n)
{
  switch (encoding)
    {
    case ENC_UTF8:
      for (gsize back = 1; back <= 3 && back <= n; back++)
        {
          guint8 b = bytes[n - back];
          gsize need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
          if ((b & 0xC0) == 0x80)
            continue;
          return need > back ? back : 0;
        }
      return 0;
    case ENC_UCS2:
      {
        gsize odd = n % 2;
        /* A high surrogate waits for its pair. */
        if (n - odd >= 2 && (bytes[n - odd - 1] & 0xFC) == 0xD8)
          return odd + 2;
        return odd;
      }
    case ENC_BASE64:
    case ENC_BASE64URL:
      return n % 3;
    default:
      return 0;
    }
}

static JsString *
decode_bytes (JsState *J, Encoding encoding, const guint8 *bytes, gsize n)
{
  JsValue name;

  if (encoding == ENC_UTF8)
    return js_utf8_decode (J, bytes, n);
  name = js_string_value_utf8 (J, canonical_name (encoding));
  return js_to_string (J, js_invoke (J, js_object_value (js_buffer_from_bytes (J, bytes, n)),
                                     js_key_from_utf8 (J, "toString"), 1, &name));
}

/* How many more bytes the incomplete tail `bytes` needs. */
static guint8
missing_bytes (Encoding encoding, const guint8 *bytes, gsize tail)
{
  if (encoding == ENC_UTF8)
    return (guint8) ((bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : 2) - tail);
  if (encoding == ENC_UCS2)
    return tail % 2 ? 1 : 2;
  return (guint8) (3 - tail);
}

/* write(buf): first the character the buffered bytes started, completed
 * and decoded on its own (as Node's decoder does: a UTF-16 surrogate made
 * of split bytes comes out alone), then the complete characters of the
 * rest; its incomplete tail is buffered. */
static JsValue
string_decoder_write (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsValue buf = js_arg (argc, argv, 0);
  guint8 *state = decoder_state (J, this_value, callee);
  Encoding encoding = state[STATE_ENCODING];
  JsString *head = js_string_new_utf8 (J, "", 0), *body;
  const guint8 *input;
  gsize n, tail;

  if (js_is_string (buf))
    return buf;
  if (!js_is_object (buf) || (js_get_object (buf)->class_id != JS_CLASS_TYPED_ARRAY &&
                              js_get_object (buf)->class_id != JS_CLASS_DATA_VIEW) ||
      !js_buffer_source_bytes (buf, &input, &n))
    js_node_throw_invalid_arg_type (J, "buf", "an instance of Buffer, TypedArray, or DataView", buf);
  if (state[STATE_BUFFERED] > 0)
    {
      gsize take = MIN (state[STATE_MISSING], n);
      guint8 character[4];
      memmove (state + state[STATE_BUFFERED], input, take);
      state[STATE_BUFFERED] += (guint8) take;
      state[STATE_MISSING] -= (guint8) take;
      input += take;
      n -= take;
      if (state[STATE_MISSING] > 0)
        return js_string_value (head);
      memcpy (character, state, state[STATE_BUFFERED]);
      head = decode_bytes (J, encoding, character, state[STATE_BUFFERED]);
      state[STATE_BUFFERED] = 0;
    }
  tail = incomplete_tail (encoding, input, n);
  memmove (state, input + n - tail, tail);
  state[STATE_BUFFERED] = (guint8) tail;
  state[STATE_MISSING] = tail > 0 ? missing_bytes (encoding, state, tail) : 0;
  body = decode_bytes (J, encoding, input, n - tail);
  return js_string_value (js_string_concat (J, head, body));
}

/* end(buf): write(buf), then what an incomplete tail stands for. */
static JsValue
string_decoder_end (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  guint8 *state = decoder_state (J, this_value, callee);
  JsValue result = js_string_value (js_string_new_utf8 (J, "", 0));
  Encoding encoding = state[STATE_ENCODING];
  gsize buffered;

  if (argc > 0 && !js_is_undefined (argv[0]))
    result = string_decoder_write (J, this_value, argc, argv, new_target, callee);
  buffered = state[STATE_BUFFERED];
  if (buffered > 0)
    {
      JsString *rest;
      guint8 copy[4];
      memcpy (copy, state, buffered);
      if (encoding == ENC_UTF8)
        rest = js_string_new_utf8 (J, "\xEF\xBF\xBD", -1);
      else
        rest = decode_bytes (J, encoding, copy, encoding == ENC_UCS2 ? buffered - buffered % 2 : buffered);
      result = js_string_value (js_string_concat (J, js_get_string (result), rest));
    }
  state[STATE_BUFFERED] = 0;
  state[STATE_MISSING] = 0;
  return result;
}

/* new StringDecoder(encoding = 'utf8'): captures the prototype and the
 * kNativeDecoder symbol. */
static JsValue
string_decoder_construct (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  JsValue encoding = js_arg (argc, argv, 0), state_buffer;
  JsObject *decoder;
  Encoding found = ENC_UTF8;
  gboolean known = js_is_undefined (encoding) || js_is_null (encoding);
  guint8 state[STATE_SIZE] = { 0 };

  if (!known)
    {
      char *name = js_string_to_utf8 (js_to_string (J, encoding));
      char *lower = g_ascii_strdown (name, -1);
      for (guint i = 0; i < G_N_ELEMENTS (encodings) && !known; i++)
        if (strcmp (lower, encodings[i].name) == 0 || (name[0] == '\0' && i == 0))
          {
            found = encodings[i].encoding;
            known = TRUE;
          }
      g_free (lower);
      if (!known)
        {
          char *message = g_strdup_printf ("Unknown encoding: %s", name);
          g_free (name);
          js_node_throw_error (J, JS_TYPE_ERROR, "ERR_UNKNOWN_ENCODING", message);
        }
      g_free (name);
    }
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Class constructor StringDecoder cannot be invoked without 'new'");
  decoder = js_create_from_constructor (J, new_target, JS_CLASS_OBJECT, js_get_object (js_native_captures (callee)[0]));
  js_define_value_utf8 (J, decoder, "encoding", js_string_value_utf8 (J, canonical_name (found)), JS_PROP_DEFAULT);
  state[STATE_ENCODING] = (guint8) found;
  state_buffer = js_object_value (js_buffer_from_bytes (J, state, STATE_SIZE));
  js_define_value (J, decoder, js_native_captures (callee)[1], state_buffer, JS_PROP_DEFAULT);
  return js_object_value (decoder);
}

JsValue
js_node_string_decoder_module_new (JsState *J)
{
  JsObject *module = js_plain_object_new (J);
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_function_new (J, "StringDecoder", 1, string_decoder_construct, 2);
  JsValue symbol = js_symbol_value (js_symbol_new (J, js_intern_utf8 (J, "kNativeDecoder")));

  ctor->flags |= JS_OBJECT_CONSTRUCTOR;
  js_native_captures (ctor)[0] = js_object_value (proto);
  js_native_captures (ctor)[1] = symbol;
  js_define_value (J, ctor, JS_KEY (J, prototype), js_object_value (proto), JS_PROP_WRITABLE);
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_captured_method (J, proto, "write", string_decoder_write, 1, symbol, JS_PROP_DEFAULT);
  js_define_captured_method (J, proto, "end", string_decoder_end, 1, symbol, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "StringDecoder", js_object_value (ctor), JS_PROP_DEFAULT);
  return js_object_value (module);
}
