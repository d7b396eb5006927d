/* js-dom-ui-event.c: the event interfaces of a page whose fields come from
 * an init dictionary: the UI events (UI Events; Pointer Events) UIEvent,
 * MouseEvent, PointerEvent, KeyboardEvent, InputEvent and FocusEvent, and
 * HTML's ErrorEvent and PromiseRejectionEvent, which the page's error
 * reporting fires at the window.
 *
 * Each interface adds read-only fields to its parent's, taken from its init
 * dictionary and converted as Web IDL does (a number, a boolean, a string,
 * or any value whose default is null).  An event keeps them in one object in
 * its subclass slot (js_event_extra); the getters on the prototypes read
 * them, so `Object.keys(event)` stays ['isTrusted'] as in Chromium.
 */
#include "js-dom.h"

/* Web IDL types of the fields: double, boolean, DOMString, a nullable
 * object (default null), unsigned long, any (default undefined). */
typedef enum { FIELD_NUMBER, FIELD_BOOLEAN, FIELD_STRING, FIELD_NULLABLE, FIELD_UNSIGNED, FIELD_ANY } FieldKind;

typedef struct {
  const char *name;
  FieldKind   kind;
  gboolean    required;       /* a required dictionary member */
} Field;

typedef struct {
  const char  *name;
  JsDomRoot    root;
  int          parent;        /* index in interfaces, -1 for Event */
  const Field *fields;
  guint        n_fields;
  int          n_required_args;
} Interface;

static const Field ui_fields[] = { { "detail", FIELD_NUMBER }, { "view", FIELD_NULLABLE } };
static const Field mouse_fields[] = {
  { "screenX", FIELD_NUMBER }, { "screenY", FIELD_NUMBER }, { "clientX", FIELD_NUMBER }, { "clientY", FIELD_NUMBER },
  { "ctrlKey", FIELD_BOOLEAN }, { "shiftKey", FIELD_BOOLEAN }, { "altKey", FIELD_BOOLEAN },
  { "metaKey", FIELD_BOOLEAN }, { "button", FIELD_NUMBER }, { "buttons", FIELD_NUMBER },
  { "relatedTarget", FIELD_NULLABLE },
};
static const Field pointer_fields[] = {
  { "pointerId", FIELD_NUMBER }, { "pointerType", FIELD_STRING }, { "isPrimary", FIELD_BOOLEAN },
};
static const Field keyboard_fields[] = {
  { "key", FIELD_STRING }, { "code", FIELD_STRING }, { "location", FIELD_NUMBER }, { "ctrlKey", FIELD_BOOLEAN },
  { "shiftKey", FIELD_BOOLEAN }, { "altKey", FIELD_BOOLEAN }, { "metaKey", FIELD_BOOLEAN },
  { "repeat", FIELD_BOOLEAN }, { "isComposing", FIELD_BOOLEAN },
};
static const Field input_fields[] = {
  { "data", FIELD_NULLABLE }, { "inputType", FIELD_STRING }, { "isComposing", FIELD_BOOLEAN },
};
static const Field focus_fields[] = { { "relatedTarget", FIELD_NULLABLE } };
static const Field error_fields[] = {
  { "message", FIELD_STRING }, { "filename", FIELD_STRING }, { "lineno", FIELD_UNSIGNED },
  { "colno", FIELD_UNSIGNED }, { "error", FIELD_ANY },
};
static const Field rejection_fields[] = { { "promise", FIELD_ANY, TRUE }, { "reason", FIELD_ANY } };

enum { UI_EVENT, MOUSE_EVENT, POINTER_EVENT, KEYBOARD_EVENT, INPUT_EVENT, FOCUS_EVENT, ERROR_EVENT,
       PROMISE_REJECTION_EVENT };

static const Interface interfaces[] = {
  [UI_EVENT] = { "UIEvent", DOM_ROOT_UI_EVENT_PROTO, -1, ui_fields, G_N_ELEMENTS (ui_fields) },
  [MOUSE_EVENT] = { "MouseEvent", DOM_ROOT_MOUSE_EVENT_PROTO, UI_EVENT, mouse_fields, G_N_ELEMENTS (mouse_fields) },
  [POINTER_EVENT] = { "PointerEvent", DOM_ROOT_POINTER_EVENT_PROTO, MOUSE_EVENT, pointer_fields,
                      G_N_ELEMENTS (pointer_fields) },
  [KEYBOARD_EVENT] = { "KeyboardEvent", DOM_ROOT_KEYBOARD_EVENT_PROTO, UI_EVENT, keyboard_fields,
                       G_N_ELEMENTS (keyboard_fields) },
  [INPUT_EVENT] = { "InputEvent", DOM_ROOT_INPUT_EVENT_PROTO, UI_EVENT, input_fields, G_N_ELEMENTS (input_fields) },
  [FOCUS_EVENT] = { "FocusEvent", DOM_ROOT_FOCUS_EVENT_PROTO, UI_EVENT, focus_fields, G_N_ELEMENTS (focus_fields) },
  [ERROR_EVENT] = { "ErrorEvent", DOM_ROOT_ERROR_EVENT_PROTO, -1, error_fields, G_N_ELEMENTS (error_fields) },
  [PROMISE_REJECTION_EVENT] = { "PromiseRejectionEvent", DOM_ROOT_PROMISE_REJECTION_EVENT_PROTO, -1,
                                rejection_fields, G_N_ELEMENTS (rejection_fields), 2 },
};

static JsValue
default_value (JsState *J, FieldKind kind)
{
  switch (kind)
    {
    case FIELD_NUMBER: return js_number (0);
    case FIELD_BOOLEAN: return JS_FALSE;
    case FIELD_STRING: return js_string_value (JS_ATOM (J, empty));
    case FIELD_NULLABLE: return JS_NULL;
    case FIELD_UNSIGNED: return js_number (0);
    case FIELD_ANY: return JS_UNDEFINED;
    }
  return JS_UNDEFINED;
}

static JsValue
convert (JsState *J, FieldKind kind, JsValue value)
{
  if (js_is_undefined (value))
    return default_value (J, kind);
  switch (kind)
    {
    case FIELD_NUMBER: return js_number (js_to_number (J, value));
    case FIELD_BOOLEAN: return js_boolean (js_to_boolean (value));
    case FIELD_STRING: return js_string_value (js_to_string (J, value));
    case FIELD_NULLABLE: return value;
    case FIELD_UNSIGNED: return js_number (js_to_uint32 (J, value));
    case FIELD_ANY: return value;
    }
  return value;
}

/* The event's fields object, made with every field's default. */
static JsObject *
fields_of (JsState *J, JsObject *event, int interface)
{
  JsValue *extra = js_event_extra (event);
  JsObject *fields;

  if (js_is_object (*extra))
    return js_get_object (*extra);
  fields = js_object_new (J, NULL);
  for (int i = interface; i >= 0; i = interfaces[i].parent)
    for (guint f = 0; f < interfaces[i].n_fields; f++)
      js_define_value_utf8 (J, fields, interfaces[i].fields[f].name,
                            default_value (J, interfaces[i].fields[f].kind), JS_PROP_DEFAULT);
  *extra = js_object_value (fields);
  return fields;
}

static int
interface_of_prototype (JsState *J, JsObject *event)
{
  for (JsObject *proto = event->proto; proto != NULL; proto = proto->proto)
    for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
      if (proto == js_dom_root_object (J, interfaces[i].root))
        return (int) i;
  return UI_EVENT;
}

void
js_ui_event_set (JsState *J, JsObject *event, const char *field, JsValue value)
{
  js_define_value_utf8 (J, fields_of (J, event, interface_of_prototype (J, event)), field, value, JS_PROP_DEFAULT);
}

/* new XEvent(type, init), for each of the interfaces: the constructor's
 * own "prototype" (fixed) tells which. */
static JsValue
ui_event_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsValue prototype = js_get_own_data (J, callee, JS_KEY (J, prototype));
  int interface = UI_EVENT;
  JsObject *event;

  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    if (js_value_identical (prototype, js_dom (J)->roots[interfaces[i].root]))
      interface = (int) i;
  if (!js_is_undefined (new_target) && argc < interfaces[interface].n_required_args)
    js_throw_type_error (J, "Failed to construct '%s': %d arguments required, but only %d present.",
                         interfaces[interface].name, interfaces[interface].n_required_args, argc);
  event = js_event_construct (J, interfaces[interface].name, new_target, argc, argv, interfaces[interface].root);
  JsValue init = js_arg (argc, argv, 1);
  JsObject *fields;

  fields = fields_of (J, event, interface);

  if (!js_is_object (init))
    return js_object_value (event);
  /* Dictionary members are read inherited first, each in name order. */
  for (int i = interface; i >= 0; i = interfaces[i].parent)
    for (guint f = 0; f < interfaces[i].n_fields; f++)
      {
        const Field *field = &interfaces[i].fields[f];
        JsValue value = js_get_utf8 (J, init, field->name);

        if (field->required && js_is_undefined (value))
          js_throw_type_error (J, "Failed to construct '%s': Failed to read the '%s' property from '%sInit': "
                               "Required member is undefined.", interfaces[interface].name, field->name,
                               interfaces[interface].name);
        js_define_value_utf8 (J, fields, field->name, convert (J, field->kind, value), JS_PROP_DEFAULT);
      }
  return js_object_value (event);
}

JsObject *
js_dom_event_with_fields_new (JsState *J, const char *interface_name, const char *type, gboolean cancelable,
                              JsObject *init)
{
  int interface = -1;
  JsObject *event, *fields;

  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    if (strcmp (interfaces[i].name, interface_name) == 0)
      interface = (int) i;
  g_return_val_if_fail (interface >= 0, NULL);
  event = js_event_create (J, js_dom_root_object (J, interfaces[interface].root),
                           js_string_value (js_intern_utf8 (J, type)), FALSE, cancelable);
  js_event_set_trusted (J, event, TRUE);
  fields = fields_of (J, event, interface);
  for (int i = interface; i >= 0; i = interfaces[i].parent)
    for (guint f = 0; f < interfaces[i].n_fields; f++)
      {
        JsValue value = js_get_utf8 (J, js_object_value (init), interfaces[i].fields[f].name);

        if (!js_is_undefined (value))
          js_define_value_utf8 (J, fields, interfaces[i].fields[f].name, value, JS_PROP_DEFAULT);
      }
  return event;
}

/* A field's getter: captures[0] the field's name, [1] its default. */
static JsValue
field_getter (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsObject *event = js_event_of (this_value);
  JsValue *extra;
  JsValue value;

  if (event == NULL)
    js_dom_throw_bad_this (J, "UIEvent", this_value);
  extra = js_event_extra (event);
  if (!js_is_object (*extra))
    return js_native_captures (callee)[1];
  value = js_get_own_data (J, js_get_object (*extra), js_to_property_key (J, js_native_captures (callee)[0]));
  return js_is_empty (value) ? js_native_captures (callee)[1] : value;
}

void
js_dom_ui_event_init (JsState *J)
{
  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    {
      const Interface *interface = &interfaces[i];
      JsDomRoot parent_root = interface->parent < 0 ? DOM_ROOT_EVENT_PROTO : interfaces[interface->parent].root;
      JsObject *parent_proto = js_dom_root_object (J, parent_root);
      JsObject *proto = js_object_new (J, parent_proto);
      JsObject *constructor_fn;

      /* Chromium's prototypes list the attributes before `constructor`. */
      for (guint f = 0; f < interface->n_fields; f++)
        {
          const Field *field = &interface->fields[f];
          char *get_name = g_strconcat ("get ", field->name, NULL);
          JsObject *getter = js_native_function_new (J, get_name, 0, field_getter, 2);

          js_native_captures (getter)[0] = js_string_value (js_intern_utf8 (J, field->name));
          js_native_captures (getter)[1] = default_value (J, field->kind);
          js_define_accessor (J, proto, js_key_from_utf8 (J, field->name), js_object_value (getter), JS_UNDEFINED,
                              JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
          g_free (get_name);
        }
      constructor_fn = js_native_constructor_new (J, interface->name, 1, ui_event_constructor, proto);
      js_object_set_prototype_of (J, constructor_fn,
                                  js_get_object (js_get (J, js_object_value (parent_proto), JS_KEY (J, constructor))));
      js_dom (J)->roots[interface->root] = js_object_value (proto);
      js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag),
                       js_string_value (js_string_new_utf8 (J, interface->name, -1)), JS_PROP_CONFIGURABLE);
      js_define_value_utf8 (J, J->global, interface->name, js_object_value (constructor_fn), JS_PROP_HIDDEN);
    }
}
