/* js-string.c: immutable UTF-16 strings, the atom table, symbols.
 *
 * Strings are GC things holding their code units inline.  Atoms are strings
 * interned in a weak hash table keyed by content, so that property keys can be
 * compared by pointer.  An atom that is a canonical array index ("0" ..
 * "4294967294") carries the JS_STRING_ARRAY_INDEX flag and its value, so that
 * objects never parse key text.
 */
#include "js-internal.h"

#include <stdio.h>


JsString *
js_string_new_uninit (JsState *J, guint32 length)
{
  JsString *s;

  if (length > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");
  s = js_gc_alloc (J, JS_GC_STRING, sizeof (JsString) + (gsize) length * sizeof (uint16_t));
  s->length = length;
  return s;
}

JsString *
js_string_new (JsState *J, const uint16_t *chars, guint32 length)
{
  JsString *s;

  if (length == 0 && J->atoms[JS_ATOM_empty] != NULL)
    return J->atoms[JS_ATOM_empty];
  if (length == 1 && chars[0] < 128 && J->small_strings[chars[0]] != NULL)
    return J->small_strings[chars[0]];
  s = js_string_new_uninit (J, length);
  if (length > 0)
    memcpy (s->chars, chars, (gsize) length * sizeof (uint16_t));
  return s;
}

JsString *
js_string_new_latin1 (JsState *J, const char *chars, gsize length)
{
  JsString *s;

  if (length == 1 && (guchar) chars[0] < 128 && J->small_strings[(guchar) chars[0]] != NULL)
    return J->small_strings[(guchar) chars[0]];
  if (length > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");
  s = js_string_new_uninit (J, (guint32) length);
  for (gsize i = 0; i < length; i++)
    s->chars[i] = (guchar) chars[i];
  return s;
}

/* Decodes one UTF-8 sequence at p (n bytes available).  An invalid or
 * truncated sequence decodes as one U+FFFD for its maximal valid prefix, as
 * the WHATWG decoder (and so Node) does. */
static gunichar
decode_utf8 (const guchar *p, gsize n, gsize *used)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  gunichar cp;
  gsize len;

  *used = 1;
  if (c < 0x80)
    return c;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      len = 3, cp = c & 0x0F;
      if (c == 0xE0)
        lo = 0xA0;      /* no overlong forms */
      else if (c == 0xED)
        hi = 0x9F;      /* no surrogates */
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      len = 4, cp = c & 0x07;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;      /* nothing above U+10FFFF */
    }
  else
    return 0xFFFD;

  for (gsize i = 1; i < len; i++)
    {
      if (i >= n || p[i] < lo || p[i] > hi)
        {
          *used = i;
          return 0xFFFD;
        }
      cp = (cp << 6) | (p[i] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
    }
  *used = len;
  return cp;
}

JsString *
js_string_new_utf8 (JsState *J, const char *utf8, gssize length)
{
  const guchar *p = (const guchar *) utf8;
  gsize n = length < 0 ? strlen (utf8) : (gsize) length;
  gsize units = 0, i, used;
  gboolean ascii = TRUE;
  JsString *s;
  uint16_t *out;

  for (i = 0; i < n; i += used)
    {
      gunichar cp = decode_utf8 (p + i, n - i, &used);
      if (cp >= 0x80)
        ascii = FALSE;
      units += cp >= 0x10000 ? 2 : 1;
    }
  if (ascii)
    return js_string_new_latin1 (J, utf8, n);
  if (units > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");

  s = js_string_new_uninit (J, (guint32) units);
  out = s->chars;
  for (i = 0; i < n; i += used)
    {
      gunichar cp = decode_utf8 (p + i, n - i, &used);
      if (cp >= 0x10000)
        {
          cp -= 0x10000;
          *out++ = 0xD800 + (cp >> 10);
          *out++ = 0xDC00 + (cp & 0x3FF);
        }
      else
        *out++ = (uint16_t) cp;
    }
  return s;
}

JsString *
js_string_printf (JsState *J, const char *format, ...)
{
  char stack[512];
  va_list args;
  int n;
  char *text;
  JsString *s;

  va_start (args, format);
  n = g_vsnprintf (stack, sizeof stack, format, args);
  va_end (args);
  if (n >= 0 && (gsize) n < sizeof stack)
    return js_string_new_utf8 (J, stack, n);

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  /* Only the heap budget can throw here, and it ends the run; a message
   * longer than the stack buffer is then the only thing lost. */
  s = js_string_new_utf8 (J, text, -1);
  g_free (text);
  return s;
}

JsString *
js_string_concat (JsState *J, JsString *a, JsString *b)
{
  JsString *s;
  guint64 length = (guint64) a->length + b->length;

  if (a->length == 0)
    return b;
  if (b->length == 0)
    return a;
  if (length > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");
  s = js_string_new_uninit (J, (guint32) length);
  memcpy (s->chars, a->chars, (gsize) a->length * 2);
  memcpy (s->chars + a->length, b->chars, (gsize) b->length * 2);
  return s;
}

JsString *
js_string_substring (JsState *J, JsString *s, guint32 start, guint32 end)
{
  g_assert (start <= end && end <= s->length);
  if (start == 0 && end == s->length)
    return s;
  return js_string_new (J, s->chars + start, end - start);
}

JsString *
js_string_from_number (JsState *J, double d)
{
  char buffer[JS_NUMBER_BUFFER_SIZE];
  int n;

  if (d >= 0 && d < 256 && d == (int) d)
    {
      int i = (int) d;
      if (J->index_strings[i] != NULL)
        return J->index_strings[i];
    }
  n = js_number_to_cstring (d, buffer);
  return js_string_new_latin1 (J, buffer, (gsize) n);
}

JsString *
js_string_from_char_code (JsState *J, uint16_t unit)
{
  return js_string_new (J, &unit, 1);
}

gboolean
js_string_equal (const JsString *a, const JsString *b)
{
  if (a == b)
    return TRUE;
  if (a->length != b->length)
    return FALSE;
  /* Two distinct atoms never have the same content. */
  if ((a->gc.gc_flags & b->gc.gc_flags & JS_STRING_INTERNED) != 0)
    return FALSE;
  if ((a->gc.gc_flags & b->gc.gc_flags & JS_STRING_HASHED) != 0 && a->hash != b->hash)
    return FALSE;
  return memcmp (a->chars, b->chars, (gsize) a->length * 2) == 0;
}

int
js_string_compare (const JsString *a, const JsString *b)
{
  guint32 n = MIN (a->length, b->length);

  for (guint32 i = 0; i < n; i++)
    if (a->chars[i] != b->chars[i])
      return a->chars[i] < b->chars[i] ? -1 : 1;
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

static guint32
hash_chars (const uint16_t *chars, guint32 length)
{
  /* FNV-1a over the code units. */
  guint32 h = 2166136261u;

  for (guint32 i = 0; i < length; i++)
    {
      h ^= chars[i];
      h *= 16777619u;
    }
  return h;
}

guint32
js_string_hash (JsString *s)
{
  if (!(s->gc.gc_flags & JS_STRING_HASHED))
    {
      s->hash = hash_chars (s->chars, s->length);
      s->gc.gc_flags |= JS_STRING_HASHED;
    }
  return s->hash;
}

gboolean
js_string_equal_ascii (const JsString *s, const char *ascii)
{
  guint32 i;

  for (i = 0; i < s->length; i++)
    if (ascii[i] == '\0' || s->chars[i] != (guchar) ascii[i])
      return FALSE;
  return ascii[i] == '\0';
}

static void
append_code_point (GString *out, gunichar cp)
{
  char buf[6];
  int n = g_unichar_to_utf8 (cp, buf);
  g_string_append_len (out, buf, n);
}

void
js_string_append_to (GString *out, const JsString *s)
{
  for (guint32 i = 0; i < s->length; i++)
    {
      uint16_t c = s->chars[i];
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length &&
               s->chars[i + 1] >= 0xDC00 && s->chars[i + 1] <= 0xDFFF)
        {
          append_code_point (out, 0x10000 + ((c - 0xD800) << 10) + (s->chars[i + 1] - 0xDC00));
          i++;
        }
      else if (c >= 0xD800 && c <= 0xDFFF)
        append_code_point (out, 0xFFFD);
      else
        append_code_point (out, c);
    }
}

char *
js_string_to_utf8 (const JsString *s)
{
  GString *out = g_string_sized_new (s->length + 1);

  js_string_append_to (out, s);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------
 * Atoms
 * ------------------------------------------------------------------------ */

static guint
atom_hash (gconstpointer key)
{
  return js_string_hash ((JsString *) key);
}

static gboolean
atom_equal (gconstpointer a, gconstpointer b)
{
  const JsString *x = a, *y = b;
  return x->length == y->length && memcmp (x->chars, y->chars, (gsize) x->length * 2) == 0;
}

GHashTable *
js_atom_table_new (void)
{
  return g_hash_table_new (atom_hash, atom_equal);
}

/* CanonicalNumericIndex restricted to array indices: "0" or a decimal without
 * leading zeros, at most 4294967294. */
static gboolean
chars_are_array_index (const uint16_t *chars, guint32 length, guint32 *index)
{
  guint64 v = 0;

  if (length == 0 || length > 10)
    return FALSE;
  if (chars[0] == '0')
    {
      if (length != 1)
        return FALSE;
      *index = 0;
      return TRUE;
    }
  for (guint32 i = 0; i < length; i++)
    {
      if (chars[i] < '0' || chars[i] > '9')
        return FALSE;
      v = v * 10 + (chars[i] - '0');
    }
  if (v > G_MAXUINT32 - 1)
    return FALSE;
  *index = (guint32) v;
  return TRUE;
}

JsString *
js_intern (JsState *J, JsString *s)
{
  JsString *atom;
  guint32 index;

  if (s->gc.gc_flags & JS_STRING_INTERNED)
    return s;
  js_string_hash (s);
  atom = g_hash_table_lookup (J->atom_table, s);
  if (atom != NULL)
    return atom;
  s->gc.gc_flags |= JS_STRING_INTERNED;
  if (chars_are_array_index (s->chars, s->length, &index))
    {
      s->gc.gc_flags |= JS_STRING_ARRAY_INDEX;
      s->index = index;
    }
  g_hash_table_add (J->atom_table, s);
  return s;
}

JsString *
js_intern_chars (JsState *J, const uint16_t *chars, guint32 length)
{
  /* Look up with a temporary key so that finding an existing atom (the
   * common case) allocates nothing on the GC heap. */
  guint64 stack[16];
  JsString *key, *atom;
  gboolean heap_key = length > (sizeof stack - sizeof (JsString)) / 2;

  if (length == 1 && chars[0] < 128 && J->small_strings[chars[0]] != NULL)
    return J->small_strings[chars[0]];
  key = heap_key ? g_malloc (sizeof (JsString) + (gsize) length * 2) : (JsString *) (void *) stack;
  memset (key, 0, sizeof (JsString));
  key->length = length;
  memcpy (key->chars, chars, (gsize) length * 2);
  js_string_hash (key);
  atom = g_hash_table_lookup (J->atom_table, key);
  if (heap_key)
    g_free (key);
  if (atom != NULL)
    return atom;
  return js_intern (J, js_string_new (J, chars, length));
}

JsString *
js_intern_utf8 (JsState *J, const char *utf8)
{
  gsize n = strlen (utf8);
  gboolean ascii = TRUE;

  for (gsize i = 0; i < n; i++)
    if ((guchar) utf8[i] >= 0x80)
      ascii = FALSE;
  if (ascii && n <= 256)
    {
      uint16_t units[256];
      for (gsize i = 0; i < n; i++)
        units[i] = (guchar) utf8[i];
      return js_intern_chars (J, units, (guint32) n);
    }
  return js_intern (J, js_string_new_utf8 (J, utf8, (gssize) n));
}

JsString *
js_intern_index (JsState *J, guint32 index)
{
  char buffer[16];
  uint16_t units[16];
  int n;

  if (index < 256 && J->index_strings[index] != NULL)
    return J->index_strings[index];
  n = g_snprintf (buffer, sizeof buffer, "%u", index);
  for (int i = 0; i < n; i++)
    units[i] = (guchar) buffer[i];
  return js_intern_chars (J, units, (guint32) n);
}

/* ------------------------------------------------------------------------
 * Symbols
 * ------------------------------------------------------------------------ */

JsSymbol *
js_symbol_new (JsState *J, JsString *description)
{
  JsSymbol *sym = js_gc_alloc (J, JS_GC_SYMBOL, sizeof (JsSymbol));

  sym->description = description;
  /* Symbols are compared by identity; the hash only spreads them in
   * property indexes. */
  sym->hash = (guint32) (((guintptr) sym >> 4) * 2654435761u);
  return sym;
}
