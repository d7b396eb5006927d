/* js-dom-selector.c: selector lists for querySelector, matches and closest
 * — the subset of Selectors 4 scripts use: compound selectors of a type (or
 * *), #id, .class and [attr] / [attr=value], joined by descendant and child
 * combinators, in a comma-separated list.  Matching runs right to left.
 */
#include "js-dom.h"

typedef enum { SIMPLE_TYPE, SIMPLE_ID, SIMPLE_CLASS, SIMPLE_ATTRIBUTE, SIMPLE_ATTRIBUTE_EQUALS } SimpleKind;

typedef struct {
  SimpleKind kind;
  char *name;
  char *value;
} Simple;

typedef struct {
  GArray *simples;          /* Simple */
  char combinator;          /* how it joins the compound on its left: ' ' or '>', 0 for the first */
} Compound;

static void
compound_clear (gpointer data)
{
  Compound *compound = data;

  for (guint i = 0; i < compound->simples->len; i++)
    {
      g_free (g_array_index (compound->simples, Simple, i).name);
      g_free (g_array_index (compound->simples, Simple, i).value);
    }
  g_array_unref (compound->simples);
}

void
js_dom_selector_free (JsDomSelector *list)
{
  g_ptr_array_unref (list);
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_' || (guchar) c >= 0x80;
}

static char *
read_name (const char **p)
{
  const char *start = *p;

  while (is_name_char (**p) || (**p == '\\' && (*p)[1] != '\0' && (*p += 1)))
    (*p)++;
  return *p > start ? g_strndup (start, *p - start) : NULL;
}

/* Parses a selector list into GArrays of Compound; NULL when invalid. */
JsDomSelector *
js_dom_selector_parse (const char *text)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  const char *p = text;

  for (;;)
    {
      GArray *complex = g_array_new (FALSE, TRUE, sizeof (Compound));
      char combinator = 0;

      g_array_set_clear_func (complex, compound_clear);
      g_ptr_array_add (list, complex);
      while (g_ascii_isspace (*p))
        p++;
      for (;;)
        {
          Compound compound = { g_array_new (FALSE, TRUE, sizeof (Simple)), combinator };
          gboolean universal = FALSE;

          g_array_append_val (complex, compound);
          for (;;)
            {
              Simple simple = { 0 };
              if (*p == '*' && !universal && compound.simples->len == 0)
                {
                  universal = TRUE;
                  p++;
                  continue;
                }
              if (is_name_char (*p))
                {
                  char *name = read_name (&p);
                  simple.kind = SIMPLE_TYPE;
                  simple.name = g_ascii_strdown (name, -1);
                  g_free (name);
                }
              else if (*p == '#' || *p == '.')
                {
                  simple.kind = *p == '#' ? SIMPLE_ID : SIMPLE_CLASS;
                  p++;
                  simple.name = read_name (&p);
                  if (simple.name == NULL)
                    goto invalid;
                }
              else if (*p == '[')
                {
                  p++;
                  while (g_ascii_isspace (*p))
                    p++;
                  simple.name = read_name (&p);
                  simple.kind = SIMPLE_ATTRIBUTE;
                  while (g_ascii_isspace (*p))
                    p++;
                  if (simple.name == NULL)
                    goto invalid;
                  if (*p == '=')
                    {
                      p++;
                      while (g_ascii_isspace (*p))
                        p++;
                      simple.kind = SIMPLE_ATTRIBUTE_EQUALS;
                      if (*p == '"' || *p == '\'')
                        {
                          const char *close = strchr (p + 1, *p);
                          if (close == NULL)
                            goto invalid;
                          simple.value = g_strndup (p + 1, close - p - 1);
                          p = close + 1;
                        }
                      else if ((simple.value = read_name (&p)) == NULL)
                        goto invalid;
                      while (g_ascii_isspace (*p))
                        p++;
                    }
                  if (*p != ']')
                    goto invalid;
                  p++;
                  {
                    char *lower = g_ascii_strdown (simple.name, -1);
                    g_free (simple.name);
                    simple.name = lower;
                  }
                }
              else
                break;
              g_array_append_val (compound.simples, simple);
              continue;
            invalid:
              g_free (simple.name);
              g_free (simple.value);
              js_dom_selector_free (list);
              return NULL;
            }
          if (compound.simples->len == 0 && !universal)
            {
              js_dom_selector_free (list);
              return NULL;
            }
          {
            gboolean space = FALSE;
            while (g_ascii_isspace (*p))
              {
                p++;
                space = TRUE;
              }
            if (*p == '>')
              {
                combinator = '>';
                p++;
                while (g_ascii_isspace (*p))
                  p++;
                continue;
              }
            if (*p == ',' || *p == '\0')
              break;
            if (!space)
              {
                js_dom_selector_free (list);
                return NULL;
              }
            combinator = ' ';
          }
        }
      if (*p == '\0')
        return list;
      p++;   /* ',' */
    }
}

static gboolean
has_class (JsState *J, JsDomNode *element, const char *name)
{
  JsValue value = js_dom_get_attribute (element, "class");
  char *text;
  char **tokens;
  gboolean found = FALSE;

  if (js_is_null (value))
    return FALSE;
  text = js_string_to_utf8 (js_get_string (value));
  tokens = g_strsplit_set (text, " \t\n\f\r", -1);
  for (char **t = tokens; *t != NULL && !found; t++)
    found = strcmp (*t, name) == 0;
  g_strfreev (tokens);
  g_free (text);
  return found;
}

static gboolean
attribute_equals (JsDomNode *element, const char *name, const char *expected)
{
  JsValue value = js_dom_get_attribute (element, name);
  char *text;
  gboolean equal;

  if (js_is_null (value))
    return FALSE;
  if (expected == NULL)
    return TRUE;
  text = js_string_to_utf8 (js_get_string (value));
  equal = strcmp (text, expected) == 0;
  g_free (text);
  return equal;
}

static gboolean
matches_compound (JsState *J, JsDomNode *element, const Compound *compound)
{
  for (guint i = 0; i < compound->simples->len; i++)
    {
      const Simple *simple = &g_array_index (compound->simples, Simple, i);
      switch (simple->kind)
        {
        case SIMPLE_TYPE:
          if (!js_string_equal_ascii (js_get_string (element->local_name), simple->name))
            return FALSE;
          break;
        case SIMPLE_ID:
          if (!attribute_equals (element, "id", simple->name))
            return FALSE;
          break;
        case SIMPLE_CLASS:
          if (!has_class (J, element, simple->name))
            return FALSE;
          break;
        case SIMPLE_ATTRIBUTE:
          if (!attribute_equals (element, simple->name, NULL))
            return FALSE;
          break;
        case SIMPLE_ATTRIBUTE_EQUALS:
          if (!attribute_equals (element, simple->name, simple->value))
            return FALSE;
          break;
        }
    }
  return TRUE;
}

/* Matches the compounds 0..last of `complex` right to left. */
static gboolean
matches_complex (JsState *J, JsDomNode *element, GArray *complex, guint last)
{
  const Compound *compound = &g_array_index (complex, Compound, last);

  if (!js_dom_is_element (element) || !matches_compound (J, element, compound))
    return FALSE;
  if (last == 0)
    return TRUE;
  if (compound->combinator == '>')
    return matches_complex (J, js_dom_node_at (element->parent), complex, last - 1);
  for (JsDomNode *ancestor = js_dom_node_at (element->parent); ancestor != NULL; ancestor = js_dom_node_at (ancestor->parent))
    if (matches_complex (J, ancestor, complex, last - 1))
      return TRUE;
  return FALSE;
}

gboolean
js_dom_selector_matches (JsState *J, JsDomNode *element, JsDomSelector *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      GArray *complex = g_ptr_array_index (list, i);
      if (matches_complex (J, element, complex, complex->len - 1))
        return TRUE;
    }
  return FALSE;
}
