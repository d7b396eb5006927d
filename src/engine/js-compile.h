/* js-compile.h: bytecode, function prototypes and frames — shared by the
 * compiler (js-compiler.c), the VM (js-vm.c), functions (js-function.c) and
 * generators (js-generator.c).
 *
 * The bytecode is stack based with a register file: every function has
 * `n_locals` registers (parameters first, then variables no closure captures
 * and compiler temporaries) followed by an operand stack of `max_stack`
 * values.  Variables that closures capture live in heap JsScope records
 * instead, addressed by (hops, index).  Code is an array of 32-bit words: an
 * opcode word followed by its operands (JS_OP_LIST gives how many), so every
 * instruction of one opcode has the same length.
 */
#pragma once

#include "js-internal.h"

G_BEGIN_DECLS

/* X (NAME, number of operand words).  Stack effects are written
 * [before] -> [after], top of stack last; k = constant index, r = register. */
#define JS_OP_LIST(X) \
  /* Constants */ \
  X (UNDEF, 0)             /* -> undefined */ \
  X (NULL, 0)              \
  X (TRUE, 0)              \
  X (FALSE, 0)             \
  X (EMPTY, 0)             /* -> the internal empty value (array holes, TDZ) */ \
  X (INT, 1)               /* -> a small integer operand */ \
  X (CONST, 1)             /* -> constants[k] */ \
  /* Operand stack */ \
  X (POP, 0)               \
  X (DUP, 0)               /* a -> a a */ \
  X (DUP2, 0)              /* a b -> a b a b */ \
  X (SWAP, 0)              /* a b -> b a */ \
  X (ROT3, 0)              /* a b c -> c a b */ \
  X (ROT4, 0)              /* a b c d -> d a b c */ \
  X (NIP, 0)               /* a b -> b */ \
  X (PICK, 1)              /* copies the value n below the top (0 = DUP) */ \
  /* Registers and scopes; *_CHECK throw in the TDZ (k names the variable) */ \
  X (GET_LOCAL, 1)         /* r -> v */ \
  X (GET_LOCAL_CHECK, 2)   /* r k -> v */ \
  X (PUT_LOCAL, 1)         /* v -> (r = v) */ \
  X (PUT_LOCAL_CHECK, 2)   /* v -> ; throws if r is still in the TDZ */ \
  X (EMPTY_LOCALS, 2)      /* r n: r..r+n-1 = empty (entering a lexical scope) */ \
  X (GET_SCOPE, 2)         /* hops index -> v */ \
  X (GET_SCOPE_CHECK, 3)   /* hops index k -> v */ \
  X (PUT_SCOPE, 2)         /* v -> */ \
  X (PUT_SCOPE_CHECK, 3)   \
  X (GET_GLOBAL, 3)        /* k ic epoch -> v; ReferenceError when undeclared (ic: js-vm.c get_global_cached) */ \
  X (GET_GLOBAL_TYPEOF, 3) /* k ic epoch -> v; undefined when undeclared */ \
  X (PUT_GLOBAL, 1)        /* v -> ; sloppy code creates the property */ \
  X (DECLARE_GLOBALS, 1)   /* k: an array constant of declarations (classic scripts) */ \
  X (INIT_GLOBAL_LEX, 1)   /* v -> ; initialises a global let/const/class */ \
  X (THROW_CONST, 1)       /* k: TypeError "Assignment to constant variable." */ \
  X (PUSH_SCOPE, 1)        /* n: a new scope of n empty slots */ \
  X (POP_SCOPE, 0)         \
  X (COPY_SCOPE, 0)        /* per-iteration copy of the innermost scope */ \
  /* Function state */ \
  X (THIS, 0)              /* -> this of the frame */ \
  X (CALLEE, 0)            /* -> the running function */ \
  X (NEW_TARGET, 0)        \
  X (ARG, 1)               /* i -> argument i or undefined (non-simple parameter lists) */ \
  X (ARGUMENTS, 2)         /* mapped k -> a new arguments object; k: the parameters' scope slots (or -1) */ \
  X (REST, 1)              /* i -> array of the arguments from i on */ \
  X (IMPORT, 0)            /* specifier -> promise: import(specifier) (js-module.c) */ \
  X (CHECK_THIS, 0)        /* this -> this; ReferenceError while a derived constructor's this is unbound */ \
  X (BIND_THIS, 0)         /* old new -> new; ReferenceError when old is already bound */ \
  X (INIT_FIELDS, 0)       /* this func -> this; runs func's instance field initialiser */ \
  /* Properties (k: an atom constant; ic: the slot where the key was last
   * found in the object's own props — an inline cache the VM updates) */ \
  X (GET_PROP, 2)          /* obj -> obj[k]; k ic */ \
  X (PUT_PROP, 2)          /* obj v -> ; k ic */ \
  X (SET_PROP, 2)          /* obj v -> v; k ic */ \
  X (GET_ELEM, 0)          /* obj key -> obj[key] */ \
  X (PUT_ELEM, 0)          /* obj key v -> */ \
  X (SET_ELEM, 0)          /* obj key v -> v */ \
  X (DELETE_PROP, 1)       /* obj -> bool */ \
  X (DELETE_ELEM, 0)       /* obj key -> bool */ \
  X (GET_SUPER, 0)         /* func this key -> v */ \
  X (PUT_SUPER, 0)         /* func this key v -> */ \
  X (GET_PRIVATE, 1)       /* obj name -> v; k: the brand check's message for methods, or -1 */ \
  X (PUT_PRIVATE, 1)       /* obj name v -> */ \
  X (HAS_PRIVATE, 0)       /* name obj -> bool */ \
  X (DEFINE_PRIVATE, 1)    /* obj name v -> obj; kind: JS_PRIVATE_* */ \
  X (NEW_PRIVATE_NAME, 1)  /* k (a string "#x") -> a new private name */ \
  X (TO_KEY, 0)            /* v -> ToPropertyKey(v) */ \
  /* Literals */ \
  X (OBJECT, 1)            /* n -> {} with room for n properties */ \
  X (DEFINE_FIELD, 1)      /* obj v -> obj; CreateDataProperty(obj, k, v) */ \
  X (DEFINE_ELEM, 0)       /* obj key v -> obj */ \
  X (DEFINE_METHOD, 1)     /* obj key fn -> obj; flags: JS_METHOD_* */ \
  X (SET_PROTO_LITERAL, 0) /* obj v -> obj; `__proto__: v` */ \
  X (COPY_DATA, 0)         /* obj src -> obj; CopyDataProperties */ \
  X (COPY_DATA_EXCLUDING, 1) /* src k1 .. kn -> obj (n keys) */ \
  X (ARRAY, 1)             /* v1 .. vn -> array (empty = hole) */ \
  X (ARRAY_APPEND, 0)      /* arr v -> arr */ \
  X (ARRAY_HOLE, 0)        /* arr -> arr */ \
  X (ARRAY_SPREAD, 3)      /* arr iterable -> arr; k (message, or in a call the description), in_call, callee k */ \
  X (TEMPLATE, 2)          /* site k -> the frozen template object (k: [cooked, raw]) */ \
  X (REGEXP, 2)            /* pattern flags -> a new RegExp */ \
  X (CLOSURE, 1)           /* child -> a new function */ \
  X (SET_FUNCTION_NAME, 1) /* key fn -> key fn; prefix: 0 none, 1 get, 2 set */ \
  X (CLASS, 1)             /* heritage ctor -> ctor proto; has_heritage */ \
  X (SET_CLASS_FIELDS, 0)  /* ctor fn -> ctor; fn becomes the instance field initialiser */ \
  X (SET_HOME_OBJECT, 1)   /* n: fn's home object is the value n below it */ \
  /* Calls (k describes the callee for messages, or -1) */ \
  X (CALL, 2)              /* this f a1 .. an -> result; n k */ \
  X (CALL_SPREAD, 1)       /* this f array -> result */ \
  X (NEW, 2)               /* f a1 .. an -> result */ \
  X (NEW_SPREAD, 1)        /* f array -> result */ \
  X (SUPER_CALL, 1)        /* func new_target a1 .. an -> result */ \
  X (SUPER_CALL_SPREAD, 0) /* func new_target array -> result */ \
  X (SUPER_CALL_FORWARD, 0)/* func new_target -> result: the default derived constructor */ \
  X (RETURN, 0)            /* v -> */ \
  X (DERIVED_RETURN, 0)    /* v this -> result of a derived constructor */ \
  /* Operators */ \
  X (ADD, 0) X (SUB, 0) X (MUL, 0) X (DIV, 0) X (MOD, 0) X (EXP, 0) \
  X (SHL, 0) X (SHR, 0) X (USHR, 0) X (BITAND, 0) X (BITOR, 0) X (BITXOR, 0) \
  X (LT, 0) X (GT, 0) X (LE, 0) X (GE, 0) \
  X (EQ, 0) X (NE, 0) X (STRICT_EQ, 0) X (STRICT_NE, 0) \
  X (IN, 0) X (INSTANCEOF, 0) \
  X (NEG, 0) X (TO_NUMBER, 0) X (TO_NUMERIC, 0) X (NOT, 0) X (BITNOT, 0) X (TYPEOF, 0) \
  X (INC, 0) X (DEC, 0) \
  X (TO_STRING, 0)         /* template substitutions */ \
  /* Control flow (targets are absolute word offsets) */ \
  X (JUMP, 1)              \
  X (JUMP_IF_TRUE, 1)      /* v -> */ \
  X (JUMP_IF_FALSE, 1)     \
  X (JUMP_IF_TRUE_KEEP, 1) /* v -> v when jumping, -> when not */ \
  X (JUMP_IF_FALSE_KEEP, 1)\
  X (JUMP_IF_NOT_NULLISH_KEEP, 1) \
  X (JUMP_IF_NOT_UNDEF_KEEP, 1) \
  X (JUMP_IF_NULLISH_POP, 2)  /* n target: when the top is nullish pop n values and jump */ \
  X (TRY, 1)               /* target: pushes an exception handler */ \
  X (END_TRY, 0)           /* pops it */ \
  X (THROW, 0)             /* v -> */ \
  X (FINALLY_END, 2)       /* rkind rvalue: rethrows when the completion is a throw */ \
  X (THROW_ERROR, 2)       /* type k: throws a new error */ \
  /* Iteration (an iterator record is three registers: iterator, next, done) */ \
  X (GET_ITERATOR, 2)      /* iterable -> ; r k */ \
  X (GET_ASYNC_ITERATOR, 2)/* iterable -> ; r k */ \
  X (FOR_OF_NEXT, 2)       /* r exit -> value, or jump to exit when done */ \
  X (ITER_STEP, 1)         /* r -> value (undefined once done) */ \
  X (ITER_REST, 1)         /* r -> array of the remaining values */ \
  X (ITER_CLOSE, 1)        /* r: IteratorClose for a normal completion, unless done */ \
  X (ITER_CLOSE_THROW, 1)  /* r: IteratorClose for a throw completion, unless done */ \
  X (ITER_CALL_NEXT, 1)    /* r -> result of iterator.next() (for await) */ \
  X (ITER_RESULT, 2)       /* r exit: result -> value, or set done and jump when done */ \
  X (ITER_CALL_RETURN, 2)  /* r skip: -> result of iterator.return(), or jump when none */ \
  X (CHECK_OBJECT, 1)      /* v -> v; k: TypeError "Iterator result x is not an object" */ \
  X (FOR_IN_START, 1)      /* obj -> ; r = enumerator */ \
  X (FOR_IN_NEXT, 2)       /* r exit -> key, or jump */ \
  X (REQUIRE_OBJECT_COERCIBLE, 2) /* v -> v; k1 the first property name, k2 the source text (or -1) */ \
  /* Generators and async functions */ \
  X (GENERATOR_START, 0)   /* creates the generator and suspends */ \
  X (ASYNC_START, 0)       /* creates the async function's promise */ \
  X (ASYNC_GENERATOR_START, 0) \
  X (YIELD, 0)             /* v -> value mode (after resumption) */ \
  X (YIELD_RAW, 0)         /* iter-result -> value mode: yield* passes results through */ \
  X (ASYNC_YIELD, 0)       /* v -> value mode */ \
  X (RESUME, 1)            /* value mode -> value; throws, or jumps to the return path */ \
  X (AWAIT, 0)             /* v -> value mode */ \
  X (YIELD_STAR, 3)        /* value mode -> inner result; r done return: one step of yield* */ \
  X (ASYNC_YIELD_STAR, 2)  /* value mode -> call result (to await); r return */ \
  X (YIELD_STAR_RESULT, 3) /* inner result -> its value; r done return */ \
  /* The with statement (js-with.c): the object's binding for the name k
   * (HasBinding of an object environment: `in`, then Symbol.unscopables). */ \
  X (TO_OBJECT, 0)         /* v -> ToObject(v) */ \
  X (WITH_GET, 2)          /* k target: obj -> value and jump when obj has the binding; else obj -> */ \
  X (WITH_GET_CALLEE, 2)   /* k target: this obj -> obj f (a call's this and callee) and jump; else this obj -> this */ \
  X (WITH_PUT, 2)          /* k target: v obj -> (obj.k = v) and jump; else v obj -> v */ \
  /* Direct eval (js-eval.c) */ \
  X (CALL_EVAL, 3)         /* this f a1 .. an -> result; n k kscopes: CALL, but direct eval when f is %eval% */ \
  X (DECLARE_VAR, 1)       /* k: obj -> ; an eval `var` on the eval variable object (undefined unless present) */ \
  /* Misc */ \
  X (STATEMENT, 0)         /* the trace's statement marker */ \
  X (DEBUGGER, 0)          \
  X (NOP, 0)

typedef enum {
#define JS_OP_ENUM(name, n) JS_OP_##name,
  JS_OP_LIST (JS_OP_ENUM)
#undef JS_OP_ENUM
  JS_N_OPS
} JsOpcode;

extern const char *const js_op_names[JS_N_OPS];
extern const guint8 js_op_operands[JS_N_OPS];

/* DEFINE_METHOD flags */
enum {
  JS_METHOD_ENUMERABLE = 1 << 0,   /* object literals; class members are not */
  JS_METHOD_GETTER     = 1 << 1,
  JS_METHOD_SETTER     = 1 << 2,
  JS_METHOD_SET_NAME   = 1 << 3,   /* the name comes from the runtime key */
};

/* DEFINE_PRIVATE kinds */
enum {
  JS_PRIVATE_FIELD,
  JS_PRIVATE_METHOD,
  JS_PRIVATE_GETTER,
  JS_PRIVATE_SETTER,
};

/* Completion kinds kept in a try-finally's kind register; 2 + i is "jump
 * to the i-th exit" (break, continue or return crossing the finally). */
enum {
  JS_COMPLETION_NORMAL = 0,
  JS_COMPLETION_THROW  = 1,
  JS_COMPLETION_JUMP   = 2,
};

/* JsFunctionProto.flags */
enum {
  JS_PROTO_STRICT            = 1 << 0,
  JS_PROTO_ARROW             = 1 << 1,
  JS_PROTO_GENERATOR         = 1 << 2,
  JS_PROTO_ASYNC             = 1 << 3,
  JS_PROTO_METHOD            = 1 << 4,   /* methods, accessors: no prototype, not constructors */
  JS_PROTO_CLASS_CONSTRUCTOR = 1 << 5,
  JS_PROTO_DERIVED           = 1 << 6,
  JS_PROTO_SCRIPT            = 1 << 7,   /* the top level of a script */
  JS_PROTO_USES_THIS         = 1 << 8,   /* reads frame `this` (sloppy coercion needed) */
};

/* A source text shared by every function compiled from it, for
 * Function.prototype.toString. */
typedef struct {
  gint  ref_count;
  char *text;          /* UTF-8, NUL-terminated */
  gsize length;
  char *filename;
} JsSource;

JsSource *js_source_ref (JsSource *source);
void      js_source_unref (JsSource *source);

/* pc → source range: one entry per change, sorted by pc. */
typedef struct {
  guint32 pc;
  JsSourceRange range;
} JsPcRange;

struct JsFunctionProto {
  JsGcInternal base;           /* a GC thing: closures mark it */
  guint32 *code;
  guint32  code_length;
  JsValue *constants;          /* numbers, atoms, symbols, arrays of names */
  guint32  n_constants;
  JsFunctionProto **children;  /* nested functions, by CLOSURE index */
  guint32  n_children;
  JsPcRange *ranges;
  guint32  n_ranges;
  guint32 *trace_ranges;       /* js-trace.c: per pc, the trace's range index + 1 of a
                                * STATEMENT (NONE: it has none), then the function's
                                * own; 0 until first traced */
  JsValue *templates;          /* tagged template objects by site, JS_EMPTY until first use */
  guint32  n_templates;
  guint32  n_locals;           /* registers */
  guint32  n_params;           /* leading registers filled from the arguments (simple lists) */
  guint32  max_stack;
  guint32  max_handlers;
  guint32  length;             /* the function's "length" */
  guint32  flags;              /* JS_PROTO_* */
  guint32  instance_props;     /* own properties of the last object `new` made with it as new.target
                                * had on return: the next one is allocated with room for them */
  JsString *name;              /* the function's name ("" when anonymous) */
  JsSource *source;
  guint32  source_start, source_end;   /* byte offsets into source->text */
  int      line, column;       /* where the function starts */
};

/* Function.prototype.toString: the source text of a compiled function
 * (not NUL-terminated; `*length` bytes).  NULL when unknown. */
const char *js_proto_get_source (JsFunctionProto *proto, gsize *length);

/* A human-readable listing of a function and its children. */
char *js_proto_dump (JsFunctionProto *proto);

/* The source range of the instruction at `pc` (FALSE when none). */
gboolean js_proto_range_at (JsFunctionProto *proto, guint32 pc, JsSourceRange *range);

/* An exception handler pushed by TRY. */
typedef struct {
  guint32  target;             /* catch / finally entry */
  guint32  sp;                 /* operand stack height to restore */
  JsScope *scope;              /* scope chain to restore */
} JsHandler;

/* JsFrame.flags */
enum {
  JS_FRAME_BOUNDARY  = 1 << 0,  /* returning or suspending leaves the run loop (C called it) */
  JS_FRAME_CONSTRUCT = 1 << 1,  /* [[Construct]]: a base constructor's result is `this` */
  JS_FRAME_OWN_ARGS  = 1 << 2,  /* argv points into the frame's own slots */
};

/* A running (or suspended) function activation.  Frames live on the heap:
 * a generator or async function keeps its frame while suspended, and the
 * run loop calls JS functions by pushing frames, never by C recursion. */
struct JsFrame {
  JsFrame  *parent;            /* the caller (or the resumer) while running */
  JsFunctionProto *proto;
  JsObject *callee;
  JsScope  *scope;             /* innermost scope record */
  JsValue   this_value;
  JsValue   new_target;
  JsObject *generator;         /* the GENERATOR / ASYNC_* object owning this frame, or NULL */
  const JsValue *argv;         /* the arguments; valid until the prologue ends */
  int       argc;
  const guint32 *pc;           /* the instruction running (in proto->code) */
  guint32   pop_count;         /* caller stack values to pop when this frame returns */
  guint16   flags;
  guint16   n_handlers;
  int       depth;             /* J->call_depth inside this frame */
  guint32   n_slots;           /* allocated slots (frame pool size class) */
  JsHandler *handlers;         /* proto->max_handlers entries */
  JsValue  *sp;                /* operand stack top (next free slot) */
  JsValue   slots[];           /* n_locals registers, then the operand stack */
};

static inline JsValue *js_frame_stack_base (JsFrame *frame) { return frame->slots + frame->proto->n_locals; }

/* VM entry points for js-function.c and js-generator.c. */

/* Creates a frame for calling closure `fn` (not yet linked or run).
 * `argv` must stay valid and reachable until the function's prologue ran:
 * with `copy_args` the frame keeps its own copy. */
JsFrame *js_vm_frame_new (JsState *J, JsObject *fn, JsValue this_value, int argc,
                          const JsValue *argv, JsValue new_target, gboolean copy_args);
void     js_vm_frame_free (JsState *J, JsFrame *frame);
/* Marks what a frame references (the GC, through frames' owners). */
void     js_vm_frame_mark (JsState *J, JsFrame *frame);
/* Runs `frame` as a boundary frame on top of J->frame until it returns,
 * suspends, or throws (the exception propagates). */
JsValue  js_vm_run_frame (JsState *J, JsFrame *frame);

/* Function objects */
JsObject *js_closure_new (JsState *J, JsFunctionProto *proto, JsScope *scope);

/* Generators (js-generator.c) for the VM */
typedef enum {
  JS_GEN_SUSPENDED_START,
  JS_GEN_SUSPENDED_YIELD,
  JS_GEN_EXECUTING,
  JS_GEN_AWAITING_RETURN,
  JS_GEN_COMPLETED,
} JsGeneratorState;

/* Creates the GENERATOR, ASYNC_FUNCTION or ASYNC_GENERATOR object that owns `frame`. */
JsObject *js_generator_new (JsState *J, JsClassId class_id, JsFrame *frame);
JsGeneratorState js_generator_get_state (JsObject *generator);
void      js_generator_set_state (JsObject *generator, JsGeneratorState state);
/* The promise of an async function. */
JsObject *js_generator_get_promise (JsObject *generator);
/* The frame has finished: drop it (the generator no longer owns a frame). */
void      js_generator_detach_frame (JsState *J, JsObject *generator);

/* Async generators: the spec operations the VM performs at yield, return and throw. */
void      js_async_generator_complete_step (JsState *J, JsObject *generator, gboolean is_throw, JsValue value, gboolean done);
void      js_async_generator_drain_queue (JsState *J, JsObject *generator);
/* The first queued request's completion, if any (for AsyncGeneratorYield step 14). */
gboolean  js_async_generator_peek_request (JsObject *generator, JsResumeMode *mode, JsValue *value);

/* CreateAsyncFromSyncIterator */
void      js_create_async_from_sync_iterator (JsState *J, JsIteratorRecord *sync, JsIteratorRecord *result);

G_END_DECLS
