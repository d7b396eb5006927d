/* js-message-channel.c: cross-document messaging within the page (HTML
 * 9.4–9.5) for the browser profile: MessageChannel, MessagePort,
 * MessageEvent and window.postMessage.
 *
 * A message is a structured clone of the data, taken when it is posted.
 * Each port has a port message queue, disabled until start() (or setting
 * onmessage) enables it.  As Chromium's port (a Mojo pipe) does, an enabled
 * queue has one delivery task at a time: it delivers the oldest message,
 * then posts the next delivery task if more wait, so the tasks posted while
 * a message was handled (or after the first message was posted) come before
 * the next message.  Every window message is a task of its own, so window
 * messages and zero-delay timers interleave in posting order.  close()
 * disentangles both ports: what is still queued for either is dropped, and
 * later posts go nowhere.
 */
#include "js-dom.h"
#include "js-url.h"

/* The harness page's origin, as js-fetch.c resolves URLs against it. */
#define PAGE_ORIGIN "http://127.0.0.1:8000"

typedef struct {
  JsEventTarget target;
  JsObject *entangled;     /* the other port, NULL once disentangled */
  JsValue   queue;         /* the port message queue: an array of cloned messages, or undefined */
  gboolean  enabled;       /* start() was called (or onmessage set) */
  gboolean  delivering;    /* a delivery task is posted */
} MessagePort;

static void port_mark (JsState *J, JsEventTarget *target);

static const JsEventTargetClass message_port_class = { "MessagePort", port_mark, NULL, NULL };
static const JsHostClass message_channel_class = { "MessageChannel", NULL, NULL };

enum { CHANNEL_PORT1, CHANNEL_PORT2 };

/* The fields of a MessageEvent, in the event's extra slot (a plain object). */
static const char *const message_event_fields[] = { "data", "origin", "lastEventId", "source", "ports" };

static void
port_mark (JsState *J, JsEventTarget *target)
{
  MessagePort *port = (MessagePort *) target;

  js_gc_mark_thing (J, (JsGc *) port->entangled);
  js_gc_mark_value (J, port->queue);
}

static MessagePort *
port_of (JsValue v)
{
  return (MessagePort *) js_event_target_of_class (v, &message_port_class);
}

static MessagePort *
this_port (JsState *J, JsValue this_value)
{
  MessagePort *port = port_of (this_value);

  if (port == NULL)
    js_dom_throw_bad_this (J, "MessagePort", this_value);
  return port;
}

/* ------------------------------------------------------------------------
 * MessageEvent
 * ------------------------------------------------------------------------ */

/* MessageEvent.ports, a FrozenArray: here always empty. */
static JsValue
empty_ports (JsState *J)
{
  JsObject *ports = js_array_new (J, 0);

  js_object_prevent_extensions (J, ports);
  return js_object_value (ports);
}

/* Gives a new MessageEvent its fields, with their defaults. */
static JsObject *
message_event_fields_new (JsState *J, JsObject *event)
{
  JsObject *fields = js_object_new (J, NULL);

  js_define_value_utf8 (J, fields, "data", JS_NULL, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, fields, "origin", js_string_value (JS_ATOM (J, empty)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, fields, "lastEventId", js_string_value (JS_ATOM (J, empty)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, fields, "source", JS_NULL, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, fields, "ports", empty_ports (J), JS_PROP_DEFAULT);
  *js_event_extra (event) = js_object_value (fields);
  return fields;
}

/* A trusted `message` event carrying `data` from `origin`, `source`. */
static JsObject *
message_event_new (JsState *J, JsValue data, const char *origin, JsValue source)
{
  JsObject *event = js_event_create (J, js_dom_root_object (J, DOM_ROOT_MESSAGE_EVENT_PROTO),
                                     js_string_value (js_intern_utf8 (J, "message")), FALSE, FALSE);
  JsObject *fields;

  js_event_set_trusted (J, event, TRUE);
  fields = message_event_fields_new (J, event);
  js_define_value_utf8 (J, fields, "data", data, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, fields, "origin", js_string_value_utf8 (J, origin), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, fields, "source", source, JS_PROP_DEFAULT);
  return event;
}

/* new MessageEvent(type, eventInitDict) */
static JsValue
message_event_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsObject *event = js_event_construct (J, "MessageEvent", new_target, argc, argv, DOM_ROOT_MESSAGE_EVENT_PROTO);
  JsObject *fields = message_event_fields_new (J, event);
  JsValue init = js_arg (argc, argv, 1);

  if (!js_is_object (init))
    return js_object_value (event);
  for (guint i = 0; i < G_N_ELEMENTS (message_event_fields); i++)
    {
      const char *name = message_event_fields[i];
      JsValue value = js_get_utf8 (J, init, name);

      if (js_is_undefined (value))
        continue;
      if (strcmp (name, "origin") == 0 || strcmp (name, "lastEventId") == 0)
        value = js_string_value (js_to_string (J, value));
      js_define_value_utf8 (J, fields, name, value, JS_PROP_DEFAULT);
    }
  return js_object_value (event);
}

static gboolean
is_message_event (JsState *J, JsObject *event)
{
  JsObject *message_event_proto = js_dom_root_object (J, DOM_ROOT_MESSAGE_EVENT_PROTO);

  if (!js_is_object (*js_event_extra (event)))
    return FALSE;
  for (JsObject *proto = event->proto; proto != NULL; proto = proto->proto)
    if (proto == message_event_proto)
      return TRUE;
  return FALSE;
}

static JsValue
message_event_field (JsState *J, JsValue this_value, JsObject *callee)
{
  JsObject *event = js_event_of (this_value);

  if (event == NULL || !is_message_event (J, event))
    js_dom_throw_bad_this (J, "MessageEvent", this_value);
  return js_get (J, *js_event_extra (event), js_native_captures (callee)[0]);
}

static JsValue
message_event_get (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  return message_event_field (J, this_value, callee);
}

/* ------------------------------------------------------------------------
 * Ports
 * ------------------------------------------------------------------------ */

/* StructuredSerializeWithTransfer for `interface_name`'s postMessage: the
 * engine's structuredClone, whose DataCloneError names the method that
 * failed, as Chromium's does. */
static JsValue
clone_message (JsState *J, JsValue message, const char *interface_name, JsObject *callee)
{
  static const char window_prefix[] = "Failed to execute 'structuredClone' on 'Window': ";
  volatile JsValue clone = JS_UNDEFINED;
  JsTryPoint tp;
  JsValue error_message;
  char *text, *renamed;
  JsObject *error;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      clone = js_builtin_structured_clone (J, JS_UNDEFINED, 1, &message, JS_UNDEFINED, callee);
      js_try_end (J, &tp);
      return clone;
    }
  if (J->terminating || !js_is_object (J->exception))
    js_throw (J, J->exception);
  error_message = js_get_utf8 (J, J->exception, "message");
  if (!js_is_string (error_message))
    js_throw (J, J->exception);
  text = js_string_to_utf8 (js_get_string (error_message));
  if (!g_str_has_prefix (text, window_prefix))
    {
      g_free (text);
      js_throw (J, J->exception);
    }
  renamed = g_strdup_printf ("Failed to execute 'postMessage' on '%s': %s", interface_name,
                             text + strlen (window_prefix));
  g_free (text);
  error = js_dom_exception_new (J, renamed, "DataCloneError");
  g_free (renamed);
  js_throw (J, js_object_value (error));
}

static MessagePort *
port_new (JsState *J)
{
  JsObject *obj = js_event_target_new (J, &message_port_class, sizeof (MessagePort),
                                       js_dom_root_object (J, DOM_ROOT_MESSAGE_PORT_PROTO));
  MessagePort *port = (MessagePort *) js_event_target_data (obj);

  port->queue = JS_UNDEFINED;
  return port;
}

static void post_delivery_task (JsState *J, MessagePort *port);

/* The task that delivers the oldest message of a port's queue. */
static JsValue
deliver_port_message (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsValue port_value = js_native_captures (callee)[0];
  MessagePort *port = port_of (port_value);
  JsObject *queue;
  JsValue data;

  port->delivering = FALSE;
  /* Closing the port dropped what was queued. */
  if (!js_is_object (port->queue) || js_array_length (js_get_object (port->queue)) == 0)
    return JS_UNDEFINED;
  queue = js_get_object (port->queue);
  data = js_get_index (J, port->queue, 0);
  js_array_shift_dense (J, queue);
  js_dom_dispatch_event (J, port->target.object, message_event_new (J, data, "", JS_NULL));
  if (js_is_object (port->queue) && js_array_length (js_get_object (port->queue)) > 0)
    post_delivery_task (J, port);
  return JS_UNDEFINED;
}

static void
post_delivery_task (JsState *J, MessagePort *port)
{
  JsObject *task;

  if (port->delivering)
    return;
  port->delivering = TRUE;
  task = js_native_function_new (J, "onmessage", 0, deliver_port_message, 1);

  js_native_captures (task)[0] = js_object_value (port->target.object);
  js_browser_post_task (J, 0, js_object_value (task), JS_TRACE_QUEUE_DOM, JS_TRACE_TASK_POSTED_MESSAGE);
}

/* The port message queue's "enable" step: its waiting messages become tasks. */
static void
port_start (JsState *J, MessagePort *port)
{
  guint32 n;

  if (port->enabled)
    return;
  port->enabled = TRUE;
  n = js_is_object (port->queue) ? js_array_length (js_get_object (port->queue)) : 0;
  if (n > 0)
    post_delivery_task (J, port);
}

/* "message port post message steps" (HTML 9.5.3) */
static JsValue
port_post_message (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  MessagePort *port = this_port (J, this_value);
  JsValue message = js_arg (argc, argv, 0);
  JsValue clone;
  MessagePort *target;

  if (argc == 0)
    js_throw_type_error (J, "Failed to execute 'postMessage' on 'MessagePort': 1 argument required, "
                            "but only 0 present.");
  clone = clone_message (J, message, "MessagePort", callee);
  if (port->entangled == NULL)
    return JS_UNDEFINED;
  target = (MessagePort *) js_event_target_data (port->entangled);
  if (!js_is_object (target->queue))
    target->queue = js_object_value (js_array_new (J, 0));
  js_array_push (J, js_get_object (target->queue), clone);
  if (target->enabled)
    post_delivery_task (J, target);
  return JS_UNDEFINED;
}

static JsValue
port_start_method (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  port_start (J, this_port (J, this_value));
  return JS_UNDEFINED;
}

static void
port_drop_queue (MessagePort *port)
{
  port->queue = JS_UNDEFINED;
}

/* close(): disentangles the port from its peer. */
static JsValue
port_close (JsState *J, JsValue this_value, int argc, const JsValue *argv,
            JsValue new_target, JsObject *callee)
{
  MessagePort *port = this_port (J, this_value);

  if (port->entangled != NULL)
    {
      MessagePort *peer = (MessagePort *) js_event_target_data (port->entangled);
      peer->entangled = NULL;
      port_drop_queue (peer);
      port->entangled = NULL;
    }
  port_drop_queue (port);
  return JS_UNDEFINED;
}

/* The onmessage setter also enables the port message queue (HTML 9.5.3). */
static JsValue
port_set_onmessage (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  MessagePort *port = this_port (J, this_value);

  js_call (J, js_native_captures (callee)[0], this_value, argc, argv);
  port_start (J, port);
  return JS_UNDEFINED;
}

static void
define_onmessage (JsState *J, JsObject *proto)
{
  JsValue key = js_key_from_utf8 (J, "onmessage");
  JsPropertyDescriptor desc;
  JsObject *setter;

  js_dom_define_event_handler (J, proto, "message");
  js_get_own_property (J, proto, key, &desc);
  setter = js_native_function_new (J, "set onmessage", 1, port_set_onmessage, 1);
  js_native_captures (setter)[0] = desc.setter;
  js_define_accessor (J, proto, key, desc.getter, js_object_value (setter), JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
}

/* new MessageChannel(): two new ports, entangled. */
static JsValue
message_channel_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                             JsValue new_target, JsObject *callee)
{
  JsObject *channel, *proto;
  MessagePort *port1, *port2;

  if (js_is_undefined (new_target))
    js_dom_throw_needs_new (J, "MessageChannel");
  proto = js_dom_prototype_from_constructor (J, new_target, DOM_ROOT_MESSAGE_CHANNEL_PROTO);
  channel = js_object_new_class (J, JS_CLASS_HOST, proto);
  channel->u.host.klass = &message_channel_class;
  for (guint i = 0; i < G_N_ELEMENTS (channel->u.host.slots); i++)
    channel->u.host.slots[i] = JS_UNDEFINED;
  port1 = port_new (J);
  channel->u.host.slots[CHANNEL_PORT1] = js_object_value (port1->target.object);
  port2 = port_new (J);
  channel->u.host.slots[CHANNEL_PORT2] = js_object_value (port2->target.object);
  port1->entangled = port2->target.object;
  port2->entangled = port1->target.object;
  return js_object_value (channel);
}

/* port1 and port2; captures: the slot. */
static JsValue
channel_get_port (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsObject *channel = js_dom_this_host (J, this_value, &message_channel_class, "MessageChannel");

  return channel->u.host.slots[(int) js_get_number (js_native_captures (callee)[0])];
}

static void
define_port_getter (JsState *J, JsObject *proto, const char *name, int slot)
{
  g_autofree char *get_name = g_strconcat ("get ", name, NULL);
  JsObject *getter = js_native_function_new (J, get_name, 0, channel_get_port, 1);

  js_native_captures (getter)[0] = js_number (slot);
  js_define_accessor (J, proto, js_key_from_utf8 (J, name), js_object_value (getter), JS_UNDEFINED,
                      JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
}

/* ------------------------------------------------------------------------
 * window.postMessage
 * ------------------------------------------------------------------------ */

/* The task that fires a window message; captures: the cloned data. */
static JsValue
deliver_window_message (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  JsValue window = js_object_value (J->global);

  js_dom_dispatch_event (J, J->global, message_event_new (J, js_native_captures (callee)[0], PAGE_ORIGIN, window));
  return JS_UNDEFINED;
}

/* Steps 2–5 of the "window post message steps" (HTML 9.4.3), then step
 * 8's check: whether a message for `target_origin` reaches the page ("/" is
 * its own origin, "*" any).  Frees what it allocates before throwing. */
static gboolean
reaches_the_page (JsState *J, JsValue target_origin)
{
  char *text = js_is_undefined (target_origin) ? g_strdup ("/") : js_string_to_utf8 (js_to_string (J, target_origin));
  JsUrl *url;
  char *origin, *message;
  gboolean reaches;
  JsObject *error;

  if (strcmp (text, "*") == 0 || strcmp (text, "/") == 0)
    {
      g_free (text);
      return TRUE;
    }
  url = js_url_parse (text, NULL);
  if (url == NULL)
    {
      message = g_strdup_printf ("Failed to execute 'postMessage' on 'Window': Invalid target origin '%s' "
                                 "in a call to 'postMessage'.", text);
      g_free (text);
      error = js_dom_exception_new (J, message, "SyntaxError");
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  g_free (text);
  origin = js_url_origin (url);
  js_url_free (url);
  reaches = strcmp (origin, PAGE_ORIGIN) == 0;
  g_free (origin);
  return reaches;
}

/* "window post message steps" (HTML 9.4.3): a message for another origin
 * than the page's is dropped. */
static JsValue
window_post_message (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue message = js_arg (argc, argv, 0);
  JsValue target_origin = js_arg (argc, argv, 1);
  gboolean reaches;
  JsValue clone;
  JsObject *task;

  if (argc == 0)
    js_throw_type_error (J, "Failed to execute 'postMessage' on 'Window': 1 argument required, "
                            "but only 0 present.");
  if (js_is_object (target_origin))
    target_origin = js_get_utf8 (J, target_origin, "targetOrigin");
  reaches = reaches_the_page (J, target_origin);
  clone = clone_message (J, message, "Window", callee);
  if (!reaches)
    return JS_UNDEFINED;
  task = js_native_function_new (J, "onmessage", 0, deliver_window_message, 1);
  js_native_captures (task)[0] = clone;
  js_browser_post_task (J, 0, js_object_value (task), JS_TRACE_QUEUE_DOM, JS_TRACE_TASK_POSTED_MESSAGE);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * Installation
 * ------------------------------------------------------------------------ */

void
js_message_channel_init (JsState *J)
{
  JsObject *event_proto = js_dom_root_object (J, DOM_ROOT_EVENT_PROTO);
  JsObject *target_proto = js_dom_root_object (J, DOM_ROOT_EVENT_TARGET_PROTO);
  JsObject *message_event_proto = js_object_new (J, event_proto);
  JsObject *port_proto = js_object_new (J, target_proto);
  JsObject *channel_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor;

  ctor = js_dom_define_class (J, "MessageEvent", 1, message_event_constructor, message_event_proto,
                              DOM_ROOT_MESSAGE_EVENT_PROTO);
  js_object_set_prototype_of (J, ctor, js_get_object (js_get_utf8 (J, js_object_value (J->global), "Event")));
  for (guint i = 0; i < G_N_ELEMENTS (message_event_fields); i++)
    {
      g_autofree char *get_name = g_strconcat ("get ", message_event_fields[i], NULL);
      JsObject *getter = js_native_function_new (J, get_name, 0, message_event_get, 1);

      js_native_captures (getter)[0] = js_string_value (js_intern_utf8 (J, message_event_fields[i]));
      js_define_accessor (J, message_event_proto, js_key_from_utf8 (J, message_event_fields[i]),
                          js_object_value (getter), JS_UNDEFINED, JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
    }

  ctor = js_dom_define_class (J, "MessagePort", 0, js_dom_illegal_constructor, port_proto,
                              DOM_ROOT_MESSAGE_PORT_PROTO);
  js_object_set_prototype_of (J, ctor, js_get_object (js_get_utf8 (J, js_object_value (J->global), "EventTarget")));
  js_define_method (J, port_proto, "postMessage", port_post_message, 1);
  js_define_method (J, port_proto, "start", port_start_method, 0);
  js_define_method (J, port_proto, "close", port_close, 0);
  define_onmessage (J, port_proto);

  js_dom_define_class (J, "MessageChannel", 0, message_channel_constructor, channel_proto,
                       DOM_ROOT_MESSAGE_CHANNEL_PROTO);
  define_port_getter (J, channel_proto, "port1", CHANNEL_PORT1);
  define_port_getter (J, channel_proto, "port2", CHANNEL_PORT2);

  js_define_value_utf8 (J, J->global, "postMessage",
                        js_object_value (js_native_function_new (J, "postMessage", 1, window_post_message, 0)),
                        JS_PROP_DEFAULT);
}
