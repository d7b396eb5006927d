/* js-builtin-error.c: Error and the NativeErrors (ECMAScript 20.5), plus how
 * V8 renders values inside its messages.
 *
 * Error objects themselves are made by js_error_new (js-error.c), so an error
 * thrown by the engine and one built by `new TypeError(…)` are the same kind
 * of object; the constructors only add what the arguments ask for.
 */
#include "js-internal.h"

/* ------------------------------------------------------------------------
 * Values in messages
 * ------------------------------------------------------------------------ */

/* A data property found along the prototype chain without running getters:
 * V8's GetDataProperty, used where a message must not have side effects. */
static JsValue
get_data_property (JsState *J, JsObject *obj, JsValue key)
{
  for (int depth = 0; obj != NULL && depth < 1000; obj = obj->proto, depth++)
    {
      JsValue v = js_get_own_data (J, obj, key);
      if (!js_is_empty (v))
        return v;
    }
  return JS_UNDEFINED;
}

static const char *
builtin_tag (JsObject *obj)
{
  switch (obj->class_id)
    {
    case JS_CLASS_ARRAY: return "Array";
    case JS_CLASS_ARGUMENTS: return "Arguments";
    case JS_CLASS_MAPPED_ARGUMENTS: return "Arguments";
    case JS_CLASS_ERROR: return "Error";
    case JS_CLASS_BOOLEAN: return "Boolean";
    case JS_CLASS_NUMBER: return "Number";
    case JS_CLASS_STRING: return "String";
    case JS_CLASS_DATE: return "Date";
    case JS_CLASS_REGEXP: return "RegExp";
    case JS_CLASS_TYPED_ARRAY: return js_typed_array_kind_name (obj->u.view.kind);
    default:
      return js_object_is_callable (obj) ? "Function" : "Object";
    }
}

static JsString *
describe_symbol (JsState *J, JsSymbol *sym)
{
  JsString *desc = sym->description != NULL ? sym->description : JS_ATOM (J, empty);
  JsStringBuilder *b = js_string_builder_new (J);

  js_string_builder_append_ascii (J, b, "Symbol(");
  js_string_builder_append (J, b, desc);
  js_string_builder_append_ascii (J, b, ")");
  return js_string_builder_finish (J, b);
}

/* V8's Object::NoSideEffectsToString for objects. */
static JsString *
describe_object (JsState *J, JsObject *obj)
{
  JsValue to_string, tag;

  /* V8 describes a proxy as its target, running no trap. */
  while (obj->class_id == JS_CLASS_PROXY && js_is_object (obj->u.proxy.target))
    obj = js_get_object (obj->u.proxy.target);
  to_string = get_data_property (J, obj, JS_KEY (J, toString));

  if (obj->class_id == JS_CLASS_ERROR)
    {
      JsValue name = get_data_property (J, obj, JS_KEY (J, name));
      JsValue message = get_data_property (J, obj, JS_KEY (J, message));
      JsString *n = js_is_string (name) ? js_get_string (name) : js_string_new_utf8 (J, "Error", -1);
      JsString *m = js_is_string (message) ? js_get_string (message) : JS_ATOM (J, empty);
      JsStringBuilder *b;

      if (n->length == 0)
        return m;
      if (m->length == 0)
        return n;
      b = js_string_builder_new (J);
      js_string_builder_append (J, b, n);
      js_string_builder_append_ascii (J, b, ": ");
      js_string_builder_append (J, b, m);
      return js_string_builder_finish (J, b);
    }
  if (js_object_is_callable (obj))
    return js_function_to_string (J, obj);
  if (js_is_object (to_string) && js_get_object (to_string) == JS_INTRINSIC (J, ObjectProtoToString))
    {
      JsValue ctor = get_data_property (J, obj, JS_KEY (J, constructor));
      if (js_is_callable (ctor))
        {
          JsString *name = js_function_get_name (J, js_get_object (ctor));
          if (name->length > 0)
            {
              JsStringBuilder *b = js_string_builder_new (J);
              js_string_builder_append_ascii (J, b, "#<");
              js_string_builder_append (J, b, name);
              js_string_builder_append_ascii (J, b, ">");
              return js_string_builder_finish (J, b);
            }
        }
    }
  /* a string @@toStringTag data property names it (a module namespace's "Module") */
  tag = get_data_property (J, obj, JS_SYMBOL_KEY (J, toStringTag));
  if (js_is_string (tag))
    {
      JsStringBuilder *b = js_string_builder_new (J);
      js_string_builder_append_ascii (J, b, "[object ");
      js_string_builder_append (J, b, js_get_string (tag));
      js_string_builder_append_ascii (J, b, "]");
      return js_string_builder_finish (J, b);
    }
  return js_string_printf (J, "[object %s]", builtin_tag (obj));
}

JsString *
js_describe_value (JsState *J, JsValue v, JsDescribeStyle style)
{
  if (style == JS_DESCRIBE_TYPED)
    {
      JsStringBuilder *b;

      if (js_is_undefined (v))
        return JS_ATOM (J, undefined);
      if (js_is_null (v))
        return js_string_new_utf8 (J, "object null", -1);
      if (js_is_object (v))
        return js_object_is_callable (js_get_object (v)) ? JS_ATOM (J, function) : JS_ATOM (J, object);
      if (js_is_symbol (v))
        return JS_ATOM (J, symbol);
      b = js_string_builder_new (J);
      js_string_builder_append (J, b, js_typeof (J, v));
      js_string_builder_append_ascii (J, b, js_is_string (v) ? " \"" : " ");
      js_string_builder_append (J, b, js_is_string (v) ? js_get_string (v) : js_to_string (J, v));
      if (js_is_string (v))
        js_string_builder_append_ascii (J, b, "\"");
      return js_string_builder_finish (J, b);
    }
  if (js_is_symbol (v))
    return describe_symbol (J, js_get_symbol (v));
  if (js_is_object (v))
    return describe_object (J, js_get_object (v));
  return js_to_string (J, v);
}

void
js_throw_error_with_value (JsState *J, JsErrorType type, const char *format, JsValue v, JsDescribeStyle style)
{
  const char *hole = strstr (format, "%s");
  JsStringBuilder *b = js_string_builder_new (J);

  if (hole == NULL)
    js_string_builder_append_utf8 (J, b, format, -1);
  else
    {
      js_string_builder_append_utf8 (J, b, format, hole - format);
      js_string_builder_append (J, b, js_describe_value (J, v, style));
      js_string_builder_append_utf8 (J, b, hole + 2, -1);
    }
  js_throw (J, js_object_value (js_error_new (J, type, js_string_builder_finish (J, b))));
}

/* ------------------------------------------------------------------------
 * The constructors (20.5.1, 20.5.6.1, 20.5.7.1)
 * ------------------------------------------------------------------------ */

static const JsIntrinsicId error_prototypes[JS_N_ERROR_TYPES] = {
  JS_INTRINSIC_ErrorPrototype, JS_INTRINSIC_TypeErrorPrototype, JS_INTRINSIC_RangeErrorPrototype,
  JS_INTRINSIC_ReferenceErrorPrototype, JS_INTRINSIC_SyntaxErrorPrototype,
  JS_INTRINSIC_EvalErrorPrototype, JS_INTRINSIC_URIErrorPrototype, JS_INTRINSIC_AggregateErrorPrototype,
};

static const JsIntrinsicId error_constructors[JS_N_ERROR_TYPES] = {
  JS_INTRINSIC_Error, JS_INTRINSIC_TypeError, JS_INTRINSIC_RangeError,
  JS_INTRINSIC_ReferenceError, JS_INTRINSIC_SyntaxError,
  JS_INTRINSIC_EvalError, JS_INTRINSIC_URIError, JS_INTRINSIC_AggregateError,
};

/* InstallErrorCause (20.5.8.1) */
static void
install_error_cause (JsState *J, JsObject *obj, JsValue options)
{
  if (js_is_object (options) && js_has_property (J, js_get_object (options), JS_KEY (J, cause)))
    {
      JsValue cause = js_get (J, options, JS_KEY (J, cause));
      js_define_value (J, obj, JS_KEY (J, cause), cause, JS_PROP_HIDDEN);
    }
}

/* Steps shared by Error and the NativeErrors: OrdinaryCreateFromConstructor
 * with the intrinsic prototype as fallback, then the message.  The object
 * comes from js_error_new so that it matches engine-thrown errors. */
static JsObject *
create_error (JsState *J, JsErrorType type, JsValue new_target, JsValue message)
{
  JsObject *ctor = J->intrinsics[error_constructors[type]];
  JsObject *proto = J->intrinsics[error_prototypes[type]];
  JsString *msg = NULL;
  JsObject *obj;

  if (!js_is_undefined (new_target) && js_get_object (new_target) != ctor)
    {
      JsValue p = js_get (J, new_target, JS_KEY (J, prototype));
      if (js_is_object (p))
        proto = js_get_object (p);
    }
  if (!js_is_undefined (message))
    msg = js_to_string (J, message);
  obj = js_error_new (J, type, msg);
  obj->proto = proto;
  return obj;
}

#define DEFINE_ERROR_CONSTRUCTOR(fn, type) \
  static JsValue \
  fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee) \
  { \
    JsObject *obj = create_error (J, type, new_target, js_arg (argc, argv, 0)); \
    install_error_cause (J, obj, js_arg (argc, argv, 1)); \
    return js_object_value (obj); \
  }

DEFINE_ERROR_CONSTRUCTOR (error_constructor, JS_ERROR)
DEFINE_ERROR_CONSTRUCTOR (type_error_constructor, JS_TYPE_ERROR)
DEFINE_ERROR_CONSTRUCTOR (range_error_constructor, JS_RANGE_ERROR)
DEFINE_ERROR_CONSTRUCTOR (reference_error_constructor, JS_REFERENCE_ERROR)
DEFINE_ERROR_CONSTRUCTOR (syntax_error_constructor, JS_SYNTAX_ERROR)
DEFINE_ERROR_CONSTRUCTOR (eval_error_constructor, JS_EVAL_ERROR)
DEFINE_ERROR_CONSTRUCTOR (uri_error_constructor, JS_URI_ERROR)

/* AggregateError(errors, message, options) (20.5.7.1) */
static JsValue
aggregate_error_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                             JsValue new_target, JsObject *callee)
{
  JsObject *obj = create_error (J, JS_AGGREGATE_ERROR, new_target, js_arg (argc, argv, 1));
  JsObject *errors;

  install_error_cause (J, obj, js_arg (argc, argv, 2));
  errors = js_iterable_to_array (J, js_arg (argc, argv, 0));
  js_define_value (J, obj, JS_KEY (J, errors), js_object_value (errors), JS_PROP_HIDDEN);
  return js_object_value (obj);
}

/* Error.prototype.toString (20.5.3.4) */
static JsValue
error_proto_to_string (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  JsValue name, message;
  JsString *n, *m;
  JsStringBuilder *b;

  if (!js_is_object (this_value))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Method Error.prototype.toString called on incompatible receiver %s",
                               this_value, JS_DESCRIBE_PLAIN);
  name = js_get (J, this_value, JS_KEY (J, name));
  n = js_is_undefined (name) ? js_string_new_utf8 (J, "Error", -1) : js_to_string (J, name);
  message = js_get (J, this_value, JS_KEY (J, message));
  m = js_is_undefined (message) ? JS_ATOM (J, empty) : js_to_string (J, message);
  if (n->length == 0)
    return js_string_value (m);
  if (m->length == 0)
    return js_string_value (n);
  b = js_string_builder_new (J);
  js_string_builder_append (J, b, n);
  js_string_builder_append_ascii (J, b, ": ");
  js_string_builder_append (J, b, m);
  return js_string_value (js_string_builder_finish (J, b));
}

/* Error.captureStackTrace(obj): V8 installs a `stack` string on any object.
 * The engine keeps no JS stack traces, so it gets the same one-frame form
 * as engine errors (js-error.c); an error object keeps its lazy stack. */
static JsValue
error_capture_stack_trace (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsValue target = js_arg (argc, argv, 0);
  JsObject *obj;

  if (!js_is_object (target))
    js_throw_type_error (J, "invalid_argument");
  obj = js_get_object (target);
  if (obj->class_id == JS_CLASS_ERROR)
    js_error_install_stack (J, obj);
  else
    js_define_value (J, obj, JS_KEY (J, stack), js_error_materialize_stack (J, obj), JS_PROP_HIDDEN);
  return JS_UNDEFINED;
}

static JsObject *
init_error_type (JsState *J, JsErrorType type, const char *name, int length, JsNativeFn fn, JsObject *parent_ctor)
{
  JsObject *parent_proto = parent_ctor != NULL ? JS_INTRINSIC (J, ErrorPrototype) : JS_INTRINSIC (J, ObjectPrototype);
  JsObject *proto = J->intrinsics[error_prototypes[type]];
  JsObject *ctor;

  if (proto == NULL)
    proto = js_object_new (J, parent_proto);
  else
    proto->proto = parent_proto;
  J->intrinsics[error_prototypes[type]] = proto;
  ctor = js_native_constructor_new (J, name, length, fn, proto);
  if (parent_ctor != NULL)
    ctor->proto = parent_ctor;
  J->intrinsics[error_constructors[type]] = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value (J, proto, JS_KEY (J, name), js_string_value (js_string_new_utf8 (J, name, -1)), JS_PROP_HIDDEN);
  js_define_value (J, proto, JS_KEY (J, message), js_string_value (JS_ATOM (J, empty)), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, J->global, name, js_object_value (ctor), JS_PROP_HIDDEN);
  return ctor;
}

void
js_builtin_error_init (JsState *J)
{
  JsObject *error = init_error_type (J, JS_ERROR, "Error", 1, error_constructor, NULL);

  js_define_method (J, JS_INTRINSIC (J, ErrorPrototype), "toString", error_proto_to_string, 0);
  js_define_method (J, error, "captureStackTrace", error_capture_stack_trace, 2);
  js_define_value_utf8 (J, error, "stackTraceLimit", js_number (10), JS_PROP_DEFAULT);

  init_error_type (J, JS_TYPE_ERROR, "TypeError", 1, type_error_constructor, error);
  init_error_type (J, JS_RANGE_ERROR, "RangeError", 1, range_error_constructor, error);
  init_error_type (J, JS_REFERENCE_ERROR, "ReferenceError", 1, reference_error_constructor, error);
  init_error_type (J, JS_SYNTAX_ERROR, "SyntaxError", 1, syntax_error_constructor, error);
  init_error_type (J, JS_EVAL_ERROR, "EvalError", 1, eval_error_constructor, error);
  init_error_type (J, JS_URI_ERROR, "URIError", 1, uri_error_constructor, error);
  init_error_type (J, JS_AGGREGATE_ERROR, "AggregateError", 2, aggregate_error_constructor, error);
}
