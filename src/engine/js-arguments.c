/* js-arguments.c: arguments exotic objects (ECMAScript 10.4.4).
 *
 * A sloppy function with a simple parameter list gets a *mapped* arguments
 * object: while index i is mapped, arguments[i] and parameter i are one
 * variable.  The compiler keeps every parameter such an object can alias in
 * the function's parameter scope record (a heap JsScope, like a captured
 * variable), so the link survives closures, direct eval and the frame's
 * return; the object's parameter map names the scope slot per index.  Its
 * own properties are ordinary props (no dense elements, which the VM's fast
 * paths would read without the map); [[GetOwnProperty]], [[DefineOwnProperty]],
 * [[Get]], [[Set]] and [[Delete]] consult the map, and defining an accessor,
 * making the index read-only or deleting it removes the index from the map.
 *
 * Functions that never mention `arguments` are untouched: their parameters
 * stay in registers.
 */
#include "js-internal.h"

#define UNMAPPED G_MAXUINT32

/* The [[ParameterMap]]: per index below `length`, the slot in `env` of the
 * parameter it aliases, or UNMAPPED. */
struct JsArgumentsMap {
  JsGcInternal base;
  JsScope *env;
  guint32  length;
  guint32  slots[];
};

static void
arguments_map_mark (JsState *J, JsGcInternal *self)
{
  js_gc_mark_thing (J, (JsGc *) ((JsArgumentsMap *) self)->env);
}

static const JsGcInternalClass arguments_map_class = { "ArgumentsMap", arguments_map_mark, NULL };

/* HasOwnProperty(map, key): TRUE with the binding's slot and the index. */
static gboolean
mapped_slot (JsObject *args, JsValue key, guint32 *index, guint32 *slot)
{
  JsArgumentsMap *map = args->u.arguments_map;

  if (map == NULL || !js_key_is_index (key, index) || *index >= map->length || map->slots[*index] == UNMAPPED)
    return FALSE;
  *slot = map->slots[*index];
  return TRUE;
}

static inline JsValue *
binding (JsObject *args, guint32 slot)
{
  return &args->u.arguments_map->env->slots[slot];
}

/* 10.4.4.1 [[GetOwnProperty]] */
static gboolean
arguments_get_own_property (JsState *J, JsObject *args, JsValue key, JsPropertyDescriptor *out)
{
  JsPropertyDescriptor desc;
  guint32 index, slot;

  if (!js_ordinary_get_own_property (J, args, key, &desc))
    return FALSE;
  if (mapped_slot (args, key, &index, &slot))
    desc.value = *binding (args, slot);
  if (out != NULL)
    *out = desc;
  return TRUE;
}

/* 10.4.4.2 [[DefineOwnProperty]] */
static gboolean
arguments_define_own_property (JsState *J, JsObject *args, JsValue key, const JsPropertyDescriptor *desc,
                               gboolean throw_on_fail)
{
  JsPropertyDescriptor arg_desc = *desc;
  guint32 index, slot;
  gboolean is_mapped = mapped_slot (args, key, &index, &slot);
  gboolean is_accessor = (desc->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) != 0;
  gboolean makes_read_only = (desc->has & JS_DESC_HAS_WRITABLE) && !(desc->flags & JS_PROP_WRITABLE);

  /* freezing a mapped index keeps the parameter's current value */
  if (is_mapped && !is_accessor && !(desc->has & JS_DESC_HAS_VALUE) && makes_read_only)
    {
      arg_desc.value = *binding (args, slot);
      arg_desc.has |= JS_DESC_HAS_VALUE;
    }
  if (!js_ordinary_define_own_property (J, args, key, &arg_desc, throw_on_fail))
    return FALSE;
  if (is_mapped)
    {
      if (!is_accessor && (desc->has & JS_DESC_HAS_VALUE))
        *binding (args, slot) = desc->value;
      if (is_accessor || makes_read_only)
        args->u.arguments_map->slots[index] = UNMAPPED;
    }
  return TRUE;
}

/* 10.4.4.3 [[Get]] */
static JsValue
arguments_get (JsState *J, JsObject *args, JsValue key, JsValue receiver)
{
  guint32 index, slot;

  if (mapped_slot (args, key, &index, &slot))
    return *binding (args, slot);
  return js_ordinary_get (J, args, key, receiver);
}

/* 10.4.4.4 [[Set]]: through the map only when assigning to the object itself. */
static gboolean
arguments_set (JsState *J, JsObject *args, JsValue key, JsValue value, JsValue receiver)
{
  guint32 index, slot;

  if (js_is_object (receiver) && js_get_object (receiver) == args && mapped_slot (args, key, &index, &slot))
    *binding (args, slot) = value;
  return js_ordinary_set (J, args, key, value, receiver);
}

/* 10.4.4.5 [[Delete]] */
static gboolean
arguments_delete (JsState *J, JsObject *args, JsValue key)
{
  guint32 index, slot;
  gboolean is_mapped = mapped_slot (args, key, &index, &slot);

  if (!js_ordinary_delete (J, args, key))
    return FALSE;
  if (is_mapped)
    args->u.arguments_map->slots[index] = UNMAPPED;
  return TRUE;
}

static const JsExoticMethods mapped_arguments_methods = {
  .get_own_property = arguments_get_own_property,
  .define_own_property = arguments_define_own_property,
  .get = arguments_get,
  .set = arguments_set,
  .delete_property = arguments_delete,
};

void
js_builtin_arguments_init (JsState *J)
{
  js_object_register_exotic (J, JS_CLASS_MAPPED_ARGUMENTS, &mapped_arguments_methods);
}

/* How many leading indices the map covers: parameters that were passed
 * (10.4.4.7 step 17.b) and whose aliasing is observable. */
static guint32
mapped_length (JsObject *param_slots, int argc)
{
  guint32 n = 0;

  if (param_slots == NULL)
    return 0;
  for (guint32 i = 0; i < js_array_length (param_slots) && (int) i < argc; i++)
    if (js_get_number (param_slots->u.array.elements[i]) >= 0)
      n = i + 1;
  return n;
}

/* CreateUnmappedArgumentsObject (10.4.4.6) and CreateMappedArgumentsObject
 * (10.4.4.7), with V8's property order: indices, length, callee, then
 * Symbol.iterator. */
JsObject *
js_arguments_new (JsState *J, JsObject *callee, int argc, const JsValue *argv, gboolean mapped,
                  JsObject *param_slots, JsScope *env)
{
  guint32 n_mapped = mapped ? mapped_length (param_slots, argc) : 0;
  JsObject *proto = JS_INTRINSIC (J, ObjectPrototype);
  JsObject *values = JS_INTRINSIC (J, ArrayProtoValues);
  JsObject *args = n_mapped > 0 ? js_object_new_sized (J, JS_CLASS_MAPPED_ARGUMENTS, proto, (guint32) argc + 3)
                                : js_object_new_class (J, JS_CLASS_ARGUMENTS, proto);

  /* filled as an ordinary object: the map does not exist yet */
  args->flags &= ~JS_OBJECT_EXOTIC;
  for (int i = 0; i < argc; i++)
    js_define_value (J, args, js_key_from_index (J, (guint32) i), argv[i], JS_PROP_DEFAULT);
  js_define_value (J, args, JS_KEY (J, length), js_number (argc), JS_PROP_HIDDEN);
  if (mapped)
    js_define_value (J, args, JS_KEY (J, callee), js_object_value (callee), JS_PROP_HIDDEN);
  else
    {
      JsValue thrower = JS_INTRINSIC (J, ThrowTypeError) != NULL
                        ? js_object_value (JS_INTRINSIC (J, ThrowTypeError)) : JS_UNDEFINED;
      js_define_accessor (J, args, JS_KEY (J, callee), thrower, thrower, 0);
    }
  if (values != NULL)
    js_define_value (J, args, JS_SYMBOL_KEY (J, iterator), js_object_value (values), JS_PROP_HIDDEN);
  if (n_mapped > 0)
    {
      JsArgumentsMap *map = (JsArgumentsMap *) js_gc_alloc_internal (J, &arguments_map_class,
                                                                     sizeof *map + n_mapped * sizeof (guint32));
      map->env = env;
      map->length = n_mapped;
      for (guint32 i = 0; i < n_mapped; i++)
        {
          double slot = js_get_number (param_slots->u.array.elements[i]);
          map->slots[i] = slot >= 0 ? (guint32) slot : UNMAPPED;
        }
      args->u.arguments_map = map;
      args->flags |= JS_OBJECT_EXOTIC;
    }
  return args;
}
