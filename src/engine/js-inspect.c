/* js-inspect.c: formatting values like Node's util.inspect and util.format.
 *
 * This follows lib/internal/util/inspect.js of Node 20 (MIT licence, the
 * Node.js contributors) function by function
 * (formatValue, formatRaw, formatProperty, groupArrayElements,
 * reduceToSingleString, formatWithOptions …) because the output has to match
 * Node byte for byte, line breaks included.  Node measures lengths in UTF-16
 * code units and column widths in terminal cells; we build UTF-8 and count
 * both (u16_length, string_width).
 *
 * Formatting may run JS (getters, Symbol.toStringTag, `name`, toString for
 * %s) and that JS may throw.  So every C allocation made while formatting
 * belongs to a pool that is freed at the end, on the normal path and in the
 * handler of one try point (run_protected) that rethrows.
 */
#include "js-internal.h"

#include <math.h>

/* The three ways formatProperty presents a key (Node's kObjectType …). */
enum { K_OBJECT_TYPE, K_ARRAY_TYPE, K_ARRAY_EXTRAS_TYPE };

#define K_MIN_LINE_LENGTH 16
/* Nesting at which Node's recursion would hit V8's stack limit; we stop
 * there too, with Node's message, instead of overflowing the C stack. */
#define MAX_NESTING 1000

/* Everything formatting allocates: strings, lists of strings, key arrays,
 * tables.  Freed together. */
typedef struct {
  gpointer       data;
  GDestroyNotify destroy;
} PoolItem;

typedef struct {
  GArray *items;   /* PoolItem */
} Pool;

/* Node's `ctx`: the options and the state of one inspect() call. */
typedef struct {
  JsState *J;
  Pool    *pool;
  int      depth;
  gboolean colors;
  gboolean show_hidden;
  int      break_length;
  int      compact;
  gboolean sorted;
  JsValue  sort_compare;
  int      max_array_length;
  int      max_string_length;
  gboolean custom_inspect;
  gboolean show_proxy;
  JsInspectGetters getters;
  gboolean numeric_separator;
  JsValue  custom_symbol;  /* Symbol.for('nodejs.util.inspect.custom'), or JS_EMPTY */
  int      indentation_lvl;
  int      current_depth;
  gboolean in_typed_array; /* formatting a typed array's hidden [buffer] (formatValue's typedArray) */
  GPtrArray  *seen;       /* JsObject * being formatted, outermost first */
  GHashTable *circular;   /* JsObject * -> its "*N" reference index */
} Inspector;

static char *format_value (Inspector *ctx, JsValue value, int recurse_times);

/* ------------------------------------------------------------------------
 * The pool and string helpers
 * ------------------------------------------------------------------------ */

static Pool *
pool_new (void)
{
  Pool *pool = g_new0 (Pool, 1);
  pool->items = g_array_new (FALSE, FALSE, sizeof (PoolItem));
  return pool;
}

static void
pool_free (Pool *pool)
{
  for (guint i = 0; i < pool->items->len; i++)
    {
      PoolItem *item = &g_array_index (pool->items, PoolItem, i);
      item->destroy (item->data);
    }
  g_array_unref (pool->items);
  g_free (pool);
}

static gpointer
pool_add (Pool *pool, gpointer data, GDestroyNotify destroy)
{
  PoolItem item = { data, destroy };
  g_array_append_val (pool->items, item);
  return data;
}

static void
gstring_free (gpointer s)
{
  g_string_free (s, TRUE);
}

static char *
own (Inspector *ctx, char *s)
{
  return pool_add (ctx->pool, s, g_free);
}

static char *
own_gstring (Inspector *ctx, GString *s)
{
  return own (ctx, g_string_free (s, FALSE));
}

#define CAT(ctx, ...) own ((ctx), g_strconcat (__VA_ARGS__, NULL))

static char * G_GNUC_PRINTF (2, 3)
own_printf (Inspector *ctx, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  char *s = g_strdup_vprintf (format, args);
  va_end (args);
  return own (ctx, s);
}

static GPtrArray *
new_list (Inspector *ctx)
{
  return pool_add (ctx->pool, g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
}

static GArray *
new_keys (Inspector *ctx)
{
  return pool_add (ctx->pool, g_array_new (FALSE, FALSE, sizeof (JsValue)),
                   (GDestroyNotify) g_array_unref);
}

#define LIST_AT(list, i) ((char *) g_ptr_array_index ((list), (i)))
#define KEY_AT(keys, i) g_array_index ((keys), JsValue, (i))

static char *
spaces (Inspector *ctx, int n)
{
  return own (ctx, g_strnfill (MAX (n, 0), ' '));
}

/* String.prototype.length of the UTF-8 text: UTF-16 code units. */
static gsize
u16_length (const char *s)
{
  gsize n = 0;
  for (const guchar *p = (const guchar *) s; *p; p++)
    {
      if ((*p & 0xC0) != 0x80)
        n++;
      if (*p >= 0xF0)
        n++;
    }
  return n;
}

/* One code point's columns, as Node's ICU build counts them
 * (node_i18n.cc GetColumnWidth): control, format and combining marks take
 * none (the soft hyphen excepted), East Asian wide and full-width
 * characters and the emoji shown as such take two. */
static int
column_width (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);
  if (c != 0x00AD &&
      (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
       type == G_UNICODE_ENCLOSING_MARK || type == G_UNICODE_NON_SPACING_MARK))
    return 0;
  /* Regional indicators are the Emoji_Presentation characters whose East
   * Asian width is neutral rather than wide. */
  if (g_unichar_iswide (c) || (c >= 0x1F1E6 && c <= 0x1F1FF))
    return 2;
  return 1;
}

/* getStringWidth: terminal columns of the text in normalization form C. */
static gsize
string_width (const char *s)
{
  gsize width = 0;
  const char *p = s;
  for (; *p != '\0' && (guchar) *p < 127; p++)
    width += (guchar) *p >= 32 ? 1 : 0;
  if (*p == '\0')
    return width;
  g_autofree char *normalized = g_utf8_normalize (p, -1, G_NORMALIZE_NFC);
  for (const char *q = normalized != NULL ? normalized : p; *q; q = g_utf8_next_char (q))
    width += column_width (g_utf8_get_char (q));
  return width;
}

/* util.inspect.colors: SGR codes that switch a style on and off. */
typedef struct {
  const char *name;
  int         on, off;
} InspectColor;

static const InspectColor inspect_colors[] = {
  { "reset", 0, 0 }, { "bold", 1, 22 }, { "dim", 2, 22 }, { "italic", 3, 23 },
  { "underline", 4, 24 }, { "blink", 5, 25 }, { "inverse", 7, 27 }, { "hidden", 8, 28 },
  { "strikethrough", 9, 29 }, { "doubleunderline", 21, 24 }, { "black", 30, 39 },
  { "red", 31, 39 }, { "green", 32, 39 }, { "yellow", 33, 39 }, { "blue", 34, 39 },
  { "magenta", 35, 39 }, { "cyan", 36, 39 }, { "white", 37, 39 }, { "bgBlack", 40, 49 },
  { "bgRed", 41, 49 }, { "bgGreen", 42, 49 }, { "bgYellow", 43, 49 }, { "bgBlue", 44, 49 },
  { "bgMagenta", 45, 49 }, { "bgCyan", 46, 49 }, { "bgWhite", 47, 49 }, { "framed", 51, 54 },
  { "overlined", 53, 55 }, { "gray", 90, 39 }, { "redBright", 91, 39 },
  { "greenBright", 92, 39 }, { "yellowBright", 93, 39 }, { "blueBright", 94, 39 },
  { "magentaBright", 95, 39 }, { "cyanBright", 96, 39 }, { "whiteBright", 97, 39 },
  { "bgGray", 100, 49 }, { "bgRedBright", 101, 49 }, { "bgGreenBright", 102, 49 },
  { "bgYellowBright", 103, 49 }, { "bgBlueBright", 104, 49 }, { "bgMagentaBright", 105, 49 },
  { "bgCyanBright", 106, 49 }, { "bgWhiteBright", 107, 49 },
};

/* Node's non-enumerable aliases of inspect.colors entries. */
static const struct { const char *alias, *name; } inspect_color_aliases[] = {
  { "grey", "gray" }, { "blackBright", "gray" }, { "bgGrey", "bgGray" },
  { "bgBlackBright", "bgGray" }, { "faint", "dim" },
  { "strikeThrough", "strikethrough" }, { "crossedout", "strikethrough" },
  { "crossedOut", "strikethrough" }, { "conceal", "hidden" }, { "swapColors", "inverse" },
  { "swapcolors", "inverse" }, { "doubleUnderline", "doubleunderline" },
};

/* util.inspect.styles: the colour of each kind of value ("name" has none). */
static const struct { const char *style, *color; } inspect_styles[] = {
  { "special", "cyan" }, { "number", "yellow" }, { "bigint", "yellow" },
  { "boolean", "yellow" }, { "undefined", "grey" }, { "null", "bold" },
  { "string", "green" }, { "symbol", "green" }, { "date", "magenta" },
  { "regexp", "red" }, { "module", "underline" },
};

static const InspectColor *
find_color (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (inspect_color_aliases); i++)
    if (strcmp (inspect_color_aliases[i].alias, name) == 0)
      name = inspect_color_aliases[i].name;
  for (gsize i = 0; i < G_N_ELEMENTS (inspect_colors); i++)
    if (strcmp (inspect_colors[i].name, name) == 0)
      return &inspect_colors[i];
  return NULL;
}

/* inspect.colors[inspect.styles[style]], or NULL for unstyled kinds. */
static const InspectColor *
style_color (const char *style)
{
  for (gsize i = 0; i < G_N_ELEMENTS (inspect_styles); i++)
    if (strcmp (inspect_styles[i].style, style) == 0)
      return find_color (inspect_styles[i].color);
  return NULL;
}

/* ctx.stylize: stylizeWithColor with `colors`, stylizeNoColor without. */
static char *
stylize (Inspector *ctx, const char *s, const char *style)
{
  const InspectColor *color = ctx->colors ? style_color (style) : NULL;
  if (color == NULL)
    return (char *) s;
  return own_printf (ctx, "\033[%dm%s\033[%dm", color->on, s, color->off);
}

/* removeColors: the text without the escapes stylize adds, for measuring. */
static char *
remove_colors (Inspector *ctx, const char *s)
{
  if (!ctx->colors || strchr (s, '\033') == NULL)
    return (char *) s;
  GString *out = g_string_new (NULL);
  for (const char *p = s; *p; p++)
    {
      if (p[0] == '\033' && p[1] == '[' && g_ascii_isdigit (p[2]))
        {
          const char *q = p + 3;
          if (g_ascii_isdigit (*q))
            q++;
          if (*q == 'm')
            {
              p = q;
              continue;
            }
        }
      g_string_append_c (out, *p);
    }
  return own_gstring (ctx, out);
}

/* Appends UTF-16 text as UTF-8; lone surrogates become U+FFFD. */
static void
append_utf16 (GString *out, const uint16_t *chars, gsize length)
{
  for (gsize i = 0; i < length; i++)
    {
      gunichar c = chars[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length &&
          chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
          i++;
        }
      else if (c >= 0xD800 && c <= 0xDFFF)
        c = 0xFFFD;
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        g_string_append_unichar (out, c);
    }
}

static char *
string_utf8 (Inspector *ctx, JsString *s)
{
  return own (ctx, js_string_to_utf8 (s));
}

static char *
to_string_utf8 (Inspector *ctx, JsValue v)
{
  return string_utf8 (ctx, js_to_string (ctx->J, v));
}

static gboolean
str_equal0 (const char *a, const char *b)
{
  return a != NULL && b != NULL && strcmp (a, b) == 0;
}

static char *
join (Inspector *ctx, GPtrArray *list, const char *separator)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < list->len; i++)
    {
      if (i > 0)
        g_string_append (s, separator);
      g_string_append (s, LIST_AT (list, i));
    }
  return own_gstring (ctx, s);
}

/* str.replaceAll('\n', '\n' + indentation) */
static char *
indent_lines (Inspector *ctx, const char *s, int indentation)
{
  if (indentation == 0 || strchr (s, '\n') == NULL)
    return (char *) s;
  GString *out = g_string_new (NULL);
  for (const char *p = s; *p; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '\n')
        for (int i = 0; i < indentation; i++)
          g_string_append_c (out, ' ');
    }
  return own_gstring (ctx, out);
}

/* ------------------------------------------------------------------------
 * Primitives: strEscape, formatNumber, formatPrimitive
 * ------------------------------------------------------------------------ */

/* Node's `meta` table: how a control character, the quote or the backslash
 * is escaped. */
static void
append_meta (GString *out, guint c)
{
  switch (c)
    {
    case '\b': g_string_append (out, "\\b"); break;
    case '\t': g_string_append (out, "\\t"); break;
    case '\n': g_string_append (out, "\\n"); break;
    case '\f': g_string_append (out, "\\f"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\'': g_string_append (out, "\\'"); break;
    case '\\': g_string_append (out, "\\\\"); break;
    default: g_string_append_printf (out, "\\x%02X", c); break;
    }
}

static gboolean
is_lone_surrogate (const uint16_t *chars, gsize length, gsize i)
{
  uint16_t c = chars[i];
  if (c >= 0xD800 && c <= 0xDBFF)
    return !(i + 1 < length && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF);
  if (c >= 0xDC00 && c <= 0xDFFF)
    return !(i > 0 && chars[i - 1] >= 0xD800 && chars[i - 1] <= 0xDBFF);
  return FALSE;
}

static gboolean
utf16_contains (const uint16_t *chars, gsize length, const char *ascii)
{
  gsize n = strlen (ascii);
  for (gsize i = 0; i + n <= length; i++)
    {
      gsize j = 0;
      while (j < n && chars[i + j] == (uint16_t) ascii[j])
        j++;
      if (j == n)
        return TRUE;
    }
  return FALSE;
}

/* strEscape: quotes with ', or " when the text has ' but no ", or ` when it
 * has both but no ` or ${; escapes control characters, the chosen quote
 * (only when it is '), the backslash and lone surrogates. */
static void
str_escape (GString *out, const uint16_t *chars, gsize length)
{
  char quote = '\'';
  if (utf16_contains (chars, length, "'"))
    {
      if (!utf16_contains (chars, length, "\""))
        quote = '"';
      else if (!utf16_contains (chars, length, "`") && !utf16_contains (chars, length, "${"))
        quote = '`';
    }
  g_string_append_c (out, quote);
  gsize last = 0;
  for (gsize i = 0; i < length; i++)
    {
      uint16_t c = chars[i];
      if ((c == '\'' && quote == '\'') || c == '\\' || c < 32 || (c > 126 && c < 160))
        {
          append_utf16 (out, chars + last, i - last);
          append_meta (out, c);
          last = i + 1;
        }
      else if (c >= 0xD800 && c <= 0xDFFF && is_lone_surrogate (chars, length, i))
        {
          append_utf16 (out, chars + last, i - last);
          g_string_append_printf (out, "\\u%x", c);
          last = i + 1;
        }
    }
  append_utf16 (out, chars + last, length - last);
  g_string_append_c (out, quote);
}

/* strEscapeSequencesReplacer with escapeFn: escapes without adding quotes
 * (symbol descriptions and non-enumerable keys in brackets). */
static void
escape_replace (GString *out, const uint16_t *chars, gsize length)
{
  gsize last = 0;
  for (gsize i = 0; i < length; i++)
    {
      uint16_t c = chars[i];
      if (c < 0x20 || c == 0x27 || c == 0x5C || (c >= 0x7F && c <= 0x9F))
        {
          append_utf16 (out, chars + last, i - last);
          append_meta (out, c);
          last = i + 1;
        }
      else if (c >= 0xD800 && c <= 0xDFFF && is_lone_surrogate (chars, length, i))
        {
          append_utf16 (out, chars + last, i - last);
          g_string_append_printf (out, "\\u%x", c);
          last = i + 1;
        }
    }
  append_utf16 (out, chars + last, length - last);
}

static void
append_number (GString *out, double d)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];
  if (d == 0 && signbit (d))
    g_string_append (out, "-0");
  else
    {
      js_number_to_cstring (d, buffer);
      g_string_append (out, buffer);
    }
}

static char *
format_number (Inspector *ctx, double d)
{
  GString *s = g_string_new (NULL);
  append_number (s, d);
  return own_gstring (ctx, s);
}

/* Symbol.prototype.toString: "Symbol(description)". */
static void
append_symbol (GString *out, JsSymbol *sym)
{
  g_string_append (out, "Symbol(");
  if (sym->description != NULL)
    js_string_append_to (out, sym->description);
  g_string_append_c (out, ')');
}

/* stylize(strEscape(piece), 'string') */
static char *
stylize_escaped (Inspector *ctx, const uint16_t *chars, gsize length)
{
  GString *quoted = g_string_new (NULL);
  str_escape (quoted, chars, length);
  return stylize (ctx, own_gstring (ctx, quoted), "string");
}

static char *
format_string (Inspector *ctx, JsString *str)
{
  gsize length = str->length;
  char *trailer = "";
  if (length > (gsize) ctx->max_string_length)
    {
      gsize remaining = length - ctx->max_string_length;
      length = ctx->max_string_length;
      trailer = own_printf (ctx, "... %" G_GSIZE_FORMAT " more character%s",
                            remaining, remaining > 1 ? "s" : "");
    }
  GString *out = g_string_new (NULL);
  if (ctx->compact != JS_INSPECT_COMPACT_TRUE &&
      length > K_MIN_LINE_LENGTH &&
      (gssize) length > (gssize) ctx->break_length - ctx->indentation_lvl - 4)
    {
      /* Long strings are split after each newline into quoted pieces
       * joined with " +\n". */
      gsize start = 0;
      for (gsize i = 0; i < length; i++)
        if (str->chars[i] == '\n' && i + 1 < length)
          {
            g_string_append (out, stylize_escaped (ctx, str->chars + start, i + 1 - start));
            g_string_append (out, " +\n");
            for (int k = 0; k < ctx->indentation_lvl + 2; k++)
              g_string_append_c (out, ' ');
            start = i + 1;
          }
      g_string_append (out, stylize_escaped (ctx, str->chars + start, length - start));
    }
  else
    g_string_append (out, stylize_escaped (ctx, str->chars, length));
  g_string_append (out, trailer);
  return own_gstring (ctx, out);
}

/* addNumericSeparator: 1234567 → 1_234_567 (a leading '-' stays). */
static char *
add_numeric_separator (Inspector *ctx, const char *digits)
{
  gsize length = strlen (digits);
  gsize start = digits[0] == '-' ? 1 : 0;
  gsize head = length;
  GString *out;

  while (head >= start + 4)
    head -= 3;
  if (head == length)
    return own (ctx, g_strdup (digits));
  out = g_string_new_len (digits, head);
  for (gsize i = head; i < length; i += 3)
    {
      g_string_append_c (out, '_');
      g_string_append_len (out, digits + i, 3);
    }
  return own_gstring (ctx, out);
}

/* addNumericSeparatorEnd: the fraction digits grouped from the left. */
static char *
add_numeric_separator_end (Inspector *ctx, const char *digits)
{
  gsize length = strlen (digits);
  GString *out = g_string_new (NULL);
  gsize i = 0;

  for (; i + 3 < length; i += 3)
    {
      g_string_append_len (out, digits + i, 3);
      g_string_append_c (out, '_');
    }
  g_string_append (out, digits + i);
  return own_gstring (ctx, out);
}

/* formatNumber with numericSeparator: String(number) split at its '.',
 * each side grouped by threes; integers in exponent form, NaN and
 * infinities as they are.  Node slices at indexOf('.') even when it is -1
 * (1e-7 shows as "1e-.1e-_7"), and so do we. */
static char *
format_number_separated (Inspector *ctx, double d)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];
  const char *point;
  char *integer_part;

  js_number_to_cstring (d, buffer);
  if (trunc (d) == d)
    {
      if (!isfinite (d) || strchr (buffer, 'e') != NULL)
        return own (ctx, g_strdup (buffer));
      return add_numeric_separator (ctx, buffer);
    }
  if (isnan (d))
    return own (ctx, g_strdup (buffer));
  point = strchr (buffer, '.');
  /* slice(0, -1) drops the last character; slice(-1 + 1) is everything. */
  integer_part = own (ctx, point != NULL ? g_strndup (buffer, point - buffer)
                                         : g_strndup (buffer, strlen (buffer) - 1));
  return CAT (ctx, add_numeric_separator (ctx, integer_part), ".",
              add_numeric_separator_end (ctx, point != NULL ? point + 1 : buffer));
}

/* formatBigInt: 12n */
static char *
format_bigint (Inspector *ctx, JsValue v)
{
  char *digits = js_bigint_to_cstring (ctx->J, v, 10);
  char *s = CAT (ctx, digits, "n");

  g_free (digits);
  return s;
}

static char *
format_primitive (Inspector *ctx, JsValue v)
{
  switch (js_value_tag (v))
    {
    case JS_TAG_STRING:
      return format_string (ctx, js_get_string (v));
    case JS_TAG_BOOLEAN:
      return stylize (ctx, js_get_boolean (v) ? "true" : "false", "boolean");
    case JS_TAG_UNDEFINED:
      return stylize (ctx, "undefined", "undefined");
    case JS_TAG_NULL:
      return stylize (ctx, "null", "null");
    case JS_TAG_SYMBOL:
      {
        GString *s = g_string_new (NULL);
        append_symbol (s, js_get_symbol (v));
        return stylize (ctx, own_gstring (ctx, s), "symbol");
      }
    case JS_TAG_BIGINT:
      if (ctx->numeric_separator)
        {
          char *digits = js_bigint_to_cstring (ctx->J, v, 10);
          char *s = CAT (ctx, add_numeric_separator (ctx, digits), "n");
          g_free (digits);
          return stylize (ctx, s, "bigint");
        }
      return stylize (ctx, format_bigint (ctx, v), "bigint");
    default:
      if (ctx->numeric_separator)
        return stylize (ctx, format_number_separated (ctx, js_get_number (v)), "number");
      return stylize (ctx, format_number (ctx, js_get_number (v)), "number");
    }
}

/* ------------------------------------------------------------------------
 * Object helpers: protected calls, keys, constructor names
 * ------------------------------------------------------------------------ */

static G_GNUC_NORETURN void
rethrow (JsState *J)
{
  if (J->terminating)
    js_throw_budget (J, J->terminated_by);
  js_throw (J, J->exception);
}

/* `try { return object instanceof proto } catch { return false }` */
static gboolean
is_instanceof (JsState *J, JsValue object, JsValue constructor)
{
  JsTryPoint tp;
  volatile gboolean result = FALSE;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      result = js_instance_of (J, object, constructor);
      js_try_end (J, &tp);
    }
  else if (J->terminating)
    rethrow (J);
  return result;
}

static gboolean
has_own (JsState *J, JsObject *obj, JsValue key)
{
  JsPropertyDescriptor desc;
  return js_get_own_property (J, obj, key, &desc);
}

static gboolean
own_enumerable (JsState *J, JsObject *obj, JsValue key)
{
  JsPropertyDescriptor desc;
  return js_get_own_property (J, obj, key, &desc) && (desc.flags & JS_PROP_ENUMERABLE);
}

/* The own data value of `key` (ObjectGetOwnPropertyDescriptor(o, k).value);
 * undefined for accessors and missing keys. */
static JsValue
own_data_value (JsState *J, JsObject *obj, JsValue key)
{
  JsPropertyDescriptor desc;
  if (js_get_own_property (J, obj, key, &desc) && !(desc.flags & JS_PROP_ACCESSOR))
    return desc.value;
  return JS_UNDEFINED;
}

static gboolean
proto_chain_contains (JsObject *obj, JsObject *target)
{
  for (JsObject *o = obj->proto; o != NULL; o = o->proto)
    if (o == target)
      return TRUE;
  return FALSE;
}

static void
keys_from_engine (Inspector *ctx, JsObject *obj, guint flags, gboolean skip_indices, GArray *out)
{
  guint32 n = 0;
  JsValue *keys = js_own_property_keys (ctx->J, obj, flags, &n);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 index;
      if (skip_indices && js_key_is_index (keys[i], &index))
        continue;
      g_array_append_val (out, keys[i]);
    }
  g_free (keys);
}

/* getKeys: Object.keys plus the enumerable symbols, or every own key with
 * showHidden.  getOwnNonIndexProperties is the same without array indices. */
static GArray *
get_keys (Inspector *ctx, JsObject *obj, gboolean skip_indices)
{
  GArray *keys = new_keys (ctx);
  guint flags = JS_KEYS_STRINGS | JS_KEYS_SYMBOLS;
  if (!ctx->show_hidden)
    flags |= JS_KEYS_ENUMERABLE_ONLY;
  keys_from_engine (ctx, obj, flags, skip_indices, keys);
  return keys;
}

static gboolean
keys_contain (GArray *keys, JsValue key)
{
  for (guint i = 0; i < keys->len; i++)
    if (js_value_identical (KEY_AT (keys, i), key))
      return TRUE;
  return FALSE;
}

/* The global constructors Node counts as built in (its builtInObjects set:
 * the capitalised globals when util.inspect loads, before Node adds its
 * own such as Buffer or URL). */
static gboolean
is_builtin_object_name (const char *name)
{
  static const char *const names[] = {
    "Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String",
    "Symbol", "Date", "Promise", "RegExp", "Error", "AggregateError", "EvalError",
    "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "JSON",
    "Math", "Intl", "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array",
    "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
    "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map",
    "BigInt", "Set", "WeakMap", "WeakSet", "Proxy", "Reflect", "FinalizationRegistry",
    "WeakRef",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (names[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* V8's GetConstructorName (Node's internalGetConstructorName), for objects
 * whose prototype chain has no usable `constructor`: up the chain, a
 * Symbol.toStringTag data property, or on a prototype a `constructor` data
 * property that is a function with a name other than "Object"; else the
 * class name.  (V8 first asks for the constructor that allocated the object,
 * which only differs for `new F` objects whose prototype was replaced; we do
 * not record it.) */
static const char *
internal_constructor_name (Inspector *ctx, JsObject *obj)
{
  JsState *J = ctx->J;
  for (JsObject *o = obj; o != NULL && o->class_id != JS_CLASS_PROXY; o = o->proto)
    {
      JsValue tag = own_data_value (J, o, JS_SYMBOL_KEY (J, toStringTag));
      if (js_is_string (tag))
        return string_utf8 (ctx, js_get_string (tag));
      if (o == obj)
        continue;
      JsValue ctor = own_data_value (J, o, JS_KEY (J, constructor));
      if (js_is_object (ctor) &&
          (js_get_object (ctor)->class_id == JS_CLASS_FUNCTION ||
           js_get_object (ctor)->class_id == JS_CLASS_NATIVE_FUNCTION))
        {
          char *name = string_utf8 (ctx, js_function_get_name (J, js_get_object (ctor)));
          if (name[0] != '\0' && strcmp (name, "Object") != 0)
            return name;
        }
    }
  if (js_object_is_callable (obj))
    return "Function";
  switch (obj->class_id)
    {
    case JS_CLASS_GENERATOR:
    case JS_CLASS_ASYNC_GENERATOR:
      return "Generator";
    case JS_CLASS_MAPPED_ARGUMENTS:
      return "Arguments";
    case JS_CLASS_ITERATOR:
    case JS_CLASS_ASYNC_FUNCTION:
    case JS_CLASS_HOST:
      return "Object";
    default:
      return js_class_name (obj->class_id);
    }
}

static char *format_property (Inspector *ctx, JsObject *obj, int recurse_times,
                              JsValue key, int type, const JsPropertyDescriptor *desc);
static char *inspect_nested (Inspector *parent, JsValue value, int depth);

/* addPrototypeProperties (showHidden only): user-defined non-method
 * properties of up to three prototype layers. */
static void
add_prototype_properties (Inspector *ctx, JsObject *main, JsObject *obj,
                          int recurse_times, GPtrArray *output)
{
  JsState *J = ctx->J;
  GArray *keys = NULL;
  GArray *key_set = new_keys (ctx);
  int depth = 0;
  do
    {
      if (depth != 0 || main == obj)
        {
          obj = obj->proto;
          if (obj == NULL)
            return;
          JsValue ctor = own_data_value (J, obj, JS_KEY (J, constructor));
          if (js_is_callable (ctor))
            {
              char *name = to_string_utf8 (ctx, js_get (J, ctor, JS_KEY (J, name)));
              if (is_builtin_object_name (name))
                return;
            }
        }
      if (depth != 0)
        g_array_append_vals (key_set, keys->data, keys->len);
      keys = new_keys (ctx);
      keys_from_engine (ctx, obj, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, FALSE, keys);
      g_ptr_array_add (ctx->seen, main);
      for (guint i = 0; i < keys->len; i++)
        {
          JsValue key = KEY_AT (keys, i);
          if (js_value_identical (key, JS_KEY (J, constructor)) ||
              has_own (J, main, key) ||
              (depth != 0 && keys_contain (key_set, key)))
            continue;
          JsPropertyDescriptor desc;
          if (!js_get_own_property (J, obj, key, &desc))
            continue;
          if (!(desc.flags & JS_PROP_ACCESSOR) && js_is_callable (desc.value))
            continue;
          g_ptr_array_add (output, format_property (ctx, obj, recurse_times, key,
                                                    K_OBJECT_TYPE, &desc));
        }
      g_ptr_array_set_size (ctx->seen, ctx->seen->len - 1);
    }
  while (++depth != 3);
}

/* getConstructorName: the name of the first constructor up the prototype
 * chain that `obj` is an instance of; NULL for a null prototype. */
static char *
get_constructor_name (Inspector *ctx, JsObject *obj, int recurse_times, GPtrArray *proto_props)
{
  JsState *J = ctx->J;
  JsObject *first_proto = NULL;
  gboolean first_proto_set = FALSE;
  JsObject *tmp = obj;

  while (obj != NULL)
    {
      JsObject *well_known = NULL;
      const char *well_known_name = NULL;
      if (obj == JS_INTRINSIC (J, ObjectPrototype))
        well_known = JS_INTRINSIC (J, ObjectPrototype), well_known_name = "Object";
      else if (obj == JS_INTRINSIC (J, FunctionPrototype))
        well_known = JS_INTRINSIC (J, FunctionPrototype), well_known_name = "Function";
      if (well_known != NULL && proto_chain_contains (tmp, well_known))
        {
          if (proto_props != NULL && first_proto != obj)
            add_prototype_properties (ctx, tmp, first_proto ? first_proto : tmp,
                                      recurse_times, proto_props);
          return (char *) well_known_name;
        }

      JsValue ctor = own_data_value (J, obj, JS_KEY (J, constructor));
      if (js_is_callable (ctor))
        {
          JsValue name = js_get (J, ctor, JS_KEY (J, name));
          if (!(js_is_string (name) && js_get_string (name)->length == 0) &&
              is_instanceof (J, js_object_value (tmp), ctor))
            {
              char *name_utf8 = to_string_utf8 (ctx, name);
              if (proto_props != NULL &&
                  (first_proto != obj || !is_builtin_object_name (name_utf8)))
                add_prototype_properties (ctx, tmp, first_proto ? first_proto : tmp,
                                          recurse_times, proto_props);
              return name_utf8;
            }
        }

      obj = js_object_get_prototype_of (J, obj);
      if (!first_proto_set)
        {
          first_proto = obj;
          first_proto_set = TRUE;
        }
    }

  if (first_proto == NULL)
    return NULL;

  const char *res = internal_constructor_name (ctx, tmp);
  if (recurse_times > ctx->depth)
    return CAT (ctx, res, " <Complex prototype>");

  char *proto_constr = get_constructor_name (ctx, first_proto, recurse_times + 1, proto_props);
  if (proto_constr == NULL)
    return CAT (ctx, res, " <", inspect_nested (ctx, js_object_value (first_proto), -1), ">");
  return CAT (ctx, res, " <", proto_constr, ">");
}

/* getPrefix */
static char *
get_prefix (Inspector *ctx, const char *constructor, const char *tag,
            const char *fallback, const char *size)
{
  if (constructor == NULL)
    {
      if (tag[0] != '\0' && strcmp (fallback, tag) != 0)
        return CAT (ctx, "[", fallback, size, ": null prototype] [", tag, "] ");
      return CAT (ctx, "[", fallback, size, ": null prototype] ");
    }
  if (tag[0] != '\0' && strcmp (constructor, tag) != 0)
    return CAT (ctx, constructor, size, " [", tag, "] ");
  return CAT (ctx, constructor, size, " ");
}

/* getCtxStyle */
static char *
get_ctx_style (Inspector *ctx, JsObject *obj, const char *constructor, const char *tag)
{
  const char *fallback = "";
  if (constructor == NULL)
    {
      fallback = internal_constructor_name (ctx, obj);
      if (strcmp (fallback, tag) == 0)
        fallback = "Object";
    }
  return get_prefix (ctx, constructor, tag, fallback, "");
}

static char *
without_last_char (Inspector *ctx, const char *s)
{
  gsize n = strlen (s);
  return own (ctx, g_strndup (s, n > 0 ? n - 1 : 0));
}

/* ------------------------------------------------------------------------
 * Functions, boxed primitives, dates, errors
 * ------------------------------------------------------------------------ */

static char *
get_class_base (Inspector *ctx, JsObject *fn, const char *constructor, const char *tag)
{
  JsState *J = ctx->J;
  const char *name = "(anonymous)";
  if (has_own (J, fn, JS_KEY (J, name)))
    {
      JsValue v = js_get (J, js_object_value (fn), JS_KEY (J, name));
      if (js_to_boolean (v))
        name = to_string_utf8 (ctx, v);
    }
  char *base = CAT (ctx, "class ", name);
  if (constructor != NULL && strcmp (constructor, "Function") != 0)
    base = CAT (ctx, base, " [", constructor, "]");
  if (tag[0] != '\0' && !str_equal0 (constructor, tag))
    base = CAT (ctx, base, " [", tag, "]");
  if (constructor != NULL)
    {
      JsObject *proto = js_object_get_prototype_of (J, fn);
      if (proto != NULL)
        {
          JsValue super_name = js_get (J, js_object_value (proto), JS_KEY (J, name));
          if (js_to_boolean (super_name))
            base = CAT (ctx, base, " extends ", to_string_utf8 (ctx, super_name));
        }
    }
  else
    base = CAT (ctx, base, " extends [null prototype]");
  return CAT (ctx, "[", base, "]");
}

/* getFunctionBase.  Node recognises classes by their source text; ours are
 * flagged, and generator / async functions are told by their prototype
 * (%GeneratorFunction.prototype% …), which is where the spec puts them. */
static char *
get_function_base (Inspector *ctx, JsObject *fn, const char *constructor, const char *tag)
{
  JsState *J = ctx->J;
  if (fn->flags & JS_OBJECT_CLASS_CONSTRUCTOR)
    return get_class_base (ctx, fn, constructor, tag);

  JsObject *proto = fn->proto;
  const char *type = "Function";
  if (proto != NULL && proto == JS_INTRINSIC (J, GeneratorFunctionPrototype))
    type = "GeneratorFunction";
  else if (proto != NULL && proto == JS_INTRINSIC (J, AsyncFunctionPrototype))
    type = "AsyncFunction";
  else if (proto != NULL && proto == JS_INTRINSIC (J, AsyncGeneratorFunctionPrototype))
    type = "AsyncGeneratorFunction";

  char *base = CAT (ctx, "[", type);
  if (constructor == NULL)
    base = CAT (ctx, base, " (null prototype)");
  JsValue name = js_get (J, js_object_value (fn), JS_KEY (J, name));
  if (js_is_string (name) && js_get_string (name)->length == 0)
    base = CAT (ctx, base, " (anonymous)");
  else
    base = CAT (ctx, base, ": ", to_string_utf8 (ctx, name));
  base = CAT (ctx, base, "]");
  if (constructor != NULL && strcmp (constructor, type) != 0)
    base = CAT (ctx, base, " ", constructor);
  if (tag[0] != '\0' && !str_equal0 (constructor, tag))
    base = CAT (ctx, base, " [", tag, "]");
  return base;
}

/* getBoxedBase: [Number: 3], [String: 'ab'] … */
static char *
get_boxed_base (Inspector *ctx, JsObject *obj, GArray *keys, const char *constructor, const char *tag)
{
  const char *type;
  switch (obj->class_id)
    {
    case JS_CLASS_NUMBER: type = "Number"; break;
    case JS_CLASS_BOOLEAN: type = "Boolean"; break;
    case JS_CLASS_SYMBOL: type = "Symbol"; break;
    case JS_CLASS_BIGINT: type = "BigInt"; break;
    default:
      {
        /* The index keys of a String object only repeat its characters. */
        type = "String";
        guint32 length = js_is_string (obj->u.primitive) ? js_get_string (obj->u.primitive)->length : 0;
        for (guint i = 0; i < keys->len;)
          {
            guint32 index;
            if (js_key_is_index (KEY_AT (keys, i), &index) && index < length)
              g_array_remove_index (keys, i);
            else
              i++;
          }
      }
      break;
    }
  char *base = CAT (ctx, "[", type);
  if (constructor == NULL)
    base = CAT (ctx, base, " (null prototype)");
  else if (strcmp (type, constructor) != 0)
    base = CAT (ctx, base, " (", constructor, ")");
  /* The primitive inside is plain (stylizeNoColor); the whole base takes
   * the primitive's style when nothing follows it. */
  gboolean colors = ctx->colors;
  ctx->colors = FALSE;
  base = CAT (ctx, base, ": ", format_primitive (ctx, obj->u.primitive), "]");
  ctx->colors = colors;
  if (tag[0] != '\0' && !str_equal0 (constructor, tag))
    base = CAT (ctx, base, " [", tag, "]");
  if (keys->len != 0)
    return base;
  return stylize (ctx, base, own (ctx, g_ascii_strdown (type, -1)));
}

/* Date.prototype.toISOString for a finite time value. */
static char *
date_to_iso_string (Inspector *ctx, double t)
{
  gint64 ms = (gint64) t;
  gint64 days = ms / 86400000;
  gint64 in_day = ms % 86400000;
  if (in_day < 0)
    {
      in_day += 86400000;
      days--;
    }
  /* Civil date from days since 1970-01-01 (Howard Hinnant's algorithm). */
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 y = yoe + era * 400;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 d = doy - (153 * mp + 2) / 5 + 1;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2)
    y++;
  char *year;
  if (y >= 0 && y <= 9999)
    year = own_printf (ctx, "%04" G_GINT64_FORMAT, y);
  else
    year = own_printf (ctx, "%c%06" G_GINT64_FORMAT, y < 0 ? '-' : '+', y < 0 ? -y : y);
  return own_printf (ctx, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", year, (int) m, (int) d,
                     (int) (in_day / 3600000), (int) (in_day / 60000 % 60),
                     (int) (in_day / 1000 % 60), (int) (in_day % 1000));
}

static gboolean
is_error (JsState *J, JsObject *obj)
{
  return obj->class_id == JS_CLASS_ERROR ||
         proto_chain_contains (obj, JS_INTRINSIC (J, ErrorPrototype));
}

/* Error.prototype.toString */
static char *
error_to_string (Inspector *ctx, JsObject *err)
{
  JsState *J = ctx->J;
  JsValue name_v = js_get (J, js_object_value (err), JS_KEY (J, name));
  char *name = js_is_undefined (name_v) ? "Error" : to_string_utf8 (ctx, name_v);
  JsValue msg_v = js_get (J, js_object_value (err), JS_KEY (J, message));
  char *msg = js_is_undefined (msg_v) ? "" : to_string_utf8 (ctx, msg_v);
  if (name[0] == '\0')
    return msg;
  if (msg[0] == '\0')
    return name;
  return CAT (ctx, name, ": ", msg);
}

static char *
get_stack_string (Inspector *ctx, JsObject *err)
{
  JsValue stack = js_get (ctx->J, js_object_value (err), JS_KEY (ctx->J, stack));
  if (js_to_boolean (stack))
    return to_string_utf8 (ctx, stack);
  return error_to_string (ctx, err);
}

static gboolean
str_starts_with (const char *s, const char *prefix)
{
  return strncmp (s, prefix, strlen (prefix)) == 0;
}

static gboolean
str_ends_with (const char *s, const char *suffix)
{
  gsize n = strlen (s), m = strlen (suffix);
  return n >= m && strcmp (s + n - m, suffix) == 0;
}

/* The error name improveStack guesses for a null-prototype error:
 * /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/ */
static char *
guess_error_name (Inspector *ctx, const char *stack)
{
  if (g_ascii_isupper (stack[0]))
    {
      gsize n = 1;
      while (stack[n] != '\0' &&
             (g_ascii_isalnum (stack[n]) || strchr ("_ []()-", stack[n]) != NULL))
        n++;
      if (n > 1 && (stack[n] == ':' || str_starts_with (stack + n, "\n    at")))
        return own (ctx, g_strndup (stack, n));
    }
  gsize n = 0;
  while (stack[n] != '\0' && (g_ascii_isalnum (stack[n]) || stack[n] == '_' || stack[n] == '-'))
    n++;
  if (stack[n] == '\0' && str_ends_with (stack, "Error"))
    return (char *) stack;
  return "";
}

/* improveStack: make the first line name the constructor when it differs. */
static char *
improve_stack (Inspector *ctx, char *stack, const char *constructor, const char *name, const char *tag)
{
  gsize len = strlen (name);
  if (constructor == NULL ||
      (str_ends_with (name, "Error") && str_starts_with (stack, name) &&
       (stack[len] == '\0' || stack[len] == ':' || stack[len] == '\n')))
    {
      const char *fallback = "Error";
      if (constructor == NULL)
        {
          fallback = guess_error_name (ctx, stack);
          len = strlen (fallback);
          if (fallback[0] == '\0')
            fallback = "Error";
        }
      char *prefix = without_last_char (ctx, get_prefix (ctx, constructor, tag, fallback, ""));
      if (strcmp (name, prefix) != 0)
        {
          if (strstr (prefix, name) != NULL)
            {
              if (len == 0)
                stack = CAT (ctx, prefix, ": ", stack);
              else
                stack = CAT (ctx, prefix, stack + len);
            }
          else
            stack = CAT (ctx, prefix, " [", name, "]", stack + len);
        }
    }
  return stack;
}

static GPtrArray *
split_lines (Inspector *ctx, const char *s)
{
  GPtrArray *lines = new_list (ctx);
  char **parts = g_strsplit (s, "\n", -1);
  for (char **p = parts; *p; p++)
    g_ptr_array_add (lines, own (ctx, *p));
  g_free (parts);
  return lines;
}

static int
list_index_of (GPtrArray *list, const char *s)
{
  for (guint i = 0; i < list->len; i++)
    if (strcmp (LIST_AT (list, i), s) == 0)
      return i;
  return -1;
}

/* getStackFrames: the frame lines, with the run shared with the cause's
 * stack (identicalSequenceRange) folded into one line. */
static GPtrArray *
get_stack_frames (Inspector *ctx, JsObject *err, const char *stack)
{
  JsState *J = ctx->J;
  GPtrArray *frames = split_lines (ctx, stack);
  volatile JsValue cause = JS_UNDEFINED;
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      cause = js_get (J, js_object_value (err), js_key_from_utf8 (J, "cause"));
      js_try_end (J, &tp);
    }
  else if (J->terminating)
    rethrow (J);

  if (!js_is_object (cause) || !is_error (J, js_get_object (cause)))
    return frames;
  char *cause_stack = get_stack_string (ctx, js_get_object (cause));
  const char *start = strstr (cause_stack, "\n    at");
  if (start == NULL)
    return frames;
  GPtrArray *cause_frames = split_lines (ctx, start + 1);
  for (int i = 0; i < (int) frames->len - 3; i++)
    {
      int pos = list_index_of (cause_frames, LIST_AT (frames, i));
      if (pos == -1)
        continue;
      int rest = cause_frames->len - pos;
      if (rest <= 3)
        continue;
      int len = 1;
      int max_len = MIN ((int) frames->len - i, rest);
      while (max_len > len && strcmp (LIST_AT (frames, i + len), LIST_AT (cause_frames, pos + len)) == 0)
        len++;
      if (len > 3)
        {
          int skipped = len - 2;
          g_ptr_array_remove_range (frames, i + 1, skipped);
          g_ptr_array_insert (frames, i + 1,
                              own_printf (ctx, "    ... %d lines matching cause stack trace ...", skipped));
          break;
        }
    }
  return frames;
}

static void
remove_key_utf8 (Inspector *ctx, GArray *keys, const char *name, JsObject *err, const char *stack)
{
  JsValue key = js_key_from_utf8 (ctx->J, name);
  for (guint i = 0; i < keys->len; i++)
    if (js_value_identical (KEY_AT (keys, i), key))
      {
        char *value = to_string_utf8 (ctx, js_get (ctx->J, js_object_value (err), key));
        if (strstr (stack, value) != NULL)
          g_array_remove_index (keys, i);
        return;
      }
}

/* formatError */
static char *
format_error (Inspector *ctx, JsObject *err, const char *constructor, const char *tag, GArray *keys)
{
  JsState *J = ctx->J;
  JsValue errv = js_object_value (err);
  JsValue name_v = js_get (J, errv, JS_KEY (J, name));
  char *name = js_is_nullish (name_v) ? "Error" : to_string_utf8 (ctx, name_v);
  char *stack = get_stack_string (ctx, err);

  /* removeDuplicateErrorKeys */
  if (!ctx->show_hidden && keys->len != 0)
    {
      remove_key_utf8 (ctx, keys, "name", err, stack);
      remove_key_utf8 (ctx, keys, "message", err, stack);
      remove_key_utf8 (ctx, keys, "stack", err, stack);
    }

  JsValue cause_key = js_key_from_utf8 (J, "cause");
  if (js_has_property (J, err, cause_key) && !keys_contain (keys, cause_key))
    g_array_append_val (keys, cause_key);
  JsValue errors_key = js_key_from_utf8 (J, "errors");
  if (js_is_array (js_get (J, errv, errors_key)) && !keys_contain (keys, errors_key))
    g_array_append_val (keys, errors_key);

  stack = improve_stack (ctx, stack, constructor, name, tag);

  /* Node skips the message when looking for the first frame line:
   * `(err.message && stack.indexOf(err.message)) || -1`, so a message at
   * position 0 counts as not found. */
  gssize pos = -1;
  JsValue message = js_get (J, errv, JS_KEY (J, message));
  if (js_to_boolean (message))
    {
      char *msg = to_string_utf8 (ctx, message);
      const char *found = strstr (stack, msg);
      if (found != NULL && found != stack)
        pos = (found - stack) + strlen (msg);
    }
  const char *stack_start = strstr (stack + MAX (pos, 0), "\n    at");
  if (stack_start == NULL)
    stack = CAT (ctx, "[", stack, "]");
  else
    {
      char *head = own (ctx, g_strndup (stack, stack_start - stack));
      GPtrArray *lines = get_stack_frames (ctx, err, stack_start + 1);
      stack = CAT (ctx, head, "\n", join (ctx, lines, "\n"));
    }
  return indent_lines (ctx, stack, ctx->indentation_lvl);
}

/* ------------------------------------------------------------------------
 * Entries: formatProperty and the collection formatters
 * ------------------------------------------------------------------------ */

static gboolean
is_identifier_key (const JsString *s)
{
  if (s->length == 0)
    return FALSE;
  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];
      gboolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                    (i > 0 && c >= '0' && c <= '9');
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* An accessor with a getter: [Getter] or [Getter/Setter], with the value
 * the getter returns when the `getters` option asks for it (formatProperty). */
static char *
format_getter (Inspector *ctx, JsObject *obj, int recurse_times, const JsPropertyDescriptor *desc)
{
  JsState *J = ctx->J;
  gboolean has_setter = !js_is_undefined (desc->setter);
  const char *const volatile label = has_setter ? "Getter/Setter" : "Getter";
  JsTryPoint tp;
  JsValue value;
  char *str;

  if (ctx->getters == JS_INSPECT_GETTERS_NONE ||
      (ctx->getters == JS_INSPECT_GETTERS_GET && has_setter) ||
      (ctx->getters == JS_INSPECT_GETTERS_SET && !has_setter))
    return stylize (ctx, own_printf (ctx, "[%s]", label), "special");

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      value = js_call (J, desc->getter, js_object_value (obj), 0, NULL);
      js_try_end (J, &tp);
    }
  else
    {
      JsValue message;
      if (J->terminating)
        rethrow (J);
      message = js_get (J, J->exception, JS_KEY (J, message));
      return own_printf (ctx, "%s <Inspection threw (%s)>%s", stylize (ctx, own_printf (ctx, "[%s:", label), "special"),
                         to_string_utf8 (ctx, message), stylize (ctx, "]", "special"));
    }

  ctx->indentation_lvl += 2;
  if (js_is_object (value))
    str = own_printf (ctx, "%s %s", stylize (ctx, own_printf (ctx, "[%s]", label), "special"),
                      format_value (ctx, value, recurse_times));
  else
    str = own_printf (ctx, "%s %s%s", stylize (ctx, own_printf (ctx, "[%s:", label), "special"),
                      format_primitive (ctx, value), stylize (ctx, "]", "special"));
  ctx->indentation_lvl -= 2;
  return str;
}

/* formatProperty: `key: value`, or just the value for array elements. */
static char *
format_property (Inspector *ctx, JsObject *obj, int recurse_times, JsValue key,
                 int type, const JsPropertyDescriptor *desc)
{
  JsState *J = ctx->J;
  JsPropertyDescriptor own_desc;
  if (desc == NULL)
    {
      if (!js_get_own_property (J, obj, key, &own_desc))
        {
          own_desc.flags = JS_PROP_ENUMERABLE;
          own_desc.value = js_object_get (J, obj, key, js_object_value (obj));
        }
      desc = &own_desc;
    }

  char *str;
  const char *extra = " ";
  if (!(desc->flags & JS_PROP_ACCESSOR))
    {
      /* compact: true puts a value too wide for the line under its key. */
      int diff = ctx->compact != JS_INSPECT_COMPACT_TRUE || type != K_OBJECT_TYPE ? 2 : 3;
      ctx->indentation_lvl += diff;
      str = format_value (ctx, desc->value, recurse_times);
      if (diff == 3 && (gsize) ctx->break_length < string_width (remove_colors (ctx, str)))
        extra = CAT (ctx, "\n", spaces (ctx, ctx->indentation_lvl));
      ctx->indentation_lvl -= diff;
    }
  else if (!js_is_undefined (desc->getter))
    str = format_getter (ctx, obj, recurse_times, desc);
  else if (!js_is_undefined (desc->setter))
    str = stylize (ctx, "[Setter]", "special");
  else
    str = stylize (ctx, "undefined", "undefined");

  if (type == K_ARRAY_TYPE)
    return str;

  GString *name = g_string_new (NULL);
  if (js_is_symbol (key))
    {
      JsSymbol *s = js_get_symbol (key);
      /* Escaping works on UTF-16; the description is the only part that
       * can need it. */
      GString *symbol = g_string_new ("Symbol(");
      if (s->description != NULL)
        escape_replace (symbol, s->description->chars, s->description->length);
      g_string_append_c (symbol, ')');
      g_string_append_c (name, '[');
      g_string_append (name, stylize (ctx, own_gstring (ctx, symbol), "symbol"));
      g_string_append_c (name, ']');
    }
  else
    {
      JsString *k = js_get_string (key);
      if (js_string_equal_ascii (k, "__proto__"))
        g_string_append (name, "['__proto__']");
      else if (!(desc->flags & JS_PROP_ENUMERABLE))
        {
          g_string_append_c (name, '[');
          escape_replace (name, k->chars, k->length);
          g_string_append_c (name, ']');
        }
      else if (is_identifier_key (k))
        js_string_append_to (name, k);   /* the "name" style has no colour */
      else
        g_string_append (name, stylize_escaped (ctx, k->chars, k->length));
    }
  g_string_append_c (name, ':');
  g_string_append (name, extra);
  g_string_append (name, str);
  return own_gstring (ctx, name);
}

static char *
remaining_text (Inspector *ctx, double remaining)
{
  return own_printf (ctx, "... %.0f more item%s", remaining, remaining > 1 ? "s" : "");
}

static char *
empty_items_text (Inspector *ctx, double n)
{
  return stylize (ctx, own_printf (ctx, "<%.0f empty item%s>", n, n > 1 ? "s" : ""), "undefined");
}

/* formatSpecialArray: the array has holes (or its elements live as
 * properties); walk the enumerable own keys from the first hole. */
static void
format_special_array (Inspector *ctx, JsObject *array, int recurse_times,
                      guint32 max_length, GPtrArray *output, guint32 i)
{
  GArray *keys = new_keys (ctx);
  keys_from_engine (ctx, array, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, FALSE, keys);
  double index = i;
  for (; i < keys->len && output->len < max_length; i++)
    {
      JsValue key = KEY_AT (keys, i);
      guint32 tmp;
      if (!js_key_is_index (key, &tmp))
        break;
      if (tmp != index)
        {
          g_ptr_array_add (output, empty_items_text (ctx, tmp - index));
          index = tmp;
          if (output->len == max_length)
            break;
        }
      g_ptr_array_add (output, format_property (ctx, array, recurse_times, key, K_ARRAY_TYPE, NULL));
      index++;
    }
  double remaining = js_array_length (array) - index;
  if (output->len != max_length)
    {
      if (remaining > 0)
        g_ptr_array_add (output, empty_items_text (ctx, remaining));
    }
  else if (remaining > 0)
    g_ptr_array_add (output, remaining_text (ctx, remaining));
}

/* formatArray */
static GPtrArray *
format_array (Inspector *ctx, JsObject *array, int recurse_times)
{
  JsState *J = ctx->J;
  guint32 length = js_array_length (array);
  guint32 len = MIN ((guint32) MAX (0, ctx->max_array_length), length);
  GPtrArray *output = new_list (ctx);
  for (guint32 i = 0; i < len; i++)
    {
      JsValue key = js_key_from_index (J, i);
      if (!has_own (J, array, key))
        {
          format_special_array (ctx, array, recurse_times, len, output, i);
          return output;
        }
      g_ptr_array_add (output, format_property (ctx, array, recurse_times, key, K_ARRAY_TYPE, NULL));
    }
  if (length > len)
    g_ptr_array_add (output, remaining_text (ctx, length - len));
  return output;
}

/* formatTypedArray: the elements as numbers (or BigInts); with showHidden,
 * the view's accessors, its buffer shown without contents. */
static GPtrArray *
format_typed_array (Inspector *ctx, JsObject *ta, int recurse_times)
{
  JsState *J = ctx->J;
  gsize length = js_typed_array_length (ta);
  gsize max_length = MIN ((gsize) MAX (0, ctx->max_array_length), length);
  GPtrArray *output = new_list (ctx);
  static const char *const hidden[] = { "BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer" };

  for (gsize i = 0; i < max_length; i++)
    g_ptr_array_add (output, format_primitive (ctx, js_typed_array_get_element (J, ta, i)));
  if (length > max_length)
    g_ptr_array_add (output, remaining_text (ctx, (double) (length - max_length)));
  if (ctx->show_hidden)
    {
      ctx->indentation_lvl += 2;
      for (guint i = 0; i < G_N_ELEMENTS (hidden); i++)
        {
          JsValue v = js_get (J, js_object_value (ta), js_key_from_utf8 (J, hidden[i]));
          ctx->in_typed_array = TRUE;
          char *str = format_value (ctx, v, recurse_times);
          ctx->in_typed_array = FALSE;
          g_ptr_array_add (output, own_printf (ctx, "[%s]: %s", hidden[i], str));
        }
      ctx->indentation_lvl -= 2;
    }
  return output;
}

/* formatArrayBuffer: the bytes in hex, up to maxArrayLength of them. */
static GPtrArray *
format_array_buffer (Inspector *ctx, JsObject *buffer)
{
  gsize length = buffer->u.buffer.byte_length;
  gsize shown = MIN ((gsize) MAX (0, ctx->max_array_length), length);
  GPtrArray *output = new_list (ctx);
  GString *str = g_string_new (stylize (ctx, "[Uint8Contents]", "special"));

  g_string_append (str, ": <");

  for (gsize i = 0; i < shown; i++)
    g_string_append_printf (str, i == 0 ? "%02x" : " %02x", buffer->u.buffer.data[i]);
  if (length > shown)
    g_string_append_printf (str, " ... %" G_GSIZE_FORMAT " more byte%s", length - shown,
                            length - shown > 1 ? "s" : "");
  g_string_append_c (str, '>');
  g_ptr_array_add (output, own_gstring (ctx, str));
  return output;
}

/* Adds a key that formatProperty reads through the prototype's accessor. */
static void
prepend_key (Inspector *ctx, GArray *keys, const char *name)
{
  JsValue key = js_key_from_utf8 (ctx->J, name);
  g_array_prepend_val (keys, key);
}

/* formatSet and formatMap */
static GPtrArray *
format_map_or_set (Inspector *ctx, JsObject *obj, int recurse_times, gboolean is_map)
{
  guint32 size = js_map_data_size (obj->u.map);
  guint32 max_length = MIN ((guint32) MAX (0, ctx->max_array_length), size);
  GPtrArray *output = new_list (ctx);
  guint32 cursor = 0, i = 0;
  JsValue key, value;
  ctx->indentation_lvl += 2;
  while (i < max_length && js_map_data_iterate (obj->u.map, &cursor, &key, &value))
    {
      if (is_map)
        {
          char *k = format_value (ctx, key, recurse_times);
          char *v = format_value (ctx, value, recurse_times);
          g_ptr_array_add (output, CAT (ctx, k, " => ", v));
        }
      else
        g_ptr_array_add (output, format_value (ctx, key, recurse_times));
      i++;
    }
  if (size > max_length)
    g_ptr_array_add (output, remaining_text (ctx, size - max_length));
  ctx->indentation_lvl -= 2;
  return output;
}

static char *reduce_to_single_string (Inspector *ctx, GPtrArray *output, const char *base,
                                      const char *brace_open, const char *brace_close,
                                      int extras_type, int recurse_times, JsObject *value);

/* formatSetIterInner / formatMapIterInner (kIterator, kMapEntries) over a
 * previewEntries array. */
static GPtrArray *
format_iterator_entries (Inspector *ctx, JsObject *entries, gboolean is_key_value, int recurse_times)
{
  JsState *J = ctx->J;
  guint32 n = js_array_length (entries);
  guint32 len = is_key_value ? n / 2 : n;
  guint32 max_length = MIN ((guint32) MAX (0, ctx->max_array_length), len);
  GPtrArray *output = new_list (ctx);
  ctx->indentation_lvl += 2;
  for (guint32 i = 0; i < max_length; i++)
    {
      if (is_key_value)
        {
          GPtrArray *res = new_list (ctx);
          g_ptr_array_add (res, format_value (ctx, js_get_index (J, js_object_value (entries), i * 2), recurse_times));
          g_ptr_array_add (res, format_value (ctx, js_get_index (J, js_object_value (entries), i * 2 + 1), recurse_times));
          g_ptr_array_add (output, reduce_to_single_string (ctx, res, "", "[", "]",
                                                            K_ARRAY_EXTRAS_TYPE, recurse_times, NULL));
        }
      else
        g_ptr_array_add (output, format_value (ctx, js_get_index (J, js_object_value (entries), i), recurse_times));
    }
  ctx->indentation_lvl -= 2;
  if (len > max_length)
    g_ptr_array_add (output, remaining_text (ctx, len - max_length));
  return output;
}

/* formatWeakSet / formatWeakMap with showHidden (formatSetIterInner and
 * formatMapIterInner in their kWeak state): the entries, sorted as text
 * because their order means nothing.  Without showHidden: <items unknown>. */
static int compare_strings (gconstpointer a, gconstpointer b);

static GPtrArray *
format_weak (Inspector *ctx, JsObject *obj, int recurse_times)
{
  GPtrArray *output = new_list (ctx);
  if (!ctx->show_hidden)
    {
      g_ptr_array_add (output, stylize (ctx, "<items unknown>", "special"));
      return output;
    }
  guint32 size = js_map_data_size (obj->u.map);
  guint32 max_length = MIN ((guint32) MAX (0, ctx->max_array_length), size);
  guint32 cursor = 0, i = 0;
  JsValue key, value;
  ctx->indentation_lvl += 2;
  while (i < max_length && js_map_data_iterate (obj->u.map, &cursor, &key, &value))
    {
      char *k = format_value (ctx, key, recurse_times);
      if (obj->class_id == JS_CLASS_WEAKMAP)
        k = CAT (ctx, k, " => ", format_value (ctx, value, recurse_times));
      g_ptr_array_add (output, k);
      i++;
    }
  if (!ctx->sorted)
    g_ptr_array_sort (output, compare_strings);
  ctx->indentation_lvl -= 2;
  if (size > max_length)
    g_ptr_array_add (output, remaining_text (ctx, size - max_length));
  return output;
}

/* formatPromise */
static GPtrArray *
format_promise (Inspector *ctx, JsObject *promise, int recurse_times)
{
  GPtrArray *output = new_list (ctx);
  JsValue result = JS_UNDEFINED;
  JsPromiseState state = js_promise_get_state (promise, &result);
  if (state == JS_PROMISE_PENDING)
    g_ptr_array_add (output, stylize (ctx, "<pending>", "special"));
  else
    {
      ctx->indentation_lvl += 2;
      char *str = format_value (ctx, result, recurse_times);
      ctx->indentation_lvl -= 2;
      g_ptr_array_add (output, state == JS_PROMISE_REJECTED ? CAT (ctx, "<rejected> ", str) : str);
    }
  return output;
}

/* ------------------------------------------------------------------------
 * Layout: groupArrayElements, isBelowBreakLength, reduceToSingleString
 * ------------------------------------------------------------------------ */

static char *
pad (Inspector *ctx, const char *s, gssize target, gboolean at_start)
{
  gssize n = target - (gssize) u16_length (s);
  if (n <= 0)
    return (char *) s;
  char *fill = spaces (ctx, n);
  return at_start ? CAT (ctx, fill, s) : CAT (ctx, s, fill);
}

/* groupArrayElements: more than six array entries are laid out in columns. */
static GPtrArray *
group_array_elements (Inspector *ctx, GPtrArray *output, JsObject *value)
{
  JsState *J = ctx->J;
  double total_length = 0;
  gsize max_length = 0;
  guint output_length = output->len;
  if ((guint) ctx->max_array_length < output->len)
    output_length--;   /* the "... more items" entry is not part of the grid */
  const int separator_space = 2;
  gsize *data_len = pool_add (ctx->pool, g_new0 (gsize, output->len + 1), g_free);
  for (guint i = 0; i < output_length; i++)
    {
      gsize len = string_width (remove_colors (ctx, LIST_AT (output, i)));
      data_len[i] = len;
      total_length += len + separator_space;
      if (max_length < len)
        max_length = len;
    }
  double actual_max = max_length + separator_space;
  if (actual_max * 3 + ctx->indentation_lvl < ctx->break_length &&
      (total_length / actual_max > 5 || max_length <= 6))
    {
      const double approx_char_heights = 2.5;
      double average_bias = sqrt (actual_max - total_length / output->len);
      double biased_max = MAX (actual_max - 3 - average_bias, 1);
      double columns = MIN (MIN (floor (sqrt (approx_char_heights * biased_max * output_length) / biased_max + 0.5),
                                 floor ((ctx->break_length - ctx->indentation_lvl) / actual_max)),
                            MIN (ctx->compact * 4.0, 15.0));
      if (columns <= 1)
        return output;
      guint ncols = (guint) columns;
      gsize *max_line_length = pool_add (ctx->pool, g_new0 (gsize, ncols), g_free);
      for (guint i = 0; i < ncols; i++)
        {
          gsize line_max = 0;
          for (guint j = i; j < output_length; j += ncols)
            if (data_len[j] > line_max)
              line_max = data_len[j];
          max_line_length[i] = line_max + separator_space;
        }
      gboolean pad_start = TRUE;
      if (value != NULL)
        for (guint i = 0; i < output->len; i++)
          if (!js_is_number (js_get_index (J, js_object_value (value), i)) &&
              !js_is_bigint (js_get_index (J, js_object_value (value), i)))
            {
              pad_start = FALSE;
              break;
            }
      GPtrArray *tmp = new_list (ctx);
      for (guint i = 0; i < output_length; i += ncols)
        {
          guint max = MIN (i + ncols, output_length);
          GString *str = pool_add (ctx->pool, g_string_new (NULL), gstring_free);
          guint j = i;
          for (; j < max - 1; j++)
            {
              const char *entry = LIST_AT (output, j);
              gssize padding = max_line_length[j - i] + u16_length (entry) - data_len[j];
              char *cell = CAT (ctx, entry, ", ");
              g_string_append (str, pad (ctx, cell, padding, pad_start));
            }
          const char *entry = LIST_AT (output, j);
          if (pad_start)
            {
              gssize padding = max_line_length[j - i] + u16_length (entry) - data_len[j] - separator_space;
              g_string_append (str, pad (ctx, entry, padding, TRUE));
            }
          else
            g_string_append (str, entry);
          g_ptr_array_add (tmp, str->str);
        }
      if ((guint) ctx->max_array_length < output->len)
        g_ptr_array_add (tmp, LIST_AT (output, output_length));
      output = tmp;
    }
  return output;
}

/* isBelowBreakLength */
static gboolean
is_below_break_length (Inspector *ctx, GPtrArray *output, gssize start, const char *base)
{
  gssize total_length = output->len + start;
  if (total_length + (gssize) output->len > ctx->break_length)
    return FALSE;
  for (guint i = 0; i < output->len; i++)
    {
      total_length += u16_length (remove_colors (ctx, LIST_AT (output, i)));
      if (total_length > ctx->break_length)
        return FALSE;
    }
  return base[0] == '\0' || strchr (base, '\n') == NULL;
}

/* reduceToSingleString: one line when the entries fit (and are not too
 * deeply nested, `compact`), otherwise one entry per line. */
static char *
reduce_to_single_string (Inspector *ctx, GPtrArray *output, const char *base,
                         const char *brace_open, const char *brace_close,
                         int extras_type, int recurse_times, JsObject *value)
{
  const char *base_sp = base[0] != '\0' ? CAT (ctx, base, " ") : "";
  if (ctx->compact == JS_INSPECT_COMPACT_TRUE)
    {
      /* Node's oldest layout: entries lined up after the opening brace. */
      const char *base_after = base[0] != '\0' ? CAT (ctx, " ", base) : "";
      char *indentation = spaces (ctx, ctx->indentation_lvl);
      if (is_below_break_length (ctx, output, 0, base))
        return CAT (ctx, brace_open, base_after, " ", join (ctx, output, ", "), " ", brace_close);
      /* A wide opening ("Set(2) {") pushes the first entry to its own line. */
      const char *ln = base[0] == '\0' && strlen (brace_open) == 1 ? " " : CAT (ctx, base_after, "\n", indentation, "  ");
      return CAT (ctx, brace_open, ln, join (ctx, output, CAT (ctx, ",\n", indentation, "  ")), " ", brace_close);
    }
  if (ctx->compact >= 1)
    {
      guint entries = output->len;
      if (extras_type == K_ARRAY_EXTRAS_TYPE && entries > 6)
        output = group_array_elements (ctx, output, value);
      if (ctx->current_depth - recurse_times < ctx->compact && entries == output->len)
        {
          gssize start = output->len + ctx->indentation_lvl + u16_length (brace_open) +
                         u16_length (base) + 10;
          if (is_below_break_length (ctx, output, start, base))
            {
              char *joined = join (ctx, output, ", ");
              if (strchr (joined, '\n') == NULL)
                return CAT (ctx, base_sp, brace_open, " ", joined, " ", brace_close);
            }
        }
    }
  char *indentation = CAT (ctx, "\n", spaces (ctx, ctx->indentation_lvl));
  return CAT (ctx, base_sp, brace_open, indentation, "  ",
              join (ctx, output, CAT (ctx, ",", indentation, "  ")),
              indentation, brace_close);
}

/* ------------------------------------------------------------------------
 * formatValue and formatRaw
 * ------------------------------------------------------------------------ */

typedef enum {
  FORMAT_NONE,
  FORMAT_ARRAY,
  FORMAT_SET,
  FORMAT_MAP,
  FORMAT_ITERATOR,
  FORMAT_PROMISE,
  FORMAT_WEAK,
  FORMAT_TYPED_ARRAY,
  FORMAT_ARRAY_BUFFER,
} Formatter;

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* output.sort(comparator) for the `sorted` option: a function sorts with
 * it, stably (a binary insertion sort: outputs are short, and a throwing
 * comparator leaves no C allocation behind). */
static void
sort_entries (Inspector *ctx, GPtrArray *list)
{
  JsState *J = ctx->J;

  if (js_is_undefined (ctx->sort_compare))
    {
      g_ptr_array_sort (list, compare_strings);
      return;
    }
  for (guint i = 1; i < list->len; i++)
    {
      gpointer item = list->pdata[i];
      JsValue args[2] = { js_string_value (js_string_new_utf8 (J, item, -1)), JS_UNDEFINED };
      guint lo = 0, hi = i;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;
          args[1] = js_string_value (js_string_new_utf8 (J, list->pdata[mid], -1));
          if (js_to_number (J, js_call (J, ctx->sort_compare, JS_UNDEFINED, 2, args)) < 0)
            hi = mid;
          else
            lo = mid + 1;
        }
      memmove (&list->pdata[lo + 1], &list->pdata[lo], (i - lo) * sizeof (gpointer));
      list->pdata[lo] = item;
    }
}

/* Symbol.toStringTag, shown only when it is not an own (enumerable) property
 * that the keys will print anyway. */
static const char *
get_tag (Inspector *ctx, JsObject *obj)
{
  JsState *J = ctx->J;
  JsValue key = JS_SYMBOL_KEY (J, toStringTag);
  JsValue tag = js_get (J, js_object_value (obj), key);
  if (!js_is_string (tag))
    return "";
  if (js_get_string (tag)->length != 0 &&
      (ctx->show_hidden ? has_own (J, obj, key) : own_enumerable (J, obj, key)))
    return "";
  return string_utf8 (ctx, js_get_string (tag));
}

static char *
format_raw (Inspector *ctx, JsObject *obj, int recurse_times)
{
  JsState *J = ctx->J;
  JsValue value = js_object_value (obj);
  GPtrArray *proto_props = NULL;
  if (ctx->show_hidden && recurse_times <= ctx->depth)
    proto_props = new_list (ctx);

  const char *constructor = get_constructor_name (ctx, obj, recurse_times, proto_props);
  if (proto_props != NULL && proto_props->len == 0)
    proto_props = NULL;

  const char *tag = get_tag (ctx, obj);
  const char *base = "";
  Formatter formatter = FORMAT_NONE;
  const char *brace_open = "{";
  const char *brace_close = "}";
  GArray *keys = NULL;
  gboolean no_iterator = TRUE;
  int extras_type = K_OBJECT_TYPE;
  JsObject *preview = NULL;
  gboolean preview_key_value = FALSE;
  /* Only the value formatted directly for a typed array's [buffer] sees it. */
  gboolean in_typed_array = ctx->in_typed_array;
  ctx->in_typed_array = FALSE;

  if (js_has_property (J, obj, JS_SYMBOL_KEY (J, iterator)) || constructor == NULL)
    {
      gboolean is_set = FALSE;
      no_iterator = FALSE;
      if (obj->class_id == JS_CLASS_ARRAY)
        {
          guint32 length = js_array_length (obj);
          const char *prefix = "";
          if (!str_equal0 (constructor, "Array") || tag[0] != '\0')
            prefix = get_prefix (ctx, constructor, tag, "Array", own_printf (ctx, "(%u)", length));
          keys = get_keys (ctx, obj, TRUE);
          brace_open = CAT (ctx, prefix, "[");
          brace_close = "]";
          if (length == 0 && keys->len == 0 && proto_props == NULL)
            return CAT (ctx, brace_open, "]");
          extras_type = K_ARRAY_EXTRAS_TYPE;
          formatter = FORMAT_ARRAY;
        }
      else if (obj->class_id == JS_CLASS_SET || obj->class_id == JS_CLASS_MAP)
        {
          gboolean is_map = obj->class_id == JS_CLASS_MAP;
          guint32 size = js_map_data_size (obj->u.map);
          char *prefix = get_prefix (ctx, constructor, tag, is_map ? "Map" : "Set",
                                     own_printf (ctx, "(%u)", size));
          keys = get_keys (ctx, obj, FALSE);
          formatter = is_map ? FORMAT_MAP : FORMAT_SET;
          if (size == 0 && keys->len == 0 && proto_props == NULL)
            return CAT (ctx, prefix, "{}");
          brace_open = CAT (ctx, prefix, "{");
        }
      else if (obj->class_id == JS_CLASS_TYPED_ARRAY)
        {
          gsize size = js_typed_array_length (obj);
          char *prefix = get_prefix (ctx, constructor, tag, js_typed_array_kind_name (obj->u.view.kind),
                                     own_printf (ctx, "(%" G_GSIZE_FORMAT ")", size));
          keys = get_keys (ctx, obj, TRUE);
          brace_open = CAT (ctx, prefix, "[");
          brace_close = "]";
          if (size == 0 && keys->len == 0 && !ctx->show_hidden)
            return CAT (ctx, brace_open, "]");
          extras_type = K_ARRAY_EXTRAS_TYPE;
          formatter = FORMAT_TYPED_ARRAY;
        }
      else if (obj->class_id == JS_CLASS_ITERATOR &&
               js_map_iterator_preview (J, obj, &is_set, &preview_key_value, &preview))
        {
          /* getIteratorBraces */
          const char *type = is_set ? "Set Iterator" : "Map Iterator";
          keys = get_keys (ctx, obj, FALSE);
          char *t = (char *) tag;
          if (strcmp (tag, type) != 0)
            t = tag[0] != '\0' ? CAT (ctx, tag, "] [", type) : (char *) type;
          if (preview_key_value)
            t = CAT (ctx, own (ctx, g_strndup (t, strlen (t) - strlen (" Iterator"))), " Entries");
          brace_open = CAT (ctx, "[", t, "] {");
          formatter = FORMAT_ITERATOR;
        }
      else
        no_iterator = TRUE;
    }

  if (no_iterator)
    {
      keys = get_keys (ctx, obj, FALSE);
      brace_open = "{";
      gboolean no_keys = keys->len == 0 && proto_props == NULL;
      if (js_object_is_callable (obj))
        {
          base = get_function_base (ctx, obj, constructor, tag);
          if (no_keys)
            return stylize (ctx, base, "special");
        }
      else if (str_equal0 (constructor, "Object"))
        {
          if (js_is_arguments_object (obj))
            brace_open = "[Arguments] {";
          else if (tag[0] != '\0')
            brace_open = CAT (ctx, get_prefix (ctx, constructor, tag, "Object", ""), "{");
          if (no_keys)
            return CAT (ctx, brace_open, "}");
        }
      else if (obj->class_id == JS_CLASS_REGEXP)
        {
          /* Without a prototype, `source` and `flags` are read from a copy
           * made by the RegExp constructor, as Node does. */
          JsObject *copy = constructor == NULL ? js_regexp_clone (J, obj) : NULL;
          JsValue shown = copy != NULL ? js_object_value (copy) : value;
          char *source = to_string_utf8 (ctx, js_get (J, shown, js_key_from_utf8 (J, "source")));
          char *flags = to_string_utf8 (ctx, js_get (J, shown, js_key_from_utf8 (J, "flags")));
          base = CAT (ctx, "/", source, "/", flags);
          char *prefix = get_prefix (ctx, constructor, tag, "RegExp", "");
          if (strcmp (prefix, "RegExp ") != 0)
            base = CAT (ctx, prefix, base);
          if (no_keys || recurse_times > ctx->depth)
            return stylize (ctx, base, "regexp");
        }
      else if (obj->class_id == JS_CLASS_DATE)
        {
          double t = js_is_number (obj->u.primitive) ? js_get_number (obj->u.primitive) : NAN;
          base = isnan (t) ? "Invalid Date" : date_to_iso_string (ctx, t);
          char *prefix = get_prefix (ctx, constructor, tag, "Date", "");
          if (strcmp (prefix, "Date ") != 0)
            base = CAT (ctx, prefix, base);
          if (no_keys)
            return stylize (ctx, base, "date");
        }
      else if (is_error (J, obj))
        {
          base = format_error (ctx, obj, constructor, tag, keys);
          if (keys->len == 0 && proto_props == NULL)
            return (char *) base;
        }
      else if (obj->class_id == JS_CLASS_ARRAY_BUFFER)
        {
          char *prefix = get_prefix (ctx, constructor, tag, "ArrayBuffer", "");
          if (!in_typed_array)
            formatter = FORMAT_ARRAY_BUFFER;
          else if (keys->len == 0 && proto_props == NULL)
            return own_printf (ctx, "%s{ byteLength: %s }", prefix,
                               stylize (ctx, format_number (ctx, (double) obj->u.buffer.byte_length), "number"));
          brace_open = CAT (ctx, prefix, "{");
          prepend_key (ctx, keys, "byteLength");
        }
      else if (obj->class_id == JS_CLASS_DATA_VIEW)
        {
          brace_open = CAT (ctx, get_prefix (ctx, constructor, tag, "DataView", ""), "{");
          prepend_key (ctx, keys, "buffer");
          prepend_key (ctx, keys, "byteOffset");
          prepend_key (ctx, keys, "byteLength");
        }
      else if (obj->class_id == JS_CLASS_PROMISE)
        {
          brace_open = CAT (ctx, get_prefix (ctx, constructor, tag, "Promise", ""), "{");
          formatter = FORMAT_PROMISE;
        }
      else if (obj->class_id == JS_CLASS_WEAKSET || obj->class_id == JS_CLASS_WEAKMAP)
        {
          const char *type = obj->class_id == JS_CLASS_WEAKSET ? "WeakSet" : "WeakMap";
          brace_open = CAT (ctx, get_prefix (ctx, constructor, tag, type, ""), "{");
          formatter = FORMAT_WEAK;
        }
      else if (obj->class_id == JS_CLASS_MODULE_NAMESPACE)
        brace_open = CAT (ctx, get_prefix (ctx, constructor, tag, "Module", ""), "{");
      else if (obj->class_id == JS_CLASS_NUMBER || obj->class_id == JS_CLASS_STRING ||
               obj->class_id == JS_CLASS_BOOLEAN || obj->class_id == JS_CLASS_SYMBOL ||
               obj->class_id == JS_CLASS_BIGINT)
        {
          base = get_boxed_base (ctx, obj, keys, constructor, tag);
          if (keys->len == 0 && proto_props == NULL)
            return (char *) base;
        }
      else
        {
          if (no_keys)
            return CAT (ctx, get_ctx_style (ctx, obj, constructor, tag), "{}");
          brace_open = CAT (ctx, get_ctx_style (ctx, obj, constructor, tag), "{");
        }
    }

  if (recurse_times > ctx->depth)
    {
      char *name = without_last_char (ctx, get_ctx_style (ctx, obj, constructor, tag));
      if (constructor != NULL)
        name = CAT (ctx, "[", name, "]");
      return stylize (ctx, name, "special");
    }
  if (ctx->seen->len >= MAX_NESTING)
    return CAT (ctx, "[", without_last_char (ctx, get_ctx_style (ctx, obj, constructor, tag)),
                ": Inspection interrupted prematurely. Maximum call stack size exceeded.]");
  recurse_times++;

  g_ptr_array_add (ctx->seen, obj);
  ctx->current_depth = recurse_times;
  GPtrArray *output;
  switch (formatter)
    {
    case FORMAT_ARRAY: output = format_array (ctx, obj, recurse_times); break;
    case FORMAT_SET: output = format_map_or_set (ctx, obj, recurse_times, FALSE); break;
    case FORMAT_MAP: output = format_map_or_set (ctx, obj, recurse_times, TRUE); break;
    case FORMAT_ITERATOR:
      output = format_iterator_entries (ctx, preview, preview_key_value, recurse_times);
      break;
    case FORMAT_PROMISE: output = format_promise (ctx, obj, recurse_times); break;
    case FORMAT_WEAK: output = format_weak (ctx, obj, recurse_times); break;
    case FORMAT_TYPED_ARRAY: output = format_typed_array (ctx, obj, recurse_times); break;
    case FORMAT_ARRAY_BUFFER: output = format_array_buffer (ctx, obj); break;
    default: output = new_list (ctx); break;
    }
  for (guint i = 0; i < keys->len; i++)
    g_ptr_array_add (output, format_property (ctx, obj, recurse_times, KEY_AT (keys, i),
                                              extras_type, NULL));
  if (proto_props != NULL)
    for (guint i = 0; i < proto_props->len; i++)
      g_ptr_array_add (output, LIST_AT (proto_props, i));

  gpointer index;
  if (ctx->circular != NULL && g_hash_table_lookup_extended (ctx->circular, obj, NULL, &index))
    {
      char *reference = stylize (ctx, own_printf (ctx, "<ref *%d>", GPOINTER_TO_INT (index)), "special");
      /* Always at the very beginning of the output. */
      if (ctx->compact != JS_INSPECT_COMPACT_TRUE)
        base = base[0] == '\0' ? reference : CAT (ctx, reference, " ", base);
      else
        brace_open = CAT (ctx, reference, " ", brace_open);
    }
  g_ptr_array_set_size (ctx->seen, ctx->seen->len - 1);

  if (ctx->sorted)
    {
      if (extras_type == K_OBJECT_TYPE)
        sort_entries (ctx, output);
      else if (keys->len > 1)
        {
          /* Only the keyed entries after the elements are sorted. */
          GPtrArray *tail = new_list (ctx);
          for (guint i = output->len - keys->len; i < output->len; i++)
            g_ptr_array_add (tail, LIST_AT (output, i));
          sort_entries (ctx, tail);
          for (guint i = 0; i < tail->len; i++)
            output->pdata[output->len - keys->len + i] = tail->pdata[i];
        }
    }

  return reduce_to_single_string (ctx, output, base, brace_open, brace_close,
                                  extras_type, recurse_times, obj);
}

static JsObject *user_options_object (Inspector *ctx);

/* The custom inspect hook of formatValue: value[util.inspect.custom](depth,
 * options, inspect), unless it is a prototype object.  NULL when there is
 * none or it returned the value itself. */
static char *
format_custom (Inspector *ctx, JsObject *obj, int recurse_times)
{
  JsState *J = ctx->J;
  JsValue value = js_object_value (obj);
  JsValue maybe_custom = js_get (J, value, ctx->custom_symbol);
  if (!js_is_callable (maybe_custom))
    return NULL;
  JsValue ctor = js_get (J, value, JS_KEY (J, constructor));
  if (js_to_boolean (ctor) && js_value_identical (js_get (J, ctor, JS_KEY (J, prototype)), value))
    return NULL;
  JsValue args[3] = {
    js_number (ctx->depth == G_MAXINT ? INFINITY : (double) ctx->depth - recurse_times),
    js_object_value (user_options_object (ctx)),
    js_object_value (js_inspect_function_new (J)),
  };
  JsValue ret = js_call (J, maybe_custom, value, 3, args);
  if (js_value_identical (ret, value))
    return NULL;
  if (!js_is_string (ret))
    return format_value (ctx, ret, recurse_times);
  return indent_lines (ctx, string_utf8 (ctx, js_get_string (ret)), ctx->indentation_lvl);
}

/* formatProxy: Proxy [ target, handler ] (showProxy). */
static char *
format_proxy (Inspector *ctx, JsObject *proxy, int recurse_times)
{
  GPtrArray *output;

  if (recurse_times > ctx->depth)
    return "Proxy [Array]";
  recurse_times++;
  ctx->indentation_lvl += 2;
  output = new_list (ctx);
  g_ptr_array_add (output, format_value (ctx, proxy->u.proxy.target, recurse_times));
  g_ptr_array_add (output, format_value (ctx, proxy->u.proxy.handler, recurse_times));
  ctx->indentation_lvl -= 2;
  return reduce_to_single_string (ctx, output, "", "Proxy [", "]", K_ARRAY_EXTRAS_TYPE, recurse_times, NULL);
}

static char *
format_value (Inspector *ctx, JsValue value, int recurse_times)
{
  if (!js_is_object (value))
    return format_primitive (ctx, value);

  JsObject *obj = js_get_object (value);
  if (obj->class_id == JS_CLASS_PROXY)
    {
      /* A proxy shows as its target, read without running any trap. */
      if (!js_is_object (obj->u.proxy.target))
        return stylize (ctx, "<Revoked Proxy>", "special");
      if (ctx->show_proxy)
        return format_proxy (ctx, obj, recurse_times);
      while (obj->class_id == JS_CLASS_PROXY)
        {
          if (!js_is_object (obj->u.proxy.target))
            return stylize (ctx, "<Revoked Proxy>", "special");
          obj = js_get_object (obj->u.proxy.target);
        }
    }
  if (ctx->custom_inspect && !js_is_empty (ctx->custom_symbol))
    {
      char *custom = format_custom (ctx, obj, recurse_times);
      if (custom != NULL)
        return custom;
    }
  for (guint i = 0; i < ctx->seen->len; i++)
    if (g_ptr_array_index (ctx->seen, i) == obj)
      {
        int index = 1;
        gpointer found;
        if (ctx->circular == NULL)
          {
            ctx->circular = pool_add (ctx->pool, g_hash_table_new (NULL, NULL),
                                      (GDestroyNotify) g_hash_table_unref);
            g_hash_table_insert (ctx->circular, obj, GINT_TO_POINTER (index));
          }
        else if (g_hash_table_lookup_extended (ctx->circular, obj, NULL, &found))
          index = GPOINTER_TO_INT (found);
        else
          {
            index = g_hash_table_size (ctx->circular) + 1;
            g_hash_table_insert (ctx->circular, obj, GINT_TO_POINTER (index));
          }
        return stylize (ctx, own_printf (ctx, "[Circular *%d]", index), "special");
      }

  return format_raw (ctx, obj, recurse_times);
}

/* ------------------------------------------------------------------------
 * Entry points
 * ------------------------------------------------------------------------ */

void
js_inspect_options_init (JsInspectOptions *options)
{
  memset (options, 0, sizeof *options);
  options->depth = 2;
  options->colors = FALSE;
  options->show_hidden = FALSE;
  options->break_length = 80;
  options->compact = 3;
  options->sorted = FALSE;
  options->sort_compare = JS_UNDEFINED;
  options->max_array_length = 100;
  options->max_string_length = 10000;
  options->custom_inspect = TRUE;
  options->show_proxy = FALSE;
  options->getters = JS_INSPECT_GETTERS_NONE;
  options->numeric_separator = FALSE;
}

static void
inspector_init (Inspector *ctx, JsState *J, Pool *pool, const JsInspectOptions *options)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->J = J;
  ctx->pool = pool;
  ctx->depth = options->depth;
  ctx->colors = options->colors;
  ctx->show_hidden = options->show_hidden;
  ctx->break_length = options->break_length;
  ctx->compact = options->compact;
  ctx->sorted = options->sorted;
  ctx->sort_compare = options->sort_compare;
  ctx->max_array_length = options->max_array_length;
  ctx->max_string_length = options->max_string_length;
  ctx->custom_inspect = options->custom_inspect;
  ctx->show_proxy = options->show_proxy;
  ctx->getters = options->getters;
  ctx->numeric_separator = options->numeric_separator;
  ctx->custom_symbol = JS_EMPTY;
  if (J->symbol_registry != NULL)
    {
      JsValue key = js_string_value (js_string_new_utf8 (J, "nodejs.util.inspect.custom", -1));
      JsValue sym = js_map_lookup (J, J->symbol_registry, key);
      if (js_is_symbol (sym))
        ctx->custom_symbol = sym;
    }
  ctx->seen = new_list (ctx);
}

/* inspect(value, { ...ctx options, depth }): a fresh context on the parent's
 * pool. */
static char *
inspect_nested (Inspector *parent, JsValue value, int depth)
{
  Inspector ctx = *parent;
  ctx.depth = depth;
  ctx.indentation_lvl = 0;
  ctx.current_depth = 0;
  ctx.seen = new_list (parent);
  ctx.circular = NULL;
  return format_value (&ctx, value, 0);
}

/* One util.inspect() call. */
static char *
inspect_one (JsState *J, Pool *pool, JsValue value, const JsInspectOptions *options)
{
  Inspector ctx;
  inspector_init (&ctx, J, pool, options);
  return format_value (&ctx, value, 0);
}

typedef struct {
  JsValue value;
  const JsInspectOptions *options;
  GString *out;
  int argc;
  const JsValue *argv;
} InspectJob;

/* Runs `fn` with a try point: on a JS exception the pool is freed and the
 * exception rethrown.  Natives are counted active meanwhile so that JS run
 * by getters cannot collect what the C locals hold. */
static void
run_protected (JsState *J, Pool *pool, void (*fn) (JsState *, Pool *, InspectJob *), InspectJob *job)
{
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      J->native_depth++;
      fn (J, pool, job);
      J->native_depth--;
      js_try_end (J, &tp);
    }
  else
    {
      pool_free (pool);
      rethrow (J);
    }
}

static void
inspect_job (JsState *J, Pool *pool, InspectJob *job)
{
  g_string_append (job->out, inspect_one (J, pool, job->value, job->options));
}

void
js_inspect (JsState *J, JsValue value, const JsInspectOptions *options, GString *out)
{
  Pool *pool = pool_new ();
  InspectJob job = { .value = value, .options = options, .out = out };
  run_protected (J, pool, inspect_job, &job);
  pool_free (pool);
}

/* An option's own enumerable value ({ ...options } copies only those). */
static gboolean
read_option (JsState *J, JsObject *options, const char *name, JsValue *value)
{
  JsValue key = js_key_from_utf8 (J, name);
  JsPropertyDescriptor desc;
  if (!js_get_own_property (J, options, key, &desc) || !(desc.flags & JS_PROP_ENUMERABLE))
    return FALSE;
  *value = js_object_get (J, options, key, js_object_value (options));
  return TRUE;
}

/* A numeric option: null and Infinity mean no limit. */
static int
limit_option (JsValue v, int fallback)
{
  if (js_is_null (v))
    return G_MAXINT;
  if (!js_is_number (v) || isnan (js_get_number (v)))
    return fallback;
  double d = js_get_number (v);
  if (d >= G_MAXINT)
    return G_MAXINT;
  if (d <= G_MININT)
    return G_MININT;
  return (int) floor (d);
}

void
js_inspect_options_from_value (JsState *J, JsValue value, JsInspectOptions *options)
{
  if (!js_is_object (value))
    return;
  JsObject *obj = js_get_object (value);
  JsValue v;
  if (read_option (J, obj, "colors", &v))
    options->colors = js_to_boolean (v);
  if (read_option (J, obj, "showHidden", &v))
    options->show_hidden = js_to_boolean (v);
  if (read_option (J, obj, "depth", &v))
    options->depth = limit_option (v, options->depth);
  if (read_option (J, obj, "breakLength", &v))
    options->break_length = limit_option (v, options->break_length);
  if (read_option (J, obj, "compact", &v))
    {
      if (js_is_boolean (v))
        options->compact = js_get_boolean (v) ? JS_INSPECT_COMPACT_TRUE : 0;
      else
        options->compact = limit_option (v, options->compact);
    }
  if (read_option (J, obj, "sorted", &v))
    {
      options->sorted = js_to_boolean (v);
      options->sort_compare = js_is_callable (v) ? v : JS_UNDEFINED;
    }
  if (read_option (J, obj, "maxArrayLength", &v))
    options->max_array_length = limit_option (v, options->max_array_length);
  if (read_option (J, obj, "maxStringLength", &v))
    options->max_string_length = limit_option (v, options->max_string_length);
  if (read_option (J, obj, "customInspect", &v))
    options->custom_inspect = js_to_boolean (v);
  if (read_option (J, obj, "numericSeparator", &v))
    options->numeric_separator = js_to_boolean (v);
  if (read_option (J, obj, "showProxy", &v))
    options->show_proxy = js_to_boolean (v);
  if (read_option (J, obj, "getters", &v))
    {
      /* Node compares with === true, 'get' and 'set'; any other truthy
       * value runs no getter, like false. */
      if (js_is_boolean (v))
        options->getters = js_get_boolean (v) ? JS_INSPECT_GETTERS_ALL : JS_INSPECT_GETTERS_NONE;
      else if (js_is_string (v) && js_string_equal_ascii (js_get_string (v), "get"))
        options->getters = JS_INSPECT_GETTERS_GET;
      else if (js_is_string (v) && js_string_equal_ascii (js_get_string (v), "set"))
        options->getters = JS_INSPECT_GETTERS_SET;
      else
        options->getters = JS_INSPECT_GETTERS_NONE;
    }
}

static JsValue
limit_value (int limit)
{
  return js_number (limit == G_MAXINT ? INFINITY : limit);
}

/* stylize(str) without colours: the text itself. */
static JsValue
stylize_no_color (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  return js_string_value (js_to_string (J, js_arg (argc, argv, 0)));
}

/* stylizeWithColor(str, styleType) */
static JsValue
stylize_with_color (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsString *str = js_to_string (J, js_arg (argc, argv, 0));
  g_autofree char *style = js_string_to_utf8 (js_to_string (J, js_arg (argc, argv, 1)));
  const InspectColor *color = style_color (style);
  if (color == NULL)
    return js_string_value (str);
  g_autofree char *text = js_string_to_utf8 (str);
  g_autofree char *styled = g_strdup_printf ("\033[%dm%s\033[%dm", color->on, text, color->off);
  return js_string_value (js_string_new_utf8 (J, styled, -1));
}

/* getUserOptions: the options a custom inspect function receives. */
static JsObject *
user_options_object (Inspector *ctx)
{
  JsState *J = ctx->J;
  JsObject *o = js_plain_object_new (J);
  JsObject *stylize_fn = ctx->colors
    ? js_native_function_new (J, "stylizeWithColor", 2, stylize_with_color, 0)
    : js_native_function_new (J, "stylizeNoColor", 1, stylize_no_color, 0);
  js_define_value_utf8 (J, o, "stylize", js_object_value (stylize_fn), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "showHidden", js_boolean (ctx->show_hidden), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "depth", limit_value (ctx->depth), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "colors", js_boolean (ctx->colors), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "customInspect", js_boolean (ctx->custom_inspect), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "showProxy", js_boolean (ctx->show_proxy), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "maxArrayLength", limit_value (ctx->max_array_length), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "maxStringLength", limit_value (ctx->max_string_length), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "breakLength", limit_value (ctx->break_length), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "compact",
                        ctx->compact == JS_INSPECT_COMPACT_TRUE ? JS_TRUE : js_number (ctx->compact), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "sorted", js_is_undefined (ctx->sort_compare) ? js_boolean (ctx->sorted) : ctx->sort_compare,
                        JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "getters",
                        ctx->getters == JS_INSPECT_GETTERS_GET ? js_string_value (js_string_new_utf8 (J, "get", -1))
                        : ctx->getters == JS_INSPECT_GETTERS_SET ? js_string_value (js_string_new_utf8 (J, "set", -1))
                        : js_boolean (ctx->getters == JS_INSPECT_GETTERS_ALL), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, o, "numericSeparator", js_boolean (ctx->numeric_separator), JS_PROP_DEFAULT);
  return o;
}

/* util.inspect (value, options) — or the legacy (value, showHidden, depth). */
static JsValue
native_inspect (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  JsInspectOptions options;
  js_inspect_options_init (&options);
  JsValue opts = js_arg (argc, argv, 1);
  if (js_is_boolean (opts))
    options.show_hidden = js_get_boolean (opts);
  else
    js_inspect_options_from_value (J, opts, &options);
  if (argc > 2 && !js_is_undefined (argv[2]))
    options.depth = limit_option (argv[2], options.depth);
  if (argc > 3 && !js_is_undefined (argv[3]))
    options.colors = js_to_boolean (argv[3]);

  GString *out = g_string_new (NULL);
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_inspect (J, js_arg (argc, argv, 0), &options, out);
      js_try_end (J, &tp);
    }
  else
    {
      g_string_free (out, TRUE);
      rethrow (J);
    }
  JsString *result = js_string_new_utf8 (J, out->str, out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* inspect.colors and inspect.styles, null-prototype objects as in Node. */
static void
define_style_tables (JsState *J, JsObject *inspect)
{
  JsObject *colors = js_object_new (J, NULL);
  JsObject *styles = js_object_new (J, NULL);

  js_define_value_utf8 (J, inspect, "colors", js_object_value (colors), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, inspect, "styles", js_object_value (styles), JS_PROP_DEFAULT);
  for (gsize i = 0; i < G_N_ELEMENTS (inspect_colors); i++)
    {
      JsValue codes[2] = { js_number (inspect_colors[i].on), js_number (inspect_colors[i].off) };
      js_define_value_utf8 (J, colors, inspect_colors[i].name,
                            js_object_value (js_array_from_values (J, codes, 2)), JS_PROP_DEFAULT);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (inspect_color_aliases); i++)
    if (strcmp (inspect_color_aliases[i].alias, inspect_color_aliases[i].name) != 0)
      js_define_value_utf8 (J, colors, inspect_color_aliases[i].alias,
                            js_get (J, js_object_value (colors),
                                    js_key_from_utf8 (J, inspect_color_aliases[i].name)),
                            JS_PROP_HIDDEN);
  for (gsize i = 0; i < G_N_ELEMENTS (inspect_styles); i++)
    js_define_value_utf8 (J, styles, inspect_styles[i].style,
                          js_string_value (js_string_new_utf8 (J, inspect_styles[i].color, -1)),
                          JS_PROP_DEFAULT);
}

JsObject *
js_inspect_function_new (JsState *J)
{
  JsObject *inspect = js_native_function_new (J, "inspect", 2, native_inspect, 0);
  define_style_tables (J, inspect);
  return inspect;
}

/* ------------------------------------------------------------------------
 * util.format (formatWithOptions)
 * ------------------------------------------------------------------------ */

/* hasBuiltInToString: does %s print the object with inspect (TRUE) or with
 * its own toString / Symbol.toPrimitive (FALSE)? */
static gboolean
has_builtin_to_string (Inspector *ctx, JsObject *obj)
{
  JsState *J = ctx->J;
  JsValue v;
  JsValue to_string_key = js_key_from_utf8 (J, "toString");
  JsValue to_primitive_key = JS_SYMBOL_KEY (J, toPrimitive);
  gboolean check_to_string = TRUE, check_to_primitive = TRUE;

  /* A proxy counts as built-in; its target is checked, without traps. */
  if (obj->class_id == JS_CLASS_PROXY)
    {
      if (!js_is_object (obj->u.proxy.target))
        return TRUE;
      obj = js_get_object (obj->u.proxy.target);
    }
  v = js_object_value (obj);
  if (!js_is_callable (js_get (J, v, to_string_key)))
    {
      if (!js_is_callable (js_get (J, v, to_primitive_key)))
        return TRUE;
      if (has_own (J, obj, to_primitive_key))
        return FALSE;
      check_to_string = FALSE;
    }
  else if (has_own (J, obj, to_string_key))
    return FALSE;
  else if (!js_is_callable (js_get (J, v, to_primitive_key)))
    check_to_primitive = FALSE;
  else if (has_own (J, obj, to_primitive_key))
    return FALSE;

  JsObject *pointer = obj;
  do
    {
      pointer = js_object_get_prototype_of (J, pointer);
      if (pointer == NULL)
        return TRUE;
    }
  while (!(check_to_string && has_own (J, pointer, to_string_key)) &&
         !(check_to_primitive && has_own (J, pointer, to_primitive_key)));

  JsValue ctor = own_data_value (J, pointer, JS_KEY (J, constructor));
  if (!js_is_callable (ctor))
    return FALSE;
  return is_builtin_object_name (to_string_utf8 (ctx, js_get (J, ctor, JS_KEY (J, name))));
}

/* tryStringify for %j: '[Circular]' instead of the circular-structure error. */
static char *
try_stringify (Inspector *ctx, JsValue value)
{
  JsState *J = ctx->J;
  JsTryPoint tp;
  volatile JsValue result = JS_UNDEFINED;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      result = js_json_stringify (J, value, JS_UNDEFINED, JS_UNDEFINED);
      js_try_end (J, &tp);
    }
  else
    {
      JsValue err = J->exception;
      if (J->terminating)
        rethrow (J);
      if (js_is_object (err) && js_get_object (err)->class_id == JS_CLASS_ERROR)
        {
          JsValue name = js_get (J, err, JS_KEY (J, name));
          JsValue message = js_get (J, err, JS_KEY (J, message));
          if (js_is_string (name) && js_string_equal_ascii (js_get_string (name), "TypeError") &&
              js_is_string (message))
            {
              char *msg = string_utf8 (ctx, js_get_string (message));
              if (str_starts_with (msg, "Converting circular structure to JSON") &&
                  (msg[37] == '\0' || msg[37] == '\n'))
                return "[Circular]";
            }
        }
      js_throw (J, err);
    }
  return to_string_utf8 (ctx, result);
}

/* Strings are appended as they are, NUL characters included. */
static void
append_log_arg (JsState *J, Pool *pool, JsValue value, const JsInspectOptions *options,
                GString *out)
{
  if (js_is_string (value))
    js_string_append_to (out, js_get_string (value));
  else
    g_string_append (out, inspect_one (J, pool, value, options));
}

static void
format_job (JsState *J, Pool *pool, InspectJob *job)
{
  int argc = job->argc;
  const JsValue *argv = job->argv;
  const JsInspectOptions *options = job->options;
  GString *out = job->out;
  Inspector ctx;
  int a = 0;
  const char *join_text = "";

  inspector_init (&ctx, J, pool, options);

  if (argc > 0 && js_is_string (argv[0]))
    {
      JsString *first = js_get_string (argv[0]);
      if (argc == 1)
        {
          js_string_append_to (out, first);
          return;
        }
      gsize last_pos = 0;
      GString *str = pool_add (pool, g_string_new (NULL), gstring_free);
      for (gsize i = 0; i + 1 < first->length; i++)
        {
          if (first->chars[i] != '%')
            continue;
          uint16_t next = first->chars[++i];
          const char *temp = NULL;
          JsString *temp_string = NULL;   /* for %s: text that may hold NUL */
          if (a + 1 != argc)
            {
              JsValue arg;
              switch (next)
                {
                case 's':
                  arg = argv[++a];
                  if (js_is_number (arg))
                    temp = format_number (&ctx, js_get_number (arg));
                  else if (js_is_bigint (arg))
                    temp = format_bigint (&ctx, arg);
                  else if (!js_is_object (arg) || js_is_callable (arg) ||
                           !has_builtin_to_string (&ctx, js_get_object (arg)))
                    {
                      if (js_is_symbol (arg))
                        {
                          GString *s = g_string_new (NULL);
                          append_symbol (s, js_get_symbol (arg));
                          temp = own_gstring (&ctx, s);
                        }
                      else
                        temp_string = js_to_string (J, arg);
                    }
                  else
                    {
                      JsInspectOptions o = *options;
                      o.compact = 3;
                      o.depth = 0;
                      temp = inspect_one (J, pool, arg, &o);
                    }
                  break;
                case 'j':
                  temp = try_stringify (&ctx, argv[++a]);
                  break;
                case 'd':
                  arg = argv[++a];
                  temp = js_is_bigint (arg) ? format_bigint (&ctx, arg)
                       : js_is_symbol (arg) ? "NaN" : format_number (&ctx, js_number_from_value (J, arg));
                  break;
                case 'O':
                  temp = inspect_one (J, pool, argv[++a], options);
                  break;
                case 'o':
                  {
                    JsInspectOptions o = *options;
                    o.show_hidden = TRUE;
                    o.show_proxy = TRUE;
                    o.depth = 4;
                    temp = inspect_one (J, pool, argv[++a], &o);
                  }
                  break;
                case 'i':
                  arg = argv[++a];
                  temp = js_is_bigint (arg) ? format_bigint (&ctx, arg)
                       : js_is_symbol (arg) ? "NaN"
                       : format_number (&ctx, js_parse_int (js_to_string (J, arg), 0));
                  break;
                case 'f':
                  arg = argv[++a];
                  temp = js_is_symbol (arg) ? "NaN"
                       : format_number (&ctx, js_parse_float (js_to_string (J, arg)));
                  break;
                case 'c':
                  a++;
                  temp = "";
                  break;
                case '%':
                  append_utf16 (str, first->chars + last_pos, i - last_pos);
                  last_pos = i + 1;
                  continue;
                default:
                  continue;
                }
              if (last_pos != i - 1)
                append_utf16 (str, first->chars + last_pos, i - 1 - last_pos);
              if (temp_string != NULL)
                js_string_append_to (str, temp_string);
              else
                g_string_append (str, temp);
              last_pos = i + 1;
            }
          else if (next == '%')
            {
              append_utf16 (str, first->chars + last_pos, i - last_pos);
              last_pos = i + 1;
            }
        }
      if (last_pos != 0)
        {
          a++;
          join_text = " ";
          if (last_pos < first->length)
            append_utf16 (str, first->chars + last_pos, first->length - last_pos);
        }
      g_string_append_len (out, str->str, str->len);
    }

  for (; a < argc; a++)
    {
      g_string_append (out, join_text);
      append_log_arg (J, pool, argv[a], options, out);
      join_text = " ";
    }
}

void
js_format_log_args (JsState *J, int argc, const JsValue *argv, GString *out)
{
  JsInspectOptions options;
  js_inspect_options_init (&options);
  Pool *pool = pool_new ();
  InspectJob job = { .options = &options, .out = out, .argc = argc, .argv = argv };
  run_protected (J, pool, format_job, &job);
  pool_free (pool);
}

void
js_format_with_options (JsState *J, const JsInspectOptions *options, int argc, const JsValue *argv, GString *out)
{
  Pool *pool = pool_new ();
  InspectJob job = { .options = options, .out = out, .argc = argc, .argv = argv };
  run_protected (J, pool, format_job, &job);
  pool_free (pool);
}
