/* js-regexp.c: ECMAScript regular expressions (22.2) — the pattern parser,
 * a compiler to a small bytecode, and a backtracking matcher.
 *
 * The parser builds a tree (so lookbehind bodies can be emitted in reverse
 * order), the compiler turns it into bytecode, and the matcher runs it with
 * an explicit backtrack stack.  Every change to a capture or loop register
 * pushes an undo record, so backtracking restores state by popping records
 * until it reaches a choice point.  Lookarounds are atomic: when a body
 * succeeds, the choice points it left are dropped (its undo records stay, so
 * captures set inside a positive lookahead are still undone when an outer
 * alternative fails). */
#include "js-regexp.h"

#include <setjmp.h>

/* ------------------------------------------------------------------------
 * Character sets
 * ------------------------------------------------------------------------ */

typedef enum {
  PROP_DIGIT, PROP_WORD, PROP_SPACE,   /* \d \w \s */
  PROP_GC,          /* value: a mask of GUnicodeType bits */
  PROP_SCRIPT,      /* value: a GUnicodeScript */
  PROP_ANY, PROP_ASCII, PROP_ASSIGNED, PROP_ALPHABETIC, PROP_UPPERCASE, PROP_LOWERCASE,
  PROP_WHITE_SPACE, PROP_EMOJI, PROP_EMOJI_PRESENTATION, PROP_EXTENDED_PICTOGRAPHIC,
  PROP_HEX_DIGIT, PROP_ASCII_HEX_DIGIT, PROP_ID_START, PROP_ID_CONTINUE,
} PropKind;

typedef struct {
  guint8  kind;      /* PropKind */
  guint8  negate;
  guint32 value;
} Prop;

typedef struct CharSet CharSet;
struct CharSet {
  GArray  *ranges;   /* guint32 pairs: first, last (inclusive) */
  GArray  *props;    /* Prop */
  gboolean negate;
  /* v flag (ClassSetExpression), owned, NULL when empty: nested classes
     whose members belong to the set, then the operands of && and --. */
  GPtrArray *nested, *intersect, *subtract;
};

static CharSet *
charset_new (void)
{
  CharSet *set = g_new0 (CharSet, 1);
  set->ranges = g_array_new (FALSE, FALSE, sizeof (guint32));
  set->props = g_array_new (FALSE, FALSE, sizeof (Prop));
  return set;
}

static void
charset_free (CharSet *set)
{
  g_array_unref (set->ranges);
  g_array_unref (set->props);
  if (set->nested != NULL)
    g_ptr_array_unref (set->nested);
  if (set->intersect != NULL)
    g_ptr_array_unref (set->intersect);
  if (set->subtract != NULL)
    g_ptr_array_unref (set->subtract);
  g_free (set);
}

/* A new set that `list` (created on demand) owns. */
static CharSet *
charset_new_in (GPtrArray **list)
{
  CharSet *set = charset_new ();

  if (*list == NULL)
    *list = g_ptr_array_new_with_free_func ((GDestroyNotify) charset_free);
  g_ptr_array_add (*list, set);
  return set;
}

static void
charset_add_range (CharSet *set, guint32 first, guint32 last)
{
  g_array_append_val (set->ranges, first);
  g_array_append_val (set->ranges, last);
}

static void
charset_add_prop (CharSet *set, PropKind kind, guint32 value, gboolean negate)
{
  Prop p = { (guint8) kind, (guint8) negate, value };
  g_array_append_val (set->props, p);
}

static gboolean
is_line_terminator (guint32 c)
{
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

/* WhiteSpace and LineTerminator (12.2, 12.3): what \s matches. */
static gboolean
is_space (guint32 c)
{
  if (c < 128)
    return c == ' ' || (c >= 9 && c <= 13);
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

static gboolean
is_word_char (guint32 c, gboolean unicode_ignore_case)
{
  if (c < 128)
    return g_ascii_isalnum (c) || c == '_';
  /* WordCharacters adds the characters whose case folding is in [a-z_] (22.2.2.9.4). */
  return unicode_ignore_case && (c == 0x017F || c == 0x212A);
}

static gboolean
is_emoji_pictographic (guint32 c)
{
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2300 && c <= 0x23FF) ||
         (c >= 0x2B05 && c <= 0x2B55) || c == 0xA9 || c == 0xAE || c == 0x203C || c == 0x2049 ||
         c == 0x2122 || c == 0x2139 || (c >= 0x2194 && c <= 0x21AA) || c == 0x24C2 ||
         (c >= 0x25AA && c <= 0x25FE) || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

static gboolean
prop_matches (const Prop *p, guint32 c, gboolean unicode_ignore_case)
{
  gboolean r = FALSE;

  switch ((PropKind) p->kind)
    {
    case PROP_DIGIT: r = c >= '0' && c <= '9'; break;
    case PROP_WORD: r = is_word_char (c, unicode_ignore_case); break;
    case PROP_SPACE: r = is_space (c); break;
    case PROP_GC: r = c <= 0x10FFFF && (p->value & (1u << g_unichar_type (c))) != 0; break;
    case PROP_SCRIPT: r = c <= 0x10FFFF && (guint32) g_unichar_get_script (c) == p->value; break;
    case PROP_ANY: r = TRUE; break;
    case PROP_ASCII: r = c < 128; break;
    case PROP_ASSIGNED: r = g_unichar_type (c) != G_UNICODE_UNASSIGNED; break;
    case PROP_ALPHABETIC: r = g_unichar_isalpha (c) || g_unichar_type (c) == G_UNICODE_LETTER_NUMBER; break;
    case PROP_UPPERCASE: r = g_unichar_isupper (c); break;
    case PROP_LOWERCASE: r = g_unichar_islower (c); break;
    case PROP_WHITE_SPACE: r = is_space (c) && c != 0xFEFF && c != 0x180E; break;
    case PROP_EMOJI:
      r = is_emoji_pictographic (c) || (c >= '0' && c <= '9') || c == '#' || c == '*' ||
          (c >= 0x1F1E6 && c <= 0x1F1FF);
      break;
    case PROP_EMOJI_PRESENTATION: r = (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x1F1E6 && c <= 0x1F1FF); break;
    case PROP_EXTENDED_PICTOGRAPHIC: r = is_emoji_pictographic (c); break;
    case PROP_HEX_DIGIT:
    case PROP_ASCII_HEX_DIGIT: r = c < 128 && g_ascii_isxdigit (c); break;
    case PROP_ID_START: r = g_unichar_isalpha (c) || g_unichar_type (c) == G_UNICODE_LETTER_NUMBER; break;
    case PROP_ID_CONTINUE:
      r = g_unichar_isalnum (c) || c == '_' || g_unichar_ismark (c) ||
          g_unichar_type (c) == G_UNICODE_CONNECT_PUNCTUATION || g_unichar_type (c) == G_UNICODE_LETTER_NUMBER;
      break;
    }
  return p->negate ? !r : r;
}

static gboolean charset_contains (const CharSet *set, guint32 c, gboolean unicode_ignore_case);

/* Whether `c` is in any (all_of: every) set of `list`, each negated or not. */
static gboolean
charset_list_contains (const GPtrArray *list, guint32 c, gboolean unicode_ignore_case, gboolean all_of)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const CharSet *set = g_ptr_array_index (list, i);
      if ((charset_contains (set, c, unicode_ignore_case) != set->negate) != all_of)
        return !all_of;
    }
  return all_of;
}

static gboolean
charset_contains (const CharSet *set, guint32 c, gboolean unicode_ignore_case)
{
  const guint32 *r = (const guint32 *) set->ranges->data;
  gboolean found = FALSE;

  for (guint i = 0; i < set->ranges->len && !found; i += 2)
    found = c >= r[i] && c <= r[i + 1];
  for (guint i = 0; i < set->props->len && !found; i++)
    found = prop_matches (&g_array_index (set->props, Prop, i), c, unicode_ignore_case);
  if (!found && set->nested != NULL)
    found = charset_list_contains (set->nested, c, unicode_ignore_case, FALSE);
  if (found && set->intersect != NULL)
    found = charset_list_contains (set->intersect, c, unicode_ignore_case, TRUE);
  if (found && set->subtract != NULL)
    found = !charset_list_contains (set->subtract, c, unicode_ignore_case, FALSE);
  return found;
}

/* Canonicalize (22.2.2.7.3): simple case folding with the u flag, otherwise
 * toUpperCase keeping characters that would map into ASCII from outside. */
static guint32
canonicalize (guint32 c, gboolean unicode)
{
  guint32 u;

  if (c < 128)
    return unicode ? (guint32) g_ascii_tolower (c) : (guint32) g_ascii_toupper (c);
  if (c >= 0xD800 && c <= 0xDFFF)
    return c;
  if (unicode)
    {
      if (c == 0x1E9E)   /* ẞ folds to ß */
        return 0xDF;
      return g_unichar_tolower (g_unichar_toupper (c));
    }
  u = g_unichar_toupper (c);
  if (u < 128 || u > 0xFFFF)
    return c;
  return u;
}

/* The case variants of c that may canonicalise like it, for class tests. */
static gboolean
charset_matches (const CharSet *set, guint32 c, gboolean ignore_case, gboolean unicode)
{
  gboolean found = charset_contains (set, c, ignore_case && unicode);

  if (!found && ignore_case)
    {
      guint32 cc = canonicalize (c, unicode);
      guint32 variants[5] = { cc, g_unichar_tolower (c), g_unichar_toupper (c), g_unichar_tolower (cc),
                              g_unichar_toupper (cc) };

      for (guint i = 0; i < G_N_ELEMENTS (variants) && !found; i++)
        if (variants[i] != c && canonicalize (variants[i], unicode) == cc)
          found = charset_contains (set, variants[i], unicode);
    }
  return set->negate ? !found : found;
}

/* ------------------------------------------------------------------------
 * The pattern tree
 * ------------------------------------------------------------------------ */

typedef enum {
  N_EMPTY, N_CHAR, N_ANY, N_SET, N_BOL, N_EOL, N_WORD_BOUNDARY, N_NOT_WORD_BOUNDARY,
  N_GROUP,          /* index: capture number, child */
  N_BACKREF,        /* index: capture number, or name when named */
  N_LOOK,           /* index: LOOK_* bits, child */
  N_ALT, N_SEQ,     /* list */
  N_REPEAT,         /* child, min, max, greedy, cap_first/cap_last: captures inside */
} NodeKind;

enum { LOOK_NEGATE = 1, LOOK_BEHIND = 2 };

typedef struct Node Node;
struct Node {
  NodeKind   kind;
  guint32    c;            /* N_CHAR */
  int        index;
  guint32    min, max;
  gboolean   greedy;
  guint32    cap_first, cap_last;
  Node      *child;
  GPtrArray *list;
  CharSet   *set;          /* N_SET: owned by the parser until compiled */
  GArray    *name;         /* N_BACKREF by name: uint16_t */
};

#define INFINITE_COUNT G_MAXUINT32

typedef struct {
  const uint16_t *src;
  guint32    length;
  guint32    pos;
  int        flags;
  gboolean   unicode;
  gboolean   unicode_sets;       /* the v flag: classes are ClassSetExpressions */
  gboolean   has_named_groups;   /* any (?<name>: \k is then always a reference */
  guint32    total_captures;     /* groups in the whole pattern (for \N) */
  guint32    n_captures;         /* groups seen so far, group 0 included */
  GPtrArray *nodes;              /* every Node, for freeing */
  GPtrArray *sets;               /* every CharSet; the program takes them */
  GPtrArray *names;              /* GArray of uint16_t per capture, or NULL */
  GPtrArray *backrefs;           /* named N_BACKREF nodes to resolve */
  const char *error;
  jmp_buf    env;
} Parser;

G_GNUC_NORETURN static void
parse_error (Parser *p, const char *message)
{
  p->error = message;
  longjmp (p->env, 1);
}

static Node *
node_new (Parser *p, NodeKind kind)
{
  Node *n = g_new0 (Node, 1);
  n->kind = kind;
  g_ptr_array_add (p->nodes, n);
  return n;
}

static void
node_free (gpointer data)
{
  Node *n = data;
  if (n->list != NULL)
    g_ptr_array_unref (n->list);
  if (n->name != NULL)
    g_array_unref (n->name);
  g_free (n);
}

static gboolean at_end (Parser *p) { return p->pos >= p->length; }
static guint32 peek (Parser *p) { return p->pos < p->length ? p->src[p->pos] : 0; }
static guint32 peek_at (Parser *p, guint32 k) { return p->pos + k < p->length ? p->src[p->pos + k] : 0; }

static gboolean
is_high_surrogate (guint32 c)
{
  return c >= 0xD800 && c <= 0xDBFF;
}

static gboolean
is_low_surrogate (guint32 c)
{
  return c >= 0xDC00 && c <= 0xDFFF;
}

static guint32
combine_surrogates (guint32 hi, guint32 lo)
{
  return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

/* The next pattern character: a code point with the u flag, else a unit. */
static guint32
next_source_char (Parser *p)
{
  guint32 c = p->src[p->pos++];

  if (p->unicode && is_high_surrogate (c) && p->pos < p->length && is_low_surrogate (p->src[p->pos]))
    c = combine_surrogates (c, p->src[p->pos++]);
  return c;
}

/* Reads exactly n hex digits; -1 (position unchanged) when not there. */
static gint64
read_hex (Parser *p, int n)
{
  gint64 v = 0;

  for (int i = 0; i < n; i++)
    {
      int d = js_hex_digit_value (peek_at (p, i));
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  p->pos += n;
  return v;
}

/* After "\u": RegExpUnicodeEscapeSequence; -1 when malformed (non-u). */
static gint64
parse_unicode_escape (Parser *p)
{
  gint64 v;

  if (p->unicode && peek (p) == '{')
    {
      guint32 save = p->pos++;
      v = 0;
      if (js_hex_digit_value (peek (p)) < 0)
        parse_error (p, "Invalid Unicode escape");
      while (js_hex_digit_value (peek (p)) >= 0)
        {
          v = v * 16 + js_hex_digit_value (peek (p));
          if (v > 0x10FFFF)
            parse_error (p, "Invalid Unicode escape");
          p->pos++;
        }
      if (peek (p) != '}')
        {
          p->pos = save;
          parse_error (p, "Invalid Unicode escape");
        }
      p->pos++;
      return v;
    }
  v = read_hex (p, 4);
  if (v < 0)
    {
      if (p->unicode)
        parse_error (p, "Invalid Unicode escape");
      return -1;
    }
  if (p->unicode && is_high_surrogate ((guint32) v) && peek (p) == '\\' && peek_at (p, 1) == 'u')
    {
      guint32 save = p->pos;
      gint64 lo;
      p->pos += 2;
      lo = read_hex (p, 4);
      if (lo >= 0 && is_low_surrogate ((guint32) lo))
        return combine_surrogates ((guint32) v, (guint32) lo);
      p->pos = save;
    }
  return v;
}

static gboolean
is_syntax_char (guint32 c)
{
  return c < 128 && strchr ("^$\\.*+?()[]{}|/", (int) c) != NULL && c != 0;
}

static gboolean
is_id_char (guint32 c, gboolean start)
{
  if (c < 128)
    return g_ascii_isalpha (c) || c == '$' || c == '_' || (!start && g_ascii_isdigit (c));
  return start ? g_unichar_isalpha (c) : (g_unichar_isalnum (c) || g_unichar_ismark (c) ||
                                          c == 0x200C || c == 0x200D);
}

/* GroupName: '<' RegExpIdentifierName '>' (the '<' already read). */
static GArray *
parse_group_name (Parser *p, const char *error)
{
  GArray *name = g_array_new (FALSE, FALSE, sizeof (uint16_t));
  gboolean first = TRUE;

  for (;;)
    {
      guint32 c;
      if (at_end (p))
        goto fail;
      c = p->src[p->pos];
      if (c == '>')
        {
          p->pos++;
          break;
        }
      if (c == '\\')
        {
          gint64 v;
          p->pos++;
          if (peek (p) != 'u')
            goto fail;
          p->pos++;
          {
            gboolean saved = p->unicode;
            p->unicode = TRUE;   /* \u{…} is allowed in group names */
            v = parse_unicode_escape (p);
            p->unicode = saved;
          }
          c = (guint32) v;
        }
      else
        {
          p->pos++;
          if (is_high_surrogate (c) && p->pos < p->length && is_low_surrogate (p->src[p->pos]))
            c = combine_surrogates (c, p->src[p->pos++]);
        }
      if (!is_id_char (c, first))
        goto fail;
      first = FALSE;
      if (c > 0xFFFF)
        {
          uint16_t pair[2] = { (uint16_t) (0xD800 + ((c - 0x10000) >> 10)), (uint16_t) (0xDC00 + ((c - 0x10000) & 0x3FF)) };
          g_array_append_vals (name, pair, 2);
        }
      else
        {
          uint16_t u = (uint16_t) c;
          g_array_append_val (name, u);
        }
    }
  if (name->len == 0)
    goto fail;
  return name;
fail:
  g_array_unref (name);
  parse_error (p, error);
}

/* Counts the capture groups and notes named ones, before parsing, because
 * \N and \k<name> may refer forward. */
static void
prescan (Parser *p)
{
  gboolean in_class = FALSE;

  p->total_captures = 0;
  for (guint32 i = 0; i < p->length; i++)
    {
      uint16_t c = p->src[i];
      if (c == '\\')
        i++;
      else if (c == '[')
        in_class = TRUE;
      else if (c == ']')
        in_class = FALSE;
      else if (c == '(' && !in_class)
        {
          if (i + 1 < p->length && p->src[i + 1] == '?')
            {
              if (i + 3 < p->length && p->src[i + 2] == '<' && p->src[i + 3] != '=' && p->src[i + 3] != '!')
                {
                  p->total_captures++;
                  p->has_named_groups = TRUE;
                }
            }
          else
            p->total_captures++;
        }
    }
}

/* A decimal number for a quantifier; clamps huge values. */
static gboolean
parse_decimal (Parser *p, guint32 *out)
{
  guint64 v = 0;

  if (!g_ascii_isdigit (peek (p)))
    return FALSE;
  while (g_ascii_isdigit (peek (p)))
    {
      v = v * 10 + (peek (p) - '0');
      if (v > G_MAXINT32)
        v = G_MAXINT32;
      p->pos++;
    }
  *out = (guint32) v;
  return TRUE;
}

/* At '{': parses {n}, {n,} or {n,m}; FALSE (position unchanged) when it is
 * not a braced quantifier. */
static gboolean
parse_braced_quantifier (Parser *p, guint32 *min, guint32 *max)
{
  guint32 save = p->pos;

  p->pos++;
  if (!parse_decimal (p, min))
    goto no;
  *max = *min;
  if (peek (p) == ',')
    {
      p->pos++;
      if (!parse_decimal (p, max))
        *max = INFINITE_COUNT;
    }
  if (peek (p) != '}')
    goto no;
  p->pos++;
  return TRUE;
no:
  p->pos = save;
  return FALSE;
}

static Node *parse_disjunction (Parser *p);

static Node *
set_node (Parser *p, CharSet *set)
{
  Node *n = node_new (p, N_SET);
  n->set = set;
  g_ptr_array_add (p->sets, set);
  return n;
}

typedef struct { const char *name; guint32 mask; } GcName;

#define GC(t) (1u << G_UNICODE_##t)
static const GcName gc_names[] = {
  { "L", GC (LOWERCASE_LETTER) | GC (MODIFIER_LETTER) | GC (OTHER_LETTER) | GC (TITLECASE_LETTER) | GC (UPPERCASE_LETTER) },
  { "Letter", GC (LOWERCASE_LETTER) | GC (MODIFIER_LETTER) | GC (OTHER_LETTER) | GC (TITLECASE_LETTER) | GC (UPPERCASE_LETTER) },
  { "LC", GC (LOWERCASE_LETTER) | GC (TITLECASE_LETTER) | GC (UPPERCASE_LETTER) },
  { "Cased_Letter", GC (LOWERCASE_LETTER) | GC (TITLECASE_LETTER) | GC (UPPERCASE_LETTER) },
  { "Lu", GC (UPPERCASE_LETTER) }, { "Uppercase_Letter", GC (UPPERCASE_LETTER) },
  { "Ll", GC (LOWERCASE_LETTER) }, { "Lowercase_Letter", GC (LOWERCASE_LETTER) },
  { "Lt", GC (TITLECASE_LETTER) }, { "Titlecase_Letter", GC (TITLECASE_LETTER) },
  { "Lm", GC (MODIFIER_LETTER) }, { "Modifier_Letter", GC (MODIFIER_LETTER) },
  { "Lo", GC (OTHER_LETTER) }, { "Other_Letter", GC (OTHER_LETTER) },
  { "M", GC (SPACING_MARK) | GC (ENCLOSING_MARK) | GC (NON_SPACING_MARK) },
  { "Mark", GC (SPACING_MARK) | GC (ENCLOSING_MARK) | GC (NON_SPACING_MARK) },
  { "Combining_Mark", GC (SPACING_MARK) | GC (ENCLOSING_MARK) | GC (NON_SPACING_MARK) },
  { "Mn", GC (NON_SPACING_MARK) }, { "Nonspacing_Mark", GC (NON_SPACING_MARK) },
  { "Mc", GC (SPACING_MARK) }, { "Spacing_Mark", GC (SPACING_MARK) },
  { "Me", GC (ENCLOSING_MARK) }, { "Enclosing_Mark", GC (ENCLOSING_MARK) },
  { "N", GC (DECIMAL_NUMBER) | GC (LETTER_NUMBER) | GC (OTHER_NUMBER) },
  { "Number", GC (DECIMAL_NUMBER) | GC (LETTER_NUMBER) | GC (OTHER_NUMBER) },
  { "Nd", GC (DECIMAL_NUMBER) }, { "Decimal_Number", GC (DECIMAL_NUMBER) }, { "digit", GC (DECIMAL_NUMBER) },
  { "Nl", GC (LETTER_NUMBER) }, { "Letter_Number", GC (LETTER_NUMBER) },
  { "No", GC (OTHER_NUMBER) }, { "Other_Number", GC (OTHER_NUMBER) },
  { "P", GC (CONNECT_PUNCTUATION) | GC (DASH_PUNCTUATION) | GC (CLOSE_PUNCTUATION) | GC (FINAL_PUNCTUATION) |
         GC (INITIAL_PUNCTUATION) | GC (OTHER_PUNCTUATION) | GC (OPEN_PUNCTUATION) },
  { "Punctuation", GC (CONNECT_PUNCTUATION) | GC (DASH_PUNCTUATION) | GC (CLOSE_PUNCTUATION) | GC (FINAL_PUNCTUATION) |
                   GC (INITIAL_PUNCTUATION) | GC (OTHER_PUNCTUATION) | GC (OPEN_PUNCTUATION) },
  { "punct", GC (CONNECT_PUNCTUATION) | GC (DASH_PUNCTUATION) | GC (CLOSE_PUNCTUATION) | GC (FINAL_PUNCTUATION) |
             GC (INITIAL_PUNCTUATION) | GC (OTHER_PUNCTUATION) | GC (OPEN_PUNCTUATION) },
  { "Pc", GC (CONNECT_PUNCTUATION) }, { "Connector_Punctuation", GC (CONNECT_PUNCTUATION) },
  { "Pd", GC (DASH_PUNCTUATION) }, { "Dash_Punctuation", GC (DASH_PUNCTUATION) },
  { "Ps", GC (OPEN_PUNCTUATION) }, { "Open_Punctuation", GC (OPEN_PUNCTUATION) },
  { "Pe", GC (CLOSE_PUNCTUATION) }, { "Close_Punctuation", GC (CLOSE_PUNCTUATION) },
  { "Pi", GC (INITIAL_PUNCTUATION) }, { "Initial_Punctuation", GC (INITIAL_PUNCTUATION) },
  { "Pf", GC (FINAL_PUNCTUATION) }, { "Final_Punctuation", GC (FINAL_PUNCTUATION) },
  { "Po", GC (OTHER_PUNCTUATION) }, { "Other_Punctuation", GC (OTHER_PUNCTUATION) },
  { "S", GC (CURRENCY_SYMBOL) | GC (MODIFIER_SYMBOL) | GC (MATH_SYMBOL) | GC (OTHER_SYMBOL) },
  { "Symbol", GC (CURRENCY_SYMBOL) | GC (MODIFIER_SYMBOL) | GC (MATH_SYMBOL) | GC (OTHER_SYMBOL) },
  { "Sm", GC (MATH_SYMBOL) }, { "Math_Symbol", GC (MATH_SYMBOL) },
  { "Sc", GC (CURRENCY_SYMBOL) }, { "Currency_Symbol", GC (CURRENCY_SYMBOL) },
  { "Sk", GC (MODIFIER_SYMBOL) }, { "Modifier_Symbol", GC (MODIFIER_SYMBOL) },
  { "So", GC (OTHER_SYMBOL) }, { "Other_Symbol", GC (OTHER_SYMBOL) },
  { "Z", GC (LINE_SEPARATOR) | GC (PARAGRAPH_SEPARATOR) | GC (SPACE_SEPARATOR) },
  { "Separator", GC (LINE_SEPARATOR) | GC (PARAGRAPH_SEPARATOR) | GC (SPACE_SEPARATOR) },
  { "Zs", GC (SPACE_SEPARATOR) }, { "Space_Separator", GC (SPACE_SEPARATOR) },
  { "Zl", GC (LINE_SEPARATOR) }, { "Line_Separator", GC (LINE_SEPARATOR) },
  { "Zp", GC (PARAGRAPH_SEPARATOR) }, { "Paragraph_Separator", GC (PARAGRAPH_SEPARATOR) },
  { "C", GC (CONTROL) | GC (FORMAT) | GC (UNASSIGNED) | GC (PRIVATE_USE) | GC (SURROGATE) },
  { "Other", GC (CONTROL) | GC (FORMAT) | GC (UNASSIGNED) | GC (PRIVATE_USE) | GC (SURROGATE) },
  { "Cc", GC (CONTROL) }, { "Control", GC (CONTROL) }, { "cntrl", GC (CONTROL) },
  { "Cf", GC (FORMAT) }, { "Format", GC (FORMAT) },
  { "Cs", GC (SURROGATE) }, { "Surrogate", GC (SURROGATE) },
  { "Co", GC (PRIVATE_USE) }, { "Private_Use", GC (PRIVATE_USE) },
  { "Cn", GC (UNASSIGNED) }, { "Unassigned", GC (UNASSIGNED) },
};
#undef GC

typedef struct { const char *name; GUnicodeScript script; } ScriptName;

static const ScriptName script_names[] = {
  { "Latin", G_UNICODE_SCRIPT_LATIN }, { "Greek", G_UNICODE_SCRIPT_GREEK },
  { "Cyrillic", G_UNICODE_SCRIPT_CYRILLIC }, { "Armenian", G_UNICODE_SCRIPT_ARMENIAN },
  { "Hebrew", G_UNICODE_SCRIPT_HEBREW }, { "Arabic", G_UNICODE_SCRIPT_ARABIC },
  { "Syriac", G_UNICODE_SCRIPT_SYRIAC }, { "Thaana", G_UNICODE_SCRIPT_THAANA },
  { "Devanagari", G_UNICODE_SCRIPT_DEVANAGARI }, { "Bengali", G_UNICODE_SCRIPT_BENGALI },
  { "Gurmukhi", G_UNICODE_SCRIPT_GURMUKHI }, { "Gujarati", G_UNICODE_SCRIPT_GUJARATI },
  { "Oriya", G_UNICODE_SCRIPT_ORIYA }, { "Tamil", G_UNICODE_SCRIPT_TAMIL },
  { "Telugu", G_UNICODE_SCRIPT_TELUGU }, { "Kannada", G_UNICODE_SCRIPT_KANNADA },
  { "Malayalam", G_UNICODE_SCRIPT_MALAYALAM }, { "Sinhala", G_UNICODE_SCRIPT_SINHALA },
  { "Thai", G_UNICODE_SCRIPT_THAI }, { "Lao", G_UNICODE_SCRIPT_LAO },
  { "Tibetan", G_UNICODE_SCRIPT_TIBETAN }, { "Myanmar", G_UNICODE_SCRIPT_MYANMAR },
  { "Georgian", G_UNICODE_SCRIPT_GEORGIAN }, { "Hangul", G_UNICODE_SCRIPT_HANGUL },
  { "Ethiopic", G_UNICODE_SCRIPT_ETHIOPIC }, { "Cherokee", G_UNICODE_SCRIPT_CHEROKEE },
  { "Khmer", G_UNICODE_SCRIPT_KHMER }, { "Mongolian", G_UNICODE_SCRIPT_MONGOLIAN },
  { "Hiragana", G_UNICODE_SCRIPT_HIRAGANA }, { "Katakana", G_UNICODE_SCRIPT_KATAKANA },
  { "Bopomofo", G_UNICODE_SCRIPT_BOPOMOFO }, { "Han", G_UNICODE_SCRIPT_HAN },
  { "Common", G_UNICODE_SCRIPT_COMMON }, { "Inherited", G_UNICODE_SCRIPT_INHERITED },
  { "Runic", G_UNICODE_SCRIPT_RUNIC }, { "Ogham", G_UNICODE_SCRIPT_OGHAM },
  { "Braille", G_UNICODE_SCRIPT_BRAILLE }, { "Coptic", G_UNICODE_SCRIPT_COPTIC },
};

typedef struct { const char *name; PropKind kind; } BinaryName;

static const BinaryName binary_names[] = {
  { "Any", PROP_ANY }, { "ASCII", PROP_ASCII }, { "Assigned", PROP_ASSIGNED },
  { "Alphabetic", PROP_ALPHABETIC }, { "Alpha", PROP_ALPHABETIC },
  { "Uppercase", PROP_UPPERCASE }, { "Upper", PROP_UPPERCASE },
  { "Lowercase", PROP_LOWERCASE }, { "Lower", PROP_LOWERCASE },
  { "White_Space", PROP_WHITE_SPACE }, { "space", PROP_WHITE_SPACE },
  { "Emoji", PROP_EMOJI }, { "Emoji_Presentation", PROP_EMOJI_PRESENTATION }, { "EPres", PROP_EMOJI_PRESENTATION },
  { "Extended_Pictographic", PROP_EXTENDED_PICTOGRAPHIC }, { "ExtPict", PROP_EXTENDED_PICTOGRAPHIC },
  { "Hex_Digit", PROP_HEX_DIGIT }, { "AHex", PROP_ASCII_HEX_DIGIT }, { "ASCII_Hex_Digit", PROP_ASCII_HEX_DIGIT },
  { "ID_Start", PROP_ID_START }, { "IDS", PROP_ID_START }, { "ID_Continue", PROP_ID_CONTINUE }, { "IDC", PROP_ID_CONTINUE },
};

static gboolean
lookup_script (const char *value, guint32 *script)
{
  for (guint i = 0; i < G_N_ELEMENTS (script_names); i++)
    if (strcmp (script_names[i].name, value) == 0)
      {
        *script = script_names[i].script;
        return TRUE;
      }
  if (strlen (value) == 4)
    {
      guint32 code = ((guint32) value[0] << 24) | ((guint32) value[1] << 16) | ((guint32) value[2] << 8) | (guint32) value[3];
      GUnicodeScript s = g_unicode_script_from_iso15924 (code);
      if (s != G_UNICODE_SCRIPT_UNKNOWN)
        {
          *script = s;
          return TRUE;
        }
    }
  return FALSE;
}

/* After "\p" or "\P": {Name}, {Name=Value}. */
static void
parse_property (Parser *p, CharSet *set, gboolean negate)
{
  char name[64], value[64];
  guint32 n = 0, v = 0;
  gboolean has_value = FALSE;

  if (peek (p) != '{')
    parse_error (p, "Invalid property name");
  p->pos++;
  for (;;)
    {
      guint32 c = peek (p);
      if (at_end (p) || (c >= 128) || !(g_ascii_isalnum (c) || c == '_' || c == '='))
        parse_error (p, "Invalid property name");
      p->pos++;
      if (c == '}')
        break;
      if (c == '=' && !has_value)
        {
          has_value = TRUE;
          continue;
        }
      if (c == '=' || n >= sizeof name - 1 || v >= sizeof value - 1)
        parse_error (p, "Invalid property name");
      if (has_value)
        value[v++] = (char) c;
      else
        name[n++] = (char) c;
      if (peek (p) == '}')
        {
          p->pos++;
          break;
        }
    }
  name[n] = '\0';
  value[v] = '\0';
  if (has_value)
    {
      guint32 script;
      if (strcmp (name, "General_Category") == 0 || strcmp (name, "gc") == 0)
        {
          for (guint i = 0; i < G_N_ELEMENTS (gc_names); i++)
            if (strcmp (gc_names[i].name, value) == 0)
              {
                charset_add_prop (set, PROP_GC, gc_names[i].mask, negate);
                return;
              }
        }
      else if ((strcmp (name, "Script") == 0 || strcmp (name, "sc") == 0 ||
                strcmp (name, "Script_Extensions") == 0 || strcmp (name, "scx") == 0) &&
               lookup_script (value, &script))
        {
          charset_add_prop (set, PROP_SCRIPT, script, negate);
          return;
        }
      parse_error (p, "Invalid property name");
    }
  for (guint i = 0; i < G_N_ELEMENTS (gc_names); i++)
    if (strcmp (gc_names[i].name, name) == 0)
      {
        charset_add_prop (set, PROP_GC, gc_names[i].mask, negate);
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (binary_names); i++)
    if (strcmp (binary_names[i].name, name) == 0)
      {
        charset_add_prop (set, binary_names[i].kind, 0, negate);
        return;
      }
  parse_error (p, "Invalid property name");
}

/* CharacterClassEscape letters d D s S w W; adds to `set`. */
static gboolean
add_class_escape (Parser *p, CharSet *set, guint32 c)
{
  switch (c)
    {
    case 'd': charset_add_prop (set, PROP_DIGIT, 0, FALSE); return TRUE;
    case 'D': charset_add_prop (set, PROP_DIGIT, 0, TRUE); return TRUE;
    case 's': charset_add_prop (set, PROP_SPACE, 0, FALSE); return TRUE;
    case 'S': charset_add_prop (set, PROP_SPACE, 0, TRUE); return TRUE;
    case 'w': charset_add_prop (set, PROP_WORD, 0, FALSE); return TRUE;
    case 'W': charset_add_prop (set, PROP_WORD, 0, TRUE); return TRUE;
    case 'p':
    case 'P':
      if (!p->unicode)
        return FALSE;
      parse_property (p, set, c == 'P');
      return TRUE;
    default:
      return FALSE;
    }
}

/* A legacy octal escape (B.1.2): up to three digits, at most 0377; the
 * first digit is already known to be 0-7. */
static guint32
parse_legacy_octal (Parser *p)
{
  guint32 v = p->src[p->pos++] - '0';

  if (peek (p) >= '0' && peek (p) <= '7')
    {
      v = v * 8 + (p->src[p->pos++] - '0');
      if (v < 32 && peek (p) >= '0' && peek (p) <= '7')
        v = v * 8 + (p->src[p->pos++] - '0');
    }
  return v;
}

/* CharacterEscape after the backslash, shared by atoms and classes;
 * returns the character value.  `in_class` enables the class-only forms. */
static guint32
parse_character_escape (Parser *p, gboolean in_class)
{
  guint32 c = peek (p);
  gint64 v;

  switch (c)
    {
    case 't': p->pos++; return '\t';
    case 'n': p->pos++; return '\n';
    case 'v': p->pos++; return '\v';
    case 'f': p->pos++; return '\f';
    case 'r': p->pos++; return '\r';
    case 'c':
      {
        guint32 l = peek_at (p, 1);
        if (l < 128 && (g_ascii_isalpha (l) || (in_class && !p->unicode && (g_ascii_isdigit (l) || l == '_'))))
          {
            p->pos += 2;
            return l % 32;
          }
        if (p->unicode)
          parse_error (p, "Invalid unicode escape");
        return '\\';   /* Annex B: the backslash is literal, "c" follows */
      }
    case 'x':
      p->pos++;
      v = read_hex (p, 2);
      if (v >= 0)
        return (guint32) v;
      if (p->unicode)
        parse_error (p, "Invalid escape");
      return 'x';
    case 'u':
      p->pos++;
      v = parse_unicode_escape (p);
      if (v >= 0)
        return (guint32) v;
      return 'u';
    case '0':
      if (!g_ascii_isdigit (peek_at (p, 1)))
        {
          p->pos++;
          return 0;
        }
      if (p->unicode)
        parse_error (p, in_class ? "Invalid class escape" : "Invalid decimal escape");
      return parse_legacy_octal (p);
    default:
      break;
    }
  if (p->unicode)
    {
      if (is_syntax_char (c) || (in_class && c == '-'))
        {
          p->pos++;
          return c;
        }
      parse_error (p, in_class ? "Invalid class escape" : "Invalid escape");
    }
  if (c >= '1' && c <= '7')
    return parse_legacy_octal (p);
  /* IdentityEscape: any character but "c" (and "k" with named groups). */
  if (c == 'k' && p->has_named_groups)
    parse_error (p, "Invalid named reference");
  return next_source_char (p);
}

/* ClassAtom: a character (returned) or a set added to `set` (-1). */
static gint64
parse_class_atom (Parser *p, CharSet *set)
{
  guint32 c;

  if (at_end (p))
    parse_error (p, "Unterminated character class");
  c = peek (p);
  if (c != '\\')
    return next_source_char (p);
  p->pos++;
  if (at_end (p))
    parse_error (p, "\\ at end of pattern");
  c = peek (p);
  if (c == 'b')
    {
      p->pos++;
      return '\b';
    }
  if (c == '-' && p->unicode)
    {
      p->pos++;
      return '-';
    }
  if (c < 128 && strchr ("dDsSwWpP", (int) c) != NULL && c != 0)
    {
      p->pos++;
      if (add_class_escape (p, set, c))
        return -1;
      p->pos--;
    }
  if (!p->unicode && (c == '8' || c == '9' || c == 'k'))
    {
      p->pos++;
      return c;
    }
  return parse_character_escape (p, TRUE);
}

static void parse_class_set (Parser *p, CharSet *set);

/* One ClassSetOperand (v flag) into `set`: a nested class or a class
 * escape is added, a single character is returned (-1 otherwise). */
static gint64
parse_class_set_operand (Parser *p, CharSet *set)
{
  if (peek (p) == '[')
    {
      p->pos++;
      parse_class_set (p, charset_new_in (&set->nested));
      return -1;
    }
  if (peek (p) == '\\' && peek_at (p, 1) == 'q')
    parse_error (p, "Invalid escape");   /* string literals (\q{…}) are not supported */
  /* ClassSetSyntaxCharacter and ClassSetReservedDoublePunctuator */
  if (!at_end (p) && peek (p) < 128 && peek (p) != 0
      && (strchr ("(){}/-|", (int) peek (p)) != NULL
          || (strchr ("&!#$%*+,.:;<=>?@^`~", (int) peek (p)) != NULL && peek_at (p, 1) == peek (p))))
    parse_error (p, "Invalid character in character class");
  return parse_class_atom (p, set);
}

/* ClassSetExpression (22.2.1, v flag) after '[': a union of characters,
 * ranges, escapes and nested classes, or operands joined by all && or all --.
 * The first operand goes into `set` itself, the others into its lists. */
static void
parse_class_set (Parser *p, CharSet *set)
{
  int op = 0;   /* '&' or '-' once an operator was seen */
  guint operands = 0;

  if (peek (p) == '^')
    {
      set->negate = TRUE;
      p->pos++;
    }
  for (;;)
    {
      gint64 a, b;

      if (at_end (p))
        parse_error (p, "Unterminated character class");
      if (peek (p) == ']')
        {
          p->pos++;
          return;
        }
      if ((peek (p) == '&' || peek (p) == '-') && peek_at (p, 1) == peek (p))
        {
          CharSet *operand;

          if ((op != 0 && op != (int) peek (p)) || operands != 1)
            parse_error (p, "Invalid set operation in character class");
          op = (int) peek (p);
          p->pos += 2;
          if (peek (p) == '&')
            parse_error (p, "Invalid character in character class");
          operand = charset_new_in (op == '&' ? &set->intersect : &set->subtract);
          a = parse_class_set_operand (p, operand);
          if (a >= 0)
            charset_add_range (operand, (guint32) a, (guint32) a);
          continue;
        }
      if (op != 0)
        parse_error (p, "Invalid set operation in character class");
      operands++;
      a = parse_class_set_operand (p, set);
      if (a >= 0 && peek (p) == '-' && peek_at (p, 1) != '-')
        {
          p->pos++;
          b = parse_class_set_operand (p, set);
          if (b < 0)
            parse_error (p, "Invalid character class");
          if (a > b)
            parse_error (p, "Range out of order in character class");
          charset_add_range (set, (guint32) a, (guint32) b);
        }
      else if (a >= 0)
        charset_add_range (set, (guint32) a, (guint32) a);
    }
}

/* CharacterClass after '['. */
static Node *
parse_class (Parser *p)
{
  CharSet *set = charset_new ();
  Node *n = set_node (p, set);

  if (p->unicode_sets)
    {
      parse_class_set (p, set);
      return n;
    }

  if (peek (p) == '^')
    {
      set->negate = TRUE;
      p->pos++;
    }
  for (;;)
    {
      gint64 a, b;
      if (at_end (p))
        parse_error (p, "Unterminated character class");
      if (peek (p) == ']')
        {
          p->pos++;
          break;
        }
      a = parse_class_atom (p, set);
      if (peek (p) == '-' && peek_at (p, 1) != ']' && p->pos + 1 < p->length)
        {
          p->pos++;
          b = parse_class_atom (p, set);
          if (a < 0 || b < 0)
            {
              if (p->unicode)
                parse_error (p, "Invalid character class");
              if (a >= 0)
                charset_add_range (set, (guint32) a, (guint32) a);
              if (b >= 0)
                charset_add_range (set, (guint32) b, (guint32) b);
              charset_add_range (set, '-', '-');
              continue;
            }
          if (a > b)
            parse_error (p, "Range out of order in character class");
          charset_add_range (set, (guint32) a, (guint32) b);
        }
      else if (a >= 0)
        charset_add_range (set, (guint32) a, (guint32) a);
    }
  return n;
}

static Node *
char_node (Parser *p, guint32 c)
{
  Node *n = node_new (p, N_CHAR);
  n->c = c;
  return n;
}

/* AtomEscape after the backslash. */
static Node *
parse_atom_escape (Parser *p)
{
  guint32 c;

  if (at_end (p))
    parse_error (p, "\\ at end of pattern");
  c = peek (p);
  if (c >= '1' && c <= '9')
    {
      guint32 save = p->pos, v = 0;
      while (g_ascii_isdigit (peek (p)) && v < 100000)
        v = v * 10 + (p->src[p->pos++] - '0');
      if (v <= p->total_captures)
        {
          Node *n = node_new (p, N_BACKREF);
          n->index = (int) v;
          return n;
        }
      if (p->unicode)
        parse_error (p, "Invalid escape");
      p->pos = save;
      if (c >= '8')
        {
          p->pos++;
          return char_node (p, c);
        }
      return char_node (p, parse_legacy_octal (p));
    }
  if (c == 'k' && (p->unicode || p->has_named_groups))
    {
      Node *n;
      p->pos++;
      if (peek (p) != '<')
        parse_error (p, "Invalid named reference");
      p->pos++;
      n = node_new (p, N_BACKREF);
      n->name = parse_group_name (p, "Invalid named reference");
      g_ptr_array_add (p->backrefs, n);
      return n;
    }
  if (c < 128 && strchr ("dDsSwWpP", (int) c) != NULL)
    {
      CharSet *set = charset_new ();
      Node *n = set_node (p, set);
      p->pos++;
      if (add_class_escape (p, set, c))
        return n;
      p->pos--;
    }
  return char_node (p, parse_character_escape (p, FALSE));
}

/* A parenthesised group or lookaround, at '('. */
static Node *
parse_group (Parser *p)
{
  Node *n;

  p->pos++;
  if (peek (p) == '?')
    {
      guint32 k = peek_at (p, 1);
      if (k == ':')
        {
          p->pos += 2;
          n = parse_disjunction (p);
        }
      else if (k == '=' || k == '!' || (k == '<' && (peek_at (p, 2) == '=' || peek_at (p, 2) == '!')))
        {
          n = node_new (p, N_LOOK);
          if (k == '<')
            {
              n->index |= LOOK_BEHIND;
              p->pos++;
              k = peek_at (p, 1);
            }
          if (k == '!')
            n->index |= LOOK_NEGATE;
          p->pos += 2;
          n->child = parse_disjunction (p);
        }
      else if (k == '<')
        {
          GArray *name;
          p->pos += 2;
          name = parse_group_name (p, "Invalid capture group name");
          for (guint i = 0; i < p->names->len; i++)
            {
              GArray *other = g_ptr_array_index (p->names, i);
              if (other != NULL && other->len == name->len &&
                  memcmp (other->data, name->data, name->len * sizeof (uint16_t)) == 0)
                {
                  g_array_unref (name);
                  parse_error (p, "Duplicate capture group name");
                }
            }
          n = node_new (p, N_GROUP);
          n->index = (int) p->n_captures++;
          g_ptr_array_add (p->names, name);
          n->child = parse_disjunction (p);
        }
      else
        parse_error (p, "Invalid group");
    }
  else
    {
      n = node_new (p, N_GROUP);
      n->index = (int) p->n_captures++;
      g_ptr_array_add (p->names, NULL);
      n->child = parse_disjunction (p);
    }
  if (peek (p) != ')' || at_end (p))
    parse_error (p, "Unterminated group");
  p->pos++;
  return n;
}

/* Term: an assertion or an atom with an optional quantifier. */
static Node *
parse_term (Parser *p)
{
  guint32 c = peek (p), first_capture = p->n_captures, min, max;
  Node *atom, *rep;
  gboolean quantifiable = TRUE;

  switch (c)
    {
    case '^':
      p->pos++;
      return node_new (p, N_BOL);
    case '$':
      p->pos++;
      return node_new (p, N_EOL);
    case '\\':
      if (peek_at (p, 1) == 'b' || peek_at (p, 1) == 'B')
        {
          p->pos += 2;
          return node_new (p, p->src[p->pos - 1] == 'b' ? N_WORD_BOUNDARY : N_NOT_WORD_BOUNDARY);
        }
      p->pos++;
      atom = parse_atom_escape (p);
      break;
    case '(':
      atom = parse_group (p);
      if (atom->kind == N_LOOK)
        quantifiable = !p->unicode && !(atom->index & LOOK_BEHIND);
      break;
    case '.':
      p->pos++;
      atom = node_new (p, N_ANY);
      break;
    case '[':
      p->pos++;
      atom = parse_class (p);
      break;
    case '*': case '+': case '?':
      parse_error (p, "Nothing to repeat");
    case '{':
      if (parse_braced_quantifier (p, &min, &max))
        parse_error (p, "Nothing to repeat");
      if (p->unicode)
        parse_error (p, "Lone quantifier brackets");
      p->pos++;
      atom = char_node (p, c);
      break;
    case '}': case ']':
      if (p->unicode)
        parse_error (p, "Lone quantifier brackets");
      p->pos++;
      atom = char_node (p, c);
      break;
    default:
      atom = char_node (p, next_source_char (p));
      break;
    }

  c = peek (p);
  if (at_end (p))
    return atom;
  if (c == '*')
    min = 0, max = INFINITE_COUNT;
  else if (c == '+')
    min = 1, max = INFINITE_COUNT;
  else if (c == '?')
    min = 0, max = 1;
  else if (c == '{')
    {
      if (!parse_braced_quantifier (p, &min, &max))
        {
          if (p->unicode)
            parse_error (p, "Incomplete quantifier");
          return atom;
        }
      if (min > max)
        parse_error (p, "numbers out of order in {} quantifier");
      p->pos--;   /* the common step below consumes one character */
    }
  else
    return atom;
  if (!quantifiable)
    parse_error (p, "Invalid quantifier");
  p->pos++;
  rep = node_new (p, N_REPEAT);
  rep->child = atom;
  rep->min = min;
  rep->max = max;
  rep->greedy = TRUE;
  rep->cap_first = first_capture;
  rep->cap_last = p->n_captures;
  if (peek (p) == '?' && !at_end (p))
    {
      p->pos++;
      rep->greedy = FALSE;
    }
  return rep;
}

static Node *
parse_alternative (Parser *p)
{
  Node *seq = node_new (p, N_SEQ);

  seq->list = g_ptr_array_new ();
  while (!at_end (p) && peek (p) != '|' && peek (p) != ')')
    g_ptr_array_add (seq->list, parse_term (p));
  return seq;
}

static Node *
parse_disjunction (Parser *p)
{
  Node *first = parse_alternative (p), *alt;

  if (at_end (p) || peek (p) != '|')
    return first;
  alt = node_new (p, N_ALT);
  alt->list = g_ptr_array_new ();
  g_ptr_array_add (alt->list, first);
  while (!at_end (p) && peek (p) == '|')
    {
      p->pos++;
      g_ptr_array_add (alt->list, parse_alternative (p));
    }
  return alt;
}

/* ------------------------------------------------------------------------
 * Bytecode
 * ------------------------------------------------------------------------ */

typedef enum {
  OP_CHAR,        /* c: one character (unit, or code point with u) */
  OP_CHAR_I,      /* c: canonicalised; compares Canonicalize(input) */
  OP_ANY,         /* _: any character but line terminators */
  OP_ANY_ALL,     /* _: any character (s flag) */
  OP_SET,         /* k: charset k */
  OP_BOL, OP_EOL, OP_WORD_BOUNDARY, OP_NOT_WORD_BOUNDARY,
  OP_SAVE,        /* slot: captures[slot] = pos */
  OP_RESET,       /* first last: captures[first..last) = -1 */
  OP_SPLIT_NEXT,  /* x: try the next instruction, then x */
  OP_SPLIT_JUMP,  /* x: try x, then the next instruction */
  OP_JUMP,        /* x */
  OP_BACKREF,     /* n */
  OP_LOOK,        /* kind end: the body follows, closed by LOOK_END */
  OP_LOOK_END,
  OP_ZERO,        /* r: regs[r] = 0 */
  OP_LOOP,        /* r min max greedy exit: another iteration of a counted loop? */
  OP_MARK,        /* r: regs[r] = pos */
  OP_CHECK,       /* mark count min: fail an empty iteration once min is reached */
  OP_INCREMENT,   /* r */
  OP_STAR,        /* min max greedy: repeats the one-character instruction that follows */
  OP_MATCH,
} OpCode;

/* Instructions that read input carry this bit when they read backwards
 * (inside a lookbehind). */
#define OP_BACKWARD 0x100
#define OP_MASK     0xFF

struct JsRegExpProgram {
  GArray    *code;       /* guint32 */
  guint32    n_captures;
  guint32    n_registers;
  int        flags;
  GPtrArray *sets;       /* CharSet */
  GPtrArray *names;      /* GArray of uint16_t or NULL, per capture */
  gboolean   has_named_groups;
};

static void
emit (JsRegExpProgram *prog, guint32 word)
{
  g_array_append_val (prog->code, word);
}

static guint32
here (JsRegExpProgram *prog)
{
  return prog->code->len;
}

static void
patch (JsRegExpProgram *prog, guint32 at, guint32 value)
{
  g_array_index (prog->code, guint32, at) = value;
}

static gboolean
is_single_char (const Node *n)
{
  return n->kind == N_CHAR || n->kind == N_ANY || n->kind == N_SET;
}

static void
compile_node (JsRegExpProgram *prog, GPtrArray *sets, Node *n, gboolean backward)
{
  guint32 dir = backward ? OP_BACKWARD : 0;
  gboolean ignore_case = (prog->flags & JS_REGEXP_IGNORE_CASE) != 0;
  gboolean unicode = (prog->flags & (JS_REGEXP_UNICODE | JS_REGEXP_UNICODE_SETS)) != 0;

  switch (n->kind)
    {
    case N_EMPTY:
      break;
    case N_CHAR:
      if (ignore_case)
        {
          emit (prog, OP_CHAR_I | dir);
          emit (prog, canonicalize (n->c, unicode));
        }
      else
        {
          emit (prog, OP_CHAR | dir);
          emit (prog, n->c);
        }
      break;
    case N_ANY:
      emit (prog, ((prog->flags & JS_REGEXP_DOT_ALL) ? OP_ANY_ALL : OP_ANY) | dir);
      emit (prog, 0);
      break;
    case N_SET:
      emit (prog, OP_SET | dir);
      emit (prog, prog->sets->len);
      g_ptr_array_add (prog->sets, n->set);
      g_ptr_array_remove_fast (sets, n->set);
      break;
    case N_BOL: emit (prog, OP_BOL); break;
    case N_EOL: emit (prog, OP_EOL); break;
    case N_WORD_BOUNDARY: emit (prog, OP_WORD_BOUNDARY); break;
    case N_NOT_WORD_BOUNDARY: emit (prog, OP_NOT_WORD_BOUNDARY); break;
    case N_GROUP:
      emit (prog, OP_SAVE);
      emit (prog, 2 * n->index + (backward ? 1 : 0));
      compile_node (prog, sets, n->child, backward);
      emit (prog, OP_SAVE);
      emit (prog, 2 * n->index + (backward ? 0 : 1));
      break;
    case N_BACKREF:
      emit (prog, OP_BACKREF | dir);
      emit (prog, (guint32) n->index);
      break;
    case N_LOOK:
      {
        guint32 at = here (prog);
        emit (prog, OP_LOOK);
        emit (prog, (guint32) n->index);
        emit (prog, 0);
        compile_node (prog, sets, n->child, (n->index & LOOK_BEHIND) != 0);
        emit (prog, OP_LOOK_END);
        patch (prog, at + 2, here (prog));
        break;
      }
    case N_SEQ:
      for (guint i = 0; i < n->list->len; i++)
        compile_node (prog, sets, g_ptr_array_index (n->list, backward ? n->list->len - 1 - i : i), backward);
      break;
    case N_ALT:
      {
        /* SPLIT_NEXT L1; alt0; JUMP end; L1: SPLIT_NEXT L2; alt1; JUMP end; … altN */
        GArray *jumps = g_array_new (FALSE, FALSE, sizeof (guint32));
        for (guint i = 0; i < n->list->len; i++)
          {
            guint32 split = 0;
            if (i + 1 < n->list->len)
              {
                split = here (prog);
                emit (prog, OP_SPLIT_NEXT);
                emit (prog, 0);
              }
            compile_node (prog, sets, g_ptr_array_index (n->list, i), backward);
            if (i + 1 < n->list->len)
              {
                guint32 j = here (prog);
                emit (prog, OP_JUMP);
                emit (prog, 0);
                g_array_append_val (jumps, j);
                patch (prog, split + 1, here (prog));
              }
          }
        for (guint i = 0; i < jumps->len; i++)
          patch (prog, g_array_index (jumps, guint32, i) + 1, here (prog));
        g_array_unref (jumps);
        break;
      }
    case N_REPEAT:
      {
        guint32 count_reg, mark_reg, loop, exit_at;
        if (n->max == 0)
          break;
        if (is_single_char (n->child))
          {
            emit (prog, OP_STAR);
            emit (prog, n->min);
            emit (prog, n->max);
            emit (prog, n->greedy);
            compile_node (prog, sets, n->child, backward);
            break;
          }
        count_reg = prog->n_registers++;
        mark_reg = prog->n_registers++;
        emit (prog, OP_ZERO);
        emit (prog, count_reg);
        loop = here (prog);
        emit (prog, OP_LOOP);
        emit (prog, count_reg);
        emit (prog, n->min);
        emit (prog, n->max);
        emit (prog, n->greedy);
        exit_at = here (prog);
        emit (prog, 0);
        emit (prog, OP_MARK);
        emit (prog, mark_reg);
        if (n->cap_last > n->cap_first)
          {
            emit (prog, OP_RESET);
            emit (prog, 2 * n->cap_first);
            emit (prog, 2 * n->cap_last);
          }
        compile_node (prog, sets, n->child, backward);
        emit (prog, OP_CHECK);
        emit (prog, mark_reg);
        emit (prog, count_reg);
        emit (prog, n->min);
        emit (prog, OP_INCREMENT);
        emit (prog, count_reg);
        emit (prog, OP_JUMP);
        emit (prog, loop);
        patch (prog, exit_at, here (prog));
        break;
      }
    }
}

int
js_regexp_parse_flags (const uint16_t *flags, guint32 length)
{
  static const char letters[] = "dgimsuvy";
  int result = 0;

  for (guint32 i = 0; i < length; i++)
    {
      const char *at = flags[i] < 128 && flags[i] != 0 ? strchr (letters, flags[i]) : NULL;
      int bit;
      if (at == NULL)
        return -1;
      bit = 1 << (at - letters);
      if (result & bit)
        return -1;
      result |= bit;
    }
  if ((result & JS_REGEXP_UNICODE) && (result & JS_REGEXP_UNICODE_SETS))
    return -1;
  return result;
}

void
js_regexp_program_free (JsRegExpProgram *prog)
{
  if (prog == NULL)
    return;
  g_array_unref (prog->code);
  for (guint i = 0; i < prog->sets->len; i++)
    charset_free (g_ptr_array_index (prog->sets, i));
  g_ptr_array_unref (prog->sets);
  for (guint i = 0; i < prog->names->len; i++)
    if (g_ptr_array_index (prog->names, i) != NULL)
      g_array_unref (g_ptr_array_index (prog->names, i));
  g_ptr_array_unref (prog->names);
  g_free (prog);
}

/* Parses the whole pattern and resolves \k<name>; NULL on a syntax error. */
static Node *
parse_pattern (Parser *p)
{
  Node *root;

  if (setjmp (p->env) != 0)
    return NULL;
  root = parse_disjunction (p);
  if (!at_end (p))
    parse_error (p, peek (p) == ')' ? "Unmatched ')'" : "Unexpected character");
  for (guint i = 0; i < p->backrefs->len; i++)
    {
      Node *n = g_ptr_array_index (p->backrefs, i);
      n->index = -1;
      for (guint k = 1; k < p->names->len; k++)
        {
          GArray *name = g_ptr_array_index (p->names, k);
          if (name != NULL && name->len == n->name->len &&
              memcmp (name->data, n->name->data, name->len * sizeof (uint16_t)) == 0)
            n->index = (int) k;
        }
      if (n->index < 0)
        parse_error (p, "Invalid named capture referenced");
    }
  return root;
}

JsRegExpProgram *
js_regexp_compile (const uint16_t *pattern, guint32 length, int flags, const char **error)
{
  Parser p = { 0 };
  JsRegExpProgram *prog = NULL;
  Node *root;

  p.src = pattern;
  p.length = length;
  p.flags = flags;
  p.unicode = (flags & (JS_REGEXP_UNICODE | JS_REGEXP_UNICODE_SETS)) != 0;
  p.unicode_sets = (flags & JS_REGEXP_UNICODE_SETS) != 0;
  p.n_captures = 1;
  p.nodes = g_ptr_array_new_with_free_func (node_free);
  p.sets = g_ptr_array_new ();
  p.names = g_ptr_array_new ();
  p.backrefs = g_ptr_array_new ();
  g_ptr_array_add (p.names, NULL);
  prescan (&p);
  root = parse_pattern (&p);

  if (root != NULL)
    {
      prog = g_new0 (JsRegExpProgram, 1);
      prog->code = g_array_new (FALSE, FALSE, sizeof (guint32));
      prog->sets = g_ptr_array_new ();
      prog->flags = flags;
      prog->n_captures = p.n_captures;
      prog->names = p.names;
      prog->has_named_groups = p.has_named_groups;
      p.names = NULL;
      emit (prog, OP_SAVE);
      emit (prog, 0);
      compile_node (prog, p.sets, root, FALSE);
      emit (prog, OP_SAVE);
      emit (prog, 1);
      emit (prog, OP_MATCH);
    }
  else
    *error = p.error;

  g_ptr_array_unref (p.nodes);
  for (guint i = 0; i < p.sets->len; i++)
    charset_free (g_ptr_array_index (p.sets, i));
  g_ptr_array_unref (p.sets);
  g_ptr_array_unref (p.backrefs);
  if (p.names != NULL)
    {
      for (guint i = 0; i < p.names->len; i++)
        if (g_ptr_array_index (p.names, i) != NULL)
          g_array_unref (g_ptr_array_index (p.names, i));
      g_ptr_array_unref (p.names);
    }
  return prog;
}

gsize
js_regexp_program_size (const JsRegExpProgram *prog)
{
  gsize size = sizeof *prog + prog->code->len * sizeof (guint32);

  for (guint i = 0; i < prog->sets->len; i++)
    {
      const CharSet *set = g_ptr_array_index (prog->sets, i);
      size += sizeof *set + set->ranges->len * sizeof (guint32) + set->props->len * sizeof (Prop);
    }
  return size + prog->names->len * sizeof (gpointer);
}

guint32
js_regexp_capture_count (const JsRegExpProgram *prog)
{
  return prog->n_captures;
}

const uint16_t *
js_regexp_group_name (const JsRegExpProgram *prog, guint32 i, guint32 *length)
{
  GArray *name = i < prog->names->len ? g_ptr_array_index (prog->names, i) : NULL;

  if (name == NULL)
    return NULL;
  *length = name->len;
  return (const uint16_t *) name->data;
}

gboolean
js_regexp_has_named_groups (const JsRegExpProgram *prog)
{
  return prog->has_named_groups;
}

/* ------------------------------------------------------------------------
 * The matcher
 * ------------------------------------------------------------------------ */

typedef enum {
  BT_CHOICE,      /* a: pc, b: pos */
  BT_CAPTURE,     /* a: slot, b: old value */
  BT_REGISTER,    /* a: register, b: old value */
  BT_LOOK,        /* a: pc of the LOOK instruction, b: pos */
  BT_STAR,        /* a: pc of the STAR instruction, b: pos, c: count */
} BacktrackKind;

typedef struct {
  guint32 kind;
  guint32 a;
  gint32  b;
  gint32  c;
} Backtrack;

typedef struct {
  JsState *J;
  const JsRegExpProgram *prog;
  const guint32 *code;
  const uint16_t *input;
  guint32 length;
  gboolean unicode, ignore_case, multiline;
  int *captures;
  gint32 *registers;
  Backtrack *stack;
  guint32 sp, stack_cap;
  guint32 steps;
} Matcher;

#define STEP_CHUNK 4096

static void
charge_steps (Matcher *m)
{
  JsState *J = m->J;
  JsBudget budget;

  J->steps += m->steps;
  m->steps = 0;
  if (J->steps > J->step_check_at && js_budget_exhausted (J, &budget))
    {
      g_free (m->stack);
      g_free (m->registers);
      m->stack = NULL;
      m->registers = NULL;
      js_throw_budget (J, budget);
    }
}

static inline void
push (Matcher *m, guint32 kind, guint32 a, gint32 b, gint32 c)
{
  if (G_UNLIKELY (m->sp == m->stack_cap))
    {
      m->stack_cap = m->stack_cap ? m->stack_cap * 2 : 64;
      m->stack = g_renew (Backtrack, m->stack, m->stack_cap);
    }
  m->stack[m->sp++] = (Backtrack) { kind, a, b, c };
}

static inline void
set_capture (Matcher *m, guint32 slot, int value)
{
  push (m, BT_CAPTURE, slot, m->captures[slot], 0);
  m->captures[slot] = value;
}

static inline void
set_register (Matcher *m, guint32 r, gint32 value)
{
  push (m, BT_REGISTER, r, m->registers[r], 0);
  m->registers[r] = value;
}

/* Reads the character before (backward) or at pos; FALSE at the edge. */
static inline gboolean
read_char (const Matcher *m, guint32 pos, gboolean backward, guint32 *c, guint32 *next)
{
  if (!backward)
    {
      if (pos >= m->length)
        return FALSE;
      *c = m->input[pos];
      *next = pos + 1;
      if (m->unicode && is_high_surrogate (*c) && *next < m->length && is_low_surrogate (m->input[*next]))
        *c = combine_surrogates (*c, m->input[(*next)++]);
      return TRUE;
    }
  if (pos == 0)
    return FALSE;
  *c = m->input[pos - 1];
  *next = pos - 1;
  if (m->unicode && is_low_surrogate (*c) && *next > 0 && is_high_surrogate (m->input[*next - 1]))
    {
      *c = combine_surrogates (m->input[*next - 1], *c);
      (*next)--;
    }
  return TRUE;
}

/* Runs a one-character instruction at pc; TRUE and *pos moved on a match. */
static inline gboolean
match_one (const Matcher *m, const guint32 *ins, guint32 *pos)
{
  gboolean backward = (ins[0] & OP_BACKWARD) != 0;
  guint32 c, next;

  if (!read_char (m, *pos, backward, &c, &next))
    return FALSE;
  switch (ins[0] & OP_MASK)
    {
    case OP_CHAR:
      if (c != ins[1])
        return FALSE;
      break;
    case OP_CHAR_I:
      if (c != ins[1] && canonicalize (c, m->unicode) != ins[1])
        return FALSE;
      break;
    case OP_ANY:
      if (is_line_terminator (c))
        return FALSE;
      break;
    case OP_ANY_ALL:
      break;
    case OP_SET:
      if (!charset_matches (g_ptr_array_index (m->prog->sets, ins[1]), c, m->ignore_case, m->unicode))
        return FALSE;
      break;
    default:
      g_assert_not_reached ();
    }
  *pos = next;
  return TRUE;
}

static gboolean
is_word_at (const Matcher *m, gint64 pos)
{
  if (pos < 0 || pos >= m->length)
    return FALSE;
  return is_word_char (m->input[pos], m->unicode && m->ignore_case);
}

static gboolean
backref_matches (const Matcher *m, guint32 n, gboolean backward, guint32 *pos)
{
  int s = m->captures[2 * n], e = m->captures[2 * n + 1];
  guint32 len, from;

  if (s < 0 || e < 0)
    return TRUE;
  len = (guint32) (e - s);
  if (backward)
    {
      if (*pos < len)
        return FALSE;
      from = *pos - len;
    }
  else
    {
      if (*pos + len > m->length)
        return FALSE;
      from = *pos;
    }
  for (guint32 i = 0; i < len; i++)
    {
      guint32 a = m->input[s + i], b = m->input[from + i];
      if (a != b && !(m->ignore_case && canonicalize (a, m->unicode) == canonicalize (b, m->unicode)))
        return FALSE;
    }
  *pos = backward ? from : from + len;
  return TRUE;
}

/* One attempt at `start`: TRUE when the program reaches MATCH. */
static gboolean
run (Matcher *m, guint32 start)
{
  const guint32 *code = m->code;
  guint32 pc = 0, pos = start;

  m->sp = 0;
  for (guint32 i = 0; i < 2 * m->prog->n_captures; i++)
    m->captures[i] = -1;

  for (;;)
    {
      const guint32 *ins = code + pc;

      if (G_UNLIKELY (++m->steps >= STEP_CHUNK))
        charge_steps (m);
      switch (ins[0] & OP_MASK)
        {
        case OP_CHAR: case OP_CHAR_I: case OP_ANY: case OP_ANY_ALL: case OP_SET:
          if (!match_one (m, ins, &pos))
            goto fail;
          pc += 2;
          break;
        case OP_BOL:
          if (pos != 0 && !(m->multiline && is_line_terminator (m->input[pos - 1])))
            goto fail;
          pc++;
          break;
        case OP_EOL:
          if (pos != m->length && !(m->multiline && is_line_terminator (m->input[pos])))
            goto fail;
          pc++;
          break;
        case OP_WORD_BOUNDARY:
        case OP_NOT_WORD_BOUNDARY:
          {
            gboolean b = is_word_at (m, (gint64) pos - 1) != is_word_at (m, pos);
            if (b != ((ins[0] & OP_MASK) == OP_WORD_BOUNDARY))
              goto fail;
            pc++;
            break;
          }
        case OP_SAVE:
          set_capture (m, ins[1], (int) pos);
          pc += 2;
          break;
        case OP_RESET:
          for (guint32 s = ins[1]; s < ins[2]; s++)
            if (m->captures[s] != -1)
              set_capture (m, s, -1);
          pc += 3;
          break;
        case OP_SPLIT_NEXT:
          push (m, BT_CHOICE, ins[1], (gint32) pos, 0);
          pc += 2;
          break;
        case OP_SPLIT_JUMP:
          push (m, BT_CHOICE, pc + 2, (gint32) pos, 0);
          pc = ins[1];
          break;
        case OP_JUMP:
          pc = ins[1];
          break;
        case OP_BACKREF:
          if (!backref_matches (m, ins[1], (ins[0] & OP_BACKWARD) != 0, &pos))
            goto fail;
          pc += 2;
          break;
        case OP_LOOK:
          push (m, BT_LOOK, pc, (gint32) pos, 0);
          pc += 3;
          break;
        case OP_LOOK_END:
          {
            guint32 mk = m->sp;
            const guint32 *look;
            while (m->stack[--mk].kind != BT_LOOK)
              ;
            look = code + m->stack[mk].a;
            pos = (guint32) m->stack[mk].b;
            if (look[1] & LOOK_NEGATE)
              {
                /* The body matched, so the assertion fails: undo it all. */
                while (m->sp > mk)
                  {
                    Backtrack *e = &m->stack[--m->sp];
                    if (e->kind == BT_CAPTURE)
                      m->captures[e->a] = e->b;
                    else if (e->kind == BT_REGISTER)
                      m->registers[e->a] = e->b;
                  }
                goto fail;
              }
            /* Atomic: drop the body's choice points, keep its undo records. */
            {
              guint32 top = mk;
              for (guint32 k = mk + 1; k < m->sp; k++)
                if (m->stack[k].kind == BT_CAPTURE || m->stack[k].kind == BT_REGISTER)
                  m->stack[top++] = m->stack[k];
              m->sp = top;
            }
            pc = look[2];
            break;
          }
        case OP_ZERO:
          set_register (m, ins[1], 0);
          pc += 2;
          break;
        case OP_LOOP:
          {
            guint32 count = (guint32) m->registers[ins[1]];
            if (count < ins[2])
              pc += 6;
            else if (count >= ins[3])
              pc = ins[5];
            else if (ins[4])
              {
                push (m, BT_CHOICE, ins[5], (gint32) pos, 0);
                pc += 6;
              }
            else
              {
                push (m, BT_CHOICE, pc + 6, (gint32) pos, 0);
                pc = ins[5];
              }
            break;
          }
        case OP_MARK:
          set_register (m, ins[1], (gint32) pos);
          pc += 2;
          break;
        case OP_CHECK:
          if ((guint32) m->registers[ins[1]] == pos && (guint32) m->registers[ins[2]] >= ins[3])
            goto fail;
          pc += 4;
          break;
        case OP_INCREMENT:
          set_register (m, ins[1], m->registers[ins[1]] + 1);
          pc += 2;
          break;
        case OP_STAR:
          {
            guint32 min = ins[1], max = ins[2], count = 0;
            while (count < min)
              {
                if (!match_one (m, ins + 4, &pos))
                  goto fail;
                count++;
              }
            if (ins[3])
              {
                guint32 n = 0;
                while (count < max && match_one (m, ins + 4, &pos))
                  {
                    count++;
                    if (G_UNLIKELY (++n >= STEP_CHUNK))
                      {
                        m->steps += n;
                        n = 0;
                        charge_steps (m);
                      }
                  }
                m->steps += n;
              }
            if (count > min || (!ins[3] && count < max))
              push (m, BT_STAR, pc, (gint32) pos, (gint32) count);
            pc += 6;
            break;
          }
        case OP_MATCH:
          return TRUE;
        default:
          g_assert_not_reached ();
        }
      continue;

    fail:
      for (;;)
        {
          Backtrack *e;
          if (m->sp == 0)
            return FALSE;
          if (G_UNLIKELY (++m->steps >= STEP_CHUNK))
            charge_steps (m);
          e = &m->stack[--m->sp];
          switch (e->kind)
            {
            case BT_CAPTURE:
              m->captures[e->a] = e->b;
              continue;
            case BT_REGISTER:
              m->registers[e->a] = e->b;
              continue;
            case BT_CHOICE:
              pc = e->a;
              pos = (guint32) e->b;
              break;
            case BT_LOOK:
              if (!(code[e->a + 1] & LOOK_NEGATE))
                continue;
              /* The body failed, so the negative assertion holds. */
              pos = (guint32) e->b;
              pc = code[e->a + 2];
              break;
            case BT_STAR:
              {
                const guint32 *star = code + e->a;
                guint32 count = (guint32) e->c;
                pos = (guint32) e->b;
                if (star[3])
                  {
                    /* Greedy: give back one character. */
                    guint32 c, prev = pos;
                    read_char (m, pos, !(star[4] & OP_BACKWARD), &c, &prev);
                    pos = prev;
                    count--;
                    if (count > star[1])
                      push (m, BT_STAR, e->a, (gint32) pos, (gint32) count);
                  }
                else
                  {
                    /* Lazy: take one more. */
                    if (!match_one (m, star + 4, &pos))
                      continue;
                    count++;
                    if (count < star[2])
                      push (m, BT_STAR, e->a, (gint32) pos, (gint32) count);
                  }
                pc = e->a + 6;
                break;
              }
            default:
              g_assert_not_reached ();
            }
          break;
        }
    }
}

gboolean
js_regexp_match (JsState *J, const JsRegExpProgram *prog, const uint16_t *input, guint32 length,
                 guint32 start, gboolean sticky, int *captures)
{
  Matcher m = { 0 };
  const guint32 *code = (const guint32 *) prog->code->data;
  gboolean found = FALSE;
  /* A pattern that starts with a literal character lets the scan skip. */
  gboolean literal_start = !sticky && code[2] == OP_CHAR && code[3] <= 0xFFFF;

  m.J = J;
  m.prog = prog;
  m.code = code;
  m.input = input;
  m.length = length;
  m.unicode = (prog->flags & (JS_REGEXP_UNICODE | JS_REGEXP_UNICODE_SETS)) != 0;
  m.ignore_case = (prog->flags & JS_REGEXP_IGNORE_CASE) != 0;
  m.multiline = (prog->flags & JS_REGEXP_MULTILINE) != 0;
  m.captures = captures;
  m.registers = g_new0 (gint32, MAX (prog->n_registers, 1));

  for (guint32 s = start; s <= length; s++)
    {
      if (literal_start)
        {
          while (s < length && input[s] != code[3])
            s++;
          if (s >= length)
            break;
        }
      if (run (&m, s))
        {
          found = TRUE;
          break;
        }
      if (sticky)
        break;
      if (m.unicode && s + 1 < length && is_high_surrogate (input[s]) && is_low_surrogate (input[s + 1]))
        s++;
    }
  J->steps += m.steps;
  g_free (m.stack);
  g_free (m.registers);
  if (!found)
    for (guint32 i = 0; i < 2 * prog->n_captures; i++)
      captures[i] = -1;
  return found;
}
