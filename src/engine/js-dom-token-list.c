/* js-dom-token-list.c: DOMTokenList (DOM 7.1) for element.classList: the
 * ordered set of the class attribute's tokens, written back on each change
 * (so a mutation observer sees one attribute record per change). */
#include "js-dom.h"

static const JsHostClass token_list_class = { "DOMTokenList", NULL, NULL };

static JsDomNode *
this_token_list (JsState *J, JsValue this_value)
{
  JsObject *obj = js_dom_this_host (J, this_value, &token_list_class, "DOMTokenList");

  return js_dom_node_of (obj->u.host.slots[0]);
}

static char **
class_tokens (JsDomNode *element)
{
  JsValue value = js_dom_get_attribute (element, "class");
  char *text = js_is_null (value) ? g_strdup ("") : js_string_to_utf8 (js_get_string (value));
  char **split = g_strsplit_set (text, " \t\n\f\r", -1);
  GPtrArray *tokens = g_ptr_array_new ();

  /* The ordered set parser: no empty tokens, no duplicates. */
  for (char **t = split; *t != NULL; t++)
    {
      gboolean seen = **t == '\0';
      for (guint i = 0; i < tokens->len && !seen; i++)
        seen = strcmp (g_ptr_array_index (tokens, i), *t) == 0;
      if (!seen)
        g_ptr_array_add (tokens, g_strdup (*t));
    }
  g_ptr_array_add (tokens, NULL);
  g_strfreev (split);
  g_free (text);
  return (char **) g_ptr_array_free (tokens, FALSE);
}

/* The update steps: the set serialized back into the attribute. */
static void
set_class_tokens (JsState *J, JsDomNode *element, char **tokens)
{
  char *joined = g_strjoinv (" ", tokens);

  js_dom_set_attribute (J, element, js_string_value (js_intern_utf8 (J, "class")), js_string_value_utf8 (J, joined));
  g_free (joined);
}

/* The token's validation (DOM 7.1, "validation steps" of add, remove,
 * toggle), before any C memory is allocated for it. */
static JsString *
checked_token (JsState *J, const char *method, JsValue value)
{
  JsString *token = js_to_string (J, value);

  if (token->length == 0)
    js_dom_throw (J, "SyntaxError", "Failed to execute '%s' on 'DOMTokenList': The token provided must not be "
               "empty.", method);
  for (guint32 i = 0; i < token->length; i++)
    {
      uint16_t c = token->chars[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r')
        {
          char *text = js_string_to_utf8 (token);
          JsObject *error = js_dom_exception_new (J, "", "InvalidCharacterError");
          JsString *message = js_string_printf (J, "Failed to execute '%s' on 'DOMTokenList': The token provided "
                                                "('%s') contains HTML space characters, which are not valid in "
                                                "tokens.", method, text);
          g_free (text);
          js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
          js_throw (J, js_object_value (error));
        }
    }
  return token;
}

static gboolean
tokens_contain (char **tokens, const char *token)
{
  for (char **t = tokens; *t != NULL; t++)
    if (strcmp (*t, token) == 0)
      return TRUE;
  return FALSE;
}

static char **
tokens_with (char **tokens, const char *token, gboolean add)
{
  GPtrArray *result = g_ptr_array_new ();

  for (char **t = tokens; *t != NULL; t++)
    if (add || strcmp (*t, token) != 0)
      g_ptr_array_add (result, g_strdup (*t));
  if (add && !tokens_contain (tokens, token))
    g_ptr_array_add (result, g_strdup (token));
  g_ptr_array_add (result, NULL);
  g_strfreev (tokens);
  return (char **) g_ptr_array_free (result, FALSE);
}

static void
token_list_change (JsState *J, JsValue this_value, int argc, const JsValue *argv, gboolean add)
{
  JsDomNode *element = this_token_list (J, this_value);
  JsObject *checked = js_array_new (J, argc);
  char **tokens;

  for (int i = 0; i < argc; i++)
    js_array_push (J, checked, js_string_value (checked_token (J, add ? "add" : "remove", argv[i])));
  tokens = class_tokens (element);
  for (int i = 0; i < argc; i++)
    {
      char *token = js_string_to_utf8 (js_get_string (js_get_index (J, js_object_value (checked), i)));
      tokens = tokens_with (tokens, token, add);
      g_free (token);
    }
  set_class_tokens (J, element, tokens);
  g_strfreev (tokens);
}

JS_DOM_NATIVE (token_list_add) { token_list_change (J, this_value, argc, argv, TRUE); return JS_UNDEFINED; }
JS_DOM_NATIVE (token_list_remove) { token_list_change (J, this_value, argc, argv, FALSE); return JS_UNDEFINED; }

JS_DOM_NATIVE (token_list_contains)
{
  JsDomNode *element = this_token_list (J, this_value);
  char *token = js_string_to_utf8 (js_to_string (J, js_arg (argc, argv, 0)));
  char **tokens = class_tokens (element);
  gboolean found = tokens_contain (tokens, token);

  g_strfreev (tokens);
  g_free (token);
  return js_boolean (found);
}

JS_DOM_NATIVE (token_list_toggle)
{
  JsDomNode *element = this_token_list (J, this_value);
  char *token = js_string_to_utf8 (checked_token (J, "toggle", js_arg (argc, argv, 0)));
  char **tokens = class_tokens (element);
  gboolean present = tokens_contain (tokens, token);
  gboolean wanted = argc > 1 ? js_to_boolean (argv[1]) : !present;

  if (wanted != present)
    {
      tokens = tokens_with (tokens, token, wanted);
      g_free (token);
      set_class_tokens (J, element, tokens);
    }
  else
    g_free (token);
  g_strfreev (tokens);
  return js_boolean (wanted);
}

JS_DOM_NATIVE (token_list_get_length)
{
  char **tokens = class_tokens (this_token_list (J, this_value));
  guint n = g_strv_length (tokens);

  g_strfreev (tokens);
  return js_number (n);
}

JS_DOM_NATIVE (token_list_get_value)
{
  JsValue value = js_dom_get_attribute (this_token_list (J, this_value), "class");

  return js_is_null (value) ? js_string_value (JS_ATOM (J, empty)) : value;
}

JS_DOM_NATIVE (token_list_item)
{
  char **tokens = class_tokens (this_token_list (J, this_value));
  double index = js_to_number (J, js_arg (argc, argv, 0));
  JsValue result = JS_NULL;

  if (index >= 0 && index < g_strv_length (tokens))
    result = js_string_value_utf8 (J, tokens[(guint) index]);
  g_strfreev (tokens);
  return result;
}

JsValue
js_dom_token_list_new (JsState *J, JsDomNode *element)
{
  JsObject *list = js_object_new_class (J, JS_CLASS_HOST, js_dom_root_object (J, DOM_ROOT_TOKEN_LIST_PROTO));

  list->u.host.klass = &token_list_class;
  for (guint i = 0; i < G_N_ELEMENTS (list->u.host.slots); i++)
    list->u.host.slots[i] = JS_UNDEFINED;
  list->u.host.slots[0] = js_dom_node_value (element);
  return js_object_value (list);
}

void
js_dom_token_list_init (JsState *J)
{
  JsObject *token_proto;

  token_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  js_dom (J)->roots[DOM_ROOT_TOKEN_LIST_PROTO] = js_object_value (token_proto);
  js_native_constructor_new (J, "DOMTokenList", 0, js_dom_illegal_constructor, token_proto);
  js_define_value (J, token_proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "DOMTokenList"),
                   JS_PROP_CONFIGURABLE);
  js_dom_define_accessor (J, token_proto, "length", token_list_get_length, NULL);
  js_dom_define_accessor (J, token_proto, "value", token_list_get_value, NULL);
  js_define_method (J, token_proto, "item", token_list_item, 1);
  js_define_method (J, token_proto, "contains", token_list_contains, 1);
  js_define_method (J, token_proto, "add", token_list_add, 0);
  js_define_method (J, token_proto, "remove", token_list_remove, 0);
  js_define_method (J, token_proto, "toggle", token_list_toggle, 1);
  js_define_method (J, token_proto, "toString", token_list_get_value, 0);
}
