/* js-dom.h: what the DOM modules share among themselves — event targets
 * and events (js-dom-event.c, js-dom-ui-event.c), abort signals
 * (js-abort.c), the node tree (js-dom.c, with js-dom-html.c,
 * js-dom-selector.c, js-dom-token-list.c, js-dom-string-map.c) and mutation
 * observers (js-mutation-observer.c).  The rest of the engine uses the "DOM
 * and events" section of js-internal.h instead.
 *
 * Every event target is a host object of one host class whose data starts
 * with a JsEventTarget; what kind of target it is (a plain EventTarget, an
 * AbortSignal, a node, the window) is its JsEventTargetClass.  So one brand
 * check serves EventTarget.prototype's methods on all of them, and each kind
 * extends the struct with its own fields.
 */
#pragma once

#include "js-internal.h"

G_BEGIN_DECLS

typedef struct JsEventTarget JsEventTarget;
typedef struct JsRegisteredObserver JsRegisteredObserver;   /* js-mutation-observer.c */

typedef struct {
  const char *name;                 /* the interface: "EventTarget", "AbortSignal", "HTMLElement" … */
  /* Marks what the extension references; may be NULL. */
  void (*mark) (JsState *J, JsEventTarget *target);
  /* Frees the extension's external memory; may be NULL.  Like every
   * finalizer it must not touch other GC things. */
  void (*finalize) (JsState *J, JsEventTarget *target);
  /* "Get the parent" (DOM 2.7): the next target on the event path, or NULL. */
  JsObject *(*get_the_parent) (JsState *J, JsEventTarget *target, JsObject *event);
} JsEventTargetClass;

struct JsEventTarget {
  const JsEventTargetClass *klass;
  JsObject  *object;
  GPtrArray *listeners;             /* event listeners, in registration order (js-dom-event.c) */
};

/* The state of the DOM modules (J->dom). */
typedef enum {
  DOM_ROOT_EVENT_TARGET_PROTO,
  DOM_ROOT_EVENT_PROTO,
  DOM_ROOT_CUSTOM_EVENT_PROTO,
  DOM_ROOT_UI_EVENT_PROTO,
  DOM_ROOT_MOUSE_EVENT_PROTO,
  DOM_ROOT_POINTER_EVENT_PROTO,
  DOM_ROOT_KEYBOARD_EVENT_PROTO,
  DOM_ROOT_INPUT_EVENT_PROTO,
  DOM_ROOT_FOCUS_EVENT_PROTO,
  DOM_ROOT_ERROR_EVENT_PROTO,
  DOM_ROOT_PROMISE_REJECTION_EVENT_PROTO,
  DOM_ROOT_IDLE_DEADLINE_PROTO,
  DOM_ROOT_IS_TRUSTED_GETTER,
  DOM_ROOT_DOM_EXCEPTION_PROTO,
  DOM_ROOT_ABORT_SIGNAL_PROTO,
  DOM_ROOT_ABORT_CONTROLLER_PROTO,
  DOM_ROOT_NODE_PROTO,
  DOM_ROOT_ELEMENT_PROTO,
  DOM_ROOT_HTML_ELEMENT_PROTO,
  DOM_ROOT_TEXT_PROTO,
  DOM_ROOT_COMMENT_PROTO,
  DOM_ROOT_DOCUMENT_PROTO,
  DOM_ROOT_FRAGMENT_PROTO,
  DOM_ROOT_TOKEN_LIST_PROTO,
  DOM_ROOT_DATASET_PROTO,
  DOM_ROOT_DATASET_HANDLER,         /* the proxy handler behind element.dataset */
  DOM_ROOT_STYLE_PROTO,             /* js-dom-style.c */
  DOM_ROOT_ELEMENT_INTERFACES,      /* js-dom-element-interfaces.c: local name -> prototype */
  DOM_ROOT_PROXY,                   /* %Proxy%, as it was at startup */
  DOM_ROOT_DOCUMENT,
  DOM_ROOT_WINDOW_PROTO,
  DOM_ROOT_MUTATION_OBSERVER_PROTO,
  DOM_ROOT_MUTATION_RECORD_PROTO,
  DOM_ROOT_MUTATION_OBSERVERS,      /* the agent's mutation observers, an array in creation order */
  DOM_ROOT_NOTIFY_FUNCTION,         /* the microtask that notifies them */
  DOM_ROOT_MESSAGE_EVENT_PROTO,     /* js-message-channel.c */
  DOM_ROOT_MESSAGE_PORT_PROTO,
  DOM_ROOT_MESSAGE_CHANNEL_PROTO,
  DOM_N_ROOTS
} JsDomRoot;

typedef struct {
  JsValue  roots[DOM_N_ROOTS];
  gboolean mutation_observer_microtask_queued;
  gboolean user_dispatch;           /* the host is dispatching a user's input */
  const char *ready_state;          /* document.readyState */
  guint    registration_ids;        /* the last registered observer's id */
} JsDom;

static inline JsDom *js_dom (JsState *J) { return J->dom; }
static inline JsObject *js_dom_root_object (JsState *J, JsDomRoot root) { return js_get_object (js_dom (J)->roots[root]); }
static inline gboolean js_dom_is_node_profile (JsState *J) { return J->options.host == JS_HOST_NODE; }

/* js-dom-event.c */
JsObject      *js_event_target_new (JsState *J, const JsEventTargetClass *klass, gsize size, JsObject *proto);
/* Makes an existing ordinary object (the global object) an event target. */
void           js_event_target_adopt (JsState *J, JsObject *obj, const JsEventTargetClass *klass, gsize size);
JsEventTarget *js_event_target_of (JsValue v);                     /* NULL when not one */
JsEventTarget *js_event_target_of_class (JsValue v, const JsEventTargetClass *klass);
static inline JsEventTarget *js_event_target_data (JsObject *obj) { return obj->u.host.data; }
/* Throws one of Node's internal TypeErrors (err.code = code). */
G_GNUC_NORETURN void js_dom_throw_node_error (JsState *J, const char *code, const char *format, ...) G_GNUC_PRINTF (3, 4);
/* Throws the profile's "illegal invocation" error for a wrong `this`. */
G_GNUC_NORETURN void js_dom_throw_bad_this (JsState *J, const char *interface_name, JsValue this_value);
/* `this_value` as a host object of `klass`, or js_dom_throw_bad_this. */
JsObject      *js_dom_this_host (JsState *J, JsValue this_value, const JsHostClass *klass, const char *interface_name);
/* Throws Chromium's "Failed to construct 'X': Please use the 'new' operator…"
 * or V8's "Class constructor X cannot be invoked without 'new'" (Node). */
G_GNUC_NORETURN void js_dom_throw_needs_new (JsState *J, const char *interface_name);
JsValue        js_dom_illegal_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                           JsValue new_target, JsObject *callee);
JsObject      *js_dom_prototype_from_constructor (JsState *J, JsValue new_target, JsDomRoot fallback);
/* Defines the class on the global object: constructor, prototype, @@toStringTag. */
JsObject      *js_dom_define_class (JsState *J, const char *name, int length, JsNativeFn constructor,
                                    JsObject *proto, JsDomRoot root);
void           js_dom_define_accessor (JsState *J, JsObject *obj, const char *name, JsNativeFn getter, JsNativeFn setter);
/* An event handler IDL attribute (onclick, onabort): getter and setter on `proto`. */
void           js_dom_define_event_handler (JsState *J, JsObject *proto, const char *type);
/* The constructor steps of Event and its subclasses (`root` the fallback
 * prototype); the caller adds the subclass's own members. */
JsObject      *js_event_construct (JsState *J, const char *name, JsValue new_target, int argc, const JsValue *argv,
                                   JsDomRoot root);
JsObject      *js_event_of (JsValue v);                             /* NULL when not an Event */
/* The subclass's slot (see js-dom-event.c). */
static inline JsValue *js_event_extra (JsObject *event) { return &event->u.host.slots[3]; }
/* A new Event (class Event or a subclass by `proto`), initialized. */
JsObject      *js_event_create (JsState *J, JsObject *proto, JsValue type, gboolean bubbles, gboolean cancelable);
void           js_event_set_trusted (JsState *J, JsObject *event, gboolean trusted);
void           js_event_set_composed (JsObject *event);
/* dispatch (DOM 2.9): returns FALSE when the event was canceled.  With a
 * `target_override` (HTML's legacy target override: the window's load
 * event), event.target is that instead. */
gboolean       js_event_dispatch (JsState *J, JsObject *target, JsObject *event);
gboolean       js_event_dispatch_with_target (JsState *J, JsObject *target, JsObject *event,
                                              JsObject *target_override);
/* "fire an event" named `type` at `target` (plain Event, not bubbling, not
 * cancelable), `trusted` as the UA fires it. */
gboolean       js_event_fire (JsState *J, JsObject *target, const char *type, gboolean trusted);
/* "report the exception" for an exception thrown by a callback. */
void           js_dom_report_exception (JsState *J, JsValue exception);
/* "clean up after running script": a microtask checkpoint when no script runs. */
void           js_dom_clean_up_after_running_script (JsState *J);
void           js_dom_event_init (JsState *J);

/* js-dom-ui-event.c: UIEvent, MouseEvent, PointerEvent, KeyboardEvent,
 * InputEvent, FocusEvent (a page only).  js_ui_event_set sets one of the
 * fields of an event created with one of their prototypes. */
void           js_dom_ui_event_init (JsState *J);
void           js_ui_event_set (JsState *J, JsObject *event, const char *field, JsValue value);
/* A trusted event of one of those interfaces (by name, e.g. "ErrorEvent")
 * as the browser fires it: its fields are the members of `init`. */
JsObject      *js_dom_event_with_fields_new (JsState *J, const char *interface_name, const char *type,
                                             gboolean cancelable, JsObject *init);

/* js-abort.c */
void           js_abort_init (JsState *J);

/* js-dom.c: the node tree */
typedef struct JsDomNode JsDomNode;

enum { NODE_ELEMENT = 1, NODE_TEXT = 3, NODE_COMMENT = 8, NODE_DOCUMENT = 9, NODE_FRAGMENT = 11 };

typedef struct {
  JsValue name;    /* an interned string, lowercase */
  JsValue value;   /* a string */
} JsDomAttribute;

struct JsDomNode {
  JsEventTarget target;
  int       node_type;
  JsObject *parent, *first_child, *last_child, *previous_sibling, *next_sibling;
  JsValue   local_name;          /* elements: interned, lowercase */
  JsValue   data;                /* Text and Comment: its data */
  GArray   *attributes;          /* elements: JsDomAttribute, in order of creation */
  GPtrArray *registered;         /* JsRegisteredObserver *, or NULL */
  JsValue   class_list;          /* the element's DOMTokenList, once asked for */
  JsValue   dataset;             /* its DOMStringMap, once asked for */
  JsValue   style;               /* its CSSStyleDeclaration, once asked for */
  JsValue   template_contents;   /* <template>: its DocumentFragment, once made */
  JsValue   value;               /* form controls: the value once set (dirty), else JS_EMPTY */
  JsValue   checked;             /* form controls: checkedness once set (dirty), else JS_EMPTY */
  gboolean  click_in_progress;
};

#define JS_DOM_NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)

static inline JsDomNode *js_dom_node_at (JsObject *obj) { return obj != NULL ? obj->u.host.data : NULL; }
static inline JsValue js_dom_node_value (JsDomNode *node) { return js_object_value (node->target.object); }
static inline gboolean js_dom_is_element (JsDomNode *node) { return node != NULL && node->node_type == NODE_ELEMENT; }
JsDomNode     *js_dom_element_new (JsState *J, JsValue local_name);
JsDomNode     *js_dom_text_new (JsState *J, JsValue data);
JsDomNode     *js_dom_comment_new (JsState *J, JsValue data);
/* A <template>'s "template contents" (made on first use), or NULL for
 * other nodes. */
JsDomNode     *js_dom_template_contents (JsState *J, JsDomNode *node);
static inline gboolean js_dom_is_character_data (JsDomNode *node)
{ return node != NULL && (node->node_type == NODE_TEXT || node->node_type == NODE_COMMENT); }
/* Appends `node` to `parent` before `child` (NULL: at the end) with no
 * record: for trees nobody observes yet (the parser, clones). */
void           js_dom_link_before (JsDomNode *parent, JsDomNode *node, JsDomNode *child);
/* The element's attributes; the setters queue mutation records.  `name`
 * is lowercase. */
JsDomAttribute *js_dom_find_attribute (JsDomNode *element, JsValue name);
JsValue        js_dom_get_attribute (JsDomNode *element, const char *name);   /* JS_NULL when absent */
void           js_dom_set_attribute (JsState *J, JsDomNode *element, JsValue name, JsValue value);
void           js_dom_remove_attribute (JsState *J, JsDomNode *element, JsValue name);
/* Throws a DOMException named `name`. */
G_GNUC_NORETURN void js_dom_throw (JsState *J, const char *name, const char *format, ...) G_GNUC_PRINTF (3, 4);

/* js-dom-html.c: innerHTML's fragment parser (the new nodes, in no tree,
 * as an array) and the fragment serialization (outer: with the node). */
JsObject      *js_dom_parse_fragment (JsState *J, const char *html);
void           js_dom_serialize (JsDomNode *node, gboolean outer, GString *out);

/* js-dom-selector.c: selector lists (NULL when `text` is not one). */
typedef GPtrArray JsDomSelector;
JsDomSelector *js_dom_selector_parse (const char *text);
void           js_dom_selector_free (JsDomSelector *selector);
gboolean       js_dom_selector_matches (JsState *J, JsDomNode *element, JsDomSelector *selector);

/* js-dom-token-list.c (classList) and js-dom-string-map.c (dataset) */
void           js_dom_token_list_init (JsState *J);
JsValue        js_dom_token_list_new (JsState *J, JsDomNode *element);
void           js_dom_string_map_init (JsState *J);
JsValue        js_dom_string_map_new (JsState *J, JsDomNode *element);
/* js-dom-element-interfaces.c: HTMLDivElement … and the prototype an
 * element of `local_name` gets. */
void           js_dom_element_interfaces_init (JsState *J);
JsObject      *js_dom_element_interface_prototype (JsState *J, JsValue local_name);
/* js-dom-style.c (element.style) */
void           js_dom_style_init (JsState *J);
JsValue        js_dom_style_new (JsState *J, JsDomNode *element);
JsDomNode     *js_dom_node_of (JsValue v);                          /* NULL when not a node */
static inline JsDomNode *js_dom_node_data (JsObject *obj) { return obj->u.host.data; }
JsObject      *js_dom_node_parent (JsDomNode *node);
/* "button#button.big": for the trace (g_free it). */
char          *js_dom_node_describe (JsState *J, JsObject *node);
GPtrArray    **js_dom_node_registered_observers (JsDomNode *node);  /* JsRegisteredObserver *, created on demand */

/* js-mutation-observer.c */
typedef enum { JS_MUTATION_ATTRIBUTES, JS_MUTATION_CHARACTER_DATA, JS_MUTATION_CHILD_LIST } JsMutationType;
/* "queue a mutation record" (DOM 4.3.2); name/old_value JS_NULL when not
 * given; added/removed arrays or NULL; siblings NULL for none. */
void           js_mutation_queue_record (JsState *J, JsMutationType type, JsObject *target, JsValue name,
                                         JsValue old_value, JsObject *added, JsObject *removed,
                                         JsObject *previous_sibling, JsObject *next_sibling);
/* "queue a tree mutation record" shorthand. */
void           js_mutation_queue_tree_record (JsState *J, JsObject *target, JsObject *added, JsObject *removed,
                                              JsObject *previous_sibling, JsObject *next_sibling);
/* The removing steps' transient registered observers (DOM 4.2.3 "remove", step 14). */
void           js_mutation_add_transient_observers (JsState *J, JsObject *parent, JsObject *node);
void           js_mutation_mark_registered (JsState *J, GPtrArray *registered);
void           js_mutation_free_registered (GPtrArray *registered);
void           js_mutation_observer_init (JsState *J);

G_END_DECLS
