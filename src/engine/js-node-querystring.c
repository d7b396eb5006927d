/* js-node-querystring.c: require('querystring') (lib/querystring.js):
 * escape / unescape / unescapeBuffer, stringify (encode) and parse
 * (decode), with Node's quirks: '+' is a space in parse, a key or value
 * that decodeURIComponent rejects is decoded bytewise and lossily, parse
 * looks at most maxKeys (1000) separator-delimited pieces.
 */
#include "js-internal.h"

#include <math.h>

/* The characters escape leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( ) */
static gboolean
is_unescaped (uint16_t c)
{
  return c < 128 && (g_ascii_isalnum (c) || strchr ("-_.!~*'()", c) != NULL) && c != 0;
}

static void
append_percent_byte (JsState *J, JsStringBuilder *b, guint byte)
{
  char hex[4];

  g_snprintf (hex, sizeof hex, "%%%02X", byte & 0xFF);
  js_string_builder_append_ascii (J, b, hex);
}

/* encodeStr(str, noEscape, hexTable): percent-encodes UTF-8.  Like Node, a
 * surrogate takes the next unit as its pair without checking it. */
static JsString *
querystring_encode (JsState *J, JsString *s)
{
  JsStringBuilder *b = js_string_builder_new (J);

  for (guint32 i = 0; i < s->length; i++)
    {
      guint32 c = s->chars[i];

      if (is_unescaped ((uint16_t) c))
        js_string_builder_append_unit (J, b, (uint16_t) c);
      else if (c < 0x80)
        append_percent_byte (J, b, c);
      else if (c < 0x800)
        {
          append_percent_byte (J, b, 0xC0 | (c >> 6));
          append_percent_byte (J, b, 0x80 | (c & 0x3F));
        }
      else if (c < 0xD800 || c >= 0xE000)
        {
          append_percent_byte (J, b, 0xE0 | (c >> 12));
          append_percent_byte (J, b, 0x80 | ((c >> 6) & 0x3F));
          append_percent_byte (J, b, 0x80 | (c & 0x3F));
        }
      else
        {
          if (++i >= s->length)
            js_node_throw_error (J, JS_URI_ERROR, "ERR_INVALID_URI", g_strdup ("URI malformed"));
          c = 0x10000 + (((c & 0x3FF) << 10) | (s->chars[i] & 0x3FF));
          append_percent_byte (J, b, 0xF0 | (c >> 18));
          append_percent_byte (J, b, 0x80 | ((c >> 12) & 0x3F));
          append_percent_byte (J, b, 0x80 | ((c >> 6) & 0x3F));
          append_percent_byte (J, b, 0x80 | (c & 0x3F));
        }
    }
  return js_string_builder_finish (J, b);
}

static JsValue
querystring_escape (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return js_string_value (querystring_encode (J, js_to_string (J, js_arg (argc, argv, 0))));
}

static int
hex_value (uint16_t c)
{
  return c < 128 && g_ascii_isxdigit (c) ? g_ascii_xdigit_value ((char) c) : -1;
}

/* unescapeBuffer(s, decodeSpaces): each valid %XX becomes its byte, any
 * other unit its low byte (as a Buffer store truncates it).  g_free it. */
static guint8 *
unescape_bytes (JsString *s, gboolean decode_spaces, gsize *n_out)
{
  guint8 *out = g_malloc (s->length + 1);
  gsize n = 0;

  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];

      if (c == '+' && decode_spaces)
        c = ' ';
      else if (c == '%' && i + 2 < s->length && hex_value (s->chars[i + 1]) >= 0 && hex_value (s->chars[i + 2]) >= 0)
        {
          c = (uint16_t) (hex_value (s->chars[i + 1]) * 16 + hex_value (s->chars[i + 2]));
          i += 2;
        }
      out[n++] = (guint8) c;
    }
  *n_out = n;
  return out;
}

static JsValue
querystring_unescape_buffer (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                             JsValue new_target, JsObject *callee)
{
  JsString *s = js_to_string (J, js_arg (argc, argv, 0));
  gsize n;
  guint8 *bytes = unescape_bytes (s, js_to_boolean (js_arg (argc, argv, 1)), &n);
  JsObject *buffer = js_buffer_from_bytes (J, bytes, n);

  g_free (bytes);
  return js_object_value (buffer);
}

/* decodeURIComponent(s), or NULL where it throws a URIError. */
static JsString *
try_decode_uri_component (JsState *J, JsString *s)
{
  JsValue decode = js_get_utf8 (J, js_object_value (J->global), "decodeURIComponent");
  JsValue arg = js_string_value (s), result;
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) != 0)
    {
      if (J->terminating)
        js_throw (J, J->exception);
      return NULL;
    }
  result = js_call (J, decode, JS_UNDEFINED, 1, &arg);
  js_try_end (J, &tp);
  return js_to_string (J, result);
}

/* qsUnescape(s, decodeSpaces) */
static JsString *
querystring_unescape_string (JsState *J, JsString *s, gboolean decode_spaces)
{
  JsString *decoded = try_decode_uri_component (J, s);
  guint8 *bytes;
  gsize n;

  if (decoded != NULL)
    return decoded;
  bytes = unescape_bytes (s, decode_spaces, &n);
  decoded = js_utf8_decode (J, bytes, n);
  g_free (bytes);
  return decoded;
}

static JsValue
querystring_unescape (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsString *s = js_to_string (J, js_arg (argc, argv, 0));

  return js_string_value (querystring_unescape_string (J, s, js_to_boolean (js_arg (argc, argv, 1))));
}

/* encodeStringified(v, encode), or with a custom encoder
 * encode(stringifyPrimitive(v)). */
static JsString *
stringify_value (JsState *J, JsValue v, JsValue custom_encode)
{
  JsString *s = NULL;

  if (js_is_string (v))
    s = js_get_string (v);
  else if (js_is_number (v) && isfinite (js_get_number (v)))
    {
      s = js_string_from_number (J, js_get_number (v));
      /* 1e+21 and up need their '+' escaped. */
      if (js_is_undefined (custom_encode) && fabs (js_get_number (v)) < 1e21)
        return s;
    }
  else if (js_is_bigint (v) || js_is_boolean (v))
    {
      s = js_to_string (J, v);
      if (js_is_undefined (custom_encode))
        return s;
    }
  else
    s = js_string_new_utf8 (J, "", 0);
  if (!js_is_undefined (custom_encode))
    {
      JsValue arg = js_string_value (s);
      return js_to_string (J, js_call (J, custom_encode, JS_UNDEFINED, 1, &arg));
    }
  return s->length == 0 ? s : querystring_encode (J, s);
}

static JsString *
string_option (JsState *J, JsValue v, const char *fallback)
{
  return js_to_boolean (v) ? js_to_string (J, v) : js_string_new_utf8 (J, fallback, -1);
}

/* stringify(obj, sep = '&', eq = '=', { encodeURIComponent }) */
static JsValue
querystring_stringify (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsValue obj = js_arg (argc, argv, 0), options = js_arg (argc, argv, 3), encode = JS_UNDEFINED;
  JsString *sep = string_option (J, js_arg (argc, argv, 1), "&"), *eq = string_option (J, js_arg (argc, argv, 2), "=");
  JsStringBuilder *fields = js_string_builder_new (J);
  gboolean first = TRUE;
  JsObject *keys;

  if (js_is_object (options) && js_is_callable (js_get_utf8 (J, options, "encodeURIComponent")))
    encode = js_get_utf8 (J, options, "encodeURIComponent");
  if (!js_is_object (obj) || js_is_callable (obj))
    return js_string_value (js_string_new_utf8 (J, "", 0));
  {
    guint32 n;
    JsValue *own = js_own_property_keys (J, js_get_object (obj), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
    keys = js_array_from_values (J, own, n);
    g_free (own);
  }
  for (guint32 i = 0; i < js_array_length (keys); i++)
    {
      JsValue k = js_get_index (J, js_object_value (keys), i);
      JsValue v = js_get (J, obj, js_to_property_key (J, k));
      JsString *ks = js_string_concat (J, stringify_value (J, js_string_value (js_to_string (J, k)), encode), eq);

      if (js_is_array_value (J, v))
        {
          guint32 length = (guint32) js_to_length (J, js_get_utf8 (J, v, "length"));
          for (guint32 j = 0; j < length; j++)
            {
              if (!first)
                js_string_builder_append (J, fields, sep);
              first = FALSE;
              js_string_builder_append (J, fields, ks);
              js_string_builder_append (J, fields, stringify_value (J, js_get_index (J, v, j), encode));
            }
          continue;
        }
      if (!first)
        js_string_builder_append (J, fields, sep);
      first = FALSE;
      js_string_builder_append (J, fields, ks);
      js_string_builder_append (J, fields, stringify_value (J, v, encode));
    }
  return js_string_value (js_string_builder_finish (J, fields));
}

static gboolean
string_contains_unit (JsString *s, uint16_t unit)
{
  for (guint32 i = 0; i < s->length; i++)
    if (s->chars[i] == unit)
      return TRUE;
  return FALSE;
}

/* decodeStr(s, decoder) after '+' became ' ': the default decoder only
 * runs where there is something to decode. */
static JsString *
parse_decode (JsState *J, JsString *s, JsValue custom_decode)
{
  uint16_t *units = g_memdup2 (s->chars, s->length * sizeof (uint16_t));
  JsString *spaced;

  for (guint32 i = 0; i < s->length; i++)
    if (units[i] == '+')
      units[i] = ' ';
  spaced = js_string_new (J, units, s->length);
  g_free (units);
  if (!js_is_undefined (custom_decode))
    {
      JsValue arg = js_string_value (spaced), result = JS_UNDEFINED;
      JsTryPoint tp;
      js_try_begin (J, &tp);
      if (setjmp (tp.env) != 0)
        {
          if (J->terminating)
            js_throw (J, J->exception);
          return querystring_unescape_string (J, js_get_string (arg), TRUE);
        }
      result = js_call (J, custom_decode, JS_UNDEFINED, 1, &arg);
      js_try_end (J, &tp);
      return js_to_string (J, result);
    }
  return string_contains_unit (spaced, '%') ? querystring_unescape_string (J, spaced, TRUE) : spaced;
}

/* addKeyVal: a repeated key collects its values in an array. */
static void
parse_add (JsState *J, JsObject *obj, JsString *key, JsString *value)
{
  JsValue k = js_to_property_key (J, js_string_value (key));
  JsValue current = js_get (J, js_object_value (obj), k);

  if (js_is_undefined (current))
    js_define_value (J, obj, k, js_string_value (value), JS_PROP_DEFAULT);
  else if (js_is_array (current))
    js_array_push (J, js_get_object (current), js_string_value (value));
  else
    {
      JsValue pair[2] = { current, js_string_value (value) };
      js_define_value (J, obj, k, js_object_value (js_array_from_values (J, pair, 2)), JS_PROP_DEFAULT);
    }
}

/* Where `needle` starts in s at or after `from`, or s->length. */
static guint32
find_units (JsString *s, guint32 from, JsString *needle)
{
  for (guint32 i = from; i + needle->length <= s->length; i++)
    if (memcmp (s->chars + i, needle->chars, needle->length * sizeof (uint16_t)) == 0)
      return i;
  return s->length;
}

/* parse(qs, sep = '&', eq = '=', { maxKeys = 1000, decodeURIComponent }) */
static JsValue
querystring_parse (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsValue qs_value = js_arg (argc, argv, 0), options = js_arg (argc, argv, 3), decode = JS_UNDEFINED;
  JsString *sep = string_option (J, js_arg (argc, argv, 1), "&"), *eq = string_option (J, js_arg (argc, argv, 2), "=");
  JsObject *obj = js_object_new (J, NULL);
  double pieces = 1000;
  JsString *qs;
  guint32 start = 0;

  if (!js_is_string (qs_value) || js_string_value_length (qs_value) == 0)
    return js_object_value (obj);
  qs = js_get_string (qs_value);
  if (js_is_object (options))
    {
      JsValue max_keys = js_get_utf8 (J, options, "maxKeys");
      JsValue custom = js_get_utf8 (J, options, "decodeURIComponent");
      if (js_is_number (max_keys))
        pieces = js_get_number (max_keys) > 0 ? js_get_number (max_keys) : INFINITY;
      if (js_is_callable (custom))
        decode = custom;
    }
  /* An empty separator matches nowhere: the whole string is one piece. */
  while (start <= qs->length && pieces > 0)
    {
      guint32 end = sep->length > 0 ? find_units (qs, start, sep) : qs->length;
      if (end > start)
        {
          JsString *piece = js_string_substring (J, qs, start, end);
          guint32 at = eq->length > 0 ? find_units (piece, 0, eq) : piece->length;
          JsString *key = js_string_substring (J, piece, 0, at);
          JsString *value = at < piece->length
            ? js_string_substring (J, piece, at + eq->length, piece->length)
            : js_string_new_utf8 (J, "", 0);
          parse_add (J, obj, parse_decode (J, key, decode), parse_decode (J, value, decode));
        }
      pieces--;
      if (end >= qs->length)
        break;
      start = end + sep->length;
    }
  return js_object_value (obj);
}

JsValue
js_node_querystring_module_new (JsState *J)
{
  JsObject *qs = js_plain_object_new (J);
  /* Node's own function names: unescape is qsUnescape, escape qsEscape. */
  static const struct { const char *name, *function_name; JsNativeFn fn; int length; } methods[] = {
    { "unescapeBuffer", "unescapeBuffer", querystring_unescape_buffer, 2 },
    { "unescape", "qsUnescape", querystring_unescape, 2 }, { "escape", "qsEscape", querystring_escape, 1 },
    { "stringify", "stringify", querystring_stringify, 4 }, { "encode", NULL, NULL, 0 },
    { "parse", "parse", querystring_parse, 4 }, { "decode", NULL, NULL, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      /* encode and decode are the functions before them. */
      JsValue f = methods[i].fn == NULL ? js_get_utf8 (J, js_object_value (qs), methods[i - 1].name)
                                        : js_object_value (js_native_function_new (J, methods[i].function_name, methods[i].length,
                                                                                     methods[i].fn, 0));
      js_define_value_utf8 (J, qs, methods[i].name, f, JS_PROP_DEFAULT);
    }
  return js_object_value (qs);
}
