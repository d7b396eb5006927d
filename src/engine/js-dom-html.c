/* js-dom-html.c: markup for innerHTML and outerHTML (HTML 13): a small
 * fragment parser and the fragment serialization algorithm. */
#include "js-dom.h"

static JsValue
atom (JsState *J, const char *text)
{
  return js_string_value (js_intern_utf8 (J, text));
}

static gboolean
is_void_element (const char *name)
{
  static const char *const void_elements[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  };

  for (guint i = 0; i < G_N_ELEMENTS (void_elements); i++)
    if (strcmp (void_elements[i], name) == 0)
      return TRUE;
  return FALSE;
}

static void
append_escaped (GString *out, const char *text, gboolean in_attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, in_attribute ? "<" : "&lt;"); break;
      case '>': g_string_append (out, in_attribute ? ">" : "&gt;"); break;
      case '"': g_string_append (out, in_attribute ? "&quot;" : "\""); break;
      default: g_string_append_c (out, *p);
      }
}

/* The HTML fragment serialization algorithm, for the children of `node`
 * (or the node itself too with `outer`). */
void
js_dom_serialize (JsDomNode *node, gboolean outer, GString *out)
{
  char *name = NULL;

  if (node->node_type == NODE_TEXT)
    {
      char *text = js_string_to_utf8 (js_get_string (node->data));
      append_escaped (out, text, FALSE);
      g_free (text);
      return;
    }
  if (node->node_type == NODE_COMMENT)
    {
      g_string_append (out, "<!--");
      js_string_append_to (out, js_get_string (node->data));
      g_string_append (out, "-->");
      return;
    }
  if (outer && node->node_type == NODE_ELEMENT)
    {
      name = js_string_to_utf8 (js_get_string (node->local_name));
      g_string_append_printf (out, "<%s", name);
      for (guint i = 0; i < node->attributes->len; i++)
        {
          JsDomAttribute *attr = &g_array_index (node->attributes, JsDomAttribute, i);
          char *attr_name = js_string_to_utf8 (js_get_string (attr->name));
          char *value = js_string_to_utf8 (js_get_string (attr->value));
          g_string_append_printf (out, " %s=\"", attr_name);
          append_escaped (out, value, TRUE);
          g_string_append_c (out, '"');
          g_free (attr_name);
          g_free (value);
        }
      g_string_append_c (out, '>');
      if (is_void_element (name))
        {
          g_free (name);
          return;
        }
    }
  /* A template's markup is its contents' (HTML 13.3, step 3). */
  if (node->node_type == NODE_ELEMENT && !js_is_undefined (node->template_contents))
    node = js_dom_node_data (js_get_object (node->template_contents));
  for (JsObject *child = node->first_child; child != NULL; child = js_dom_node_at (child)->next_sibling)
    js_dom_serialize (js_dom_node_at (child), TRUE, out);
  if (name != NULL)
    g_string_append_printf (out, "</%s>", name);
  g_free (name);
}

/* Decodes the character references markup in scripts uses. */
static void
append_decoded (GString *out, const char *start, const char *end)
{
  static const struct { const char *name; const char *text; } entities[] = {
    { "amp;", "&" }, { "lt;", "<" }, { "gt;", ">" }, { "quot;", "\"" }, { "apos;", "'" }, { "nbsp;", "\xc2\xa0" },
  };

  for (const char *p = start; p < end; p++)
    {
      gboolean done = FALSE;

      if (*p == '&' && p + 1 < end && p[1] == '#')
        {
          char *stop;
          gboolean hex = p + 2 < end && (p[2] == 'x' || p[2] == 'X');
          gulong code = strtoul (p + (hex ? 3 : 2), &stop, hex ? 16 : 10);
          if (stop < end && *stop == ';' && code > 0 && code < 0x110000)
            {
              g_string_append_unichar (out, (gunichar) code);
              p = stop;
              done = TRUE;
            }
        }
      else if (*p == '&')
        for (guint i = 0; i < G_N_ELEMENTS (entities) && !done; i++)
          if ((gsize) (end - p - 1) >= strlen (entities[i].name) &&
              strncmp (p + 1, entities[i].name, strlen (entities[i].name)) == 0)
            {
              g_string_append (out, entities[i].text);
              p += strlen (entities[i].name);
              done = TRUE;
            }
      if (!done)
        g_string_append_c (out, *p);
    }
}

static JsValue
string_from_range (JsState *J, const char *start, const char *end, gboolean decode)
{
  GString *out = g_string_new (NULL);
  JsValue value;

  if (decode)
    append_decoded (out, start, end);
  else
    g_string_append_len (out, start, end - start);
  value = js_string_value (js_string_new_utf8 (J, out->str, (gssize) out->len));
  g_string_free (out, TRUE);
  return value;
}

/* A small HTML fragment parser for innerHTML: elements with attributes,
 * text, character references, void elements and comments; an end tag
 * closes the nearest open element of its name.  Returns the top-level
 * nodes, not yet in any tree. */
JsObject *
js_dom_parse_fragment (JsState *J, const char *html)
{
  JsObject *top = js_array_new (J, 0);
  GPtrArray *open = g_ptr_array_new ();
  const char *p = html;

  while (*p != '\0')
    {
      JsDomNode *parent = open->len > 0 ? g_ptr_array_index (open, open->len - 1) : NULL;
      /* A template's children go into its contents (13.2.6.4.7). */
      JsDomNode *contents = js_dom_template_contents (J, parent);
      JsDomNode *made = NULL;

      if (g_str_has_prefix (p, "<!--"))
        {
          /* The comment states (13.2.5.43–52), without their parse errors'
           * edge cases: "<!-->" and "<!--->" are empty comments. */
          const char *start = p + 4, *end = strstr (start, "-->");
          if (g_str_has_prefix (start, ">") || g_str_has_prefix (start, "->"))
            end = start;
          if (end == NULL)
            end = start + strlen (start);
          made = js_dom_comment_new (J, string_from_range (J, start, end, FALSE));
          p = *end != '\0' ? end + (g_str_has_prefix (end, "-->") ? 3 : end[0] == '>' ? 1 : 2) : end;
          if (parent != NULL)
            js_dom_link_before (contents != NULL ? contents : parent, made, NULL);
          else
            js_array_push (J, top, js_dom_node_value (made));
          continue;
        }
      if (p[0] == '<' && p[1] == '/' && g_ascii_isalpha (p[2]))
        {
          const char *name = p + 2, *end = name;
          while (*end != '\0' && *end != '>' && !g_ascii_isspace (*end))
            end++;
          for (guint i = open->len; i-- > 0;)
            {
              char *open_name = js_string_to_utf8 (js_get_string (((JsDomNode *) g_ptr_array_index (open, i))->local_name));
              gboolean same = g_ascii_strncasecmp (open_name, name, end - name) == 0 && open_name[end - name] == '\0';
              g_free (open_name);
              if (same)
                {
                  g_ptr_array_set_size (open, i);
                  break;
                }
            }
          p = strchr (end, '>') != NULL ? strchr (end, '>') + 1 : end + strlen (end);
          continue;
        }
      if (p[0] == '<' && g_ascii_isalpha (p[1]))
        {
          const char *name = p + 1, *end = name;
          char *lower;
          gboolean self_closing = FALSE;

          while (*end != '\0' && *end != '>' && *end != '/' && !g_ascii_isspace (*end))
            end++;
          lower = g_ascii_strdown (name, end - name);
          made = js_dom_element_new (J, atom (J, lower));
          p = end;
          for (;;)
            {
              const char *attr_name, *attr_end, *value_start = NULL, *value_end = NULL;
              while (g_ascii_isspace (*p))
                p++;
              if (*p == '\0' || *p == '>')
                break;
              if (*p == '/')
                {
                  self_closing = TRUE;
                  p++;
                  continue;
                }
              attr_name = p;
              while (*p != '\0' && *p != '>' && *p != '=' && *p != '/' && !g_ascii_isspace (*p))
                p++;
              attr_end = p;
              while (g_ascii_isspace (*p))
                p++;
              if (*p == '=')
                {
                  p++;
                  while (g_ascii_isspace (*p))
                    p++;
                  if (*p == '"' || *p == '\'')
                    {
                      char quote = *p++;
                      value_start = p;
                      while (*p != '\0' && *p != quote)
                        p++;
                      value_end = p;
                      if (*p != '\0')
                        p++;
                    }
                  else
                    {
                      value_start = p;
                      while (*p != '\0' && *p != '>' && !g_ascii_isspace (*p))
                        p++;
                      value_end = p;
                    }
                }
              {
                char *attr_lower = g_ascii_strdown (attr_name, attr_end - attr_name);
                JsValue name_atom = atom (J, attr_lower);
                if (js_dom_find_attribute (made, name_atom) == NULL)
                  {
                    JsDomAttribute attr = { name_atom, value_start != NULL
                                       ? string_from_range (J, value_start, value_end, TRUE)
                                       : js_string_value (JS_ATOM (J, empty)) };
                    g_array_append_val (made->attributes, attr);
                  }
                g_free (attr_lower);
              }
            }
          if (*p == '>')
            p++;
          if (!self_closing && !is_void_element (lower))
            {
              if (parent != NULL)
                js_dom_link_before (contents != NULL ? contents : parent, made, NULL);
              else
                js_array_push (J, top, js_dom_node_value (made));
              g_ptr_array_add (open, made);
              g_free (lower);
              continue;
            }
          g_free (lower);
        }
      else
        {
          const char *end = p + 1;
          while (*end != '\0' && *end != '<')
            end++;
          made = js_dom_text_new (J, string_from_range (J, p, end, TRUE));
          p = end;
        }
      if (parent != NULL)
        js_dom_link_before (contents != NULL ? contents : parent, made, NULL);
      else
        js_array_push (J, top, js_dom_node_value (made));
    }
  g_ptr_array_unref (open);
  return top;
}
