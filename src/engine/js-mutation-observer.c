/* js-mutation-observer.c: MutationObserver and MutationRecord (DOM
 * Standard 4.3).
 *
 * A change to the tree "queues a mutation record": every observer
 * registered on the target or, with subtree, on one of its ancestors gets
 * the record in its queue, and the first record since the last delivery
 * "queues a mutation observer microtask".  That microtask "notifies mutation
 * observers": each observer with records, in creation order, gets them all
 * in one callback.  So a script's changes are batched until its task (or the
 * listener a user's click called) ends, and the callback runs among the
 * other microtasks in the order it was queued.
 */
#include "js-dom.h"

enum {
  OPTION_CHILD_LIST               = 1 << 0,
  OPTION_ATTRIBUTES               = 1 << 1,
  OPTION_CHARACTER_DATA           = 1 << 2,
  OPTION_SUBTREE                  = 1 << 3,
  OPTION_ATTRIBUTE_OLD_VALUE      = 1 << 4,
  OPTION_CHARACTER_DATA_OLD_VALUE = 1 << 5,
};

/* A registered observer, or a transient one (source_id != 0). */
struct JsRegisteredObserver {
  guint    id;
  JsObject *observer;
  guint    options;
  JsValue  attribute_filter;    /* an array of strings, or undefined */
  guint    source_id;
};

typedef struct {
  JsValue   callback;
  GPtrArray *nodes;             /* JsObject * nodes it is registered on */
  JsValue   record_queue;       /* an array */
} JsMutationObserver;

static void observer_mark (JsState *J, JsObject *obj);
static void observer_finalize (JsState *J, JsObject *obj);

static const JsHostClass observer_class = { "MutationObserver", observer_mark, observer_finalize };

static void
observer_mark (JsState *J, JsObject *obj)
{
  JsMutationObserver *mo = obj->u.host.data;

  if (mo == NULL)
    return;
  js_gc_mark_value (J, mo->callback);
  js_gc_mark_value (J, mo->record_queue);
  for (guint i = 0; i < mo->nodes->len; i++)
    js_gc_mark_thing (J, g_ptr_array_index (mo->nodes, i));
}

static void
observer_finalize (JsState *J, JsObject *obj)
{
  JsMutationObserver *mo = obj->u.host.data;

  if (mo == NULL)
    return;
  g_ptr_array_unref (mo->nodes);
  g_free (mo);
  obj->u.host.data = NULL;
}

static JsMutationObserver *
observer_data (JsObject *obj)
{
  return obj->u.host.data;
}

void
js_mutation_mark_registered (JsState *J, GPtrArray *registered)
{
  for (guint i = 0; i < registered->len; i++)
    {
      JsRegisteredObserver *r = g_ptr_array_index (registered, i);
      js_gc_mark_thing (J, (JsGc *) r->observer);
      js_gc_mark_value (J, r->attribute_filter);
    }
}

void
js_mutation_free_registered (GPtrArray *registered)
{
  g_ptr_array_unref (registered);
}

static GPtrArray *
registered_list (JsDomNode *node)
{
  GPtrArray **list = js_dom_node_registered_observers (node);

  if (*list == NULL)
    *list = g_ptr_array_new_with_free_func (g_free);
  return *list;
}

static guint
next_registration_id (JsState *J)
{
  return ++js_dom (J)->registration_ids;
}

/* ------------------------------------------------------------------------
 * Queuing records (4.3.2)
 * ------------------------------------------------------------------------ */

/* "notify mutation observers" */
static JsValue
notify_mutation_observers (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsDom *dom = js_dom (J);
  JsObject *notify_set;
  guint32 n;

  /* 1–2 */
  dom->mutation_observer_microtask_queued = FALSE;
  notify_set = js_iterable_to_array (J, dom->roots[DOM_ROOT_MUTATION_OBSERVERS]);
  n = js_array_length (notify_set);
  /* 5 */
  for (guint32 i = 0; i < n; i++)
    {
      JsValue mo_value = js_get_index (J, js_object_value (notify_set), i);
      JsMutationObserver *mo = observer_data (js_get_object (mo_value));
      JsValue records = mo->record_queue;
      JsValue args[2] = { records, mo_value };
      JsTryPoint tp;

      mo->record_queue = js_object_value (js_array_new (J, 0));
      for (guint j = 0; j < mo->nodes->len; j++)
        {
          GPtrArray *list = registered_list (js_dom_node_data (g_ptr_array_index (mo->nodes, j)));
          for (guint k = list->len; k-- > 0;)
            {
              JsRegisteredObserver *r = g_ptr_array_index (list, k);
              if (r->source_id != 0 && r->observer == js_get_object (mo_value))
                g_ptr_array_remove_index (list, k);
            }
        }
      if (js_array_length (js_get_object (records)) == 0)
        continue;
      if (J->trace != NULL)
        {
          char *text = g_strdup_printf ("%u record%s", js_array_length (js_get_object (records)),
                                        js_array_length (js_get_object (records)) == 1 ? "" : "s");
          js_trace_message (J, JS_TRACE_MUTATION_NOTIFY, 0, text);
          g_free (text);
        }
      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          js_call (J, mo->callback, mo_value, 2, args);
          js_try_end (J, &tp);
        }
      else if (J->terminating)
        js_throw (J, J->exception);
      else
        js_dom_report_exception (J, J->exception);
    }
  return JS_UNDEFINED;
}

/* "queue a mutation observer microtask" */
static void
queue_mutation_observer_microtask (JsState *J)
{
  JsDom *dom = js_dom (J);
  JsJob job = { .kind = JS_JOB_CALLBACK, .mutation_observers = TRUE };

  if (dom->mutation_observer_microtask_queued)
    return;
  dom->mutation_observer_microtask_queued = TRUE;
  job.handler = dom->roots[DOM_ROOT_NOTIFY_FUNCTION];
  job.argument = job.promise = job.resolve = job.reject = JS_UNDEFINED;
  js_enqueue_job (J, &job);
}

static gboolean
filter_contains (JsState *J, JsValue filter, JsValue name)
{
  guint32 n = js_array_length (js_get_object (filter));

  for (guint32 i = 0; i < n; i++)
    if (js_same_value (js_get_index (J, filter, i), name))
      return TRUE;
  return FALSE;
}

static const char *
type_name (JsMutationType type)
{
  switch (type)
    {
    case JS_MUTATION_ATTRIBUTES: return "attributes";
    case JS_MUTATION_CHARACTER_DATA: return "characterData";
    case JS_MUTATION_CHILD_LIST: return "childList";
    }
  return "";
}

static JsObject *
new_record (JsState *J, JsMutationType type, JsObject *target, JsValue name, JsValue old_value,
            JsObject *added, JsObject *removed, JsObject *previous_sibling, JsObject *next_sibling)
{
  JsObject *record = js_object_new (J, js_dom_root_object (J, DOM_ROOT_MUTATION_RECORD_PROTO));

  js_define_value_utf8 (J, record, "type", js_string_value (js_intern_utf8 (J, type_name (type))), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "target", js_object_value (target), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "addedNodes",
                        js_object_value (added != NULL ? added : js_array_new (J, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "removedNodes",
                        js_object_value (removed != NULL ? removed : js_array_new (J, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "previousSibling",
                        previous_sibling != NULL ? js_object_value (previous_sibling) : JS_NULL, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "nextSibling",
                        next_sibling != NULL ? js_object_value (next_sibling) : JS_NULL, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "attributeName", name, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "attributeNamespace", JS_NULL, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, record, "oldValue", old_value, JS_PROP_DEFAULT);
  return record;
}

static void
trace_record (JsState *J, JsMutationType type, JsObject *target, JsValue name)
{
  char *where, *text;

  if (J->trace == NULL)
    return;
  where = js_dom_node_describe (J, target);
  if (js_is_string (name))
    {
      char *attribute = js_string_to_utf8 (js_get_string (name));
      text = g_strdup_printf ("%s %s of %s", type_name (type), attribute, where);
      g_free (attribute);
    }
  else
    text = g_strdup_printf ("%s of %s", type_name (type), where);
  js_trace_message (J, JS_TRACE_MUTATION_RECORD, 0, text);
  g_free (text);
  g_free (where);
}

/* "queue a mutation record" */
void
js_mutation_queue_record (JsState *J, JsMutationType type, JsObject *target, JsValue name,
                          JsValue old_value, JsObject *added, JsObject *removed,
                          JsObject *previous_sibling, JsObject *next_sibling)
{
  /* 1. interestedObservers: observer -> mappedOldValue, in first-met order. */
  JsObject *interested = js_array_new (J, 0);
  JsObject *old_values = js_array_new (J, 0);
  guint32 n;

  /* 2–3: the target's inclusive ancestors. */
  for (JsObject *node = target; node != NULL; node = js_dom_node_parent (js_dom_node_data (node)))
    {
      GPtrArray *list = *js_dom_node_registered_observers (js_dom_node_data (node));

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          JsRegisteredObserver *r = g_ptr_array_index (list, i);
          guint options = r->options;
          JsValue observer = js_object_value (r->observer);
          double at;

          /* 3.2.1 */
          if (node != target && !(options & OPTION_SUBTREE))
            continue;
          if (type == JS_MUTATION_ATTRIBUTES && !(options & OPTION_ATTRIBUTES))
            continue;
          if (type == JS_MUTATION_ATTRIBUTES && js_is_object (r->attribute_filter) &&
              !filter_contains (J, r->attribute_filter, name))
            continue;
          if (type == JS_MUTATION_CHARACTER_DATA && !(options & OPTION_CHARACTER_DATA))
            continue;
          if (type == JS_MUTATION_CHILD_LIST && !(options & OPTION_CHILD_LIST))
            continue;
          /* 3.2.2 */
          at = js_to_number (J, js_invoke (J, js_object_value (interested), js_key_from_utf8 (J, "indexOf"),
                                           1, &observer));
          if (at < 0)
            {
              at = js_array_length (interested);
              js_array_push (J, interested, observer);
              js_array_push (J, old_values, JS_NULL);
            }
          /* 3.2.3 */
          if ((type == JS_MUTATION_ATTRIBUTES && (options & OPTION_ATTRIBUTE_OLD_VALUE)) ||
              (type == JS_MUTATION_CHARACTER_DATA && (options & OPTION_CHARACTER_DATA_OLD_VALUE)))
            js_set_index (J, js_object_value (old_values), (guint32) at, old_value);
        }
    }
  n = js_array_length (interested);
  if (n == 0)
    return;
  trace_record (J, type, target, name);
  /* 4 */
  for (guint32 i = 0; i < n; i++)
    {
      JsMutationObserver *mo = observer_data (js_get_object (js_get_index (J, js_object_value (interested), i)));
      JsObject *record = new_record (J, type, target, name, js_get_index (J, js_object_value (old_values), i),
                                     added, removed, previous_sibling, next_sibling);
      js_array_push (J, js_get_object (mo->record_queue), js_object_value (record));
    }
  /* 5 */
  queue_mutation_observer_microtask (J);
}

void
js_mutation_queue_tree_record (JsState *J, JsObject *target, JsObject *added, JsObject *removed,
                               JsObject *previous_sibling, JsObject *next_sibling)
{
  js_mutation_queue_record (J, JS_MUTATION_CHILD_LIST, target, JS_NULL, JS_NULL, added, removed,
                            previous_sibling, next_sibling);
}

/* "remove", step 14: for each inclusive ancestor of parent, each of its
 * registered observers with subtree follows the removed node until the
 * next notification. */
void
js_mutation_add_transient_observers (JsState *J, JsObject *parent, JsObject *node)
{
  for (JsObject *ancestor = parent; ancestor != NULL; ancestor = js_dom_node_parent (js_dom_node_data (ancestor)))
    {
      GPtrArray *list = *js_dom_node_registered_observers (js_dom_node_data (ancestor));

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          JsRegisteredObserver *r = g_ptr_array_index (list, i);
          JsRegisteredObserver *transient;

          if (!(r->options & OPTION_SUBTREE))
            continue;
          transient = g_new0 (JsRegisteredObserver, 1);
          transient->id = next_registration_id (J);
          transient->observer = r->observer;
          transient->options = r->options;
          transient->attribute_filter = r->attribute_filter;
          transient->source_id = r->id != 0 ? r->id : r->source_id;
          g_ptr_array_add (registered_list (js_dom_node_data (node)), transient);
          if (!g_ptr_array_find (observer_data (r->observer)->nodes, node, NULL))
            g_ptr_array_add (observer_data (r->observer)->nodes, node);
        }
    }
}

/* ------------------------------------------------------------------------
 * MutationObserver.prototype (4.3.1)
 * ------------------------------------------------------------------------ */

static JsObject *
this_observer (JsState *J, JsValue this_value)
{
  return js_dom_this_host (J, this_value, &observer_class, "MutationObserver");
}

static JsValue
observer_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsValue callback = js_arg (argc, argv, 0);
  JsObject *obj;
  JsMutationObserver *mo;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, "MutationObserver");
  if (!js_is_callable (callback))
    js_throw_type_error (J, "Failed to construct 'MutationObserver': parameter 1 is not of type 'Function'.");
  obj = js_object_new_class (J, JS_CLASS_HOST,
                             js_dom_prototype_from_constructor (J, new_target, DOM_ROOT_MUTATION_OBSERVER_PROTO));
  obj->u.host.klass = &observer_class;
  for (guint i = 0; i < G_N_ELEMENTS (obj->u.host.slots); i++)
    obj->u.host.slots[i] = JS_UNDEFINED;
  mo = g_new0 (JsMutationObserver, 1);
  mo->callback = callback;
  mo->nodes = g_ptr_array_new ();
  mo->record_queue = js_object_value (js_array_new (J, 0));
  obj->u.host.data = mo;
  /* The agent's mutation observers, in creation order, notified in it. */
  js_array_push (J, js_dom_root_object (J, DOM_ROOT_MUTATION_OBSERVERS), js_object_value (obj));
  return js_object_value (obj);
}

static G_GNUC_NORETURN void
throw_observe_error (JsState *J, const char *detail)
{
  js_throw_type_error (J, "Failed to execute 'observe' on 'MutationObserver': %s", detail);
}

/* observe(target, options) */
static JsValue
observer_observe (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsObject *obj = this_observer (J, this_value);
  JsMutationObserver *mo = observer_data (obj);
  JsDomNode *target = js_dom_node_of (js_arg (argc, argv, 0));
  JsValue options_value = js_arg (argc, argv, 1);
  JsValue child_list, attributes, character_data, subtree, attribute_old_value, character_data_old_value;
  JsValue attribute_filter = JS_UNDEFINED;
  guint options = 0;
  GPtrArray *list;

  if (target == NULL)
    throw_observe_error (J, "parameter 1 is not of type 'Node'.");
  if (!js_is_nullish (options_value) && !js_is_object (options_value))
    throw_observe_error (J, "The provided value is not of type 'MutationObserverInit'.");
  if (js_is_object (options_value))
    {
      attribute_filter = js_get_utf8 (J, options_value, "attributeFilter");
      attribute_old_value = js_get_utf8 (J, options_value, "attributeOldValue");
      attributes = js_get_utf8 (J, options_value, "attributes");
      character_data = js_get_utf8 (J, options_value, "characterData");
      character_data_old_value = js_get_utf8 (J, options_value, "characterDataOldValue");
      child_list = js_get_utf8 (J, options_value, "childList");
      subtree = js_get_utf8 (J, options_value, "subtree");
    }
  else
    attribute_old_value = attributes = character_data = character_data_old_value = child_list = subtree = JS_UNDEFINED;
  if (!js_is_undefined (attribute_filter))
    {
      JsObject *names = js_iterable_to_array (J, attribute_filter);
      guint32 n = js_array_length (names);
      for (guint32 i = 0; i < n; i++)
        js_set_index (J, js_object_value (names), i,
                      js_string_value (js_to_string (J, js_get_index (J, js_object_value (names), i))));
      attribute_filter = js_object_value (names);
    }
  if (js_to_boolean (child_list))
    options |= OPTION_CHILD_LIST;
  if (js_to_boolean (subtree))
    options |= OPTION_SUBTREE;
  if (js_to_boolean (attribute_old_value))
    options |= OPTION_ATTRIBUTE_OLD_VALUE;
  if (js_to_boolean (character_data_old_value))
    options |= OPTION_CHARACTER_DATA_OLD_VALUE;
  /* 1–2 */
  if (js_is_undefined (attributes))
    {
      if (!js_is_undefined (attribute_old_value) || !js_is_undefined (attribute_filter))
        options |= OPTION_ATTRIBUTES;
    }
  else if (js_to_boolean (attributes))
    options |= OPTION_ATTRIBUTES;
  if (js_is_undefined (character_data))
    {
      if (!js_is_undefined (character_data_old_value))
        options |= OPTION_CHARACTER_DATA;
    }
  else if (js_to_boolean (character_data))
    options |= OPTION_CHARACTER_DATA;
  /* 3–6, in the order Chromium checks them */
  if ((options & OPTION_ATTRIBUTE_OLD_VALUE) && !(options & OPTION_ATTRIBUTES))
    throw_observe_error (J, "The options object may only set 'attributeOldValue' to true when 'attributes' is "
                         "true or not present.");
  if (!js_is_undefined (attribute_filter) && !(options & OPTION_ATTRIBUTES))
    throw_observe_error (J, "The options object may only set 'attributeFilter' when 'attributes' is true or not "
                         "present.");
  if ((options & OPTION_CHARACTER_DATA_OLD_VALUE) && !(options & OPTION_CHARACTER_DATA))
    throw_observe_error (J, "The options object may only set 'characterDataOldValue' to true when "
                         "'characterData' is true or not present.");
  if (!(options & (OPTION_CHILD_LIST | OPTION_ATTRIBUTES | OPTION_CHARACTER_DATA)))
    throw_observe_error (J, "The options object must set at least one of 'attributes', 'characterData', or "
                         "'childList' to true.");
  /* 7 */
  list = registered_list (target);
  for (guint i = 0; i < list->len; i++)
    {
      JsRegisteredObserver *r = g_ptr_array_index (list, i);

      if (r->observer != obj || r->source_id != 0)
        continue;
      for (guint j = 0; j < mo->nodes->len; j++)
        {
          GPtrArray *other = registered_list (js_dom_node_data (g_ptr_array_index (mo->nodes, j)));
          for (guint k = other->len; k-- > 0;)
            if (((JsRegisteredObserver *) g_ptr_array_index (other, k))->source_id == r->id)
              g_ptr_array_remove_index (other, k);
        }
      r->options = options;
      r->attribute_filter = attribute_filter;
      return JS_UNDEFINED;
    }
  /* 8 */
  {
    JsRegisteredObserver *r = g_new0 (JsRegisteredObserver, 1);
    r->id = next_registration_id (J);
    r->observer = obj;
    r->options = options;
    r->attribute_filter = attribute_filter;
    g_ptr_array_add (list, r);
    g_ptr_array_add (mo->nodes, js_get_object (argv[0]));
  }
  return JS_UNDEFINED;
}

static JsValue
observer_disconnect (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsObject *obj = this_observer (J, this_value);
  JsMutationObserver *mo = observer_data (obj);

  for (guint j = 0; j < mo->nodes->len; j++)
    {
      GPtrArray *list = registered_list (js_dom_node_data (g_ptr_array_index (mo->nodes, j)));
      for (guint k = list->len; k-- > 0;)
        if (((JsRegisteredObserver *) g_ptr_array_index (list, k))->observer == obj)
          g_ptr_array_remove_index (list, k);
    }
  g_ptr_array_set_size (mo->nodes, 0);
  mo->record_queue = js_object_value (js_array_new (J, 0));
  return JS_UNDEFINED;
}

static JsValue
observer_take_records (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsMutationObserver *mo = observer_data (this_observer (J, this_value));
  JsValue records = mo->record_queue;

  mo->record_queue = js_object_value (js_array_new (J, 0));
  return records;
}

void
js_mutation_observer_init (JsState *J)
{
  JsDom *dom = js_dom (J);
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *record_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));

  js_dom_define_class (J, "MutationObserver", 1, observer_constructor, proto, DOM_ROOT_MUTATION_OBSERVER_PROTO);
  js_define_method (J, proto, "observe", observer_observe, 1);
  js_define_method (J, proto, "disconnect", observer_disconnect, 0);
  js_define_method (J, proto, "takeRecords", observer_take_records, 0);
  js_dom_define_class (J, "MutationRecord", 0, js_dom_illegal_constructor, record_proto, DOM_ROOT_MUTATION_RECORD_PROTO);
  dom->roots[DOM_ROOT_MUTATION_OBSERVERS] = js_object_value (js_array_new (J, 0));
  dom->roots[DOM_ROOT_NOTIFY_FUNCTION] =
    js_object_value (js_native_function_new (J, "notify mutation observers", 0, notify_mutation_observers, 0));
}
