/* js-builtin-string.c: String (ECMAScript 22.1) and the string builder the
 * other builtins share. */
#include "js-internal.h"

#include <math.h>

/* ------------------------------------------------------------------------
 * The string builder: a heap record, so a throw in the middle of building
 * (a toString that throws, a budget) leaves nothing to free by hand.
 * ------------------------------------------------------------------------ */

struct JsStringBuilder {
  JsGcInternal base;
  uint16_t *units;
  gsize length;
  gsize capacity;
};

static void
string_builder_mark (JsState *J, JsGcInternal *self)
{
}

static void
string_builder_finalize (JsState *J, JsGcInternal *self)
{
  JsStringBuilder *b = (JsStringBuilder *) self;

  js_gc_account (J, -(gssize) (b->capacity * sizeof (uint16_t)));
  g_free (b->units);
}

static const JsGcInternalClass string_builder_class = {
  "StringBuilder", string_builder_mark, string_builder_finalize,
};

JsStringBuilder *
js_string_builder_new (JsState *J)
{
  return (JsStringBuilder *) js_gc_alloc_internal (J, &string_builder_class, sizeof (JsStringBuilder));
}

static uint16_t *
string_builder_reserve (JsState *J, JsStringBuilder *b, gsize n)
{
  if (b->length + n > b->capacity)
    {
      gsize capacity = MAX (b->capacity * 2, b->length + n);

      capacity = MAX (capacity, 16);
      /* The string's own limit is checked when it is made; this only keeps
       * a runaway loop from exhausting memory first. */
      if (capacity > ((gsize) 1 << 30))
        js_throw_range_error (J, "Invalid string length");
      b->units = g_realloc_n (b->units, capacity, sizeof (uint16_t));
      js_gc_account (J, (gssize) ((capacity - b->capacity) * sizeof (uint16_t)));
      b->capacity = capacity;
    }
  return b->units + b->length;
}

void
js_string_builder_append_units (JsState *J, JsStringBuilder *b, const uint16_t *units, gsize n)
{
  if (n == 0)
    return;
  memcpy (string_builder_reserve (J, b, n), units, n * sizeof (uint16_t));
  b->length += n;
}

void
js_string_builder_append (JsState *J, JsStringBuilder *b, const JsString *s)
{
  js_string_builder_append_units (J, b, s->chars, s->length);
}

void
js_string_builder_append_unit (JsState *J, JsStringBuilder *b, uint16_t unit)
{
  *string_builder_reserve (J, b, 1) = unit;
  b->length++;
}

void
js_string_builder_append_ascii (JsState *J, JsStringBuilder *b, const char *ascii)
{
  gsize n = strlen (ascii);
  uint16_t *p = string_builder_reserve (J, b, n);

  for (gsize i = 0; i < n; i++)
    p[i] = (guchar) ascii[i];
  b->length += n;
}

void
js_string_builder_append_utf8 (JsState *J, JsStringBuilder *b, const char *utf8, gssize length)
{
  js_string_builder_append (J, b, js_string_new_utf8 (J, utf8, length));
}

JsString *
js_string_builder_finish (JsState *J, JsStringBuilder *b)
{
  JsString *s = js_string_new (J, b->units, (guint32) MIN (b->length, G_MAXUINT32));

  b->length = 0;
  return s;
}


/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

static inline gboolean
is_lead (uint16_t c)
{
  return c >= 0xD800 && c <= 0xDBFF;
}

static inline gboolean
is_trail (uint16_t c)
{
  return c >= 0xDC00 && c <= 0xDFFF;
}

/* RequireObjectCoercible(this) + ToString, with V8's message. */
static JsString *
this_string (JsState *J, JsValue v, const char *method)
{
  if (js_is_string (v))
    return js_get_string (v);
  if (js_is_nullish (v))
    {
      JsString *message = js_string_printf (J, "String.prototype.%s called on null or undefined", method);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
    }
  return js_to_string (J, v);
}

static JsValue
str (JsString *s)
{
  return js_string_value (s);
}

/* StringIndexOf (6.1.4.1): -1 when absent. */
static gint64
string_index_of (const JsString *s, const JsString *search, guint32 from)
{
  guint32 n = search->length;

  if (n == 0 && from <= s->length)
    return from;
  if (n > s->length)
    return -1;
  for (guint32 i = from; i + n <= s->length; i++)
    if (s->chars[i] == search->chars[0] && memcmp (s->chars + i, search->chars, n * sizeof (uint16_t)) == 0)
      return i;
  return -1;
}

/* CodePointAt (11.1.4): the code point at `i` and how many units it takes. */
static guint32
code_point_at (const JsString *s, guint32 i, guint32 *units)
{
  uint16_t c = s->chars[i];

  *units = 1;
  if (is_lead (c) && i + 1 < s->length && is_trail (s->chars[i + 1]))
    {
      *units = 2;
      return 0x10000 + ((c - 0xD800) << 10) + (s->chars[i + 1] - 0xDC00);
    }
  return c;
}

static void
append_code_point (JsState *J, JsStringBuilder *b, guint32 cp)
{
  if (cp < 0x10000)
    js_string_builder_append_unit (J, b, (uint16_t) cp);
  else
    {
      cp -= 0x10000;
      js_string_builder_append_unit (J, b, (uint16_t) (0xD800 + (cp >> 10)));
      js_string_builder_append_unit (J, b, (uint16_t) (0xDC00 + (cp & 0x3FF)));
    }
}

/* IsRegExp (7.2.8) */
static gboolean
is_regexp (JsState *J, JsValue v)
{
  JsValue matcher;

  if (!js_is_object (v))
    return FALSE;
  matcher = js_get (J, v, JS_SYMBOL_KEY (J, match));
  if (!js_is_undefined (matcher))
    return js_to_boolean (matcher);
  return js_get_object (v)->class_id == JS_CLASS_REGEXP;
}

static void
reject_regexp (JsState *J, JsValue v, const char *method)
{
  if (is_regexp (J, v))
    {
      JsString *message = js_string_printf (J, "First argument to String.prototype.%s must not be a regular expression",
                                            method);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
    }
}

/* WhiteSpace or LineTerminator (12.2, 12.3) */
static gboolean
is_js_space (uint16_t c)
{
  switch (c)
    {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return TRUE;
    default:
      return c >= 0x2000 && c <= 0x200A;
    }
}

/* ------------------------------------------------------------------------
 * The constructor and its functions (22.1.1, 22.1.2)
 * ------------------------------------------------------------------------ */

NATIVE (string_constructor)
{
  JsString *s;
  JsObject *obj;

  if (argc == 0)
    s = JS_ATOM (J, empty);
  else if (js_is_undefined (new_target) && js_is_symbol (argv[0]))
    return str (js_describe_value (J, argv[0], JS_DESCRIBE_PLAIN));
  else
    s = js_to_string (J, argv[0]);
  if (js_is_undefined (new_target))
    return str (s);
  obj = js_create_from_constructor (J, new_target, JS_CLASS_STRING, JS_INTRINSIC (J, StringPrototype));
  obj->u.primitive = str (s);
  return js_object_value (obj);
}

NATIVE (string_from_char_code)
{
  JsString *s;

  if (argc == 1)
    return str (js_string_from_char_code (J, (uint16_t) js_to_uint32 (J, argv[0])));
  {
    JsStringBuilder *b = js_string_builder_new (J);
    for (int i = 0; i < argc; i++)
      js_string_builder_append_unit (J, b, (uint16_t) js_to_uint32 (J, argv[i]));
    s = js_string_builder_finish (J, b);
  }
  return str (s);
}

NATIVE (string_from_code_point)
{
  JsStringBuilder *b = js_string_builder_new (J);

  for (int i = 0; i < argc; i++)
    {
      double cp = js_to_number (J, argv[i]);

      if (cp != trunc (cp) || cp < 0 || cp > 0x10FFFF || isnan (cp))
        {
          char buffer[JS_NUMBER_BUFFER_SIZE];
          js_number_to_cstring (cp, buffer);
          js_throw_range_error (J, "Invalid code point %s", buffer);
        }
      append_code_point (J, b, (guint32) cp);
    }
  return str (js_string_builder_finish (J, b));
}

/* String.raw (22.1.2.4) */
NATIVE (string_raw)
{
  JsObject *cooked = js_to_object (J, ARG (0));
  JsObject *literals = js_to_object (J, js_get (J, js_object_value (cooked), JS_KEY (J, raw)));
  double count = js_length_of_array_like (J, js_object_value (literals));
  JsStringBuilder *b = js_string_builder_new (J);

  for (double i = 0; i < count; i++)
    {
      JsValue key = js_to_property_key (J, js_number (i));
      js_string_builder_append (J, b, js_to_string (J, js_object_get (J, literals, key, js_object_value (literals))));
      if (i + 1 == count)
        break;
      if (i + 1 < argc)
        js_string_builder_append (J, b, js_to_string (J, argv[(int) i + 1]));
    }
  return str (js_string_builder_finish (J, b));
}

/* ------------------------------------------------------------------------
 * String.prototype (22.1.3)
 * ------------------------------------------------------------------------ */

NATIVE (string_proto_at)
{
  JsString *s = this_string (J, this_value, "at");
  double rel = js_to_integer_or_infinity (J, ARG (0));
  double k = rel >= 0 ? rel : s->length + rel;

  if (k < 0 || k >= s->length)
    return JS_UNDEFINED;
  return str (js_string_from_char_code (J, s->chars[(guint32) k]));
}

NATIVE (string_proto_char_at)
{
  JsString *s = this_string (J, this_value, "charAt");
  double pos = js_to_integer_or_infinity (J, ARG (0));

  if (pos < 0 || pos >= s->length)
    return JS_KEY (J, empty);
  return str (js_string_from_char_code (J, s->chars[(guint32) pos]));
}

NATIVE (string_proto_char_code_at)
{
  JsString *s = this_string (J, this_value, "charCodeAt");
  double pos = js_to_integer_or_infinity (J, ARG (0));

  if (pos < 0 || pos >= s->length)
    return js_number (NAN);
  return js_number (s->chars[(guint32) pos]);
}

NATIVE (string_proto_code_point_at)
{
  JsString *s = this_string (J, this_value, "codePointAt");
  double pos = js_to_integer_or_infinity (J, ARG (0));
  guint32 units;

  if (pos < 0 || pos >= s->length)
    return JS_UNDEFINED;
  return js_number (code_point_at (s, (guint32) pos, &units));
}

NATIVE (string_proto_concat)
{
  /* String values stay values, so `s = s.concat(x)` builds a rope like `+=`. */
  JsValue result = js_is_string (this_value) ? this_value : str (this_string (J, this_value, "concat"));

  for (int i = 0; i < argc; i++)
    result = js_string_concat_values (J, result, js_is_string (argv[i]) ? argv[i] : str (js_to_string (J, argv[i])));
  return result;
}

NATIVE (string_proto_ends_with)
{
  JsString *s = this_string (J, this_value, "endsWith"), *search;
  double end;
  guint32 start;

  reject_regexp (J, ARG (0), "endsWith");
  search = js_to_string (J, ARG (0));
  end = js_is_undefined (ARG (1)) ? s->length : CLAMP (js_to_integer_or_infinity (J, ARG (1)), 0, s->length);
  if (search->length > end)
    return JS_FALSE;
  start = (guint32) end - search->length;
  return js_boolean (memcmp (s->chars + start, search->chars, search->length * sizeof (uint16_t)) == 0);
}

NATIVE (string_proto_starts_with)
{
  JsString *s = this_string (J, this_value, "startsWith"), *search;
  double start;

  reject_regexp (J, ARG (0), "startsWith");
  search = js_to_string (J, ARG (0));
  start = CLAMP (js_to_integer_or_infinity (J, ARG (1)), 0, s->length);
  if (start + search->length > s->length)
    return JS_FALSE;
  return js_boolean (memcmp (s->chars + (guint32) start, search->chars, search->length * sizeof (uint16_t)) == 0);
}

NATIVE (string_proto_includes)
{
  JsString *s = this_string (J, this_value, "includes"), *search;
  double start;

  reject_regexp (J, ARG (0), "includes");
  search = js_to_string (J, ARG (0));
  start = CLAMP (js_to_integer_or_infinity (J, ARG (1)), 0, s->length);
  return js_boolean (string_index_of (s, search, (guint32) start) >= 0);
}

NATIVE (string_proto_index_of)
{
  JsString *s = this_string (J, this_value, "indexOf");
  JsString *search = js_to_string (J, ARG (0));
  double start = CLAMP (js_to_integer_or_infinity (J, ARG (1)), 0, s->length);

  return js_number ((double) string_index_of (s, search, (guint32) start));
}

NATIVE (string_proto_last_index_of)
{
  JsString *s = this_string (J, this_value, "lastIndexOf");
  JsString *search = js_to_string (J, ARG (0));
  double pos = js_to_number (J, ARG (1));
  double start;

  pos = isnan (pos) ? INFINITY : js_to_integer_or_infinity (J, js_number (pos));
  start = CLAMP (pos, 0, s->length);
  if (search->length > s->length)
    return js_number (-1);
  for (gint64 i = MIN ((gint64) start, (gint64) (s->length - search->length)); i >= 0; i--)
    if (memcmp (s->chars + i, search->chars, search->length * sizeof (uint16_t)) == 0)
      return js_number ((double) i);
  return js_number (-1);
}

/* ------------------------------------------------------------------------
 * localeCompare: an approximation of ICU's root collation (what Node uses
 * for the default locale).  Each string becomes collation elements with a
 * primary weight (the base letter, digits, punctuation in CLDR's order), a
 * secondary one (accents) and a tertiary one (case), compared level by
 * level; options give numeric ordering and the sensitivity.
 * ------------------------------------------------------------------------ */

typedef struct { guint32 primary; guint16 secondary; guint16 tertiary; } CollationElement;

/* Primary weights by group, in CLDR's order: spaces, punctuation, symbols
 * (modifiers, math, others, currency), digits, letters.  Within a group the
 * ASCII characters come in CLDR's order, the others by code point. */
#define PRIMARY_GROUP(n) ((guint32) (n) << 24)
enum {
  SECONDARY_COMMON = 5,
  PRIMARY_SPACE = PRIMARY_GROUP (1),
  PRIMARY_PUNCT = PRIMARY_GROUP (2),
  PRIMARY_MODIFIER = PRIMARY_GROUP (3),
  PRIMARY_MATH = PRIMARY_GROUP (4),
  PRIMARY_SYMBOL = PRIMARY_GROUP (5),
  PRIMARY_CURRENCY = PRIMARY_GROUP (6),
  PRIMARY_DIGIT = PRIMARY_GROUP (7),
  PRIMARY_NUMBER = PRIMARY_GROUP (7) + 16,  /* numeric: + the number of digits, then the digits */
  PRIMARY_LETTER = PRIMARY_GROUP (8),
  PRIMARY_OTHER = PRIMARY_GROUP (9),
};

static const char collation_spaces[] = "\t\n\v\f\r ";
/* ASCII punctuation and symbols in CLDR's order, with the group boundaries */
static const char collation_punctuation[] = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
enum { FIRST_ASCII_MODIFIER = 23, FIRST_ASCII_MATH = 25, ASCII_CURRENCY = 31 };

static guint32
ascii_punctuation_primary (guint32 index)
{
  if (index >= ASCII_CURRENCY)
    return PRIMARY_CURRENCY;
  if (index >= FIRST_ASCII_MATH)
    return PRIMARY_MATH + index - FIRST_ASCII_MATH;
  if (index >= FIRST_ASCII_MODIFIER)
    return PRIMARY_MODIFIER + index - FIRST_ASCII_MODIFIER;
  return PRIMARY_PUNCT + index;
}

/* The group of a non-ASCII punctuation mark or symbol; 0 for the others. */
static guint32
symbol_primary (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION: case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION: case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION: case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
      return PRIMARY_PUNCT + 64 + c;
    case G_UNICODE_MODIFIER_SYMBOL:
      return PRIMARY_MODIFIER + 64 + c;
    case G_UNICODE_MATH_SYMBOL:
      return PRIMARY_MATH + 64 + c;
    case G_UNICODE_OTHER_SYMBOL:
      return PRIMARY_SYMBOL + c;
    case G_UNICODE_CURRENCY_SYMBOL:
      return PRIMARY_CURRENCY + 1 + c;
    default:
      return 0;
    }
}

static guint16
accent_weight (gunichar mark)
{
  switch (mark)
    {
    case 0x0301: return 6;   /* acute */
    case 0x0300: return 7;   /* grave */
    case 0x0306: return 8;   /* breve */
    case 0x0302: return 9;   /* circumflex */
    case 0x030C: return 10;  /* caron */
    case 0x030A: return 11;  /* ring above */
    case 0x0308: return 12;  /* diaeresis */
    case 0x030B: return 13;  /* double acute */
    case 0x0303: return 14;  /* tilde */
    case 0x0307: return 15;  /* dot above */
    case 0x0338: return 16;  /* stroke (ø) */
    case 0x0327: return 17;  /* cedilla */
    case 0x0328: return 18;  /* ogonek */
    case 0x0304: return 19;  /* macron */
    default: return (guint16) (20 + (mark & 0xFF));
    }
}

static void
add_element (GArray *out, guint32 primary, guint16 secondary, guint16 tertiary)
{
  CollationElement e = { primary, secondary, tertiary };
  g_array_append_val (out, e);
}

/* Tertiary weights: lowercase, a lowercase variant (ß against ss), upper. */
enum { TERTIARY_LOWER = 0, TERTIARY_VARIANT = 1, TERTIARY_UPPER = 2 };

static void
add_letter_tertiary (GArray *out, gunichar base, guint16 tertiary)
{
  guint32 primary = base >= 'a' && base <= 'z' ? PRIMARY_LETTER + (base - 'a') * 4 : PRIMARY_OTHER + base;
  add_element (out, primary, SECONDARY_COMMON, tertiary);
}

static void
add_letter (GArray *out, gunichar base, gboolean upper)
{
  add_letter_tertiary (out, base, upper ? TERTIARY_UPPER : TERTIARY_LOWER);
}

/* Languages whose alphabets put letters with marks after z. */
typedef enum { TAILORING_NONE, TAILORING_SWEDISH, TAILORING_DANISH } Tailoring;

static Tailoring
tailoring_for (JsValue locale)
{
  JsString *l;

  if (!js_is_string (locale) || js_get_string (locale)->length < 2)
    return TAILORING_NONE;
  l = js_get_string (locale);
  if (l->length > 2 && l->chars[2] != '-' && l->chars[2] != '_')
    return TAILORING_NONE;
  if ((l->chars[0] == 's' && l->chars[1] == 'v') || (l->chars[0] == 'f' && l->chars[1] == 'i'))
    return TAILORING_SWEDISH;
  if ((l->chars[0] == 'd' && l->chars[1] == 'a') || (l->chars[0] == 'n' && (l->chars[1] == 'b' || l->chars[1] == 'n' ||
                                                                             l->chars[1] == 'o')))
    return TAILORING_DANISH;
  return TAILORING_NONE;
}

/* The tailored letters: 1..3 for the letters after z, and a secondary
 * weight for the variant (ä sorting as æ in Danish); 0 when `c` is not one. */
static int
tailored_letter (Tailoring t, gunichar lower, guint16 *secondary)
{
  *secondary = SECONDARY_COMMON;
  if (t == TAILORING_SWEDISH)
    switch (lower)
      {
      case 0xE5: return 1;                               /* å */
      case 0xE4: return 2;                               /* ä */
      case 0xE6: *secondary = SECONDARY_COMMON + 1; return 2;   /* æ */
      case 0xF6: return 3;                               /* ö */
      case 0xF8: *secondary = SECONDARY_COMMON + 1; return 3;   /* ø */
      default: return 0;
      }
  if (t == TAILORING_DANISH)
    switch (lower)
      {
      case 0xE6: return 1;                               /* æ */
      case 0xE4: *secondary = SECONDARY_COMMON + 1; return 1;   /* ä */
      case 0xF8: return 2;                               /* ø */
      case 0xF6: *secondary = SECONDARY_COMMON + 1; return 2;   /* ö */
      case 0xE5: return 3;                               /* å */
      default: return 0;
      }
  return 0;
}

static void
collation_elements (const JsString *s, gboolean numeric, Tailoring tailoring, GArray *out)
{
  for (guint32 i = 0; i < s->length;)
    {
      guint32 units;
      gunichar c = code_point_at (s, i, &units), decomposed[8], base;
      gsize n;
      const char *p;
      gboolean upper;

      i += units;
      if (c < 128 && c != 0 && (p = strchr (collation_spaces, (int) c)) != NULL)
        {
          add_element (out, PRIMARY_SPACE + (p - collation_spaces), SECONDARY_COMMON, 0);
          continue;
        }
      if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000)
        {
          add_element (out, PRIMARY_SPACE + 6, SECONDARY_COMMON, 0);
          continue;
        }
      if (c < 128 && c != 0 && (p = strchr (collation_punctuation, (int) c)) != NULL)
        {
          add_element (out, ascii_punctuation_primary (p - collation_punctuation), SECONDARY_COMMON, 0);
          continue;
        }
      if (c >= '0' && c <= '9')
        {
          if (numeric)
            {
              guint32 start = i - 1, end = i;
              while (end < s->length && s->chars[end] >= '0' && s->chars[end] <= '9')
                end++;
              while (start + 1 < end && s->chars[start] == '0')
                start++;
              add_element (out, PRIMARY_NUMBER + MIN (end - start, 1000), SECONDARY_COMMON, 0);
              for (guint32 k = start; k < end; k++)
                add_element (out, PRIMARY_DIGIT + (s->chars[k] - '0'), SECONDARY_COMMON, 0);
              i = end;
            }
          else
            add_element (out, PRIMARY_DIGIT + (c - '0'), SECONDARY_COMMON, 0);
          continue;
        }
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x200B || c == 0xFEFF || c == 0xAD)
        continue;   /* ignorable */
      if (c >= 128 && symbol_primary (c) != 0)
        {
          add_element (out, symbol_primary (c), SECONDARY_COMMON, 0);
          continue;
        }
      upper = g_unichar_isupper (c);
      if (tailoring != TAILORING_NONE)
        {
          guint16 secondary;
          int after_z = tailored_letter (tailoring, g_unichar_tolower (c), &secondary);

          if (after_z > 0)
            {
              add_element (out, PRIMARY_LETTER + (25 + after_z) * 4, secondary, upper ? TERTIARY_UPPER : TERTIARY_LOWER);
              continue;
            }
        }
      /* Letters that sort as two (expansions) or as a letter with a stroke. */
      switch (g_unichar_tolower (c))
        {
        case 0xDF:
          add_letter_tertiary (out, 's', TERTIARY_VARIANT);
          add_letter_tertiary (out, 's', TERTIARY_VARIANT);
          continue;
        case 0xE6:
          add_letter (out, 'a', upper);
          add_letter (out, 'e', upper);
          continue;
        case 0x153:
          add_letter (out, 'o', upper);
          add_letter (out, 'e', upper);
          continue;
        case 0xF8:
          add_letter (out, 'o', upper);
          add_element (out, 0, accent_weight (0x0338), 0);
          continue;
        case 0x111:
          add_letter (out, 'd', upper);
          add_element (out, 0, accent_weight (0x0338), 0);
          continue;
        case 0x142:
          add_letter (out, 'l', upper);
          add_element (out, 0, accent_weight (0x0338), 0);
          continue;
        default:
          break;
        }
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      base = n > 0 ? decomposed[0] : c;
      if (g_unichar_type (base) == G_UNICODE_NON_SPACING_MARK)
        {
          add_element (out, 0, accent_weight (base), 0);
          continue;
        }
      add_letter (out, g_unichar_tolower (base), g_unichar_isupper (base));
      for (gsize k = 1; k < n; k++)
        add_element (out, 0, accent_weight (decomposed[k]), 0);
    }
}

static int
compare_level (GArray *a, GArray *b, int level)
{
  guint i = 0, j = 0;

  for (;;)
    {
      guint32 x = 0, y = 0;

      /* Skip elements without a weight at this level. */
      for (; i < a->len; i++)
        {
          CollationElement *e = &g_array_index (a, CollationElement, i);
          x = level == 0 ? e->primary : level == 1 ? e->secondary : e->tertiary;
          if (x != 0 || level == 2)
            break;
        }
      for (; j < b->len; j++)
        {
          CollationElement *e = &g_array_index (b, CollationElement, j);
          y = level == 0 ? e->primary : level == 1 ? e->secondary : e->tertiary;
          if (y != 0 || level == 2)
            break;
        }
      if (i >= a->len || j >= b->len)
        return (i >= a->len ? 0 : 1) - (j >= b->len ? 0 : 1);
      if (x != y)
        return x < y ? -1 : 1;
      i++, j++;
    }
}

NATIVE (string_proto_locale_compare)
{
  JsString *s = this_string (J, this_value, "localeCompare");
  JsString *that = js_to_string (J, ARG (0));

  return js_number (js_locale_compare (J, s, that, ARG (1), ARG (2)));
}

int
js_locale_compare (JsState *J, JsString *s, JsString *that, JsValue locales, JsValue options)
{
  Tailoring tailoring;
  gboolean numeric = FALSE;
  int levels = 3, result = 0;
  GArray *a, *b;

  if (js_is_object (options))
    {
      JsValue sensitivity = js_get_utf8 (J, options, "sensitivity");
      numeric = js_to_boolean (js_get_utf8 (J, options, "numeric"));
      if (js_is_string (sensitivity))
        {
          if (js_string_equal_ascii (js_get_string (sensitivity), "base"))
            levels = 1;
          else if (js_string_equal_ascii (js_get_string (sensitivity), "accent"))
            levels = 2;
        }
    }
  if (js_string_equal (s, that))
    return 0;
  if (js_is_object (locales))
    locales = js_get_index (J, locales, 0);
  tailoring = tailoring_for (locales);
  a = g_array_new (FALSE, FALSE, sizeof (CollationElement));
  b = g_array_new (FALSE, FALSE, sizeof (CollationElement));
  collation_elements (s, numeric, tailoring, a);
  collation_elements (that, numeric, tailoring, b);
  for (int level = 0; level < levels && result == 0; level++)
    result = compare_level (a, b, level);
  g_array_unref (a);
  g_array_unref (b);
  return result;
}

NATIVE (string_proto_normalize)
{
  JsString *s = this_string (J, this_value, "normalize");
  GNormalizeMode mode = G_NORMALIZE_NFC;
  gboolean ascii = TRUE;
  char *utf8, *normalized;
  JsString *result;

  if (!js_is_undefined (ARG (0)))
    {
      JsString *f = js_to_string (J, ARG (0));
      if (js_string_equal_ascii (f, "NFC"))
        mode = G_NORMALIZE_NFC;
      else if (js_string_equal_ascii (f, "NFD"))
        mode = G_NORMALIZE_NFD;
      else if (js_string_equal_ascii (f, "NFKC"))
        mode = G_NORMALIZE_NFKC;
      else if (js_string_equal_ascii (f, "NFKD"))
        mode = G_NORMALIZE_NFKD;
      else
        js_throw_range_error (J, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
  for (guint32 i = 0; i < s->length && ascii; i++)
    ascii = s->chars[i] < 0x80;
  if (ascii)
    return str (s);
  utf8 = js_string_to_utf8 (s);
  normalized = g_utf8_normalize (utf8, -1, mode);
  g_free (utf8);
  if (normalized == NULL)
    return str (s);
  result = js_string_new_utf8 (J, normalized, -1);
  g_free (normalized);
  return str (result);
}

/* StringPad (22.1.3.17.2) */
static JsValue
string_pad (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean at_start, const char *method)
{
  JsString *s = this_string (J, this_value, method), *filler;
  double max_length = js_to_length (J, ARG (0));
  JsStringBuilder *b;
  guint32 fill_len;

  if (max_length <= s->length)
    return str (s);
  filler = js_is_undefined (ARG (1)) ? js_string_from_char_code (J, ' ') : js_to_string (J, ARG (1));
  if (filler->length == 0)
    return str (s);
  if (max_length > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");
  fill_len = (guint32) max_length - s->length;
  b = js_string_builder_new (J);
  if (!at_start)
    js_string_builder_append (J, b, s);
  for (guint32 done = 0; done < fill_len;)
    {
      guint32 n = MIN (filler->length, fill_len - done);
      js_string_builder_append_units (J, b, filler->chars, n);
      done += n;
    }
  if (at_start)
    js_string_builder_append (J, b, s);
  return str (js_string_builder_finish (J, b));
}

NATIVE (string_proto_pad_end)
{
  return string_pad (J, this_value, argc, argv, FALSE, "padEnd");
}

NATIVE (string_proto_pad_start)
{
  return string_pad (J, this_value, argc, argv, TRUE, "padStart");
}

NATIVE (string_proto_repeat)
{
  JsString *s = this_string (J, this_value, "repeat");
  double n = js_to_integer_or_infinity (J, ARG (0));

  if (n < 0 || isinf (n))
    {
      char buffer[JS_NUMBER_BUFFER_SIZE];
      js_number_to_cstring (js_to_number (J, ARG (0)), buffer);
      js_throw_range_error (J, "Invalid count value: %s", buffer);
    }
  if (n == 0 || s->length == 0)
    return JS_KEY (J, empty);
  /* Check the result's length before building any of it. */
  if ((double) s->length * n > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");
  {
    guint32 total = s->length * (guint32) n;
    JsString *r = js_string_new_uninit (J, total);
    guint32 done = MIN (s->length, total);

    memcpy (r->chars, s->chars, done * sizeof (uint16_t));
    /* Doubling copies: log2(n) memcpy calls instead of n appends. */
    while (done < total)
      {
        guint32 chunk = MIN (done, total - done);
        memcpy (r->chars + done, r->chars, chunk * sizeof (uint16_t));
        done += chunk;
      }
    return str (r);
  }
}

/* GetSubstitution (22.1.3.19.1) */
JsString *
js_get_substitution (JsState *J, JsString *matched, JsString *string, guint32 position, JsObject *captures,
                     JsValue named_captures, JsString *replacement)
{
  JsStringBuilder *b = js_string_builder_new (J);
  guint32 m = captures != NULL ? (guint32) js_length_of_array_like (J, js_object_value (captures)) : 0;
  guint32 tail_pos = MIN (position + matched->length, string->length);
  const uint16_t *r = replacement->chars;
  guint32 n = replacement->length;

  for (guint32 i = 0; i < n; i++)
    {
      uint16_t c = r[i];

      if (c != '$' || i + 1 >= n)
        {
          js_string_builder_append_unit (J, b, c);
          continue;
        }
      c = r[i + 1];
      if (c == '$')
        {
          js_string_builder_append_unit (J, b, '$');
          i++;
        }
      else if (c == '&')
        {
          js_string_builder_append (J, b, matched);
          i++;
        }
      else if (c == '`')
        {
          js_string_builder_append_units (J, b, string->chars, position);
          i++;
        }
      else if (c == '\'')
        {
          js_string_builder_append_units (J, b, string->chars + tail_pos, string->length - tail_pos);
          i++;
        }
      else if (c >= '0' && c <= '9')
        {
          guint32 index = c - '0', consumed = 1;

          if (i + 2 < n && r[i + 2] >= '0' && r[i + 2] <= '9' && index * 10 + (r[i + 2] - '0') >= 1 &&
              index * 10 + (r[i + 2] - '0') <= m)
            {
              index = index * 10 + (r[i + 2] - '0');
              consumed = 2;
            }
          if (index >= 1 && index <= m)
            {
              JsValue capture = js_get_index (J, js_object_value (captures), index - 1);
              if (!js_is_undefined (capture))
                js_string_builder_append (J, b, js_to_string (J, capture));
              i += consumed;
            }
          else
            js_string_builder_append_unit (J, b, '$');
        }
      else if (c == '<' && !js_is_undefined (named_captures))
        {
          guint32 close = i + 2;
          while (close < n && r[close] != '>')
            close++;
          if (close >= n)
            js_string_builder_append_unit (J, b, '$');
          else
            {
              JsString *name = js_string_new (J, r + i + 2, close - i - 2);
              JsValue capture = js_get (J, named_captures, js_to_property_key (J, str (name)));
              if (!js_is_undefined (capture))
                js_string_builder_append (J, b, js_to_string (J, capture));
              i = close;
            }
        }
      else
        js_string_builder_append_unit (J, b, '$');
    }
  return js_string_builder_finish (J, b);
}

/* GetMethod(v, @@symbol) for the RegExp-aware methods, or undefined. */
static JsValue
get_symbol_method (JsState *J, JsValue v, JsValue symbol)
{
  JsValue method;

  if (js_is_nullish (v))
    return JS_UNDEFINED;
  method = js_get (J, v, symbol);
  if (js_is_nullish (method))
    return JS_UNDEFINED;
  if (!js_is_callable (method))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", method, JS_DESCRIBE_PLAIN);
  return method;
}

NATIVE (string_proto_replace)
{
  JsValue search_value = ARG (0), replace_value = ARG (1), replacer;
  JsString *s, *search, *replacement;
  gint64 position;
  JsStringBuilder *b;

  if (js_is_nullish (this_value))
    this_string (J, this_value, "replace");
  replacer = get_symbol_method (J, search_value, JS_SYMBOL_KEY (J, replace));
  if (!js_is_undefined (replacer))
    {
      JsValue args[2] = { this_value, replace_value };
      return js_call (J, replacer, search_value, 2, args);
    }
  s = this_string (J, this_value, "replace");
  search = js_to_string (J, search_value);
  if (!js_is_callable (replace_value))
    replace_value = str (js_to_string (J, replace_value));
  position = string_index_of (s, search, 0);
  if (position < 0)
    return str (s);
  if (js_is_callable (replace_value))
    {
      JsValue args[3] = { str (search), js_number ((double) position), str (s) };
      replacement = js_to_string (J, js_call (J, replace_value, JS_UNDEFINED, 3, args));
    }
  else
    replacement = js_get_substitution (J, search, s, (guint32) position, NULL, JS_UNDEFINED,
                                       js_get_string (replace_value));
  b = js_string_builder_new (J);
  js_string_builder_append_units (J, b, s->chars, (gsize) position);
  js_string_builder_append (J, b, replacement);
  js_string_builder_append_units (J, b, s->chars + position + search->length, s->length - position - search->length);
  return str (js_string_builder_finish (J, b));
}

NATIVE (string_proto_replace_all)
{
  JsValue search_value = ARG (0), replace_value = ARG (1), replacer;
  JsString *s, *search;
  JsObject *positions;
  guint32 advance, end_of_last = 0, n;
  gint64 position;
  JsStringBuilder *b;

  if (js_is_nullish (this_value))
    this_string (J, this_value, "replaceAll");
  if (!js_is_nullish (search_value))
    {
      if (is_regexp (J, search_value))
        {
          JsValue flags = js_get_utf8 (J, search_value, "flags");
          JsString *f;
          gboolean global = FALSE;

          if (js_is_nullish (flags))
            js_throw_type_error (J, "String.prototype.replaceAll called on null or undefined");
          f = js_to_string (J, flags);
          for (guint32 i = 0; i < f->length; i++)
            global |= f->chars[i] == 'g';
          if (!global)
            js_throw_type_error (J, "String.prototype.replaceAll called with a non-global RegExp argument");
        }
      replacer = get_symbol_method (J, search_value, JS_SYMBOL_KEY (J, replace));
      if (!js_is_undefined (replacer))
        {
          JsValue args[2] = { this_value, replace_value };
          return js_call (J, replacer, search_value, 2, args);
        }
    }
  s = this_string (J, this_value, "replaceAll");
  search = js_to_string (J, search_value);
  if (!js_is_callable (replace_value))
    replace_value = str (js_to_string (J, replace_value));
  advance = MAX (1, search->length);
  positions = js_array_new (J, 0);
  for (position = string_index_of (s, search, 0); position >= 0;
       position = position + advance <= s->length ? string_index_of (s, search, (guint32) (position + advance)) : -1)
    js_array_push (J, positions, js_number ((double) position));
  n = js_array_length (positions);
  b = js_string_builder_new (J);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 p = (guint32) js_get_number (positions->u.array.elements[i]);
      JsString *replacement;

      if (js_is_callable (replace_value))
        {
          JsValue args[3] = { str (search), js_number (p), str (s) };
          replacement = js_to_string (J, js_call (J, replace_value, JS_UNDEFINED, 3, args));
        }
      else
        replacement = js_get_substitution (J, search, s, p, NULL, JS_UNDEFINED, js_get_string (replace_value));
      js_string_builder_append_units (J, b, s->chars + end_of_last, p - end_of_last);
      js_string_builder_append (J, b, replacement);
      end_of_last = p + search->length;
    }
  if (end_of_last < s->length)
    js_string_builder_append_units (J, b, s->chars + end_of_last, s->length - end_of_last);
  return str (js_string_builder_finish (J, b));
}

/* match, matchAll and search on a string pattern: RegExpCreate then the
 * RegExp's own method, as the spec says.  Without a RegExp implementation a
 * pattern with no special characters still works as a literal. */
static gboolean
is_literal_pattern (const JsString *p)
{
  for (guint32 i = 0; i < p->length; i++)
    if (p->chars[i] < 128 && strchr ("\\^$.*+?()[]{}|/", p->chars[i]) != NULL)
      return FALSE;
  return TRUE;
}

static JsValue
regexp_create (JsState *J, JsValue pattern, const char *flags)
{
  JsValue args[2] = { js_is_undefined (pattern) ? JS_KEY (J, empty) : pattern, JS_UNDEFINED };

  if (flags != NULL)
    args[1] = str (js_string_new_utf8 (J, flags, -1));
  if (JS_INTRINSIC (J, RegExp) == NULL)
    js_throw_syntax_error (J, "Invalid regular expression: regular expressions are not supported");
  return js_construct (J, js_object_value (JS_INTRINSIC (J, RegExp)), 2, args,
                       js_object_value (JS_INTRINSIC (J, RegExp)));
}

NATIVE (string_proto_match)
{
  JsValue regexp = ARG (0), matcher, rx;
  JsString *s;

  if (js_is_nullish (this_value))
    this_string (J, this_value, "match");
  matcher = get_symbol_method (J, regexp, JS_SYMBOL_KEY (J, match));
  if (!js_is_undefined (matcher))
    return js_call (J, matcher, regexp, 1, &this_value);
  s = this_string (J, this_value, "match");
  if (JS_INTRINSIC (J, RegExp) == NULL)
    {
      JsString *p = js_is_undefined (regexp) ? JS_ATOM (J, empty) : js_to_string (J, regexp);
      gint64 position;
      JsObject *result;

      if (!is_literal_pattern (p))
        regexp_create (J, regexp, NULL);
      position = string_index_of (s, p, 0);
      if (position < 0)
        return JS_NULL;
      {
        JsValue matched = str (p);
        result = js_array_from_values (J, &matched, 1);
      }
      js_define_value (J, result, JS_KEY (J, index), js_number ((double) position), JS_PROP_DEFAULT);
      js_define_value (J, result, JS_KEY (J, input), str (s), JS_PROP_DEFAULT);
      js_define_value_utf8 (J, result, "groups", JS_UNDEFINED, JS_PROP_DEFAULT);
      return js_object_value (result);
    }
  rx = regexp_create (J, regexp, NULL);
  {
    JsValue arg = str (s);
    return js_invoke (J, rx, JS_SYMBOL_KEY (J, match), 1, &arg);
  }
}

NATIVE (string_proto_match_all)
{
  JsValue regexp = ARG (0), matcher, rx, arg;
  JsString *s;

  if (js_is_nullish (this_value))
    this_string (J, this_value, "matchAll");
  if (!js_is_nullish (regexp))
    {
      if (is_regexp (J, regexp))
        {
          JsValue flags = js_get_utf8 (J, regexp, "flags");
          JsString *f;
          gboolean global = FALSE;

          if (js_is_nullish (flags))
            js_throw_type_error (J, "String.prototype.matchAll called on null or undefined");
          f = js_to_string (J, flags);
          for (guint32 i = 0; i < f->length; i++)
            global |= f->chars[i] == 'g';
          if (!global)
            js_throw_type_error (J, "String.prototype.matchAll called with a non-global RegExp argument");
        }
      matcher = get_symbol_method (J, regexp, JS_SYMBOL_KEY (J, matchAll));
      if (!js_is_undefined (matcher))
        return js_call (J, matcher, regexp, 1, &this_value);
    }
  s = this_string (J, this_value, "matchAll");
  rx = regexp_create (J, regexp, "g");
  arg = str (s);
  return js_invoke (J, rx, JS_SYMBOL_KEY (J, matchAll), 1, &arg);
}

NATIVE (string_proto_search)
{
  JsValue regexp = ARG (0), searcher, rx, arg;
  JsString *s;

  if (js_is_nullish (this_value))
    this_string (J, this_value, "search");
  searcher = get_symbol_method (J, regexp, JS_SYMBOL_KEY (J, search));
  if (!js_is_undefined (searcher))
    return js_call (J, searcher, regexp, 1, &this_value);
  s = this_string (J, this_value, "search");
  if (JS_INTRINSIC (J, RegExp) == NULL)
    {
      JsString *p = js_is_undefined (regexp) ? JS_ATOM (J, empty) : js_to_string (J, regexp);
      if (!is_literal_pattern (p))
        regexp_create (J, regexp, NULL);
      return js_number ((double) string_index_of (s, p, 0));
    }
  rx = regexp_create (J, regexp, NULL);
  arg = str (s);
  return js_invoke (J, rx, JS_SYMBOL_KEY (J, search), 1, &arg);
}

NATIVE (string_proto_slice)
{
  JsString *s = this_string (J, this_value, "slice");
  double len = s->length, from, to;
  double start = js_to_integer_or_infinity (J, ARG (0));

  from = start < 0 ? MAX (len + start, 0) : MIN (start, len);
  if (js_is_undefined (ARG (1)))
    to = len;
  else
    {
      double end = js_to_integer_or_infinity (J, ARG (1));
      to = end < 0 ? MAX (len + end, 0) : MIN (end, len);
    }
  if (from >= to)
    return JS_KEY (J, empty);
  return str (js_string_substring (J, s, (guint32) from, (guint32) to));
}

/* String.prototype.split (22.1.3.23) */
NATIVE (string_proto_split)
{
  JsValue separator = ARG (0), limit = ARG (1), splitter;
  JsString *s, *r;
  guint32 lim, p = 0;
  JsObject *a;

  if (js_is_nullish (this_value))
    this_string (J, this_value, "split");
  splitter = get_symbol_method (J, separator, JS_SYMBOL_KEY (J, split));
  if (!js_is_undefined (splitter))
    {
      JsValue args[2] = { this_value, limit };
      return js_call (J, splitter, separator, 2, args);
    }
  s = this_string (J, this_value, "split");
  lim = js_is_undefined (limit) ? G_MAXUINT32 : js_to_uint32 (J, limit);
  r = js_to_string (J, separator);
  a = js_array_new (J, 0);
  if (lim == 0)
    return js_object_value (a);
  if (js_is_undefined (separator))
    {
      js_array_push (J, a, str (s));
      return js_object_value (a);
    }
  if (r->length == 0)
    {
      for (guint32 i = 0; i < s->length && i < lim; i++)
        js_array_push (J, a, str (js_string_from_char_code (J, s->chars[i])));
      return js_object_value (a);
    }
  if (s->length == 0)
    {
      js_array_push (J, a, str (s));
      return js_object_value (a);
    }
  for (gint64 q = string_index_of (s, r, 0); q >= 0; q = string_index_of (s, r, p))
    {
      js_array_push (J, a, str (js_string_substring (J, s, p, (guint32) q)));
      if (js_array_length (a) == lim)
        return js_object_value (a);
      p = (guint32) q + r->length;
    }
  js_array_push (J, a, str (js_string_substring (J, s, p, s->length)));
  return js_object_value (a);
}

NATIVE (string_proto_substring)
{
  JsString *s = this_string (J, this_value, "substring");
  double len = s->length;
  double start = CLAMP (js_to_integer_or_infinity (J, ARG (0)), 0, len);
  double end = js_is_undefined (ARG (1)) ? len : CLAMP (js_to_integer_or_infinity (J, ARG (1)), 0, len);

  return str (js_string_substring (J, s, (guint32) MIN (start, end), (guint32) MAX (start, end)));
}

/* String.prototype.substr (B.2.2.1) */
NATIVE (string_proto_substr)
{
  JsString *s = this_string (J, this_value, "substr");
  double size = s->length;
  double start = js_to_integer_or_infinity (J, ARG (0)), length, end;

  if (start == -INFINITY)
    start = 0;
  else if (start < 0)
    start = MAX (size + start, 0);
  else
    start = MIN (start, size);
  length = js_is_undefined (ARG (1)) ? size : js_to_integer_or_infinity (J, ARG (1));
  end = MIN (start + CLAMP (length, 0, size), size);
  if (start >= end)
    return JS_KEY (J, empty);
  return str (js_string_substring (J, s, (guint32) start, (guint32) end));
}

/* Case mapping with Unicode's full mappings.  Lowercase has only two
 * context or length changes (İ → i̇, and Σ, which is ς at the end of a word:
 * the Final_Sigma condition), so it maps code point by code point; uppercase
 * has many expansions (ß → SS, ﬀ → FF) and goes through GLib. */
static gboolean
is_case_ignorable (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_MODIFIER_SYMBOL:
      return TRUE;
    default:
      return c == '\'' || c == '.' || c == ':' || c == 0xB7 || c == 0x2018 || c == 0x2019 || c == 0x2024 ||
             c == 0xFE52 || c == 0xFF07 || c == 0xFF0E;
    }
}

static gboolean
is_cased (gunichar c)
{
  return g_unichar_isupper (c) || g_unichar_islower (c) || g_unichar_istitle (c);
}

/* Final_Sigma: a cased letter before (skipping case-ignorables), none after. */
static gboolean
is_final_sigma (const JsString *s, guint32 at)
{
  gboolean before = FALSE;
  guint32 i = at;

  while (i > 0)
    {
      guint32 start = i - 1, units;
      gunichar c;

      if (start > 0 && is_trail (s->chars[start]) && is_lead (s->chars[start - 1]))
        start--;
      c = code_point_at (s, start, &units);
      i = start;
      if (is_case_ignorable (c))
        continue;
      before = is_cased (c);
      break;
    }
  if (!before)
    return FALSE;
  for (i = at + 1; i < s->length;)
    {
      guint32 units;
      gunichar c = code_point_at (s, i, &units);

      i += units;
      if (is_case_ignorable (c))
        continue;
      return !is_cased (c);
    }
  return TRUE;
}

/* Case pairs GLib's tables lack: letter numbers and symbols with case
 * (Ⅰ ⅰ, Ⓐ ⓐ) and letters added in Unicode 16, which Node's ICU has.
 * Returns the mapping, or 0 when `c` is not one of them. */
static gunichar
extra_case_mapping (gunichar c, gboolean upper)
{
  static const struct { gunichar upper_first, lower_first, count; } ranges[] = {
    { 0x2160, 0x2170, 16 }, { 0x24B6, 0x24D0, 26 }, { 0x10D50, 0x10D70, 22 }, { 0x16EA0, 0x16EBB, 25 },
    { 0x1C89, 0x1C8A, 1 }, { 0xA7CB, 0x0264, 1 }, { 0xA7CC, 0xA7CD, 1 }, { 0xA7CE, 0xA7CF, 1 },
    { 0xA7D2, 0xA7D3, 1 }, { 0xA7D4, 0xA7D5, 1 }, { 0xA7DA, 0xA7DB, 1 }, { 0xA7DC, 0x019B, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      gunichar from = upper ? ranges[i].lower_first : ranges[i].upper_first;
      gunichar to = upper ? ranges[i].upper_first : ranges[i].lower_first;

      if (c >= from && c < from + ranges[i].count)
        return to + (c - from);
    }
  return 0;
}

static JsValue
convert_case (JsState *J, JsString *s, gboolean upper)
{
  gboolean ascii = TRUE, lone = FALSE;
  JsString *result;

  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];
      if (c >= 0x80)
        ascii = FALSE;
      if (is_lead (c) && i + 1 < s->length && is_trail (s->chars[i + 1]))
        i++;
      else if (is_lead (c) || is_trail (c))
        lone = TRUE;
    }
  if (ascii)
    {
      result = js_string_new_uninit (J, s->length);
      for (guint32 i = 0; i < s->length; i++)
        {
          uint16_t c = s->chars[i];
          result->chars[i] = upper ? (c >= 'a' && c <= 'z' ? c - 32 : c) : (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
      return str (result);
    }
  if (!upper || lone)
    {
      JsStringBuilder *b = js_string_builder_new (J);
      for (guint32 i = 0; i < s->length;)
        {
          guint32 units, cp = code_point_at (s, i, &units);

          if (extra_case_mapping (cp, upper) != 0)
            append_code_point (J, b, extra_case_mapping (cp, upper));
          else if (upper)
            append_code_point (J, b, g_unichar_toupper (cp));
          else if (cp == 0x130)
            {
              js_string_builder_append_unit (J, b, 'i');
              js_string_builder_append_unit (J, b, 0x307);
            }
          else if (cp == 0x3A3)
            js_string_builder_append_unit (J, b, is_final_sigma (s, i) ? 0x3C2 : 0x3C3);
          else
            append_code_point (J, b, g_unichar_tolower (cp));
          i += units;
        }
      return str (js_string_builder_finish (J, b));
    }
  {
    /* Runs without the extra pairs go through GLib; the C buffer is freed
     * before anything that could throw. */
    JsStringBuilder *b = js_string_builder_new (J);
    GString *pending = g_string_new (NULL);
    JsObject *extras = js_array_new (J, 0);

    for (guint32 i = 0; i < s->length;)
      {
        guint32 units, cp = code_point_at (s, i, &units);

        if (extra_case_mapping (cp, TRUE) != 0)
          js_array_push (J, extras, js_number (i));
        i += units;
      }
    for (guint32 i = 0, next = 0; i < s->length;)
      {
        guint32 units, cp = code_point_at (s, i, &units);
        gboolean extra = next < js_array_length (extras) &&
                         (guint32) js_get_number (extras->u.array.elements[next]) == i;

        if (extra)
          {
            char *mapped = g_utf8_strup (pending->str, (gssize) pending->len);
            JsString *chunk = js_string_new_utf8 (J, mapped, -1);

            g_free (mapped);
            g_string_truncate (pending, 0);
            js_string_builder_append (J, b, chunk);
            append_code_point (J, b, extra_case_mapping (cp, TRUE));
            next++;
          }
        else
          {
            char utf8[6];
            g_string_append_len (pending, utf8, g_unichar_to_utf8 (cp, utf8));
          }
        i += units;
      }
    {
      char *mapped = g_utf8_strup (pending->str, (gssize) pending->len);
      g_string_free (pending, TRUE);
      result = js_string_new_utf8 (J, mapped, -1);
      g_free (mapped);
    }
    js_string_builder_append (J, b, result);
    return str (js_string_builder_finish (J, b));
  }
}

NATIVE (string_proto_to_lower_case)
{
  return convert_case (J, this_string (J, this_value, "toLowerCase"), FALSE);
}

NATIVE (string_proto_to_upper_case)
{
  return convert_case (J, this_string (J, this_value, "toUpperCase"), TRUE);
}

/* Turkish and Azeri case the dotted and dotless i apart (CLDR's tailoring):
 * i <-> İ, ı <-> I.  Any other locale uses the default mapping. */
static gboolean
is_turkic_locale (JsState *J, JsValue locales)
{
  JsString *tag;

  if (js_is_object (locales))
    locales = js_get_index (J, locales, 0);
  if (js_is_undefined (locales))
    return FALSE;
  tag = js_to_string (J, locales);
  return tag->length >= 2 && ((tag->chars[0] == 't' && tag->chars[1] == 'r') || (tag->chars[0] == 'a' && tag->chars[1] == 'z'))
         && (tag->length == 2 || tag->chars[2] == '-');
}

static JsValue
convert_locale_case (JsState *J, JsString *s, JsValue locales, gboolean upper)
{
  if (is_turkic_locale (J, locales))
    {
      JsString *mapped = js_string_new_uninit (J, s->length);

      for (guint32 i = 0; i < s->length; i++)
        {
          uint16_t c = s->chars[i];
          if (upper && c == 'i')
            c = 0x130;
          else if (!upper && c == 'I')
            c = 0x131;
          else if (!upper && c == 0x130)
            c = 'i';
          mapped->chars[i] = c;
        }
      s = mapped;
    }
  return convert_case (J, s, upper);
}

NATIVE (string_proto_to_locale_lower_case)
{
  return convert_locale_case (J, this_string (J, this_value, "toLocaleLowerCase"), ARG (0), FALSE);
}

NATIVE (string_proto_to_locale_upper_case)
{
  return convert_locale_case (J, this_string (J, this_value, "toLocaleUpperCase"), ARG (0), TRUE);
}

/* thisStringValue (22.1.3) */
static JsValue
this_string_value (JsState *J, JsValue v, const char *method)
{
  if (js_is_string (v))
    return v;
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_STRING)
    return js_get_object (v)->u.primitive;
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR,
                                              js_string_printf (J, "%s requires that 'this' be a String", method))));
}

NATIVE (string_proto_to_string)
{
  return this_string_value (J, this_value, "String.prototype.toString");
}

NATIVE (string_proto_value_of)
{
  return this_string_value (J, this_value, "String.prototype.valueOf");
}

/* TrimString (22.1.3.32.1) */
static JsValue
trim_string (JsState *J, JsValue this_value, gboolean start, gboolean end, const char *method)
{
  JsString *s = this_string (J, this_value, method);
  guint32 from = 0, to = s->length;

  if (start)
    while (from < to && is_js_space (s->chars[from]))
      from++;
  if (end)
    while (to > from && is_js_space (s->chars[to - 1]))
      to--;
  return str (js_string_substring (J, s, from, to));
}

NATIVE (string_proto_trim)
{
  return trim_string (J, this_value, TRUE, TRUE, "trim");
}

NATIVE (string_proto_trim_start)
{
  return trim_string (J, this_value, TRUE, FALSE, "trimLeft");
}

NATIVE (string_proto_trim_end)
{
  return trim_string (J, this_value, FALSE, TRUE, "trimRight");
}

NATIVE (string_proto_is_well_formed)
{
  JsString *s = this_string (J, this_value, "isWellFormed");

  for (guint32 i = 0; i < s->length; i++)
    {
      if (is_lead (s->chars[i]) && i + 1 < s->length && is_trail (s->chars[i + 1]))
        i++;
      else if (is_lead (s->chars[i]) || is_trail (s->chars[i]))
        return JS_FALSE;
    }
  return JS_TRUE;
}

NATIVE (string_proto_to_well_formed)
{
  JsString *s = this_string (J, this_value, "toWellFormed");
  JsString *result = NULL;

  for (guint32 i = 0; i < s->length; i++)
    {
      if (is_lead (s->chars[i]) && i + 1 < s->length && is_trail (s->chars[i + 1]))
        i++;
      else if (is_lead (s->chars[i]) || is_trail (s->chars[i]))
        {
          if (result == NULL)
            result = js_string_new (J, s->chars, s->length);
          result->chars[i] = 0xFFFD;
        }
    }
  return str (result != NULL ? result : s);
}

/* The HTML methods (B.2.2.2–14) with CreateHTML (B.2.2.2.1). */
static JsValue
create_html (JsState *J, JsValue this_value, const char *method, const char *tag, const char *attribute,
             JsValue value)
{
  JsString *s = this_string (J, this_value, method);
  JsStringBuilder *b = js_string_builder_new (J);

  js_string_builder_append_ascii (J, b, "<");
  js_string_builder_append_ascii (J, b, tag);
  if (attribute != NULL)
    {
      JsString *v = js_to_string (J, value);

      js_string_builder_append_ascii (J, b, " ");
      js_string_builder_append_ascii (J, b, attribute);
      js_string_builder_append_ascii (J, b, "=\"");
      for (guint32 i = 0; i < v->length; i++)
        {
          if (v->chars[i] == '"')
            js_string_builder_append_ascii (J, b, "&quot;");
          else
            js_string_builder_append_unit (J, b, v->chars[i]);
        }
      js_string_builder_append_ascii (J, b, "\"");
    }
  js_string_builder_append_ascii (J, b, ">");
  js_string_builder_append (J, b, s);
  js_string_builder_append_ascii (J, b, "</");
  js_string_builder_append_ascii (J, b, tag);
  js_string_builder_append_ascii (J, b, ">");
  return str (js_string_builder_finish (J, b));
}

#define HTML_METHOD(fn, method, tag, attribute) \
  NATIVE (fn) { return create_html (J, this_value, method, tag, attribute, ARG (0)); }

HTML_METHOD (string_proto_anchor, "anchor", "a", "name")
HTML_METHOD (string_proto_big, "big", "big", NULL)
HTML_METHOD (string_proto_blink, "blink", "blink", NULL)
HTML_METHOD (string_proto_bold, "bold", "b", NULL)
HTML_METHOD (string_proto_fixed, "fixed", "tt", NULL)
HTML_METHOD (string_proto_fontcolor, "fontcolor", "font", "color")
HTML_METHOD (string_proto_fontsize, "fontsize", "font", "size")
HTML_METHOD (string_proto_italics, "italics", "i", NULL)
HTML_METHOD (string_proto_link, "link", "a", "href")
HTML_METHOD (string_proto_small, "small", "small", NULL)
HTML_METHOD (string_proto_strike, "strike", "strike", NULL)
HTML_METHOD (string_proto_sub, "sub", "sub", NULL)
HTML_METHOD (string_proto_sup, "sup", "sup", NULL)

NATIVE (string_proto_iterator)
{
  return js_object_value (js_string_iterator_new (J, this_string (J, this_value, "[Symbol.iterator]")));
}

void
js_builtin_string_init (JsState *J)
{
  /* In V8's order, which Object.getOwnPropertyNames shows; trimLeft and
   * trimRight are the same functions as trimStart and trimEnd. */
  static const struct { const char *name; JsNativeFn fn; int length; } methods[] = {
    { "anchor", string_proto_anchor, 1 }, { "at", string_proto_at, 1 }, { "big", string_proto_big, 0 },
    { "blink", string_proto_blink, 0 }, { "bold", string_proto_bold, 0 }, { "charAt", string_proto_char_at, 1 },
    { "charCodeAt", string_proto_char_code_at, 1 }, { "codePointAt", string_proto_code_point_at, 1 },
    { "concat", string_proto_concat, 1 }, { "endsWith", string_proto_ends_with, 1 },
    { "fontcolor", string_proto_fontcolor, 1 }, { "fontsize", string_proto_fontsize, 1 },
    { "fixed", string_proto_fixed, 0 }, { "includes", string_proto_includes, 1 },
    { "indexOf", string_proto_index_of, 1 }, { "isWellFormed", string_proto_is_well_formed, 0 },
    { "italics", string_proto_italics, 0 }, { "lastIndexOf", string_proto_last_index_of, 1 },
    { "link", string_proto_link, 1 }, { "localeCompare", string_proto_locale_compare, 1 },
    { "match", string_proto_match, 1 }, { "matchAll", string_proto_match_all, 1 },
    { "normalize", string_proto_normalize, 0 }, { "padEnd", string_proto_pad_end, 1 },
    { "padStart", string_proto_pad_start, 1 }, { "repeat", string_proto_repeat, 1 },
    { "replace", string_proto_replace, 2 }, { "replaceAll", string_proto_replace_all, 2 },
    { "search", string_proto_search, 1 }, { "slice", string_proto_slice, 2 },
    { "small", string_proto_small, 0 }, { "split", string_proto_split, 2 },
    { "strike", string_proto_strike, 0 }, { "sub", string_proto_sub, 0 },
    { "substr", string_proto_substr, 2 }, { "substring", string_proto_substring, 2 },
    { "sup", string_proto_sup, 0 }, { "startsWith", string_proto_starts_with, 1 },
    { "toString", string_proto_to_string, 0 }, { "toWellFormed", string_proto_to_well_formed, 0 },
    { "trim", string_proto_trim, 0 }, { "trimStart", string_proto_trim_start, 0 },
    { "trimLeft", NULL, 0 }, { "trimEnd", string_proto_trim_end, 0 }, { "trimRight", NULL, 0 },
    { "toLocaleLowerCase", string_proto_to_locale_lower_case, 0 },
    { "toLocaleUpperCase", string_proto_to_locale_upper_case, 0 },
    { "toLowerCase", string_proto_to_lower_case, 0 }, { "toUpperCase", string_proto_to_upper_case, 0 },
    { "valueOf", string_proto_value_of, 0 },
  };
  JsObject *proto = js_object_new_class (J, JS_CLASS_STRING, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor, *previous = NULL;

  proto->u.primitive = JS_KEY (J, empty);
  JS_INTRINSIC (J, StringPrototype) = proto;
  ctor = js_native_constructor_new (J, "String", 1, string_constructor, proto);
  JS_INTRINSIC (J, String) = ctor;
  js_define_method (J, ctor, "fromCharCode", string_from_char_code, 1);
  js_define_method (J, ctor, "fromCodePoint", string_from_code_point, 1);
  js_define_method (J, ctor, "raw", string_raw, 1);

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    {
      if (methods[i].fn != NULL)
        previous = js_define_method (J, proto, methods[i].name, methods[i].fn, methods[i].length);
      else
        js_define_value_utf8 (J, proto, methods[i].name, js_object_value (previous), JS_PROP_HIDDEN);
    }
  js_define_method_key (J, proto, JS_SYMBOL_KEY (J, iterator), "[Symbol.iterator]", string_proto_iterator, 0);

  js_define_value_utf8 (J, J->global, "String", js_object_value (ctor), JS_PROP_HIDDEN);
}
