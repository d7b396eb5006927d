/* js-vm.c: the bytecode interpreter.
 *
 * Frames live on the heap (pooled by size).  A JS call pushes a frame and
 * the same run loop continues in it; a return pops back.  Only natives that
 * call JS (js_call) re-enter the run loop recursively, and each run loop
 * installs one try point: an exception lands there, and the loop looks for a
 * handler (pushed by TRY) in its frames, innermost first, popping frames
 * that have none.  Without one, the run loop pops its last frame and rethrows
 * to whoever called it.
 *
 * While a run loop executes, it holds J->native_depth one higher: the
 * interpreter keeps values in C locals between safepoints, like a native.  At
 * its own safepoints (function entry, backward jumps), where every live value
 * is in a frame, it releases that hold, so the GC may run if no native below
 * is active.
 */
#include "js-compile.h"

#include <math.h>

const char *const js_op_names[JS_N_OPS] = {
#define JS_OP_NAME(name, n) #name,
  JS_OP_LIST (JS_OP_NAME)
#undef JS_OP_NAME
};

const guint8 js_op_operands[JS_N_OPS] = {
#define JS_OP_N(name, n) n,
  JS_OP_LIST (JS_OP_N)
#undef JS_OP_N
};

/* Nested run loops (natives calling JS) before "Maximum call stack size
 * exceeded": bounds the C stack. */
#define MAX_C_DEPTH 200

/* Frames are pooled in size classes of FRAME_CLASS_SLOTS slots, at most
 * FRAME_POOL_MAX per class (a deep recursion does not stay allocated). */
#define FRAME_CLASS_SLOTS 16
#define FRAME_CLASSES 32
#define FRAME_POOL_MAX 256

/* A global let/const/class of classic scripts (the global lexical record). */
typedef struct {
  JsValue   value;      /* JS_EMPTY while in the TDZ */
  gboolean  is_const;
  JsString *name;
  guint32   index;      /* in JsVm.global_lex_list */
} GlobalLex;

typedef struct {
  JsFrame    *top;      /* innermost frame; survives js_throw's reset of J->frame */
  JsFrame    *pool[FRAME_CLASSES];
  guint       pool_size[FRAME_CLASSES];
  GHashTable *global_lex;   /* atom JsString * -> GlobalLex * */
  /* The native the innermost frame's CALL is running, while no JS has run
   * since (js_vm_direct_call_text); NULL otherwise. */
  JsObject   *direct_native;
  /* The same records in creation order, so a GET_GLOBAL inline cache can
   * name one by index: bindings of the global lexical record are never
   * removed, so an index stays valid for the life of the state. */
  GPtrArray  *global_lex_list;
  /* Bumped whenever a global let/const/class is created: a binding may
   * shadow a global object property that a GET_GLOBAL cache remembers. */
  guint32     global_epoch;
} JsVm;

#define VM(J) ((JsVm *) (J)->vm)

/* The name constant that stands for `this` in TDZ checks. */
#define THIS_NAME G_MAXUINT32
#define NO_CONST  G_MAXUINT32

/* ------------------------------------------------------------------------
 * Frames
 * ------------------------------------------------------------------------ */

static JsFrame *
frame_alloc (JsState *J, guint32 n_slots)
{
  JsVm *vm = VM (J);
  guint32 cls = (n_slots + FRAME_CLASS_SLOTS - 1) / FRAME_CLASS_SLOTS;
  JsFrame *frame;

  if (cls < FRAME_CLASSES)
    {
      if (vm->pool[cls] != NULL)
        {
          frame = vm->pool[cls];
          vm->pool[cls] = frame->parent;
          vm->pool_size[cls]--;
          return frame;
        }
      n_slots = cls * FRAME_CLASS_SLOTS;
    }
  frame = g_malloc (sizeof (JsFrame) + (gsize) n_slots * sizeof (JsValue));
  frame->n_slots = n_slots;
  return frame;
}

void
js_vm_frame_free (JsState *J, JsFrame *frame)
{
  JsVm *vm = VM (J);
  guint32 cls = frame->n_slots / FRAME_CLASS_SLOTS;

  /* Suspended generators' frames outlive the VM at js_state_free. */
  if (vm != NULL && cls < FRAME_CLASSES && frame->n_slots % FRAME_CLASS_SLOTS == 0 &&
      vm->pool_size[cls] < FRAME_POOL_MAX)
    {
      frame->parent = vm->pool[cls];
      vm->pool[cls] = frame;
      vm->pool_size[cls]++;
    }
  else
    g_free (frame);
}

/* Sloppy functions see `this` as an object: undefined and null become the
 * global object, primitives are wrapped (OrdinaryCallBindThis, 10.2.1.2). */
static inline JsValue
bind_this (JsState *J, JsFunctionProto *proto, JsValue this_value)
{
  if ((proto->flags & (JS_PROTO_STRICT | JS_PROTO_USES_THIS)) != JS_PROTO_USES_THIS || js_is_object (this_value))
    return this_value;
  if (js_is_nullish (this_value))
    return js_object_value (J->global);
  if (js_is_empty (this_value))
    return this_value;
  return js_object_value (js_to_object (J, this_value));
}

JsFrame *
js_vm_frame_new (JsState *J, JsObject *fn, JsValue this_value, int argc,
                 const JsValue *argv, JsValue new_target, gboolean copy_args)
{
  JsFunctionProto *proto = fn->u.closure.proto;
  guint32 extra = copy_args ? (guint32) argc : 0;
  guint32 n = proto->n_locals + proto->max_stack + 2 * proto->max_handlers + extra;
  guint32 n_params = MIN (proto->n_params, (guint32) argc);
  JsFrame *frame;
  JsValue *stack;

  this_value = bind_this (J, proto, this_value);
  frame = frame_alloc (J, n);
  frame->parent = NULL;
  frame->proto = proto;
  frame->callee = fn;
  frame->scope = fn->u.closure.scope;
  frame->this_value = this_value;
  frame->new_target = new_target;
  frame->generator = NULL;
  frame->argc = argc;
  frame->pc = proto->code;
  frame->pop_count = 0;
  frame->flags = 0;
  frame->n_handlers = 0;
  frame->depth = 0;
  stack = frame->slots + proto->n_locals;
  frame->handlers = (JsHandler *) (stack + proto->max_stack);
  frame->sp = stack;
  if (copy_args)
    {
      JsValue *copy = stack + proto->max_stack + 2 * proto->max_handlers;
      if (argc > 0)
        memcpy (copy, argv, argc * sizeof (JsValue));
      frame->argv = copy;
      frame->flags |= JS_FRAME_OWN_ARGS;
    }
  else
    frame->argv = argv;
  for (guint32 i = 0; i < n_params; i++)
    frame->slots[i] = argv[i];
  for (guint32 i = n_params; i < proto->n_locals; i++)
    frame->slots[i] = JS_UNDEFINED;
  return frame;
}

void
js_vm_frame_mark (JsState *J, JsFrame *frame)
{
  js_gc_mark_thing (J, (JsGc *) frame->callee);
  js_gc_mark_thing (J, (JsGc *) frame->scope);
  js_gc_mark_value (J, frame->this_value);
  js_gc_mark_value (J, frame->new_target);
  js_gc_mark_thing (J, (JsGc *) frame->generator);
  for (JsValue *v = frame->slots; v < frame->sp; v++)
    js_gc_mark_value (J, *v);
  for (guint i = 0; i < frame->n_handlers; i++)
    js_gc_mark_thing (J, (JsGc *) frame->handlers[i].scope);
  if (frame->flags & JS_FRAME_OWN_ARGS)
    for (int i = 0; i < frame->argc; i++)
      js_gc_mark_value (J, frame->argv[i]);
}

static inline void
set_top (JsState *J, JsFrame *frame)
{
  J->frame = frame;
  VM (J)->top = frame;
}

/* Links a new frame on top of the running one (a call).  `from_vm`: the
 * run loop calls it directly, so the loop's own hold on native_depth (see
 * the top comment) is not a native between the frames. */
static void
link_frame (JsState *J, JsFrame *frame, gboolean from_vm)
{
  if ((guint) J->call_depth >= J->options.max_call_depth)
    {
      if (frame->generator == NULL)
        js_vm_frame_free (J, frame);
      js_throw_range_error (J, "Maximum call stack size exceeded");
    }
  frame->parent = VM (J)->top;
  frame->depth = ++J->call_depth;
  set_top (J, frame);
  if (J->trace != NULL)
    {
      J->native_depth -= from_vm;
      js_trace_frame_enter (J, frame->callee);
      J->native_depth += from_vm;
    }
}

/* ------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------ */

static char *
const_utf8 (JsFunctionProto *proto, guint32 k)
{
  if (k == NO_CONST || !js_is_string (proto->constants[k]))
    return NULL;
  return js_string_to_utf8 (js_get_string (proto->constants[k]));
}

static G_GNUC_NORETURN void
throw_tdz (JsState *J, JsFunctionProto *proto, guint32 k)
{
  char *name;

  if (k == THIS_NAME)
    js_throw_reference_error (J, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
  name = const_utf8 (proto, k);
  {
    JsObject *error = js_error_new_utf8 (J, JS_REFERENCE_ERROR, "Cannot access '%s' before initialization", name);
    g_free (name);
    js_throw (J, js_object_value (error));
  }
}

static G_GNUC_NORETURN void
throw_not_defined (JsState *J, JsString *name)
{
  char *utf8 = js_string_to_utf8 (name);
  JsObject *error = js_error_new_utf8 (J, JS_REFERENCE_ERROR, "%s is not defined", utf8);
  g_free (utf8);
  js_throw (J, js_object_value (error));
}

/* "x is not a function" naming the callee as the source wrote it. */
static G_GNUC_NORETURN void
throw_not_callable (JsState *J, JsFunctionProto *proto, guint32 k, JsValue f, const char *what)
{
  char *text = const_utf8 (proto, k);
  char *format = g_strconcat ("%s is not a ", what, NULL);

  if (text != NULL)
    {
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, format, text);
      g_free (text);
      g_free (format);
      js_throw (J, js_object_value (error));
    }
  {
    char format_copy[64];
    g_strlcpy (format_copy, format, sizeof format_copy);
    g_free (format);
    js_throw_error_with_value (J, JS_TYPE_ERROR, format_copy, f, JS_DESCRIBE_PLAIN);
  }
}

static G_GNUC_NORETURN void
throw_class_constructor_call (JsState *J, JsObject *fn)
{
  char *name = js_string_to_utf8 (js_function_get_name (J, fn));
  JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Class constructor %s cannot be invoked without 'new'", name);
  g_free (name);
  js_throw (J, js_object_value (error));
}

static G_GNUC_NORETURN void
throw_const_assign (JsState *J)
{
  js_throw_type_error (J, "Assignment to constant variable.");
}

/* ------------------------------------------------------------------------
 * The global lexical record (classic scripts)
 * ------------------------------------------------------------------------ */

static GlobalLex *
global_lex_lookup (JsState *J, JsString *name)
{
  JsVm *vm = VM (J);

  if (g_hash_table_size (vm->global_lex) == 0)
    return NULL;
  return g_hash_table_lookup (vm->global_lex, name);
}

#define GLOBAL_IC_LEX 0x80000000u

/* The slow path of GET_GLOBAL and GET_GLOBAL_TYPEOF.  `ic` (the
 * instruction's cache and epoch operands, see get_global_cached) learns
 * where the binding was found. */
static JsValue
get_global (JsState *J, JsString *name, gboolean for_typeof, guint32 *ic)
{
  JsVm *vm = VM (J);
  GlobalLex *lex = global_lex_lookup (J, name);
  JsValue key = js_string_value (name), v;

  if (lex != NULL)
    {
      if (js_is_empty (lex->value))
        {
          char *utf8 = js_string_to_utf8 (name);
          JsObject *error = js_error_new_utf8 (J, JS_REFERENCE_ERROR, "Cannot access '%s' before initialization", utf8);
          g_free (utf8);
          js_throw (J, js_object_value (error));
        }
      ic[0] = lex->index | GLOBAL_IC_LEX;
      return lex->value;
    }
  v = js_get_own_data (J, J->global, key);
  if (!js_is_empty (v))
    {
      JsObject *g = J->global;
      for (guint32 i = 0; i < g->n_props; i++)
        if (g->props[i].key.bits == key.bits)
          {
            if (i < GLOBAL_IC_LEX)
              {
                ic[0] = i;
                ic[1] = vm->global_epoch;
              }
            break;
          }
      return v;
    }
  if (!js_has_property (J, J->global, key))
    {
      if (for_typeof)
        return JS_UNDEFINED;
      throw_not_defined (J, name);
    }
  return js_object_get (J, J->global, key, js_object_value (J->global));
}

/* GET_GLOBAL's inline cache: the operands `ic epoch` name where the
 * binding was last found — a global lexical record (GLOBAL_IC_LEX | its
 * index in global_lex_list) or a slot of the global object's own props.
 * Like the property cache, the slot is only a guess checked against the
 * name on each use; an own property additionally needs the epoch, since a
 * global let/const created later would shadow it.  Anything unusual (TDZ,
 * accessors, deleted or moved properties) takes the full lookup.  Out of
 * line, so that vm_execute's hot instructions keep their registers. */
static G_GNUC_NO_INLINE JsValue
get_global_cached (JsState *J, const JsValue *consts, guint32 *pc)
{
  JsVm *vm = VM (J);
  JsString *name = js_get_string (consts[pc[1]]);
  guint32 *ic = pc + 2;

  if (ic[0] & GLOBAL_IC_LEX)
    {
      guint32 i = ic[0] & ~GLOBAL_IC_LEX;
      if (i < vm->global_lex_list->len)
        {
          GlobalLex *lex = g_ptr_array_index (vm->global_lex_list, i);
          if (lex->name == name && !js_is_empty (lex->value))
            return lex->value;
        }
    }
  else if (ic[1] == vm->global_epoch)
    {
      JsObject *g = J->global;
      if (ic[0] < g->n_props)
        {
          JsProperty *p = g->props + ic[0];
          if (p->key.bits == js_string_value (name).bits && !(p->flags & JS_PROP_ACCESSOR) && !js_is_empty (p->value))
            return p->value;
        }
    }
  return get_global (J, name, pc[0] == JS_OP_GET_GLOBAL_TYPEOF, ic);
}

static void
put_global (JsState *J, JsString *name, JsValue value, gboolean strict)
{
  GlobalLex *lex = global_lex_lookup (J, name);
  JsValue key = js_string_value (name);

  if (lex != NULL)
    {
      if (js_is_empty (lex->value))
        {
          char *utf8 = js_string_to_utf8 (name);
          JsObject *error = js_error_new_utf8 (J, JS_REFERENCE_ERROR, "Cannot access '%s' before initialization", utf8);
          g_free (utf8);
          js_throw (J, js_object_value (error));
        }
      if (lex->is_const)
        throw_const_assign (J);
      lex->value = value;
      return;
    }
  if (strict && !js_has_property (J, J->global, key))
    throw_not_defined (J, name);
  js_set (J, js_object_value (J->global), key, value, strict);
}

/* GlobalDeclarationInstantiation (16.1.7) for a classic script.  `decls` is
 * an array of (kind, name) pairs: kind 0 var, 1 function, 2 let, 3 const, 4 class.
 * Kept out of line: it runs once per script, and inlined into vm_execute it
 * costs the hot instructions registers (loop-toplevel.js: +17% Ir). */
static G_GNUC_NO_INLINE void
declare_globals (JsState *J, JsObject *decls)
{
  JsVm *vm = VM (J);
  guint32 n = js_array_length (decls);
  JsValue *e = decls->u.array.elements;

  for (guint32 i = 0; i + 1 < n; i += 2)
    {
      int kind = (int) js_get_number (e[i]);
      JsString *name = js_get_string (e[i + 1]);
      JsValue key = e[i + 1];
      char *utf8;

      if (g_hash_table_contains (vm->global_lex, name))
        goto redeclared;
      if (kind >= 2)
        {
          JsPropertyDescriptor desc;
          if (js_get_own_property (J, J->global, key, &desc) && !(desc.flags & JS_PROP_CONFIGURABLE))
            goto redeclared;
        }
      continue;
    redeclared:
      utf8 = js_string_to_utf8 (name);
      {
        JsObject *error = js_error_new_utf8 (J, JS_SYNTAX_ERROR, "Identifier '%s' has already been declared", utf8);
        g_free (utf8);
        js_throw (J, js_object_value (error));
      }
    }
  for (guint32 i = 0; i + 1 < n; i += 2)
    {
      int kind = (int) js_get_number (e[i]);
      JsString *name = js_get_string (e[i + 1]);

      if (kind >= 2)
        {
          GlobalLex *lex = g_new (GlobalLex, 1);
          lex->value = JS_EMPTY;
          lex->is_const = kind != 2;
          lex->name = name;
          lex->index = vm->global_lex_list->len;
          g_hash_table_insert (vm->global_lex, name, lex);
          g_ptr_array_add (vm->global_lex_list, lex);
          vm->global_epoch++;
        }
      else if (!js_has_own_property (J, J->global, e[i + 1]))
        js_define_value (J, J->global, e[i + 1], JS_UNDEFINED, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE);
    }
}

static void
init_global_lex (JsState *J, JsString *name, JsValue value)
{
  GlobalLex *lex = g_hash_table_lookup (VM (J)->global_lex, name);

  g_assert (lex != NULL);
  lex->value = value;
}

/* ------------------------------------------------------------------------
 * Slow paths of instructions
 * ------------------------------------------------------------------------ */

/* The property inline cache of GET_PROP / PUT_PROP / SET_PROP: remembers
 * where `key` sits in the own props of small objects, so the next object
 * built the same way is served without a lookup.  The cached slot is only a
 * guess, checked against the key on every use. */
#define IC_MAX_SCAN 16

static void
learn_slot (JsObject *o, JsValue key, guint32 *ic)
{
  if (o->n_props > IC_MAX_SCAN)
    return;
  for (guint32 i = 0; i < o->n_props; i++)
    if (o->props[i].key.bits == key.bits)
      {
        *ic = i;
        return;
      }
}

/* Sizes the next object `new` makes for the same new.target like this one
 * (js_create_from_constructor): constructors mostly build alike objects. */
static inline void
remember_instance_size (JsFrame *frame, JsValue result)
{
  if (js_is_object (result) && js_is_object (frame->new_target) &&
      js_get_object (frame->new_target)->class_id == JS_CLASS_FUNCTION)
    js_get_object (frame->new_target)->u.closure.proto->instance_props = js_get_object (result)->n_props;
}

static JsValue
make_rest (JsState *J, JsFrame *frame, guint32 start)
{
  if ((int) start >= frame->argc)
    return js_object_value (js_array_new (J, 0));
  return js_object_value (js_array_from_values (J, frame->argv + start, frame->argc - start));
}

/* A value as V8 shows it in messages like "Class extends value x is not a
 * constructor": functions by their source text. */
static JsString *
describe_for_message (JsState *J, JsValue v)
{
  if (js_is_callable (v))
    return js_to_string (J, v);
  return js_describe_value (J, v, JS_DESCRIBE_PLAIN);
}

/* The key as V8 quotes it in "(reading 'x')". */
static JsValue
key_for_message (JsState *J, JsValue key)
{
  if (js_is_symbol (key))
    return key;
  return js_string_value (js_to_string (J, key));
}

static JsValue
get_value (JsState *J, JsValue obj, JsValue key)
{
  if (js_is_object (obj))
    return js_object_get (J, js_get_object (obj), key, obj);
  return js_get (J, obj, key);
}

/* An array index (0 .. 2^32 - 2) given as a number: *index. */
static inline gboolean
number_is_index (JsValue key, guint32 *index)
{
  double d;

  if (!js_is_number (key))
    return FALSE;
  d = js_get_number (key);
  if (!(d >= 0 && d < 4294967295.0) || d != (guint32) d)
    return FALSE;
  *index = (guint32) d;
  return TRUE;
}

static JsValue
get_elem (JsState *J, JsValue obj, JsValue key)
{
  guint32 index;

  if (js_is_nullish (obj))
    return js_get (J, obj, key_for_message (J, key));
  /* numeric keys need no interned key string */
  if (number_is_index (key, &index))
    return js_get_index (J, obj, index);
  key = js_to_property_key (J, key);
  return get_value (J, obj, key);
}

static void
put_elem (JsState *J, JsValue obj, JsValue key, JsValue value, gboolean strict)
{
  guint32 index;

  if (js_is_nullish (obj))
    js_set (J, obj, key_for_message (J, key), value, strict);
  if (number_is_index (key, &index))
    {
      if (strict)
        {
          js_set_index (J, obj, index, value);
          return;
        }
      if (js_is_object (obj))
        {
          /* Appending to a dense extensible array cannot fail, so sloppy
           * code may take the same path. */
          JsObject *o = js_get_object (obj);
          if (o->class_id == JS_CLASS_ARRAY && (o->flags & JS_OBJECT_EXTENSIBLE) &&
              o->u.array.length == index && js_array_length (o) == index)
            {
              js_array_push (J, o, value);
              return;
            }
        }
    }
  js_set (J, obj, js_to_property_key (J, key), value, strict);
}

static gboolean
delete_property (JsState *J, JsValue obj, JsValue key, gboolean strict)
{
  JsObject *o = js_to_object (J, obj);

  if (!js_delete_property (J, o, key))
    {
      if (strict)
        {
          JsValue k = key_for_message (J, key);
          char *name = js_is_symbol (k) ? g_strdup ("Symbol()") : js_string_to_utf8 (js_get_string (k));
          JsString *desc = describe_for_message (J, obj);
          char *d = js_string_to_utf8 (desc);
          JsObject *error = o->class_id == JS_CLASS_PROXY
            ? js_error_new_utf8 (J, JS_TYPE_ERROR, "'deleteProperty' on proxy: trap returned falsish for property '%s'", name)
            : js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot delete property '%s' of %s", name, d);
          g_free (name);
          g_free (d);
          js_throw (J, js_object_value (error));
        }
      return FALSE;
    }
  return TRUE;
}

static JsObject *
super_base (JsState *J, JsValue func)
{
  JsValue home = js_get_object (func)->u.closure.home_object;

  if (!js_is_object (home))
    return NULL;
  return js_object_get_prototype_of (J, js_get_object (home));
}

static JsValue
get_super (JsState *J, JsValue func, JsValue this_value, JsValue key)
{
  JsObject *base = super_base (J, func);

  key = js_to_property_key (J, key);
  if (base == NULL)
    return js_get (J, JS_NULL, key_for_message (J, key));
  return js_object_get (J, base, key, this_value);
}

static void
put_super (JsState *J, JsValue func, JsValue this_value, JsValue key, JsValue value, gboolean strict)
{
  JsObject *base = super_base (J, func);

  key = js_to_property_key (J, key);
  if (base == NULL)
    js_set (J, JS_NULL, key_for_message (J, key), value, strict);
  if (!js_object_set (J, base, key, value, this_value) && strict)
    {
      char *name = js_is_symbol (key) ? g_strdup ("Symbol()") : js_string_to_utf8 (js_get_string (key));
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot assign to read only property '%s' of object", name);
      g_free (name);
      js_throw (J, js_object_value (error));
    }
}

/* Private names (#x): private symbols as own keys, looked up without the
 * prototype chain; a missing key is a failed brand check. */
static char *
private_name_utf8 (JsValue name)
{
  JsSymbol *sym = js_get_symbol (name);
  return sym->description != NULL ? js_string_to_utf8 (sym->description) : g_strdup ("#");
}

static G_GNUC_NORETURN void
throw_private (JsState *J, const char *format, JsValue name)
{
  char *text = private_name_utf8 (name);
  JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, format, text);
  g_free (text);
  js_throw (J, js_object_value (error));
}

/* `brand_message`: for methods and accessors, V8's own message (a string
 * constant), else undefined. */
static JsValue
get_private (JsState *J, JsValue obj, JsValue name, JsValue brand_message)
{
  JsPropertyDescriptor desc;

  if (!js_is_object (obj) || !js_get_own_property (J, js_get_object (obj), name, &desc))
    {
      if (js_is_string (brand_message))
        js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_get_string (brand_message))));
      throw_private (J, "Cannot read private member %s from an object whose class did not declare it", name);
    }
  if (desc.flags & JS_PROP_ACCESSOR)
    {
      if (!js_is_callable (desc.getter))
        throw_private (J, "'%s' was defined without a getter", name);
      return js_call (J, desc.getter, obj, 0, NULL);
    }
  return desc.value;
}

static void
put_private (JsState *J, JsValue obj, JsValue name, JsValue value, JsValue brand_message)
{
  JsPropertyDescriptor desc;

  if (!js_is_object (obj) || !js_get_own_property (J, js_get_object (obj), name, &desc))
    {
      if (js_is_string (brand_message))
        js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_get_string (brand_message))));
      throw_private (J, "Cannot write private member %s to an object whose class did not declare it", name);
    }
  if (desc.flags & JS_PROP_ACCESSOR)
    {
      if (!js_is_callable (desc.setter))
        throw_private (J, "'%s' was defined without a setter", name);
      js_call (J, desc.setter, obj, 1, &value);
      return;
    }
  if (!(desc.flags & JS_PROP_WRITABLE))
    throw_private (J, "Private method '%s' is not writable", name);
  js_define_value (J, js_get_object (obj), name, value, JS_PROP_WRITABLE);
}

static void
define_private (JsState *J, JsValue obj, JsValue name, JsValue value, guint32 kind)
{
  JsObject *o = js_get_object (obj);
  JsPropertyDescriptor desc;
  gboolean exists = js_get_own_property (J, o, name, &desc);

  if (kind == JS_PRIVATE_GETTER || kind == JS_PRIVATE_SETTER)
    {
      JsValue getter = JS_UNDEFINED, setter = JS_UNDEFINED;
      if (exists && (desc.flags & JS_PROP_ACCESSOR))
        {
          getter = desc.getter;
          setter = desc.setter;
        }
      else if (exists)
        throw_private (J, "Cannot initialize %s twice on the same object", name);
      if (kind == JS_PRIVATE_GETTER)
        getter = value;
      else
        setter = value;
      /* configurable, so the accessor's other half can be merged in */
      js_define_accessor (J, o, name, getter, setter, JS_PROP_CONFIGURABLE);
      return;
    }
  if (exists)
    throw_private (J, "Cannot initialize %s twice on the same object", name);
  js_define_value (J, o, name, value, kind == JS_PRIVATE_FIELD ? JS_PROP_WRITABLE : 0);
}

static gboolean
has_private (JsState *J, JsValue name, JsValue obj)
{
  if (!js_is_object (obj))
    {
      char *text = private_name_utf8 (name);
      JsString *d = js_describe_value (J, obj, JS_DESCRIBE_PLAIN);
      char *ds = js_string_to_utf8 (d);
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot use 'in' operator to search for '%s' in %s", text, ds);
      g_free (text);
      g_free (ds);
      js_throw (J, js_object_value (error));
    }
  return js_has_own_property (J, js_get_object (obj), name);
}

static gboolean
op_in (JsState *J, JsValue key, JsValue obj)
{
  if (!js_is_object (obj))
    {
      JsValue k = key_for_message (J, key);
      char *ks = js_is_symbol (k) ? js_string_to_utf8 (js_describe_value (J, k, JS_DESCRIBE_PLAIN))
                                  : js_string_to_utf8 (js_get_string (k));
      char *ds = js_string_to_utf8 (js_is_string (obj) ? js_get_string (obj) : js_describe_value (J, obj, JS_DESCRIBE_PLAIN));
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot use 'in' operator to search for '%s' in %s", ks, ds);
      g_free (ks);
      g_free (ds);
      js_throw (J, js_object_value (error));
    }
  return js_has_property (J, js_get_object (obj), js_to_property_key (J, key));
}

/* The `name` of a method from its key (SetFunctionName), and its home object. */
static void
define_method (JsState *J, JsValue obj, JsValue key, JsValue fn, guint32 flags)
{
  JsObject *o = js_get_object (obj), *f = js_get_object (fn);
  guint32 attrs = JS_PROP_CONFIGURABLE | ((flags & JS_METHOD_ENUMERABLE) ? JS_PROP_ENUMERABLE : 0);

  if (f->class_id == JS_CLASS_FUNCTION)
    f->u.closure.home_object = obj;
  if (flags & JS_METHOD_SET_NAME)
    js_set_function_name (J, f, key, (flags & JS_METHOD_GETTER) ? "get" : (flags & JS_METHOD_SETTER) ? "set" : NULL);
  if (flags & (JS_METHOD_GETTER | JS_METHOD_SETTER))
    {
      JsPropertyDescriptor desc;
      JsValue getter = JS_UNDEFINED, setter = JS_UNDEFINED;
      if (js_get_own_property (J, o, key, &desc) && (desc.flags & JS_PROP_ACCESSOR))
        {
          getter = desc.getter;
          setter = desc.setter;
        }
      if (flags & JS_METHOD_GETTER)
        getter = fn;
      else
        setter = fn;
      js_define_accessor (J, o, key, getter, setter, attrs);
    }
  else
    js_define_value (J, o, key, fn, attrs | JS_PROP_WRITABLE);
}

/* CopyDataProperties (7.3.25) */
static void
copy_data_properties (JsState *J, JsObject *target, JsValue source, const JsValue *excluded, guint32 n_excluded)
{
  JsObject *from, *holder;
  JsValue *keys;
  guint32 n_keys;

  if (js_is_nullish (source))
    return;
  from = js_to_object (J, source);
  keys = js_own_property_keys (J, from, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, &n_keys);
  /* a getter may throw: keep the keys in the heap, not in g_malloc'd memory */
  holder = n_keys > 0 ? js_array_from_values (J, keys, n_keys) : NULL;
  g_free (keys);
  for (guint32 i = 0; i < n_keys; i++)
    {
      JsValue key = holder->u.array.elements[i];
      JsPropertyDescriptor desc;
      gboolean skip = FALSE;

      for (guint32 j = 0; j < n_excluded && !skip; j++)
        skip = js_value_identical (excluded[j], key);
      if (skip || !js_get_own_property (J, from, key, &desc) || !(desc.flags & JS_PROP_ENUMERABLE))
        continue;
      js_define_value (J, target, key, js_object_get (J, from, key, js_object_value (from)), JS_PROP_DEFAULT);
    }
}

/* Throws a TypeError whose message is `text` (taken). */
static G_GNUC_NORETURN void
throw_message (JsState *J, char *text)
{
  JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "%s", text);

  g_free (text);
  js_throw (J, js_object_value (error));
}

/* `k` is the whole message outside a call (see k_not_iterable), the
 * spread argument's description inside one. */
static G_GNUC_NORETURN void
throw_not_iterable (JsState *J, JsFunctionProto *proto, guint32 k, JsValue v, gboolean in_call)
{
  char *text = const_utf8 (proto, k);

  if (in_call)
    {
      if (js_is_nullish (v))
        {
          char *vs = js_string_to_utf8 (js_describe_value (J, v, JS_DESCRIBE_PLAIN));
          char *t = text != NULL ? text : g_strdup (vs);
          JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "%s is not iterable (cannot read property %s)", t, vs);
          g_free (t);
          g_free (vs);
          js_throw (J, js_object_value (error));
        }
      g_free (text);
      js_throw_type_error (J, "Spread syntax requires ...iterable[Symbol.iterator] to be a function");
    }
  if (text != NULL)
    throw_message (J, text);
  js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                             v, JS_DESCRIBE_TYPED);
}

/* GetIterator(obj, sync) with the message naming the source expression. */
static void
get_iterator (JsState *J, JsFunctionProto *proto, guint32 k, JsValue obj, JsIteratorRecord *record, gboolean in_call)
{
  JsValue method = JS_UNDEFINED, iterator;

  if (!js_is_nullish (obj))
    method = js_get (J, obj, JS_SYMBOL_KEY (J, iterator));
  if (!js_is_callable (method))
    throw_not_iterable (J, proto, k, obj, in_call);
  iterator = js_call (J, method, obj, 0, NULL);
  if (!js_is_object (iterator))
    js_throw_type_error (J, "Result of the Symbol.iterator method is not an object");
  record->iterator = iterator;
  record->next_method = js_get (J, iterator, JS_KEY (J, next));
  record->done = FALSE;
}

/* GetIterator(obj, async) (7.4.3): @@asyncIterator, else an async-from-sync
 * wrapper around @@iterator. */
static void
get_async_iterator (JsState *J, JsFunctionProto *proto, guint32 k, JsValue obj, JsIteratorRecord *record)
{
  JsValue method, iterator;

  /* V8 reads @@asyncIterator even from null and undefined, failing there */
  method = js_get (J, obj, JS_SYMBOL_KEY (J, asyncIterator));
  if (js_is_nullish (method))
    {
      JsIteratorRecord sync;
      method = js_get (J, obj, JS_SYMBOL_KEY (J, iterator));
      if (!js_is_callable (method))
        {
          char *text = const_utf8 (proto, k);
          if (text == NULL)
            {
              char *value = js_string_to_utf8 (js_describe_value (J, obj, JS_DESCRIBE_PLAIN));
              text = g_strdup_printf ("%s is not async iterable", value);
              g_free (value);
            }
          throw_message (J, text);
        }
      get_iterator (J, proto, k, obj, &sync, FALSE);
      js_create_async_from_sync_iterator (J, &sync, record);
      return;
    }
  if (!js_is_callable (method))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", method, JS_DESCRIBE_PLAIN);
  iterator = js_call (J, method, obj, 0, NULL);
  if (!js_is_object (iterator))
    js_throw_type_error (J, "Result of the Symbol.asyncIterator method is not an object");
  record->iterator = iterator;
  record->next_method = js_get (J, iterator, JS_KEY (J, next));
  record->done = FALSE;
}

static inline void
record_from_regs (JsIteratorRecord *record, const JsValue *r)
{
  record->iterator = r[0];
  record->next_method = r[1];
  record->done = js_get_boolean (r[2]);
}

static void
array_spread (JsState *J, JsFunctionProto *proto, const guint32 *operands, JsObject *array, JsValue iterable)
{
  JsIteratorRecord record;
  JsValue value;
  gboolean in_call = operands[1] != 0;

  get_iterator (J, proto, operands[0], iterable, &record, in_call);
  /* V8 reports a `next` that cannot be called at the spread itself: with
   * the spread's message, or in a call as the callee not being a function */
  if (!js_is_callable (record.next_method))
    {
      char *text = const_utf8 (proto, operands[in_call ? 2 : 0]);
      if (text != NULL && in_call)
        {
          char *message = g_strdup_printf ("%s is not a function", text);
          g_free (text);
          throw_message (J, message);
        }
      if (text != NULL)
        throw_message (J, text);
    }
  while (js_iterator_step_value (J, &record, &value))
    js_array_push (J, array, value);
}

static G_GNUC_NORETURN void
throw_not_result_object (JsState *J, JsValue v)
{
  js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterator result %s is not an object", v, JS_DESCRIBE_PLAIN);
}

/* The frozen template object of a tagged template site (13.2.8.4). */
static void
freeze_array (JsState *J, JsObject *array)
{
  guint32 n = js_array_length (array);
  JsPropertyDescriptor desc = { 0, JS_DESC_HAS_WRITABLE | JS_DESC_HAS_CONFIGURABLE, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };

  for (guint32 i = 0; i < n; i++)
    js_define_own_property (J, array, js_key_from_index (J, i), &desc, TRUE);
  js_define_own_property (J, array, JS_KEY (J, length), &desc, TRUE);
  js_object_prevent_extensions (J, array);
}

static JsValue
template_object (JsState *J, JsFunctionProto *proto, guint32 site, guint32 k)
{
  JsObject *strings, *cooked, *raw, *template, *raw_copy;
  guint32 n;

  if (!js_is_empty (proto->templates[site]))
    return proto->templates[site];
  strings = js_get_object (proto->constants[k]);
  cooked = js_get_object (strings->u.array.elements[0]);
  raw = js_get_object (strings->u.array.elements[1]);
  n = js_array_length (cooked);
  template = js_array_from_values (J, cooked->u.array.elements, n);
  raw_copy = js_array_from_values (J, raw->u.array.elements, n);
  freeze_array (J, raw_copy);
  js_define_value (J, template, JS_KEY (J, raw), js_object_value (raw_copy), 0);
  freeze_array (J, template);
  proto->templates[site] = js_object_value (template);
  return proto->templates[site];
}

/* ClassDefinitionEvaluation steps 5–8, 12–16 (15.7.14): the prototype and
 * the constructor's links.  Returns the prototype object. */
static JsObject *
create_class (JsState *J, JsValue heritage, gboolean has_heritage, JsObject *ctor)
{
  JsObject *proto_parent = JS_INTRINSIC (J, ObjectPrototype);
  JsObject *ctor_parent = JS_INTRINSIC (J, FunctionPrototype);
  JsObject *proto;

  if (has_heritage)
    {
      if (js_is_null (heritage))
        proto_parent = NULL;
      else if (!js_is_constructor (heritage))
        {
          char *d = js_string_to_utf8 (describe_for_message (J, heritage));
          JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Class extends value %s is not a constructor or null", d);
          g_free (d);
          js_throw (J, js_object_value (error));
        }
      else
        {
          JsValue pp = js_get (J, heritage, JS_KEY (J, prototype));
          if (!js_is_object (pp) && !js_is_null (pp))
            js_throw_error_with_value (J, JS_TYPE_ERROR, "Class extends value does not have valid prototype property %s",
                                       pp, JS_DESCRIBE_PLAIN);
          proto_parent = js_is_null (pp) ? NULL : js_get_object (pp);
          ctor_parent = js_get_object (heritage);
        }
    }
  proto = js_object_new (J, proto_parent);
  ctor->proto = ctor_parent;
  ctor->u.closure.home_object = js_object_value (proto);
  js_define_value (J, ctor, JS_KEY (J, prototype), js_object_value (proto), 0);
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  return proto;
}

/* for-in enumeration (14.7.5.9): the enumerable string keys of the object
 * and its prototypes, shadowed keys once, taken when the loop starts; a key
 * deleted before it is reached is skipped. */
typedef struct {
  JsGcInternal base;
  JsValue  object;
  JsValue *keys;
  guint32  n_keys;
  guint32  next;
} ForInIterator;

static void
for_in_mark (JsState *J, JsGcInternal *self)
{
  ForInIterator *it = (ForInIterator *) self;

  js_gc_mark_value (J, it->object);
  for (guint32 i = it->next; i < it->n_keys; i++)
    js_gc_mark_value (J, it->keys[i]);
}

static void
for_in_finalize (JsState *J, JsGcInternal *self)
{
  ForInIterator *it = (ForInIterator *) self;

  js_gc_account (J, -(gssize) (it->n_keys * sizeof (JsValue)));
  g_free (it->keys);
}

static const JsGcInternalClass for_in_class = { "ForInIterator", for_in_mark, for_in_finalize };

/* The keys for-in visits, collected up the chain: C buffers in one
 * record, so that a throwing proxy trap leaves nothing behind. */
typedef struct {
  GPtrArray  *keys;   /* JsString * */
  GHashTable *seen;   /* keys that shadow, once a prototype is reached */
  JsValue    *own;    /* the current object's keys */
} ForInKeys;

static void
for_in_collect (JsState *J, JsObject *obj, ForInKeys *c)
{
  gboolean first = TRUE;
  JsObject *next;

  for (JsObject *o = obj; o != NULL; o = next)
    {
      guint32 n;
      gboolean last;

      c->own = js_own_property_keys (J, o, JS_KEYS_STRINGS, &n);
      /* Like V8, a proxy met on the prototype chain ends the walk once
       * asked for its prototype (a proxy receiver does not). */
      next = js_object_get_prototype_of (J, o);
      if (o != obj && o->class_id == JS_CLASS_PROXY)
        next = NULL;
      last = next == NULL;

      if (!first && c->seen == NULL)
        {
          c->seen = g_hash_table_new (NULL, NULL);
          for (guint i = 0; i < c->keys->len; i++)
            g_hash_table_add (c->seen, c->keys->pdata[i]);
        }
      for (guint32 i = 0; i < n; i++)
        {
          JsPropertyDescriptor desc;
          gpointer k = js_get_pointer (c->own[i]);
          if (c->seen != NULL && g_hash_table_contains (c->seen, k))
            continue;
          if (c->seen != NULL && !last)
            g_hash_table_add (c->seen, k);
          /* A proxy's keys are all taken; for_in_next asks it about
           * enumerability when their turn comes, as V8 does. */
          if (o->class_id == JS_CLASS_PROXY ||
              (js_get_own_property (J, o, c->own[i], &desc) && (desc.flags & JS_PROP_ENUMERABLE)))
            g_ptr_array_add (c->keys, k);
          else if (c->seen == NULL)
            {
              /* A non-enumerable own key still shadows. */
              c->seen = g_hash_table_new (NULL, NULL);
              for (guint j = 0; j < c->keys->len; j++)
                g_hash_table_add (c->seen, c->keys->pdata[j]);
              g_hash_table_add (c->seen, k);
            }
        }
      g_free (c->own);
      c->own = NULL;
      first = FALSE;
    }
}

static void
for_in_keys_clear (ForInKeys *c)
{
  g_ptr_array_free (c->keys, TRUE);
  if (c->seen != NULL)
    g_hash_table_destroy (c->seen);
  g_free (c->own);
}

static JsValue
for_in_start (JsState *J, JsValue value)
{
  ForInIterator *it = (ForInIterator *) js_gc_alloc_internal (J, &for_in_class, sizeof (ForInIterator));
  ForInKeys c = { g_ptr_array_new (), NULL, NULL };

  it->object = JS_UNDEFINED;
  if (!js_is_nullish (value))
    {
      JsObject *obj;
      JsTryPoint tp;

      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          obj = js_to_object (J, value);
          it->object = js_object_value (obj);
          for_in_collect (J, obj, &c);
          js_try_end (J, &tp);
        }
      else
        {
          for_in_keys_clear (&c);
          if (J->terminating)
            js_throw_budget (J, J->terminated_by);
          js_throw (J, J->exception);
        }
    }
  it->n_keys = c.keys->len;
  it->keys = g_new (JsValue, c.keys->len + 1);
  for (guint i = 0; i < c.keys->len; i++)
    it->keys[i] = js_string_value (c.keys->pdata[i]);
  js_gc_account (J, it->n_keys * sizeof (JsValue));
  for_in_keys_clear (&c);
  return js_internal_value (&it->base.gc);
}

/* Whether a key collected by for_in_start is still to be visited (V8's
 * HasEnumerableProperty): present anywhere on the chain, except that a
 * proxy answers through [[GetOwnProperty]] and hides non-enumerable keys. */
static gboolean
for_in_still_has (JsState *J, JsObject *obj, JsValue key)
{
  guint n_proxies = 0;

  for (JsObject *o = obj; o != NULL; o = js_prototype_chain_next (J, o, &n_proxies))
    {
      if (o->class_id == JS_CLASS_PROXY)
        {
          JsPropertyDescriptor desc;
          if (js_get_own_property (J, o, key, &desc))
            return (desc.flags & JS_PROP_ENUMERABLE) != 0;
        }
      else if (js_has_own_property (J, o, key))
        return TRUE;
    }
  return FALSE;
}

static gboolean
for_in_next (JsState *J, JsValue enumerator, JsValue *key)
{
  ForInIterator *it = (ForInIterator *) js_get_pointer (enumerator);

  while (it->next < it->n_keys)
    {
      JsValue k = it->keys[it->next++];
      if (for_in_still_has (J, js_get_object (it->object), k))
        {
          *key = k;
          return TRUE;
        }
    }
  return FALSE;
}

/* A call of a bound function whose target is an ordinary JS function, as a
 * frame of the running loop (so recursion through .bind() does not nest run
 * loops); NULL for other targets.  [[Call]] of bound functions (10.4.1.1):
 * the innermost bound this, the bound arguments innermost first. */
static JsFrame *
bound_call_frame (JsState *J, JsObject *f, int argc, const JsValue *argv)
{
  JsObject *target = f;
  guint32 n_bound = 0, i;
  JsValue *all;
  JsFrame *frame;

  while (target->class_id == JS_CLASS_BOUND_FUNCTION)
    {
      n_bound += target->u.bound.n_args;
      if (!js_is_object (target->u.bound.target))
        return NULL;
      target = js_get_object (target->u.bound.target);
    }
  if (target->class_id != JS_CLASS_FUNCTION || (target->flags & JS_OBJECT_CLASS_CONSTRUCTOR))
    return NULL;
  all = g_new (JsValue, n_bound + argc + 1);
  i = n_bound;
  for (JsObject *b = f; b->class_id == JS_CLASS_BOUND_FUNCTION; b = js_get_object (b->u.bound.target))
    {
      i -= b->u.bound.n_args;
      if (b->u.bound.n_args > 0)
        memcpy (all + i, b->u.bound.args, b->u.bound.n_args * sizeof (JsValue));
    }
  if (argc > 0)
    memcpy (all + n_bound, argv, argc * sizeof (JsValue));
  {
    JsObject *inner = f;
    while (js_get_object (inner->u.bound.target)->class_id == JS_CLASS_BOUND_FUNCTION)
      inner = js_get_object (inner->u.bound.target);
    frame = js_vm_frame_new (J, target, inner->u.bound.bound_this, (int) n_bound + argc, all, JS_UNDEFINED, TRUE);
  }
  g_free (all);
  return frame;
}

/* ------------------------------------------------------------------------
 * Operators
 * ------------------------------------------------------------------------ */

/* Number::exponentiate (6.1.6.1.3): Math.pow's, so that `10 ** 42` rounds
 * as V8 does (fdlibm), not as the C library's pow. */
static double
js_exponentiate (double base, double exponent)
{
  return js_math_pow (base, exponent);
}

static double
js_modulo (double a, double b)
{
  /* Small integers (the common case) without fmod; the result has the
   * dividend's sign, so 0 from a negative dividend is -0.  The range tests
   * come first: converting NaN or a large double to gint32 is undefined. */
  if (fabs (a) <= G_MAXINT32 && b > 0 && b <= G_MAXINT32 &&
      a == (gint32) a && b == (gint32) b && !(a == 0 && signbit (a)))
    {
      gint32 r = (gint32) a % (gint32) b;
      return r == 0 && a < 0 ? -0.0 : (double) r;
    }
  return fmod (a, b);
}

static JsValue
arith (JsState *J, JsOpcode op, JsValue a, JsValue b)
{
  double x, y;

  a = js_to_numeric (J, a);
  b = js_to_numeric (J, b);
  if (G_UNLIKELY (!js_is_number (a) || !js_is_number (b)))
    return js_bigint_binary (J, op, js_bigint_operand (J, a, b), js_bigint_operand (J, b, a));
  x = js_get_number (a);
  y = js_get_number (b);
  switch (op)
    {
    case JS_OP_SUB: return js_number (x - y);
    case JS_OP_MUL: return js_number (x * y);
    case JS_OP_DIV: return js_number (x / y);
    case JS_OP_MOD: return js_number (js_modulo (x, y));
    case JS_OP_EXP: return js_number (js_exponentiate (x, y));
    case JS_OP_SHL: return js_number ((double) (gint32) ((guint32) js_double_to_int32 (x) << ((guint32) js_double_to_int32 (y) & 31)));
    case JS_OP_SHR: return js_number ((double) (js_double_to_int32 (x) >> ((guint32) js_double_to_int32 (y) & 31)));
    case JS_OP_USHR: return js_number ((double) ((guint32) js_double_to_int32 (x) >> ((guint32) js_double_to_int32 (y) & 31)));
    case JS_OP_BITAND: return js_number ((double) (js_double_to_int32 (x) & js_double_to_int32 (y)));
    case JS_OP_BITOR: return js_number ((double) (js_double_to_int32 (x) | js_double_to_int32 (y)));
    case JS_OP_BITXOR: return js_number ((double) (js_double_to_int32 (x) ^ js_double_to_int32 (y)));
    default: g_assert_not_reached ();
    }
}

/* ++ and -- on anything but a Number: ToNumeric, then a BigInt steps by 1n. */
static JsValue
increment_slow (JsState *J, JsValue v, int delta)
{
  v = js_to_numeric (J, v);
  if (js_is_number (v))
    return js_number (js_get_number (v) + delta);
  return js_bigint_add_small (J, v, delta);
}

static gboolean
compare (JsState *J, JsOpcode op, JsValue a, JsValue b)
{
  int r;

  if (js_is_number (a) && js_is_number (b))
    {
      double x = js_get_number (a), y = js_get_number (b);
      switch (op)
        {
        case JS_OP_LT: return x < y;
        case JS_OP_GT: return x > y;
        case JS_OP_LE: return x <= y;
        default: return x >= y;
        }
    }
  if (js_is_string (a) && js_is_string (b))
    {
      int c = js_string_compare (js_get_string (a), js_get_string (b));
      switch (op)
        {
        case JS_OP_LT: return c < 0;
        case JS_OP_GT: return c > 0;
        case JS_OP_LE: return c <= 0;
        default: return c >= 0;
        }
    }
  switch (op)
    {
    case JS_OP_LT: return js_op_less_than (J, a, b, TRUE) == 1;
    case JS_OP_GT: return js_op_less_than (J, b, a, FALSE) == 1;
    case JS_OP_LE: r = js_op_less_than (J, b, a, FALSE); return r == 0;
    default: r = js_op_less_than (J, a, b, TRUE); return r == 0;
    }
}

/* ------------------------------------------------------------------------
 * The run loop
 * ------------------------------------------------------------------------ */

/* A safepoint: everything live is in frames (the caller synced sp). */
static inline void
safepoint (JsState *J)
{
  js_budget_check (J);
  if (G_UNLIKELY (J->gc_bytes > J->gc_threshold))
    {
      J->native_depth--;
      js_gc_safepoint (J);
      J->native_depth++;
    }
}

/* Pops `frame`, which returns or suspends (then `keep`: its generator owns
 * it).  Returns its parent (NULL when `frame` was the run loop's boundary). */
static JsFrame *
leave_frame (JsState *J, JsFrame *frame, gboolean keep)
{
  JsFrame *parent = frame->parent;
  gboolean boundary = (frame->flags & JS_FRAME_BOUNDARY) != 0;

  if (J->trace != NULL)
    js_trace_frame_exit (J, frame->callee);
  J->call_depth = frame->depth - 1;
  set_top (J, parent);
  if (keep)
    {
      frame->parent = NULL;
      frame->flags &= ~JS_FRAME_BOUNDARY;
    }
  else if (frame->generator != NULL)
    js_generator_detach_frame (J, frame->generator);
  else
    js_vm_frame_free (J, frame);
  return boundary ? NULL : parent;
}

/* What a finished generator-owned frame hands back (RETURN): the iterator
 * result of a generator, the promise of an async function. */
static JsValue
complete_generator (JsState *J, JsFrame *frame, JsValue value)
{
  JsObject *gen = frame->generator;

  switch (gen->class_id)
    {
    case JS_CLASS_GENERATOR:
      js_generator_set_state (gen, JS_GEN_COMPLETED);
      return js_iter_result (J, value, TRUE);
    case JS_CLASS_ASYNC_FUNCTION:
      js_generator_set_state (gen, JS_GEN_COMPLETED);
      js_promise_resolve_with (J, js_generator_get_promise (gen), value);
      return js_object_value (js_generator_get_promise (gen));
    default:
      /* AsyncGeneratorStart steps 4.e–4.l */
      js_generator_set_state (gen, JS_GEN_COMPLETED);
      js_async_generator_complete_step (J, gen, FALSE, value, TRUE);
      js_async_generator_drain_queue (J, gen);
      return JS_UNDEFINED;
    }
}

#define LOAD_FRAME() \
  G_STMT_START { \
    proto = frame->proto; \
    code = proto->code; \
    consts = proto->constants; \
    pc = frame->pc; \
    sp = frame->sp; \
  } G_STMT_END

/* Continues in the caller after a call instruction, with `value` as its result. */
#define RETURN_TO_PARENT(value) \
  G_STMT_START { \
    JsValue rv_ = (value); \
    guint32 pop_ = frame->pop_count; \
    JsFrame *parent_ = leave_frame (J, frame, FALSE); \
    if (parent_ == NULL) \
      { \
        J->native_depth--; \
        return rv_; \
      } \
    frame = parent_; \
    LOAD_FRAME (); \
    pc += 1 + js_op_operands[*pc]; \
    sp -= pop_; \
    *sp++ = rv_; \
  } G_STMT_END

/* Suspends the frame (its generator keeps it), resuming at the next
 * instruction later, and hands `value` to the caller. */
#define SUSPEND(value) \
  G_STMT_START { \
    JsValue sv_ = (value); \
    guint32 pop_ = frame->pop_count; \
    JsFrame *parent_; \
    frame->pc = pc + 1 + js_op_operands[*pc]; \
    frame->sp = sp; \
    parent_ = leave_frame (J, frame, TRUE); \
    if (parent_ == NULL) \
      { \
        J->native_depth--; \
        return sv_; \
      } \
    frame = parent_; \
    LOAD_FRAME (); \
    pc += 1 + js_op_operands[*pc]; \
    sp -= pop_; \
    *sp++ = sv_; \
  } G_STMT_END

#define ENTER_FRAME(nf) \
  G_STMT_START { \
    frame->sp = sp; \
    link_frame (J, (nf), TRUE); \
    frame = (nf); \
    LOAD_FRAME (); \
    safepoint (J); \
  } G_STMT_END

/* With GCC, each instruction jumps straight to the next one's code
 * ("threaded" dispatch) instead of going back to one shared switch: the
 * indirect jumps are then predicted per instruction. */
#if defined(__GNUC__) && !defined(JS_VM_CHECK_STACK)
#define JS_VM_THREADED 1
#define CASE(name) case JS_OP_##name: L_##name
#define DISPATCH() \
  G_STMT_START { \
    op = *pc; \
    frame->pc = pc; \
    J->steps++; \
    goto *dispatch[op]; \
  } G_STMT_END
#else
#define CASE(name) case JS_OP_##name
#define DISPATCH() continue
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define NEXT(n) (pc += 1 + (n))
#define STRICT() ((proto->flags & JS_PROTO_STRICT) != 0)

static JsValue
vm_execute (JsState *J, gboolean entering)
{
  JsFrame *frame = VM (J)->top;
  JsFunctionProto *proto;
  const guint32 *code, *pc;
  const JsValue *consts;
  JsValue *sp;

  J->native_depth++;
  LOAD_FRAME ();
  if (entering)
    safepoint (J);

#ifdef JS_VM_THREADED
  static const void *const dispatch[JS_N_OPS] = {
#define JS_OP_LABEL(name, n) &&L_##name,
    JS_OP_LIST (JS_OP_LABEL)
#undef JS_OP_LABEL
  };
#endif

  for (;;)
    {
      guint32 op = *pc;

      frame->pc = pc;
      J->steps++;
#ifdef JS_VM_CHECK_STACK
      /* -DJS_VM_CHECK_STACK: verify the compiler's stack and handler sizing */
      if (sp < js_frame_stack_base (frame) || sp > js_frame_stack_base (frame) + proto->max_stack ||
          frame->n_handlers > proto->max_handlers)
        g_error ("js-vm: operand stack out of bounds at pc %u (depth %d of %u)", (guint32) (pc - code),
                 (int) (sp - js_frame_stack_base (frame)), proto->max_stack);
#endif
      switch ((JsOpcode) op)
        {
        CASE (UNDEF): PUSH (JS_UNDEFINED); NEXT (0); DISPATCH ();
        CASE (NULL): PUSH (JS_NULL); NEXT (0); DISPATCH ();
        CASE (TRUE): PUSH (JS_TRUE); NEXT (0); DISPATCH ();
        CASE (FALSE): PUSH (JS_FALSE); NEXT (0); DISPATCH ();
        CASE (EMPTY): PUSH (JS_EMPTY); NEXT (0); DISPATCH ();
        CASE (INT): PUSH (js_number ((gint32) pc[1])); NEXT (1); DISPATCH ();
        CASE (CONST): PUSH (consts[pc[1]]); NEXT (1); DISPATCH ();

        CASE (POP): sp--; NEXT (0); DISPATCH ();
        CASE (DUP): sp[0] = sp[-1]; sp++; NEXT (0); DISPATCH ();
        CASE (DUP2): sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT (0); DISPATCH ();
        CASE (SWAP): { JsValue t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; NEXT (0); DISPATCH (); }
        CASE (ROT3): { JsValue c = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = c; NEXT (0); DISPATCH (); }
        CASE (ROT4): { JsValue d = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = d; NEXT (0); DISPATCH (); }
        CASE (NIP): sp[-2] = sp[-1]; sp--; NEXT (0); DISPATCH ();
        CASE (PICK): sp[0] = sp[-1 - (int) pc[1]]; sp++; NEXT (1); DISPATCH ();

        CASE (GET_LOCAL): PUSH (frame->slots[pc[1]]); NEXT (1); DISPATCH ();
        CASE (GET_LOCAL_CHECK):
          {
            JsValue v = frame->slots[pc[1]];
            if (G_UNLIKELY (js_is_empty (v)))
              throw_tdz (J, proto, pc[2]);
            PUSH (v);
            NEXT (2);
            DISPATCH ();
          }
        CASE (PUT_LOCAL): frame->slots[pc[1]] = POP (); NEXT (1); DISPATCH ();
        CASE (PUT_LOCAL_CHECK):
          if (G_UNLIKELY (js_is_empty (frame->slots[pc[1]])))
            throw_tdz (J, proto, pc[2]);
          frame->slots[pc[1]] = POP ();
          NEXT (2);
          DISPATCH ();
        CASE (EMPTY_LOCALS):
          for (guint32 i = 0; i < pc[2]; i++)
            frame->slots[pc[1] + i] = JS_EMPTY;
          NEXT (2);
          DISPATCH ();
        CASE (GET_SCOPE):
          {
            JsScope *s = frame->scope;
            for (guint32 h = pc[1]; h > 0; h--)
              s = s->parent;
            PUSH (s->slots[pc[2]]);
            NEXT (2);
            DISPATCH ();
          }
        CASE (GET_SCOPE_CHECK):
          {
            JsScope *s = frame->scope;
            for (guint32 h = pc[1]; h > 0; h--)
              s = s->parent;
            if (G_UNLIKELY (js_is_empty (s->slots[pc[2]])))
              throw_tdz (J, proto, pc[3]);
            PUSH (s->slots[pc[2]]);
            NEXT (3);
            DISPATCH ();
          }
        CASE (PUT_SCOPE):
          {
            JsScope *s = frame->scope;
            for (guint32 h = pc[1]; h > 0; h--)
              s = s->parent;
            s->slots[pc[2]] = POP ();
            NEXT (2);
            DISPATCH ();
          }
        CASE (PUT_SCOPE_CHECK):
          {
            JsScope *s = frame->scope;
            for (guint32 h = pc[1]; h > 0; h--)
              s = s->parent;
            if (G_UNLIKELY (js_is_empty (s->slots[pc[2]])))
              throw_tdz (J, proto, pc[3]);
            s->slots[pc[2]] = POP ();
            NEXT (3);
            DISPATCH ();
          }
        CASE (GET_GLOBAL):
        CASE (GET_GLOBAL_TYPEOF):
          {
            /* A cached slot of the global object, inline: a loop that
             * calls Date.now() or Math.max() reads its global every turn.
             * Lexical entries carry GLOBAL_IC_LEX, so fail the bound. */
            const guint32 *ic = pc + 2;
            JsObject *g = J->global;

            if (ic[1] == VM (J)->global_epoch && ic[0] < g->n_props)
              {
                const JsProperty *p = g->props + ic[0];
                if (p->key.bits == consts[pc[1]].bits && !(p->flags & JS_PROP_ACCESSOR) && !js_is_empty (p->value))
                  {
                    PUSH (p->value);
                    NEXT (3);
                    DISPATCH ();
                  }
              }
            PUSH (get_global_cached (J, consts, (guint32 *) pc));
            NEXT (3);
            DISPATCH ();
          }
        CASE (PUT_GLOBAL):
          put_global (J, js_get_string (consts[pc[1]]), sp[-1], STRICT ());
          sp--;
          NEXT (1);
          DISPATCH ();
        CASE (DECLARE_GLOBALS):
          declare_globals (J, js_get_object (consts[pc[1]]));
          NEXT (1);
          DISPATCH ();
        CASE (INIT_GLOBAL_LEX):
          init_global_lex (J, js_get_string (consts[pc[1]]), POP ());
          NEXT (1);
          DISPATCH ();
        CASE (THROW_CONST):
          throw_const_assign (J);
        CASE (PUSH_SCOPE):
          frame->scope = js_scope_new (J, frame->scope, pc[1]);
          NEXT (1);
          DISPATCH ();
        CASE (POP_SCOPE):
          frame->scope = frame->scope->parent;
          NEXT (0);
          DISPATCH ();
        CASE (COPY_SCOPE):
          {
            JsScope *old = frame->scope;
            JsScope *copy = js_scope_new (J, old->parent, old->n_slots);
            memcpy (copy->slots, old->slots, old->n_slots * sizeof (JsValue));
            frame->scope = copy;
            NEXT (0);
            DISPATCH ();
          }

        CASE (THIS): PUSH (frame->this_value); NEXT (0); DISPATCH ();
        CASE (CALLEE): PUSH (js_object_value (frame->callee)); NEXT (0); DISPATCH ();
        CASE (NEW_TARGET): PUSH (frame->new_target); NEXT (0); DISPATCH ();
        CASE (ARG):
          PUSH ((int) pc[1] < frame->argc ? frame->argv[pc[1]] : JS_UNDEFINED);
          NEXT (1);
          DISPATCH ();
        CASE (IMPORT):
          sp[-1] = js_object_value (js_module_dynamic_import (J, sp[-1]));
          NEXT (0);
          DISPATCH ();
        CASE (ARGUMENTS):
          PUSH (js_object_value (js_arguments_new (J, frame->callee, frame->argc, frame->argv, pc[1] != 0,
                                                   pc[2] != G_MAXUINT32 ? js_get_object (consts[pc[2]]) : NULL,
                                                   frame->scope)));
          NEXT (2);
          DISPATCH ();
        CASE (REST):
          PUSH (make_rest (J, frame, pc[1]));
          NEXT (1);
          DISPATCH ();
        CASE (CHECK_THIS):
          if (G_UNLIKELY (js_is_empty (sp[-1])))
            throw_tdz (J, proto, THIS_NAME);
          NEXT (0);
          DISPATCH ();
        CASE (BIND_THIS):
          if (!js_is_empty (sp[-2]))
            js_throw_reference_error (J, "Super constructor may only be called once");
          sp[-2] = sp[-1];
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (INIT_FIELDS):
          {
            JsValue fields = js_get_object (sp[-1])->u.closure.fields;
            sp--;
            if (js_is_callable (fields))
              js_call (J, fields, sp[-1], 0, NULL);
            NEXT (0);
            DISPATCH ();
          }

        CASE (GET_PROP):
          {
            JsValue obj = sp[-1];
            JsValue key = consts[pc[1]];
            if (js_is_object (obj))
              {
                JsObject *o = js_get_object (obj);
                JsProperty *p = pc[2] < o->n_props ? o->props + pc[2] : NULL;
                /* (an empty value is a lazily materialised one: the slow path) */
                if (p != NULL && p->key.bits == key.bits && !(p->flags & JS_PROP_ACCESSOR) && !js_is_empty (p->value))
                  sp[-1] = p->value;
                else if (o->class_id == JS_CLASS_ARRAY && key.bits == JS_KEY (J, length).bits)
                  sp[-1] = js_number (js_array_length (o));
                else
                  {
                    sp[-1] = js_object_get (J, o, key, obj);
                    learn_slot (o, key, (guint32 *) pc + 2);
                  }
              }
            else if (js_is_string (obj) && js_value_identical (key, JS_KEY (J, length)))
              sp[-1] = js_number (js_string_value_length (obj));
            else
              sp[-1] = js_get (J, obj, key);
            NEXT (2);
            DISPATCH ();
          }
        CASE (PUT_PROP):
        CASE (SET_PROP):
          {
            JsValue obj = sp[-2], v = sp[-1];
            JsValue key = consts[pc[1]];
            if (js_is_object (obj))
              {
                JsObject *o = js_get_object (obj);
                JsProperty *p = pc[2] < o->n_props ? o->props + pc[2] : NULL;
                if (p != NULL && p->key.bits == key.bits &&
                    (p->flags & (JS_PROP_ACCESSOR | JS_PROP_WRITABLE)) == JS_PROP_WRITABLE)
                  p->value = v;
                else
                  {
                    if (!js_object_set (J, o, key, v, obj) && STRICT ())
                      js_throw_set_failure (J, obj, key);
                    learn_slot (o, key, (guint32 *) pc + 2);
                  }
              }
            else
              js_set (J, obj, key, v, STRICT ());
            sp -= 2;
            if (op == JS_OP_SET_PROP)
              PUSH (v);
            NEXT (2);
            DISPATCH ();
          }
        CASE (GET_ELEM):
          {
            JsValue obj = sp[-2], key = sp[-1];
            if (js_is_object (obj) && js_is_number (key))
              {
                JsObject *o = js_get_object (obj);
                double d = js_get_number (key);
                if (o->class_id == JS_CLASS_ARRAY && d >= 0 && d < o->u.array.length && d == (guint32) d)
                  {
                    JsValue v = o->u.array.elements[(guint32) d];
                    if (!js_is_empty (v))
                      {
                        sp[-2] = v;
                        sp--;
                        NEXT (0);
                        DISPATCH ();
                      }
                  }
                else if (o->class_id == JS_CLASS_TYPED_ARRAY && d >= 0 && d < js_typed_array_length (o) &&
                         d == (guint32) d)
                  {
                    sp[-2] = js_typed_array_get_element (J, o, (guint32) d);
                    sp--;
                    NEXT (0);
                    DISPATCH ();
                  }
              }
            sp[-2] = get_elem (J, obj, key);
            sp--;
            NEXT (0);
            DISPATCH ();
          }
        CASE (PUT_ELEM):
        CASE (SET_ELEM):
          {
            JsValue obj = sp[-3], key = sp[-2], v = sp[-1];
            gboolean done = FALSE;
            if (js_is_object (obj) && js_is_number (key))
              {
                JsObject *o = js_get_object (obj);
                double d = js_get_number (key);
                if (o->class_id == JS_CLASS_ARRAY && d >= 0 && d < o->u.array.length && d == (guint32) d &&
                    !js_is_empty (o->u.array.elements[(guint32) d]))
                  {
                    o->u.array.elements[(guint32) d] = v;
                    done = TRUE;
                  }
                else if (o->class_id == JS_CLASS_TYPED_ARRAY && js_is_number (v))
                  {
                    /* [[Set]] on the typed array itself: an invalid index is ignored. */
                    js_typed_array_set_element (J, o, d, v);
                    done = TRUE;
                  }
              }
            if (!done)
              put_elem (J, obj, key, v, STRICT ());
            sp -= 3;
            if (op == JS_OP_SET_ELEM)
              PUSH (v);
            NEXT (0);
            DISPATCH ();
          }
        CASE (DELETE_PROP):
          sp[-1] = js_boolean (delete_property (J, sp[-1], consts[pc[1]], STRICT ()));
          NEXT (1);
          DISPATCH ();
        CASE (DELETE_ELEM):
          {
            JsValue obj = sp[-2];
            JsValue key;
            if (js_is_nullish (obj))
              js_to_object (J, obj);
            key = js_to_property_key (J, sp[-1]);
            sp[-2] = js_boolean (delete_property (J, obj, key, STRICT ()));
            sp--;
            NEXT (0);
            DISPATCH ();
          }
        CASE (GET_SUPER):
          sp[-3] = get_super (J, sp[-3], sp[-2], sp[-1]);
          sp -= 2;
          NEXT (0);
          DISPATCH ();
        CASE (PUT_SUPER):
          put_super (J, sp[-4], sp[-3], sp[-2], sp[-1], STRICT ());
          sp -= 4;
          NEXT (0);
          DISPATCH ();
        CASE (GET_PRIVATE):
          sp[-2] = get_private (J, sp[-2], sp[-1], pc[1] != NO_CONST ? consts[pc[1]] : JS_UNDEFINED);
          sp--;
          NEXT (1);
          DISPATCH ();
        CASE (PUT_PRIVATE):
          put_private (J, sp[-3], sp[-2], sp[-1], pc[1] != NO_CONST ? consts[pc[1]] : JS_UNDEFINED);
          sp -= 3;
          NEXT (1);
          DISPATCH ();
        CASE (HAS_PRIVATE):
          sp[-2] = js_boolean (has_private (J, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (DEFINE_PRIVATE):
          define_private (J, sp[-3], sp[-2], sp[-1], pc[1]);
          sp -= 2;
          NEXT (1);
          DISPATCH ();
        CASE (NEW_PRIVATE_NAME):
          {
            JsSymbol *sym = js_symbol_new (J, js_get_string (consts[pc[1]]));
            sym->gc.gc_flags |= JS_SYMBOL_PRIVATE;
            PUSH (js_symbol_value (sym));
            NEXT (1);
            DISPATCH ();
          }
        CASE (TO_KEY):
          sp[-1] = js_to_property_key (J, sp[-1]);
          NEXT (0);
          DISPATCH ();

        CASE (OBJECT):
          PUSH (js_object_value (js_object_new_sized (J, JS_CLASS_OBJECT, JS_INTRINSIC (J, ObjectPrototype), pc[1])));
          NEXT (1);
          DISPATCH ();
        CASE (DEFINE_FIELD):
          js_define_value (J, js_get_object (sp[-2]), consts[pc[1]], sp[-1], JS_PROP_DEFAULT);
          sp--;
          NEXT (1);
          DISPATCH ();
        CASE (DEFINE_ELEM):
          js_define_value (J, js_get_object (sp[-3]), sp[-2], sp[-1], JS_PROP_DEFAULT);
          sp -= 2;
          NEXT (0);
          DISPATCH ();
        CASE (DEFINE_METHOD):
          define_method (J, sp[-3], sp[-2], sp[-1], pc[1]);
          sp -= 2;
          NEXT (1);
          DISPATCH ();
        CASE (SET_PROTO_LITERAL):
          if (js_is_object (sp[-1]) || js_is_null (sp[-1]))
            js_object_set_prototype_of (J, js_get_object (sp[-2]), js_is_null (sp[-1]) ? NULL : js_get_object (sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (COPY_DATA):
          copy_data_properties (J, js_get_object (sp[-2]), sp[-1], NULL, 0);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (COPY_DATA_EXCLUDING):
          {
            guint32 n = pc[1];
            JsObject *rest = js_plain_object_new (J);
            copy_data_properties (J, rest, sp[-1 - (int) n], sp - n, n);
            sp -= n;
            sp[-1] = js_object_value (rest);
            NEXT (1);
            DISPATCH ();
          }
        CASE (ARRAY):
          {
            guint32 n = pc[1];
            JsObject *array = n == 0 ? js_array_new (J, 0) : js_array_from_values (J, sp - n, n);
            sp -= n;
            PUSH (js_object_value (array));
            NEXT (1);
            DISPATCH ();
          }
        CASE (ARRAY_APPEND):
          js_array_push (J, js_get_object (sp[-2]), sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (ARRAY_HOLE):
          {
            JsObject *array = js_get_object (sp[-1]);
            js_array_set_length (J, array, (double) js_array_length (array) + 1);
            NEXT (0);
            DISPATCH ();
          }
        CASE (ARRAY_SPREAD):
          array_spread (J, proto, pc + 1, js_get_object (sp[-2]), sp[-1]);
          sp--;
          NEXT (3);
          DISPATCH ();
        CASE (TEMPLATE):
          PUSH (template_object (J, proto, pc[1], pc[2]));
          NEXT (2);
          DISPATCH ();
        CASE (REGEXP):
          {
            JsObject *regexp = JS_INTRINSIC (J, RegExp);
            JsValue args[2] = { consts[pc[1]], consts[pc[2]] };
            if (regexp == NULL)
              js_throw_syntax_error (J, "Invalid regular expression: regular expressions are not supported");
            PUSH (js_construct (J, js_object_value (regexp), 2, args, JS_UNDEFINED));
            NEXT (2);
            DISPATCH ();
          }
        CASE (CLOSURE):
          PUSH (js_object_value (js_closure_new (J, proto->children[pc[1]], frame->scope)));
          NEXT (1);
          DISPATCH ();
        CASE (SET_FUNCTION_NAME):
          js_set_function_name (J, js_get_object (sp[-1]), sp[-2],
                                pc[1] == 1 ? "get" : pc[1] == 2 ? "set" : NULL);
          NEXT (1);
          DISPATCH ();
        CASE (CLASS):
          {
            JsObject *ctor = js_get_object (sp[-1]);
            JsObject *p = create_class (J, sp[-2], pc[1] != 0, ctor);
            sp[-2] = sp[-1];
            sp[-1] = js_object_value (p);
            NEXT (1);
            DISPATCH ();
          }
        CASE (SET_CLASS_FIELDS):
          {
            JsObject *ctor = js_get_object (sp[-2]);
            js_get_object (sp[-1])->u.closure.home_object = ctor->u.closure.home_object;
            ctor->u.closure.fields = sp[-1];
            sp--;
            NEXT (0);
            DISPATCH ();
          }
        CASE (SET_HOME_OBJECT):
          js_get_object (sp[-1])->u.closure.home_object = sp[-1 - (int) pc[1]];
          NEXT (1);
          DISPATCH ();

        CASE (CALL):
          {
            guint32 argc = pc[1];
            JsValue *args = sp - argc;
            JsValue f = args[-1];
            if (G_LIKELY (js_is_object (f)))
              {
                JsObject *fo = js_get_object (f);
                if (fo->class_id == JS_CLASS_FUNCTION)
                  {
                    JsFrame *nf;
                    if (G_UNLIKELY (fo->flags & JS_OBJECT_CLASS_CONSTRUCTOR))
                      throw_class_constructor_call (J, fo);
                    nf = js_vm_frame_new (J, fo, args[-2], argc, args, JS_UNDEFINED, FALSE);
                    nf->pop_count = argc + 2;
                    ENTER_FRAME (nf);
                    break;
                  }
                if (fo->class_id == JS_CLASS_NATIVE_FUNCTION)
                  {
                    JsValue r;
                    J->native_depth++;
                    VM (J)->direct_native = fo;
                    r = fo->u.native.fn (J, args[-2], argc, args, JS_UNDEFINED, fo);
                    VM (J)->direct_native = NULL;
                    J->native_depth--;
                    sp = args - 2;
                    PUSH (r);
                    NEXT (2);
                    DISPATCH ();
                  }
                if (fo->class_id == JS_CLASS_BOUND_FUNCTION)
                  {
                    JsFrame *nf = bound_call_frame (J, fo, argc, args);
                    if (nf != NULL)
                      {
                        nf->pop_count = argc + 2;
                        ENTER_FRAME (nf);
                        break;
                      }
                  }
                if (js_object_is_callable (fo))
                  {
                    JsValue r = js_call (J, f, args[-2], argc, args);
                    sp = args - 2;
                    PUSH (r);
                    NEXT (2);
                    DISPATCH ();
                  }
              }
            throw_not_callable (J, proto, pc[2], f, "function");
          }
        CASE (CALL_SPREAD):
          {
            JsValue f = sp[-2];
            JsObject *array = js_get_object (sp[-1]);
            guint32 argc = js_array_length (array);
            if (!js_is_callable (f))
              throw_not_callable (J, proto, pc[1], f, "function");
            if (js_get_object (f)->class_id == JS_CLASS_FUNCTION)
              {
                JsObject *fo = js_get_object (f);
                JsFrame *nf;
                if (G_UNLIKELY (fo->flags & JS_OBJECT_CLASS_CONSTRUCTOR))
                  throw_class_constructor_call (J, fo);
                nf = js_vm_frame_new (J, fo, sp[-3], argc, array->u.array.elements, JS_UNDEFINED, TRUE);
                nf->pop_count = 3;
                ENTER_FRAME (nf);
                break;
              }
            {
              JsValue r = js_call (J, f, sp[-3], argc, array->u.array.elements);
              sp -= 3;
              PUSH (r);
              NEXT (1);
              DISPATCH ();
            }
          }
        CASE (NEW):
        CASE (NEW_SPREAD):
          {
            gboolean spread = op == JS_OP_NEW_SPREAD;
            JsObject *array = spread ? js_get_object (sp[-1]) : NULL;
            guint32 argc = spread ? js_array_length (array) : pc[1];
            JsValue *args = spread ? array->u.array.elements : sp - argc;
            JsValue *base = spread ? sp - 1 : sp - argc;
            JsValue f = base[-1];
            guint32 k = spread ? pc[1] : pc[2];
            if (!js_is_constructor (f))
              throw_not_callable (J, proto, k, f, "constructor");
            if (js_get_object (f)->class_id == JS_CLASS_FUNCTION)
              {
                JsObject *fo = js_get_object (f);
                JsValue this_value = JS_EMPTY;
                JsFrame *nf;
                if (!(fo->flags & JS_OBJECT_DERIVED))
                  this_value = js_object_value (js_create_from_constructor (J, f, JS_CLASS_OBJECT,
                                                                            JS_INTRINSIC (J, ObjectPrototype)));
                nf = js_vm_frame_new (J, fo, this_value, argc, args, f, spread);
                nf->flags |= JS_FRAME_CONSTRUCT;
                nf->pop_count = (guint32) (sp - base) + 1;
                ENTER_FRAME (nf);
                break;
              }
            {
              JsValue r = js_construct (J, f, argc, args, f);
              sp = base - 1;
              PUSH (r);
              NEXT (spread ? 1 : 2);
              DISPATCH ();
            }
          }
        CASE (SUPER_CALL):
        CASE (SUPER_CALL_SPREAD):
        CASE (SUPER_CALL_FORWARD):
          {
            guint32 argc;
            const JsValue *args;
            JsValue *base;
            JsValue func, new_target;
            JsObject *parent;
            gboolean copy = op != JS_OP_SUPER_CALL;

            if (op == JS_OP_SUPER_CALL)
              {
                argc = pc[1];
                args = sp - argc;
                base = sp - argc;
              }
            else if (op == JS_OP_SUPER_CALL_SPREAD)
              {
                JsObject *array = js_get_object (sp[-1]);
                argc = js_array_length (array);
                args = array->u.array.elements;
                base = sp - 1;
              }
            else
              {
                argc = frame->argc;
                args = frame->argv;
                base = sp;
              }
            func = base[-2];
            new_target = base[-1];
            parent = js_get_object (func)->proto;
            if (parent == NULL || !(parent->flags & JS_OBJECT_CONSTRUCTOR))
              {
                JsString *name = js_function_get_name (J, js_get_object (func));
                char *n = name->length > 0 ? js_string_to_utf8 (name) : g_strdup ("anonymous class");
                /* V8 names the parent of `extends null` classes null. */
                char *p = parent == NULL || parent == JS_INTRINSIC (J, FunctionPrototype) ? g_strdup ("null")
                                         : js_string_to_utf8 (js_describe_value (J, js_object_value (parent), JS_DESCRIBE_PLAIN));
                JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Super constructor %s of %s is not a constructor", p, n);
                g_free (n);
                g_free (p);
                js_throw (J, js_object_value (error));
              }
            if (parent->class_id == JS_CLASS_FUNCTION)
              {
                JsValue this_value = JS_EMPTY;
                JsFrame *nf;
                if (!(parent->flags & JS_OBJECT_DERIVED))
                  this_value = js_object_value (js_create_from_constructor (J, new_target, JS_CLASS_OBJECT,
                                                                            JS_INTRINSIC (J, ObjectPrototype)));
                nf = js_vm_frame_new (J, parent, this_value, argc, args, new_target, copy);
                nf->flags |= JS_FRAME_CONSTRUCT;
                nf->pop_count = (guint32) (sp - base) + 2;
                ENTER_FRAME (nf);
                break;
              }
            {
              JsValue r = js_construct (J, js_object_value (parent), argc, args, new_target);
              sp = base - 2;
              PUSH (r);
              NEXT (js_op_operands[op]);
              DISPATCH ();
            }
          }
        CASE (RETURN):
          {
            JsValue v = POP ();
            if (frame->flags & JS_FRAME_CONSTRUCT)
              {
                if (!js_is_object (v))
                  v = frame->this_value;
                remember_instance_size (frame, v);
              }
            else if (frame->generator != NULL)
              v = complete_generator (J, frame, v);
            RETURN_TO_PARENT (v);
            break;
          }
        CASE (DERIVED_RETURN):
          {
            JsValue v = sp[-2], this_value = sp[-1];
            if (!js_is_object (v))
              {
                if (!js_is_undefined (v))
                  js_throw_type_error (J, "Derived constructors may only return object or undefined");
                if (js_is_empty (this_value))
                  throw_tdz (J, proto, THIS_NAME);
                v = this_value;
              }
            sp[-2] = v;
            sp--;
            NEXT (0);
            DISPATCH ();
          }

        CASE (ADD):
          {
            JsValue a = sp[-2], b = sp[-1];
            if (js_is_number (a) && js_is_number (b))
              sp[-2] = js_number (js_get_number (a) + js_get_number (b));
            else if (js_is_string (a) && js_is_string (b))
              sp[-2] = js_string_concat_values (J, a, b);
            else
              sp[-2] = js_op_add (J, a, b);
            sp--;
            NEXT (0);
            DISPATCH ();
          }
        CASE (SUB):
          if (js_is_number (sp[-2]) && js_is_number (sp[-1]))
            sp[-2] = js_number (js_get_number (sp[-2]) - js_get_number (sp[-1]));
          else
            sp[-2] = arith (J, op, sp[-2], sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (MUL):
          if (js_is_number (sp[-2]) && js_is_number (sp[-1]))
            sp[-2] = js_number (js_get_number (sp[-2]) * js_get_number (sp[-1]));
          else
            sp[-2] = arith (J, op, sp[-2], sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (DIV):
          if (js_is_number (sp[-2]) && js_is_number (sp[-1]))
            sp[-2] = js_number (js_get_number (sp[-2]) / js_get_number (sp[-1]));
          else
            sp[-2] = arith (J, op, sp[-2], sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (MOD):
          if (js_is_number (sp[-2]) && js_is_number (sp[-1]))
            sp[-2] = js_number (js_modulo (js_get_number (sp[-2]), js_get_number (sp[-1])));
          else
            sp[-2] = arith (J, op, sp[-2], sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (BITAND): CASE (BITOR): CASE (BITXOR):
          if (js_is_number (sp[-2]) && js_is_number (sp[-1]))
            {
              gint32 x = js_double_to_int32 (js_get_number (sp[-2]));
              gint32 y = js_double_to_int32 (js_get_number (sp[-1]));
              sp[-2] = js_number ((double) (op == JS_OP_BITAND ? (x & y) : op == JS_OP_BITOR ? (x | y) : (x ^ y)));
            }
          else
            sp[-2] = arith (J, op, sp[-2], sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (EXP):
        CASE (SHL): CASE (SHR): CASE (USHR):
          sp[-2] = arith (J, op, sp[-2], sp[-1]);
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (LT):
          if (js_is_number (sp[-2]) && js_is_number (sp[-1]))
            sp[-2] = js_boolean (js_get_number (sp[-2]) < js_get_number (sp[-1]));
          else
            sp[-2] = js_boolean (compare (J, op, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (GT): CASE (LE): CASE (GE):
          sp[-2] = js_boolean (compare (J, op, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (EQ):
          sp[-2] = js_boolean (js_loose_equals (J, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (NE):
          sp[-2] = js_boolean (!js_loose_equals (J, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (STRICT_EQ):
          sp[-2] = js_boolean (js_strict_equals (sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (STRICT_NE):
          sp[-2] = js_boolean (!js_strict_equals (sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (IN):
          sp[-2] = js_boolean (op_in (J, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (INSTANCEOF):
          sp[-2] = js_boolean (js_instance_of (J, sp[-2], sp[-1]));
          sp--;
          NEXT (0);
          DISPATCH ();
        CASE (NEG):
          if (!js_is_number (sp[-1]))
            sp[-1] = js_to_numeric (J, sp[-1]);
          sp[-1] = js_is_number (sp[-1]) ? js_number (-js_get_number (sp[-1])) : js_bigint_negate (J, sp[-1]);
          NEXT (0);
          DISPATCH ();
        CASE (TO_NUMBER):
          if (!js_is_number (sp[-1]))
            sp[-1] = js_number (js_to_number (J, sp[-1]));
          NEXT (0);
          DISPATCH ();
        CASE (TO_NUMERIC):
          if (!js_is_number (sp[-1]))
            sp[-1] = js_to_numeric (J, sp[-1]);
          NEXT (0);
          DISPATCH ();
        CASE (NOT):
          sp[-1] = js_boolean (!js_to_boolean (sp[-1]));
          NEXT (0);
          DISPATCH ();
        CASE (BITNOT):
          if (!js_is_number (sp[-1]))
            sp[-1] = js_to_numeric (J, sp[-1]);
          sp[-1] = js_is_number (sp[-1]) ? js_number ((double) ~js_to_int32 (J, sp[-1])) : js_bigint_bitwise_not (J, sp[-1]);
          NEXT (0);
          DISPATCH ();
        CASE (TYPEOF):
          sp[-1] = js_string_value (js_typeof (J, sp[-1]));
          NEXT (0);
          DISPATCH ();
        CASE (INC):
          if (js_is_number (sp[-1]))
            sp[-1] = js_number (js_get_number (sp[-1]) + 1);
          else
            sp[-1] = increment_slow (J, sp[-1], 1);
          NEXT (0);
          DISPATCH ();
        CASE (DEC):
          if (js_is_number (sp[-1]))
            sp[-1] = js_number (js_get_number (sp[-1]) - 1);
          else
            sp[-1] = increment_slow (J, sp[-1], -1);
          NEXT (0);
          DISPATCH ();
        CASE (TO_STRING):
          if (!js_is_string (sp[-1]))
            sp[-1] = js_string_value (js_to_string (J, sp[-1]));
          NEXT (0);
          DISPATCH ();
        CASE (TO_OBJECT):
          sp[-1] = js_object_value (js_to_object (J, sp[-1]));
          NEXT (0);
          DISPATCH ();
        CASE (WITH_GET):
        CASE (WITH_GET_CALLEE):
          {
            JsObject *o = js_get_object (sp[-1]);
            if (js_with_has_binding (J, o, consts[pc[1]]))
              {
                JsValue v = js_object_get (J, o, consts[pc[1]], sp[-1]);
                if (op == JS_OP_WITH_GET_CALLEE)
                  sp[-2] = sp[-1];
                sp[-1] = v;
                pc = code + pc[2];
              }
            else
              {
                sp--;
                NEXT (2);
              }
            DISPATCH ();
          }
        CASE (CALL_EVAL):
          {
            guint32 argc = pc[1];
            JsValue *args = sp - argc;
            JsValue f = args[-1], result;
            frame->sp = sp;
            if (js_is_object (f) && js_get_object (f) == JS_INTRINSIC (J, Eval))
              result = js_direct_eval (J, argc > 0 ? args[0] : JS_UNDEFINED, js_get_object (consts[pc[3]]), frame->scope);
            else
              result = js_call (J, f, args[-2], (int) argc, args);
            sp = args - 2;
            PUSH (result);
            NEXT (3);
            DISPATCH ();
          }
        CASE (DECLARE_VAR):
          {
            JsObject *o = js_get_object (POP ());
            if (!js_has_own_property (J, o, consts[pc[1]]))
              js_define_value (J, o, consts[pc[1]], JS_UNDEFINED, JS_PROP_DEFAULT);
            NEXT (1);
            DISPATCH ();
          }
        CASE (WITH_PUT):
          {
            JsObject *o = js_get_object (sp[-1]);
            if (js_with_has_binding (J, o, consts[pc[1]]))
              {
                js_set (J, sp[-1], consts[pc[1]], sp[-2], STRICT ());
                sp -= 2;
                pc = code + pc[2];
              }
            else
              {
                sp--;
                NEXT (2);
              }
            DISPATCH ();
          }

        CASE (JUMP):
          if (code + pc[1] <= pc)
            {
              frame->sp = sp;
              safepoint (J);
            }
          pc = code + pc[1];
          DISPATCH ();
        CASE (JUMP_IF_TRUE):
        CASE (JUMP_IF_FALSE):
          {
            JsValue v = POP ();
            gboolean t = js_is_boolean (v) ? js_get_boolean (v) : js_to_boolean (v);
            if (t == (op == JS_OP_JUMP_IF_TRUE))
              {
                if (code + pc[1] <= pc)
                  {
                    frame->sp = sp;
                    safepoint (J);
                  }
                pc = code + pc[1];
              }
            else
              NEXT (1);
            DISPATCH ();
          }
        CASE (JUMP_IF_TRUE_KEEP):
        CASE (JUMP_IF_FALSE_KEEP):
          if (js_to_boolean (sp[-1]) == (op == JS_OP_JUMP_IF_TRUE_KEEP))
            pc = code + pc[1];
          else
            {
              sp--;
              NEXT (1);
            }
          break;
        CASE (JUMP_IF_NOT_NULLISH_KEEP):
          if (!js_is_nullish (sp[-1]))
            pc = code + pc[1];
          else
            {
              sp--;
              NEXT (1);
            }
          break;
        CASE (JUMP_IF_NOT_UNDEF_KEEP):
          if (!js_is_undefined (sp[-1]))
            pc = code + pc[1];
          else
            {
              sp--;
              NEXT (1);
            }
          break;
        CASE (JUMP_IF_NULLISH_POP):
          if (js_is_nullish (sp[-1]))
            {
              sp -= pc[1];
              pc = code + pc[2];
            }
          else
            NEXT (2);
          DISPATCH ();
        CASE (TRY):
          {
            JsHandler *h = &frame->handlers[frame->n_handlers++];
            h->target = pc[1];
            h->sp = (guint32) (sp - js_frame_stack_base (frame));
            h->scope = frame->scope;
            NEXT (1);
            DISPATCH ();
          }
        CASE (END_TRY):
          frame->n_handlers--;
          NEXT (0);
          DISPATCH ();
        CASE (THROW):
          js_throw (J, sp[-1]);
        CASE (FINALLY_END):
          if (js_get_number (frame->slots[pc[1]]) == JS_COMPLETION_THROW)
            js_throw (J, frame->slots[pc[2]]);
          NEXT (2);
          DISPATCH ();
        CASE (THROW_ERROR):
          {
            char *msg = const_utf8 (proto, pc[2]);
            JsObject *error = js_error_new_utf8 (J, (JsErrorType) pc[1], "%s", msg);
            g_free (msg);
            js_throw (J, js_object_value (error));
          }

        CASE (GET_ITERATOR):
        CASE (GET_ASYNC_ITERATOR):
          {
            JsIteratorRecord record;
            JsValue *r = frame->slots + pc[1];
            if (op == JS_OP_GET_ITERATOR)
              get_iterator (J, proto, pc[2], sp[-1], &record, FALSE);
            else
              get_async_iterator (J, proto, pc[2], sp[-1], &record);
            r[0] = record.iterator;
            r[1] = record.next_method;
            r[2] = JS_FALSE;
            sp--;
            NEXT (2);
            DISPATCH ();
          }
        CASE (FOR_OF_NEXT):
          {
            JsValue *r = frame->slots + pc[1];
            JsIteratorRecord record;
            JsValue v;
            record_from_regs (&record, r);
            r[2] = JS_TRUE;   /* a throwing next() leaves the iterator done */
            if (js_iterator_step_value (J, &record, &v))
              {
                r[2] = JS_FALSE;
                PUSH (v);
                NEXT (2);
              }
            else
              {
                r[2] = JS_TRUE;
                pc = code + pc[2];
              }
            break;
          }
        CASE (ITER_STEP):
          {
            JsValue *r = frame->slots + pc[1];
            JsIteratorRecord record;
            JsValue v = JS_UNDEFINED;
            record_from_regs (&record, r);
            if (!record.done)
              {
                r[2] = JS_TRUE;
                if (!js_iterator_step_value (J, &record, &v))
                  v = JS_UNDEFINED;
                r[2] = js_boolean (record.done);
              }
            PUSH (v);
            NEXT (1);
            DISPATCH ();
          }
        CASE (ITER_REST):
          {
            JsValue *r = frame->slots + pc[1];
            JsIteratorRecord record;
            JsObject *array = js_array_new (J, 0);
            JsValue v;
            record_from_regs (&record, r);
            PUSH (js_object_value (array));
            r[2] = JS_TRUE;
            while (js_iterator_step_value (J, &record, &v))
              js_array_push (J, array, v);
            NEXT (1);
            DISPATCH ();
          }
        CASE (ITER_CLOSE):
        CASE (ITER_CLOSE_THROW):
          {
            JsValue *r = frame->slots + pc[1];
            if (!js_get_boolean (r[2]))
              {
                JsIteratorRecord record;
                record_from_regs (&record, r);
                r[2] = JS_TRUE;
                js_iterator_close (J, &record, op == JS_OP_ITER_CLOSE_THROW);
              }
            NEXT (1);
            DISPATCH ();
          }
        CASE (ITER_CALL_NEXT):
          {
            JsValue *r = frame->slots + pc[1];
            PUSH (js_call (J, r[1], r[0], 0, NULL));
            NEXT (1);
            DISPATCH ();
          }
        CASE (ITER_RESULT):
          {
            JsValue result = sp[-1];
            if (!js_is_object (result))
              throw_not_result_object (J, result);
            if (js_to_boolean (js_get (J, result, JS_KEY (J, done))))
              {
                sp--;
                frame->slots[pc[1] + 2] = JS_TRUE;
                pc = code + pc[2];
                DISPATCH ();
              }
            sp[-1] = js_get (J, result, JS_KEY (J, value));
            NEXT (2);
            DISPATCH ();
          }
        CASE (ITER_CALL_RETURN):
          {
            JsValue *r = frame->slots + pc[1];
            JsValue method;
            if (js_get_boolean (r[2]))
              {
                pc = code + pc[2];
                DISPATCH ();
              }
            r[2] = JS_TRUE;
            method = js_get (J, r[0], JS_KEY (J, return));
            if (js_is_nullish (method))
              {
                pc = code + pc[2];
                DISPATCH ();
              }
            PUSH (js_call (J, method, r[0], 0, NULL));
            NEXT (2);
            DISPATCH ();
          }
        CASE (CHECK_OBJECT):
          if (!js_is_object (sp[-1]))
            throw_not_result_object (J, sp[-1]);
          NEXT (1);
          DISPATCH ();
        CASE (FOR_IN_START):
          frame->slots[pc[1]] = for_in_start (J, POP ());
          NEXT (1);
          DISPATCH ();
        CASE (FOR_IN_NEXT):
          {
            JsValue key;
            if (for_in_next (J, frame->slots[pc[1]], &key))
              {
                PUSH (key);
                NEXT (2);
              }
            else
              pc = code + pc[2];
            DISPATCH ();
          }
        CASE (REQUIRE_OBJECT_COERCIBLE):
          if (js_is_nullish (sp[-1]))
            {
              char *name = const_utf8 (proto, pc[1]);
              char *text = const_utf8 (proto, pc[2]);
              const char *what = js_is_null (sp[-1]) ? "null" : "undefined";
              /* without a source expression V8 names the value by its type */
              const char *typed = js_is_null (sp[-1]) ? "object null" : "undefined";
              JsObject *error;
              if (name != NULL)
                error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot destructure property '%s' of '%s' as it is %s.",
                                           name, text != NULL ? text : typed, what);
              else
                error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot destructure '%s' as it is %s.",
                                           text != NULL ? text : typed, what);
              g_free (name);
              g_free (text);
              js_throw (J, js_object_value (error));
            }
          NEXT (2);
          DISPATCH ();

        CASE (GENERATOR_START):
        CASE (ASYNC_GENERATOR_START):
          {
            JsObject *gen = js_generator_new (J, op == JS_OP_GENERATOR_START ? JS_CLASS_GENERATOR
                                                                             : JS_CLASS_ASYNC_GENERATOR, frame);
            SUSPEND (js_object_value (gen));
            break;
          }
        CASE (ASYNC_START):
          js_generator_new (J, JS_CLASS_ASYNC_FUNCTION, frame);
          NEXT (0);
          DISPATCH ();
        CASE (YIELD):
          js_generator_set_state (frame->generator, JS_GEN_SUSPENDED_YIELD);
          sp--;
          SUSPEND (js_iter_result (J, sp[0], FALSE));
          break;
        CASE (YIELD_RAW):
          js_generator_set_state (frame->generator, JS_GEN_SUSPENDED_YIELD);
          sp--;
          SUSPEND (sp[0]);
          break;
        CASE (ASYNC_YIELD):
          {
            /* AsyncGeneratorYield (27.6.3.8) */
            JsObject *gen = frame->generator;
            JsResumeMode mode;
            JsValue value;
            js_async_generator_complete_step (J, gen, FALSE, sp[-1], FALSE);
            sp--;
            if (js_async_generator_peek_request (gen, &mode, &value))
              {
                PUSH (value);
                PUSH (js_number (mode));
                NEXT (0);
                DISPATCH ();
              }
            js_generator_set_state (gen, JS_GEN_SUSPENDED_YIELD);
            SUSPEND (JS_UNDEFINED);
            break;
          }
        CASE (AWAIT):
          {
            JsObject *gen = frame->generator;
            JsValue v = sp[-1];
            frame->sp = sp;
            js_await (J, gen, v);
            sp--;
            SUSPEND (gen->class_id == JS_CLASS_ASYNC_FUNCTION ? js_object_value (js_generator_get_promise (gen))
                                                              : JS_UNDEFINED);
            break;
          }
        CASE (RESUME):
          {
            JsResumeMode mode = (JsResumeMode) js_get_number (sp[-1]);
            sp--;
            if (mode == JS_RESUME_THROW)
              js_throw (J, sp[-1]);
            if (mode == JS_RESUME_RETURN)
              pc = code + pc[1];
            else
              NEXT (1);
            DISPATCH ();
          }
        CASE (YIELD_STAR):
        CASE (ASYNC_YIELD_STAR):
          {
            /* yield* (15.5.5 step 7): forward the resumption to the inner iterator. */
            JsValue *r = frame->slots + pc[1];
            JsResumeMode mode = (JsResumeMode) js_get_number (sp[-1]);
            JsValue received = sp[-2];
            JsValue inner;
            gboolean async = op == JS_OP_ASYNC_YIELD_STAR;
            guint32 return_target = async ? pc[2] : pc[3];

            sp -= 2;
            r[2] = js_number (mode);
            if (mode == JS_RESUME_NEXT)
              inner = js_call (J, r[1], r[0], 1, &received);
            else if (mode == JS_RESUME_THROW)
              {
                JsValue method = js_get (J, r[0], JS_KEY (J, throw));
                if (js_is_nullish (method))
                  {
                    JsIteratorRecord record = { r[0], r[1], FALSE };
                    js_iterator_close (J, &record, FALSE);
                    js_throw_type_error (J, "The iterator does not provide a 'throw' method");
                  }
                inner = js_call (J, method, r[0], 1, &received);
              }
            else
              {
                JsValue method = js_get (J, r[0], JS_KEY (J, return));
                if (js_is_nullish (method))
                  {
                    PUSH (received);
                    pc = code + return_target;
                    break;
                  }
                inner = js_call (J, method, r[0], 1, &received);
              }
            if (async)
              {
                PUSH (inner);
                NEXT (2);
                DISPATCH ();
              }
            if (!js_is_object (inner))
              throw_not_result_object (J, inner);
            if (js_to_boolean (js_get (J, inner, JS_KEY (J, done))))
              {
                PUSH (js_get (J, inner, JS_KEY (J, value)));
                pc = code + (mode == JS_RESUME_RETURN ? return_target : pc[2]);
                break;
              }
            PUSH (inner);
            NEXT (3);
            DISPATCH ();
          }
        CASE (YIELD_STAR_RESULT):
          {
            JsValue inner = sp[-1];
            JsResumeMode mode = (JsResumeMode) js_get_number (frame->slots[pc[1] + 2]);
            if (!js_is_object (inner))
              throw_not_result_object (J, inner);
            if (js_to_boolean (js_get (J, inner, JS_KEY (J, done))))
              {
                sp[-1] = js_get (J, inner, JS_KEY (J, value));
                pc = code + (mode == JS_RESUME_RETURN ? pc[3] : pc[2]);
                break;
              }
            sp[-1] = js_get (J, inner, JS_KEY (J, value));
            NEXT (3);
            DISPATCH ();
          }

        CASE (STATEMENT):
          if (J->trace != NULL)
            js_trace_statement_at (J, proto, (guint32) (pc - code));
          NEXT (0);
          DISPATCH ();
        CASE (DEBUGGER):
        CASE (NOP):
          NEXT (0);
          DISPATCH ();
        case JS_N_OPS:
        default:
          g_error ("js-vm: bad opcode %u", op);
        }
    }
}

#undef CASE
#undef DISPATCH

/* ------------------------------------------------------------------------
 * Exceptions
 * ------------------------------------------------------------------------ */

typedef enum {
  UNWIND_RESUME,    /* a handler in one of our frames took it */
  UNWIND_DONE,      /* our boundary frame finished without it (an async function rejected) */
  UNWIND_RETHROW,   /* all our frames are gone; the exception goes on outward */
} UnwindResult;

/* An exception landed in the run loop whose boundary frame is `entry`:
 * find a handler, innermost frame first, popping frames that have none. */
static UnwindResult
unwind (JsState *J, JsFrame *entry, JsValue *result)
{
  JsValue exception = J->exception;
  JsFrame *frame = VM (J)->top;

  for (;;)
    {
      JsFrame *parent;
      JsObject *gen;
      guint32 pop;
      gboolean is_entry = frame == entry;

      if (!J->terminating && frame->n_handlers > 0)
        {
          JsHandler *h = &frame->handlers[--frame->n_handlers];
          frame->sp = js_frame_stack_base (frame) + h->sp;
          frame->scope = h->scope;
          *frame->sp++ = exception;
          frame->pc = frame->proto->code + h->target;
          set_top (J, frame);
          J->call_depth = frame->depth;
          return UNWIND_RESUME;
        }

      gen = frame->generator;
      pop = frame->pop_count;
      if (gen != NULL)
        js_generator_set_state (gen, JS_GEN_COMPLETED);
      if (gen != NULL && !J->terminating && gen->class_id != JS_CLASS_GENERATOR)
        {
          /* An async function rejects its promise; an async generator
           * completes its request with the throw (AsyncGeneratorStart 4.j–l).
           * Either way the caller goes on normally. */
          JsValue delivered = JS_UNDEFINED;
          if (gen->class_id == JS_CLASS_ASYNC_FUNCTION)
            {
              JsObject *promise = js_generator_get_promise (gen);
              js_promise_reject_with (J, promise, exception);
              delivered = js_object_value (promise);
            }
          else
            {
              js_async_generator_complete_step (J, gen, TRUE, exception, TRUE);
              js_async_generator_drain_queue (J, gen);
            }
          parent = leave_frame (J, frame, FALSE);
          if (parent == NULL)
            {
              *result = delivered;
              return UNWIND_DONE;
            }
          parent->pc += 1 + js_op_operands[*parent->pc];
          parent->sp -= pop;
          *parent->sp++ = delivered;
          return UNWIND_RESUME;
        }

      parent = leave_frame (J, frame, FALSE);
      if (is_entry || parent == NULL)
        return UNWIND_RETHROW;
      frame = parent;
    }
}

/* Runs the boundary frame `entry` (already linked) to its return or
 * suspension: one run loop. */
static JsValue
run (JsState *J, JsFrame *entry)
{
  volatile gboolean entering = TRUE;

  for (;;)
    {
      JsTryPoint tp;
      JsValue result = JS_UNDEFINED;

      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          result = vm_execute (J, entering);
          js_try_end (J, &tp);
          return result;
        }
      entering = FALSE;
      switch (unwind (J, entry, &result))
        {
        case UNWIND_RESUME:
          break;
        case UNWIND_DONE:
          return result;
        case UNWIND_RETHROW:
          J->c_depth--;
          js_throw (J, J->exception);
        }
    }
}

JsValue
js_vm_run_frame (JsState *J, JsFrame *frame)
{
  JsValue result;

  if (J->c_depth >= MAX_C_DEPTH)
    {
      if (frame->generator == NULL)
        js_vm_frame_free (J, frame);
      js_throw_range_error (J, "Maximum call stack size exceeded");
    }
  link_frame (J, frame, FALSE);
  frame->flags |= JS_FRAME_BOUNDARY;
  frame->pop_count = 0;
  J->c_depth++;
  result = run (J, frame);
  J->c_depth--;
  return result;
}

/* ------------------------------------------------------------------------
 * Module interface
 * ------------------------------------------------------------------------ */

gboolean
js_vm_current_range (JsState *J, JsSourceRange *range)
{
  JsFrame *frame = J->vm != NULL ? VM (J)->top : NULL;

  if (frame == NULL)
    return FALSE;
  return js_proto_range_at (frame->proto, (guint32) (frame->pc - frame->proto->code), range);
}

gboolean
js_vm_current_pc (JsState *J, JsFunctionProto **proto, guint32 *pc)
{
  JsFrame *frame = J->vm != NULL ? VM (J)->top : NULL;

  if (frame == NULL)
    return FALSE;
  *proto = frame->proto;
  *pc = (guint32) (frame->pc - frame->proto->code);
  return TRUE;
}

static void
mark_global_lex (gpointer key, gpointer value, gpointer user_data)
{
  JsState *J = user_data;
  GlobalLex *lex = value;

  js_gc_mark_thing (J, key);
  js_gc_mark_value (J, lex->value);
}

char *
js_vm_direct_call_text (JsState *J, JsObject *callee)
{
  JsVm *vm = VM (J);
  JsFrame *frame = vm != NULL ? vm->top : NULL;

  if (frame == NULL || vm->direct_native != callee || *frame->pc != JS_OP_CALL)
    return NULL;
  return const_utf8 (frame->proto, frame->pc[2]);
}

void
js_vm_forward_direct_call (JsState *J, JsObject *from, JsValue to)
{
  JsVm *vm = VM (J);

  if (vm != NULL && vm->direct_native == from && js_is_object (to))
    vm->direct_native = js_get_object (to);
}

void
js_vm_mark_roots (JsState *J)
{
  JsVm *vm = VM (J);

  if (vm == NULL)
    return;
  for (JsFrame *frame = vm->top; frame != NULL; frame = frame->parent)
    js_vm_frame_mark (J, frame);
  g_hash_table_foreach (vm->global_lex, mark_global_lex, J);
}

void
js_vm_init (JsState *J)
{
  JsVm *vm = g_new0 (JsVm, 1);

  vm->global_lex = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  vm->global_lex_list = g_ptr_array_new ();
  vm->global_epoch = 1;
  J->vm = vm;
}

void
js_vm_free (JsState *J)
{
  JsVm *vm = VM (J);

  if (vm == NULL)
    return;
  while (vm->top != NULL)
    {
      JsFrame *parent = vm->top->parent;
      if (vm->top->generator == NULL)
        js_vm_frame_free (J, vm->top);
      vm->top = parent;
    }
  for (int i = 0; i < FRAME_CLASSES; i++)
    while (vm->pool[i] != NULL)
      {
        JsFrame *next = vm->pool[i]->parent;
        g_free (vm->pool[i]);
        vm->pool[i] = next;
      }
  g_hash_table_destroy (vm->global_lex);
  g_ptr_array_unref (vm->global_lex_list);
  g_free (vm);
  J->vm = NULL;
  J->frame = NULL;
}
