/* js-dom-element-interfaces.c: the element interfaces of HTML (HTMLDivElement,
 * HTMLButtonElement, …), each a subclass of HTMLElement with its own
 * prototype, so that `String(document.body)` is "[object HTMLBodyElement]"
 * and `el instanceof HTMLButtonElement` holds, as in Chromium.  The members
 * all live on HTMLElement.prototype; these interfaces add only their names.
 * HTML 3.2.2 "element interface": known names without an interface of their
 * own (section, b, em …) are HTMLElement, unknown ones HTMLUnknownElement,
 * valid custom element names HTMLElement.
 */
#include "js-dom.h"

static const struct {
  const char *interface_name;
  const char *tags;          /* space-separated */
} element_interfaces[] = {
  { "HTMLAnchorElement", "a" },
  { "HTMLBRElement", "br" },
  { "HTMLBodyElement", "body" },
  { "HTMLButtonElement", "button" },
  { "HTMLCanvasElement", "canvas" },
  { "HTMLDListElement", "dl" },
  { "HTMLDivElement", "div" },
  { "HTMLFormElement", "form" },
  { "HTMLHRElement", "hr" },
  { "HTMLHeadElement", "head" },
  { "HTMLHeadingElement", "h1 h2 h3 h4 h5 h6" },
  { "HTMLHtmlElement", "html" },
  { "HTMLImageElement", "img" },
  { "HTMLInputElement", "input" },
  { "HTMLLIElement", "li" },
  { "HTMLLabelElement", "label" },
  { "HTMLMetaElement", "meta" },
  { "HTMLOListElement", "ol" },
  { "HTMLOptionElement", "option" },
  { "HTMLParagraphElement", "p" },
  { "HTMLPreElement", "pre listing xmp" },
  { "HTMLScriptElement", "script" },
  { "HTMLSelectElement", "select" },
  { "HTMLSpanElement", "span" },
  { "HTMLStyleElement", "style" },
  { "HTMLTableElement", "table" },
  { "HTMLTableCellElement", "td th" },
  { "HTMLTableRowElement", "tr" },
  { "HTMLTableSectionElement", "tbody thead tfoot" },
  { "HTMLTemplateElement", "template" },
  { "HTMLTextAreaElement", "textarea" },
  { "HTMLTitleElement", "title" },
  { "HTMLUListElement", "ul" },
  { "HTMLUnknownElement", NULL },
};

/* The elements HTML defines that use HTMLElement itself. */
static const char html_element_tags[] =
  " abbr address article aside b bdi bdo cite code dd dfn dt em figcaption figure footer header hgroup i kbd"
  " main mark nav noscript rp rt ruby s samp search section small strong sub summary sup u var wbr ";

/* input.type and button.type (HTML 4.10.5, 4.10.6): the type attribute,
 * lowercase, with the default for a missing or unknown value. */
static const char *const input_types[] = {
  "hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time",
  "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image", "reset", "button",
};
static const char *const button_types[] = { "submit", "reset", "button" };

static JsValue
enumerated_type (JsState *J, JsValue this_value, const char *const *keywords, guint n, const char *fallback)
{
  JsDomNode *element = js_dom_node_of (this_value);
  JsValue value;
  g_autofree char *lower = NULL;

  if (!js_dom_is_element (element))
    js_dom_throw_bad_this (J, "HTMLElement", this_value);
  value = js_dom_get_attribute (element, "type");
  if (js_is_null (value))
    return js_string_value_utf8 (J, fallback);
  lower = js_string_to_utf8 (js_get_string (value));
  for (char *c = lower; *c != '\0'; c++)
    *c = g_ascii_tolower (*c);
  for (guint i = 0; i < n; i++)
    if (strcmp (lower, keywords[i]) == 0)
      return js_string_value_utf8 (J, keywords[i]);
  return js_string_value_utf8 (J, fallback);
}

JS_DOM_NATIVE (input_get_type)
{
  return enumerated_type (J, this_value, input_types, G_N_ELEMENTS (input_types), "text");
}

JS_DOM_NATIVE (button_get_type)
{
  return enumerated_type (J, this_value, button_types, G_N_ELEMENTS (button_types), "submit");
}

JS_DOM_NATIVE (element_set_type)
{
  JsDomNode *element = js_dom_node_of (this_value);

  if (!js_dom_is_element (element))
    js_dom_throw_bad_this (J, "HTMLElement", this_value);
  js_dom_set_attribute (J, element, js_string_value (js_intern_utf8 (J, "type")),
                        js_string_value (js_to_string (J, js_arg (argc, argv, 0))));
  return JS_UNDEFINED;
}

/* A valid custom element name, roughly: a lowercase ASCII letter first and
 * a hyphen somewhere. */
static gboolean
is_custom_element_name (const char *name)
{
  return g_ascii_islower (name[0]) && strchr (name, '-') != NULL;
}

void
js_dom_element_interfaces_init (JsState *J)
{
  JsObject *html_proto = js_dom_root_object (J, DOM_ROOT_HTML_ELEMENT_PROTO);
  JsObject *html_ctor = js_get_object (js_get_utf8 (J, js_object_value (J->global), "HTMLElement"));
  JsObject *by_tag = js_object_new (J, NULL);

  js_dom (J)->roots[DOM_ROOT_ELEMENT_INTERFACES] = js_object_value (by_tag);
  for (guint i = 0; i < G_N_ELEMENTS (element_interfaces); i++)
    {
      JsObject *proto = js_object_new (J, html_proto);
      JsObject *ctor = js_native_constructor_new (J, element_interfaces[i].interface_name, 0,
                                                  js_dom_illegal_constructor, proto);
      g_auto (GStrv) tags = NULL;

      js_object_set_prototype_of (J, ctor, html_ctor);
      js_define_value_utf8 (J, J->global, element_interfaces[i].interface_name, js_object_value (ctor),
                            JS_PROP_HIDDEN);
      js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag),
                       js_string_value_utf8 (J, element_interfaces[i].interface_name), JS_PROP_CONFIGURABLE);
      if (strcmp (element_interfaces[i].interface_name, "HTMLInputElement") == 0)
        js_dom_define_accessor (J, proto, "type", input_get_type, element_set_type);
      else if (strcmp (element_interfaces[i].interface_name, "HTMLButtonElement") == 0)
        js_dom_define_accessor (J, proto, "type", button_get_type, element_set_type);
      if (element_interfaces[i].tags == NULL)
        {
          js_define_value_utf8 (J, by_tag, " unknown", js_object_value (proto), JS_PROP_DEFAULT);
          continue;
        }
      tags = g_strsplit (element_interfaces[i].tags, " ", -1);
      for (char **t = tags; *t != NULL; t++)
        js_define_value_utf8 (J, by_tag, *t, js_object_value (proto), JS_PROP_DEFAULT);
    }
}

JsObject *
js_dom_element_interface_prototype (JsState *J, JsValue local_name)
{
  JsValue by_tag = js_dom (J)->roots[DOM_ROOT_ELEMENT_INTERFACES];
  g_autofree char *name = js_string_to_utf8 (js_get_string (local_name));
  g_autofree char *padded = g_strconcat (" ", name, " ", NULL);
  JsValue proto;

  if (!js_is_object (by_tag))
    return js_dom_root_object (J, DOM_ROOT_HTML_ELEMENT_PROTO);
  proto = js_get_utf8 (J, by_tag, name);
  if (js_is_object (proto))
    return js_get_object (proto);
  if (strstr (html_element_tags, padded) != NULL || is_custom_element_name (name))
    return js_dom_root_object (J, DOM_ROOT_HTML_ELEMENT_PROTO);
  return js_get_object (js_get_utf8 (J, by_tag, " unknown"));
}
