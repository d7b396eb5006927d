/* js-captured-method.c: methods that carry one value in captures[0] — the
 * prototype an assert method builds its errors from, the state a crypto
 * function draws from — and constant methods (os.arch(), process.getuid(),
 * …), one native returning what it captured instead of a C function per
 * value.
 */
#include "js-internal.h"

JsObject *
js_define_captured_method (JsState *J, JsObject *obj, const char *name, JsNativeFn fn, int length,
                           JsValue capture, guint32 flags)
{
  JsObject *method = js_native_function_new (J, name, length, fn, 1);

  js_native_captures (method)[0] = capture;
  js_define_value_utf8 (J, obj, name, js_object_value (method), flags);
  return method;
}

static JsValue
constant_method_call (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  return js_native_captures (callee)[0];
}

JsObject *
js_define_constant_method (JsState *J, JsObject *obj, const char *name, int length, JsValue value, guint32 flags)
{
  return js_define_captured_method (J, obj, name, constant_method_call, length, value, flags);
}
