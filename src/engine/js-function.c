/* js-function.c: function objects — closures over compiled code, natives and
 * bound functions — and their [[Call]] and [[Construct]] (ECMAScript 10.2,
 * 10.3, 10.4.1) for callers in C.  The VM calls closures from JS without
 * going through here (it pushes frames instead of recursing). */
#include "js-compile.h"

/* ------------------------------------------------------------------------
 * Creation
 * ------------------------------------------------------------------------ */

/* The first two own properties of every new function, in the spec's order
 * (SetFunctionLength, then SetFunctionName): nothing to look up. */
static void
define_length_and_name (JsState *J, JsObject *fn, double length, JsString *name)
{
  js_define_new_value (J, fn, JS_KEY (J, length), js_number (length), JS_PROP_CONFIGURABLE);
  js_define_new_value (J, fn, JS_KEY (J, name), js_string_value (name), JS_PROP_CONFIGURABLE);
}

JsObject *
js_native_function_new (JsState *J, const char *name, int length, JsNativeFn fn, guint32 n_captures)
{
  /* %Function.prototype% itself is the first native: it gets its
   * [[Prototype]] from js-state.c afterwards. */
  /* Room for "length" and "name". */
  JsObject *obj = js_object_new_sized (J, JS_CLASS_NATIVE_FUNCTION, JS_INTRINSIC (J, FunctionPrototype), 2);

  obj->u.native.fn = fn;
  obj->u.native.n_captures = n_captures;
  if (n_captures > 0)
    {
      obj->u.native.captures = js_gc_buffer_new (J, n_captures * sizeof (JsValue));
      for (guint32 i = 0; i < n_captures; i++)
        obj->u.native.captures[i] = JS_UNDEFINED;
    }
  /* Most natives made at run time are anonymous (resolving functions,
   * element functions): no need to intern "". */
  define_length_and_name (J, obj, length, name[0] == '\0' ? JS_ATOM (J, empty) : js_intern_utf8 (J, name));
  return obj;
}

JsObject *
js_native_constructor_new (JsState *J, const char *name, int length, JsNativeFn fn, JsObject *prototype)
{
  JsObject *obj = js_native_function_new (J, name, length, fn, 0);

  obj->flags |= JS_OBJECT_CONSTRUCTOR;
  if (prototype != NULL)
    {
      js_define_value (J, obj, JS_KEY (J, prototype), js_object_value (prototype), 0);
      js_define_value (J, prototype, JS_KEY (J, constructor), js_object_value (obj), JS_PROP_HIDDEN);
    }
  return obj;
}

/* OrdinaryFunctionCreate + MakeConstructor for compiled code (10.2.3, 10.2.5):
 * the [[Prototype]] and "prototype" depend on the kind of function. */
JsObject *
js_closure_new (JsState *J, JsFunctionProto *proto, JsScope *scope)
{
  guint32 flags = proto->flags;
  JsObject *function_proto, *fn;
  gboolean generator = (flags & JS_PROTO_GENERATOR) != 0;
  gboolean async = (flags & JS_PROTO_ASYNC) != 0;
  gboolean sloppy_constructor = !(flags & (JS_PROTO_ARROW | JS_PROTO_METHOD | JS_PROTO_GENERATOR | JS_PROTO_ASYNC |
                                           JS_PROTO_STRICT | JS_PROTO_CLASS_CONSTRUCTOR));
  /* The own keys defined below: length, name, [arguments, caller], [prototype]. */
  guint32 n_props = 2 + (sloppy_constructor ? 2 : 0) +
                    (generator || !(flags & (JS_PROTO_ARROW | JS_PROTO_METHOD | JS_PROTO_ASYNC)) ? 1 : 0);

  if (generator && async)
    function_proto = JS_INTRINSIC (J, AsyncGeneratorFunctionPrototype);
  else if (generator)
    function_proto = JS_INTRINSIC (J, GeneratorFunctionPrototype);
  else if (async)
    function_proto = JS_INTRINSIC (J, AsyncFunctionPrototype);
  else
    function_proto = JS_INTRINSIC (J, FunctionPrototype);

  fn = js_object_new_sized (J, JS_CLASS_FUNCTION, function_proto, n_props);
  fn->u.closure.proto = proto;
  fn->u.closure.scope = scope;
  if (flags & JS_PROTO_ARROW)
    fn->flags |= JS_OBJECT_ARROW;
  if (flags & JS_PROTO_CLASS_CONSTRUCTOR)
    {
      fn->flags |= JS_OBJECT_CONSTRUCTOR | JS_OBJECT_CLASS_CONSTRUCTOR;
      if (flags & JS_PROTO_DERIVED)
        fn->flags |= JS_OBJECT_DERIVED;
    }
  else if (!(flags & (JS_PROTO_ARROW | JS_PROTO_METHOD | JS_PROTO_GENERATOR | JS_PROTO_ASYNC)))
    fn->flags |= JS_OBJECT_CONSTRUCTOR;

  define_length_and_name (J, fn, proto->length, proto->name);
  /* V8 gives sloppy ordinary functions own "arguments" and "caller" (null). */
  if ((fn->flags & JS_OBJECT_CONSTRUCTOR) && !(flags & (JS_PROTO_STRICT | JS_PROTO_CLASS_CONSTRUCTOR)))
    {
      js_define_new_value (J, fn, JS_KEY (J, arguments), JS_NULL, 0);
      js_define_new_value (J, fn, JS_KEY (J, caller), JS_NULL, 0);
    }

  if (generator)
    {
      /* Generator functions get a fresh prototype for their generators,
       * without a "constructor" (27.3.4.3). */
      JsObject *gp = js_object_new (J, async ? JS_INTRINSIC (J, AsyncGeneratorPrototype)
                                             : JS_INTRINSIC (J, GeneratorPrototype));
      js_define_new_value (J, fn, JS_KEY (J, prototype), js_object_value (gp), JS_PROP_WRITABLE);
    }
  else if ((fn->flags & JS_OBJECT_CONSTRUCTOR) && !(flags & JS_PROTO_CLASS_CONSTRUCTOR))
    {
      JsObject *p = js_object_new_sized (J, JS_CLASS_OBJECT, JS_INTRINSIC (J, ObjectPrototype), 1);
      js_define_new_value (J, p, JS_KEY (J, constructor), js_object_value (fn), JS_PROP_HIDDEN);
      js_define_new_value (J, fn, JS_KEY (J, prototype), js_object_value (p), JS_PROP_WRITABLE);
    }
  return fn;
}

/* SetFunctionName (10.2.9) */
void
js_set_function_name (JsState *J, JsObject *fn, JsValue key, const char *prefix)
{
  JsString *name;

  if (js_is_symbol (key))
    {
      JsSymbol *sym = js_get_symbol (key);
      if (sym->description == NULL)
        name = JS_ATOM (J, empty);
      else if (sym->gc.gc_flags & JS_SYMBOL_PRIVATE)
        name = sym->description;
      else
        name = js_string_concat (J, js_string_concat (J, js_intern_utf8 (J, "["), sym->description),
                                 js_intern_utf8 (J, "]"));
    }
  else if (js_is_string (key))
    name = js_get_string (key);
  else
    name = js_to_string (J, key);
  if (prefix != NULL)
    {
      JsString *p = js_string_new_utf8 (J, prefix, -1);
      name = js_string_concat (J, js_string_concat (J, p, js_intern_utf8 (J, " ")), name);
    }
  js_define_value (J, fn, JS_KEY (J, name), js_string_value (name), JS_PROP_CONFIGURABLE);
}

JsString *
js_function_get_name (JsState *J, JsObject *fn)
{
  JsValue name = js_get_own_data (J, fn, JS_KEY (J, name));

  if (js_is_string (name))
    return js_get_string (name);
  return JS_ATOM (J, empty);
}

/* ------------------------------------------------------------------------
 * [[Call]] and [[Construct]]
 * ------------------------------------------------------------------------ */

static JsValue
call_native (JsState *J, JsObject *f, JsValue this_value, int argc, const JsValue *argv, JsValue new_target)
{
  JsValue result;

  J->native_depth++;
  result = f->u.native.fn (J, this_value, argc, argv, new_target, f);
  J->native_depth--;
  return result;
}

/* [[Call]] / [[Construct]] of an exotic callable (a proxy), run as a
 * native like call_native. */
static JsValue
call_exotic (JsState *J, JsObject *f, JsValue this_value, int argc, const JsValue *argv, JsValue new_target,
             gboolean construct)
{
  const JsExoticMethods *m = js_object_exotic_methods (J, f);
  JsValue result;

  J->native_depth++;
  result = construct ? m->construct (J, f, argc, argv, new_target) : m->call (J, f, this_value, argc, argv);
  J->native_depth--;
  return result;
}

/* The bound arguments followed by the call's (10.4.1.1 step 3). */
static JsValue *
bound_arguments (JsObject *f, int argc, const JsValue *argv, int *n)
{
  JsValue *all;

  *n = (int) f->u.bound.n_args + argc;
  all = g_new (JsValue, *n + 1);
  if (f->u.bound.n_args > 0)
    memcpy (all, f->u.bound.args, f->u.bound.n_args * sizeof (JsValue));
  if (argc > 0)
    memcpy (all + f->u.bound.n_args, argv, argc * sizeof (JsValue));
  return all;
}

JsValue
js_call (JsState *J, JsValue f, JsValue this_value, int argc, const JsValue *argv)
{
  JsObject *fn;

  if (!js_is_callable (f))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", f, JS_DESCRIBE_PLAIN);
  fn = js_get_object (f);
  switch (fn->class_id)
    {
    case JS_CLASS_FUNCTION:
      if (fn->flags & JS_OBJECT_CLASS_CONSTRUCTOR)
        {
          char *name = js_string_to_utf8 (js_function_get_name (J, fn));
          JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Class constructor %s cannot be invoked without 'new'", name);
          g_free (name);
          js_throw (J, js_object_value (error));
        }
      return js_vm_run_frame (J, js_vm_frame_new (J, fn, this_value, argc, argv, JS_UNDEFINED, TRUE));
    case JS_CLASS_BOUND_FUNCTION:
      {
        int n;
        JsValue *all = bound_arguments (fn, argc, argv, &n);
        JsValue target = fn->u.bound.target, bound_this = fn->u.bound.bound_this;
        JsObject *holder = n > 0 ? js_array_from_values (J, all, n) : js_array_new (J, 0);   /* owns the values across a throw */

        g_free (all);
        return js_call (J, target, bound_this, n, holder->u.array.elements);
      }
    case JS_CLASS_NATIVE_FUNCTION:
      return call_native (J, fn, this_value, argc, argv, JS_UNDEFINED);
    default:
      return call_exotic (J, fn, this_value, argc, argv, JS_UNDEFINED, FALSE);
    }
}

JsValue
js_construct (JsState *J, JsValue f, int argc, const JsValue *argv, JsValue new_target)
{
  JsObject *fn;

  if (!js_is_constructor (f))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a constructor", f, JS_DESCRIBE_PLAIN);
  if (js_is_undefined (new_target))
    new_target = f;
  fn = js_get_object (f);
  switch (fn->class_id)
    {
    case JS_CLASS_FUNCTION:
      {
        JsValue this_value = JS_EMPTY;
        JsFrame *frame;

        /* [[Construct]] (10.2.2): a base constructor allocates `this` from
         * newTarget's prototype before its body runs. */
        if (!(fn->flags & JS_OBJECT_DERIVED))
          this_value = js_object_value (js_create_from_constructor (J, new_target, JS_CLASS_OBJECT,
                                                                    JS_INTRINSIC (J, ObjectPrototype)));
        frame = js_vm_frame_new (J, fn, this_value, argc, argv, new_target, TRUE);
        frame->flags |= JS_FRAME_CONSTRUCT;
        return js_vm_run_frame (J, frame);
      }
    case JS_CLASS_BOUND_FUNCTION:
      {
        int n;
        JsValue *all = bound_arguments (fn, argc, argv, &n);
        JsValue target = fn->u.bound.target;
        JsObject *holder = n > 0 ? js_array_from_values (J, all, n) : js_array_new (J, 0);

        g_free (all);
        if (js_value_identical (new_target, f))
          new_target = target;
        return js_construct (J, target, n, holder->u.array.elements, new_target);
      }
    case JS_CLASS_NATIVE_FUNCTION:
      return call_native (J, fn, JS_UNDEFINED, argc, argv, new_target);
    default:
      return call_exotic (J, fn, JS_UNDEFINED, argc, argv, new_target, TRUE);
    }
}

/* OrdinaryCreateFromConstructor / GetPrototypeFromConstructor (10.1.13, 10.1.14) */
JsObject *
js_create_from_constructor (JsState *J, JsValue new_target, JsClassId class_id, JsObject *fallback_proto)
{
  JsObject *proto = fallback_proto;
  guint32 n_props = 0;

  if (js_is_object (new_target))
    {
      /* Constructors' "prototype" is an own data property but for exotic
       * cases (a getter on a bound function's target…): look it up quickly. */
      JsValue p = js_get_own_data (J, js_get_object (new_target), JS_KEY (J, prototype));
      if (js_is_empty (p))
        p = js_get (J, new_target, JS_KEY (J, prototype));
      if (js_is_object (p))
        proto = js_get_object (p);
      if (js_get_object (new_target)->class_id == JS_CLASS_FUNCTION)
        n_props = js_get_object (new_target)->u.closure.proto->instance_props;
    }
  return js_object_new_sized (J, class_id, proto, n_props);
}

JsValue
js_invoke (JsState *J, JsValue obj, JsValue key, int argc, const JsValue *argv)
{
  JsValue f = js_get (J, obj, key);

  return js_call (J, f, obj, argc, argv);
}
