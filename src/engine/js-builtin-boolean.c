/* js-builtin-boolean.c: Boolean (ECMAScript 20.3). */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)

NATIVE (boolean_constructor)
{
  JsValue b = js_boolean (js_to_boolean (js_arg (argc, argv, 0)));
  JsObject *obj;

  if (js_is_undefined (new_target))
    return b;
  obj = js_create_from_constructor (J, new_target, JS_CLASS_BOOLEAN, JS_INTRINSIC (J, BooleanPrototype));
  obj->u.primitive = b;
  return js_object_value (obj);
}

/* thisBooleanValue (20.3.3) */
static gboolean
this_boolean_value (JsState *J, JsValue v, const char *method)
{
  if (js_is_boolean (v))
    return js_get_boolean (v);
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_BOOLEAN)
    return js_get_boolean (js_get_object (v)->u.primitive);
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR,
                                              js_string_printf (J, "%s requires that 'this' be a Boolean", method))));
}

NATIVE (boolean_proto_to_string)
{
  return this_boolean_value (J, this_value, "Boolean.prototype.toString") ? JS_KEY (J, true) : JS_KEY (J, false);
}

NATIVE (boolean_proto_value_of)
{
  return js_boolean (this_boolean_value (J, this_value, "Boolean.prototype.valueOf"));
}

void
js_builtin_boolean_init (JsState *J)
{
  JsObject *proto = js_object_new_class (J, JS_CLASS_BOOLEAN, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor;

  proto->u.primitive = JS_FALSE;
  JS_INTRINSIC (J, BooleanPrototype) = proto;
  ctor = js_native_constructor_new (J, "Boolean", 1, boolean_constructor, proto);
  JS_INTRINSIC (J, Boolean) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_method (J, proto, "toString", boolean_proto_to_string, 0);
  js_define_method (J, proto, "valueOf", boolean_proto_value_of, 0);
  js_define_value_utf8 (J, J->global, "Boolean", js_object_value (ctor), JS_PROP_HIDDEN);
}
