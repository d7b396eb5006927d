/* js-dom.c: the document of a page (DOM Standard 4; HTML for elements):
 * Node, Element / HTMLElement, Text, Document, DOMTokenList, and the window
 * as the global object.  Enough for the classic interview questions — build
 * elements, put them in the page, find them with simple selectors, read and
 * write attributes and text, click them — with every change queued for the
 * mutation observers as the DOM Standard's algorithms do.
 *
 * The page is the recorded fixture (tests/corpus-browser/README.md):
 *
 *   <html><head><meta charset="utf-8"></head><body><button id="button">Click
 *   me</button><script>…</script></body></html>
 *
 * The markup (innerHTML), selectors, classList and dataset have files of
 * their own: js-dom-html.c, js-dom-selector.c, js-dom-token-list.c,
 * js-dom-string-map.c.
 *
 * Simplifications: one document, HTML elements only (no namespaces, no
 * shadow trees, no comments), and collections (children,
 * childNodes, querySelectorAll) are arrays made when read, not live.
 */
#include "js-dom.h"


static void node_mark (JsState *J, JsEventTarget *target);
static void node_finalize (JsState *J, JsEventTarget *target);
static JsObject *node_get_the_parent (JsState *J, JsEventTarget *target, JsObject *event);

static const JsEventTargetClass node_class = { "Node", node_mark, node_finalize, node_get_the_parent };
static const JsEventTargetClass window_class = { "Window", NULL, NULL, NULL };

static JsValue
atom (JsState *J, const char *text)
{
  return js_string_value (js_intern_utf8 (J, text));
}

/* ------------------------------------------------------------------------
 * Nodes
 * ------------------------------------------------------------------------ */

static void
node_mark (JsState *J, JsEventTarget *target)
{
  JsDomNode *node = (JsDomNode *) target;

  js_gc_mark_thing (J, (JsGc *) node->parent);
  for (JsObject *child = node->first_child; child != NULL; child = js_dom_node_data (child)->next_sibling)
    js_gc_mark_thing (J, (JsGc *) child);
  js_gc_mark_value (J, node->local_name);
  js_gc_mark_value (J, node->data);
  js_gc_mark_value (J, node->class_list);
  js_gc_mark_value (J, node->dataset);
  js_gc_mark_value (J, node->style);
  js_gc_mark_value (J, node->template_contents);
  js_gc_mark_value (J, node->value);
  if (node->attributes != NULL)
    for (guint i = 0; i < node->attributes->len; i++)
      {
        js_gc_mark_value (J, g_array_index (node->attributes, JsDomAttribute, i).name);
        js_gc_mark_value (J, g_array_index (node->attributes, JsDomAttribute, i).value);
      }
  if (node->registered != NULL)
    js_mutation_mark_registered (J, node->registered);
}

static void
node_finalize (JsState *J, JsEventTarget *target)
{
  JsDomNode *node = (JsDomNode *) target;

  if (node->attributes != NULL)
    g_array_unref (node->attributes);
  if (node->registered != NULL)
    js_mutation_free_registered (node->registered);
}

/* "Get the parent" (DOM 2.7 for nodes; 4.5 for the document, whose parent
 * is the window except for `load`). */
static JsObject *
node_get_the_parent (JsState *J, JsEventTarget *target, JsObject *event)
{
  JsDomNode *node = (JsDomNode *) target;
  JsValue type;

  if (node->node_type != NODE_DOCUMENT)
    return node->parent;
  type = js_get_utf8 (J, js_object_value (event), "type");
  if (js_is_string (type) && js_string_equal_ascii (js_get_string (type), "load"))
    return NULL;
  return J->global;
}

JsDomNode *
js_dom_node_of (JsValue v)
{
  return (JsDomNode *) js_event_target_of_class (v, &node_class);
}

JsObject *
js_dom_node_parent (JsDomNode *node)
{
  return node->parent;
}

GPtrArray **
js_dom_node_registered_observers (JsDomNode *node)
{
  return &node->registered;
}

static JsValue
node_value (JsDomNode *node)
{
  return js_object_value (node->target.object);
}

static JsDomNode *
new_node (JsState *J, int node_type, JsDomRoot proto)
{
  JsObject *obj = js_event_target_new (J, &node_class, sizeof (JsDomNode), js_dom_root_object (J, proto));
  JsDomNode *node = js_dom_node_data (obj);

  node->node_type = node_type;
  node->local_name = JS_UNDEFINED;
  node->data = JS_UNDEFINED;
  node->class_list = JS_UNDEFINED;
  node->dataset = JS_UNDEFINED;
  node->style = JS_UNDEFINED;
  node->template_contents = JS_UNDEFINED;
  node->value = JS_EMPTY;
  node->checked = JS_EMPTY;
  return node;
}

JsDomNode *
js_dom_element_new (JsState *J, JsValue local_name)
{
  JsDomNode *node = new_node (J, NODE_ELEMENT, DOM_ROOT_HTML_ELEMENT_PROTO);

  js_object_set_prototype_of (J, node->target.object, js_dom_element_interface_prototype (J, local_name));
  node->local_name = local_name;
  node->attributes = g_array_new (FALSE, FALSE, sizeof (JsDomAttribute));
  return node;
}

JsDomNode *
js_dom_text_new (JsState *J, JsValue data)
{
  JsDomNode *node = new_node (J, NODE_TEXT, DOM_ROOT_TEXT_PROTO);

  node->data = data;
  return node;
}

JsDomNode *
js_dom_template_contents (JsState *J, JsDomNode *node)
{
  if (!js_dom_is_element (node) || !js_string_equal_ascii (js_get_string (node->local_name), "template"))
    return NULL;
  if (js_is_undefined (node->template_contents))
    node->template_contents = node_value (new_node (J, NODE_FRAGMENT, DOM_ROOT_FRAGMENT_PROTO));
  return js_dom_node_data (js_get_object (node->template_contents));
}

JsDomNode *
js_dom_comment_new (JsState *J, JsValue data)
{
  JsDomNode *node = new_node (J, NODE_COMMENT, DOM_ROOT_COMMENT_PROTO);

  node->data = data;
  return node;
}

static JsDomNode *
document (JsState *J)
{
  return js_dom_node_data (js_dom_root_object (J, DOM_ROOT_DOCUMENT));
}

static JsDomNode *
data_of (JsObject *obj)
{
  return obj != NULL ? js_dom_node_data (obj) : NULL;
}

static JsValue
object_or_null (JsObject *obj)
{
  return obj != NULL ? js_object_value (obj) : JS_NULL;
}

static gboolean
is_element (JsDomNode *node)
{
  return node != NULL && node->node_type == NODE_ELEMENT;
}

/* The tree order successor of `node` within `root`'s subtree, or NULL. */
static JsDomNode *
following (JsDomNode *node, JsDomNode *root)
{
  if (node->first_child != NULL)
    return data_of (node->first_child);
  while (node != root)
    {
      if (node->next_sibling != NULL)
        return data_of (node->next_sibling);
      node = data_of (node->parent);
    }
  return NULL;
}

static gboolean
is_inclusive_ancestor (JsDomNode *ancestor, JsDomNode *node)
{
  for (; node != NULL; node = data_of (node->parent))
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

static gboolean
is_connected (JsState *J, JsDomNode *node)
{
  while (node->parent != NULL)
    node = data_of (node->parent);
  return node == document (J);
}

/* ------------------------------------------------------------------------
 * Attributes (DOM 4.9.2)
 * ------------------------------------------------------------------------ */

static JsString *
ascii_lowercase (JsState *J, JsString *s)
{
  JsString *lower;
  gboolean changed = FALSE;

  for (guint32 i = 0; i < s->length && !changed; i++)
    changed = s->chars[i] >= 'A' && s->chars[i] <= 'Z';
  if (!changed)
    return s;
  lower = js_string_new_uninit (J, s->length);
  for (guint32 i = 0; i < s->length; i++)
    lower->chars[i] = s->chars[i] >= 'A' && s->chars[i] <= 'Z' ? s->chars[i] + 32 : s->chars[i];
  return lower;
}

static JsString *
ascii_uppercase (JsState *J, JsString *s)
{
  JsString *upper = js_string_new_uninit (J, s->length);

  for (guint32 i = 0; i < s->length; i++)
    upper->chars[i] = s->chars[i] >= 'a' && s->chars[i] <= 'z' ? s->chars[i] - 32 : s->chars[i];
  return upper;
}

JsDomAttribute *
js_dom_find_attribute (JsDomNode *element, JsValue name)
{
  for (guint i = 0; i < element->attributes->len; i++)
    {
      JsDomAttribute *attr = &g_array_index (element->attributes, JsDomAttribute, i);
      if (js_string_equal (js_get_string (attr->name), js_get_string (name)))
        return attr;
    }
  return NULL;
}

JsValue
js_dom_get_attribute (JsDomNode *element, const char *name_ascii)
{
  for (guint i = 0; i < element->attributes->len; i++)
    {
      JsDomAttribute *attr = &g_array_index (element->attributes, JsDomAttribute, i);
      if (js_string_equal_ascii (js_get_string (attr->name), name_ascii))
        return attr->value;
    }
  return JS_NULL;
}

/* "set an attribute value" with "change" / "append" (4.9.2), `name`
 * already lowercase. */
void
js_dom_set_attribute (JsState *J, JsDomNode *element, JsValue name, JsValue value)
{
  JsDomAttribute *attr;
  JsDomAttribute added;

  name = js_string_value (js_intern (J, js_get_string (name)));
  attr = js_dom_find_attribute (element, name);
  js_mutation_queue_record (J, JS_MUTATION_ATTRIBUTES, element->target.object, name,
                            attr != NULL ? attr->value : JS_NULL, NULL, NULL, NULL, NULL);
  if (attr != NULL)
    {
      attr->value = value;
      return;
    }
  added.name = name;
  added.value = value;
  g_array_append_val (element->attributes, added);
}

static void
set_attribute_ascii (JsState *J, JsDomNode *element, const char *name, JsValue value)
{
  js_dom_set_attribute (J, element, atom (J, name), value);
}

/* "remove an attribute by name" */
void
js_dom_remove_attribute (JsState *J, JsDomNode *element, JsValue name)
{
  JsDomAttribute *attr = js_dom_find_attribute (element, name);

  if (attr == NULL)
    return;
  js_mutation_queue_record (J, JS_MUTATION_ATTRIBUTES, element->target.object, attr->name, attr->value,
                            NULL, NULL, NULL, NULL);
  for (guint i = 0; i < element->attributes->len; i++)
    if (js_string_equal (js_get_string (g_array_index (element->attributes, JsDomAttribute, i).name),
                         js_get_string (name)))
      {
        g_array_remove_index (element->attributes, i);
        break;
      }
}

/* A valid attribute or element name, as Chromium checks it: no whitespace,
 * no '/', '>', '"', '\'', '=' and not empty. */
static gboolean
is_valid_name (JsString *name)
{
  if (name->length == 0)
    return FALSE;
  for (guint32 i = 0; i < name->length; i++)
    {
      uint16_t c = name->chars[i];
      if (c <= ' ' || c == '/' || c == '>' || c == '"' || c == '\'' || c == '=' || c == '<')
        return FALSE;
    }
  return TRUE;
}

void
js_dom_throw (JsState *J, const char *name, const char *format, ...)
{
  va_list args;
  char *message;
  JsObject *error;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  error = js_dom_exception_new (J, message, name);
  g_free (message);
  js_throw (J, js_object_value (error));
}

static JsValue
checked_attribute_name (JsState *J, const char *method, JsValue name_value)
{
  JsString *name = js_to_string (J, name_value);

  if (!is_valid_name (name))
    {
      char *text = js_string_to_utf8 (name);
      JsObject *error = js_dom_exception_new (J, "", "InvalidCharacterError");
      JsString *message = js_string_printf (J, "Failed to execute '%s' on 'Element': '%s' is not a valid "
                                            "attribute name.", method, text);
      g_free (text);
      js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
      js_throw (J, js_object_value (error));
    }
  return js_string_value (ascii_lowercase (J, name));
}

/* ------------------------------------------------------------------------
 * Mutation algorithms (DOM 4.2.3)
 * ------------------------------------------------------------------------ */

void
js_dom_link_before (JsDomNode *parent, JsDomNode *node, JsDomNode *child)
{
  JsObject *obj = node->target.object;

  node->parent = parent->target.object;
  node->next_sibling = child != NULL ? child->target.object : NULL;
  node->previous_sibling = child != NULL ? child->previous_sibling : parent->last_child;
  if (node->previous_sibling != NULL)
    data_of (node->previous_sibling)->next_sibling = obj;
  else
    parent->first_child = obj;
  if (child != NULL)
    child->previous_sibling = obj;
  else
    parent->last_child = obj;
}

static void
unlink_node (JsDomNode *node)
{
  JsDomNode *parent = data_of (node->parent);

  if (node->previous_sibling != NULL)
    data_of (node->previous_sibling)->next_sibling = node->next_sibling;
  else
    parent->first_child = node->next_sibling;
  if (node->next_sibling != NULL)
    data_of (node->next_sibling)->previous_sibling = node->previous_sibling;
  else
    parent->last_child = node->previous_sibling;
  node->parent = node->previous_sibling = node->next_sibling = NULL;
}

static JsObject *
single_node_array (JsState *J, JsDomNode *node)
{
  JsValue v = node_value (node);

  return js_array_from_values (J, &v, 1);
}

/* "remove" (steps 1–21 that apply here). */
static void
remove_node (JsState *J, JsDomNode *node, gboolean suppress_observers)
{
  JsDomNode *parent = data_of (node->parent);
  JsObject *previous = node->previous_sibling, *next = node->next_sibling;

  if (!suppress_observers)
    js_mutation_queue_tree_record (J, parent->target.object, NULL, single_node_array (J, node), previous, next);
  /* Step 14: observers of the parent with subtree keep watching the node
   * until they are notified (transient registered observers). */
  js_mutation_add_transient_observers (J, parent->target.object, node->target.object);
  unlink_node (node);
}

/* "insert" for one node (no fragments). */
static void
insert_node (JsState *J, JsDomNode *node, JsDomNode *parent, JsDomNode *child, gboolean suppress_observers)
{
  JsObject *previous;

  /* "adopt": remove it from its old parent first. */
  if (node->parent != NULL)
    remove_node (J, node, FALSE);
  js_dom_link_before (parent, node, child);
  previous = node->previous_sibling;
  if (!suppress_observers)
    js_mutation_queue_tree_record (J, parent->target.object, single_node_array (J, node), NULL, previous,
                                   child != NULL ? child->target.object : NULL);
}

/* "ensure pre-insertion validity" (4.2.3), with Chromium's messages. */
static void
ensure_pre_insertion_validity (JsState *J, const char *method, JsDomNode *node, JsDomNode *parent, JsDomNode *child)
{
  if (js_dom_is_character_data (parent))
    js_dom_throw (J, "HierarchyRequestError", "Failed to execute '%s' on 'Node': This node type does not support "
               "this method.", method);
  if (is_inclusive_ancestor (node, parent))
    js_dom_throw (J, "HierarchyRequestError", "Failed to execute '%s' on 'Node': The new child element contains "
               "the parent.", method);
  if (child != NULL && data_of (child->parent) != parent)
    js_dom_throw (J, "NotFoundError", "Failed to execute '%s' on 'Node': The node before which the new node is "
               "to be inserted is not a child of this node.", method);
  if (node->node_type == NODE_DOCUMENT)
    js_dom_throw (J, "HierarchyRequestError", "Failed to execute '%s' on 'Node': Nodes of type '#document' may "
               "not be inserted inside nodes of type '%s'.", method,
               parent->node_type == NODE_DOCUMENT ? "#document" : "HTML");
  if (parent->node_type == NODE_DOCUMENT && (node->node_type == NODE_TEXT || parent->first_child != NULL))
    js_dom_throw (J, "HierarchyRequestError", "Failed to execute '%s' on 'Node': %s", method,
               node->node_type == NODE_TEXT ? "Nodes of type '#text' may not be inserted inside nodes of type "
               "'#document'." : "Only one element on document allowed.");
}

/* "insert" of a document fragment: its children leave it (one record on
 * the fragment) and enter `parent` before `child` (one record there). */
static void
insert_fragment (JsState *J, JsDomNode *fragment, JsDomNode *parent, JsDomNode *child)
{
  JsObject *nodes = js_array_new (J, 0);
  JsObject *previous;
  guint32 n;

  for (JsObject *c = fragment->first_child; c != NULL; c = data_of (c)->next_sibling)
    js_array_push (J, nodes, js_object_value (c));
  n = js_array_length (nodes);
  if (n == 0)
    return;
  while (fragment->first_child != NULL)
    unlink_node (data_of (fragment->first_child));
  js_mutation_queue_tree_record (J, fragment->target.object, NULL, nodes, NULL, NULL);
  previous = child != NULL ? child->previous_sibling : parent->last_child;
  for (guint32 i = 0; i < n; i++)
    js_dom_link_before (parent, js_dom_node_of (js_get_index (J, js_object_value (nodes), i)), child);
  js_mutation_queue_tree_record (J, parent->target.object, nodes, NULL, previous,
                                 child != NULL ? child->target.object : NULL);
}

/* "pre-insert" */
static void
pre_insert (JsState *J, const char *method, JsDomNode *node, JsDomNode *parent, JsDomNode *child)
{
  ensure_pre_insertion_validity (J, method, node, parent, child);
  if (node->node_type == NODE_FRAGMENT)
    {
      for (JsObject *c = node->first_child; c != NULL; c = data_of (c)->next_sibling)
        ensure_pre_insertion_validity (J, method, data_of (c), parent, child);
      insert_fragment (J, node, parent, child);
      return;
    }
  if (child == node)
    child = data_of (node->next_sibling);
  insert_node (J, node, parent, child, FALSE);
}

/* "replace all" with the nodes of `nodes` (NULL or an array of new,
 * parentless nodes): one record for the whole change. */
static void
replace_all (JsState *J, JsDomNode *parent, JsObject *nodes)
{
  JsObject *removed = js_array_new (J, 0);
  JsObject *added = nodes != NULL ? nodes : js_array_new (J, 0);
  guint32 n_added = js_array_length (added);

  for (JsObject *child = parent->first_child; child != NULL; child = data_of (child)->next_sibling)
    js_array_push (J, removed, js_object_value (child));
  while (parent->first_child != NULL)
    remove_node (J, data_of (parent->first_child), TRUE);
  for (guint32 i = 0; i < n_added; i++)
    insert_node (J, js_dom_node_of (js_get_index (J, js_object_value (added), i)), parent, NULL, TRUE);
  if (n_added > 0 || js_array_length (removed) > 0)
    js_mutation_queue_tree_record (J, parent->target.object, added, removed, NULL, NULL);
}

/* "replace data" of a Text node, whole. */
static void
replace_data (JsState *J, JsDomNode *text, JsValue data)
{
  js_mutation_queue_record (J, JS_MUTATION_CHARACTER_DATA, text->target.object, JS_NULL, text->data,
                            NULL, NULL, NULL, NULL);
  text->data = data;
}

/* ------------------------------------------------------------------------
 * Text content and markup
 * ------------------------------------------------------------------------ */

static void
append_text_content (JsState *J, JsStringBuilder *b, JsDomNode *root)
{
  for (JsDomNode *node = root; node != NULL; node = following (node, root))
    if (node->node_type == NODE_TEXT)
      js_string_builder_append (J, b, js_get_string (node->data));
}

static JsValue
text_content (JsState *J, JsDomNode *node)
{
  JsStringBuilder *b;

  if (js_dom_is_character_data (node))
    return node->data;
  if (node->node_type == NODE_DOCUMENT)
    return JS_NULL;
  b = js_string_builder_new (J);
  append_text_content (J, b, node);
  return js_string_value (js_string_builder_finish (J, b));
}

/* "string replace all" (4.2.3) for the textContent setter. */
static void
set_text_content (JsState *J, JsDomNode *node, JsValue value)
{
  JsString *s = js_is_null (value) ? JS_ATOM (J, empty) : js_to_string (J, value);

  if (js_dom_is_character_data (node))
    replace_data (J, node, js_string_value (s));
  else if (node->node_type == NODE_ELEMENT || node->node_type == NODE_FRAGMENT)
    replace_all (J, node, s->length > 0 ? single_node_array (J, js_dom_text_new (J, js_string_value (s))) : NULL);
}

static GPtrArray *
parse_selector_or_throw (JsState *J, const char *method, const char *interface_name, JsValue selector_value)
{
  char *selector = js_string_to_utf8 (js_to_string (J, selector_value));
  GPtrArray *list = js_dom_selector_parse (selector);

  if (list == NULL)
    {
      JsObject *error = js_dom_exception_new (J, "", "SyntaxError");
      JsString *message = js_string_printf (J, "Failed to execute '%s' on '%s': '%s' is not a valid selector.",
                                            method, interface_name, selector);
      g_free (selector);
      js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
      js_throw (J, js_object_value (error));
    }
  g_free (selector);
  return list;
}

/* The descendants of `root` matching `list` in tree order; all of them
 * into `out` or only the first (returned). */
static JsDomNode *
query (JsState *J, JsDomNode *root, GPtrArray *list, JsObject *out)
{
  for (JsDomNode *node = following (root, root); node != NULL; node = following (node, root))
    if (is_element (node) && js_dom_selector_matches (J, node, list))
      {
        if (out == NULL)
          return node;
        js_array_push (J, out, node_value (node));
      }
  return NULL;
}

/* ------------------------------------------------------------------------
 * Node.prototype
 * ------------------------------------------------------------------------ */

static JsDomNode *
this_node (JsState *J, JsValue this_value, const char *interface_name)
{
  JsDomNode *node = js_dom_node_of (this_value);

  if (node == NULL)
    js_dom_throw_bad_this (J, interface_name, this_value);
  return node;
}

static JsDomNode *
this_element (JsState *J, JsValue this_value)
{
  JsDomNode *node = js_dom_node_of (this_value);

  if (!is_element (node))
    js_dom_throw_bad_this (J, "Element", this_value);
  return node;
}

static JsDomNode *
node_argument (JsState *J, const char *method, const char *interface_name, int argc, const JsValue *argv, int i)
{
  JsDomNode *node = js_dom_node_of (js_arg (argc, argv, i));

  if (node == NULL)
    js_throw_type_error (J, "Failed to execute '%s' on '%s': parameter %d is not of type 'Node'.",
                         method, interface_name, i + 1);
  return node;
}

JS_DOM_NATIVE (node_get_node_type) { return js_number (this_node (J, this_value, "Node")->node_type); }
JS_DOM_NATIVE (node_get_parent_node) { return object_or_null (this_node (J, this_value, "Node")->parent); }
JS_DOM_NATIVE (node_get_first_child) { return object_or_null (this_node (J, this_value, "Node")->first_child); }
JS_DOM_NATIVE (node_get_last_child) { return object_or_null (this_node (J, this_value, "Node")->last_child); }
JS_DOM_NATIVE (node_get_previous_sibling) { return object_or_null (this_node (J, this_value, "Node")->previous_sibling); }
JS_DOM_NATIVE (node_get_next_sibling) { return object_or_null (this_node (J, this_value, "Node")->next_sibling); }
JS_DOM_NATIVE (node_get_is_connected) { return js_boolean (is_connected (J, this_node (J, this_value, "Node"))); }
JS_DOM_NATIVE (node_get_owner_document)
{
  JsDomNode *node = this_node (J, this_value, "Node");

  return node->node_type == NODE_DOCUMENT ? JS_NULL : node_value (document (J));
}

JS_DOM_NATIVE (node_get_parent_element)
{
  JsDomNode *parent = data_of (this_node (J, this_value, "Node")->parent);

  return is_element (parent) ? node_value (parent) : JS_NULL;
}

JS_DOM_NATIVE (node_get_node_name)
{
  JsDomNode *node = this_node (J, this_value, "Node");

  if (node->node_type == NODE_TEXT)
    return js_string_value_utf8 (J, "#text");
  if (node->node_type == NODE_COMMENT)
    return js_string_value_utf8 (J, "#comment");
  if (node->node_type == NODE_DOCUMENT)
    return js_string_value_utf8 (J, "#document");
  if (node->node_type == NODE_FRAGMENT)
    return js_string_value_utf8 (J, "#document-fragment");
  return js_string_value (ascii_uppercase (J, js_get_string (node->local_name)));
}

JS_DOM_NATIVE (node_get_child_nodes)
{
  JsObject *result = js_array_new (J, 0);

  for (JsObject *c = this_node (J, this_value, "Node")->first_child; c != NULL; c = data_of (c)->next_sibling)
    js_array_push (J, result, js_object_value (c));
  return js_object_value (result);
}

JS_DOM_NATIVE (node_get_text_content) { return text_content (J, this_node (J, this_value, "Node")); }

JS_DOM_NATIVE (node_set_text_content)
{
  set_text_content (J, this_node (J, this_value, "Node"), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (node_get_node_value)
{
  JsDomNode *node = this_node (J, this_value, "Node");

  return js_dom_is_character_data (node) ? node->data : JS_NULL;
}

JS_DOM_NATIVE (node_set_node_value)
{
  JsDomNode *node = this_node (J, this_value, "Node");

  if (js_dom_is_character_data (node))
    replace_data (J, node, js_is_null (js_arg (argc, argv, 0)) ? js_string_value (JS_ATOM (J, empty))
                                                               : js_string_value (js_to_string (J, js_arg (argc, argv, 0))));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (node_append_child)
{
  JsDomNode *parent = this_node (J, this_value, "Node");
  JsDomNode *node = node_argument (J, "appendChild", "Node", argc, argv, 0);

  pre_insert (J, "appendChild", node, parent, NULL);
  return node_value (node);
}

JS_DOM_NATIVE (node_insert_before)
{
  JsDomNode *parent = this_node (J, this_value, "Node");
  JsDomNode *node = node_argument (J, "insertBefore", "Node", argc, argv, 0);
  JsValue child_value = js_arg (argc, argv, 1);
  JsDomNode *child = js_is_nullish (child_value) ? NULL : node_argument (J, "insertBefore", "Node", argc, argv, 1);

  pre_insert (J, "insertBefore", node, parent, child);
  return node_value (node);
}

JS_DOM_NATIVE (node_remove_child)
{
  JsDomNode *parent = this_node (J, this_value, "Node");
  JsDomNode *child = node_argument (J, "removeChild", "Node", argc, argv, 0);

  if (data_of (child->parent) != parent)
    js_dom_throw (J, "NotFoundError", "Failed to execute 'removeChild' on 'Node': The node to be removed is not a "
               "child of this node.");
  remove_node (J, child, FALSE);
  return node_value (child);
}

/* "replace" (4.2.3) `child` of `parent` with `node` (a fragment: its
 * children): the removal and the insertion make one record. */
static void
replace_child (JsState *J, JsDomNode *node, JsDomNode *child, JsDomNode *parent)
{
  JsObject *previous, *reference, *added, *removed = js_array_new (J, 0);

  reference = child->next_sibling == node->target.object ? node->next_sibling : child->next_sibling;
  previous = child->previous_sibling == node->target.object ? node->previous_sibling : child->previous_sibling;
  if (node->node_type == NODE_FRAGMENT)
    {
      added = js_array_new (J, 0);
      for (JsObject *c = node->first_child; c != NULL; c = data_of (c)->next_sibling)
        js_array_push (J, added, js_object_value (c));
      js_array_push (J, removed, node_value (child));
      remove_node (J, child, TRUE);
      while (node->first_child != NULL)
        unlink_node (data_of (node->first_child));
      if (js_array_length (added) > 0)
        js_mutation_queue_tree_record (J, node->target.object, NULL, added, NULL, NULL);
      for (guint32 i = 0; i < js_array_length (added); i++)
        js_dom_link_before (parent, js_dom_node_of (js_get_index (J, js_object_value (added), i)),
                            data_of (reference));
    }
  else
    {
      /* Chromium takes the node from its old parent first (with a record of
       * its own), so replacing a node with itself records a removal and then
       * an insertion. */
      added = single_node_array (J, node);
      if (node->parent != NULL)
        remove_node (J, node, FALSE);
      if (child->parent != NULL)
        {
          js_array_push (J, removed, node_value (child));
          remove_node (J, child, TRUE);
        }
      insert_node (J, node, parent, data_of (reference), TRUE);
    }
  js_mutation_queue_tree_record (J, parent->target.object, added, removed, previous, reference);
}

JS_DOM_NATIVE (node_replace_child)
{
  JsDomNode *parent = this_node (J, this_value, "Node");
  JsDomNode *node = node_argument (J, "replaceChild", "Node", argc, argv, 0);
  JsDomNode *child = node_argument (J, "replaceChild", "Node", argc, argv, 1);

  if (data_of (child->parent) != parent)
    js_dom_throw (J, "NotFoundError", "Failed to execute 'replaceChild' on 'Node': The node to be replaced is not "
               "a child of this node.");
  if (is_inclusive_ancestor (node, parent))
    js_dom_throw (J, "HierarchyRequestError", "Failed to execute 'replaceChild' on 'Node': The new child element "
               "contains the parent.");
  replace_child (J, node, child, parent);
  return node_value (child);
}

JS_DOM_NATIVE (node_contains)
{
  JsDomNode *node = this_node (J, this_value, "Node");
  JsDomNode *other = js_dom_node_of (js_arg (argc, argv, 0));

  return js_boolean (other != NULL && is_inclusive_ancestor (node, other));
}

JS_DOM_NATIVE (node_has_child_nodes) { return js_boolean (this_node (J, this_value, "Node")->first_child != NULL); }

static JsDomNode *
clone_node (JsState *J, JsDomNode *node, gboolean deep)
{
  JsDomNode *copy;

  if (node->node_type == NODE_TEXT)
    return js_dom_text_new (J, node->data);
  if (node->node_type == NODE_COMMENT)
    return js_dom_comment_new (J, node->data);
  if (node->node_type == NODE_FRAGMENT)
    copy = new_node (J, NODE_FRAGMENT, DOM_ROOT_FRAGMENT_PROTO);
  else
    {
      copy = js_dom_element_new (J, node->local_name);
      g_array_append_vals (copy->attributes, node->attributes->data, node->attributes->len);
    }
  if (deep)
    {
      JsDomNode *contents = js_dom_template_contents (J, node);
      for (JsObject *c = node->first_child; c != NULL; c = data_of (c)->next_sibling)
        js_dom_link_before (copy, clone_node (J, data_of (c), TRUE), NULL);
      /* The template's cloning steps (HTML 4.12.3) copy its contents too. */
      if (contents != NULL)
        for (JsObject *c = contents->first_child; c != NULL; c = data_of (c)->next_sibling)
          js_dom_link_before (js_dom_template_contents (J, copy), clone_node (J, data_of (c), TRUE), NULL);
    }
  return copy;
}

JS_DOM_NATIVE (node_clone_node)
{
  JsDomNode *node = this_node (J, this_value, "Node");

  if (node->node_type == NODE_DOCUMENT)
    js_dom_throw (J, "NotSupportedError", "Failed to execute 'cloneNode' on 'Node': Cloning documents is not supported.");
  return node_value (clone_node (J, node, js_to_boolean (js_arg (argc, argv, 0))));
}

/* document.importNode(node, deep): a clone (there is one document). */
JS_DOM_NATIVE (document_import_node)
{
  JsDomNode *node = node_argument (J, "importNode", "Document", argc, argv, 0);

  if (node->node_type == NODE_DOCUMENT)
    js_dom_throw (J, "NotSupportedError", "Failed to execute 'importNode' on 'Document': The node provided is a "
               "document, which may not be imported.");
  return node_value (clone_node (J, node, js_to_boolean (js_arg (argc, argv, 1))));
}

/* "convert nodes into a node" for append()/prepend(): strings become Text. */
static JsObject *
nodes_from_arguments (JsState *J, int argc, const JsValue *argv)
{
  JsObject *nodes = js_array_new (J, 0);

  for (int i = 0; i < argc; i++)
    {
      JsDomNode *node = js_dom_node_of (argv[i]);
      if (node != NULL && node->node_type == NODE_FRAGMENT && argc > 1)
        {
          /* Its children join the others (the fragment empties when they move). */
          for (JsObject *c = node->first_child; c != NULL; c = data_of (c)->next_sibling)
            js_array_push (J, nodes, js_object_value (c));
          continue;
        }
      if (node == NULL)
        node = js_dom_text_new (J, js_string_value (js_to_string (J, argv[i])));
      js_array_push (J, nodes, node_value (node));
    }
  return nodes;
}

static gboolean
array_contains (JsState *J, JsObject *nodes, JsDomNode *node)
{
  guint32 n = js_array_length (nodes);

  for (guint32 i = 0; i < n; i++)
    if (js_dom_node_of (js_get_index (J, js_object_value (nodes), i)) == node)
      return TRUE;
  return FALSE;
}

/* Inserts the nodes of append(), prepend(), before(), after() before
 * `child`.  Several nodes go in as a document fragment would: each leaves
 * its old parent, then all are inserted with one record. */
static void
insert_all (JsState *J, const char *method, JsDomNode *parent, JsDomNode *child, JsObject *nodes)
{
  guint32 n = js_array_length (nodes);
  JsObject *previous;

  if (n == 1)
    {
      pre_insert (J, method, js_dom_node_of (js_get_index (J, js_object_value (nodes), 0)), parent, child);
      return;
    }
  if (n == 0)
    return;
  /* The viable next sibling: the first following sibling not inserted. */
  while (child != NULL && array_contains (J, nodes, child))
    child = data_of (child->next_sibling);
  for (guint32 i = 0; i < n; i++)
    ensure_pre_insertion_validity (J, method, js_dom_node_of (js_get_index (J, js_object_value (nodes), i)),
                                   parent, child);
  for (guint32 i = 0; i < n; i++)
    {
      JsDomNode *node = js_dom_node_of (js_get_index (J, js_object_value (nodes), i));
      if (node->parent != NULL)
        remove_node (J, node, FALSE);
    }
  previous = child != NULL ? child->previous_sibling : parent->last_child;
  for (guint32 i = 0; i < n; i++)
    {
      JsDomNode *node = js_dom_node_of (js_get_index (J, js_object_value (nodes), i));
      if (node->parent == NULL)
        js_dom_link_before (parent, node, child);
    }
  js_mutation_queue_tree_record (J, parent->target.object, nodes, NULL, previous,
                                 child != NULL ? child->target.object : NULL);
}

JS_DOM_NATIVE (parent_node_append)
{
  JsDomNode *parent = this_node (J, this_value, "Element");

  insert_all (J, "append", parent, NULL, nodes_from_arguments (J, argc, argv));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (parent_node_prepend)
{
  JsDomNode *parent = this_node (J, this_value, "Element");
  JsObject *nodes = nodes_from_arguments (J, argc, argv);

  insert_all (J, "prepend", parent, data_of (parent->first_child), nodes);
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (child_node_remove)
{
  JsDomNode *node = this_node (J, this_value, "Element");

  if (node->parent != NULL)
    remove_node (J, node, FALSE);
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (child_node_before)
{
  JsDomNode *node = this_node (J, this_value, "Element");
  JsObject *nodes = nodes_from_arguments (J, argc, argv);

  if (node->parent != NULL)
    insert_all (J, "before", data_of (node->parent), node, nodes);
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (child_node_after)
{
  JsDomNode *node = this_node (J, this_value, "Element");
  JsObject *nodes = nodes_from_arguments (J, argc, argv);

  if (node->parent != NULL)
    insert_all (J, "after", data_of (node->parent), data_of (node->next_sibling), nodes);
  return JS_UNDEFINED;
}

/* replaceWith (DOM 4.2.8): the nodes converted into one node (several go
 * into a new fragment, leaving their parents), which replaces this node if
 * it is still a child, else goes before the viable next sibling. */
JS_DOM_NATIVE (child_node_replace_with)
{
  JsDomNode *node = this_node (J, this_value, "Element");
  JsObject *nodes = nodes_from_arguments (J, argc, argv);
  JsDomNode *parent = data_of (node->parent);
  guint32 n = js_array_length (nodes);
  JsDomNode *next, *replacement;

  if (parent == NULL)
    return JS_UNDEFINED;
  next = data_of (node->next_sibling);
  while (next != NULL && array_contains (J, nodes, next))
    next = data_of (next->next_sibling);
  if (n == 1)
    replacement = js_dom_node_of (js_get_index (J, js_object_value (nodes), 0));
  else
    {
      replacement = new_node (J, NODE_FRAGMENT, DOM_ROOT_FRAGMENT_PROTO);
      for (guint32 i = 0; i < n; i++)
        {
          JsDomNode *each = js_dom_node_of (js_get_index (J, js_object_value (nodes), i));
          if (each->parent != NULL)
            remove_node (J, each, FALSE);
          js_dom_link_before (replacement, each, NULL);
        }
    }
  if (data_of (node->parent) == parent)
    {
      if (is_inclusive_ancestor (replacement, parent))
        js_dom_throw (J, "HierarchyRequestError", "Failed to execute 'replaceWith' on 'Element': The new child "
                   "element contains the parent.");
      replace_child (J, replacement, node, parent);
    }
  else
    pre_insert (J, "replaceWith", replacement, parent, next);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * Element.prototype
 * ------------------------------------------------------------------------ */

JS_DOM_NATIVE (element_get_tag_name)
{
  return js_string_value (ascii_uppercase (J, js_get_string (this_element (J, this_value)->local_name)));
}

JS_DOM_NATIVE (element_get_local_name) { return this_element (J, this_value)->local_name; }

JS_DOM_NATIVE (element_get_attribute)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue name = js_string_value (ascii_lowercase (J, js_to_string (J, js_arg (argc, argv, 0))));
  JsDomAttribute *attr = js_dom_find_attribute (element, name);

  return attr != NULL ? attr->value : JS_NULL;
}

JS_DOM_NATIVE (element_has_attribute)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue name = js_string_value (ascii_lowercase (J, js_to_string (J, js_arg (argc, argv, 0))));

  return js_boolean (js_dom_find_attribute (element, name) != NULL);
}

JS_DOM_NATIVE (element_set_attribute)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue name, value;

  if (argc < 2)
    js_throw_type_error (J, "Failed to execute 'setAttribute' on 'Element': 2 arguments required, but only %d "
                         "present.", argc);
  name = checked_attribute_name (J, "setAttribute", argv[0]);
  value = js_string_value (js_to_string (J, argv[1]));
  js_dom_set_attribute (J, element, name, value);
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (element_remove_attribute)
{
  JsDomNode *element = this_element (J, this_value);

  js_dom_remove_attribute (J, element, js_string_value (ascii_lowercase (J, js_to_string (J, js_arg (argc, argv, 0)))));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (element_toggle_attribute)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue name = checked_attribute_name (J, "toggleAttribute", js_arg (argc, argv, 0));
  gboolean present = js_dom_find_attribute (element, name) != NULL;
  gboolean wanted = argc > 1 ? js_to_boolean (argv[1]) : !present;

  if (wanted && !present)
    js_dom_set_attribute (J, element, name, js_string_value (JS_ATOM (J, empty)));
  else if (!wanted && present)
    js_dom_remove_attribute (J, element, name);
  return js_boolean (wanted);
}

JS_DOM_NATIVE (element_get_attribute_names)
{
  JsDomNode *element = this_element (J, this_value);
  JsObject *names = js_array_new (J, element->attributes->len);

  for (guint i = 0; i < element->attributes->len; i++)
    js_array_push (J, names, g_array_index (element->attributes, JsDomAttribute, i).name);
  return js_object_value (names);
}

/* Reflected attributes (HTML 2.6.1): a string that reads "" when absent. */
static JsValue
reflect_get (JsState *J, JsValue this_value, const char *name)
{
  JsValue value = js_dom_get_attribute (this_element (J, this_value), name);

  return js_is_null (value) ? js_string_value (JS_ATOM (J, empty)) : value;
}

static void
reflect_set (JsState *J, JsValue this_value, const char *name, int argc, const JsValue *argv)
{
  JsDomNode *element = this_element (J, this_value);

  set_attribute_ascii (J, element, name, js_string_value (js_to_string (J, js_arg (argc, argv, 0))));
}

JS_DOM_NATIVE (element_get_id) { return reflect_get (J, this_value, "id"); }
JS_DOM_NATIVE (element_set_id) { reflect_set (J, this_value, "id", argc, argv); return JS_UNDEFINED; }
JS_DOM_NATIVE (element_get_class_name) { return reflect_get (J, this_value, "class"); }
JS_DOM_NATIVE (element_set_class_name) { reflect_set (J, this_value, "class", argc, argv); return JS_UNDEFINED; }
JS_DOM_NATIVE (element_get_title) { return reflect_get (J, this_value, "title"); }
JS_DOM_NATIVE (element_set_title) { reflect_set (J, this_value, "title", argc, argv); return JS_UNDEFINED; }

/* A boolean attribute reflected as a property: present means true. */
static JsValue
reflect_get_boolean (JsState *J, JsValue this_value, const char *name)
{
  return js_boolean (!js_is_null (js_dom_get_attribute (this_element (J, this_value), name)));
}

static void
reflect_set_boolean (JsState *J, JsValue this_value, const char *name, int argc, const JsValue *argv)
{
  JsDomNode *element = this_element (J, this_value);

  if (js_to_boolean (js_arg (argc, argv, 0)))
    set_attribute_ascii (J, element, name, js_string_value (JS_ATOM (J, empty)));
  else
    js_dom_remove_attribute (J, element, atom (J, name));
}

JS_DOM_NATIVE (element_get_disabled) { return reflect_get_boolean (J, this_value, "disabled"); }
JS_DOM_NATIVE (element_set_disabled) { reflect_set_boolean (J, this_value, "disabled", argc, argv); return JS_UNDEFINED; }

/* value and checked of form controls (HTML 4.10.5.4): the attribute until
 * the script sets them (the dirty flags); a textarea's default value is its
 * text. */
static gboolean
is_form_control (JsDomNode *element)
{
  static const char *const names[] = { "input", "textarea", "select", "option", "button", "output" };
  JsString *name = js_get_string (element->local_name);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (js_string_equal_ascii (name, names[i]))
      return TRUE;
  return FALSE;
}

JS_DOM_NATIVE (element_get_value)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue value;

  if (!is_form_control (element))
    return JS_UNDEFINED;
  if (!js_is_empty (element->value))
    return element->value;
  if (js_string_equal_ascii (js_get_string (element->local_name), "textarea"))
    return text_content (J, element);
  value = js_dom_get_attribute (element, "value");
  return js_is_null (value) ? js_string_value (JS_ATOM (J, empty)) : value;
}

JS_DOM_NATIVE (element_set_value)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue value = js_arg (argc, argv, 0);

  element->value = js_is_null (value) ? js_string_value (JS_ATOM (J, empty)) : js_string_value (js_to_string (J, value));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (element_get_checked)
{
  JsDomNode *element = this_element (J, this_value);

  if (!js_is_empty (element->checked))
    return element->checked;
  return js_boolean (!js_is_null (js_dom_get_attribute (element, "checked")));
}

JS_DOM_NATIVE (element_set_checked)
{
  this_element (J, this_value)->checked = js_boolean (js_to_boolean (js_arg (argc, argv, 0)));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (element_get_children)
{
  JsObject *result = js_array_new (J, 0);

  for (JsObject *c = this_node (J, this_value, "Element")->first_child; c != NULL; c = data_of (c)->next_sibling)
    if (is_element (data_of (c)))
      js_array_push (J, result, js_object_value (c));
  return js_object_value (result);
}

static JsDomNode *
element_sibling (JsDomNode *node, gboolean forward)
{
  for (node = data_of (forward ? node->next_sibling : node->previous_sibling); node != NULL;
       node = data_of (forward ? node->next_sibling : node->previous_sibling))
    if (is_element (node))
      return node;
  return NULL;
}

static JsValue
element_child (JsDomNode *parent, gboolean first)
{
  JsDomNode *child = data_of (first ? parent->first_child : parent->last_child);

  if (child != NULL && !is_element (child))
    child = element_sibling (child, first);
  return child != NULL ? node_value (child) : JS_NULL;
}

JS_DOM_NATIVE (element_get_first_element_child) { return element_child (this_node (J, this_value, "Element"), TRUE); }
JS_DOM_NATIVE (element_get_last_element_child) { return element_child (this_node (J, this_value, "Element"), FALSE); }

JS_DOM_NATIVE (element_get_child_element_count)
{
  int n = 0;

  for (JsObject *c = this_node (J, this_value, "Element")->first_child; c != NULL; c = data_of (c)->next_sibling)
    n += is_element (data_of (c));
  return js_number (n);
}

JS_DOM_NATIVE (element_get_next_element_sibling)
{
  JsDomNode *sibling = element_sibling (this_node (J, this_value, "Element"), TRUE);

  return sibling != NULL ? node_value (sibling) : JS_NULL;
}

JS_DOM_NATIVE (element_get_previous_element_sibling)
{
  JsDomNode *sibling = element_sibling (this_node (J, this_value, "Element"), FALSE);

  return sibling != NULL ? node_value (sibling) : JS_NULL;
}

static JsValue
markup (JsState *J, JsDomNode *node, gboolean outer)
{
  GString *out = g_string_new (NULL);
  JsValue result;

  js_dom_serialize (node, outer, out);
  result = js_string_value (js_string_new_utf8 (J, out->str, (gssize) out->len));
  g_string_free (out, TRUE);
  return result;
}

JS_DOM_NATIVE (template_get_content)
{
  JsDomNode *contents = js_dom_template_contents (J, this_element (J, this_value));

  return contents != NULL ? node_value (contents) : JS_UNDEFINED;
}

JS_DOM_NATIVE (element_get_inner_html) { return markup (J, this_element (J, this_value), FALSE); }
JS_DOM_NATIVE (element_get_outer_html) { return markup (J, this_element (J, this_value), TRUE); }

JS_DOM_NATIVE (element_set_inner_html)
{
  JsDomNode *element = this_element (J, this_value);
  JsValue value = js_arg (argc, argv, 0);
  char *html = js_is_null (value) ? g_strdup ("") : js_string_to_utf8 (js_to_string (J, value));
  JsObject *nodes = js_dom_parse_fragment (J, html);
  JsDomNode *contents = js_dom_template_contents (J, element);

  g_free (html);
  /* A template's markup is its contents' (DOM Parsing 7.1, step 2). */
  replace_all (J, contents != NULL ? contents : element, js_array_length (nodes) > 0 ? nodes : NULL);
  return JS_UNDEFINED;
}

/* insertAdjacentHTML (DOM Parsing 7.4): the parsed nodes go before or
 * after the element, or at the start or end of its children. */
JS_DOM_NATIVE (element_insert_adjacent_html)
{
  JsDomNode *element = this_element (J, this_value);
  JsString *position_string = js_to_string (J, js_arg (argc, argv, 0));
  JsString *html = js_to_string (J, js_arg (argc, argv, 1));
  char *position = js_string_to_utf8 (position_string);
  gboolean outside = g_ascii_strcasecmp (position, "beforebegin") == 0 || g_ascii_strcasecmp (position, "afterend") == 0;
  JsDomNode *parent = outside ? data_of (element->parent) : element;
  JsDomNode *child = NULL;
  gboolean known = TRUE;
  char message[256];
  char *text;

  if (g_ascii_strcasecmp (position, "beforebegin") == 0)
    child = element;
  else if (g_ascii_strcasecmp (position, "afterbegin") == 0)
    child = data_of (element->first_child);
  else if (g_ascii_strcasecmp (position, "afterend") == 0)
    child = data_of (element->next_sibling);
  else if (g_ascii_strcasecmp (position, "beforeend") != 0)
    known = FALSE;
  /* The message is made before the throw, which skips any g_free. */
  g_snprintf (message, sizeof message, "The value provided ('%s') is not one of 'beforeBegin', 'afterBegin', "
              "'beforeEnd', or 'afterEnd'.", position);
  g_free (position);
  if (!known)
    js_dom_throw (J, "SyntaxError", "Failed to execute 'insertAdjacentHTML' on 'Element': %s", message);
  if (parent == NULL || parent->node_type == NODE_DOCUMENT)
    js_dom_throw (J, "NoModificationAllowedError", "Failed to execute 'insertAdjacentHTML' on 'Element': The "
               "element has no parent.");
  text = js_string_to_utf8 (html);
  {
    JsObject *nodes = js_dom_parse_fragment (J, text);

    g_free (text);
    insert_all (J, "insertAdjacentHTML", parent, child, nodes);
  }
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (element_get_hidden) { return reflect_get_boolean (J, this_value, "hidden"); }
JS_DOM_NATIVE (element_set_hidden) { reflect_set_boolean (J, this_value, "hidden", argc, argv); return JS_UNDEFINED; }

JS_DOM_NATIVE (element_get_style)
{
  JsDomNode *element = this_element (J, this_value);

  if (js_is_undefined (element->style))
    element->style = js_dom_style_new (J, element);
  return element->style;
}

JS_DOM_NATIVE (element_matches)
{
  JsDomNode *element = this_element (J, this_value);
  GPtrArray *list = parse_selector_or_throw (J, "matches", "Element", js_arg (argc, argv, 0));
  gboolean result = js_dom_selector_matches (J, element, list);

  js_dom_selector_free (list);
  return js_boolean (result);
}

JS_DOM_NATIVE (element_closest)
{
  JsDomNode *element = this_element (J, this_value);
  GPtrArray *list = parse_selector_or_throw (J, "closest", "Element", js_arg (argc, argv, 0));

  for (; is_element (element); element = data_of (element->parent))
    if (js_dom_selector_matches (J, element, list))
      break;
  js_dom_selector_free (list);
  return is_element (element) ? node_value (element) : JS_NULL;
}

/* querySelector / querySelectorAll on Element and Document. */
static JsValue
query_selector (JsState *J, JsValue this_value, int argc, const JsValue *argv, const char *method, gboolean all)
{
  JsDomNode *root = this_node (J, this_value, "Element");
  const char *interface_name = root->node_type == NODE_DOCUMENT ? "Document" : "Element";
  GPtrArray *list;
  JsObject *out = all ? js_array_new (J, 0) : NULL;
  JsDomNode *found;

  if (argc == 0)
    js_throw_type_error (J, "Failed to execute '%s' on '%s': 1 argument required, but only 0 present.",
                         method, interface_name);
  list = parse_selector_or_throw (J, method, interface_name, argv[0]);
  found = query (J, root, list, out);
  js_dom_selector_free (list);
  if (all)
    return js_object_value (out);
  return found != NULL ? node_value (found) : JS_NULL;
}

JS_DOM_NATIVE (node_query_selector) { return query_selector (J, this_value, argc, argv, "querySelector", FALSE); }
JS_DOM_NATIVE (node_query_selector_all) { return query_selector (J, this_value, argc, argv, "querySelectorAll", TRUE); }

static JsValue
elements_by (JsState *J, JsValue this_value, const char *prefix, JsValue name)
{
  JsDomNode *root = this_node (J, this_value, "Element");
  char *text = js_string_to_utf8 (js_to_string (J, name));
  char *selector = g_strconcat (prefix, text, NULL);
  GPtrArray *list = js_dom_selector_parse (selector);
  JsObject *out = js_array_new (J, 0);

  if (list != NULL)
    {
      query (J, root, list, out);
      js_dom_selector_free (list);
    }
  g_free (selector);
  g_free (text);
  return js_object_value (out);
}

JS_DOM_NATIVE (node_get_elements_by_tag_name) { return elements_by (J, this_value, "", js_arg (argc, argv, 0)); }
JS_DOM_NATIVE (node_get_elements_by_class_name) { return elements_by (J, this_value, ".", js_arg (argc, argv, 0)); }

/* click() (HTML 6.6.7): a synthetic, untrusted click dispatched now. */
JS_DOM_NATIVE (element_click)
{
  JsDomNode *element = this_element (J, this_value);
  JsObject *event;

  if (!js_is_null (js_dom_get_attribute (element, "disabled")) || element->click_in_progress)
    return JS_UNDEFINED;
  element->click_in_progress = TRUE;
  event = js_event_create (J, js_dom_root_object (J, DOM_ROOT_POINTER_EVENT_PROTO), atom (J, "click"),
                           TRUE, TRUE);
  js_event_set_composed (event);
  js_event_dispatch (J, element->target.object, event);
  element->click_in_progress = FALSE;
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (element_focus) { this_element (J, this_value); return JS_UNDEFINED; }

JS_DOM_NATIVE (element_get_class_list)
{
  JsDomNode *element = this_element (J, this_value);

  if (js_is_undefined (element->class_list))
    element->class_list = js_dom_token_list_new (J, element);
  return element->class_list;
}

JS_DOM_NATIVE (element_get_dataset)
{
  JsDomNode *element = this_element (J, this_value);

  if (js_is_undefined (element->dataset))
    element->dataset = js_dom_string_map_new (J, element);
  return element->dataset;
}

/* ------------------------------------------------------------------------
 * Text and Document
 * ------------------------------------------------------------------------ */

static JsDomNode *
this_text (JsState *J, JsValue this_value)
{
  JsDomNode *node = js_dom_node_of (this_value);

  if (!js_dom_is_character_data (node))
    js_dom_throw_bad_this (J, "CharacterData", this_value);
  return node;
}

JS_DOM_NATIVE (text_get_data) { return this_text (J, this_value)->data; }

JS_DOM_NATIVE (text_set_data)
{
  JsDomNode *text = this_text (J, this_value);
  JsValue value = js_arg (argc, argv, 0);

  replace_data (J, text, js_is_null (value) ? js_string_value (JS_ATOM (J, empty))
                                            : js_string_value (js_to_string (J, value)));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (text_get_length) { return js_number (js_get_string (this_text (J, this_value)->data)->length); }

/* appendData(data): "replace data" at the end, removing nothing (4.10). */
JS_DOM_NATIVE (text_append_data)
{
  JsDomNode *text = this_text (J, this_value);
  JsString *data;

  if (argc < 1)
    js_throw_type_error (J, "Failed to execute 'appendData' on 'CharacterData': 1 argument required, but only 0 "
                            "present.");
  data = js_to_string (J, argv[0]);
  replace_data (J, text, js_string_value (js_string_concat (J, js_get_string (text->data), data)));
  return JS_UNDEFINED;
}

/* new Text(data) and new Comment(data): character data from a string. */
static JsValue
construct_character_data (JsState *J, JsValue new_target, int argc, const JsValue *argv, const char *interface,
                          JsDomNode *(*node_new) (JsState *J, JsValue data), JsDomRoot proto_root)
{
  JsValue data = js_arg (argc, argv, 0);
  JsDomNode *node;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, interface);
  node = node_new (J, js_is_undefined (data) ? js_string_value (JS_ATOM (J, empty))
                                             : js_string_value (js_to_string (J, data)));
  js_object_set_prototype_of (J, node->target.object, js_dom_prototype_from_constructor (J, new_target, proto_root));
  return node_value (node);
}

JS_DOM_NATIVE (text_constructor)
{
  return construct_character_data (J, new_target, argc, argv, "Text", js_dom_text_new, DOM_ROOT_TEXT_PROTO);
}

JS_DOM_NATIVE (comment_constructor)
{
  return construct_character_data (J, new_target, argc, argv, "Comment", js_dom_comment_new, DOM_ROOT_COMMENT_PROTO);
}

static JsDomNode *
this_document (JsState *J, JsValue this_value)
{
  JsDomNode *node = js_dom_node_of (this_value);

  if (node == NULL || node->node_type != NODE_DOCUMENT)
    js_dom_throw_bad_this (J, "Document", this_value);
  return node;
}

/* The first element child of `parent` named `name`, or NULL. */
static JsDomNode *
child_named (JsDomNode *parent, const char *name)
{
  for (JsObject *c = parent != NULL ? parent->first_child : NULL; c != NULL; c = data_of (c)->next_sibling)
    if (is_element (data_of (c)) && js_string_equal_ascii (js_get_string (data_of (c)->local_name), name))
      return data_of (c);
  return NULL;
}

static JsDomNode *
document_element (JsState *J)
{
  return child_named (document (J), "html");
}

static JsValue
node_or_null (JsDomNode *node)
{
  return node != NULL ? node_value (node) : JS_NULL;
}

JS_DOM_NATIVE (document_get_document_element)
{
  this_document (J, this_value);
  return node_or_null (document_element (J));
}

JS_DOM_NATIVE (document_get_body)
{
  this_document (J, this_value);
  return node_or_null (child_named (document_element (J), "body"));
}

JS_DOM_NATIVE (document_get_head)
{
  this_document (J, this_value);
  return node_or_null (child_named (document_element (J), "head"));
}

/* document.title: the first <title>'s text, whitespace collapsed. */
JS_DOM_NATIVE (document_get_title)
{
  GPtrArray *list = js_dom_selector_parse ("title");
  JsDomNode *title = query (J, this_document (J, this_value), list, NULL);
  char *text, **words, *joined;
  JsValue result;

  js_dom_selector_free (list);
  if (title == NULL)
    return js_string_value (JS_ATOM (J, empty));
  text = js_string_to_utf8 (js_get_string (text_content (J, title)));
  words = g_strsplit_set (g_strstrip (text), " \t\n\f\r", -1);
  {
    GPtrArray *kept = g_ptr_array_new ();
    for (char **w = words; *w != NULL; w++)
      if (**w != '\0')
        g_ptr_array_add (kept, *w);
    g_ptr_array_add (kept, NULL);
    joined = g_strjoinv (" ", (char **) kept->pdata);
    g_ptr_array_unref (kept);
  }
  result = js_string_value_utf8 (J, joined);
  g_free (joined);
  g_strfreev (words);
  g_free (text);
  return result;
}

JS_DOM_NATIVE (document_set_title)
{
  JsDomNode *head, *title;

  this_document (J, this_value);
  head = child_named (document_element (J), "head");
  title = child_named (head, "title");

  if (head == NULL)
    return JS_UNDEFINED;
  if (title == NULL)
    {
      title = js_dom_element_new (J, atom (J, "title"));
      insert_node (J, title, head, NULL, FALSE);
    }
  set_text_content (J, title, js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

JS_DOM_NATIVE (document_create_element)
{
  JsString *name;

  this_document (J, this_value);
  name = js_to_string (J, js_arg (argc, argv, 0));
  if (!is_valid_name (name) || !g_ascii_isalpha (name->chars[0] < 128 ? (char) name->chars[0] : 'a'))
    {
      char *text = js_string_to_utf8 (name);
      JsObject *error = js_dom_exception_new (J, "", "InvalidCharacterError");
      JsString *message = js_string_printf (J, "Failed to execute 'createElement' on 'Document': The tag name "
                                            "provided ('%s') is not a valid name.", text);
      g_free (text);
      js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
      js_throw (J, js_object_value (error));
    }
  return node_value (js_dom_element_new (J, js_string_value (js_intern (J, ascii_lowercase (J, name)))));
}

JS_DOM_NATIVE (document_create_document_fragment)
{
  this_document (J, this_value);
  return node_value (new_node (J, NODE_FRAGMENT, DOM_ROOT_FRAGMENT_PROTO));
}

JS_DOM_NATIVE (fragment_constructor)
{
  JsDomNode *fragment;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, "DocumentFragment");
  fragment = new_node (J, NODE_FRAGMENT, DOM_ROOT_FRAGMENT_PROTO);
  js_object_set_prototype_of (J, fragment->target.object,
                              js_dom_prototype_from_constructor (J, new_target, DOM_ROOT_FRAGMENT_PROTO));
  return node_value (fragment);
}

JS_DOM_NATIVE (document_create_text_node)
{
  this_document (J, this_value);
  return node_value (js_dom_text_new (J, js_string_value (js_to_string (J, js_arg (argc, argv, 0)))));
}

JS_DOM_NATIVE (document_create_comment)
{
  this_document (J, this_value);
  return node_value (js_dom_comment_new (J, js_string_value (js_to_string (J, js_arg (argc, argv, 0)))));
}

/* getElementById on a document or a fragment (NonElementParentNode) */
JS_DOM_NATIVE (document_get_element_by_id)
{
  JsDomNode *root = js_dom_node_of (this_value);
  JsString *id;

  if (root == NULL || (root->node_type != NODE_DOCUMENT && root->node_type != NODE_FRAGMENT))
    js_dom_throw_bad_this (J, "Document", this_value);
  id = js_to_string (J, js_arg (argc, argv, 0));

  for (JsDomNode *node = following (root, root); node != NULL; node = following (node, root))
    if (is_element (node))
      {
        JsValue value = js_dom_get_attribute (node, "id");
        if (js_is_string (value) && js_string_equal (js_get_string (value), id))
          return node_value (node);
      }
  return JS_NULL;
}

JS_DOM_NATIVE (document_get_ready_state)
{
  this_document (J, this_value);
  return js_string_value_utf8 (J, js_dom (J)->ready_state);
}

/* ------------------------------------------------------------------------
 * The window
 * ------------------------------------------------------------------------ */

JS_DOM_NATIVE (window_get_self) { return js_object_value (J->global); }
JS_DOM_NATIVE (window_get_document) { return js_dom (J)->roots[DOM_ROOT_DOCUMENT]; }

/* ------------------------------------------------------------------------
 * User input
 * ------------------------------------------------------------------------ */

char *
js_dom_node_describe (JsState *J, JsObject *obj)
{
  JsDomNode *node = js_dom_node_data (obj);
  GString *out;
  JsValue id;

  if (node->node_type == NODE_TEXT)
    return g_strdup ("#text");
  if (node->node_type == NODE_COMMENT)
    return g_strdup ("#comment");
  if (node->node_type == NODE_DOCUMENT)
    return g_strdup ("document");
  out = g_string_new (NULL);
  js_string_append_to (out, js_get_string (node->local_name));
  id = js_dom_get_attribute (node, "id");
  if (js_is_string (id) && js_get_string (id)->length > 0)
    {
      g_string_append_c (out, '#');
      js_string_append_to (out, js_get_string (id));
    }
  return g_string_free (out, FALSE);
}

/* "update the current document readiness" (HTML 3.1.3) */
static void
set_ready_state (JsState *J, const char *state)
{
  js_dom (J)->ready_state = state;
  js_event_fire (J, document (J)->target.object, "readystatechange", TRUE);
}

void
js_dom_fire_dom_content_loaded (JsState *J)
{
  JsObject *event;

  set_ready_state (J, "interactive");
  event = js_event_create (J, js_dom_root_object (J, DOM_ROOT_EVENT_PROTO), atom (J, "DOMContentLoaded"),
                           TRUE, FALSE);
  js_event_set_trusted (J, event, TRUE);
  js_event_dispatch (J, document (J)->target.object, event);
}

void
js_dom_fire_load (JsState *J)
{
  JsObject *event;

  set_ready_state (J, "complete");
  event = js_event_create (J, js_dom_root_object (J, DOM_ROOT_EVENT_PROTO), atom (J, "load"), FALSE, FALSE);
  js_event_set_trusted (J, event, TRUE);
  js_event_dispatch_with_target (J, J->global, event, document (J)->target.object);
}

static JsValue
load_task (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  js_dom_fire_load (J);
  return JS_UNDEFINED;
}

static JsValue
dom_content_loaded_task (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  js_dom_fire_dom_content_loaded (J);
  js_browser_post_task (J, 0, js_object_value (js_native_function_new (J, "load", 0, load_task, 0)),
                        JS_TRACE_QUEUE_DOM, JS_TRACE_TASK_PAGE_LOAD);
  return JS_UNDEFINED;
}

/* After the page's only script the parser is done (HTML 13.2.7 "the
 * end"): DOMContentLoaded is a task, and with no subresources to wait
 * for, load follows as the next one.  A 0 ms timer the script set races
 * with it in Chromium (most runs give the timer first, as here). */
void
js_dom_schedule_page_load (JsState *J)
{
  js_browser_post_task (J, 0, js_object_value (js_native_function_new (J, "DOMContentLoaded", 0,
                                                                       dom_content_loaded_task, 0)),
                        JS_TRACE_QUEUE_DOM, JS_TRACE_TASK_PAGE_LOAD);
}

/* A trusted mouse or pointer event as Chromium fires it for a click. */
static void
fire_user_event (JsState *J, JsDomNode *element, const char *type, gboolean pointer, double detail, double buttons)
{
  JsObject *event = js_event_create (J, js_dom_root_object (J, pointer ? DOM_ROOT_POINTER_EVENT_PROTO
                                                                       : DOM_ROOT_MOUSE_EVENT_PROTO),
                                     atom (J, type), TRUE, TRUE);

  js_event_set_composed (event);
  js_ui_event_set (J, event, "detail", js_number (detail));
  js_ui_event_set (J, event, "buttons", js_number (buttons));
  if (pointer)
    {
      js_ui_event_set (J, event, "pointerId", js_number (1));
      js_ui_event_set (J, event, "pointerType", js_string_value (js_intern_utf8 (J, "mouse")));
      js_ui_event_set (J, event, "isPrimary", JS_TRUE);
    }
  js_event_set_trusted (J, event, TRUE);
  js_event_dispatch (J, element->target.object, event);
}

void
js_dom_dispatch_user_click (JsState *J, const char *selector)
{
  JsDom *dom = js_dom (J);
  GPtrArray *list = js_dom_selector_parse (selector);
  JsDomNode *element;
  JsValue held;

  if (list == NULL)
    return;
  element = query (J, document (J), list, NULL);
  js_dom_selector_free (list);
  if (element == NULL)
    return;
  held = node_value (element);
  js_gc_add_root (J, &held);
  dom->user_dispatch = TRUE;
  /* A disabled control gets the pointer events but no mouse events. */
  fire_user_event (J, element, "pointerdown", TRUE, 0, 1);
  if (js_is_null (js_dom_get_attribute (element, "disabled")))
    fire_user_event (J, element, "mousedown", FALSE, 1, 1);
  fire_user_event (J, element, "pointerup", TRUE, 0, 0);
  if (js_is_null (js_dom_get_attribute (element, "disabled")))
    {
      fire_user_event (J, element, "mouseup", FALSE, 1, 0);
      fire_user_event (J, element, "click", TRUE, 1, 0);
    }
  dom->user_dispatch = FALSE;
  js_gc_remove_root (J, &held);
}

/* ------------------------------------------------------------------------
 * Installation
 * ------------------------------------------------------------------------ */

/* The GlobalEventHandlers the scripts set (HTML 8.1.8.2). */
static const char *const handler_types[] = {
  "click", "dblclick", "mousedown", "mouseup", "mousemove", "mouseover", "mouseout", "pointerdown", "pointerup",
  "pointermove", "keydown", "keyup", "input", "change", "submit", "focus", "blur", "load", "scroll",
};

/* WindowEventHandlers and the window's own (HTML 8.1.8.2). */
static const char *const window_handler_types[] = {
  "error", "unhandledrejection", "rejectionhandled", "message", "resize", "beforeunload", "unload",
};

static void
define_handlers (JsState *J, JsObject *proto)
{
  for (guint i = 0; i < G_N_ELEMENTS (handler_types); i++)
    js_dom_define_event_handler (J, proto, handler_types[i]);
}

static JsObject *
define_interface (JsState *J, const char *name, JsNativeFn constructor, JsObject *parent_proto,
                  const char *parent_name, JsDomRoot root)
{
  JsObject *proto = js_object_new (J, parent_proto);
  JsObject *ctor = js_dom_define_class (J, name, 0, constructor, proto, root);

  if (parent_name != NULL)
    js_object_set_prototype_of (J, ctor, js_get_object (js_get_utf8 (J, js_object_value (J->global), parent_name)));
  return proto;
}

static void
define_node_constants (JsState *J, JsObject *obj)
{
  static const struct { const char *name; int value; } constants[] = {
    { "ELEMENT_NODE", 1 }, { "ATTRIBUTE_NODE", 2 }, { "TEXT_NODE", 3 }, { "CDATA_SECTION_NODE", 4 },
    { "PROCESSING_INSTRUCTION_NODE", 7 }, { "COMMENT_NODE", 8 }, { "DOCUMENT_NODE", 9 },
    { "DOCUMENT_TYPE_NODE", 10 }, { "DOCUMENT_FRAGMENT_NODE", 11 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (constants); i++)
    js_define_value_utf8 (J, obj, constants[i].name, js_number (constants[i].value), JS_PROP_ENUMERABLE);
}

static void
init_prototypes (JsState *J)
{
  JsObject *target_proto = js_dom_root_object (J, DOM_ROOT_EVENT_TARGET_PROTO);
  JsObject *node_proto, *element_proto, *html_proto, *document_proto, *character_proto;
  JsObject *fragment_proto;

  node_proto = define_interface (J, "Node", js_dom_illegal_constructor, target_proto, "EventTarget", DOM_ROOT_NODE_PROTO);
  define_node_constants (J, node_proto);
  define_node_constants (J, js_get_object (js_get_utf8 (J, js_object_value (J->global), "Node")));
  js_dom_define_accessor (J, node_proto, "nodeType", node_get_node_type, NULL);
  js_dom_define_accessor (J, node_proto, "nodeName", node_get_node_name, NULL);
  js_dom_define_accessor (J, node_proto, "isConnected", node_get_is_connected, NULL);
  js_dom_define_accessor (J, node_proto, "ownerDocument", node_get_owner_document, NULL);
  js_dom_define_accessor (J, node_proto, "parentNode", node_get_parent_node, NULL);
  js_dom_define_accessor (J, node_proto, "parentElement", node_get_parent_element, NULL);
  js_dom_define_accessor (J, node_proto, "childNodes", node_get_child_nodes, NULL);
  js_dom_define_accessor (J, node_proto, "firstChild", node_get_first_child, NULL);
  js_dom_define_accessor (J, node_proto, "lastChild", node_get_last_child, NULL);
  js_dom_define_accessor (J, node_proto, "previousSibling", node_get_previous_sibling, NULL);
  js_dom_define_accessor (J, node_proto, "nextSibling", node_get_next_sibling, NULL);
  js_dom_define_accessor (J, node_proto, "nodeValue", node_get_node_value, node_set_node_value);
  js_dom_define_accessor (J, node_proto, "textContent", node_get_text_content, node_set_text_content);
  js_define_method (J, node_proto, "hasChildNodes", node_has_child_nodes, 0);
  js_define_method (J, node_proto, "cloneNode", node_clone_node, 0);
  js_define_method (J, node_proto, "contains", node_contains, 1);
  js_define_method (J, node_proto, "insertBefore", node_insert_before, 2);
  js_define_method (J, node_proto, "appendChild", node_append_child, 1);
  js_define_method (J, node_proto, "replaceChild", node_replace_child, 2);
  js_define_method (J, node_proto, "removeChild", node_remove_child, 1);

  element_proto = define_interface (J, "Element", js_dom_illegal_constructor, node_proto, "Node", DOM_ROOT_ELEMENT_PROTO);
  js_dom_define_accessor (J, element_proto, "tagName", element_get_tag_name, NULL);
  js_dom_define_accessor (J, element_proto, "localName", element_get_local_name, NULL);
  js_dom_define_accessor (J, element_proto, "id", element_get_id, element_set_id);
  js_dom_define_accessor (J, element_proto, "className", element_get_class_name, element_set_class_name);
  js_dom_define_accessor (J, element_proto, "classList", element_get_class_list, NULL);
  js_dom_define_accessor (J, element_proto, "innerHTML", element_get_inner_html, element_set_inner_html);
  js_dom_define_accessor (J, element_proto, "outerHTML", element_get_outer_html, NULL);
  js_dom_define_accessor (J, element_proto, "children", element_get_children, NULL);
  js_dom_define_accessor (J, element_proto, "firstElementChild", element_get_first_element_child, NULL);
  js_dom_define_accessor (J, element_proto, "lastElementChild", element_get_last_element_child, NULL);
  js_dom_define_accessor (J, element_proto, "childElementCount", element_get_child_element_count, NULL);
  js_dom_define_accessor (J, element_proto, "previousElementSibling", element_get_previous_element_sibling, NULL);
  js_dom_define_accessor (J, element_proto, "nextElementSibling", element_get_next_element_sibling, NULL);
  js_define_method (J, element_proto, "getAttribute", element_get_attribute, 1);
  js_define_method (J, element_proto, "getAttributeNames", element_get_attribute_names, 0);
  js_define_method (J, element_proto, "setAttribute", element_set_attribute, 2);
  js_define_method (J, element_proto, "removeAttribute", element_remove_attribute, 1);
  js_define_method (J, element_proto, "toggleAttribute", element_toggle_attribute, 1);
  js_define_method (J, element_proto, "hasAttribute", element_has_attribute, 1);
  js_define_method (J, element_proto, "matches", element_matches, 1);
  js_define_method (J, element_proto, "closest", element_closest, 1);
  js_define_method (J, element_proto, "querySelector", node_query_selector, 1);
  js_define_method (J, element_proto, "querySelectorAll", node_query_selector_all, 1);
  js_define_method (J, element_proto, "getElementsByTagName", node_get_elements_by_tag_name, 1);
  js_define_method (J, element_proto, "getElementsByClassName", node_get_elements_by_class_name, 1);
  js_define_method (J, element_proto, "append", parent_node_append, 0);
  js_define_method (J, element_proto, "prepend", parent_node_prepend, 0);
  js_define_method (J, element_proto, "before", child_node_before, 0);
  js_define_method (J, element_proto, "after", child_node_after, 0);
  js_define_method (J, element_proto, "remove", child_node_remove, 0);
  js_define_method (J, element_proto, "replaceWith", child_node_replace_with, 0);
  js_define_method (J, element_proto, "insertAdjacentHTML", element_insert_adjacent_html, 2);

  html_proto = define_interface (J, "HTMLElement", js_dom_illegal_constructor, element_proto, "Element",
                                 DOM_ROOT_HTML_ELEMENT_PROTO);
  js_dom_define_accessor (J, html_proto, "title", element_get_title, element_set_title);
  js_dom_define_accessor (J, html_proto, "innerText", node_get_text_content, node_set_text_content);
  js_dom_define_accessor (J, html_proto, "style", element_get_style, NULL);
  js_dom_define_accessor (J, html_proto, "dataset", element_get_dataset, NULL);
  js_dom_define_accessor (J, html_proto, "disabled", element_get_disabled, element_set_disabled);
  js_dom_define_accessor (J, html_proto, "hidden", element_get_hidden, element_set_hidden);
  js_dom_define_accessor (J, html_proto, "value", element_get_value, element_set_value);
  js_dom_define_accessor (J, html_proto, "checked", element_get_checked, element_set_checked);
  js_define_method (J, html_proto, "click", element_click, 0);
  js_define_method (J, html_proto, "focus", element_focus, 0);
  js_define_method (J, html_proto, "blur", element_focus, 0);
  define_handlers (J, html_proto);

  character_proto = js_object_new (J, node_proto);
  js_dom_define_accessor (J, character_proto, "data", text_get_data, text_set_data);
  js_dom_define_accessor (J, character_proto, "length", text_get_length, NULL);
  js_define_method (J, character_proto, "appendData", text_append_data, 1);
  js_define_method (J, character_proto, "remove", child_node_remove, 0);
  js_define_method (J, character_proto, "before", child_node_before, 0);
  js_define_method (J, character_proto, "after", child_node_after, 0);
  js_define_method (J, character_proto, "replaceWith", child_node_replace_with, 0);
  define_interface (J, "Text", text_constructor, character_proto, "Node", DOM_ROOT_TEXT_PROTO);
  define_interface (J, "Comment", comment_constructor, character_proto, "Node", DOM_ROOT_COMMENT_PROTO);

  document_proto = define_interface (J, "Document", js_dom_illegal_constructor, node_proto, "Node",
                                     DOM_ROOT_DOCUMENT_PROTO);
  js_dom_define_accessor (J, document_proto, "documentElement", document_get_document_element, NULL);
  js_dom_define_accessor (J, document_proto, "head", document_get_head, NULL);
  js_dom_define_accessor (J, document_proto, "body", document_get_body, NULL);
  js_dom_define_accessor (J, document_proto, "title", document_get_title, document_set_title);
  js_dom_define_accessor (J, document_proto, "readyState", document_get_ready_state, NULL);
  js_dom_define_accessor (J, document_proto, "children", element_get_children, NULL);
  js_dom_define_accessor (J, document_proto, "firstElementChild", element_get_first_element_child, NULL);
  js_define_method (J, document_proto, "createElement", document_create_element, 1);
  js_define_method (J, document_proto, "createTextNode", document_create_text_node, 1);
  js_define_method (J, document_proto, "createComment", document_create_comment, 1);
  js_define_method (J, document_proto, "importNode", document_import_node, 1);
  js_define_method (J, document_proto, "createDocumentFragment", document_create_document_fragment, 0);
  js_define_method (J, document_proto, "getElementById", document_get_element_by_id, 1);
  js_define_method (J, document_proto, "querySelector", node_query_selector, 1);
  js_define_method (J, document_proto, "querySelectorAll", node_query_selector_all, 1);
  js_define_method (J, document_proto, "getElementsByTagName", node_get_elements_by_tag_name, 1);
  js_define_method (J, document_proto, "getElementsByClassName", node_get_elements_by_class_name, 1);
  js_define_method (J, document_proto, "append", parent_node_append, 0);
  define_handlers (J, document_proto);

  fragment_proto = define_interface (J, "DocumentFragment", fragment_constructor, node_proto, "Node",
                                     DOM_ROOT_FRAGMENT_PROTO);
  js_dom_define_accessor (J, fragment_proto, "children", element_get_children, NULL);
  js_dom_define_accessor (J, fragment_proto, "firstElementChild", element_get_first_element_child, NULL);
  js_dom_define_accessor (J, fragment_proto, "lastElementChild", element_get_last_element_child, NULL);
  js_dom_define_accessor (J, fragment_proto, "childElementCount", element_get_child_element_count, NULL);
  js_define_method (J, fragment_proto, "getElementById", document_get_element_by_id, 1);
  js_define_method (J, fragment_proto, "querySelector", node_query_selector, 1);
  js_define_method (J, fragment_proto, "querySelectorAll", node_query_selector_all, 1);
  js_define_method (J, fragment_proto, "append", parent_node_append, 0);
  js_define_method (J, fragment_proto, "prepend", parent_node_prepend, 0);
}

static JsDomNode *
append_element (JsState *J, JsDomNode *parent, const char *name)
{
  JsDomNode *element = js_dom_element_new (J, atom (J, name));

  js_dom_link_before (parent, element, NULL);
  return element;
}

/* The fixture page, as the parser left it when the script starts. */
static void
build_fixture (JsState *J)
{
  JsDomNode *doc = new_node (J, NODE_DOCUMENT, DOM_ROOT_DOCUMENT_PROTO);
  JsDomNode *html, *head, *meta, *body, *button;

  js_dom (J)->roots[DOM_ROOT_DOCUMENT] = node_value (doc);
  html = append_element (J, doc, "html");
  head = append_element (J, html, "head");
  meta = append_element (J, head, "meta");
  set_attribute_ascii (J, meta, "charset", js_string_value_utf8 (J, "utf-8"));
  body = append_element (J, html, "body");
  button = append_element (J, body, "button");
  set_attribute_ascii (J, button, "id", js_string_value_utf8 (J, "button"));
  js_dom_link_before (button, js_dom_text_new (J, js_string_value_utf8 (J, "Click me")), NULL);
  append_element (J, body, "script");
}

void
js_dom_init (JsState *J)
{
  JsObject *window_proto;
  JsObject *getter;

  g_return_if_fail (js_dom (J) != NULL);
  js_dom (J)->ready_state = "loading";
  init_prototypes (J);
  js_dom_element_interfaces_init (J);
  js_dom_define_accessor (J, js_dom_element_interface_prototype (J, js_string_value (js_intern_utf8 (J, "template"))),
                          "content", template_get_content, NULL);
  js_dom_token_list_init (J);
  js_dom_string_map_init (J);
  js_dom_style_init (J);
  js_mutation_observer_init (J);

  /* The global object is the Window: an EventTarget whose prototype is
   * Window.prototype. */
  window_proto = define_interface (J, "Window", js_dom_illegal_constructor, js_dom_root_object (J, DOM_ROOT_EVENT_TARGET_PROTO),
                                   "EventTarget", DOM_ROOT_WINDOW_PROTO);
  define_handlers (J, window_proto);
  for (guint i = 0; i < G_N_ELEMENTS (window_handler_types); i++)
    js_dom_define_event_handler (J, window_proto, window_handler_types[i]);
  js_event_target_adopt (J, J->global, &window_class, sizeof (JsEventTarget));
  js_object_set_prototype_of (J, J->global, window_proto);
  getter = js_native_function_new (J, "get window", 0, window_get_self, 0);
  js_define_accessor (J, J->global, js_key_from_utf8 (J, "window"), js_object_value (getter), JS_UNDEFINED,
                      JS_PROP_ENUMERABLE);
  getter = js_native_function_new (J, "get self", 0, window_get_self, 0);
  js_define_accessor (J, J->global, js_key_from_utf8 (J, "self"), js_object_value (getter), JS_UNDEFINED,
                      JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  getter = js_native_function_new (J, "get document", 0, window_get_document, 0);
  js_define_accessor (J, J->global, js_key_from_utf8 (J, "document"), js_object_value (getter), JS_UNDEFINED,
                      JS_PROP_ENUMERABLE);

  build_fixture (J);
}
