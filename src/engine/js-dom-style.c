/* js-dom-style.c: element.style, a CSSStyleDeclaration (CSSOM 6.6) over the
 * element's style attribute: every read parses the attribute's
 * declarations, every change serializes them back into it (so a mutation
 * observer sees one `style` attribute record per change, as in Chromium).
 *
 * Values are kept as given (trimmed): there is no CSS value parser, so no
 * validation and little normalization.  The box shorthands (margin,
 * padding) are expanded into their longhands, which is what the block
 * holds, and serialized back as the shorthand when all four are set.  The common
 * properties are accessors on the prototype, in camelCase and dashed form,
 * as Chromium defines them; other names are ordinary expandos.
 */
#include "js-dom.h"

#include <math.h>

static const JsHostClass style_class = { "CSSStyleDeclaration", NULL, NULL };

/* The properties that get accessors, dashed. */
static const char *const style_properties[] = {
  "align-items", "animation", "background", "background-color", "border", "border-color", "border-radius",
  "border-style", "border-width", "bottom", "box-shadow", "box-sizing", "color", "cursor", "display", "flex",
  "flex-direction", "font-family", "font-size", "font-style", "font-weight", "gap", "height",
  "justify-content", "left", "line-height", "margin", "margin-bottom", "margin-left", "margin-right",
  "margin-top", "max-height", "max-width", "min-height", "min-width", "opacity", "outline", "overflow",
  "padding", "padding-bottom", "padding-left", "padding-right", "padding-top", "pointer-events", "position",
  "right", "text-align", "text-decoration", "top", "transform", "transition", "user-select", "visibility",
  "white-space", "width", "z-index",
};

typedef struct {
  char *name;     /* lowercase */
  char *value;
} Declaration;

/* The shorthands expanded, with their longhands in top, right, bottom,
 * left order. */
typedef struct {
  const char *name;
  const char *longhands[4];
} BoxShorthand;

static const BoxShorthand box_shorthands[] = {
  { "margin", { "margin-top", "margin-right", "margin-bottom", "margin-left" } },
  { "padding", { "padding-top", "padding-right", "padding-bottom", "padding-left" } },
};

static const BoxShorthand *
box_shorthand_named (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (box_shorthands); i++)
    if (strcmp (box_shorthands[i].name, name) == 0)
      return &box_shorthands[i];
  return NULL;
}

static const BoxShorthand *
box_shorthand_of_longhand (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (box_shorthands); i++)
    for (guint k = 0; k < 4; k++)
      if (strcmp (box_shorthands[i].longhands[k], name) == 0)
        return &box_shorthands[i];
  return NULL;
}

/* A box shorthand's value as its four longhand values (1–4 components,
 * CSS Box 4's "top right bottom left" rule); FALSE when there are not 1–4
 * components.  Parentheses (calc(…)) keep their spaces. */
static gboolean
split_box_value (const char *value, char *sides[4])
{
  char *parts[5] = { NULL };
  guint n = 0;
  const char *p = value;

  while (*p != '\0')
    {
      const char *start;
      int depth = 0;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' && (depth > 0 || !g_ascii_isspace (*p)))
        {
          depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
          p++;
        }
      if (n == 4)
        {
          for (guint i = 0; i < n; i++)
            g_free (parts[i]);
          return FALSE;
        }
      parts[n++] = g_strndup (start, p - start);
    }
  if (n == 0)
    return FALSE;
  sides[0] = parts[0];
  sides[1] = n > 1 ? parts[1] : g_strdup (parts[0]);
  sides[2] = n > 2 ? parts[2] : g_strdup (parts[0]);
  sides[3] = n > 3 ? parts[3] : g_strdup (sides[1]);
  return TRUE;
}

/* The shortest "top right bottom left" that gives the four values. */
static char *
join_box_value (const char *const sides[4])
{
  if (strcmp (sides[3], sides[1]) != 0)
    return g_strjoin (" ", sides[0], sides[1], sides[2], sides[3], NULL);
  if (strcmp (sides[2], sides[0]) != 0)
    return g_strjoin (" ", sides[0], sides[1], sides[2], NULL);
  if (strcmp (sides[1], sides[0]) != 0)
    return g_strjoin (" ", sides[0], sides[1], NULL);
  return g_strdup (sides[0]);
}

static void
declaration_free (gpointer data)
{
  Declaration *d = data;

  g_free (d->name);
  g_free (d->value);
  g_free (d);
}

static JsDomNode *
this_style (JsState *J, JsValue this_value)
{
  JsObject *obj = js_dom_this_host (J, this_value, &style_class, "CSSStyleDeclaration");

  return js_dom_node_of (obj->u.host.slots[0]);
}

static void
add_declaration (GPtrArray *list, char *name, char *value)
{
  for (guint i = 0; i < list->len; i++)
    {
      Declaration *d = g_ptr_array_index (list, i);
      if (strcmp (d->name, name) == 0)
        {
          g_free (d->value);
          d->value = value;
          g_free (name);
          return;
        }
    }
  Declaration *d = g_new (Declaration, 1);
  d->name = name;
  d->value = value;
  g_ptr_array_add (list, d);
}

/* "name: value; name: value" -> the declarations, in order, the last of
 * a name winning in its first place; box shorthands as their longhands. */
static GPtrArray *
parse_declarations (const char *text)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (declaration_free);
  char **parts = g_strsplit (text, ";", -1);

  for (char **p = parts; *p != NULL; p++)
    {
      char *colon = strchr (*p, ':');
      char *name, *value;
      const BoxShorthand *shorthand;
      char *sides[4];

      if (colon == NULL)
        continue;
      *colon = '\0';
      name = g_ascii_strdown (g_strstrip (*p), -1);
      value = g_strstrip (g_strdup (colon + 1));
      if (*name == '\0' || *value == '\0')
        {
          g_free (name);
          g_free (value);
          continue;
        }
      shorthand = box_shorthand_named (name);
      if (shorthand == NULL)
        add_declaration (list, name, value);
      else
        {
          if (split_box_value (value, sides))
            for (guint k = 0; k < 4; k++)
              add_declaration (list, g_strdup (shorthand->longhands[k]), sides[k]);
          g_free (name);
          g_free (value);
        }
    }
  g_strfreev (parts);
  return list;
}

static GPtrArray *
element_declarations (JsDomNode *element)
{
  JsValue value = js_dom_get_attribute (element, "style");
  g_autofree char *text = js_is_null (value) ? g_strdup ("") : js_string_to_utf8 (js_get_string (value));

  return parse_declarations (text);
}

static const char *find_value (GPtrArray *list, const char *name);

/* A box shorthand's value when all its longhands are set, else NULL. */
static char *
box_shorthand_value (GPtrArray *list, const BoxShorthand *shorthand)
{
  const char *sides[4];

  for (guint k = 0; k < 4; k++)
    if ((sides[k] = find_value (list, shorthand->longhands[k])) == NULL)
      return NULL;
  return join_box_value (sides);
}

/* CSSOM 6.7.2 "serialize a CSS declaration block": a shorthand whose
 * longhands are all set takes the place of the first of them. */
static char *
serialize_declarations (GPtrArray *list)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GPtrArray) done = g_ptr_array_new ();

  for (guint i = 0; i < list->len; i++)
    {
      Declaration *d = g_ptr_array_index (list, i);
      const BoxShorthand *shorthand = box_shorthand_of_longhand (d->name);
      g_autofree char *value = NULL;

      if (shorthand != NULL && g_ptr_array_find (done, shorthand, NULL))
        continue;
      if (shorthand != NULL && (value = box_shorthand_value (list, shorthand)) != NULL)
        {
          g_ptr_array_add (done, (gpointer) shorthand);
          g_string_append_printf (out, "%s%s: %s;", out->len > 0 ? " " : "", shorthand->name, value);
        }
      else
        g_string_append_printf (out, "%s%s: %s;", out->len > 0 ? " " : "", d->name, d->value);
    }
  return g_string_free (out, FALSE);
}

/* The "update style attribute" steps: the block serialized back. */
static void
write_declarations (JsState *J, JsDomNode *element, GPtrArray *list)
{
  g_autofree char *text = serialize_declarations (list);

  js_dom_set_attribute (J, element, js_string_value (js_intern_utf8 (J, "style")), js_string_value_utf8 (J, text));
}

static const char *
find_value (GPtrArray *list, const char *name)
{
  for (guint i = 0; i < list->len; i++)
    {
      Declaration *d = g_ptr_array_index (list, i);
      if (strcmp (d->name, name) == 0)
        return d->value;
    }
  return NULL;
}

static gboolean
is_unitless (const char *name)
{
  static const char *const unitless[] = { "opacity", "z-index", "flex", "line-height", "font-weight" };

  for (guint i = 0; i < G_N_ELEMENTS (unitless); i++)
    if (strcmp (name, unitless[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_color_property (const char *name)
{
  return strcmp (name, "color") == 0 || g_str_has_suffix (name, "-color");
}

/* "#f80" / "#ff8800" / "#ff880080" as Chromium serializes them:
 * "rgb(255, 136, 0)", "rgba(255, 136, 0, 0.5)"; NULL when not a hex color. */
static char *
hex_color_to_rgb (const char *value)
{
  gsize n = strlen (value);
  int c[4] = { 0, 0, 0, 255 };
  int digits;

  if (value[0] != '#' || (n != 4 && n != 5 && n != 7 && n != 9))
    return NULL;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_isxdigit (value[i]))
      return NULL;
  digits = n <= 5 ? 1 : 2;
  for (gsize k = 0; k < (n - 1) / digits; k++)
    {
      int v = g_ascii_xdigit_value (value[1 + k * digits]);
      c[k] = digits == 1 ? v * 17 : v * 16 + g_ascii_xdigit_value (value[2 + k * digits]);
    }
  if (c[3] == 255)
    return g_strdup_printf ("rgb(%d, %d, %d)", c[0], c[1], c[2]);
  /* Chromium prints the alpha with as few digits as tell it apart. */
  for (int places = 1; places <= 6; places++)
    {
      double alpha = c[3] / 255.0;
      double rounded = round (alpha * pow (10, places)) / pow (10, places);
      if ((int) round (rounded * 255) == c[3])
        return g_strdup_printf ("rgba(%d, %d, %d, %g)", c[0], c[1], c[2], rounded);
    }
  return NULL;
}

/* What Chromium's parser keeps of a value, roughly: keywords and units in
 * lowercase, hex colors as rgb(); NULL for a bare non-zero number where a
 * length is needed (standards mode rejects it). */
static char *
normalized_value (const char *name, const char *value)
{
  char *end = NULL;
  double number = g_ascii_strtod (value, &end);

  if (*value != '\0' && end != NULL && *end == '\0' && !is_unitless (name))
    return number == 0 ? g_strdup ("0px") : NULL;
  if (strcmp (name, "font-family") == 0 || strchr (value, '"') != NULL || strchr (value, '\'') != NULL)
    return g_strdup (value);
  if (is_color_property (name))
    {
      char *rgb = hex_color_to_rgb (value);
      if (rgb != NULL)
        return rgb;
    }
  return g_ascii_strdown (value, -1);
}

/* Sets one longhand in `list` (in place, else at the end; "" removes it);
 * TRUE when that changed something. */
static gboolean
set_longhand (GPtrArray *list, const char *name, const char *value)
{
  for (guint i = 0; i < list->len; i++)
    {
      Declaration *d = g_ptr_array_index (list, i);
      if (strcmp (d->name, name) == 0)
        {
          if (strcmp (d->value, value) == 0)
            return FALSE;
          if (*value == '\0')
            g_ptr_array_remove_index (list, i);
          else
            {
              g_free (d->value);
              d->value = g_strdup (value);
            }
          return TRUE;
        }
    }
  if (*value == '\0')
    return FALSE;
  add_declaration (list, g_strdup (name), g_strdup (value));
  return TRUE;
}

/* setProperty / the accessors' setter: an empty value removes it (a box
 * shorthand: its longhands); a value that changes nothing writes nothing
 * (no mutation record). */
static void
set_property (JsState *J, JsDomNode *element, const char *name, const char *value)
{
  g_autoptr (GPtrArray) list = element_declarations (element);
  g_autofree char *stripped = g_strstrip (g_strdup (value));
  const BoxShorthand *shorthand = box_shorthand_named (name);
  gboolean changed = FALSE;

  if (shorthand != NULL)
    {
      char *sides[4] = { g_strdup (""), g_strdup (""), g_strdup (""), g_strdup ("") };
      gboolean valid = TRUE;

      if (*stripped != '\0')
        {
          for (guint k = 0; k < 4; k++)
            g_free (sides[k]);
          valid = split_box_value (stripped, sides);
          for (guint k = 0; k < 4 && valid; k++)
            {
              char *normalized = normalized_value (shorthand->longhands[k], sides[k]);
              g_free (sides[k]);
              sides[k] = normalized;
              valid = normalized != NULL;
            }
          if (!valid)
            for (guint k = 0; k < 4; k++)
              g_free (sides[k]);
        }
      if (!valid)
        return;
      for (guint k = 0; k < 4; k++)
        {
          changed |= set_longhand (list, shorthand->longhands[k], sides[k]);
          g_free (sides[k]);
        }
    }
  else
    {
      g_autofree char *trimmed = *stripped != '\0' ? normalized_value (name, stripped) : g_strdup ("");

      if (trimmed == NULL)
        return;
      changed = set_longhand (list, name, trimmed);
    }
  if (changed)
    write_declarations (J, element, list);
}

static JsValue
property_value (JsState *J, JsDomNode *element, const char *name)
{
  g_autoptr (GPtrArray) list = element_declarations (element);
  const BoxShorthand *shorthand = box_shorthand_named (name);
  g_autofree char *joined = shorthand != NULL ? box_shorthand_value (list, shorthand) : NULL;
  const char *value = shorthand != NULL ? joined : find_value (list, name);

  return js_string_value_utf8 (J, value != NULL ? value : "");
}

JS_DOM_NATIVE (style_get_property)
{
  JsDomNode *element = this_style (J, this_value);
  g_autofree char *name = js_string_to_utf8 (js_get_string (js_native_captures (callee)[0]));

  return property_value (J, element, name);
}

JS_DOM_NATIVE (style_set_property_accessor)
{
  JsDomNode *element = this_style (J, this_value);
  g_autofree char *value = js_string_to_utf8 (js_to_string (J, js_arg (argc, argv, 0)));
  g_autofree char *name = js_string_to_utf8 (js_get_string (js_native_captures (callee)[0]));

  set_property (J, element, name, value);
  return JS_UNDEFINED;
}

static char *
name_argument (JsState *J, int argc, const JsValue *argv)
{
  g_autofree char *name = js_string_to_utf8 (js_to_string (J, js_arg (argc, argv, 0)));

  return g_ascii_strdown (name, -1);
}

JS_DOM_NATIVE (style_get_property_value)
{
  JsDomNode *element = this_style (J, this_value);
  g_autofree char *name = name_argument (J, argc, argv);

  return property_value (J, element, name);
}

JS_DOM_NATIVE (style_set_property)
{
  JsDomNode *element = this_style (J, this_value);
  g_autofree char *name = name_argument (J, argc, argv);
  JsValue value = js_arg (argc, argv, 1);
  g_autofree char *text = js_is_null (value) ? g_strdup ("") : js_string_to_utf8 (js_to_string (J, value));

  set_property (J, element, name, text);
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (style_remove_property)
{
  JsDomNode *element = this_style (J, this_value);
  g_autofree char *name = name_argument (J, argc, argv);
  JsValue old = property_value (J, element, name);

  set_property (J, element, name, "");
  return old;
}

JS_DOM_NATIVE (style_get_length)
{
  g_autoptr (GPtrArray) list = element_declarations (this_style (J, this_value));

  return js_number (list->len);
}

JS_DOM_NATIVE (style_item)
{
  g_autoptr (GPtrArray) list = element_declarations (this_style (J, this_value));
  double index = js_to_number (J, js_arg (argc, argv, 0));

  if (index >= 0 && index < list->len)
    return js_string_value_utf8 (J, ((Declaration *) g_ptr_array_index (list, (guint) index))->name);
  return js_string_value (JS_ATOM (J, empty));
}

JS_DOM_NATIVE (style_get_css_text)
{
  g_autoptr (GPtrArray) list = element_declarations (this_style (J, this_value));
  g_autofree char *text = serialize_declarations (list);

  return js_string_value_utf8 (J, text);
}

JS_DOM_NATIVE (style_set_css_text)
{
  JsDomNode *element = this_style (J, this_value);
  g_autofree char *text = js_string_to_utf8 (js_to_string (J, js_arg (argc, argv, 0)));
  g_autoptr (GPtrArray) list = parse_declarations (text);

  write_declarations (J, element, list);
  return JS_UNDEFINED;
}

/* "background-color" -> "backgroundColor" */
static char *
camel_case (const char *dashed)
{
  GString *out = g_string_new (NULL);

  for (const char *p = dashed; *p != '\0'; p++)
    {
      if (*p == '-' && p[1] != '\0')
        g_string_append_c (out, g_ascii_toupper (*++p));
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
define_style_property (JsState *J, JsObject *proto, const char *accessor_name, const char *css_name)
{
  g_autofree char *get_name = g_strconcat ("get ", accessor_name, NULL);
  g_autofree char *set_name = g_strconcat ("set ", accessor_name, NULL);
  JsObject *getter = js_native_function_new (J, get_name, 0, style_get_property, 1);
  JsObject *setter;

  js_native_captures (getter)[0] = js_string_value_utf8 (J, css_name);
  setter = js_native_function_new (J, set_name, 1, style_set_property_accessor, 1);
  js_native_captures (setter)[0] = js_string_value_utf8 (J, css_name);
  js_define_accessor (J, proto, js_key_from_utf8 (J, accessor_name), js_object_value (getter),
                      js_object_value (setter), JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
}

JsValue
js_dom_style_new (JsState *J, JsDomNode *element)
{
  JsObject *style = js_object_new_class (J, JS_CLASS_HOST, js_dom_root_object (J, DOM_ROOT_STYLE_PROTO));

  style->u.host.klass = &style_class;
  for (guint i = 0; i < G_N_ELEMENTS (style->u.host.slots); i++)
    style->u.host.slots[i] = JS_UNDEFINED;
  style->u.host.slots[0] = js_dom_node_value (element);
  return js_object_value (style);
}

void
js_dom_style_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));

  js_dom (J)->roots[DOM_ROOT_STYLE_PROTO] = js_object_value (proto);
  js_define_value_utf8 (J, J->global, "CSSStyleDeclaration",
                        js_object_value (js_native_constructor_new (J, "CSSStyleDeclaration", 0,
                                                                    js_dom_illegal_constructor, proto)),
                        JS_PROP_HIDDEN);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "CSSStyleDeclaration"),
                   JS_PROP_CONFIGURABLE);
  js_dom_define_accessor (J, proto, "cssText", style_get_css_text, style_set_css_text);
  js_dom_define_accessor (J, proto, "length", style_get_length, NULL);
  js_define_method (J, proto, "item", style_item, 1);
  js_define_method (J, proto, "getPropertyValue", style_get_property_value, 1);
  js_define_method (J, proto, "setProperty", style_set_property, 2);
  js_define_method (J, proto, "removeProperty", style_remove_property, 1);
  for (guint i = 0; i < G_N_ELEMENTS (style_properties); i++)
    {
      g_autofree char *camel = camel_case (style_properties[i]);

      define_style_property (J, proto, camel, style_properties[i]);
      if (strcmp (camel, style_properties[i]) != 0)
        define_style_property (J, proto, style_properties[i], style_properties[i]);
    }
}
