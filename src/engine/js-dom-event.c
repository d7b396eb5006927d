/* js-dom-event.c: EventTarget, Event, CustomEvent, MouseEvent, PointerEvent,
 * DOMException, and the DOM Standard's dispatch algorithm (2.9), shared by
 * both profiles.
 *
 * The Node profile (lib/internal/event_target.js) differs only where Node
 * does: its errors are ERR_INVALID_ARG_TYPE, a listener that throws is
 * reported from a later tick, and there is no event path (Node's targets
 * have no parents).  A page reports a listener's exception at once and, when
 * the JavaScript stack is empty between two listeners (the user clicked),
 * performs a microtask checkpoint after each: HTML's "clean up after running
 * script".
 */
#include "js-dom.h"

/* Event flags (DOM 2.2). */
enum {
  EVENT_STOP_PROPAGATION           = 1 << 0,
  EVENT_STOP_IMMEDIATE_PROPAGATION = 1 << 1,
  EVENT_CANCELED                   = 1 << 2,
  EVENT_IN_PASSIVE_LISTENER        = 1 << 3,
  EVENT_COMPOSED                   = 1 << 4,
  EVENT_INITIALIZED                = 1 << 5,
  EVENT_DISPATCH                   = 1 << 6,
  EVENT_BUBBLES                    = 1 << 7,
  EVENT_CANCELABLE                 = 1 << 8,
  EVENT_IS_TRUSTED                 = 1 << 9,
};

enum { PHASE_NONE, PHASE_CAPTURING, PHASE_AT_TARGET, PHASE_BUBBLING };

/* An event's host slots; its data is an EventData.  The last slot is the
 * subclass's: CustomEvent's detail, a UI event's fields (js-dom-ui-event.c). */
enum { EVENT_TYPE, EVENT_TARGET, EVENT_CURRENT_TARGET, EVENT_EXTRA };

typedef struct {
  guint      flags;
  guint8     phase;
  double     time_stamp;
  GPtrArray *path;          /* JsObject * invocation targets during a dispatch */
} EventData;

/* An event listener (DOM 2.7).  Listeners are shared between the target's
 * list and the clones dispatch iterates, hence the reference count; a
 * removed listener stays in the clones with `removed` set. */
typedef struct {
  int      ref_count;
  JsValue  type;                    /* a string */
  JsValue  callback;                /* the listener, or an event handler's current value */
  JsValue  signal;                  /* an AbortSignal, or undefined */
  guint    capture : 1;
  guint    passive : 1;
  guint    once : 1;
  guint    removed : 1;
  guint    handler : 1;             /* an event handler attribute (onclick): see call_listener */
} JsEventListener;

static void event_mark (JsState *J, JsObject *obj);
static void event_finalize (JsState *J, JsObject *obj);
static void target_mark (JsState *J, JsObject *obj);
static void target_finalize (JsState *J, JsObject *obj);

static const JsHostClass event_host_class = { "Event", event_mark, event_finalize };
static const JsHostClass target_host_class = { "EventTarget", target_mark, target_finalize };
static const JsEventTargetClass plain_target_class = { "EventTarget", NULL, NULL, NULL };

/* ------------------------------------------------------------------------
 * Profile differences in errors
 * ------------------------------------------------------------------------ */

void
js_dom_throw_node_error (JsState *J, const char *code, const char *format, ...)
{
  va_list args;
  char *message;
  JsObject *error;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  error = js_node_error_new (J, JS_TYPE_ERROR, code, message);
  g_free (message);
  js_throw (J, js_object_value (error));
}

void
js_dom_throw_bad_this (JsState *J, const char *interface_name, JsValue this_value)
{
  if (js_dom_is_node_profile (J))
    js_dom_throw_node_error (J, "ERR_INVALID_THIS", "Value of \"this\" must be of type %s", interface_name);
  js_throw_type_error (J, "Illegal invocation");
}

JsObject *
js_dom_this_host (JsState *J, JsValue this_value, const JsHostClass *klass, const char *interface_name)
{
  JsObject *obj = js_is_object (this_value) ? js_get_object (this_value) : NULL;

  if (obj == NULL || obj->class_id != JS_CLASS_HOST || obj->u.host.klass != klass)
    js_dom_throw_bad_this (J, interface_name, this_value);
  return obj;
}

void
js_dom_throw_needs_new (JsState *J, const char *interface_name)
{
  if (js_dom_is_node_profile (J))
    js_throw_type_error (J, "Class constructor %s cannot be invoked without 'new'", interface_name);
  js_throw_type_error (J, "Failed to construct '%s': Please use the 'new' operator, "
                       "this DOM object constructor cannot be called as a function.", interface_name);
}

/* The constructor of an interface scripts cannot construct (Node,
 * AbortSignal …): it throws, naming itself. */
JsValue
js_dom_illegal_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                            JsValue new_target, JsObject *callee)
{
  char *name;
  JsString *message;

  if (js_dom_is_node_profile (J))
    js_dom_throw_node_error (J, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
  /* Chromium names the interface only when it is constructed. */
  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Illegal constructor");
  name = js_string_to_utf8 (js_function_get_name (J, callee));
  message = js_string_printf (J, "Failed to construct '%s': Illegal constructor", name);
  g_free (name);
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
}

JsObject *
js_dom_prototype_from_constructor (JsState *J, JsValue new_target, JsDomRoot fallback)
{
  JsValue proto = js_get (J, new_target, JS_KEY (J, prototype));

  return js_is_object (proto) ? js_get_object (proto) : js_dom_root_object (J, fallback);
}

JsObject *
js_dom_define_class (JsState *J, const char *name, int length, JsNativeFn constructor, JsObject *proto, JsDomRoot root)
{
  JsObject *ctor = js_native_constructor_new (J, name, length, constructor, proto);

  js_dom (J)->roots[root] = js_object_value (proto);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, name), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, name, js_object_value (ctor), JS_PROP_HIDDEN);
  return ctor;
}

void
js_dom_define_accessor (JsState *J, JsObject *obj, const char *name, JsNativeFn getter, JsNativeFn setter)
{
  char *get_name = g_strconcat ("get ", name, NULL);
  char *set_name = g_strconcat ("set ", name, NULL);
  JsObject *g = js_native_function_new (J, get_name, 0, getter, 0);
  JsObject *s = setter != NULL ? js_native_function_new (J, set_name, 1, setter, 0) : NULL;

  js_define_accessor (J, obj, js_key_from_utf8 (J, name), js_object_value (g),
                      s != NULL ? js_object_value (s) : JS_UNDEFINED, JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  g_free (get_name);
  g_free (set_name);
}

/* ------------------------------------------------------------------------
 * Event targets
 * ------------------------------------------------------------------------ */

static void
listener_unref (gpointer data)
{
  JsEventListener *listener = data;

  if (--listener->ref_count == 0)
    g_free (listener);
}

static JsEventListener *
listener_ref (JsEventListener *listener)
{
  listener->ref_count++;
  return listener;
}

static void
target_mark (JsState *J, JsObject *obj)
{
  JsEventTarget *target = js_event_target_data (obj);

  if (target == NULL)
    return;
  for (guint i = 0; i < target->listeners->len; i++)
    {
      JsEventListener *listener = g_ptr_array_index (target->listeners, i);
      js_gc_mark_value (J, listener->type);
      js_gc_mark_value (J, listener->callback);
      js_gc_mark_value (J, listener->signal);
    }
  if (target->klass->mark != NULL)
    target->klass->mark (J, target);
}

static void
target_finalize (JsState *J, JsObject *obj)
{
  JsEventTarget *target = js_event_target_data (obj);

  if (target == NULL)
    return;
  if (target->klass->finalize != NULL)
    target->klass->finalize (J, target);
  g_ptr_array_unref (target->listeners);
  g_free (target);
  obj->u.host.data = NULL;
}

static JsEventTarget *
target_data_new (JsObject *obj, const JsEventTargetClass *klass, gsize size)
{
  JsEventTarget *target;

  g_assert (size >= sizeof (JsEventTarget));
  target = g_malloc0 (size);
  target->klass = klass;
  target->object = obj;
  target->listeners = g_ptr_array_new_with_free_func (listener_unref);
  return target;
}

JsObject *
js_event_target_new (JsState *J, const JsEventTargetClass *klass, gsize size, JsObject *proto)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, proto);

  obj->u.host.klass = &target_host_class;
  for (guint i = 0; i < G_N_ELEMENTS (obj->u.host.slots); i++)
    obj->u.host.slots[i] = JS_UNDEFINED;
  obj->u.host.data = target_data_new (obj, klass, size);
  return obj;
}

void
js_event_target_adopt (JsState *J, JsObject *obj, const JsEventTargetClass *klass, gsize size)
{
  g_return_if_fail (obj->class_id == JS_CLASS_OBJECT);
  obj->class_id = JS_CLASS_HOST;
  obj->u.host.klass = &target_host_class;
  for (guint i = 0; i < G_N_ELEMENTS (obj->u.host.slots); i++)
    obj->u.host.slots[i] = JS_UNDEFINED;
  obj->u.host.data = target_data_new (obj, klass, size);
}

JsEventTarget *
js_event_target_of (JsValue v)
{
  JsObject *obj;

  if (!js_is_object (v))
    return NULL;
  obj = js_get_object (v);
  if (obj->class_id != JS_CLASS_HOST || obj->u.host.klass != &target_host_class)
    return NULL;
  return obj->u.host.data;
}

JsEventTarget *
js_event_target_of_class (JsValue v, const JsEventTargetClass *klass)
{
  JsEventTarget *target = js_event_target_of (v);

  return target != NULL && target->klass == klass ? target : NULL;
}

static JsEventTarget *
this_event_target (JsState *J, JsValue this_value)
{
  JsEventTarget *target;

  /* A bare addEventListener() call in a page has the global as `this`. */
  if (js_is_nullish (this_value) && !js_dom_is_node_profile (J))
    this_value = js_object_value (J->global);
  target = js_event_target_of (this_value);
  if (target == NULL)
    js_dom_throw_bad_this (J, "EventTarget", this_value);
  return target;
}

static JsEventListener *
find_listener (JsEventTarget *target, JsValue type, JsValue callback, gboolean capture)
{
  for (guint i = 0; i < target->listeners->len; i++)
    {
      JsEventListener *l = g_ptr_array_index (target->listeners, i);
      if (!l->handler && js_same_value (l->type, type) && js_same_value (l->callback, callback) &&
          l->capture == capture)
        return l;
    }
  return NULL;
}

/* "remove an event listener" (DOM 2.7) */
static void
remove_listener (JsEventTarget *target, JsEventListener *listener)
{
  listener->removed = TRUE;
  g_ptr_array_remove (target->listeners, listener);
}

/* The abort algorithm addEventListener(…, { signal }) adds: the listener
 * goes when the signal aborts.  Captures: the target object, a pointer box. */
static JsValue
remove_on_abort (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  JsEventTarget *target = js_event_target_of (js_native_captures (callee)[0]);
  JsValue type = js_native_captures (callee)[1], callback = js_native_captures (callee)[2];
  JsEventListener *listener;

  if (target == NULL)
    return JS_UNDEFINED;
  listener = find_listener (target, type, callback, js_to_boolean (js_native_captures (callee)[3]));
  if (listener != NULL)
    remove_listener (target, listener);
  return JS_UNDEFINED;
}

/* "add an event listener" (DOM 2.7), steps 2–6. */
static void
add_listener (JsState *J, JsEventTarget *target, JsValue type, JsValue callback, gboolean capture,
              gboolean passive, gboolean once, JsValue signal)
{
  JsEventListener *listener;

  if (js_is_object (signal) && js_abort_signal_is_aborted (J, signal, NULL))
    return;
  if (js_is_null (callback) || js_is_undefined (callback))
    return;
  if (find_listener (target, type, callback, capture) != NULL)
    return;
  listener = g_new0 (JsEventListener, 1);
  listener->ref_count = 1;
  listener->type = type;
  listener->callback = callback;
  listener->signal = signal;
  listener->capture = capture;
  listener->passive = passive;
  listener->once = once;
  g_ptr_array_add (target->listeners, listener);
  if (js_is_object (signal))
    {
      JsObject *fn = js_native_function_new (J, "", 0, remove_on_abort, 4);
      js_native_captures (fn)[0] = js_object_value (target->object);
      js_native_captures (fn)[1] = type;
      js_native_captures (fn)[2] = callback;
      js_native_captures (fn)[3] = js_boolean (capture);
      js_abort_signal_add_algorithm (J, signal, js_object_value (fn));
    }
}

/* addEventListener(type, callback, options) */
static JsValue
event_target_add (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsEventTarget *target = this_event_target (J, this_value);
  JsValue callback = js_arg (argc, argv, 1), options = js_arg (argc, argv, 2);
  JsValue type, signal = JS_UNDEFINED;
  gboolean capture = FALSE, passive = FALSE, once = FALSE;

  if (argc < 2)
    {
      if (js_dom_is_node_profile (J))
        js_dom_throw_node_error (J, "ERR_MISSING_ARGS", "The \"type\" and \"listener\" arguments must be specified");
      js_throw_type_error (J, "Failed to execute 'addEventListener' on 'EventTarget': "
                           "2 arguments required, but only %d present.", argc);
    }
  type = js_string_value (js_to_string (J, argv[0]));
  if (!js_is_nullish (callback) && !js_is_object (callback) && !js_dom_is_node_profile (J))
    js_throw_type_error (J, "Failed to execute 'addEventListener' on 'EventTarget': "
                         "parameter 2 is not of type 'Object'.");
  /* "flatten more" (DOM 2.7) */
  if (js_is_object (options))
    {
      capture = js_to_boolean (js_get_utf8 (J, options, "capture"));
      once = js_to_boolean (js_get_utf8 (J, options, "once"));
      passive = js_to_boolean (js_get_utf8 (J, options, "passive"));
      signal = js_get_utf8 (J, options, "signal");
      if (!js_is_undefined (signal) && !js_is_abort_signal (signal))
        {
          if (js_dom_is_node_profile (J))
            {
              char *received = js_node_describe_received (J, signal);
              JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "");
              JsString *message = js_string_printf (J, "The \"options.signal\" property must be an instance of "
                                                    "AbortSignal. Received %s", received);
              g_free (received);
              js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
              js_throw (J, js_object_value (error));
            }
          js_throw_type_error (J, "Failed to execute 'addEventListener' on 'EventTarget': "
                               "Failed to read the 'signal' property from 'AddEventListenerOptions': "
                               "Failed to convert value to 'AbortSignal'.");
        }
    }
  else
    capture = js_to_boolean (options);
  add_listener (J, target, type, callback, capture, passive, once, signal);
  return JS_UNDEFINED;
}

/* removeEventListener(type, callback, options) */
static JsValue
event_target_remove (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsEventTarget *target = this_event_target (J, this_value);
  JsValue type = js_string_value (js_to_string (J, js_arg (argc, argv, 0)));
  JsValue callback = js_arg (argc, argv, 1), options = js_arg (argc, argv, 2);
  gboolean capture = js_is_object (options) ? js_to_boolean (js_get_utf8 (J, options, "capture"))
                                            : js_to_boolean (options);
  JsEventListener *listener = find_listener (target, type, callback, capture);

  if (listener != NULL)
    remove_listener (target, listener);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * Event handler attributes (HTML 8.1.8): onclick, onabort.  The handler is
 * a listener that keeps its place in the list while its value changes;
 * setting null removes it, and a later handler goes to the end.
 * ------------------------------------------------------------------------ */

static JsEventListener *
find_handler (JsEventTarget *target, JsValue type)
{
  for (guint i = 0; i < target->listeners->len; i++)
    {
      JsEventListener *l = g_ptr_array_index (target->listeners, i);
      if (l->handler && js_same_value (l->type, type))
        return l;
    }
  return NULL;
}

static JsValue
event_handler_get (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsEventTarget *target = this_event_target (J, this_value);
  JsEventListener *handler = find_handler (target, js_native_captures (callee)[0]);

  return handler != NULL ? handler->callback : JS_NULL;
}

static JsValue
event_handler_set (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsEventTarget *target = this_event_target (J, this_value);
  JsValue type = js_native_captures (callee)[0];
  JsValue value = js_arg (argc, argv, 0);
  JsEventListener *handler = find_handler (target, type);

  /* Node keeps a cleared handler's place; a page deactivates it (HTML
   * 8.1.8.1), so a new handler goes to the end. */
  if (!js_is_object (value) && !js_dom_is_node_profile (J))
    {
      if (handler != NULL)
        remove_listener (target, handler);
      return JS_UNDEFINED;
    }
  if (!js_is_object (value))
    value = JS_NULL;
  if (handler != NULL)
    {
      handler->callback = value;
      return JS_UNDEFINED;
    }
  handler = g_new0 (JsEventListener, 1);
  handler->ref_count = 1;
  handler->type = type;
  handler->callback = value;
  handler->signal = JS_UNDEFINED;
  handler->handler = TRUE;
  g_ptr_array_add (target->listeners, handler);
  return JS_UNDEFINED;
}

void
js_dom_define_event_handler (JsState *J, JsObject *proto, const char *type)
{
  char *name = g_strconcat ("on", type, NULL);
  char *get_name = g_strconcat ("get ", name, NULL);
  char *set_name = g_strconcat ("set ", name, NULL);
  JsObject *g = js_native_function_new (J, get_name, 0, event_handler_get, 1);
  JsObject *s = js_native_function_new (J, set_name, 1, event_handler_set, 1);

  js_native_captures (g)[0] = js_string_value (js_intern_utf8 (J, type));
  js_native_captures (s)[0] = js_string_value (js_intern_utf8 (J, type));
  js_define_accessor (J, proto, js_key_from_utf8 (J, name), js_object_value (g), js_object_value (s),
                      JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
  g_free (name);
  g_free (get_name);
  g_free (set_name);
}

/* ------------------------------------------------------------------------
 * Events
 * ------------------------------------------------------------------------ */

static void
event_mark (JsState *J, JsObject *obj)
{
  EventData *data = obj->u.host.data;

  if (data != NULL && data->path != NULL)
    for (guint i = 0; i < data->path->len; i++)
      js_gc_mark_thing (J, g_ptr_array_index (data->path, i));
}

static void
event_finalize (JsState *J, JsObject *obj)
{
  EventData *data = obj->u.host.data;

  if (data == NULL)
    return;
  if (data->path != NULL)
    g_ptr_array_unref (data->path);
  g_free (data);
  obj->u.host.data = NULL;
}

static JsObject *
event_of (JsValue v)
{
  JsObject *obj;

  if (!js_is_object (v))
    return NULL;
  obj = js_get_object (v);
  return obj->class_id == JS_CLASS_HOST && obj->u.host.klass == &event_host_class ? obj : NULL;
}

static EventData *
event_data (JsObject *event)
{
  return event->u.host.data;
}

static JsObject *
this_event (JsState *J, JsValue this_value)
{
  JsObject *event = event_of (this_value);

  if (event == NULL)
    js_dom_throw_bad_this (J, "Event", this_value);
  return event;
}

/* "create an event" and "initialize" (DOM 2.5): the flags from the
 * dictionary, isTrusted as an own unforgeable accessor. */
JsObject *
js_event_create (JsState *J, JsObject *proto, JsValue type, gboolean bubbles, gboolean cancelable)
{
  JsObject *event = js_object_new_class (J, JS_CLASS_HOST, proto);
  EventData *data = g_new0 (EventData, 1);

  event->u.host.klass = &event_host_class;
  event->u.host.data = data;
  event->u.host.slots[EVENT_TYPE] = type;
  event->u.host.slots[EVENT_TARGET] = JS_NULL;
  event->u.host.slots[EVENT_CURRENT_TARGET] = JS_NULL;
  event->u.host.slots[EVENT_EXTRA] = JS_NULL;
  data->flags = EVENT_INITIALIZED | (bubbles ? EVENT_BUBBLES : 0) | (cancelable ? EVENT_CANCELABLE : 0);
  data->time_stamp = js_virtual_now_ms (J);
  /* [LegacyUnforgeable] in a page; Node hides it from Object.keys. */
  js_define_accessor (J, event, js_key_from_utf8 (J, "isTrusted"), js_dom (J)->roots[DOM_ROOT_IS_TRUSTED_GETTER],
                      JS_UNDEFINED, js_dom_is_node_profile (J) ? 0 : JS_PROP_ENUMERABLE);
  return event;
}

void
js_event_set_trusted (JsState *J, JsObject *event, gboolean trusted)
{
  if (trusted)
    event_data (event)->flags |= EVENT_IS_TRUSTED;
  else
    event_data (event)->flags &= ~EVENT_IS_TRUSTED;
}

/* new Event(type, eventInitDict) and its subclasses' common steps;
 * CustomEvent adds detail. */
JsObject *
js_event_construct (JsState *J, const char *name, JsValue new_target, int argc, const JsValue *argv, JsDomRoot root)
{
  JsValue init = js_arg (argc, argv, 1);
  JsObject *event;
  JsValue type;
  gboolean bubbles = FALSE, cancelable = FALSE, composed = FALSE;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, name);
  if (argc == 0)
    {
      if (js_dom_is_node_profile (J))
        js_dom_throw_node_error (J, "ERR_MISSING_ARGS", "The \"type\" argument must be specified");
      js_throw_type_error (J, "Failed to construct '%s': 1 argument required, but only 0 present.", name);
    }
  type = js_string_value (js_to_string (J, argv[0]));
  if (js_is_object (init))
    {
      bubbles = js_to_boolean (js_get_utf8 (J, init, "bubbles"));
      cancelable = js_to_boolean (js_get_utf8 (J, init, "cancelable"));
      composed = js_to_boolean (js_get_utf8 (J, init, "composed"));
    }
  else if (!js_is_nullish (init) && !js_dom_is_node_profile (J))
    js_throw_type_error (J, "Failed to construct '%s': The provided value is not of type '%sInit'.", name, name);
  event = js_event_create (J, js_dom_prototype_from_constructor (J, new_target, root), type, bubbles, cancelable);
  if (composed)
    event_data (event)->flags |= EVENT_COMPOSED;
  if (root == DOM_ROOT_CUSTOM_EVENT_PROTO && js_is_object (init))
    event->u.host.slots[EVENT_EXTRA] = js_get_utf8 (J, init, "detail");
  return event;
}

JsObject *
js_event_of (JsValue v)
{
  return event_of (v);
}

static JsValue
event_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  return js_object_value (js_event_construct (J, "Event", new_target, argc, argv, DOM_ROOT_EVENT_PROTO));
}

static JsValue
custom_event_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  return js_object_value (js_event_construct (J, "CustomEvent", new_target, argc, argv, DOM_ROOT_CUSTOM_EVENT_PROTO));
}

#define EVENT_SLOT_GETTER(fn, slot) \
  static JsValue fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                     JsValue new_target, JsObject *callee) \
  { return this_event (J, this_value)->u.host.slots[slot]; }

EVENT_SLOT_GETTER (event_get_type, EVENT_TYPE)
EVENT_SLOT_GETTER (event_get_target, EVENT_TARGET)
EVENT_SLOT_GETTER (event_get_current_target, EVENT_CURRENT_TARGET)

#define EVENT_FLAG_GETTER(fn, flag) \
  static JsValue fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                     JsValue new_target, JsObject *callee) \
  { return js_boolean ((event_data (this_event (J, this_value))->flags & (flag)) != 0); }

EVENT_FLAG_GETTER (event_get_bubbles, EVENT_BUBBLES)
EVENT_FLAG_GETTER (event_get_cancelable, EVENT_CANCELABLE)
EVENT_FLAG_GETTER (event_get_default_prevented, EVENT_CANCELED)
EVENT_FLAG_GETTER (event_get_composed, EVENT_COMPOSED)
EVENT_FLAG_GETTER (event_get_is_trusted, EVENT_IS_TRUSTED)
EVENT_FLAG_GETTER (event_get_cancel_bubble, EVENT_STOP_PROPAGATION)

static JsValue
event_get_detail (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  return this_event (J, this_value)->u.host.slots[EVENT_EXTRA];
}

static JsValue
event_get_event_phase (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return js_number (event_data (this_event (J, this_value))->phase);
}

static JsValue
event_get_time_stamp (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  return js_number (event_data (this_event (J, this_value))->time_stamp);
}

static JsValue
event_get_return_value (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  return js_boolean ((event_data (this_event (J, this_value))->flags & EVENT_CANCELED) == 0);
}

/* "set the canceled flag" (DOM 2.2) */
static void
set_canceled (EventData *data)
{
  if ((data->flags & EVENT_CANCELABLE) && !(data->flags & EVENT_IN_PASSIVE_LISTENER))
    data->flags |= EVENT_CANCELED;
}

static JsValue
event_set_return_value (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  EventData *data = event_data (this_event (J, this_value));

  if (!js_to_boolean (js_arg (argc, argv, 0)))
    set_canceled (data);
  return JS_UNDEFINED;
}

static JsValue
event_set_cancel_bubble (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  EventData *data = event_data (this_event (J, this_value));

  if (js_to_boolean (js_arg (argc, argv, 0)))
    data->flags |= EVENT_STOP_PROPAGATION;
  return JS_UNDEFINED;
}

static JsValue
event_stop_propagation (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  event_data (this_event (J, this_value))->flags |= EVENT_STOP_PROPAGATION;
  return JS_UNDEFINED;
}

static JsValue
event_stop_immediate_propagation (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                  JsValue new_target, JsObject *callee)
{
  event_data (this_event (J, this_value))->flags |= EVENT_STOP_PROPAGATION | EVENT_STOP_IMMEDIATE_PROPAGATION;
  return JS_UNDEFINED;
}

static JsValue
event_prevent_default (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  set_canceled (event_data (this_event (J, this_value)));
  return JS_UNDEFINED;
}

/* composedPath(): the path while dispatching, else empty. */
static JsValue
event_composed_path (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  EventData *data = event_data (this_event (J, this_value));
  JsObject *result = js_array_new (J, 0);

  if (data->path != NULL && (data->flags & EVENT_DISPATCH))
    for (guint i = 0; i < data->path->len; i++)
      js_array_push (J, result, js_object_value (g_ptr_array_index (data->path, i)));
  return js_object_value (result);
}

/* ------------------------------------------------------------------------
 * Dispatch (DOM 2.9)
 * ------------------------------------------------------------------------ */

void
js_dom_report_exception (JsState *J, JsValue exception)
{
  if (js_dom_is_node_profile (J))
    js_node_defer_exception (J, exception);
  else
    js_host_report_exception (J, exception);
}

void
js_dom_clean_up_after_running_script (JsState *J)
{
  if (!js_dom_is_node_profile (J) && J->frame == NULL)
    js_browser_perform_microtask_checkpoint (J);
}

static gboolean
is_special_error_event (JsState *J, JsObject *event)
{
  JsValue type = event->u.host.slots[EVENT_TYPE];

  return js_is_string (type) && js_string_equal_ascii (js_get_string (type), "error") &&
         js_value_identical (event->u.host.slots[EVENT_CURRENT_TARGET], js_object_value (J->global)) &&
         !js_dom_is_node_profile (J);
}

/* "call a user object's operation" (Web IDL 3.11) for an EventListener, or
 * HTML's event handler processing algorithm for a handler.  An exception is
 * reported and the dispatch goes on; FALSE for a budget termination, which
 * the caller passes on after cleaning up. */
static gboolean
call_listener (JsState *J, JsEventListener *listener, JsObject *event)
{
  JsValue callback = listener->callback;
  JsValue this_value = event->u.host.slots[EVENT_CURRENT_TARGET];
  JsValue argument = js_object_value (event);
  JsTryPoint tp;

  js_gc_add_root (J, &callback);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      JsValue result = JS_UNDEFINED;

      if (listener->handler && is_special_error_event (J, event))
        {
          /* HTML's special error event handling: onerror(message, source,
           * lineno, colno, error), and `true` cancels. */
          static const char *const names[] = { "message", "filename", "lineno", "colno", "error" };
          JsValue args[5];
          for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            args[i] = js_get_utf8 (J, argument, names[i]);
          if (js_is_callable (callback))
            result = js_call (J, callback, this_value, 5, args);
          if (js_is_boolean (result) && js_get_boolean (result))
            set_canceled (event_data (event));
          result = JS_UNDEFINED;
        }
      else if (js_is_callable (callback))
        result = js_call (J, callback, this_value, 1, &argument);
      else if (js_is_object (callback) && !listener->handler)
        {
          JsValue handle_event = js_get_utf8 (J, callback, "handleEvent");
          if (!js_is_callable (handle_event))
            js_throw_type_error (J, "%s", js_dom_is_node_profile (J)
                                 ? "handleEvent is not a function"
                                 : "The provided callback is not callable.");
          result = js_call (J, handle_event, callback, 1, &argument);
        }
      /* The event handler processing algorithm, step 5: false cancels. */
      if (listener->handler && js_is_boolean (result) && !js_get_boolean (result))
        set_canceled (event_data (event));
      js_try_end (J, &tp);
      js_gc_remove_root (J, &callback);
      return TRUE;
    }
  js_gc_remove_root (J, &callback);
  if (J->terminating)
    return FALSE;
  js_dom_report_exception (J, J->exception);
  return TRUE;
}

/* "inner invoke": returns FALSE when a budget ended the run. */
static gboolean
inner_invoke (JsState *J, JsObject *event, GPtrArray *listeners, gboolean capturing)
{
  EventData *data = event_data (event);
  JsValue type = event->u.host.slots[EVENT_TYPE];
  JsEventTarget *current = js_event_target_of (event->u.host.slots[EVENT_CURRENT_TARGET]);

  for (guint i = 0; i < listeners->len; i++)
    {
      JsEventListener *listener = g_ptr_array_index (listeners, i);
      gboolean ok;

      if (!js_same_value (listener->type, type) || listener->removed)
        continue;
      if ((capturing && !listener->capture) || (!capturing && listener->capture))
        continue;
      if (listener->once && current != NULL)
        remove_listener (current, listener);
      if (listener->passive)
        data->flags |= EVENT_IN_PASSIVE_LISTENER;
      ok = call_listener (J, listener, event);
      data->flags &= ~EVENT_IN_PASSIVE_LISTENER;
      if (!ok)
        return FALSE;
      js_dom_clean_up_after_running_script (J);
      if (data->flags & EVENT_STOP_IMMEDIATE_PROPAGATION)
        break;
    }
  return TRUE;
}

/* "invoke" for one struct of the path. */
static gboolean
invoke (JsState *J, JsObject *event, JsObject *item, gboolean capturing)
{
  EventData *data = event_data (event);
  JsEventTarget *target = js_event_target_data (item);
  GPtrArray *clone;
  gboolean ok;

  if (data->flags & EVENT_STOP_PROPAGATION)
    return TRUE;
  event->u.host.slots[EVENT_CURRENT_TARGET] = js_object_value (item);
  clone = g_ptr_array_new_full (target->listeners->len, listener_unref);
  for (guint i = 0; i < target->listeners->len; i++)
    g_ptr_array_add (clone, listener_ref (g_ptr_array_index (target->listeners, i)));
  ok = inner_invoke (J, event, clone, capturing);
  g_ptr_array_unref (clone);
  return ok;
}

static void
trace_dispatch (JsState *J, JsObject *target, JsObject *event)
{
  JsDom *dom = js_dom (J);
  char *type, *where, *text;
  JsDomNode *node;

  if (J->trace == NULL)
    return;
  type = js_string_to_utf8 (js_get_string (event->u.host.slots[EVENT_TYPE]));
  node = js_dom_node_of (js_object_value (target));
  where = node != NULL ? js_dom_node_describe (J, target) : g_strdup (js_event_target_data (target)->klass->name);
  text = g_strdup_printf ("%s at %s", type, where);
  /* The user's events are the trusted ones the host dispatches; a click()
   * inside their listeners is the script's. */
  js_trace_message (J, dom->user_dispatch && (event_data (event)->flags & EVENT_IS_TRUSTED)
                    ? JS_TRACE_DOM_EVENT_USER : JS_TRACE_DOM_EVENT_SCRIPT, 0, text);
  g_free (text);
  g_free (where);
  g_free (type);
}

gboolean
js_event_dispatch_with_target (JsState *J, JsObject *target, JsObject *event, JsObject *target_override)
{
  EventData *data = event_data (event);
  JsValue held = js_object_value (event);
  JsEventTarget *item = js_event_target_data (target);
  gboolean ok = TRUE;
  JsTryPoint tp;

  trace_dispatch (J, target, event);
  /* Steps 1–5: the path, target first. */
  data->flags |= EVENT_DISPATCH;
  event->u.host.slots[EVENT_TARGET] = js_object_value (target_override != NULL ? target_override : target);
  data->path = g_ptr_array_new ();
  g_ptr_array_add (data->path, target);
  while (item->klass->get_the_parent != NULL)
    {
      JsObject *parent = item->klass->get_the_parent (J, item, event);
      if (parent == NULL)
        break;
      g_ptr_array_add (data->path, parent);
      item = js_event_target_data (parent);
    }
  js_gc_add_root (J, &held);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      /* Step 5.13: capturing, from the top down to the target. */
      for (guint i = data->path->len; ok && i-- > 0;)
        {
          data->phase = i == 0 ? PHASE_AT_TARGET : PHASE_CAPTURING;
          ok = invoke (J, event, g_ptr_array_index (data->path, i), TRUE);
        }
      /* Step 5.14: the target, then bubbling up when the event bubbles. */
      for (guint i = 0; ok && i < data->path->len; i++)
        {
          if (i > 0 && !(data->flags & EVENT_BUBBLES))
            continue;
          data->phase = i == 0 ? PHASE_AT_TARGET : PHASE_BUBBLING;
          ok = invoke (J, event, g_ptr_array_index (data->path, i), FALSE);
        }
      js_try_end (J, &tp);
    }
  else
    ok = FALSE;
  /* Steps 6–10 */
  data->phase = PHASE_NONE;
  event->u.host.slots[EVENT_CURRENT_TARGET] = JS_NULL;
  g_ptr_array_unref (data->path);
  data->path = NULL;
  data->flags &= ~(EVENT_DISPATCH | EVENT_STOP_PROPAGATION | EVENT_STOP_IMMEDIATE_PROPAGATION);
  js_gc_remove_root (J, &held);
  if (!ok)
    js_throw (J, J->exception);
  return !(data->flags & EVENT_CANCELED);
}

void
js_event_set_composed (JsObject *event)
{
  event_data (event)->flags |= EVENT_COMPOSED;
}

gboolean
js_event_dispatch (JsState *J, JsObject *target, JsObject *event)
{
  return js_event_dispatch_with_target (J, target, event, NULL);
}

gboolean
js_event_fire (JsState *J, JsObject *target, const char *type, gboolean trusted)
{
  JsObject *event = js_event_create (J, js_dom_root_object (J, DOM_ROOT_EVENT_PROTO),
                                     js_string_value (js_intern_utf8 (J, type)), FALSE, FALSE);

  js_event_set_trusted (J, event, trusted);
  return js_event_dispatch (J, target, event);
}

/* dispatchEvent(event) (DOM 2.7) */
static JsValue
event_target_dispatch (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsEventTarget *target = this_event_target (J, this_value);
  JsObject *event = event_of (js_arg (argc, argv, 0));

  if (event == NULL)
    {
      if (js_dom_is_node_profile (J))
        {
          char *received = js_node_describe_received (J, js_arg (argc, argv, 0));
          JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "");
          JsString *message = js_string_printf (J, "The \"event\" argument must be an instance of Event. "
                                                "Received %s", received);
          g_free (received);
          js_define_value (J, error, JS_KEY (J, message), js_string_value (message), JS_PROP_HIDDEN);
          js_throw (J, js_object_value (error));
        }
      js_throw_type_error (J, "Failed to execute 'dispatchEvent' on 'EventTarget': "
                           "parameter 1 is not of type 'Event'.");
    }
  if (event_data (event)->flags & EVENT_DISPATCH)
    js_throw (J, js_object_value (js_dom_exception_new (
      J, "Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.",
      "InvalidStateError")));
  js_event_set_trusted (J, event, FALSE);
  return js_boolean (js_event_dispatch (J, target->object, event));
}

static JsValue
event_target_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  JsObject *proto;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, "EventTarget");
  proto = js_dom_prototype_from_constructor (J, new_target, DOM_ROOT_EVENT_TARGET_PROTO);
  return js_object_value (js_event_target_new (J, &plain_target_class, sizeof (JsEventTarget), proto));
}

/* ------------------------------------------------------------------------
 * DOMException (Web IDL 3.14.1): an Error with a name and a legacy code.
 * ------------------------------------------------------------------------ */

JsObject *
js_dom_exception_new (JsState *J, const char *message, const char *name)
{
  static const struct { const char *name; int code; } codes[] = {
    { "IndexSizeError", 1 }, { "HierarchyRequestError", 3 }, { "WrongDocumentError", 4 },
    { "InvalidCharacterError", 5 }, { "NotFoundError", 8 }, { "NotSupportedError", 9 },
    { "InvalidStateError", 11 }, { "SyntaxError", 12 }, { "InvalidModificationError", 13 },
    { "NamespaceError", 14 }, { "InvalidAccessError", 15 }, { "TypeMismatchError", 17 },
    { "SecurityError", 18 }, { "NetworkError", 19 }, { "AbortError", 20 }, { "URLMismatchError", 21 },
    { "QuotaExceededError", 22 }, { "TimeoutError", 23 }, { "InvalidNodeTypeError", 24 },
    { "DataCloneError", 25 },
  };
  JsObject *error = js_error_new (J, JS_ERROR, js_string_new_utf8 (J, message, -1));
  JsValue stack = js_get (J, js_object_value (error), JS_KEY (J, stack));
  int code = 0;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strcmp (codes[i].name, name) == 0)
      code = codes[i].code;
  js_object_set_prototype_of (J, error, js_dom_root_object (J, DOM_ROOT_DOM_EXCEPTION_PROTO));
  js_define_value (J, error, JS_KEY (J, name), js_string_value_utf8 (J, name), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, error, "code", js_number (code), JS_PROP_HIDDEN);
  if (js_is_string (stack))
    {
      /* "Error: message" becomes "AbortError: message". */
      char *text = js_string_to_utf8 (js_get_string (stack));
      const char *colon = strchr (text, ':');
      char *renamed = g_strconcat (name, colon != NULL ? colon : "", NULL);
      js_define_value (J, error, JS_KEY (J, stack), js_string_value_utf8 (J, renamed), JS_PROP_HIDDEN);
      g_free (renamed);
      g_free (text);
    }
  return error;
}

static JsValue
dom_exception_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsValue message = js_arg (argc, argv, 0), name = js_arg (argc, argv, 1);
  char *m, *n;
  JsObject *error;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, "DOMException");
  m = js_is_undefined (message) ? g_strdup ("") : js_string_to_utf8 (js_to_string (J, message));
  n = js_is_undefined (name) ? g_strdup ("Error") : js_string_to_utf8 (js_to_string (J, name));
  error = js_dom_exception_new (J, m, n);
  g_free (m);
  g_free (n);
  return js_object_value (error);
}

/* ------------------------------------------------------------------------
 * Installation
 * ------------------------------------------------------------------------ */

static void
define_phase_constants (JsState *J, JsObject *obj)
{
  static const char *const names[] = { "NONE", "CAPTURING_PHASE", "AT_TARGET", "BUBBLING_PHASE" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    js_define_value_utf8 (J, obj, names[i], js_number (i), JS_PROP_ENUMERABLE);
}

static JsObject *
define_event_subclass (JsState *J, const char *name, JsNativeFn constructor, JsObject *parent_proto,
                       JsObject *parent_ctor, JsDomRoot root)
{
  JsObject *proto = js_object_new (J, parent_proto);
  JsObject *ctor = js_dom_define_class (J, name, 1, constructor, proto, root);

  js_object_set_prototype_of (J, ctor, parent_ctor);
  return proto;
}

void
js_dom_event_init (JsState *J)
{
  JsObject *target_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *event_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *dom_proto = js_object_new (J, JS_INTRINSIC (J, ErrorPrototype));
  JsObject *event_ctor, *custom_proto;
  JsObject *is_trusted = js_native_function_new (J, "get isTrusted", 0, event_get_is_trusted, 0);

  js_dom (J)->roots[DOM_ROOT_IS_TRUSTED_GETTER] = js_object_value (is_trusted);

  js_native_constructor_new (J, "DOMException", 2, dom_exception_constructor, dom_proto);
  js_define_value (J, dom_proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "DOMException"),
                   JS_PROP_CONFIGURABLE);
  js_dom (J)->roots[DOM_ROOT_DOM_EXCEPTION_PROTO] = js_object_value (dom_proto);
  js_define_value_utf8 (J, J->global, "DOMException",
                        js_get (J, js_object_value (dom_proto), JS_KEY (J, constructor)), JS_PROP_HIDDEN);

  js_dom_define_class (J, "EventTarget", 0, event_target_constructor, target_proto, DOM_ROOT_EVENT_TARGET_PROTO);
  js_define_method (J, target_proto, "addEventListener", event_target_add, 2);
  js_define_method (J, target_proto, "removeEventListener", event_target_remove, 2);
  js_define_method (J, target_proto, "dispatchEvent", event_target_dispatch, 1);

  event_ctor = js_dom_define_class (J, "Event", 1, event_constructor, event_proto, DOM_ROOT_EVENT_PROTO);
  js_dom_define_accessor (J, event_proto, "type", event_get_type, NULL);
  js_dom_define_accessor (J, event_proto, "target", event_get_target, NULL);
  js_dom_define_accessor (J, event_proto, "currentTarget", event_get_current_target, NULL);
  js_dom_define_accessor (J, event_proto, "eventPhase", event_get_event_phase, NULL);
  js_dom_define_accessor (J, event_proto, "bubbles", event_get_bubbles, NULL);
  js_dom_define_accessor (J, event_proto, "cancelable", event_get_cancelable, NULL);
  js_dom_define_accessor (J, event_proto, "defaultPrevented", event_get_default_prevented, NULL);
  js_dom_define_accessor (J, event_proto, "composed", event_get_composed, NULL);
  js_dom_define_accessor (J, event_proto, "timeStamp", event_get_time_stamp, NULL);
  js_dom_define_accessor (J, event_proto, "returnValue", event_get_return_value, event_set_return_value);
  js_dom_define_accessor (J, event_proto, "cancelBubble", event_get_cancel_bubble, event_set_cancel_bubble);
  js_define_method (J, event_proto, "composedPath", event_composed_path, 0);
  js_define_method (J, event_proto, "stopPropagation", event_stop_propagation, 0);
  js_define_method (J, event_proto, "stopImmediatePropagation", event_stop_immediate_propagation, 0);
  js_define_method (J, event_proto, "preventDefault", event_prevent_default, 0);
  define_phase_constants (J, event_ctor);
  define_phase_constants (J, event_proto);

  custom_proto = define_event_subclass (J, "CustomEvent", custom_event_constructor, event_proto, event_ctor,
                                        DOM_ROOT_CUSTOM_EVENT_PROTO);
  js_dom_define_accessor (J, custom_proto, "detail", event_get_detail, NULL);
  /* Node has no UI events. */
  if (!js_dom_is_node_profile (J))
    js_dom_ui_event_init (J);
}

/* ------------------------------------------------------------------------
 * The module's state and the engine's entry points
 * ------------------------------------------------------------------------ */

void
js_events_init (JsState *J)
{
  JsDom *dom = g_new0 (JsDom, 1);

  for (int i = 0; i < DOM_N_ROOTS; i++)
    dom->roots[i] = JS_UNDEFINED;
  J->dom = dom;
  js_dom_event_init (J);
  js_abort_init (J);
}

void
js_dom_mark_roots (JsState *J)
{
  JsDom *dom = js_dom (J);

  if (dom == NULL)
    return;
  for (int i = 0; i < DOM_N_ROOTS; i++)
    js_gc_mark_value (J, dom->roots[i]);
}

void
js_dom_free (JsState *J)
{
  g_free (J->dom);
  J->dom = NULL;
}

JsObject *
js_dom_event_new (JsState *J, const char *type, gboolean bubbles, gboolean cancelable)
{
  JsObject *event = js_event_create (J, js_dom_root_object (J, DOM_ROOT_EVENT_PROTO),
                                     js_string_value (js_intern_utf8 (J, type)), bubbles, cancelable);

  js_event_set_trusted (J, event, TRUE);
  return event;
}

gboolean
js_dom_dispatch_event (JsState *J, JsObject *target, JsObject *event)
{
  return js_event_dispatch (J, target, event);
}
