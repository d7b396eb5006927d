/* js-builtin-json.c: the JSON object (ECMAScript 25.5).
 *
 * JSON.parse follows the JSON grammar, with the SyntaxError messages of V8's
 * JsonParser (Node 20): what it expected where, and for a stray token the
 * token with the source around it.  JSON.stringify is the spec's
 * SerializeJSONProperty family writing into one buffer; a property that
 * serialises to undefined is taken back by truncating the buffer.
 *
 * Both may run JS (reviver, replacer, toJSON, getters), so the C memory they
 * use is released in a try point's handler before the exception goes on.
 */
#include "js-internal.h"

#include <math.h>

/* Recursion limit for nesting, far below what overflows the C stack. */
#define JSON_MAX_DEPTH 5000

static G_GNUC_NORETURN void
rethrow (JsState *J)
{
  if (J->terminating)
    js_throw_budget (J, J->terminated_by);
  js_throw (J, J->exception);
}

static G_GNUC_NORETURN void
throw_stack_overflow (JsState *J)
{
  js_throw_range_error (J, "Maximum call stack size exceeded");
}

/* ------------------------------------------------------------------------
 * JSON.parse
 * ------------------------------------------------------------------------ */

typedef enum {
  TOKEN_STRING,
  TOKEN_NUMBER,
  TOKEN_NULL_LITERAL,
  TOKEN_TRUE_LITERAL,
  TOKEN_FALSE_LITERAL,
  TOKEN_LBRACE,
  TOKEN_RBRACE,
  TOKEN_LBRACK,
  TOKEN_RBRACK,
  TOKEN_COLON,
  TOKEN_COMMA,
  TOKEN_WHITESPACE,
  TOKEN_ILLEGAL,
  TOKEN_EOS,
} JsonToken;

typedef struct {
  JsState        *J;
  const uint16_t *chars;
  guint32         length;
  guint32         pos;
  int             depth;
} JsonParser;

static JsonToken
token_of_char (guint c)
{
  switch (c)
    {
    case '"': return TOKEN_STRING;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return TOKEN_NUMBER;
    case 'n': return TOKEN_NULL_LITERAL;
    case 't': return TOKEN_TRUE_LITERAL;
    case 'f': return TOKEN_FALSE_LITERAL;
    case '{': return TOKEN_LBRACE;
    case '}': return TOKEN_RBRACE;
    case '[': return TOKEN_LBRACK;
    case ']': return TOKEN_RBRACK;
    case ':': return TOKEN_COLON;
    case ',': return TOKEN_COMMA;
    case ' ': case '\t': case '\n': case '\r': return TOKEN_WHITESPACE;
    default: return TOKEN_ILLEGAL;
    }
}

static JsonToken
peek (JsonParser *p)
{
  return p->pos >= p->length ? TOKEN_EOS : token_of_char (p->chars[p->pos]);
}

static void
skip_whitespace (JsonParser *p)
{
  while (p->pos < p->length && token_of_char (p->chars[p->pos]) == TOKEN_WHITESPACE)
    p->pos++;
}

static void
append_utf16_range (GString *out, const uint16_t *chars, gsize start, gsize end)
{
  for (gsize i = start; i < end; i++)
    {
      gunichar c = chars[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
          i++;
        }
      else if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xFFFD;
      g_string_append_unichar (out, c);
    }
}

static gboolean
source_equals (JsonParser *p, const char *ascii)
{
  gsize n = strlen (ascii);
  if (p->length != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (p->chars[i] != (uint16_t) ascii[i])
      return FALSE;
  return TRUE;
}

/* V8's ReportUnexpectedToken: `message` (with a %d for the position) when
 * the caller knows what it expected, else a message chosen by the token. */
static G_GNUC_NORETURN void
report_unexpected_token (JsonParser *p, JsonToken token, const char *message)
{
  JsState *J = p->J;
  /* The message is built in UTF-8 with explicit lengths: the token or the
   * quoted source may contain NUL. */
  GString *s = g_string_new (NULL);
  enum { MAX_CONTEXT = 10, MIN_LENGTH_FOR_CONTEXT = 2 * MAX_CONTEXT + 1 };
  guint32 pos = p->pos;

  if (message != NULL)
    g_string_append_printf (s, message, pos);
  else if (token == TOKEN_EOS)
    g_string_append (s, "Unexpected end of JSON input");
  else if (token == TOKEN_NUMBER)
    g_string_append_printf (s, "Unexpected number in JSON at position %u", pos);
  else if (token == TOKEN_STRING)
    g_string_append_printf (s, "Unexpected string in JSON at position %u", pos);
  else if (source_equals (p, "[object Object]") || source_equals (p, "undefined") ||
           source_equals (p, "Infinity") || source_equals (p, "NaN"))
    {
      g_string_append_c (s, '"');
      append_utf16_range (s, p->chars, 0, p->length);
      g_string_append (s, "\" is not valid JSON");
    }
  else
    {
      g_string_append (s, "Unexpected token '");
      append_utf16_range (s, p->chars, pos, pos + 1);
      g_string_append (s, "', ");
      if (p->length < MIN_LENGTH_FOR_CONTEXT)
        {
          g_string_append_c (s, '"');
          append_utf16_range (s, p->chars, 0, p->length);
          g_string_append (s, "\" is not valid JSON");
        }
      else if (pos < MAX_CONTEXT)
        {
          g_string_append_c (s, '"');
          append_utf16_range (s, p->chars, 0, pos + MAX_CONTEXT);
          g_string_append (s, "\"... is not valid JSON");
        }
      else if (pos < p->length - MAX_CONTEXT)
        {
          g_string_append (s, "...\"");
          append_utf16_range (s, p->chars, pos - MAX_CONTEXT, pos + MAX_CONTEXT);
          g_string_append (s, "\"... is not valid JSON");
        }
      else
        {
          g_string_append (s, "...\"");
          append_utf16_range (s, p->chars, pos - MAX_CONTEXT, p->length);
          g_string_append (s, "\" is not valid JSON");
        }
    }

  /* Chromium's newer V8 places a position by line and column too. */
  if (J->options.host == JS_HOST_BROWSER && strstr (s->str, " at position ") != NULL)
    {
      guint32 line = 1, line_start = 0;
      for (guint32 i = 0; i < pos && i < p->length; i++)
        if (p->chars[i] == '\n')
          {
            line++;
            line_start = i + 1;
          }
      g_string_append_printf (s, " (line %u column %u)", line, pos - line_start + 1);
    }

  JsString *text = js_string_new_utf8 (J, s->str, s->len);
  g_string_free (s, TRUE);
  js_throw (J, js_object_value (js_error_new (J, JS_SYNTAX_ERROR, text)));
}

static void
report_unexpected_character (JsonParser *p)
{
  report_unexpected_token (p, p->pos >= p->length ? TOKEN_EOS : token_of_char (p->chars[p->pos]), NULL);
}

/* ExpectNext: skip whitespace, then the token must be `token`. */
static void
expect_next (JsonParser *p, JsonToken token, const char *message)
{
  skip_whitespace (p);
  JsonToken t = peek (p);
  if (t != token)
    report_unexpected_token (p, t, message);
  p->pos++;
}

/* One escape after the backslash at p->pos - 1: its code unit, advancing
 * past it.  Throws V8's messages for bad escapes. */
static uint16_t
scan_escape (JsonParser *p)
{
  if (p->pos >= p->length)
    report_unexpected_token (p, TOKEN_EOS, NULL);
  uint16_t c = p->chars[p->pos];
  switch (c)
    {
    case '"': case '\\': case '/': p->pos++; return c;
    case 'b': p->pos++; return '\b';
    case 'f': p->pos++; return '\f';
    case 'n': p->pos++; return '\n';
    case 'r': p->pos++; return '\r';
    case 't': p->pos++; return '\t';
    case 'u':
      {
        guint value = 0;
        for (int i = 0; i < 4; i++)
          {
            p->pos++;
            int digit = p->pos < p->length ? js_hex_digit_value (p->chars[p->pos]) : -1;
            if (digit < 0)
              report_unexpected_token (p, TOKEN_ILLEGAL, "Bad Unicode escape in JSON at position %u");
            value = value * 16 + digit;
          }
        p->pos++;
        return (uint16_t) value;
      }
    default:
      report_unexpected_token (p, TOKEN_ILLEGAL, "Bad escaped character in JSON at position %u");
    }
}

/* ScanJsonString, with p->pos on the opening quote.  A first pass checks
 * the string and counts its code units, so the GC string is allocated only
 * once it is known to be valid. */
static JsString *
scan_string (JsonParser *p)
{
  guint32 start = ++p->pos;
  guint32 count = 0;
  for (;;)
    {
      if (p->pos >= p->length)
        report_unexpected_token (p, TOKEN_ILLEGAL, "Unterminated string in JSON at position %u");
      uint16_t c = p->chars[p->pos];
      if (c == '"')
        break;
      if (c == '\\')
        {
          p->pos++;
          scan_escape (p);
        }
      else if (c < 0x20)
        report_unexpected_token (p, TOKEN_ILLEGAL, "Bad control character in string literal in JSON at position %u");
      else
        p->pos++;
      count++;
    }
  guint32 end = p->pos++;

  JsString *s = js_string_new_uninit (p->J, count);
  JsonParser again = *p;
  again.pos = start;
  for (guint32 i = 0; again.pos < end; i++)
    {
      uint16_t c = again.chars[again.pos];
      if (c == '\\')
        {
          again.pos++;
          s->chars[i] = scan_escape (&again);
        }
      else
        {
          s->chars[i] = c;
          again.pos++;
        }
    }
  return s;
}

static gboolean
is_digit (JsonParser *p)
{
  return p->pos < p->length && p->chars[p->pos] >= '0' && p->chars[p->pos] <= '9';
}

/* ParseJsonNumber, with V8's checks in V8's order. */
static double
parse_number (JsonParser *p)
{
  guint32 start = p->pos;
  if (p->chars[p->pos] == '-')
    p->pos++;
  if (p->pos < p->length && p->chars[p->pos] == '0')
    {
      p->pos++;
      if (is_digit (p))
        report_unexpected_token (p, TOKEN_NUMBER, NULL);
    }
  else
    {
      if (!is_digit (p))
        report_unexpected_token (p, TOKEN_ILLEGAL, "No number after minus sign in JSON at position %u");
      while (is_digit (p))
        p->pos++;
    }
  if (p->pos < p->length && p->chars[p->pos] == '.')
    {
      p->pos++;
      if (!is_digit (p))
        report_unexpected_token (p, TOKEN_ILLEGAL, "Unterminated fractional number in JSON at position %u");
      while (is_digit (p))
        p->pos++;
    }
  if (p->pos < p->length && (p->chars[p->pos] == 'e' || p->chars[p->pos] == 'E'))
    {
      p->pos++;
      if (p->pos < p->length && (p->chars[p->pos] == '-' || p->chars[p->pos] == '+'))
        p->pos++;
      if (!is_digit (p))
        report_unexpected_token (p, TOKEN_ILLEGAL, "Exponent part is missing a number in JSON at position %u");
      while (is_digit (p))
        p->pos++;
    }

  gsize n = p->pos - start;
  char *text = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    text[i] = (char) p->chars[start + i];
  text[n] = '\0';
  double d = g_ascii_strtod (text, NULL);
  g_free (text);
  return d;
}

/* A literal whose first character matched: the rest must follow (ScanLiteral). */
static void
scan_literal (JsonParser *p, const char *literal)
{
  gsize n = strlen (literal);
  p->pos++;
  for (gsize i = 1; i < n; i++)
    {
      if (p->pos >= p->length)
        report_unexpected_token (p, TOKEN_EOS, NULL);
      if (p->chars[p->pos] != (uint16_t) literal[i])
        report_unexpected_character (p);
      p->pos++;
    }
}

static JsValue parse_value (JsonParser *p);

static JsValue
parse_object (JsonParser *p)
{
  JsState *J = p->J;
  JsObject *obj = js_plain_object_new (J);
  p->pos++;
  skip_whitespace (p);
  if (peek (p) == TOKEN_RBRACE)
    {
      p->pos++;
      return js_object_value (obj);
    }
  if (peek (p) != TOKEN_STRING)
    report_unexpected_token (p, peek (p), "Expected property name or '}' in JSON at position %u");
  /* V8 words a missing colon only after the first key; later ones get the
   * generic message. */
  const char *colon_message = "Expected ':' after property name in JSON at position %u";
  for (;;)
    {
      JsValue key = js_to_property_key (J, js_string_value (scan_string (p)));
      expect_next (p, TOKEN_COLON, colon_message);
      colon_message = NULL;
      JsValue value = parse_value (p);
      js_define_value (J, obj, key, value, JS_PROP_DEFAULT);
      skip_whitespace (p);
      if (peek (p) == TOKEN_COMMA)
        {
          p->pos++;
          skip_whitespace (p);
          if (peek (p) != TOKEN_STRING)
            report_unexpected_token (p, peek (p), "Expected double-quoted property name in JSON at position %u");
          continue;
        }
      if (peek (p) != TOKEN_RBRACE)
        report_unexpected_token (p, peek (p), "Expected ',' or '}' after property value in JSON at position %u");
      p->pos++;
      return js_object_value (obj);
    }
}

static JsValue
parse_array (JsonParser *p)
{
  JsState *J = p->J;
  JsObject *array = js_array_new (J, 0);
  p->pos++;
  skip_whitespace (p);
  if (peek (p) == TOKEN_RBRACK)
    {
      p->pos++;
      return js_object_value (array);
    }
  for (;;)
    {
      js_array_push (J, array, parse_value (p));
      skip_whitespace (p);
      if (peek (p) == TOKEN_COMMA)
        {
          p->pos++;
          continue;
        }
      if (peek (p) != TOKEN_RBRACK)
        report_unexpected_token (p, peek (p), "Expected ',' or ']' after array element in JSON at position %u");
      p->pos++;
      return js_object_value (array);
    }
}

/* ParseJsonValue */
static JsValue
parse_value (JsonParser *p)
{
  JsValue result;
  skip_whitespace (p);
  if (++p->depth > JSON_MAX_DEPTH)
    throw_stack_overflow (p->J);
  switch (peek (p))
    {
    case TOKEN_LBRACE: result = parse_object (p); break;
    case TOKEN_LBRACK: result = parse_array (p); break;
    case TOKEN_STRING: result = js_string_value (scan_string (p)); break;
    case TOKEN_NUMBER: result = js_number (parse_number (p)); break;
    case TOKEN_TRUE_LITERAL: scan_literal (p, "true"); result = JS_TRUE; break;
    case TOKEN_FALSE_LITERAL: scan_literal (p, "false"); result = JS_FALSE; break;
    case TOKEN_NULL_LITERAL: scan_literal (p, "null"); result = JS_NULL; break;
    default: report_unexpected_token (p, peek (p), NULL);
    }
  p->depth--;
  return result;
}

/* InternalizeJSONProperty (25.5.1.1) */
static JsValue
internalize_json_property (JsState *J, JsObject *holder, JsValue name, JsValue reviver, int depth)
{
  if (depth > JSON_MAX_DEPTH)
    throw_stack_overflow (J);
  /* 1. Let val be ? Get(holder, name). */
  JsValue val = js_object_get (J, holder, name, js_object_value (holder));
  /* 2. If val is an Object, then */
  if (js_is_object (val))
    {
      JsObject *obj = js_get_object (val);
      if (js_is_array_value (J, val))
        {
          double len = js_length_of_array_like (J, val);
          for (double i = 0; i < len; i++)
            {
              JsValue prop = js_key_from_index (J, (guint32) i);
              JsValue element = internalize_json_property (J, obj, prop, reviver, depth + 1);
              if (js_is_undefined (element))
                js_delete_property (J, obj, prop);
              else
                {
                  JsPropertyDescriptor desc = {
                    .flags = JS_PROP_DEFAULT,
                    .has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
                    .value = element,
                  };
                  js_define_own_property (J, obj, prop, &desc, FALSE);
                }
            }
        }
      else
        {
          guint32 n_keys = 0;
          JsValue *keys = js_own_property_keys (J, obj, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n_keys);
          /* The keys go into a GC array so that nothing leaks if the
           * reviver throws. */
          JsObject *key_array = js_array_from_values (J, keys, n_keys);
          g_free (keys);
          for (guint32 i = 0; i < n_keys; i++)
            {
              JsValue prop = key_array->u.array.elements[i];
              JsValue element = internalize_json_property (J, obj, prop, reviver, depth + 1);
              if (js_is_undefined (element))
                js_delete_property (J, obj, prop);
              else
                {
                  JsPropertyDescriptor desc = {
                    .flags = JS_PROP_DEFAULT,
                    .has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
                    .value = element,
                  };
                  js_define_own_property (J, obj, prop, &desc, FALSE);
                }
            }
        }
    }
  /* 3. Return ? Call(reviver, holder, « name, val »). */
  JsValue args[2] = { name, val };
  return js_call (J, reviver, js_object_value (holder), 2, args);
}

/* JSON.parse (text [, reviver]) */
static JsValue
json_parse (JsState *J, JsValue this_value, int argc, const JsValue *argv,
            JsValue new_target, JsObject *callee)
{
  JsString *text = js_to_string (J, js_arg (argc, argv, 0));
  JsValue reviver = js_arg (argc, argv, 1);
  JsonParser p = { .J = J, .chars = text->chars, .length = text->length };

  JsValue unfiltered = parse_value (&p);
  skip_whitespace (&p);
  if (peek (&p) != TOKEN_EOS)
    report_unexpected_token (&p, peek (&p), "Unexpected non-whitespace character after JSON at position %u");

  if (!js_is_callable (reviver))
    return unfiltered;
  JsObject *root = js_plain_object_new (J);
  js_define_value (J, root, JS_KEY (J, empty), unfiltered, JS_PROP_DEFAULT);
  return internalize_json_property (J, root, JS_KEY (J, empty), reviver, 0);
}

/* ------------------------------------------------------------------------
 * JSON.stringify
 * ------------------------------------------------------------------------ */

typedef struct {
  JsState   *J;
  JsValue    replacer_function;   /* undefined when none */
  GArray    *property_list;       /* JsValue keys, or NULL */
  char      *gap;                 /* UTF-8; "" for none */
  GString   *indent;
  GString   *out;
  GPtrArray *stack;               /* JsObject * being serialised */
  GArray    *stack_keys;          /* JsValue: the key under which each was reached */
  GPtrArray *garbage;             /* key arrays of the objects being serialised */
} Stringifier;

/* QuoteJSONString (25.5.2.3) */
static void
quote_json_string (GString *out, const JsString *s)
{
  g_string_append_c (out, '"');
  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];
      switch (c)
        {
        case '\b': g_string_append (out, "\\b"); continue;
        case '\t': g_string_append (out, "\\t"); continue;
        case '\n': g_string_append (out, "\\n"); continue;
        case '\f': g_string_append (out, "\\f"); continue;
        case '\r': g_string_append (out, "\\r"); continue;
        case '"': g_string_append (out, "\\\""); continue;
        case '\\': g_string_append (out, "\\\\"); continue;
        default: break;
        }
      if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length &&
               s->chars[i + 1] >= 0xDC00 && s->chars[i + 1] <= 0xDFFF)
        {
          g_string_append_unichar (out, 0x10000 + ((c - 0xD800) << 10) + (s->chars[i + 1] - 0xDC00));
          i++;
        }
      else if (c >= 0xD800 && c <= 0xDFFF)
        g_string_append_printf (out, "\\u%04x", c);
      else if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        g_string_append_unichar (out, c);
    }
  g_string_append_c (out, '"');
}

/* The constructor name V8 shows in the circular-structure message. */
static void
append_constructor_name (JsState *J, GString *out, JsObject *obj)
{
  g_string_append_c (out, '\'');
  for (JsObject *o = obj; o != NULL; o = o->proto)
    {
      JsPropertyDescriptor desc;
      if (js_get_own_property (J, o, JS_KEY (J, constructor), &desc) &&
          !(desc.flags & JS_PROP_ACCESSOR) && js_is_callable (desc.value))
        {
          JsString *name = js_function_get_name (J, js_get_object (desc.value));
          if (name != NULL && name->length > 0)
            {
              js_string_append_to (out, name);
              g_string_append_c (out, '\'');
              return;
            }
        }
    }
  g_string_append (out, "Object'");
}

static void
append_circular_key (JsState *J, GString *out, JsObject *holder, JsValue key)
{
  guint32 index;
  JsString *s = js_get_string (key);
  if (holder->class_id == JS_CLASS_ARRAY && js_key_is_index (key, &index))
    g_string_append_printf (out, "index %u", index);
  else if (s->length == 0)
    g_string_append (out, "<anonymous>");
  else
    {
      g_string_append (out, "property '");
      js_string_append_to (out, s);
      g_string_append_c (out, '\'');
    }
}

/* V8's circular structure message: the object where the circle starts, the
 * first two and the last link of the chain back to it, and the key that
 * closes the circle. */
static G_GNUC_NORETURN void
throw_circular (Stringifier *st, JsObject *value, JsValue last_key)
{
  JsState *J = st->J;
  guint start = 0;
  while (g_ptr_array_index (st->stack, start) != value)
    start++;
  guint n = st->stack->len;
  GString *msg = g_string_new ("Converting circular structure to JSON\n    --> starting at object with constructor ");
  append_constructor_name (J, msg, value);
  guint prefix_end = MIN (n, start + 3);
  for (guint i = start + 1; i < prefix_end; i++)
    {
      g_string_append (msg, "\n    |     ");
      append_circular_key (J, msg, g_ptr_array_index (st->stack, i - 1), g_array_index (st->stack_keys, JsValue, i));
      g_string_append (msg, " -> object with constructor ");
      append_constructor_name (J, msg, g_ptr_array_index (st->stack, i));
    }
  if (n > prefix_end + 1)
    g_string_append (msg, "\n    |     ...");
  for (guint i = MAX (prefix_end, n - 1); i < n; i++)
    {
      g_string_append (msg, "\n    |     ");
      append_circular_key (J, msg, g_ptr_array_index (st->stack, i - 1), g_array_index (st->stack_keys, JsValue, i));
      g_string_append (msg, " -> object with constructor ");
      append_constructor_name (J, msg, g_ptr_array_index (st->stack, i));
    }
  g_string_append (msg, "\n    --- ");
  append_circular_key (J, msg, g_ptr_array_index (st->stack, n - 1), last_key);
  g_string_append (msg, " closes the circle");
  JsString *text = js_string_new_utf8 (J, msg->str, msg->len);
  g_string_free (msg, TRUE);
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, text)));
}

static gboolean serialize_json_property (Stringifier *st, JsValue key, JsObject *holder);

static void
push_object (Stringifier *st, JsObject *value, JsValue key)
{
  for (guint i = 0; i < st->stack->len; i++)
    if (g_ptr_array_index (st->stack, i) == value)
      throw_circular (st, value, key);
  if (st->stack->len >= JSON_MAX_DEPTH)
    throw_stack_overflow (st->J);
  g_ptr_array_add (st->stack, value);
  g_array_append_val (st->stack_keys, key);
}

static void
pop_object (Stringifier *st)
{
  g_ptr_array_set_size (st->stack, st->stack->len - 1);
  g_array_set_size (st->stack_keys, st->stack_keys->len - 1);
}

static void
append_newline_indent (Stringifier *st)
{
  g_string_append_c (st->out, '\n');
  g_string_append_len (st->out, st->indent->str, st->indent->len);
}

/* SerializeJSONObject (25.5.2.5) */
static void
serialize_json_object (Stringifier *st, JsObject *value, JsValue key)
{
  JsState *J = st->J;
  push_object (st, value, key);
  gsize stepback = st->indent->len;
  g_string_append (st->indent, st->gap);

  const JsValue *keys;
  guint32 n_keys;
  JsValue *owned = NULL;
  if (st->property_list != NULL)
    {
      keys = (const JsValue *) st->property_list->data;
      n_keys = st->property_list->len;
    }
  else
    {
      owned = js_own_property_keys (J, value, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n_keys);
      g_ptr_array_add (st->garbage, owned);
      keys = owned;
    }

  g_string_append_c (st->out, '{');
  gboolean any = FALSE;
  for (guint32 i = 0; i < n_keys; i++)
    {
      gsize mark = st->out->len;
      if (any)
        g_string_append_c (st->out, ',');
      if (st->gap[0] != '\0')
        append_newline_indent (st);
      quote_json_string (st->out, js_get_string (keys[i]));
      g_string_append_c (st->out, ':');
      if (st->gap[0] != '\0')
        g_string_append_c (st->out, ' ');
      if (serialize_json_property (st, keys[i], value))
        any = TRUE;
      else
        g_string_truncate (st->out, mark);
    }
  g_string_truncate (st->indent, stepback);
  if (any && st->gap[0] != '\0')
    append_newline_indent (st);
  g_string_append_c (st->out, '}');

  if (owned != NULL)
    {
      g_ptr_array_remove_index (st->garbage, st->garbage->len - 1);   /* frees `owned` */
    }
  pop_object (st);
}

/* SerializeJSONArray (25.5.2.6) */
static void
serialize_json_array (Stringifier *st, JsObject *value, JsValue key)
{
  JsState *J = st->J;
  push_object (st, value, key);
  gsize stepback = st->indent->len;
  g_string_append (st->indent, st->gap);
  double len = js_length_of_array_like (J, js_object_value (value));
  g_string_append_c (st->out, '[');
  for (double i = 0; i < len; i++)
    {
      if (i > 0)
        g_string_append_c (st->out, ',');
      if (st->gap[0] != '\0')
        append_newline_indent (st);
      if (!serialize_json_property (st, js_key_from_index (J, (guint32) i), value))
        g_string_append (st->out, "null");
    }
  g_string_truncate (st->indent, stepback);
  if (len > 0 && st->gap[0] != '\0')
    append_newline_indent (st);
  g_string_append_c (st->out, ']');
  pop_object (st);
}

/* SerializeJSONProperty (25.5.2.2): appends the serialisation of
 * holder[key]; FALSE (nothing appended) when it is undefined. */
static gboolean
serialize_json_property (Stringifier *st, JsValue key, JsObject *holder)
{
  JsState *J = st->J;
  /* 1. Let value be ? Get(holder, key). */
  JsValue value = js_object_get (J, holder, key, js_object_value (holder));
  /* 2. If value is an Object or a BigInt, call its toJSON. */
  if (js_is_object (value) || js_is_bigint (value))
    {
      JsValue to_json = js_get_utf8 (J, value, "toJSON");
      if (js_is_callable (to_json))
        value = js_call (J, to_json, value, 1, &key);
    }
  /* 3. The replacer function. */
  if (!js_is_undefined (st->replacer_function))
    {
      JsValue args[2] = { key, value };
      value = js_call (J, st->replacer_function, js_object_value (holder), 2, args);
    }
  /* 4. Unwrap Number, String and Boolean objects. */
  if (js_is_object (value))
    {
      JsObject *obj = js_get_object (value);
      if (obj->class_id == JS_CLASS_NUMBER)
        value = js_number (js_to_number (J, value));
      else if (obj->class_id == JS_CLASS_STRING)
        value = js_string_value (js_to_string (J, value));
      else if (obj->class_id == JS_CLASS_BOOLEAN || obj->class_id == JS_CLASS_BIGINT)
        value = obj->u.primitive;
    }
  /* 5.–12. */
  switch (js_value_tag (value))
    {
    case JS_TAG_NULL:
      g_string_append (st->out, "null");
      return TRUE;
    case JS_TAG_BOOLEAN:
      g_string_append (st->out, js_get_boolean (value) ? "true" : "false");
      return TRUE;
    case JS_TAG_STRING:
      quote_json_string (st->out, js_get_string (value));
      return TRUE;
    case JS_TAG_UNDEFINED:
    case JS_TAG_SYMBOL:
      return FALSE;
    case JS_TAG_BIGINT:
      js_throw_type_error (J, "Do not know how to serialize a BigInt");
    case JS_TAG_OBJECT:
      {
        JsObject *obj = js_get_object (value);
        if (js_object_is_callable (obj))
          return FALSE;
        if (js_is_array_value (st->J, value))
          serialize_json_array (st, obj, key);
        else
          serialize_json_object (st, obj, key);
        return TRUE;
      }
    default:
      {
        double d = js_get_number (value);
        if (isfinite (d))
          {
            char buffer[JS_NUMBER_BUFFER_SIZE];
            js_number_to_cstring (d, buffer);
            g_string_append (st->out, buffer);
          }
        else
          g_string_append (st->out, "null");
        return TRUE;
      }
    }
}

static void
stringifier_free (Stringifier *st)
{
  if (st->property_list != NULL)
    g_array_unref (st->property_list);
  g_free (st->gap);
  g_string_free (st->indent, TRUE);
  g_string_free (st->out, TRUE);
  g_ptr_array_unref (st->stack);
  g_array_unref (st->stack_keys);
  g_ptr_array_unref (st->garbage);
}

/* Steps 4–5 of JSON.stringify: the replacer function or property list. */
static void
setup_replacer (Stringifier *st, JsValue replacer)
{
  JsState *J = st->J;
  if (!js_is_object (replacer))
    return;
  if (js_is_callable (replacer))
    {
      st->replacer_function = replacer;
      return;
    }
  if (!js_is_array_value (J, replacer))
    return;
  st->property_list = g_array_new (FALSE, FALSE, sizeof (JsValue));
  double len = js_length_of_array_like (J, replacer);
  for (double k = 0; k < len; k++)
    {
      JsValue v = js_get_index (J, replacer, (guint32) k);
      JsValue item = JS_UNDEFINED;
      if (js_is_string (v))
        item = v;
      else if (js_is_number (v))
        item = js_string_value (js_to_string (J, v));
      else if (js_is_object (v) &&
               (js_get_object (v)->class_id == JS_CLASS_STRING ||
                js_get_object (v)->class_id == JS_CLASS_NUMBER))
        item = js_string_value (js_to_string (J, v));
      if (js_is_undefined (item))
        continue;
      item = js_to_property_key (J, item);
      gboolean found = FALSE;
      for (guint i = 0; i < st->property_list->len && !found; i++)
        found = js_value_identical (g_array_index (st->property_list, JsValue, i), item);
      if (!found)
        g_array_append_val (st->property_list, item);
    }
}

/* Steps 6–8: the gap from a number (spaces) or a string (its first ten
 * code units). */
static void
setup_gap (Stringifier *st, JsValue space)
{
  JsState *J = st->J;
  if (js_is_object (space))
    {
      JsObject *obj = js_get_object (space);
      if (obj->class_id == JS_CLASS_NUMBER)
        space = js_number (js_to_number (J, space));
      else if (obj->class_id == JS_CLASS_STRING)
        space = js_string_value (js_to_string (J, space));
    }
  if (js_is_number (space))
    {
      double n = js_to_integer_or_infinity (J, space);
      n = MIN (10, n);
      g_free (st->gap);
      st->gap = n >= 1 ? g_strnfill ((gsize) n, ' ') : g_strdup ("");
    }
  else if (js_is_string (space))
    {
      JsString *s = js_get_string (space);
      guint32 n = MIN (10, s->length);
      GString *gap = g_string_new (NULL);
      append_utf16_range (gap, s->chars, 0, n);
      g_free (st->gap);
      st->gap = g_string_free (gap, FALSE);
    }
}

static JsValue
stringify (JsState *J, Stringifier *st, JsValue value, JsValue replacer, JsValue space)
{
  setup_replacer (st, replacer);
  setup_gap (st, space);
  /* 9.–12. The wrapper object and SerializeJSONProperty(state, "", wrapper). */
  JsObject *wrapper = js_plain_object_new (J);
  js_define_value (J, wrapper, JS_KEY (J, empty), value, JS_PROP_DEFAULT);
  if (!serialize_json_property (st, JS_KEY (J, empty), wrapper))
    return JS_UNDEFINED;
  return js_string_value (js_string_new_utf8 (J, st->out->str, st->out->len));
}

JsValue
js_json_stringify (JsState *J, JsValue value, JsValue replacer, JsValue space)
{
  Stringifier st = {
    .J = J,
    .replacer_function = JS_UNDEFINED,
    .gap = g_strdup (""),
    .indent = g_string_new (NULL),
    .out = g_string_new (NULL),
    .stack = g_ptr_array_new (),
    .stack_keys = g_array_new (FALSE, FALSE, sizeof (JsValue)),
    .garbage = g_ptr_array_new_with_free_func (g_free),
  };
  JsValue result = JS_UNDEFINED;
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      result = stringify (J, &st, value, replacer, space);
      js_try_end (J, &tp);
    }
  else
    {
      stringifier_free (&st);
      rethrow (J);
    }
  stringifier_free (&st);
  return result;
}

/* JSON.stringify (value [, replacer [, space]]) */
static JsValue
json_stringify (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  return js_json_stringify (J, js_arg (argc, argv, 0), js_arg (argc, argv, 1), js_arg (argc, argv, 2));
}

void
js_builtin_json_init (JsState *J)
{
  JsObject *json = js_plain_object_new (J);
  js_define_method (J, json, "parse", json_parse, 2);
  js_define_method (J, json, "stringify", json_stringify, 3);
  js_define_value (J, json, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_intern_utf8 (J, "JSON")), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, "JSON", js_object_value (json), JS_PROP_HIDDEN);
}
