/* js-dom-string-map.c: element.dataset (HTML 3.2.6.6), a DOMStringMap over
 * the data-* attributes: a proxy whose target stands for the element's map
 * and whose handler reads and writes the attributes.
 */
#include "js-dom.h"

static const JsHostClass string_map_class = { "DOMStringMap", NULL, NULL };

static JsValue
atom (JsState *J, const char *text)
{
  return js_string_value (js_intern_utf8 (J, text));
}

/* The element behind a dataset proxy's target, which keeps it in a slot
 * (an own property would have to show in ownKeys). */
static JsDomNode *
dataset_element (JsState *J, JsValue target)
{
  return js_dom_node_of (js_get_object (target)->u.host.slots[0]);
}

/* "fooBar" -> "data-foo-bar"; NULL when a '-' is followed by a lowercase
 * letter (the setter's SyntaxError) or the key is a symbol. */
static char *
attribute_for_property (JsState *J, JsValue key)
{
  GString *name;
  char *text;

  if (!js_is_string (key))
    return NULL;
  text = js_string_to_utf8 (js_get_string (key));
  name = g_string_new ("data-");
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-' && g_ascii_islower (p[1]))
        {
          g_free (text);
          g_string_free (name, TRUE);
          return NULL;
        }
      if (g_ascii_isupper (*p))
        {
          g_string_append_c (name, '-');
          g_string_append_c (name, g_ascii_tolower (*p));
        }
      else
        g_string_append_c (name, *p);
    }
  g_free (text);
  return g_string_free (name, FALSE);
}

static JsDomAttribute *
dataset_attribute (JsState *J, JsValue target, JsValue key)
{
  char *name = attribute_for_property (J, key);
  JsDomAttribute *attr = NULL;

  if (name != NULL)
    {
      attr = js_dom_find_attribute (dataset_element (J, target), atom (J, name));
      g_free (name);
    }
  return attr;
}

/* A named property, else what the map's prototype has (@@toStringTag,
 * toString …), as the legacy platform object [[Get]] does. */
JS_DOM_NATIVE (dataset_get)
{
  JsValue target = js_arg (argc, argv, 0), key = js_arg (argc, argv, 1);
  JsDomAttribute *attr = dataset_attribute (J, target, key);

  if (attr != NULL)
    return attr->value;
  return js_object_get (J, js_get_object (target), js_to_property_key (J, key), js_arg (argc, argv, 2));
}

JS_DOM_NATIVE (dataset_has)
{
  JsValue target = js_arg (argc, argv, 0), key = js_arg (argc, argv, 1);

  return js_boolean (dataset_attribute (J, target, key) != NULL ||
                     js_has_property (J, js_get_object (target), js_to_property_key (J, key)));
}

JS_DOM_NATIVE (dataset_set)
{
  JsDomNode *element = dataset_element (J, js_arg (argc, argv, 0));
  char *name = attribute_for_property (J, js_arg (argc, argv, 1));
  JsValue value;

  if (name == NULL)
    {
      if (js_is_symbol (js_arg (argc, argv, 1)))
        return JS_FALSE;
      {
        char *key = js_string_to_utf8 (js_get_string (js_arg (argc, argv, 1)));
        JsObject *error = js_dom_exception_new (J, "", "SyntaxError");
        JsString *message = js_string_printf (J, "Failed to set a named property '%s' on 'DOMStringMap': '%s' is "
                                              "not a valid property name.", key, key);
        g_free (key);
        js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
        js_throw (J, js_object_value (error));
      }
    }
  value = atom (J, name);
  g_free (name);
  js_dom_set_attribute (J, element, value, js_string_value (js_to_string (J, js_arg (argc, argv, 2))));
  return JS_TRUE;
}

JS_DOM_NATIVE (dataset_delete)
{
  JsDomNode *element = dataset_element (J, js_arg (argc, argv, 0));
  char *name = attribute_for_property (J, js_arg (argc, argv, 1));

  if (name != NULL)
    {
      js_dom_remove_attribute (J, element, atom (J, name));
      g_free (name);
    }
  return JS_TRUE;
}

JS_DOM_NATIVE (dataset_get_own_property_descriptor)
{
  JsDomAttribute *attr = dataset_attribute (J, js_arg (argc, argv, 0), js_arg (argc, argv, 1));
  JsObject *descriptor;

  if (attr == NULL)
    return JS_UNDEFINED;
  descriptor = js_plain_object_new (J);
  js_define_value (J, descriptor, JS_KEY (J, value), attr->value, JS_PROP_DEFAULT);
  js_define_value (J, descriptor, JS_KEY (J, writable), JS_TRUE, JS_PROP_DEFAULT);
  js_define_value (J, descriptor, JS_KEY (J, enumerable), JS_TRUE, JS_PROP_DEFAULT);
  js_define_value (J, descriptor, JS_KEY (J, configurable), JS_TRUE, JS_PROP_DEFAULT);
  return js_object_value (descriptor);
}

/* The names of the data-* attributes without uppercase letters, each
 * "data-foo-bar" as "fooBar", in attribute order. */
JS_DOM_NATIVE (dataset_own_keys)
{
  JsDomNode *element = dataset_element (J, js_arg (argc, argv, 0));
  JsObject *keys = js_array_new (J, 0);

  for (guint i = 0; i < element->attributes->len; i++)
    {
      char *name = js_string_to_utf8 (js_get_string (g_array_index (element->attributes, JsDomAttribute, i).name));
      GString *key;
      gboolean valid = g_str_has_prefix (name, "data-");

      for (const char *p = name; *p != '\0' && valid; p++)
        valid = !g_ascii_isupper (*p);
      if (!valid)
        {
          g_free (name);
          continue;
        }
      key = g_string_new (NULL);
      for (const char *p = name + 5; *p != '\0'; p++)
        {
          if (*p == '-' && g_ascii_islower (p[1]))
            g_string_append_c (key, g_ascii_toupper (*++p));
          else
            g_string_append_c (key, *p);
        }
      js_array_push (J, keys, js_string_value (js_string_new_utf8 (J, key->str, (gssize) key->len)));
      g_string_free (key, TRUE);
      g_free (name);
    }
  return js_object_value (keys);
}

JsValue
js_dom_string_map_new (JsState *J, JsDomNode *element)
{
  JsObject *map = js_object_new_class (J, JS_CLASS_HOST, js_dom_root_object (J, DOM_ROOT_DATASET_PROTO));
  JsValue args[2];

  map->u.host.klass = &string_map_class;
  for (guint i = 0; i < G_N_ELEMENTS (map->u.host.slots); i++)
    map->u.host.slots[i] = JS_UNDEFINED;
  map->u.host.slots[0] = js_dom_node_value (element);
  args[0] = js_object_value (map);
  args[1] = js_dom (J)->roots[DOM_ROOT_DATASET_HANDLER];
  return js_construct (J, js_dom (J)->roots[DOM_ROOT_PROXY], 2, args, js_dom (J)->roots[DOM_ROOT_PROXY]);
}

void
js_dom_string_map_init (JsState *J)
{
  JsObject *handler = js_object_new (J, NULL);
  JsObject *map_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));

  js_define_method (J, handler, "get", dataset_get, 3);
  js_define_method (J, handler, "has", dataset_has, 2);
  js_define_method (J, handler, "set", dataset_set, 4);
  js_define_method (J, handler, "deleteProperty", dataset_delete, 2);
  js_define_method (J, handler, "getOwnPropertyDescriptor", dataset_get_own_property_descriptor, 2);
  js_define_method (J, handler, "ownKeys", dataset_own_keys, 1);
  js_dom (J)->roots[DOM_ROOT_DATASET_HANDLER] = js_object_value (handler);
  js_dom (J)->roots[DOM_ROOT_PROXY] = js_get_utf8 (J, js_object_value (J->global), "Proxy");
  js_dom_define_class (J, "DOMStringMap", 0, js_dom_illegal_constructor, map_proto, DOM_ROOT_DATASET_PROTO);
}
