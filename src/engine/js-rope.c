/* js-rope.c: ropes, the lazily concatenated strings behind `s += x`.
 *
 * A rope is a binary tree of concatenations whose leaves are flat strings;
 * js-internal.h describes the invariant (every JsString * is flat, and
 * js_get_string is the one place a rope becomes one).  Building a string of
 * n pieces with += makes n ropes in O(n) and one O(n) flatten at the first
 * read, as V8's ConsString does, instead of n copies in O(n²).
 */
#include "js-internal.h"

static inline gboolean
is_unflattened_rope (const JsGc *thing)
{
  return thing->gc_kind == JS_GC_ROPE && !(thing->gc_flags & JS_ROPE_FLAT);
}

static inline guint32
thing_length (const JsGc *thing)
{
  return thing->gc_kind == JS_GC_ROPE ? ((const JsRope *) thing)->length : ((const JsString *) thing)->length;
}

/* A flattened rope stands for its flat string: link that instead, so a
 * rope never keeps a spent rope alive. */
static inline JsGc *
rope_child (JsValue v)
{
  JsGc *thing = (JsGc *) js_get_pointer (v);

  if (thing->gc_kind == JS_GC_ROPE && (thing->gc_flags & JS_ROPE_FLAT))
    return ((JsRope *) thing)->left;
  return thing;
}

/* Copies the leaves right to left, from the end of the result.  The stack
 * holds left halves still to visit: a rope built by appending (`s += x`)
 * leans left, so it stays one entry deep however long the rope is; one built
 * by prepending leans right and needs one entry per level, in a heap buffer
 * rather than on the C stack. */
JsString *
js_rope_flatten (JsRope *rope)
{
  JsState *J = rope->J;
  JsString *flat;
  JsGc **stack = NULL;
  gsize depth = 0, capacity = 0;
  guint32 end = rope->length;
  JsGc *node = (JsGc *) rope;

  if (rope->gc.gc_flags & JS_ROPE_FLAT)
    return (JsString *) rope->left;
  /* The only allocation that may throw comes before the buffer. */
  flat = js_string_new_uninit (J, rope->length);
  for (;;)
    {
      if (is_unflattened_rope (node))
        {
          JsRope *r = (JsRope *) node;

          if (depth == capacity)
            {
              capacity = MAX (16, capacity * 2);
              stack = g_renew (JsGc *, stack, capacity);
            }
          stack[depth++] = r->left;
          node = r->right;
          continue;
        }
      {
        const JsString *leaf = node->gc_kind == JS_GC_ROPE ? (const JsString *) ((JsRope *) node)->left
                                                           : (const JsString *) node;
        end -= leaf->length;
        memcpy (flat->chars + end, leaf->chars, (gsize) leaf->length * sizeof (uint16_t));
      }
      if (depth == 0)
        break;
      node = stack[--depth];
    }
  g_free (stack);
  g_assert (end == 0);

  rope->left = (JsGc *) flat;
  rope->right = NULL;
  rope->gc.gc_flags |= JS_ROPE_FLAT;
  return flat;
}

JsValue
js_string_concat_values (JsState *J, JsValue a, JsValue b)
{
  guint32 la = js_string_value_length (a), lb = js_string_value_length (b);
  guint64 length = (guint64) la + lb;
  JsRope *rope;

  if (la == 0)
    return b;
  if (lb == 0)
    return a;
  if (length < JS_ROPE_MIN_LENGTH)
    return js_string_value (js_string_concat (J, js_get_string (a), js_get_string (b)));
  if (length > JS_STRING_MAX_LENGTH)
    js_throw_range_error (J, "Invalid string length");
  rope = js_gc_alloc (J, JS_GC_ROPE, sizeof (JsRope));
  rope->length = (guint32) length;
  rope->J = J;
  rope->left = rope_child (a);
  rope->right = rope_child (b);
  /* The tag is the string tag: a rope is a string to every reader. */
  return JS_MAKE (JS_TAG_STRING, (uintptr_t) rope);
}

guint32
js_string_value_length (JsValue v)
{
  return thing_length ((const JsGc *) js_get_pointer (v));
}

/* A string plus a number (or a number plus a string) for `+`: a short
 * result is built straight from the number's digits, without the number's
 * own string, which would be garbage at once ('item-' + i). */
JsValue
js_string_concat_number (JsState *J, JsValue s, double d, gboolean number_first)
{
  char digits[JS_NUMBER_BUFFER_SIZE];
  guint32 n = (guint32) js_number_to_cstring (d, digits);
  guint32 ls = js_string_value_length (s);
  const JsString *flat;
  JsString *result;
  uint16_t *number_chars;

  if (ls + n >= JS_ROPE_MIN_LENGTH)
    {
      JsValue number = js_string_value (js_string_new_latin1 (J, digits, n));
      return number_first ? js_string_concat_values (J, number, s) : js_string_concat_values (J, s, number);
    }
  /* Shorter than JS_ROPE_MIN_LENGTH, so `s` is flat already. */
  flat = js_get_string (s);
  result = js_string_new_uninit (J, ls + n);
  memcpy (result->chars + (number_first ? n : 0), flat->chars, (gsize) ls * sizeof (uint16_t));
  number_chars = result->chars + (number_first ? 0 : ls);
  for (guint32 i = 0; i < n; i++)
    number_chars[i] = (guchar) digits[i];
  return js_string_value (result);
}
