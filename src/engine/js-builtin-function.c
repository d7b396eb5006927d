/* js-builtin-function.c: Function (ECMAScript 20.2) and bound function
 * objects (10.4.1).  [[Call]] and [[Construct]] of bound functions are the
 * VM's (js-function.c); this file creates them. */
#include "js-compile.h"

#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* CreateDynamicFunction (20.2.1.1.1), for normal functions only.  The
 * source is assembled the way V8 does, so toString shows the same text; it
 * compiles as the body of a module wrapper that returns the function, which
 * therefore closes over nothing but the global scope. */
NATIVE (function_constructor)
{
  JsStringBuilder *b = js_string_builder_new (J);
  JsObject *volatile wrapper = NULL;
  JsString *source;
  char *utf8;
  JsValue fn;

  js_string_builder_append_ascii (J, b, "return (function anonymous(");
  for (int i = 0; i + 1 < argc; i++)
    {
      if (i > 0)
        js_string_builder_append_ascii (J, b, ",");
      js_string_builder_append (J, b, js_to_string (J, argv[i]));
    }
  js_string_builder_append_ascii (J, b, "\n) {\n");
  if (argc > 0)
    js_string_builder_append (J, b, js_to_string (J, argv[argc - 1]));
  js_string_builder_append_ascii (J, b, "\n})");
  source = js_string_builder_finish (J, b);

  /* js_compile throws a SyntaxError on bad input: free the copy first. */
  utf8 = js_string_to_utf8 (source);
  {
    JsTryPoint tp;

    js_try_begin (J, &tp);
    if (setjmp (tp.env) == 0)
      {
        wrapper = js_compile (J, utf8, strlen (utf8), "anonymous", JS_COMPILE_NODE_MODULE);
        js_try_end (J, &tp);
      }
    else
      {
        g_free (utf8);
        js_throw (J, J->exception);
      }
  }
  g_free (utf8);
  fn = js_call (J, js_object_value (wrapper), JS_UNDEFINED, 0, NULL);
  if (!js_is_undefined (new_target) && js_get_object (new_target) != callee && js_is_object (fn))
    {
      JsValue proto = js_get (J, new_target, JS_KEY (J, prototype));
      if (js_is_object (proto))
        js_get_object (fn)->proto = js_get_object (proto);
    }
  return fn;
}

/* ------------------------------------------------------------------------
 * Function.prototype (20.2.3)
 * ------------------------------------------------------------------------ */

/* The TypeError for call / apply on a non-callable `this`, named after the
 * call site when the script called the builtin directly. */
G_GNUC_NORETURN static void
throw_this_not_callable (JsState *J, JsValue this_value, JsObject *callee)
{
  char *text = js_vm_direct_call_text (J, callee);

  if (text != NULL)
    {
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "%s is not a function", text);
      g_free (text);
      js_throw (J, js_object_value (error));
    }
  js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", this_value, JS_DESCRIBE_PLAIN);
}

/* CreateListFromArrayLike (7.3.18) into a fresh array. */
JsObject *
js_create_list_from_array_like (JsState *J, JsValue v)
{
  JsObject *list;
  double length;

  if (!js_is_object (v))
    js_throw_type_error (J, "CreateListFromArrayLike called on non-object");
  length = js_length_of_array_like (J, v);
  /* V8 refuses argument lists beyond its stack the same way. */
  if (length > 10000000)
    js_throw_range_error (J, "Maximum call stack size exceeded");
  list = js_array_new (J, (guint32) length);
  for (guint32 i = 0; i < (guint32) length; i++)
    js_array_push (J, list, js_get_index (J, v, i));
  return list;
}

NATIVE (function_proto_apply)
{
  JsObject *args;

  if (!js_is_callable (this_value))
    throw_this_not_callable (J, this_value, callee);
  if (js_is_nullish (ARG (1)))
    {
      js_vm_forward_direct_call (J, callee, this_value);
      return js_call (J, this_value, ARG (0), 0, NULL);
    }
  args = js_create_list_from_array_like (J, ARG (1));
  js_vm_forward_direct_call (J, callee, this_value);
  return js_call (J, this_value, ARG (0), (int) js_array_length (args), args->u.array.elements);
}

NATIVE (function_proto_call)
{
  if (!js_is_callable (this_value))
    throw_this_not_callable (J, this_value, callee);
  js_vm_forward_direct_call (J, callee, this_value);
  return js_call (J, this_value, ARG (0), argc > 1 ? argc - 1 : 0, argc > 1 ? argv + 1 : NULL);
}

/* Function.prototype.bind (20.2.3.2) with BoundFunctionCreate (10.4.1.3). */
NATIVE (function_proto_bind)
{
  JsObject *target, *bound;
  JsValue target_name;
  double length = 0;
  int n_args = argc > 1 ? argc - 1 : 0;
  JsStringBuilder *b;

  if (!js_is_callable (this_value))
    js_throw_type_error (J, "Bind must be called on a function");
  target = js_get_object (this_value);
  bound = js_object_new_class (J, JS_CLASS_BOUND_FUNCTION, js_object_get_prototype_of (J, target));
  bound->flags |= JS_OBJECT_CALLABLE | (target->flags & JS_OBJECT_CONSTRUCTOR);
  bound->u.bound.target = this_value;
  bound->u.bound.bound_this = ARG (0);
  bound->u.bound.n_args = (guint32) n_args;
  bound->u.bound.args = n_args > 0 ? g_memdup2 (argv + 1, sizeof (JsValue) * n_args) : NULL;

  if (js_has_own_property (J, target, JS_KEY (J, length)))
    {
      JsValue target_length = js_get (J, this_value, JS_KEY (J, length));
      if (js_is_number (target_length))
        {
          double l = js_get_number (target_length);
          if (isinf (l))
            length = l > 0 ? l : 0;
          else
            length = MAX (js_to_integer_or_infinity (J, target_length) - n_args, 0);
        }
    }
  js_define_value (J, bound, JS_KEY (J, length), js_number (length), JS_PROP_CONFIGURABLE);

  target_name = js_get (J, this_value, JS_KEY (J, name));
  b = js_string_builder_new (J);
  js_string_builder_append (J, b, JS_ATOM (J, bound_));
  if (js_is_string (target_name))
    js_string_builder_append (J, b, js_get_string (target_name));
  js_define_value (J, bound, JS_KEY (J, name), js_string_value (js_string_builder_finish (J, b)),
                   JS_PROP_CONFIGURABLE);
  return js_object_value (bound);
}

/* Function.prototype.toString (20.2.3.5): the source text of compiled
 * functions, V8's NativeFunction form for the rest. */
JsString *
js_function_to_string (JsState *J, JsObject *fn)
{
  JsStringBuilder *b;

  if (fn->class_id == JS_CLASS_FUNCTION && fn->u.closure.proto != NULL)
    {
      gsize length;
      const char *text = js_proto_get_source (fn->u.closure.proto, &length);
      if (text != NULL)
        return js_string_new_utf8 (J, text, (gssize) length);
    }
  b = js_string_builder_new (J);
  js_string_builder_append_ascii (J, b, "function ");
  if (fn->class_id != JS_CLASS_BOUND_FUNCTION)
    js_string_builder_append (J, b, js_function_get_name (J, fn));
  js_string_builder_append_ascii (J, b, "() { [native code] }");
  return js_string_builder_finish (J, b);
}

NATIVE (function_proto_to_string)
{
  if (!js_is_callable (this_value))
    js_throw_type_error (J, "Function.prototype.toString requires that 'this' be a Function");
  return js_string_value (js_function_to_string (J, js_get_object (this_value)));
}

NATIVE (function_proto_has_instance)
{
  return js_boolean (js_ordinary_has_instance (J, this_value, ARG (0)));
}

/* %ThrowTypeError% (10.2.4.1) */
NATIVE (throw_type_error)
{
  js_throw_type_error (J, "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                          "functions or the arguments objects for calls to them");
}

void
js_builtin_function_init (JsState *J)
{
  JsObject *proto = JS_INTRINSIC (J, FunctionPrototype);
  JsObject *ctor, *thrower, *has_instance;

  thrower = js_native_function_new (J, "", 0, throw_type_error, 0);
  js_object_prevent_extensions (J, thrower);
  JS_INTRINSIC (J, ThrowTypeError) = thrower;
  js_define_accessor (J, proto, JS_KEY (J, arguments), js_object_value (thrower), js_object_value (thrower),
                      JS_PROP_CONFIGURABLE);
  js_define_accessor (J, proto, JS_KEY (J, caller), js_object_value (thrower), js_object_value (thrower),
                      JS_PROP_CONFIGURABLE);
  ctor = js_native_constructor_new (J, "Function", 1, function_constructor, proto);
  JS_INTRINSIC (J, Function) = ctor;
  js_define_method (J, proto, "apply", function_proto_apply, 2);
  js_define_method (J, proto, "bind", function_proto_bind, 1);
  js_define_method (J, proto, "call", function_proto_call, 1);
  js_define_method (J, proto, "toString", function_proto_to_string, 0);
  has_instance = js_define_method_key (J, proto, JS_SYMBOL_KEY (J, hasInstance), "[Symbol.hasInstance]",
                                       function_proto_has_instance, 1);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, hasInstance), js_object_value (has_instance), 0);

  js_define_value_utf8 (J, J->global, "Function", js_object_value (ctor), JS_PROP_HIDDEN);
}
