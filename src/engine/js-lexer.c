/* js-lexer.c: UTF-8 source text to tokens, and the AST arena.
 *
 * Positions: the lexer counts lines as it crosses line terminators (LF, CR,
 * CRLF, U+2028, U+2029) anywhere, including inside comments, strings and
 * templates.  Columns are UTF-16 units from the start of the line, computed
 * lazily from a cache (`col_pos`, `col`) that only moves forward, so a long
 * single-line file still costs linear time. */
#include "js-lexer.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Arena                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct JsArenaChunk JsArenaChunk;

struct JsArenaChunk {
  JsArenaChunk *next;
  gsize size;
  gsize used;
  /* data follows, 16-byte aligned */
};

struct JsAstArena {
  JsArenaChunk *chunks;         /* the current chunk first */
};

#define ARENA_CHUNK_SIZE (64 * 1024)
#define ARENA_HEADER G_STRUCT_OFFSET (struct { JsArenaChunk c; char data[] __attribute__ ((aligned (16))); }, data)

JsAstArena *
js_ast_arena_new (void)
{
  return g_new0 (JsAstArena, 1);
}

void
js_ast_arena_free (JsAstArena *arena)
{
  if (arena == NULL)
    return;
  while (arena->chunks)
    {
      JsArenaChunk *next = arena->chunks->next;
      g_free (arena->chunks);
      arena->chunks = next;
    }
  g_free (arena);
}

void *
js_ast_arena_alloc (JsAstArena *arena, gsize size)
{
  JsArenaChunk *chunk = arena->chunks;
  char *data;

  size = (size + 15) & ~(gsize) 15;
  if (chunk == NULL || chunk->size - chunk->used < size)
    {
      gsize chunk_size = ARENA_CHUNK_SIZE;

      /* A big block gets a chunk of its own, behind the current one, so the
       * current chunk's free space is not wasted. */
      if (size > ARENA_CHUNK_SIZE / 4)
        {
          JsArenaChunk *big = g_malloc (ARENA_HEADER + size);
          big->size = size;
          big->used = size;
          if (chunk)
            {
              big->next = chunk->next;
              chunk->next = big;
            }
          else
            {
              big->next = NULL;
              arena->chunks = big;
            }
          data = (char *) big + ARENA_HEADER;
          memset (data, 0, size);
          return data;
        }
      chunk = g_malloc (ARENA_HEADER + chunk_size);
      chunk->size = chunk_size;
      chunk->used = 0;
      chunk->next = arena->chunks;
      arena->chunks = chunk;
    }
  data = (char *) chunk + ARENA_HEADER + chunk->used;
  chunk->used += size;
  memset (data, 0, size);
  return data;
}

/* ---------------------------------------------------------------------- */
/* Characters                                                             */
/* ---------------------------------------------------------------------- */

static const char *const token_texts[] = {
#define JS_TOKEN_TEXT(name, text) text,
  JS_TOKENS (JS_TOKEN_TEXT)
#undef JS_TOKEN_TEXT
};

const char *
js_token_text (JsTokenType type)
{
  if ((unsigned) type >= JS_TOK_N)
    return "?";
  return token_texts[type];
}

/* Decodes one UTF-8 sequence at `s` (at most `n` bytes).  Returns its length,
 * or 0 for an invalid sequence (overlong, surrogate, beyond U+10FFFF). */
static int
decode_utf8 (const unsigned char *s, gsize n, gunichar *out)
{
  unsigned char c = s[0];
  gunichar cp;
  int len, i;

  if (c < 0x80)
    {
      *out = c;
      return 1;
    }
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4)
    len = 4, cp = c & 0x07;
  else
    return 0;
  if (n < (gsize) len)
    return 0;
  for (i = 1; i < len; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        return 0;
      cp = (cp << 6) | (s[i] & 0x3F);
    }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  *out = cp;
  return len;
}

static gboolean
is_id_start (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c) || c == '$' || c == '_';
  switch (c)
    {
    case 0x1885: case 0x1886: case 0x2118: case 0x212E: case 0x309B: case 0x309C:
      return TRUE;                /* Other_ID_Start */
    case 0x2E2F:
      return FALSE;               /* Pattern_Syntax */
    default:
      break;
    }
  switch (g_unichar_type (c))
    {
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_LETTER_NUMBER:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_id_part (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '$' || c == '_';
  if (is_id_start (c) || c == 0x200C || c == 0x200D)
    return TRUE;
  if (c == 0x00B7 || c == 0x0387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA)
    return TRUE;                  /* Other_ID_Continue */
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_CONNECT_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_space_unichar (gunichar c)
{
  return c == 0xA0 || c == 0xFEFF || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

static int
hex_value (int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* ---------------------------------------------------------------------- */
/* Lexer state, positions and errors                                      */
/* ---------------------------------------------------------------------- */

void
js_lexer_init (JsLexer *L, JsAstArena *arena, const char *source, gsize length)
{
  int t;

  memset (L, 0, sizeof *L);
  L->arena = arena;
  L->src = source;
  L->length = length;
  L->at.line = 1;
  L->at.col = 1;
  L->names = g_hash_table_new (g_str_hash, g_str_equal);
  for (t = JS_TOK_BREAK; t <= JS_TOK_WITH; t++)
    g_hash_table_insert (L->names, (gpointer) token_texts[t], GINT_TO_POINTER (t));
}

void
js_lexer_clear (JsLexer *L)
{
  g_clear_pointer (&L->names, g_hash_table_unref);
  g_clear_pointer (&L->templates, g_free);
  g_clear_pointer (&L->buf16, g_free);
  g_clear_pointer (&L->buf8, g_free);
  g_clear_pointer (&L->error, g_free);
}

#define AT_END(L) ((L)->at.pos >= (L)->length)
#define BYTE(L, i) ((L)->at.pos + (i) < (L)->length ? (unsigned char) (L)->src[(L)->at.pos + (i)] : -1)

static int
column_at (JsLexer *L, gsize pos)
{
  const unsigned char *s = (const unsigned char *) L->src;
  gsize i;
  int col;

  if (pos < L->at.col_pos)
    {
      L->at.col_pos = L->at.line_start;
      L->at.col = 1;
    }
  col = L->at.col;
  for (i = L->at.col_pos; i < pos; i++)
    {
      if ((s[i] & 0xC0) != 0x80)
        col++;
      if (s[i] >= 0xF0)
        col++;                  /* outside the BMP: a surrogate pair */
    }
  L->at.col_pos = pos;
  L->at.col = col;
  return col;
}

/* Steps over a line terminator of `len` bytes at the current position. */
static void
newline (JsLexer *L, gsize len)
{
  L->at.pos += len;
  L->at.line++;
  L->at.line_start = L->at.pos;
  L->at.col_pos = L->at.pos;
  L->at.col = 1;
}

/* The length of the line terminator at `pos`, or 0. */
static int
line_terminator_at (JsLexer *L, gsize pos)
{
  const unsigned char *s = (const unsigned char *) L->src;

  if (pos >= L->length)
    return 0;
  if (s[pos] == '\n')
    return 1;
  if (s[pos] == '\r')
    return pos + 1 < L->length && s[pos + 1] == '\n' ? 2 : 1;
  if (s[pos] == 0xE2 && pos + 2 < L->length && s[pos + 1] == 0x80 && (s[pos + 2] == 0xA8 || s[pos + 2] == 0xA9))
    return 3;
  return 0;
}

static gboolean G_GNUC_PRINTF (4, 5)
error_at (JsLexer *L, int line, int column, const char *fmt, ...)
{
  va_list args;

  g_free (L->error);
  va_start (args, fmt);
  L->error = g_strdup_vprintf (fmt, args);
  va_end (args);
  L->error_line = line;
  L->error_column = column;
  return FALSE;
}

/* An error at byte `pos` of the current line. */
#define error_here(L, pos, ...) error_at ((L), (L)->at.line, column_at ((L), (pos)), __VA_ARGS__)

static void
buf16_reserve (JsLexer *L, gsize extra)
{
  if (L->n16 + extra > L->size16)
    {
      L->size16 = MAX (L->size16 * 2, L->n16 + extra + 64);
      L->buf16 = g_renew (uint16_t, L->buf16, L->size16);
    }
}

static inline void
buf16_push (JsLexer *L, gunichar c)
{
  buf16_reserve (L, 2);
  if (c >= 0x10000)
    {
      c -= 0x10000;
      L->buf16[L->n16++] = 0xD800 + (c >> 10);
      L->buf16[L->n16++] = 0xDC00 + (c & 0x3FF);
    }
  else
    L->buf16[L->n16++] = c;
}

static void
buf8_push (JsLexer *L, const char *s, gsize n)
{
  if (L->n8 + n + 1 > L->size8)
    {
      L->size8 = MAX (L->size8 * 2, L->n8 + n + 64);
      L->buf8 = g_realloc (L->buf8, L->size8);
    }
  memcpy (L->buf8 + L->n8, s, n);
  L->n8 += n;
  L->buf8[L->n8] = '\0';
}

static const uint16_t *
arena_dup16 (JsLexer *L, const uint16_t *s, gsize n)
{
  uint16_t *copy = js_ast_arena_alloc (L->arena, (n + 1) * sizeof (uint16_t));

  if (n)
    memcpy (copy, s, n * sizeof (uint16_t));
  return copy;
}

const char *
js_lexer_intern (JsLexer *L, const char *name)
{
  gpointer key, value;
  gsize n;
  char *copy;

  if (g_hash_table_lookup_extended (L->names, name, &key, &value))
    return key;
  n = strlen (name);
  copy = js_ast_arena_alloc (L->arena, n + 1);
  memcpy (copy, name, n);
  g_hash_table_insert (L->names, copy, GINT_TO_POINTER (JS_TOK_NAME));
  return copy;
}

/* ---------------------------------------------------------------------- */
/* White space and comments                                               */
/* ---------------------------------------------------------------------- */

/* Skips to the end of a single-line comment (not over the terminator). */
static gboolean
skip_line_comment (JsLexer *L)
{
  const unsigned char *s = (const unsigned char *) L->src;

  while (L->at.pos < L->length)
    {
      unsigned char c = s[L->at.pos];
      gunichar cp;
      int n;

      if (c == '\n' || c == '\r')
        return TRUE;
      if (c < 0x80)
        {
          L->at.pos++;
          continue;
        }
      n = decode_utf8 (s + L->at.pos, L->length - L->at.pos, &cp);
      if (n == 0)
        return error_here (L, L->at.pos, "Invalid or unexpected token");
      if (cp == 0x2028 || cp == 0x2029)
        return TRUE;
      L->at.pos += n;
    }
  return TRUE;
}

static gboolean
skip_block_comment (JsLexer *L, gboolean *newline_seen)
{
  const unsigned char *s = (const unsigned char *) L->src;
  int line = L->at.line, column = column_at (L, L->at.pos);

  L->at.pos += 2;
  while (L->at.pos < L->length)
    {
      unsigned char c = s[L->at.pos];
      gunichar cp;
      int n;

      if (c == '*' && L->at.pos + 1 < L->length && s[L->at.pos + 1] == '/')
        {
          L->at.pos += 2;
          return TRUE;
        }
      if ((n = line_terminator_at (L, L->at.pos)))
        {
          newline (L, n);
          *newline_seen = TRUE;
          continue;
        }
      if (c < 0x80)
        {
          L->at.pos++;
          continue;
        }
      n = decode_utf8 (s + L->at.pos, L->length - L->at.pos, &cp);
      if (n == 0)
        return error_here (L, L->at.pos, "Invalid or unexpected token");
      L->at.pos += n;
    }
  return error_at (L, line, column, "Invalid or unexpected token");
}

static gboolean
skip_space (JsLexer *L, gboolean *newline_seen)
{
  const unsigned char *s = (const unsigned char *) L->src;

  for (;;)
    {
      gsize pos = L->at.pos;
      int c, n;
      gunichar cp;

      if (pos >= L->length)
        return TRUE;
      c = s[pos];
      switch (c)
        {
        case ' ': case '\t': case '\v': case '\f':
          L->at.pos++;
          continue;
        case '\n': case '\r':
          newline (L, line_terminator_at (L, pos));
          *newline_seen = TRUE;
          continue;
        case '/':
          if (BYTE (L, 1) == '/')
            {
              if (!skip_line_comment (L))
                return FALSE;
              continue;
            }
          if (BYTE (L, 1) == '*')
            {
              if (!skip_block_comment (L, newline_seen))
                return FALSE;
              continue;
            }
          return TRUE;
        case '#':
          /* Hashbang comment: only at the very start of the source */
          if (pos == 0 && BYTE (L, 1) == '!')
            {
              if (!skip_line_comment (L))
                return FALSE;
              continue;
            }
          return TRUE;
        case '<':
          /* Annex B: <!-- starts a single-line comment in scripts */
          if (BYTE (L, 1) == '!' && BYTE (L, 2) == '-' && BYTE (L, 3) == '-')
            {
              if (!skip_line_comment (L))
                return FALSE;
              continue;
            }
          return TRUE;
        case '-':
          /* Annex B: --> at the start of a line is a single-line comment */
          if ((*newline_seen || pos == 0) && BYTE (L, 1) == '-' && BYTE (L, 2) == '>')
            {
              if (!skip_line_comment (L))
                return FALSE;
              continue;
            }
          return TRUE;
        default:
          if (c < 0x80)
            return TRUE;
          n = decode_utf8 (s + pos, L->length - pos, &cp);
          if (n == 0)
            return TRUE;        /* reported by the token scanner */
          if (cp == 0x2028 || cp == 0x2029)
            {
              newline (L, n);
              *newline_seen = TRUE;
              continue;
            }
          if (!is_space_unichar (cp))
            return TRUE;
          L->at.pos += n;
          continue;
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Identifiers                                                            */
/* ---------------------------------------------------------------------- */

/* Reads \uXXXX or \u{X…} (the backslash at the current position). */
static gboolean
read_unicode_escape (JsLexer *L, gunichar *out)
{
  gsize start = L->at.pos;
  gunichar cp = 0;
  int i, h;

  if (BYTE (L, 1) != 'u')
    return error_here (L, start, "Invalid Unicode escape sequence");
  L->at.pos += 2;
  if (BYTE (L, 0) == '{')
    {
      L->at.pos++;
      if (BYTE (L, 0) == '}')
        return error_here (L, start, "Invalid Unicode escape sequence");
      while ((h = hex_value (BYTE (L, 0))) >= 0)
        {
          cp = cp * 16 + h;
          if (cp > 0x10FFFF)
            return error_here (L, start, "Undefined Unicode code-point");
          L->at.pos++;
        }
      if (BYTE (L, 0) != '}')
        return error_here (L, start, "Invalid Unicode escape sequence");
      L->at.pos++;
    }
  else
    {
      for (i = 0; i < 4; i++)
        {
          if ((h = hex_value (BYTE (L, 0))) < 0)
            return error_here (L, start, "Invalid Unicode escape sequence");
          cp = cp * 16 + h;
          L->at.pos++;
        }
    }
  *out = cp;
  return TRUE;
}

static gboolean
lex_identifier (JsLexer *L, JsToken *t)
{
  const unsigned char *s = (const unsigned char *) L->src;
  gboolean first = TRUE, escaped = FALSE;
  gpointer key, value;

  L->n8 = 0;
  buf8_push (L, "", 0);
  for (;;)
    {
      gsize pos = L->at.pos;
      gunichar cp = 0;
      int n;

      if (pos >= L->length)
        break;
      if (s[pos] < 0x80 && s[pos] != '\\')
        {
          gsize end = pos;

          while (end < L->length && s[end] < 0x80 && (g_ascii_isalnum (s[end]) || s[end] == '$' || s[end] == '_'))
            end++;
          if (end == pos || (first && g_ascii_isdigit (s[pos])))
            break;
          buf8_push (L, (const char *) s + pos, end - pos);
          L->at.pos = end;
          first = FALSE;
          continue;
        }
      if (s[pos] == '\\')
        {
          char utf8[8];

          if (!read_unicode_escape (L, &cp))
            return FALSE;
          if (first ? !is_id_start (cp) : !is_id_part (cp))
            return error_here (L, pos, "Invalid Unicode escape sequence");
          buf8_push (L, utf8, g_unichar_to_utf8 (cp, utf8));
          escaped = TRUE;
          first = FALSE;
          continue;
        }
      n = decode_utf8 (s + pos, L->length - pos, &cp);
      if (n == 0 || !(first ? is_id_start (cp) : is_id_part (cp)))
        break;
      buf8_push (L, (const char *) s + pos, n);
      L->at.pos += n;
      first = FALSE;
    }
  if (first)
    return error_here (L, L->at.pos, "Invalid or unexpected token");

  if (!g_hash_table_lookup_extended (L->names, L->buf8, &key, &value))
    {
      key = (gpointer) js_lexer_intern (L, L->buf8);
      value = GINT_TO_POINTER (JS_TOK_NAME);
    }
  t->name = key;
  t->keyword = GPOINTER_TO_INT (value);
  t->escaped = escaped;
  t->type = escaped ? JS_TOK_NAME : t->keyword;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Numbers                                                                */
/* ---------------------------------------------------------------------- */

/* Reads digits (of `radix`) with numeric separators into buf8 (without the
 * separators).  Returns the number of digits. */
static gssize
read_digits (JsLexer *L, int radix, gboolean separators)
{
  gsize count = 0;

  for (;;)
    {
      int c = BYTE (L, 0);
      int v = hex_value (c);

      if (c == '_' && separators)
        {
          if (count == 0)
            return count;       /* not ours: e.g. `0x_1` is reported by the caller */
          if (BYTE (L, 1) == '_')
            {
              error_here (L, L->at.pos + 1, "Only one underscore is allowed as numeric separator");
              return -1;
            }
          v = hex_value (BYTE (L, 1));
          if (v < 0 || v >= radix)
            {
              error_here (L, L->at.pos, "Numeric separators are not allowed at the end of numeric literals");
              return -1;
            }
          L->at.pos++;
          continue;
        }
      if (v < 0 || v >= radix)
        return count;
      buf8_push (L, (const char *) &L->src[L->at.pos], 1);
      L->at.pos++;
      count++;
    }
}

/* The value of the digits in buf8, of a power-of-two radix, correctly
 * rounded: keep the top 64 bits, fold the rest into a sticky bit. */
static double
binary_digits_value (const char *digits, gsize n, int bits)
{
  guint64 mant = 0;
  int exp2 = 0;
  gboolean sticky = FALSE;
  gsize i;

  for (i = 0; i < n; i++)
    {
      guint64 d = hex_value (digits[i]);

      if (mant >> (64 - bits))
        {
          exp2 += bits;
          sticky |= d != 0;
        }
      else
        mant = (mant << bits) | d;
    }
  /* mant has at least 61 significant bits here when sticky is set, so its
   * lowest bit is far below the rounding position and acts as the sticky bit. */
  if (sticky)
    mant |= 1;
  return ldexp ((double) mant, exp2);
}

static gboolean
lex_number (JsLexer *L, JsToken *t)
{
  gsize start = L->at.pos;
  int c0 = BYTE (L, 0), c1 = BYTE (L, 1);
  int radix = 10;
  gssize n;

  L->n8 = 0;
  buf8_push (L, "", 0);
  if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B'))
    {
      int bits;

      radix = (c1 | 0x20) == 'x' ? 16 : (c1 | 0x20) == 'o' ? 8 : 2;
      bits = radix == 16 ? 4 : radix == 8 ? 3 : 1;

      L->at.pos += 2;
      if ((n = read_digits (L, radix, TRUE)) < 0)
        return FALSE;
      if (n == 0)
        return error_here (L, start, "Invalid or unexpected token");
      t->number = binary_digits_value (L->buf8, L->n8, bits);
    }
  else if (c0 == '0' && c1 >= '0' && c1 <= '9')
    {
      /* Legacy octal (017) or a decimal with a leading zero (08, 09.5) */
      gboolean octal = TRUE;
      gsize i;

      L->at.pos++;
      read_digits (L, 10, FALSE);
      for (i = 0; i < L->n8; i++)
        if (L->buf8[i] >= '8')
          octal = FALSE;
      if (BYTE (L, 0) == '_')
        return error_here (L, L->at.pos, "Numeric separators are not allowed here");
      t->legacy_octal = TRUE;
      if (octal)
        t->number = binary_digits_value (L->buf8, L->n8, 3);
      else
        goto fraction;
    }
  else
    {
      if (c0 == '0' && c1 == '_')
        return error_here (L, start + 1, "Numeric separator can not be used after leading 0.");
      if (c0 != '.' && read_digits (L, 10, TRUE) < 0)
        return FALSE;
    fraction:
      if (BYTE (L, 0) == '.')
        {
          buf8_push (L, ".", 1);
          L->at.pos++;
          if (BYTE (L, 0) == '_')
            return error_here (L, L->at.pos, "Numeric separators are not allowed here");
          if (read_digits (L, 10, TRUE) < 0)
            return FALSE;
        }
      if (BYTE (L, 0) == 'e' || BYTE (L, 0) == 'E')
        {
          int sign = BYTE (L, 1);
          int d = (sign == '+' || sign == '-') ? BYTE (L, 2) : sign;

          if (!(d >= '0' && d <= '9'))
            return error_here (L, start, "Invalid or unexpected token");
          buf8_push (L, "e", 1);
          L->at.pos++;
          if (sign == '+' || sign == '-')
            {
              buf8_push (L, (const char *) &L->src[L->at.pos], 1);
              L->at.pos++;
            }
          if (read_digits (L, 10, TRUE) < 0)
            return FALSE;
        }
      t->number = g_ascii_strtod (L->buf8, NULL);
    }

  if (BYTE (L, 0) == 'n')
    {
      char *text;

      if (t->legacy_octal ||
          (radix == 10 && (memchr (L->buf8, '.', L->n8) || memchr (L->buf8, 'e', L->n8))))
        return error_here (L, start, "Invalid or unexpected token");
      /* The digits with their radix prefix, for js_bigint_from_literal. */
      text = js_ast_arena_alloc (L->arena, L->n8 + 3);
      if (radix != 10)
        {
          text[0] = '0';
          text[1] = radix == 16 ? 'x' : radix == 8 ? 'o' : 'b';
        }
      memcpy (text + (radix != 10 ? 2 : 0), L->buf8, L->n8);
      t->name = text;
      L->at.pos++;
    }
  if (BYTE (L, 0) == '_')
    return error_here (L, L->at.pos, "Numeric separators are not allowed at the end of numeric literals");
  /* "3in" is not `3 in`: an identifier start or a digit may not follow */
  if (!AT_END (L))
    {
      gunichar cp;
      int len = decode_utf8 ((const unsigned char *) L->src + L->at.pos, L->length - L->at.pos, &cp);

      if (BYTE (L, 0) == '\\' || (len && (is_id_start (cp) || g_ascii_isdigit (cp))))
        return error_here (L, start, "Invalid or unexpected token");
    }
  t->type = t->name != NULL ? JS_TOK_BIGINT : JS_TOK_NUMBER;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Strings and templates                                                  */
/* ---------------------------------------------------------------------- */

typedef struct {
  gboolean template;
  gboolean legacy_octal;        /* strings: saw \1 … \7, \0 + digit, \8, \9 */
  const char *bad;              /* templates: the first invalid escape */
  int bad_line, bad_column;
} EscapeState;

/* Reads the escape sequence whose backslash is at the current position and
 * appends its cooked value to buf16.  Strings report bad escapes as errors;
 * templates remember the first one and go on (tagged templates allow them). */
static gboolean
read_escape (JsLexer *L, EscapeState *e)
{
  gsize start = L->at.pos;
  int c = BYTE (L, 1), n, i, h;
  const char *bad = NULL;
  gunichar cp;

  if (c < 0)
    return TRUE;                /* the caller reports the unterminated literal */
  L->at.pos++;
  if ((n = line_terminator_at (L, L->at.pos)))
    {
      newline (L, n);           /* line continuation: contributes nothing */
      return TRUE;
    }
  switch (c)
    {
    case 'n': buf16_push (L, '\n'); L->at.pos++; return TRUE;
    case 't': buf16_push (L, '\t'); L->at.pos++; return TRUE;
    case 'r': buf16_push (L, '\r'); L->at.pos++; return TRUE;
    case 'b': buf16_push (L, '\b'); L->at.pos++; return TRUE;
    case 'f': buf16_push (L, '\f'); L->at.pos++; return TRUE;
    case 'v': buf16_push (L, '\v'); L->at.pos++; return TRUE;
    case 'x':
      {
        int h1 = hex_value (BYTE (L, 1)), h2 = h1 >= 0 ? hex_value (BYTE (L, 2)) : -1;

        if (h2 < 0)
          {
            bad = "Invalid hexadecimal escape sequence";
            L->at.pos++;
            break;
          }
        buf16_push (L, h1 * 16 + h2);
        L->at.pos += 3;
        return TRUE;
      }
    case 'u':
      cp = 0;
      L->at.pos++;
      if (BYTE (L, 0) == '{')
        {
          L->at.pos++;
          n = 0;
          while ((h = hex_value (BYTE (L, 0))) >= 0)
            {
              cp = cp * 16 + h;
              n++;
              L->at.pos++;
              if (cp > 0x10FFFF)
                {
                  bad = "Undefined Unicode code-point";
                  break;
                }
            }
          if (!bad && (n == 0 || BYTE (L, 0) != '}'))
            bad = "Invalid Unicode escape sequence";
          if (bad)
            break;
          L->at.pos++;
        }
      else
        {
          for (i = 0; i < 4; i++)
            {
              if ((h = hex_value (BYTE (L, 0))) < 0)
                break;
              cp = cp * 16 + h;
              L->at.pos++;
            }
          if (i < 4)
            {
              bad = "Invalid Unicode escape sequence";
              break;
            }
        }
      /* \uD83D\uDE00 stays two units; a lone surrogate stays as it is */
      if (cp >= 0x10000)
        buf16_push (L, cp);
      else
        {
          buf16_reserve (L, 1);
          L->buf16[L->n16++] = cp;
        }
      return TRUE;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      if (c == '0' && !(BYTE (L, 1) >= '0' && BYTE (L, 1) <= '9'))
        {
          buf16_push (L, 0);
          L->at.pos++;
          return TRUE;
        }
      if (e->template)
        {
          bad = "Octal escape sequences are not allowed in template strings";
          break;
        }
      /* LegacyOctalEscapeSequence: up to three digits when the first is 0-3 */
      cp = c - '0';
      L->at.pos++;
      for (i = c <= '3' ? 2 : 1; i > 0 && BYTE (L, 0) >= '0' && BYTE (L, 0) <= '7'; i--)
        {
          cp = cp * 8 + (BYTE (L, 0) - '0');
          L->at.pos++;
        }
      buf16_push (L, cp);
      if (!e->legacy_octal)
        {
          e->legacy_octal = TRUE;
          e->bad_line = L->at.line;
          e->bad_column = column_at (L, start);
        }
      return TRUE;
    case '8': case '9':
      if (e->template)
        {
          bad = "\\8 and \\9 are not allowed in template strings";
          break;
        }
      buf16_push (L, c);
      L->at.pos++;
      if (!e->legacy_octal)
        {
          e->legacy_octal = TRUE;
          e->bad_line = L->at.line;
          e->bad_column = column_at (L, start);
        }
      return TRUE;
    default:
      n = decode_utf8 ((const unsigned char *) L->src + L->at.pos, L->length - L->at.pos, &cp);
      if (n == 0)
        return error_here (L, L->at.pos, "Invalid or unexpected token");
      buf16_push (L, cp);
      L->at.pos += n;
      return TRUE;
    }

  if (!e->template)
    return error_here (L, start, "%s", bad);
  if (!e->bad)
    {
      e->bad = bad;
      e->bad_line = L->at.line;
      e->bad_column = column_at (L, start);
    }
  return TRUE;
}

static gboolean
lex_string (JsLexer *L, JsToken *t)
{
  const unsigned char *s = (const unsigned char *) L->src;
  unsigned char quote = s[L->at.pos];
  int line = L->at.line, column = column_at (L, L->at.pos);
  EscapeState e = { .template = FALSE };

  L->n16 = 0;
  L->at.pos++;
  for (;;)
    {
      gsize pos = L->at.pos;
      unsigned char c;
      gunichar cp;
      int n;

      if (pos >= L->length)
        return error_at (L, line, column, "Invalid or unexpected token");
      c = s[pos];
      if (c == quote)
        {
          L->at.pos++;
          break;
        }
      if (c == '\\')
        {
          if (pos + 1 >= L->length)
            return error_at (L, line, column, "Invalid or unexpected token");
          if (!read_escape (L, &e))
            return FALSE;
          continue;
        }
      if (c == '\n' || c == '\r')
        return error_at (L, line, column, "Invalid or unexpected token");
      if (c < 0x80)
        {
          /* a run of plain ASCII, the common case */
          gsize end = pos + 1;

          while (end < L->length && s[end] < 0x80 && s[end] != quote && s[end] != '\\' && s[end] != '\n' && s[end] != '\r')
            end++;
          buf16_reserve (L, end - pos);
          for (; pos < end; pos++)
            L->buf16[L->n16++] = s[pos];
          L->at.pos = end;
          continue;
        }
      n = decode_utf8 (s + pos, L->length - pos, &cp);
      if (n == 0)
        return error_here (L, pos, "Invalid or unexpected token");
      buf16_push (L, cp);
      if (cp == 0x2028 || cp == 0x2029)
        newline (L, n);         /* allowed in strings since ES2019, still a line for positions */
      else
        L->at.pos += n;
    }
  t->type = JS_TOK_STRING;
  t->str = arena_dup16 (L, L->buf16, L->n16);
  t->str_length = L->n16;
  if (e.legacy_octal)
    {
      t->legacy_octal = TRUE;
      t->bad_line = e.bad_line;
      t->bad_column = e.bad_column;
    }
  return TRUE;
}

/* The raw text of a template chunk: the source with CR and CRLF as LF. */
static void
template_raw (JsLexer *L, JsToken *t, gsize start, gsize end)
{
  const unsigned char *s = (const unsigned char *) L->src;
  uint16_t *raw = js_ast_arena_alloc (L->arena, (end - start + 1) * sizeof (uint16_t));
  gsize i = start, n = 0;

  while (i < end)
    {
      gunichar cp;
      int len;

      if (s[i] == '\r')
        {
          raw[n++] = '\n';
          i += (i + 1 < end && s[i + 1] == '\n') ? 2 : 1;
          continue;
        }
      if (s[i] < 0x80)
        {
          raw[n++] = s[i++];
          continue;
        }
      len = decode_utf8 (s + i, end - i, &cp);
      if (len == 0)
        len = 1, cp = 0xFFFD;   /* cannot happen: the text was validated */
      if (cp >= 0x10000)
        {
          cp -= 0x10000;
          raw[n++] = 0xD800 + (cp >> 10);
          raw[n++] = 0xDC00 + (cp & 0x3FF);
        }
      else
        raw[n++] = cp;
      i += len;
    }
  t->raw = raw;
  t->raw_length = n;
}

/* A template literal still open at the end of the source: V8's "Unexpected
 * end of input" there, with the opening '`' in the error's open_* fields. */
static gboolean
unterminated_template (JsLexer *L, int open_line, int open_column)
{
  error_at (L, L->at.line, column_at (L, L->length), "Unexpected end of input");
  L->error_open_line = open_line;
  L->error_open_column = open_column;
  L->error_open_token = "`";
  return FALSE;
}

/* Scans template characters after '`' (`head`) or after the '}' that closes
 * a substitution, up to '`' or '${'. */
static gboolean
lex_template (JsLexer *L, JsToken *t, gboolean head, int open_line, int open_column)
{
  const unsigned char *s = (const unsigned char *) L->src;
  EscapeState e = { .template = TRUE };
  gsize chunk_start = L->at.pos, chunk_end;
  gboolean substitution;

  L->n16 = 0;
  for (;;)
    {
      gsize pos = L->at.pos;
      unsigned char c;
      gunichar cp;
      int n;

      if (pos >= L->length)
        return unterminated_template (L, open_line, open_column);
      c = s[pos];
      if (c == '`')
        {
          chunk_end = pos;
          L->at.pos++;
          substitution = FALSE;
          break;
        }
      if (c == '$' && BYTE (L, 1) == '{')
        {
          chunk_end = pos;
          L->at.pos += 2;
          substitution = TRUE;
          break;
        }
      if (c == '\\')
        {
          if (pos + 1 >= L->length)
            return unterminated_template (L, open_line, open_column);
          if (!read_escape (L, &e))
            return FALSE;
          continue;
        }
      if ((n = line_terminator_at (L, pos)))
        {
          buf16_push (L, n == 3 ? (s[pos + 2] == 0xA8 ? 0x2028 : 0x2029) : '\n');
          newline (L, n);
          continue;
        }
      if (c < 0x80)
        {
          buf16_push (L, c);
          L->at.pos++;
          continue;
        }
      n = decode_utf8 (s + pos, L->length - pos, &cp);
      if (n == 0)
        return error_here (L, pos, "Invalid or unexpected token");
      buf16_push (L, cp);
      L->at.pos += n;
    }

  if (head)
    t->type = substitution ? JS_TOK_TEMPLATE_HEAD : JS_TOK_TEMPLATE;
  else
    t->type = substitution ? JS_TOK_TEMPLATE_MIDDLE : JS_TOK_TEMPLATE_TAIL;
  if (e.bad)
    {
      t->str = NULL;
      t->bad_escape = e.bad;
      t->bad_line = e.bad_line;
      t->bad_column = e.bad_column;
    }
  else
    {
      t->str = arena_dup16 (L, L->buf16, L->n16);
      t->str_length = L->n16;
    }
  template_raw (L, t, chunk_start, chunk_end);

  if (substitution && head)
    {
      if (L->at.n_templates == L->templates_size)
        {
          L->templates_size = MAX (16, L->templates_size * 2);
          L->templates = g_renew (JsTemplateFrame, L->templates, L->templates_size);
        }
      L->templates[L->at.n_templates].brace_depth = L->at.brace_depth;
      L->templates[L->at.n_templates].line = open_line;
      L->templates[L->at.n_templates].column = open_column;
      L->at.n_templates++;
    }
  else if (!substitution && !head)
    L->at.n_templates--;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Regular expressions                                                    */
/* ---------------------------------------------------------------------- */

gboolean
js_lexer_rescan_regexp (JsLexer *L, JsToken *t)
{
  const unsigned char *s = (const unsigned char *) L->src;
  gboolean in_class = FALSE;
  gsize body_start, body_end, flags_start;
  gsize i, j;

  g_return_val_if_fail (t->type == JS_TOK_SLASH || t->type == JS_TOK_SLASH_ASSIGN, FALSE);

  /* Back to the '/': still on the token's line, and its column is known. */
  L->at.pos = t->start;
  L->at.col_pos = t->start;
  L->at.col = t->column;
  body_start = ++L->at.pos;
  for (;;)
    {
      gsize pos = L->at.pos;
      unsigned char c;
      gunichar cp;
      int n;

      if (pos >= L->length || line_terminator_at (L, pos))
        return error_at (L, t->line, t->column, "Invalid regular expression: missing /");
      c = s[pos];
      if (c == '\\')
        {
          if (pos + 1 >= L->length || line_terminator_at (L, pos + 1))
            return error_at (L, t->line, t->column, "Invalid regular expression: missing /");
          n = s[pos + 1] < 0x80 ? 1 : decode_utf8 (s + pos + 1, L->length - pos - 1, &cp);
          if (n == 0)
            return error_here (L, pos + 1, "Invalid or unexpected token");
          L->at.pos += 1 + n;   /* the escaped character is never special */
          continue;
        }
      if (c == '/' && !in_class)
        break;
      if (c == '[')
        in_class = TRUE;
      else if (c == ']')
        in_class = FALSE;
      if (c < 0x80)
        {
          L->at.pos++;
          continue;
        }
      n = decode_utf8 (s + pos, L->length - pos, &cp);
      if (n == 0)
        return error_here (L, pos, "Invalid or unexpected token");
      L->at.pos += n;
    }
  body_end = L->at.pos++;
  flags_start = L->at.pos;
  while (!AT_END (L))
    {
      gunichar cp;
      int n = decode_utf8 (s + L->at.pos, L->length - L->at.pos, &cp);

      if (s[L->at.pos] == '\\')
        return error_at (L, t->line, t->column, "Invalid regular expression flags");
      if (n == 0 || !is_id_part (cp))
        break;
      L->at.pos += n;
    }
  for (i = flags_start; i < L->at.pos; i++)
    {
      if (!strchr ("dgimsuvy", s[i]) || s[i] == '\0')
        return error_at (L, t->line, t->column, "Invalid regular expression flags");
      for (j = flags_start; j < i; j++)
        if (s[j] == s[i])
          return error_at (L, t->line, t->column, "Invalid regular expression flags");
      if ((s[i] == 'u' && memchr (s + flags_start, 'v', L->at.pos - flags_start)) ||
          (s[i] == 'v' && memchr (s + flags_start, 'u', L->at.pos - flags_start)))
        return error_at (L, t->line, t->column, "Invalid regular expression flags");
    }

  L->n16 = 0;
  for (i = body_start; i < body_end;)
    {
      gunichar cp;
      int n = decode_utf8 (s + i, body_end - i, &cp);

      buf16_push (L, cp);
      i += n;
    }
  L->n8 = 0;
  buf8_push (L, (const char *) s + flags_start, L->at.pos - flags_start);
  t->type = JS_TOK_REGEXP;
  t->str = arena_dup16 (L, L->buf16, L->n16);
  t->str_length = L->n16;
  t->name = js_lexer_intern (L, L->buf8);
  t->end = L->at.pos;
  t->end_line = L->at.line;
  t->end_column = column_at (L, L->at.pos);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Tokens                                                                 */
/* ---------------------------------------------------------------------- */

/* Longest match among the punctuators starting with the byte at pos. */
static JsTokenType
lex_punctuator (JsLexer *L)
{
  int c = BYTE (L, 0), c1 = BYTE (L, 1), c2 = BYTE (L, 2), c3 = BYTE (L, 3);
  JsTokenType type;
  int n = 1;

  switch (c)
    {
    case '{': type = JS_TOK_LBRACE; break;
    case '}': type = JS_TOK_RBRACE; break;
    case '(': type = JS_TOK_LPAREN; break;
    case ')': type = JS_TOK_RPAREN; break;
    case '[': type = JS_TOK_LBRACKET; break;
    case ']': type = JS_TOK_RBRACKET; break;
    case ';': type = JS_TOK_SEMICOLON; break;
    case ',': type = JS_TOK_COMMA; break;
    case ':': type = JS_TOK_COLON; break;
    case '~': type = JS_TOK_TILDE; break;
    case '.':
      if (c1 == '.' && c2 == '.')
        type = JS_TOK_ELLIPSIS, n = 3;
      else
        type = JS_TOK_DOT;
      break;
    case '<':
      if (c1 == '<')
        type = c2 == '=' ? (n = 3, JS_TOK_SHL_ASSIGN) : (n = 2, JS_TOK_SHL);
      else if (c1 == '=')
        type = JS_TOK_LE, n = 2;
      else
        type = JS_TOK_LT;
      break;
    case '>':
      if (c1 == '>' && c2 == '>')
        type = c3 == '=' ? (n = 4, JS_TOK_USHR_ASSIGN) : (n = 3, JS_TOK_USHR);
      else if (c1 == '>')
        type = c2 == '=' ? (n = 3, JS_TOK_SHR_ASSIGN) : (n = 2, JS_TOK_SHR);
      else if (c1 == '=')
        type = JS_TOK_GE, n = 2;
      else
        type = JS_TOK_GT;
      break;
    case '=':
      if (c1 == '=')
        type = c2 == '=' ? (n = 3, JS_TOK_STRICT_EQ) : (n = 2, JS_TOK_EQ);
      else if (c1 == '>')
        type = JS_TOK_ARROW, n = 2;
      else
        type = JS_TOK_ASSIGN;
      break;
    case '!':
      if (c1 == '=')
        type = c2 == '=' ? (n = 3, JS_TOK_STRICT_NE) : (n = 2, JS_TOK_NE);
      else
        type = JS_TOK_BANG;
      break;
    case '+':
      type = c1 == '+' ? (n = 2, JS_TOK_INC) : c1 == '=' ? (n = 2, JS_TOK_PLUS_ASSIGN) : JS_TOK_PLUS;
      break;
    case '-':
      type = c1 == '-' ? (n = 2, JS_TOK_DEC) : c1 == '=' ? (n = 2, JS_TOK_MINUS_ASSIGN) : JS_TOK_MINUS;
      break;
    case '*':
      if (c1 == '*')
        type = c2 == '=' ? (n = 3, JS_TOK_STARSTAR_ASSIGN) : (n = 2, JS_TOK_STARSTAR);
      else
        type = c1 == '=' ? (n = 2, JS_TOK_STAR_ASSIGN) : JS_TOK_STAR;
      break;
    case '/':
      type = c1 == '=' ? (n = 2, JS_TOK_SLASH_ASSIGN) : JS_TOK_SLASH;
      break;
    case '%':
      type = c1 == '=' ? (n = 2, JS_TOK_PERCENT_ASSIGN) : JS_TOK_PERCENT;
      break;
    case '&':
      if (c1 == '&')
        type = c2 == '=' ? (n = 3, JS_TOK_AND_ASSIGN) : (n = 2, JS_TOK_AND);
      else
        type = c1 == '=' ? (n = 2, JS_TOK_AMP_ASSIGN) : JS_TOK_AMP;
      break;
    case '|':
      if (c1 == '|')
        type = c2 == '=' ? (n = 3, JS_TOK_OR_ASSIGN) : (n = 2, JS_TOK_OR);
      else
        type = c1 == '=' ? (n = 2, JS_TOK_PIPE_ASSIGN) : JS_TOK_PIPE;
      break;
    case '^':
      type = c1 == '=' ? (n = 2, JS_TOK_CARET_ASSIGN) : JS_TOK_CARET;
      break;
    case '?':
      if (c1 == '?')
        type = c2 == '=' ? (n = 3, JS_TOK_NULLISH_ASSIGN) : (n = 2, JS_TOK_NULLISH);
      else if (c1 == '.' && !(c2 >= '0' && c2 <= '9'))
        type = JS_TOK_OPTIONAL, n = 2;      /* `a?.5:b` is a conditional */
      else
        type = JS_TOK_QUESTION;
      break;
    default:
      return JS_TOK_ERROR;
    }
  L->at.pos += n;
  return type;
}

static gboolean
scan (JsLexer *L, JsToken *t)
{
  gboolean newline_seen = FALSE;
  int c;

  memset (t, 0, sizeof *t);
  if (!skip_space (L, &newline_seen))
    goto error;
  t->newline_before = newline_seen;
  t->start = L->at.pos;
  t->line = L->at.line;
  t->column = column_at (L, L->at.pos);
  t->keyword = JS_TOK_NAME;

  c = BYTE (L, 0);
  if (c < 0)
    t->type = JS_TOK_EOF;
  else if (c == '"' || c == '\'')
    {
      if (!lex_string (L, t))
        goto error;
    }
  else if (c == '`')
    {
      L->at.pos++;
      if (!lex_template (L, t, TRUE, t->line, t->column))
        goto error;
    }
  else if (c == '}' && L->at.n_templates > 0 &&
           L->templates[L->at.n_templates - 1].brace_depth == L->at.brace_depth)
    {
      JsTemplateFrame *f = &L->templates[L->at.n_templates - 1];

      L->at.pos++;
      if (!lex_template (L, t, FALSE, f->line, f->column))
        goto error;
    }
  else if ((c >= '0' && c <= '9') || (c == '.' && BYTE (L, 1) >= '0' && BYTE (L, 1) <= '9'))
    {
      if (!lex_number (L, t))
        goto error;
    }
  else if (c == '#')
    {
      L->at.pos++;
      if (!lex_identifier (L, t))
        {
          g_clear_pointer (&L->error, g_free);
          error_at (L, t->line, t->column, "Invalid or unexpected token");
          goto error;
        }
      t->type = JS_TOK_PRIVATE_NAME;
    }
  else if (c == '\\' || c >= 0x80 || g_ascii_isalpha (c) || c == '$' || c == '_')
    {
      if (!lex_identifier (L, t))
        goto error;
    }
  else
    {
      t->type = lex_punctuator (L);
      if (t->type == JS_TOK_ERROR)
        {
          error_at (L, t->line, t->column, "Invalid or unexpected token");
          goto error;
        }
      if (t->type == JS_TOK_LBRACE)
        L->at.brace_depth++;
      else if (t->type == JS_TOK_RBRACE)
        L->at.brace_depth--;
    }

  t->end = L->at.pos;
  t->end_line = L->at.line;
  t->end_column = column_at (L, L->at.pos);
  return TRUE;

error:
  t->type = JS_TOK_ERROR;
  return FALSE;
}

gboolean
js_lexer_next (JsLexer *L, JsToken *t)
{
  return scan (L, t);
}

gboolean
js_lexer_peek (JsLexer *L, JsToken *t)
{
  JsLexerPos saved = L->at;
  gboolean ok = scan (L, t);

  /* A peek never reports: the error comes again when the token is read. */
  g_clear_pointer (&L->error, g_free);
  L->at = saved;
  return ok;
}
