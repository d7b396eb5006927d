/* js-internal.h: the engine's internal interface — values, the heap, strings,
 * objects, errors, conversions, and what each module offers the others.
 *
 * Rules every module follows (the reasons are in the comments below):
 *  - JsState *J comes first in every function that may allocate or throw.
 *  - Values are opaque: use the js_* accessors, never the bits.
 *  - JS exceptions are thrown with longjmp (js_throw*).  Between a
 *    js_try_begin and its catch, do not rely on g_autoptr/g_autofree cleanup:
 *    a longjmp skips it.  Free C memory before calling anything that may throw,
 *    or keep it in GC-owned objects.
 *  - The garbage collector runs only at VM safepoints, and only while no native
 *    function is active (J->native_depth == 0).  A native (builtin) may
 *    therefore keep JsValues and JsObject pointers in C locals for its whole
 *    duration, even across js_call: nothing it holds can be collected.
 *    Allocation never collects.
 */
#pragma once

#include <glib.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include "js.h"
#include "js-trace.h"

G_BEGIN_DECLS

typedef struct JsGc JsGc;
typedef struct JsString JsString;
typedef struct JsSymbol JsSymbol;
typedef struct JsBigInt JsBigInt;
typedef struct JsObject JsObject;
typedef struct JsScope JsScope;
typedef struct JsFrame JsFrame;                  /* js-compile.h */
typedef struct JsFunctionProto JsFunctionProto;  /* js-compile.h */
typedef struct JsMapData JsMapData;              /* js-builtin-map.c */
typedef struct JsPromiseData JsPromiseData;      /* js-builtin-promise.c */
typedef struct JsGeneratorData JsGeneratorData;  /* js-generator.c */
typedef struct JsTrace JsTrace;                  /* js-trace.c */
typedef struct JsHost JsHost;                    /* js-host-*.c */
typedef struct JsArgumentsMap JsArgumentsMap;    /* js-arguments.c */

/* ------------------------------------------------------------------------
 * Values: NaN-boxed 64-bit words.
 *
 * A double is stored as itself (NaN canonicalised to one quiet NaN); every
 * other value lives in the negative quiet-NaN space that canonical doubles
 * never use: the top 16 bits are the tag, the low 48 bits a pointer or
 * payload.  The struct wrapper makes a mix-up with a raw double a compile
 * error.
 * ------------------------------------------------------------------------ */

typedef struct { uint64_t bits; } JsValue;

#define JS_TAG_SHIFT      48
#define JS_PAYLOAD_MASK   ((UINT64_C (1) << JS_TAG_SHIFT) - 1)

typedef enum {
  /* 0xFFF8 << 48 alone is a negative quiet NaN, which js_number
   * canonicalises away; a BigInt's payload is never 0. */
  JS_TAG_BIGINT    = 0xFFF8,
  JS_TAG_UNDEFINED = 0xFFF9,
  JS_TAG_NULL      = 0xFFFA,
  JS_TAG_BOOLEAN   = 0xFFFB,
  JS_TAG_STRING    = 0xFFFC,
  JS_TAG_SYMBOL    = 0xFFFD,
  JS_TAG_OBJECT    = 0xFFFE,
  /* Engine-internal values that JS code never sees: JS_EMPTY (array holes,
   * uninitialised `let` bindings in the TDZ) and pointers to internal GC
   * things (scopes and records the VM keeps in registers). */
  JS_TAG_INTERNAL  = 0xFFFF,
} JsTag;

#define JS_MAKE(tag, payload) ((JsValue) { ((uint64_t) (tag) << JS_TAG_SHIFT) | ((uint64_t) (payload) & JS_PAYLOAD_MASK) })

#define JS_UNDEFINED  JS_MAKE (JS_TAG_UNDEFINED, 0)
#define JS_NULL       JS_MAKE (JS_TAG_NULL, 0)
#define JS_FALSE      JS_MAKE (JS_TAG_BOOLEAN, 0)
#define JS_TRUE       JS_MAKE (JS_TAG_BOOLEAN, 1)
#define JS_EMPTY      JS_MAKE (JS_TAG_INTERNAL, 0)

static inline JsTag    js_value_tag (JsValue v)       { return (JsTag) (v.bits >> JS_TAG_SHIFT); }
static inline gboolean js_is_number (JsValue v)       { return v.bits < ((uint64_t) JS_TAG_BIGINT << JS_TAG_SHIFT); }
static inline gboolean js_is_undefined (JsValue v)    { return v.bits == JS_UNDEFINED.bits; }
static inline gboolean js_is_null (JsValue v)         { return v.bits == JS_NULL.bits; }
static inline gboolean js_is_nullish (JsValue v)      { return js_is_undefined (v) || js_is_null (v); }
/* Canonical doubles never reach the tag range, so comparing the tag is enough. */
static inline gboolean js_is_boolean (JsValue v)      { return js_value_tag (v) == JS_TAG_BOOLEAN; }
static inline gboolean js_is_string (JsValue v)       { return js_value_tag (v) == JS_TAG_STRING; }
static inline gboolean js_is_symbol (JsValue v)       { return js_value_tag (v) == JS_TAG_SYMBOL; }
static inline gboolean js_is_bigint (JsValue v)       { return js_value_tag (v) == JS_TAG_BIGINT; }
static inline gboolean js_is_object (JsValue v)       { return js_value_tag (v) == JS_TAG_OBJECT; }
static inline gboolean js_is_empty (JsValue v)        { return v.bits == JS_EMPTY.bits; }
static inline gboolean js_is_internal (JsValue v)     { return js_value_tag (v) == JS_TAG_INTERNAL; }
static inline gboolean js_value_is_gc_thing (JsValue v)
{
  JsTag t = js_value_tag (v);
  return t == JS_TAG_STRING || t == JS_TAG_SYMBOL || t == JS_TAG_OBJECT || t == JS_TAG_BIGINT ||
         (t == JS_TAG_INTERNAL && (v.bits & JS_PAYLOAD_MASK) != 0);
}

static inline JsValue js_number (double d)
{
  JsValue v;
  if (G_UNLIKELY (d != d))
    v.bits = UINT64_C (0x7FF8000000000000);
  else
    memcpy (&v.bits, &d, sizeof d);
  return v;
}
static inline double   js_get_number (JsValue v)      { double d; memcpy (&d, &v.bits, sizeof d); return d; }
static inline JsValue  js_boolean (gboolean b)        { return b ? JS_TRUE : JS_FALSE; }
static inline gboolean js_get_boolean (JsValue v)     { return (v.bits & 1) != 0; }
static inline void    *js_get_pointer (JsValue v)     { return (void *) (uintptr_t) (v.bits & JS_PAYLOAD_MASK); }
static inline JsValue  js_string_value (JsString *s)  { return JS_MAKE (JS_TAG_STRING, (uintptr_t) s); }
static inline JsValue  js_symbol_value (JsSymbol *s)  { return JS_MAKE (JS_TAG_SYMBOL, (uintptr_t) s); }
static inline JsValue  js_bigint_value (JsBigInt *b)  { return JS_MAKE (JS_TAG_BIGINT, (uintptr_t) b); }
static inline JsValue  js_object_value (JsObject *o)  { return JS_MAKE (JS_TAG_OBJECT, (uintptr_t) o); }
static inline JsValue  js_internal_value (JsGc *g)    { return JS_MAKE (JS_TAG_INTERNAL, (uintptr_t) g); }
/* A string value's flat JsString (flattening a rope): defined with the strings below. */
static inline JsString *js_get_string (JsValue v);
static inline JsSymbol *js_get_symbol (JsValue v)     { return (JsSymbol *) js_get_pointer (v); }
static inline JsBigInt *js_get_bigint (JsValue v)     { return (JsBigInt *) js_get_pointer (v); }
static inline JsObject *js_get_object (JsValue v)     { return (JsObject *) js_get_pointer (v); }
static inline gboolean js_value_identical (JsValue a, JsValue b) { return a.bits == b.bits; }

/* ------------------------------------------------------------------------
 * The heap (js-gc.c): precise mark-and-sweep with explicit roots.
 * ------------------------------------------------------------------------ */

typedef enum {
  JS_GC_STRING,
  JS_GC_SYMBOL,
  JS_GC_OBJECT,
  JS_GC_SCOPE,
  JS_GC_INTERNAL,   /* starts with JsGcInternal: a record with its own mark/free */
  JS_GC_BIGINT,     /* a JsBigInt: no children, no external memory */
  JS_GC_ROPE,       /* a JsRope: a lazily concatenated string (js-rope.c) */
} JsGcKind;

/* Every GC thing is in J->gc_things: an array, not a list threaded through
 * the things, so that the sweep reads it sequentially and prefetches. */
struct JsGc {
  guint8  gc_kind;      /* JsGcKind */
  guint8  gc_mark;
  guint16 gc_flags;     /* owner-defined */
  guint32 gc_size;      /* bytes counted for this thing (excluding external buffers) */
};

typedef struct JsGcInternal JsGcInternal;
typedef struct {
  const char *name;
  void (*mark) (JsState *J, JsGcInternal *self);   /* call js_gc_mark_* on what it references */
  /* Frees external memory; may be NULL.  Like every finalizer (host classes,
   * js_*_data_free) it must neither allocate nor touch other GC things: they
   * may be freed already, in no particular order. */
  void (*finalize) (JsState *J, JsGcInternal *self); /* free external memory; may be NULL */
} JsGcInternalClass;

struct JsGcInternal {
  JsGc gc;
  const JsGcInternalClass *klass;
};

/* Allocates `size` zeroed bytes, links them into the heap.  Never collects;
 * throws a budget termination when the heap budget is exceeded. */
void    *js_gc_alloc (JsState *J, JsGcKind kind, gsize size);
JsGcInternal *js_gc_alloc_internal (JsState *J, const JsGcInternalClass *klass, gsize size);
/* A small zeroed buffer of fixed size for a GC thing's class data, from the
 * same size classes as the things (cheaper than g_malloc); free it with the
 * same size.  Account for it with js_gc_account like any other buffer. */
void    *js_gc_buffer_new (JsState *J, gsize size);
void     js_gc_buffer_free (JsState *J, void *buffer, gsize size);
/* Buffers owned by a GC thing (property tables, elements) are g_malloc'd and
 * reported here so that collection pacing and the heap budget see them. */
void     js_gc_account (JsState *J, gssize delta_bytes);
/* A safepoint: collects if the pacing (or stress mode) says so and no native
 * is active.  Only the VM calls this, where all live values are in frames. */
void     js_gc_safepoint (JsState *J);
/* The pacing: gc_bytes at which the next safepoint collects (js-gc.c). */
gsize    js_gc_next_threshold (JsState *J);
/* Collects now.  Call it only where every live value is reachable from a
 * root: a VM safepoint, the host between tasks, a test holding only rooted
 * values — never from a native, whose C locals the collector cannot see. */
void     js_gc_collect (JsState *J);
/* Frees every GC thing, reachable or not, running finalizers (js_state_free). */
void     js_gc_free_all (JsState *J);
void     js_gc_mark_value (JsState *J, JsValue v);
void     js_gc_mark_thing (JsState *J, JsGc *thing);  /* NULL is fine */
/* Extra roots registered by C code that holds values across safepoints
 * (the host's timer table, the trace).  Removed with the same pointer. */
void     js_gc_add_root (JsState *J, JsValue *root);
void     js_gc_remove_root (JsState *J, JsValue *root);

/* Class data owned by other modules: the GC calls these for objects of
 * those classes (mark what the data references; free it when swept). */
void js_map_data_mark (JsState *J, JsMapData *data);
void js_map_data_free (JsState *J, JsMapData *data);
void js_promise_data_mark (JsState *J, JsPromiseData *data);
void js_promise_data_free (JsState *J, JsPromiseData *data);
void js_generator_data_mark (JsState *J, JsGeneratorData *data);
void js_generator_data_free (JsState *J, JsGeneratorData *data);

/* Read-only views of that data for util.inspect (js-inspect.c calls them).
 * js-builtin-map.c implements these three: the live entry count; the live
 * entries in insertion order (*cursor starts at 0, FALSE after the last
 * entry; for sets *value is the key); and, when `iter` is a Map or Set
 * iterator, its remaining entries without advancing it (V8's previewEntries):
 * a new array, flat [k1, v1, k2, v2, …] when *is_key_value (entries()),
 * otherwise the keys or values; *is_set tells which collection it walks.
 * Returns FALSE for any other iterator. */
guint32  js_map_data_size (JsMapData *data);
gboolean js_map_data_iterate (JsMapData *data, guint32 *cursor, JsValue *key, JsValue *value);
gboolean js_map_iterator_preview (JsState *J, JsObject *iter, gboolean *is_set, gboolean *is_key_value, JsObject **entries);

/* Each module that owns roots marks them from here (called by js_gc_collect). */
void js_vm_mark_roots (JsState *J);       /* frames, the operand stacks, compiled protos */
void js_job_mark_roots (JsState *J);      /* job queues */
void js_host_mark_roots (JsState *J);     /* timers, immediates, nextTick queue, DOM */
void js_trace_mark_roots (JsState *J);    /* nothing if the trace copies what it needs */

/* ------------------------------------------------------------------------
 * Strings (js-string.c): immutable UTF-16.  Property names are interned
 * ("atoms"), so property lookup compares pointers.
 * ------------------------------------------------------------------------ */

enum {
  JS_STRING_INTERNED    = 1 << 0,
  JS_STRING_HASHED      = 1 << 1,
  JS_STRING_ARRAY_INDEX = 1 << 2,  /* canonical "0".."4294967294": `index` is valid (interned strings only) */
};

struct JsString {
  JsGc     gc;          /* gc_flags: JS_STRING_* */
  guint32  length;      /* UTF-16 code units */
  guint32  hash;
  guint32  index;       /* when JS_STRING_ARRAY_INDEX */
  uint16_t chars[];
};

/* Ropes (js-rope.c): `s += x` in a loop must take linear time, so a long
 * concatenation does not copy.  js_string_concat_values returns a *rope*
 * instead: a GC thing of kind JS_GC_ROPE holding its two halves (each a
 * flat JsString or another rope) and the total length.  A rope is boxed
 * with the string tag, so js_is_string and typeof see a string.
 *
 * The invariant that keeps the rest of the engine simple: every JsString *
 * is flat.  The one way from a string value to a JsString * is
 * js_get_string, which flattens a rope on first use — iteratively, ropes can
 * be a million levels deep — into a new flat string that the rope keeps
 * (dropping its halves), so later reads cost one test.  Flattening
 * allocates, which never collects, so it is safe anywhere; it may end the
 * run on the heap budget like any allocation.  js_get_string takes no J, so
 * a rope remembers its state.
 *
 * Concatenations shorter than JS_ROPE_MIN_LENGTH stay flat: copying them is
 * cheaper than a rope and a later flatten.  Atoms are never ropes (js_intern
 * takes a JsString *). */
#define JS_ROPE_MIN_LENGTH 64

typedef struct JsRope JsRope;
struct JsRope {
  JsGc     gc;          /* gc_flags: JS_ROPE_FLAT once `left` is the flat string and `right` NULL */
  guint32  length;      /* UTF-16 code units, like JsString's */
  JsState *J;
  JsGc    *left;        /* a JsString or a JsRope */
  JsGc    *right;
};
enum { JS_ROPE_FLAT = 1 << 0 };

/* The flat string of a rope: built on first call, then kept. */
JsString *js_rope_flatten (JsRope *rope);
/* a + b for two string values: a rope when long enough, else a flat copy.
 * Throws RangeError "Invalid string length" past JS_STRING_MAX_LENGTH. */
JsValue   js_string_concat_values (JsState *J, JsValue a, JsValue b);
/* s + ToString(d), or ToString(d) + s when `number_first` (the `+` operator). */
JsValue   js_string_concat_number (JsState *J, JsValue s, double d, gboolean number_first);
/* The length of a string value, without flattening a rope. */
guint32   js_string_value_length (JsValue v);

static inline JsString *
js_get_string (JsValue v)
{
  JsGc *thing = (JsGc *) js_get_pointer (v);

  if (G_UNLIKELY (thing->gc_kind == JS_GC_ROPE))
    {
      JsRope *rope = (JsRope *) thing;
      return (rope->gc.gc_flags & JS_ROPE_FLAT) ? (JsString *) rope->left : js_rope_flatten (rope);
    }
  return (JsString *) thing;
}

/* V8's String::kMaxLength on 64-bit hosts: longer results are a RangeError
 * ("Invalid string length"), exactly where Node throws. */
#define JS_STRING_MAX_LENGTH ((1u << 29) - 24)
JsString *js_string_new (JsState *J, const uint16_t *chars, guint32 length);
JsString *js_string_new_uninit (JsState *J, guint32 length);   /* fill chars[] before any other use */
JsString *js_string_new_utf8 (JsState *J, const char *utf8, gssize length);  /* length -1: NUL-terminated */
/* A NUL-terminated UTF-8 text as a string value. */
static inline JsValue js_string_value_utf8 (JsState *J, const char *utf8)
{ return js_string_value (js_string_new_utf8 (J, utf8, -1)); }
JsString *js_string_new_latin1 (JsState *J, const char *chars, gsize length);
JsString *js_string_printf (JsState *J, const char *format, ...) G_GNUC_PRINTF (2, 3);
JsString *js_string_concat (JsState *J, JsString *a, JsString *b);
JsString *js_string_substring (JsState *J, JsString *s, guint32 start, guint32 end);
JsString *js_string_from_number (JsState *J, double d);         /* Number::toString(10) */
JsString *js_string_from_char_code (JsState *J, uint16_t unit);  /* cached for < 128 */
gboolean  js_string_equal (const JsString *a, const JsString *b);
int       js_string_compare (const JsString *a, const JsString *b);  /* by code units, like `<` */
guint32   js_string_hash (JsString *s);
gboolean  js_string_equal_ascii (const JsString *s, const char *ascii);
/* UTF-8 copy (g_free it); lone surrogates become U+FFFD. */
char     *js_string_to_utf8 (const JsString *s);
/* Appends the UTF-8 form to a GString. */
void      js_string_append_to (GString *out, const JsString *s);

/* The atom table: interned strings, unique by content.  Atoms are ordinary
 * GC strings; the table is weak (an unreferenced atom is collected). */
JsString *js_intern (JsState *J, JsString *s);
JsString *js_intern_utf8 (JsState *J, const char *utf8);
JsString *js_intern_chars (JsState *J, const uint16_t *chars, guint32 length);
JsString *js_intern_index (JsState *J, guint32 index);   /* "0", "1", … */
/* The atom table for J->atom_table (js_state_new): hashes and compares by content. */
GHashTable *js_atom_table_new (void);

/* Atoms the engine uses all the time, created once per state:
 * JS_ATOM (J, length) is the interned "length" (a JsString *),
 * JS_KEY (J, length) the same as a property key (a JsValue). */
#define JS_ATOMS(X) \
  X (empty, "") X (length, "length") X (prototype, "prototype") X (constructor, "constructor") \
  X (name, "name") X (message, "message") X (cause, "cause") X (errors, "errors") X (stack, "stack") \
  X (toString, "toString") X (valueOf, "valueOf") X (toJSON, "toJSON") X (toLocaleString, "toLocaleString") \
  X (value, "value") X (done, "done") X (next, "next") X (return, "return") X (throw, "throw") \
  X (then, "then") X (catch, "catch") X (finally, "finally") \
  X (get, "get") X (set, "set") X (writable, "writable") X (enumerable, "enumerable") X (configurable, "configurable") \
  X (arguments, "arguments") X (caller, "caller") X (callee, "callee") X (__proto__, "__proto__") \
  X (undefined, "undefined") X (null, "null") X (true, "true") X (false, "false") \
  X (number, "number") X (string, "string") X (boolean, "boolean") X (object, "object") \
  X (function, "function") X (symbol, "symbol") X (bigint, "bigint") X (default, "default") \
  X (NaN, "NaN") X (Infinity, "Infinity") X (anonymous, "anonymous") X (index, "index") X (input, "input") \
  X (size, "size") X (status, "status") X (reason, "reason") X (fulfilled, "fulfilled") X (rejected, "rejected") \
  X (join, "join") X (lastIndex, "lastIndex") X (globalThis, "globalThis") X (raw, "raw") \
  X (Symbol_iterator_desc, "Symbol.iterator") X (bound_, "bound ") X (get_, "get ") X (set_, "set ")

typedef enum {
#define JS_ATOM_ENUM(id, text) JS_ATOM_##id,
  JS_ATOMS (JS_ATOM_ENUM)
#undef JS_ATOM_ENUM
  JS_N_ATOMS
} JsAtomId;

#define JS_ATOM(J, id)  ((J)->atoms[JS_ATOM_##id])
#define JS_KEY(J, id)   js_string_value ((J)->atoms[JS_ATOM_##id])

/* ------------------------------------------------------------------------
 * Symbols (js-builtin-symbol.c owns the constructor; the type is here).
 * ------------------------------------------------------------------------ */

struct JsSymbol {
  JsGc      gc;
  JsString *description;   /* NULL when undefined */
  guint32   hash;
};

JsSymbol *js_symbol_new (JsState *J, JsString *description);

/* gc_flags of a JsSymbol that is a class's private name (#x, created by the
 * VM): a property key that reflection never lists — js_own_property_keys
 * (and so Object.getOwnPropertySymbols, inspect, spread) skips it. */
enum { JS_SYMBOL_PRIVATE = 1 << 0 };

#define JS_WELL_KNOWN_SYMBOLS(X) \
  X (iterator) X (asyncIterator) X (hasInstance) X (toPrimitive) X (toStringTag) \
  X (species) X (isConcatSpreadable) X (unscopables) X (match) X (matchAll) X (replace) \
  X (search) X (split)

typedef enum {
#define JS_SYMBOL_ENUM(id) JS_SYMBOL_##id,
  JS_WELL_KNOWN_SYMBOLS (JS_SYMBOL_ENUM)
#undef JS_SYMBOL_ENUM
  JS_N_SYMBOLS
} JsWellKnownSymbol;

#define JS_SYMBOL(J, id)      ((J)->symbols[JS_SYMBOL_##id])
#define JS_SYMBOL_KEY(J, id)  js_symbol_value ((J)->symbols[JS_SYMBOL_##id])

/* ------------------------------------------------------------------------
 * BigInts (js-bigint.c): immutable arbitrary-precision integers, sign and
 * magnitude.  Values compare by content (===, SameValueZero), never by
 * pointer.  The constructor and prototype are in js-builtin-bigint.c.
 * Quadratic work (multiplying, dividing, printing large values) counts
 * against the step budget, so any of these may end the run with a budget
 * termination instead of computing for hours.
 * ------------------------------------------------------------------------ */

struct JsBigInt {
  JsGc     gc;
  guint32  length;      /* limbs in use; 0 for 0n, else limbs[length - 1] != 0 */
  guint32  negative;    /* never set for 0n */
  guint32  limbs[];     /* the magnitude, least significant limb first */
};

/* V8's BigInt::kMaxLengthBits: a larger result is a RangeError
 * "Maximum BigInt size exceeded". */
#define JS_BIGINT_MAX_BITS (1u << 30)

JsValue   js_bigint_from_int64 (JsState *J, gint64 v);
JsValue   js_bigint_from_uint64 (JsState *J, guint64 v);
/* BigInt.asIntN(64, v) / BigInt.asUintN(64, v): the low 64 bits (typed arrays). */
gint64    js_bigint_to_int64 (JsValue v);
guint64   js_bigint_to_uint64 (JsValue v);
/* ToBigInt (7.1.13): throws V8's TypeError / SyntaxError for what does not convert. */
JsValue   js_to_bigint (JsState *J, JsValue v);
/* NumberToBigInt (21.2.1.1.1): RangeError for non-integers. */
JsValue   js_number_to_bigint (JsState *J, double d);
/* StringToBigInt (7.1.14): JS_UNDEFINED when `s` is not a StringIntegerLiteral. */
JsValue   js_string_to_bigint (JsState *J, const JsString *s);
/* A BigInt literal as the lexer keeps it (JsToken.name): the digits
 * without separators or `n`, after a lower-case 0x / 0o / 0b prefix. */
JsValue   js_bigint_from_literal (JsState *J, const char *text);
/* BigInt::toString(x, radix) for radix 2..36, and a g_malloc'd C string. */
JsString *js_bigint_to_string (JsState *J, JsValue v, int radix);
char     *js_bigint_to_cstring (JsState *J, JsValue v, int radix);
/* Number(x): rounds to nearest, ties to even. */
double    js_bigint_to_number (JsValue v);
gboolean  js_bigint_is_zero (JsValue v);
/* -1, 0, 1 by value; js_bigint_compare_number returns 2 when `d` is NaN. */
int       js_bigint_compare (JsValue a, JsValue b);
int       js_bigint_compare_number (JsValue a, double d);
gboolean  js_bigint_equal (JsValue a, JsValue b);
guint32   js_bigint_hash (JsValue v);
/* The operators on two BigInts, `op` a JsOpcode among SUB MUL DIV MOD EXP
 * SHL SHR USHR BITAND BITOR BITXOR and ADD (js-compile.h); unary minus,
 * ~, ++ and -- on one.  RangeErrors and TypeErrors as V8 words them. */
JsValue   js_bigint_binary (JsState *J, int op, JsValue a, JsValue b);
JsValue   js_bigint_negate (JsState *J, JsValue v);
JsValue   js_bigint_bitwise_not (JsState *J, JsValue v);
JsValue   js_bigint_add_small (JsState *J, JsValue v, gint32 delta);
/* BigInt.asIntN / BigInt.asUintN (21.2.2.1–2). */
JsValue   js_bigint_as_int_n (JsState *J, guint64 bits, JsValue v);
JsValue   js_bigint_as_uint_n (JsState *J, guint64 bits, JsValue v);

/* ------------------------------------------------------------------------
 * Scopes: heap environment records for variables that closures capture.
 * Variables no closure captures live in frame registers instead.
 * ------------------------------------------------------------------------ */

struct JsScope {
  JsGc     gc;
  JsScope *parent;
  guint32  n_slots;
  JsValue  slots[];
};

JsScope *js_scope_new (JsState *J, JsScope *parent, guint32 n_slots);  /* slots start as JS_EMPTY */

/* ------------------------------------------------------------------------
 * Objects (js-object.c)
 * ------------------------------------------------------------------------ */

#define JS_CLASSES(X) \
  X (OBJECT, "Object") X (ARRAY, "Array") X (FUNCTION, "Function") \
  X (NATIVE_FUNCTION, "Function") X (BOUND_FUNCTION, "Function") \
  X (ERROR, "Error") X (BOOLEAN, "Boolean") X (NUMBER, "Number") X (STRING, "String") \
  X (SYMBOL, "Symbol") X (BIGINT, "BigInt") X (ARGUMENTS, "Arguments") X (DATE, "Date") X (REGEXP, "RegExp") \
  X (MAP, "Map") X (SET, "Set") X (WEAKMAP, "WeakMap") X (WEAKSET, "WeakSet") \
  X (WEAKREF, "WeakRef") X (PROMISE, "Promise") \
  X (GENERATOR, "Generator") X (ASYNC_GENERATOR, "AsyncGenerator") \
  X (ASYNC_FUNCTION, "AsyncFunction") /* the suspended state of a running async function */ \
  X (ITERATOR, "Iterator")            /* builtin iterators: array, string, map, set, regexp string */ \
  X (HOST, "Object")                  /* host objects (Timeout, DOM nodes, …): u.host */ \
  X (ARRAY_BUFFER, "ArrayBuffer")     /* u.buffer */ \
  X (TYPED_ARRAY, "TypedArray")       /* u.view: an integer-indexed exotic object */ \
  X (DATA_VIEW, "DataView")           /* u.view */ \
  X (PROXY, "Object")                 /* a proxy exotic object (10.5): u.proxy */ \
  X (MAPPED_ARGUMENTS, "Arguments")   /* a sloppy function's arguments with a parameter map (10.4.4): u.arguments_map */ \
  X (MODULE_NAMESPACE, "Module")      /* a module namespace exotic object (10.4.6, js-module.c) */

typedef enum {
#define JS_CLASS_ENUM(id, name) JS_CLASS_##id,
  JS_CLASSES (JS_CLASS_ENUM)
#undef JS_CLASS_ENUM
  JS_N_CLASSES
} JsClassId;

/* Property attribute bits (JsProperty.flags, JsPropertyDescriptor.flags). */
enum {
  JS_PROP_WRITABLE     = 1 << 0,
  JS_PROP_ENUMERABLE   = 1 << 1,
  JS_PROP_CONFIGURABLE = 1 << 2,
  JS_PROP_ACCESSOR     = 1 << 3,   /* value = the getter and setter, paired (js-object.c) */
};
#define JS_PROP_DEFAULT  (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE)  /* assignment, literals */
#define JS_PROP_HIDDEN   (JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE)                       /* builtin methods */

/* 24 bytes: an accessor's two functions share `value` as one internal GC
 * thing, so that the data properties that make up nearly every object do
 * not pay for a setter slot.  Only js-object.c looks inside accessors. */
typedef struct {
  JsValue key;       /* an atom (interned string) or a symbol; JS_EMPTY for a deleted slot */
  JsValue value;     /* a data property's value; with JS_PROP_ACCESSOR, the getter/setter pair */
  guint32 flags;
} JsProperty;

/* Object flags (JsObject.flags). */
enum {
  JS_OBJECT_EXTENSIBLE      = 1 << 0,
  JS_OBJECT_CALLABLE        = 1 << 1,
  JS_OBJECT_CONSTRUCTOR     = 1 << 2,
  JS_OBJECT_CLASS_CONSTRUCTOR = 1 << 3,  /* throws when called without new */
  JS_OBJECT_DERIVED         = 1 << 4,    /* class constructor with extends */
  JS_OBJECT_ARROW           = 1 << 5,
  JS_OBJECT_HTMLDDA         = 1 << 6,    /* unused; reserved */
  JS_OBJECT_EXOTIC          = 1 << 7,    /* its class registered JsExoticMethods (js_object_new_class sets it) */
};

typedef struct JsHostClass JsHostClass;
struct JsHostClass {
  const char *name;
  void (*mark) (JsState *J, JsObject *obj);
  void (*finalize) (JsState *J, JsObject *obj);
};

/* Native (builtin) functions.  `argv` has `argc` values and stays valid for
 * the call; read arguments with js_arg so missing ones are undefined.
 * `new_target` is undefined for a plain call, the constructor for `new`.
 * `callee` is the function object (its captures hold closed-over data). */
typedef JsValue (*JsNativeFn) (JsState       *J,
                               JsValue        this_value,
                               int            argc,
                               const JsValue *argv,
                               JsValue        new_target,
                               JsObject      *callee);

static inline JsValue js_arg (int argc, const JsValue *argv, int i)
{
  return i < argc ? argv[i] : JS_UNDEFINED;
}

/* An object's allocation is as large as its class needs (js-object.c): the
 * fixed fields, then only the member of `u` that its class uses (none for
 * OBJECT and ERROR), then room for the first few properties, which `props`
 * points at until the table outgrows them.  So code must touch only the
 * member of `u` that belongs to obj->class_id, and class_id never changes
 * (except for an object made by js_object_new_reclassable). */
struct JsObject {
  JsGc        gc;
  guint8      class_id;     /* JsClassId */
  guint8      flags;        /* JS_OBJECT_* */
  guint16     reserved;
  guint32     n_props;      /* used slots in props, including deleted ones */
  guint32     cap_props;
  guint32     n_deleted;
  JsObject   *proto;        /* NULL for null */
  JsProperty *props;        /* insertion order (a large table is followed by its hash index) */
  union {
    /* ARRAY and ARGUMENTS: dense elements 0..length-1 (JS_EMPTY for holes);
     * elements beyond a sparse write live in props like any other key.
     * Fast paths may read elements[i] for i < length: a value other than
     * JS_EMPTY is a plain writable, enumerable, configurable data property.
     * An array's JS "length" is js_array_length(): it equals `length` unless
     * the array went sparse (huge index, frozen, odd attributes), in which
     * case all its elements live in props, `length` is 0 and the JS length
     * is `sparse_length`.  `shifted` slots precede `elements` in its
     * allocation (js_array_shift_dense drops the first element in O(1));
     * `capacity` counts from `elements`. */
    struct { JsValue *elements; guint32 length; guint32 capacity; guint32 sparse_length; guint32 shifted; } array;
    /* FUNCTION: a closure over compiled code. */
    struct {
      JsFunctionProto *proto;  /* a GC thing: starts with JsGcInternal (js-compile.h) */
      JsScope *scope;
      JsValue  home_object;    /* for super lookups in methods; undefined otherwise */
      JsValue  fields;         /* class constructors: the field initialiser function, or undefined */
      JsValue  this_value;     /* arrows: captured this (when the compiler chooses to store it here) */
    } closure;
    /* captures come from js_gc_buffer_new, bound.args from g_malloc; the GC
     * frees both (not accounted). */
    struct { JsNativeFn fn; JsValue *captures; guint32 n_captures; } native;
    struct { JsValue target; JsValue bound_this; JsValue *args; guint32 n_args; } bound;
    /* BOOLEAN, NUMBER, STRING, SYMBOL, BIGINT wrappers; DATE: the time value;
     * ERROR: unused (message etc. are properties). */
    JsValue primitive;
    JsMapData *map;            /* MAP, SET, WEAKMAP, WEAKSET */
    JsPromiseData *promise;    /* PROMISE */
    JsGeneratorData *generator;/* GENERATOR, ASYNC_GENERATOR, ASYNC_FUNCTION */
    struct { JsValue target; JsValue extra; guint32 index; guint8 kind; gboolean done; } iter; /* ITERATOR */
    struct { const JsHostClass *klass; gpointer data; JsValue slots[4]; } host;
    JsValue weak_target;       /* WEAKREF */
    /* PROXY: [[ProxyTarget]] and [[ProxyHandler]], both null once revoked. */
    struct { JsValue target; JsValue handler; } proxy;
    /* MAPPED_ARGUMENTS: which indices alias which parameters (js-arguments.c);
     * its own properties are all ordinary props. */
    JsArgumentsMap *arguments_map;
    /* ARRAY_BUFFER: `data` is g_malloc'd and accounted (NULL when empty or
     * detached); max_byte_length is the resizable limit (== byte_length when fixed). */
    struct { guint8 *data; gsize byte_length; gsize max_byte_length; gboolean resizable; gboolean detached; } buffer;
    /* TYPED_ARRAY, DATA_VIEW: a window on an ARRAY_BUFFER.  `length` counts
     * elements (DATA_VIEW: bytes); a length-tracking view on a resizable
     * buffer computes it from the buffer (js_typed_array_length). */
    struct { JsObject *buffer; gsize byte_offset; gsize length; guint8 kind; gboolean length_tracking; } view;
  } u;
};

static inline gboolean js_object_is_callable (const JsObject *o) { return (o->flags & JS_OBJECT_CALLABLE) != 0; }
static inline gboolean js_is_callable (JsValue v) { return js_is_object (v) && js_object_is_callable (js_get_object (v)); }
static inline gboolean js_is_constructor (JsValue v) { return js_is_object (v) && (js_get_object (v)->flags & JS_OBJECT_CONSTRUCTOR); }
static inline gboolean js_is_array (JsValue v) { return js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_ARRAY; }

typedef struct {
  guint32 flags;     /* JS_PROP_* of the property */
  guint32 has;       /* JS_DESC_HAS_* : which fields a descriptor passed to define carries */
  JsValue value;
  JsValue getter;
  JsValue setter;
} JsPropertyDescriptor;

enum {
  JS_DESC_HAS_VALUE        = 1 << 0,
  JS_DESC_HAS_WRITABLE     = 1 << 1,
  JS_DESC_HAS_GET          = 1 << 2,
  JS_DESC_HAS_SET          = 1 << 3,
  JS_DESC_HAS_ENUMERABLE   = 1 << 4,
  JS_DESC_HAS_CONFIGURABLE = 1 << 5,
};

JsObject *js_object_new (JsState *J, JsObject *proto);             /* ordinary, extensible */
JsObject *js_object_new_class (JsState *J, JsClassId class_id, JsObject *proto);
JsObject *js_plain_object_new (JsState *J);                        /* proto = %Object.prototype% */
/* Like js_object_new_class, with room for the first `n_props` properties in
 * the object itself (an object literal's count, a function's own keys);
 * more are fine, they just cost a separate table. */
JsObject *js_object_new_sized (JsState *J, JsClassId class_id, JsObject *proto, guint32 n_props);
/* An ordinary object with room for any class's data, for the one object
 * whose class changes later: the browser's global becomes an EventTarget. */
JsObject *js_object_new_reclassable (JsState *J, JsObject *proto);
/* Frees an object's external buffers and class data (the GC's sweep). */
void      js_object_finalize (JsState *J, JsObject *obj);

/* Property keys are atoms or symbols.  ToPropertyKey for any value: */
JsValue   js_to_property_key (JsState *J, JsValue v);
JsValue   js_key_from_utf8 (JsState *J, const char *name);         /* interns */
JsValue   js_key_from_index (JsState *J, guint32 index);
/* TRUE when `key` is an array index; sets *index. */
gboolean  js_key_is_index (JsValue key, guint32 *index);

/* The object internal methods (ordinary objects, arrays, string wrappers,
 * arguments).  Keys must be property keys (see js_to_property_key). */
JsObject *js_object_get_prototype_of (JsState *J, JsObject *obj);
gboolean  js_object_set_prototype_of (JsState *J, JsObject *obj, JsObject *proto);  /* FALSE on cycle / non-extensible */
gboolean  js_object_prevent_extensions (JsState *J, JsObject *obj);
gboolean  js_get_own_property (JsState *J, JsObject *obj, JsValue key, JsPropertyDescriptor *out);
/* ValidateAndApplyPropertyDescriptor; with `throw_on_fail` a TypeError
 * ("Cannot redefine property: x") instead of FALSE. */
gboolean  js_define_own_property (JsState *J, JsObject *obj, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail);
gboolean  js_has_property (JsState *J, JsObject *obj, JsValue key);
gboolean  js_has_own_property (JsState *J, JsObject *obj, JsValue key);
JsValue   js_object_get (JsState *J, JsObject *obj, JsValue key, JsValue receiver);
/* [[Set]]; returns FALSE when the assignment failed (read-only, setter-less
 * accessor, non-extensible).  js_set throws in strict mode for that. */
gboolean  js_object_set (JsState *J, JsObject *obj, JsValue key, JsValue value, JsValue receiver);
gboolean  js_delete_property (JsState *J, JsObject *obj, JsValue key);

/* Own keys in the spec's order: array indices ascending, then strings in
 * insertion order, then symbols in insertion order.  Returns a g_malloc'd
 * array (g_free it) and its length. */
enum { JS_KEYS_STRINGS = 1 << 0, JS_KEYS_SYMBOLS = 1 << 1, JS_KEYS_ENUMERABLE_ONLY = 1 << 2 };
JsValue  *js_own_property_keys (JsState *J, JsObject *obj, guint flags, guint32 *n_keys);

/* Throws V8's TypeError for a strict-mode assignment that [[Set]] refused
 * ("Cannot assign to read only property 'x' of object '#<Object>'"). */
G_GNUC_NORETURN void js_throw_set_failure (JsState *J, JsValue obj, JsValue key);

/* Conveniences over the internal methods: */
JsValue   js_get (JsState *J, JsValue obj, JsValue key);            /* GetV: works on primitives too */
JsValue   js_get_index (JsState *J, JsValue obj, guint32 index);
JsValue   js_get_utf8 (JsState *J, JsValue obj, const char *name);
void      js_set (JsState *J, JsValue obj, JsValue key, JsValue value, gboolean strict);  /* PutValue */
void      js_set_index (JsState *J, JsValue obj, guint32 index, JsValue value);  /* strict */
/* CreateDataProperty without checks, for fresh objects: adds or overwrites. */
void      js_define_value (JsState *J, JsObject *obj, JsValue key, JsValue value, guint32 flags);
/* Appends a data property that `obj` (ordinary, fresh) is known not to have,
 * without a lookup: a new function's "length" and "name".  `key` is an atom. */
void      js_define_new_value (JsState *J, JsObject *obj, JsValue key, JsValue value, guint32 flags);
void      js_define_value_utf8 (JsState *J, JsObject *obj, const char *name, JsValue value, guint32 flags);
void      js_define_accessor (JsState *J, JsObject *obj, JsValue key, JsValue getter, JsValue setter, guint32 flags);
/* A builtin method: a native function named `name` with `length`, defined
 * writable + configurable + non-enumerable.  `name` may be "[Symbol.iterator]"
 * style only through js_define_method_key. */
JsObject *js_define_method (JsState *J, JsObject *obj, const char *name, JsNativeFn fn, int length);
JsObject *js_define_method_key (JsState *J, JsObject *obj, JsValue key, const char *name, JsNativeFn fn, int length);
void      js_define_getter (JsState *J, JsObject *obj, const char *name, JsNativeFn getter);
/* Only own data properties, no getters run; JS_EMPTY when absent. Fast path for internals. */
JsValue   js_get_own_data (JsState *J, JsObject *obj, JsValue key);
/* [[GetPrototypeOf]] for a loop that walks a prototype chain.  A chain
 * through a proxy can be a cycle (the cycle check of 10.1.2.1 stops at
 * proxies): like V8, after 100 × 1024 proxies the walk throws "Maximum call
 * stack size exceeded".  `*n_proxies` starts at 0. */
JsObject *js_prototype_chain_next (JsState *J, JsObject *obj, guint *n_proxies);
/* [[IsExtensible]] (dispatches like the internal methods above). */
gboolean  js_object_is_extensible (JsState *J, JsObject *obj);

/* Exotic objects (ECMAScript 10.4, 10.5): a class whose internal methods
 * differ from the ordinary ones registers a table of them once per state
 * (in its builtin init):
 *
 *   static const JsExoticMethods proxy_methods = { .get = proxy_get, … };
 *   js_object_register_exotic (J, JS_CLASS_PROXY, &proxy_methods);
 *
 * Every object of that class created afterwards by js_object_new_class has
 * JS_OBJECT_EXOTIC, and the entry points above (js_get_own_property,
 * js_define_own_property, js_has_property, js_object_get, js_object_set,
 * js_delete_property, js_own_property_keys, js_object_get_prototype_of,
 * js_object_set_prototype_of, js_object_is_extensible,
 * js_object_prevent_extensions, and js_get / js_set / js_call /
 * js_construct on top of them) call the table's entry instead of the
 * ordinary algorithm — also when the object is met on a prototype chain
 * ([[Get]], [[Set]], [[HasProperty]] of an object whose prototype is
 * exotic).  Ordinary objects never look at the table: one flag test.
 *
 * A NULL entry means the ordinary algorithm, run on the object's own
 * property storage (props, elements); the js_ordinary_* functions below are
 * those algorithms, for an exotic method to fall back to (an
 * integer-indexed object for a non-numeric key).  Keys are property keys
 * (js_to_property_key).  own_property_keys honours JS_KEYS_* like
 * js_own_property_keys and returns a g_malloc'd array; `out` of
 * get_own_property may be NULL.  Private names (#x, JS_SYMBOL_PRIVATE keys)
 * never reach the table: they live in the object's own props.  call and
 * construct are used only for objects with JS_OBJECT_CALLABLE /
 * JS_OBJECT_CONSTRUCTOR (the class sets those).
 * The VM's inline caches and dense-element fast paths read props and
 * u.array directly: an exotic class must keep props empty or ordinary, and
 * must not be JS_CLASS_ARRAY / JS_CLASS_ARGUMENTS. */
typedef struct JsExoticMethods {
  JsObject *(*get_prototype_of) (JsState *J, JsObject *obj);
  gboolean  (*set_prototype_of) (JsState *J, JsObject *obj, JsObject *proto);
  gboolean  (*is_extensible) (JsState *J, JsObject *obj);
  gboolean  (*prevent_extensions) (JsState *J, JsObject *obj);
  gboolean  (*get_own_property) (JsState *J, JsObject *obj, JsValue key, JsPropertyDescriptor *out);
  gboolean  (*define_own_property) (JsState *J, JsObject *obj, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail);
  gboolean  (*has_property) (JsState *J, JsObject *obj, JsValue key);
  JsValue   (*get) (JsState *J, JsObject *obj, JsValue key, JsValue receiver);
  gboolean  (*set) (JsState *J, JsObject *obj, JsValue key, JsValue value, JsValue receiver);
  gboolean  (*delete_property) (JsState *J, JsObject *obj, JsValue key);
  JsValue  *(*own_property_keys) (JsState *J, JsObject *obj, guint flags, guint32 *n_keys);
  JsValue   (*call) (JsState *J, JsObject *obj, JsValue this_value, int argc, const JsValue *argv);
  JsValue   (*construct) (JsState *J, JsObject *obj, int argc, const JsValue *argv, JsValue new_target);
} JsExoticMethods;

void      js_object_register_exotic (JsState *J, JsClassId class_id, const JsExoticMethods *methods);
/* The table of an object with JS_OBJECT_EXOTIC; NULL for ordinary objects. */
static inline const JsExoticMethods *js_object_exotic_methods (JsState *J, const JsObject *obj);

/* The ordinary internal methods (10.1), whatever obj's class. */
JsObject *js_ordinary_get_prototype_of (JsState *J, JsObject *obj);
gboolean  js_ordinary_set_prototype_of (JsState *J, JsObject *obj, JsObject *proto);
gboolean  js_ordinary_is_extensible (JsState *J, JsObject *obj);
gboolean  js_ordinary_prevent_extensions (JsState *J, JsObject *obj);
gboolean  js_ordinary_get_own_property (JsState *J, JsObject *obj, JsValue key, JsPropertyDescriptor *out);
gboolean  js_ordinary_define_own_property (JsState *J, JsObject *obj, JsValue key, const JsPropertyDescriptor *desc, gboolean throw_on_fail);
gboolean  js_ordinary_has_property (JsState *J, JsObject *obj, JsValue key);
JsValue   js_ordinary_get (JsState *J, JsObject *obj, JsValue key, JsValue receiver);
gboolean  js_ordinary_set (JsState *J, JsObject *obj, JsValue key, JsValue value, JsValue receiver);
gboolean  js_ordinary_delete (JsState *J, JsObject *obj, JsValue key);
JsValue  *js_ordinary_own_property_keys (JsState *J, JsObject *obj, guint flags, guint32 *n_keys);

/* Proxies (js-proxy.c): IsArray (7.2.2) sees through them, throwing on a
 * revoked one ("Cannot perform 'IsArray' on a proxy that has been revoked").
 * util.inspect shows a proxy's target (and with showProxy, both). */
gboolean  js_is_array_value (JsState *J, JsValue v);
static inline gboolean js_is_proxy (JsValue v) { return js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_PROXY; }

/* Arguments objects (js-arguments.c, 10.4.4).  Strict functions and
 * functions with non-simple parameters get an unmapped one (JS_CLASS_ARGUMENTS,
 * `mapped` FALSE); sloppy functions with simple parameters a mapped one,
 * whose index i reads and writes parameter i while both exist.
 * `param_slots` (an array constant of the compiler's, or NULL) gives each
 * parameter's slot in `env`, the function's parameter scope record, or -1
 * when nothing can observe the aliasing (an unreferenced or repeated name);
 * with none aliased the object is a plain JS_CLASS_ARGUMENTS with `callee`. */
JsObject *js_arguments_new (JsState *J, JsObject *callee, int argc, const JsValue *argv, gboolean mapped,
                            JsObject *param_slots, JsScope *env);
static inline gboolean js_is_arguments_object (const JsObject *o)
{ return o->class_id == JS_CLASS_ARGUMENTS || o->class_id == JS_CLASS_MAPPED_ARGUMENTS; }

/* ES modules (js-module.c): Node's builtin modules seen from module code.
 * A module namespace object (10.4.6) holds `default` (the CommonJS exports)
 * and the exports' own enumerable keys, sorted, frozen at its creation;
 * one per module and state.  js_module_loader_new is the `%import(specifier
 * [, name])` an ES module main gets as its first argument (the namespace,
 * or one export: a SyntaxError when there is none, an Error with Node's
 * code for a module that does not exist); js_module_import_meta_new its
 * second, the import.meta object for the main script.  The IMPORT opcode
 * calls js_module_dynamic_import: import(specifier), a promise settled
 * after as many microtask turns as Node's loader takes. */
JsValue   js_module_loader_new (JsState *J);
JsValue   js_module_import_meta_new (JsState *J);
JsObject *js_module_dynamic_import (JsState *J, JsValue specifier);
void      js_builtin_module_init (JsState *J);   /* registers the namespace exotic methods */

/* Arrays (js-object.c) */
JsObject *js_array_new (JsState *J, guint32 capacity);               /* length 0 */
JsObject *js_array_from_values (JsState *J, const JsValue *values, guint32 n);
void      js_array_push (JsState *J, JsObject *array, JsValue value);
guint32   js_array_length (JsObject *array);
/* Sets `length` (truncating or extending with holes).  FALSE if not allowed. */
gboolean  js_array_set_length (JsState *J, JsObject *array, double length);
/* Array.prototype.shift's fast path: when `array` is a dense, extensible
 * array with a writable length whose prototype chain (Array.prototype,
 * Object.prototype) has no indexed properties, removes its first element in
 * O(1) — what the generic steps give — and returns TRUE; else FALSE and
 * nothing changed. */
gboolean  js_array_shift_dense (JsState *J, JsObject *array);
/* LengthOfArrayLike: ToLength(Get(obj, "length")). */
double    js_length_of_array_like (JsState *J, JsValue obj);

/* Functions (js-function.c) */
JsObject *js_native_function_new (JsState *J, const char *name, int length, JsNativeFn fn, guint32 n_captures);
JsObject *js_native_constructor_new (JsState *J, const char *name, int length, JsNativeFn fn, JsObject *prototype);
static inline JsValue *js_native_captures (JsObject *callee) { return callee->u.native.captures; }
/* Methods carrying one value (js-captured-method.c): fn sees `capture` as
 * js_native_captures (callee)[0]; a constant method ignores its arguments
 * and returns `value`.  Both are defined on obj with `flags`. */
JsObject *js_define_captured_method (JsState *J, JsObject *obj, const char *name, JsNativeFn fn, int length,
                                     JsValue capture, guint32 flags);
JsObject *js_define_constant_method (JsState *J, JsObject *obj, const char *name, int length, JsValue value,
                                     guint32 flags);
/* SetFunctionName: defines "name" (prefix "get"/"set"/"bound" or NULL). */
void      js_set_function_name (JsState *J, JsObject *fn, JsValue key, const char *prefix);
/* The function's own "name" as a string ("" when none) — for messages and inspect. */
JsString *js_function_get_name (JsState *J, JsObject *fn);
/* Throws TypeError "x is not a function" using `what` as x when given. */
JsValue   js_call (JsState *J, JsValue f, JsValue this_value, int argc, const JsValue *argv);
JsValue   js_construct (JsState *J, JsValue f, int argc, const JsValue *argv, JsValue new_target);
/* OrdinaryCreateFromConstructor: the prototype from new_target's "prototype"
 * (falling back to `fallback`). */
JsObject *js_create_from_constructor (JsState *J, JsValue new_target, JsClassId class_id, JsObject *fallback_proto);
JsValue   js_invoke (JsState *J, JsValue obj, JsValue key, int argc, const JsValue *argv);  /* obj[key](...args) */

/* ------------------------------------------------------------------------
 * Errors and exceptions (js-error.c)
 * ------------------------------------------------------------------------ */

#define JS_ERROR_TYPES(X) \
  X (ERROR, "Error") X (TYPE_ERROR, "TypeError") X (RANGE_ERROR, "RangeError") \
  X (REFERENCE_ERROR, "ReferenceError") X (SYNTAX_ERROR, "SyntaxError") \
  X (EVAL_ERROR, "EvalError") X (URI_ERROR, "URIError") X (AGGREGATE_ERROR, "AggregateError")

typedef enum {
#define JS_ERROR_ENUM(id, name) JS_##id,
  JS_ERROR_TYPES (JS_ERROR_ENUM)
#undef JS_ERROR_ENUM
  JS_N_ERROR_TYPES
} JsErrorType;

/* A try point: where js_throw lands.  Use exactly like this (setjmp must be
 * called in the function that owns `tp`):
 *
 *   JsTryPoint tp;
 *   js_try_begin (J, &tp);
 *   if (setjmp (tp.env) == 0)
 *     {
 *       ... code that may throw ...
 *       js_try_end (J, &tp);
 *     }
 *   else
 *     {
 *       JsValue exception = J->exception;   // the try point is already popped
 *       ...
 *     }
 *
 * Locals modified inside the protected block and read in the handler must be
 * volatile.  js_throw restores the VM's frame chain, native depth and
 * operand-stack height to what they were at js_try_begin. */
typedef struct JsTryPoint JsTryPoint;
struct JsTryPoint {
  jmp_buf     env;
  JsTryPoint *prev;
  JsFrame    *frame;
  int         native_depth;
  int         call_depth;
  gsize       stack_top;
};

void js_try_begin (JsState *J, JsTryPoint *tp);
void js_try_end (JsState *J, JsTryPoint *tp);

G_GNUC_NORETURN void js_throw (JsState *J, JsValue exception);
G_GNUC_NORETURN void js_throw_error (JsState *J, JsErrorType type, const char *format, ...) G_GNUC_PRINTF (3, 4);
#define js_throw_type_error(J, ...)      js_throw_error ((J), JS_TYPE_ERROR, __VA_ARGS__)
#define js_throw_range_error(J, ...)     js_throw_error ((J), JS_RANGE_ERROR, __VA_ARGS__)
#define js_throw_reference_error(J, ...) js_throw_error ((J), JS_REFERENCE_ERROR, __VA_ARGS__)
#define js_throw_syntax_error(J, ...)    js_throw_error ((J), JS_SYNTAX_ERROR, __VA_ARGS__)

/* Budgets end the run with an exception no JS catch or finally can see:
 * J->terminating is set and the VM unwinds to the host. */
typedef enum {
  JS_BUDGET_STEPS,
  JS_BUDGET_HEAP,
  JS_BUDGET_TIME,
  JS_BUDGET_STACK,   /* C recursion (native re-entry) too deep */
  JS_BUDGET_WALL,    /* real time (options.max_wall_ms) */
} JsBudget;
G_GNUC_NORETURN void js_throw_budget (JsState *J, JsBudget budget);

/* The step and wall-time budgets (js-budget.c).  Code that adds to J->steps
 * calls js_budget_check (or, to clean up before throwing,
 * js_budget_exhausted) when J->steps passes J->step_check_at. */
void     js_budget_start (JsState *J);      /* js_state_run begins: arm the deadline */
void     js_budget_stop (JsState *J);       /* and ends: disarm it */
/* TRUE and which budget when one ran out; otherwise schedules the next check. */
gboolean js_budget_exhausted (JsState *J, JsBudget *budget);
void     js_budget_check_steps (JsState *J);   /* throws the budget that ran out */
/* Once per event-loop turn: a loop of native callbacks executes no steps. */
void     js_budget_poll (JsState *J);
static inline void js_budget_check (JsState *J);   /* below JsState */

/* A new error object of `type` with %XError.prototype%; `message` may be
 * NULL (no own message property). */
JsObject *js_error_new (JsState *J, JsErrorType type, JsString *message);
JsObject *js_error_new_utf8 (JsState *J, JsErrorType type, const char *format, ...) G_GNUC_PRINTF (3, 4);
/* Defines an error's own non-enumerable "stack" (js_error_new does it; an
 * Error constructor creating the object itself calls it before defining
 * "message", V8's property order).  The text, "Name: message\n    at
 * <anonymous>", is formatted on first read, as V8 does, so a name assigned
 * in a subclass constructor shows; until then the slot holds JS_EMPTY, so
 * read it through js_get / js_get_own_property, not obj->props.  Only for
 * objects of class JS_CLASS_ERROR. */
void      js_error_install_stack (JsState *J, JsObject *error);
JsValue   js_error_materialize_stack (JsState *J, JsObject *error);   /* for js-object.c */
/* "TypeError: x is not a function" — how Node prints an uncaught error's
 * first line; for non-errors, the inspected value ("Uncaught 42" style is
 * the caller's business). */
char     *js_error_to_display_utf8 (JsState *J, JsValue error);
/* A short description of a value for messages, like V8's NoSideEffectsToString:
 * `undefined`, `abc` (strings unquoted), `#<Object>`, `[object Array]`, a function's source… */
char     *js_value_describe_for_message (JsState *J, JsValue v);

/* ------------------------------------------------------------------------
 * Conversions and operators (js-value.c), per ECMAScript 7.1–7.2 and 13.
 * ------------------------------------------------------------------------ */

typedef enum { JS_HINT_DEFAULT, JS_HINT_NUMBER, JS_HINT_STRING } JsHint;

gboolean  js_to_boolean (JsValue v);
JsValue   js_to_primitive (JsState *J, JsValue v, JsHint hint);
double    js_to_number (JsState *J, JsValue v);
/* ToNumeric (7.1.3): a Number or a BigInt. */
JsValue   js_to_numeric (JsState *J, JsValue v);
/* What Number(v) returns (21.1.1.1): ToNumeric, a BigInt rounded to a Number. */
double    js_number_from_value (JsState *J, JsValue v);
/* `v` when it and `other` are both BigInts; otherwise throws V8's TypeError
 * "Cannot mix BigInt and other types, use explicit conversions". */
JsValue   js_bigint_operand (JsState *J, JsValue v, JsValue other);
JsString *js_to_string (JsState *J, JsValue v);       /* throws for symbols */
JsObject *js_to_object (JsState *J, JsValue v);       /* throws for null/undefined */
double    js_to_integer_or_infinity (JsState *J, JsValue v);
gint32    js_to_int32 (JsState *J, JsValue v);
guint32   js_to_uint32 (JsState *J, JsValue v);
double    js_to_length (JsState *J, JsValue v);
/* RelativeIndex helpers for slice/at: clamps ToIntegerOrInfinity(v) into
 * [0, length], counting from the end for negatives. */
double    js_to_relative_index (JsState *J, JsValue v, double length, double default_value);

gboolean  js_strict_equals (JsValue a, JsValue b);
gboolean  js_loose_equals (JsState *J, JsValue a, JsValue b);
gboolean  js_same_value (JsValue a, JsValue b);
gboolean  js_same_value_zero (JsValue a, JsValue b);
JsString *js_typeof (JsState *J, JsValue v);
gboolean  js_instance_of (JsState *J, JsValue v, JsValue target);   /* InstanceofOperator */
gboolean  js_ordinary_has_instance (JsState *J, JsValue c, JsValue o);
JsValue   js_op_add (JsState *J, JsValue a, JsValue b);              /* + */
/* IsLessThan(a, b, left_first): 1 true, 0 false, -1 undefined (NaN). */
int       js_op_less_than (JsState *J, JsValue a, JsValue b, gboolean left_first);
/* The class name for Object.prototype.toString and messages ("Array", "Object", …). */
const char *js_class_name (JsClassId class_id);

/* ------------------------------------------------------------------------
 * Numbers (js-number.c)
 * ------------------------------------------------------------------------ */

#define JS_NUMBER_BUFFER_SIZE 64
/* Number::toString(x) for radix 10: shortest round-trip digits, the spec's
 * exponent rules.  Returns the length written into `buffer` (NUL-terminated). */
int       js_number_to_cstring (double d, char buffer[JS_NUMBER_BUFFER_SIZE]);
/* Number.prototype.toString(radix) for radix 2..36 (g_free the result). */
char     *js_number_to_radix_cstring (double d, int radix);
/* toFixed / toExponential / toPrecision digits (g_free); digits -1 = as many as needed for toExponential. */
char     *js_number_to_fixed_cstring (double d, int digits);
char     *js_number_to_exponential_cstring (double d, int digits);
char     *js_number_to_precision_cstring (double d, int precision);
/* StringToNumber (7.1.4.1.1): whitespace, Infinity, hex/octal/binary, "" → 0, junk → NaN. */
double    js_string_to_number (const JsString *s);
/* WhiteSpace or LineTerminator (12.2, 12.3): what StringToNumber trims. */
gboolean  js_char_is_space (uint16_t c);
/* A digit's value in radix 36 (0-9, a-z, A-Z); 99 for anything else. */
int       js_digit_value (uint16_t c);
/* A hex digit's value, or -1 for any other c (negative ones included). */
int       js_hex_digit_value (gint32 c);
/* parseInt / parseFloat on UTF-16 text. */
double    js_parse_int (const JsString *s, int radix);
double    js_parse_float (const JsString *s);
gint32    js_double_to_int32 (double d);

/* ------------------------------------------------------------------------
 * Iteration (js-builtin-iterator.c)
 * ------------------------------------------------------------------------ */

typedef struct {
  JsValue iterator;
  JsValue next_method;
  gboolean done;
} JsIteratorRecord;

/* GetIterator(obj, sync); throws "x is not iterable". */
void      js_get_iterator (JsState *J, JsValue obj, JsIteratorRecord *record);
/* IteratorStep + IteratorValue: FALSE at the end. */
gboolean  js_iterator_step_value (JsState *J, JsIteratorRecord *record, JsValue *value);
/* IteratorClose for a normal (`abrupt_throw` FALSE) or throw completion. */
void      js_iterator_close (JsState *J, JsIteratorRecord *record, gboolean abrupt_throw);
/* CreateIterResultObject */
JsValue   js_iter_result (JsState *J, JsValue value, gboolean done);
/* Collects an iterable into a new array (spread, Array.from without mapping). */
JsObject *js_iterable_to_array (JsState *J, JsValue iterable);
/* Calls fn (J, value, data) for each value the iterator produces; when fn
 * throws, the iterator is closed (IfAbruptCloseIterator) and the exception
 * propagates. */
typedef void (*JsIteratorEachFn) (JsState *J, JsValue value, gpointer data);
void      js_iterator_for_each (JsState *J, JsIteratorRecord *record, JsIteratorEachFn fn, gpointer data);

/* The builtin iterator objects (class ITERATOR): u.iter.kind is one of
 * these, u.iter.target what they walk (undefined once exhausted). */
typedef enum {
  JS_ITER_ARRAY_KEYS, JS_ITER_ARRAY_VALUES, JS_ITER_ARRAY_ENTRIES,   /* %ArrayIteratorPrototype% */
  JS_ITER_STRING,                                                    /* %StringIteratorPrototype% */
  JS_ITER_MAP_KEYS, JS_ITER_MAP_VALUES, JS_ITER_MAP_ENTRIES,         /* %MapIteratorPrototype% */
  JS_ITER_SET_VALUES, JS_ITER_SET_ENTRIES,                           /* %SetIteratorPrototype% */
} JsIteratorKind;
/* CreateArrayIterator(array, kind) for any array-like (js-builtin-iterator.c). */
JsObject *js_array_iterator_new (JsState *J, JsValue array_like, JsIteratorKind kind);
JsObject *js_string_iterator_new (JsState *J, JsString *s);

/* ------------------------------------------------------------------------
 * Binary data: ArrayBuffer (js-builtin-arraybuffer.c), the typed arrays
 * (js-builtin-typedarray.c), DataView (js-builtin-dataview.c).
 * ------------------------------------------------------------------------ */

/* X (ID, Name, element size) for the eleven element types, in spec order. */
#define JS_TYPED_ARRAY_KINDS(X) \
  X (INT8, Int8, 1) X (UINT8, Uint8, 1) X (UINT8_CLAMPED, Uint8Clamped, 1) \
  X (INT16, Int16, 2) X (UINT16, Uint16, 2) X (INT32, Int32, 4) X (UINT32, Uint32, 4) \
  X (FLOAT32, Float32, 4) X (FLOAT64, Float64, 8) X (BIGINT64, BigInt64, 8) X (BIGUINT64, BigUint64, 8)

typedef enum {
#define JS_TYPED_ARRAY_ENUM(id, name, size) JS_TYPED_ARRAY_##id,
  JS_TYPED_ARRAY_KINDS (JS_TYPED_ARRAY_ENUM)
#undef JS_TYPED_ARRAY_ENUM
  JS_N_TYPED_ARRAY_KINDS
} JsTypedArrayKind;

/* ToIndex (7.1.22) without the throw: FALSE when out of [0, 2^53 - 1],
 * for the caller's own RangeError wording. */
gboolean    js_to_index (JsState *J, JsValue value, double *index);
void        js_array_buffer_finalize (JsState *J, JsObject *buffer);   /* js_object_finalize calls it */
guint       js_typed_array_element_size (JsTypedArrayKind kind);
const char *js_typed_array_kind_name (JsTypedArrayKind kind);          /* "Uint8Array" */
/* AllocateArrayBuffer(%ArrayBuffer%, n): zeroed bytes; RangeError
 * "Array buffer allocation failed" beyond what the engine allows. */
JsObject   *js_array_buffer_new (JsState *J, gsize byte_length);
/* A typed array of `kind` viewing `buffer` (bounds already checked);
 * `proto` NULL for the kind's own prototype. */
JsObject   *js_typed_array_new_view (JsState *J, JsTypedArrayKind kind, JsObject *buffer,
                                     gsize byte_offset, gsize length, JsObject *proto);
/* A typed array over a fresh zeroed buffer of `length` elements. */
JsObject   *js_typed_array_new (JsState *J, JsTypedArrayKind kind, gsize length, JsObject *proto);
/* A typed array or DataView like `view` (same kind, offset and length, the
 * intrinsic prototype) on `buffer`: structuredClone's deserialization. */
JsObject   *js_array_buffer_view_clone (JsState *J, JsObject *view, JsObject *buffer);
/* The element count now: 0 when the buffer is detached or shrank below the view. */
gsize       js_typed_array_length (const JsObject *ta);
/* FALSE when IsTypedArrayOutOfBounds: the buffer shrank below the view. */
gboolean    js_typed_array_in_bounds (const JsObject *ta);
static inline guint8 *js_typed_array_bytes (const JsObject *ta)
{
  return ta->u.view.buffer->u.buffer.data + ta->u.view.byte_offset;
}
/* TypedArrayGetElement for index < js_typed_array_length, and
 * TypedArraySetElement (ToNumber / ToBigInt first, which may throw; an index
 * out of range afterwards is ignored). */
JsValue     js_typed_array_get_element (JsState *J, JsObject *ta, gsize index);
void        js_typed_array_set_element (JsState *J, JsObject *ta, double index, JsValue value);
/* CanonicalNumericIndexString (7.1.21) for a property key: TRUE and the
 * number when the integer-indexed exotic methods own the key. */
gboolean    js_typed_array_numeric_key (JsState *J, JsValue key, double *index);
/* The bytes of a BufferSource (an ArrayBuffer, typed array or DataView);
 * FALSE for anything else (js-builtin-textcodec.c). */
gboolean    js_buffer_source_bytes (JsValue v, const guint8 **bytes, gsize *n);

/* Text codecs shared by TextEncoder/TextDecoder, atob/btoa and Buffer
 * (js-builtin-textcodec.c).  UTF-8 encoding turns lone surrogates into
 * U+FFFD; decoding replaces each maximal invalid subpart with U+FFFD
 * (WHATWG Encoding 4.1). */
gsize       js_utf8_length_of (const JsString *s);
void        js_utf8_encode (const JsString *s, guint8 *dest);   /* js_utf8_length_of (s) bytes */
JsString   *js_utf8_decode (JsState *J, const guint8 *bytes, gsize n);
/* Base64 text of `data` (g_free it); base64url has no padding. */
char       *js_base64_encode (const guint8 *data, gsize n, gboolean url);
/* Node's lenient decoding (both alphabets, other characters skipped, stops
 * at '='): writes at most n * 3 / 4 + 3 bytes to `out`, returns the count. */
gsize       js_base64_decode_lenient (const uint16_t *chars, gsize n, guint8 *out);
/* Symbol.for('nodejs.util.inspect.custom'), for classes that format
 * themselves in util.inspect. */
JsValue     js_inspect_custom_symbol (JsState *J);

/* Node's Buffer (js-builtin-buffer.c), installed by the Node host after the
 * typed arrays; require('buffer') returns js_buffer_module_new's exports. */
void        js_builtin_buffer_init (JsState *J);
JsValue     js_buffer_module_new (JsState *J);
/* Buffer's encodings for the fs module: whether `v` names one; a string's
 * bytes in one (g_byte_array_unref them); bytes decoded; a new Buffer. */
gboolean    js_buffer_is_encoding (JsValue v);
GByteArray *js_buffer_encode_string (JsState *J, const JsString *s, JsValue encoding);
JsString   *js_buffer_decode_bytes (JsState *J, const guint8 *bytes, gsize n, JsValue encoding);
JsObject   *js_buffer_from_bytes (JsState *J, const guint8 *bytes, gsize n);
/* require('url')'s exports: URL and URLSearchParams (js-builtin-url.c). */
JsValue     js_url_module_new (JsState *J);
/* require('path'): the POSIX path functions (js-node-path.c). */
JsValue     js_path_module_new (JsState *J);

/* ------------------------------------------------------------------------
 * Helpers shared by the builtins (js-builtin-*.c)
 * ------------------------------------------------------------------------ */

/* How V8 renders a value inside a message (js-builtin-error.c):
 * JS_DESCRIBE_PLAIN as in "abc is not a function", "#<Foo>", "[object Array]",
 * "Symbol(s)", "Error: m"; JS_DESCRIBE_TYPED as in `string "abc" is not a
 * function`, "number 5", "object null", "object", "undefined". */
typedef enum { JS_DESCRIBE_PLAIN, JS_DESCRIBE_TYPED } JsDescribeStyle;
JsString *js_describe_value (JsState *J, JsValue v, JsDescribeStyle style);
/* Throws a `type` error whose message is `format` with its single "%s"
 * replaced by the description of `v`. */
G_GNUC_NORETURN void js_throw_error_with_value (JsState *J, JsErrorType type, const char *format, JsValue v, JsDescribeStyle style);

/* A growing UTF-16 buffer owned by the heap, so a throw past the native that
 * builds it leaks nothing (js-builtin-string.c). */
typedef struct JsStringBuilder JsStringBuilder;
JsStringBuilder *js_string_builder_new (JsState *J);
void      js_string_builder_append (JsState *J, JsStringBuilder *b, const JsString *s);
void      js_string_builder_append_units (JsState *J, JsStringBuilder *b, const uint16_t *units, gsize n);
void      js_string_builder_append_unit (JsState *J, JsStringBuilder *b, uint16_t unit);
void      js_string_builder_append_ascii (JsState *J, JsStringBuilder *b, const char *ascii);
void      js_string_builder_append_utf8 (JsState *J, JsStringBuilder *b, const char *utf8, gssize length);
JsString *js_string_builder_finish (JsState *J, JsStringBuilder *b);   /* the builder may be reused after */
/* GetSubstitution (22.1.3.19.1): expands $$ $& $` $' $n $nn $<name> in a
 * replacement template.  `captures` is an array (or NULL for none),
 * `named_captures` an object or undefined (js-builtin-string.c). */
JsString *js_get_substitution (JsState *J, JsString *matched, JsString *string, guint32 position,
                               JsObject *captures, JsValue named_captures, JsString *replacement);

/* ToPropertyDescriptor (6.2.6.5), V8's TypeErrors included
 * (js-builtin-object.c). */
void      js_to_property_descriptor (JsState *J, JsValue obj, JsPropertyDescriptor *desc);

/* CreateListFromArrayLike (7.3.18) as a new array, for apply-style calls
 * (js-builtin-function.c). */
JsObject *js_create_list_from_array_like (JsState *J, JsValue v);

/* Function.prototype.toString's text for a callable, with no side effects
 * (js-builtin-function.c). */
JsString *js_function_to_string (JsState *J, JsObject *fn);

/* Locale-sensitive formatting shared by the toLocaleString methods and Intl
 * (js-builtin-number.c, js-builtin-string.c): Number.prototype.toLocaleString
 * and Intl.NumberFormat's format; the resolved digit options added to
 * `resolved`; String.prototype.localeCompare with Intl.Collator options
 * (-1, 0 or 1). */
JsString *js_number_format (JsState *J, double x, JsValue locales, JsValue options);
JsString *js_bigint_format (JsState *J, JsValue x, JsValue locales, JsValue options);   /* js-builtin-bigint.c */
void      js_number_format_resolve (JsState *J, JsValue locales, JsValue options, JsObject *resolved);
int       js_locale_compare (JsState *J, JsString *a, JsString *b, JsValue locales, JsValue options);

/* A new RegExp object for a literal /pattern/flags (flags NULL for none):
 * RegExpCreate (22.2.3.1) with %RegExp%; throws V8's SyntaxError
 * "Invalid regular expression: /(/: Unterminated group" for a bad pattern
 * (js-builtin-regexp.c). */
JsObject *js_regexp_create (JsState *J, JsString *pattern, JsString *flags);
/* A new RegExp with the [[OriginalSource]] and [[OriginalFlags]] of
 * `regexp` (structuredClone), or NULL when it was never initialised. */
JsObject *js_regexp_clone (JsState *J, JsObject *regexp);

/* Defines `get [Symbol.species]() { return this; }` on a constructor
 * (js-builtin-object.c). */
void      js_define_species_getter (JsState *J, JsObject *constructor);

/* Map storage for other modules (js-builtin-map.c): the symbol registry is a
 * Map; lookups here bypass Map.prototype, which scripts may replace. */
JsObject *js_map_new (JsState *J);
JsObject *js_set_new (JsState *J);   /* js_map_insert (J, set, v, v) adds to it */
JsValue   js_map_lookup (JsState *J, JsObject *map, JsValue key);   /* JS_EMPTY when absent */
void      js_map_insert (JsState *J, JsObject *map, JsValue key, JsValue value);

/* Number::exponentiate (6.1.6.1.3) with V8's results to the last bit, for
 * `**` and Math.pow (js-builtin-math.c). */
double    js_math_pow (double base, double exponent);

/* structuredClone(value) (js-builtin-global.c).  Not an ECMAScript global:
 * js_builtin_global_init installs it non-enumerable; a host that lists it
 * among its enumerable globals (Node: right after queueMicrotask) deletes
 * and re-adds it there. */
JsValue   js_builtin_structured_clone (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                       JsValue new_target, JsObject *callee);

/* Date (js-builtin-global.c): the current time value, ms since the epoch:
 * a fixed start (2024-01-01T00:00:00Z) plus the run's virtual time. */
double    js_date_now (JsState *J);

/* ------------------------------------------------------------------------
 * Source ranges: every instruction maps to one (js-compile.h has the table).
 * ------------------------------------------------------------------------ */

typedef struct {
  int line, column;          /* 1-based */
  int end_line, end_column;  /* exclusive */
} JsSourceRange;

/* The range of the innermost running JS instruction; FALSE when none. */
gboolean js_vm_current_range (JsState *J, JsSourceRange *range);
/* The same place as the running function and pc (FALSE when none runs). */
gboolean js_vm_current_pc (JsState *J, JsFunctionProto **proto, guint32 *pc);
/* V8 names the call site when Function.prototype.call / apply (builtins
 * without a frame of their own) meet a non-callable `this`:
 * "Function.prototype.call.call is not a function".  Returns the text of
 * the innermost frame's callee expression (g_free it) when `callee` is the
 * native its CALL invoked directly, or was forwarded to (below); else NULL. */
char    *js_vm_direct_call_text (JsState *J, JsObject *callee);
/* A frameless native (call, apply, Reflect.apply) about to call `to`
 * passes the call site on to it. */
void     js_vm_forward_direct_call (JsState *J, JsObject *from, JsValue to);

/* Trace hooks (js-trace.c).  The VM calls them only when J->trace is set;
 * what kind of frame it is (script, callback, microtask, macrotask) the trace
 * learns from the host, which knows what it is running. */
void js_trace_statement_at (JsState *J, JsFunctionProto *proto, guint32 pc);   /* a statement starts */
void js_trace_frame_enter (JsState *J, JsObject *callee);           /* a JS function starts or resumes */
void js_trace_frame_exit (JsState *J, JsObject *callee);            /* it returns, throws or suspends */
/* console.* wrote `text` (js-builtin-console.c calls it after each write,
 * only when J->trace is set): the bakery shows console output as receipts. */
void js_trace_console (JsState *J, JsStream stream, const char *text, gsize length);

/* Trace recording for the promise, job and host modules (js-trace.c).  Each
 * does nothing when J->trace is NULL; time and range come from the state. */
guint32 js_trace_new_id (JsState *J);                                  /* a fresh task id */
void    js_trace_script (JsState *J, gboolean end, const char *filename);
/* The next js_trace_frame_enter is a microtask, task or the script, not a call. */
void    js_trace_set_frame_reason (JsState *J, JsTraceFrameReason reason);
/* WEBAPI_*, TASK_* and MICROTASK_* events.  On an *_ADD / *_ENQUEUE event
 * `callback` names the task and gives its source range; without a compiled
 * callback, `label` names it and `site` (or else the running code) places it.
 * Later events pass undefined and 0s: the trace remembers. */
void    js_trace_task (JsState *J, JsTraceEventKind kind, JsTraceQueue queue, guint32 id,
                       JsTraceTaskKind task, JsValue callback, guint32 label, guint32 site,
                       double delay_ms, double due_ms);
/* For a task queued later (a promise reaction, an await continuation): the
 * running function's name, and where the running code is now.  0 when not
 * tracing. */
guint32 js_trace_frame_label (JsState *J);
guint32 js_trace_site (JsState *J);
void    js_trace_phase (JsState *J, JsTracePhase phase);
guint32 js_trace_promise_new (JsState *J);                             /* the promise's trace id */
void    js_trace_promise_settle (JsState *J, guint32 id, gboolean rejected, JsValue value);
/* UNCAUGHT, UNHANDLED_REJECTION, ORDER_NOT_GUARANTEED, BUDGET (sub: JsBudget), EXIT (id: the code). */
void    js_trace_message (JsState *J, JsTraceEventKind kind, int sub, const char *text);
/* The host pops the frames an abrupt end left on the traced call stack. */
guint   js_trace_frame_depth (JsState *J);
void    js_trace_unwind_frames (JsState *J, guint depth);
/* The narration template that says why `ev` happens, or NULL for the plain
 * one of its kind; may fill fields of `ev` the template needs (js-trace-why.c). */
const char *js_trace_why_template (JsTrace *trace, JsTraceEvent *ev);
/* Tasks still in an oven or a queue after the last event (js-trace.c). */
guint   js_trace_count_waiting (JsTrace *trace);

/* ------------------------------------------------------------------------
 * Compilation and running (js-compiler.c, js-vm.c)
 * ------------------------------------------------------------------------ */

typedef enum {
  /* Node's CommonJS wrapper: the script is the body of a function
   * (exports, require, module, __filename, __dirname); top-level var is local,
   * top-level `this` is module.exports. */
  JS_COMPILE_NODE_MODULE,
  /* A classic script: top-level var and functions become global object
   * properties, let/const/class go into the global lexical scope. */
  JS_COMPILE_CLASSIC_SCRIPT,
  /* A Node ES module (top-level await, import/export declarations): the
   * strict body of an async function called with `this` undefined and the
   * module loader (require) as its one argument, which import declarations
   * use. */
  JS_COMPILE_NODE_ES_MODULE,
} JsCompileMode;

/* Parses and compiles; on a syntax error throws a SyntaxError object whose
 * message is the parser's and sets J->error_line / J->error_column.
 * Returns a function to call with no arguments (the host supplies the
 * module wrapper's arguments when mode is JS_COMPILE_NODE_MODULE: exports,
 * require, module, __filename, __dirname, in that order). */
JsObject *js_compile (JsState *J, const char *source, gsize length, const char *filename, JsCompileMode mode);

/* Indirect eval (19.2.1.1 with a global environment), for eval() and the
 * Function constructors: `source` runs as global code — var and function
 * declarations become global object properties, let/const/class stay local
 * to it — with `this` the global object.  Returns its completion value (the
 * value of the last expression statement run).  A syntax error throws a
 * SyntaxError with the parser's message. */
JsValue   js_eval (JsState *J, const char *source, gsize length, const char *filename);

/* HasBinding of a `with` object environment (js-with.c): `object` has the
 * property `key` and its [Symbol.unscopables] does not block it. */
gboolean  js_with_has_binding (JsState *J, JsObject *object, JsValue key);

/* Direct eval (js-eval.c, 19.2.1.1 PerformEval with direct = true): the VM's
 * CALL_EVAL runs `source` in the caller's scope when the callee is %eval%.
 * `scopes` is the call site's description of the caller's scope records
 * (made by the compiler), `scope` the innermost of them at run time.  A
 * non-string source is returned as is. */
JsValue   js_direct_eval (JsState *J, JsValue source, JsObject *scopes, JsScope *scope);
/* Compiles direct eval code against the scopes the call site described;
 * returns a function to call with no arguments that runs it and returns
 * its completion value.  Throws the parser's SyntaxError (js-compiler.c). */
JsObject *js_compile_direct_eval (JsState *J, const char *source, gsize length, JsObject *scopes, JsScope *scope);

/* ------------------------------------------------------------------------
 * Generators and async functions (js-generator.c): the VM suspends a heap
 * frame and resumes it later.
 * ------------------------------------------------------------------------ */

typedef enum {
  JS_RESUME_NEXT,
  JS_RESUME_THROW,
  JS_RESUME_RETURN,
} JsResumeMode;

/* Resumes a suspended GENERATOR / ASYNC_FUNCTION / ASYNC_GENERATOR frame
 * with a value.  For generators it returns the iterator result object; for
 * async functions, undefined (the function settles its own promise). */
JsValue js_generator_resume (JsState *J, JsObject *generator, JsResumeMode mode, JsValue value);

/* ------------------------------------------------------------------------
 * Promises and jobs (js-builtin-promise.c, js-job.c) — ECMAScript 27.2.
 * ------------------------------------------------------------------------ */

JsObject *js_promise_new (JsState *J);                               /* pending, %Promise.prototype% */
/* The "resolve function" behaviour (27.2.1.3.2), thenables included. */
void      js_promise_resolve_with (JsState *J, JsObject *promise, JsValue resolution);
void      js_promise_reject_with (JsState *J, JsObject *promise, JsValue reason);
/* IfAbruptRejectPromise after a caught throw: rethrows a termination. */
void      js_promise_reject_caught (JsState *J, JsObject *promise);
/* PromiseResolve(%Promise%, value) */
JsObject *js_promise_resolve_value (JsState *J, JsValue value);
/* PerformPromiseThen(promise, on_fulfilled, on_rejected, result) with
 * `result` NULL for no result capability. */
void      js_perform_promise_then (JsState *J, JsObject *promise, JsValue on_fulfilled, JsValue on_rejected, JsObject *result);
/* Await (27.7.5.3) for a suspended async function or async generator: sets
 * up the resumption as promise reactions.  The caller then suspends. */
void      js_await (JsState *J, JsObject *suspended, JsValue value);
/* A promise's [[PromiseState]] and, once settled, its [[PromiseResult]] —
 * for util.inspect (js-builtin-promise.c implements it). */
typedef enum { JS_PROMISE_PENDING, JS_PROMISE_FULFILLED, JS_PROMISE_REJECTED } JsPromiseState;
JsPromiseState js_promise_get_state (JsObject *promise, JsValue *result);
gboolean       js_promise_is_handled (JsObject *promise);

/* A job (9.5): one fixed-size record in the microtask queue, nothing else
 * allocated per job.  The fields' meaning depends on the kind. */
typedef enum {
  JS_JOB_PROMISE_REACTION,  /* NewPromiseReactionJob: handler (callable or undefined) with argument,
                               then the capability promise / resolve / reject (all undefined: none;
                               resolve undefined: the builtin promise is settled directly) */
  JS_JOB_AWAIT,             /* resumes the suspended generator `handler` with argument */
  JS_JOB_THENABLE,          /* NewPromiseResolveThenableJob: promise, thenable = argument, then = handler */
  JS_JOB_CALLBACK,          /* queueMicrotask: calls handler */
} JsJobKind;

typedef struct {
  guint8  kind;             /* JsJobKind */
  guint8  rejected;         /* PROMISE_REACTION, AWAIT: a reject reaction */
  guint8  mutation_observers; /* CALLBACK: "notify mutation observers", not queueMicrotask (for the trace) */
  guint8  reserved;
  guint32 trace_id;         /* filled in by js_enqueue_job */
  guint32 trace_label;      /* AWAIT: the awaiting function's name in the trace (js_trace_frame_label) */
  guint32 trace_site;       /* where it was set up (js_trace_site), for builtin and await handlers */
  JsValue handler;
  JsValue argument;
  JsValue promise;
  JsValue resolve;
  JsValue reject;
} JsJob;

/* HostEnqueuePromiseJob, and queueMicrotask: appends a copy of `job`. */
void      js_enqueue_job (JsState *J, const JsJob *job);
/* Runs jobs until the microtask queue is empty (V8's PerformCheckpoint).  An
 * exception escaping a job goes to js_host_report_exception. */
void      js_run_microtask_checkpoint (JsState *J);
gboolean  js_microtask_queue_is_empty (JsState *J);
/* V8's MicrotasksScope: between enter and leave, checkpoints do nothing
 * (the browser reports an exception inside the scope of the callback that
 * threw, so the error listeners' microtasks wait for its end). */
void      js_microtask_scope_enter (JsState *J);
void      js_microtask_scope_leave (JsState *J);
/* Runs a PROMISE_REACTION, AWAIT or THENABLE job (js-builtin-promise.c).
 * The job lives in a rooted slot while it runs: a runner may keep values it
 * needs across calls in the job's fields. */
void      js_promise_run_job (JsState *J, JsJob *job);

/* What the promise and job modules ask of the host (js-host-*.c). */
/* HostPromiseRejectionTracker (27.2.1.9): `handled` FALSE for "reject", TRUE for "handle". */
void      js_host_promise_rejection_tracker (JsState *J, JsObject *promise, gboolean handled);
/* An exception escaped a job or a host callback: the host calls its
 * uncaughtException listeners and returns, or prints the error and ends the
 * run (unwinding with J->terminating set; it does not return then). */
void      js_host_report_exception (JsState *J, JsValue exception);

/* ------------------------------------------------------------------------
 * DOM and events (js-dom-event.c, js-abort.c, js-dom.c,
 * js-mutation-observer.c and the others js-dom.h, their private header,
 * lists).
 * ------------------------------------------------------------------------ */

/* Installs DOMException, EventTarget, Event, CustomEvent (and in a page
 * the UI events: MouseEvent, PointerEvent, KeyboardEvent …),
 * AbortController and AbortSignal.  Both profiles
 * call it from their host init; js-gc.c marks and js-state.c frees the
 * DOM's state (js_dom_mark_roots, js_dom_free), so hosts need not. */
void      js_events_init (JsState *J);
/* The browser profile, after js_events_init: the global object becomes the
 * Window (an EventTarget; window and self are it), the document holds the
 * page fixture (tests/corpus-browser/README.md), Node/Element/Text,
 * MutationObserver. */
void      js_dom_init (JsState *J);
void      js_dom_mark_roots (JsState *J);
void      js_dom_free (JsState *J);
/* A trusted user click on document.querySelector(selector), as a task of
 * the host runs it: pointerdown, mousedown, pointerup, mouseup, click, each
 * listener called with an empty JS stack, so a microtask checkpoint follows
 * every listener.  Nothing happens when no element matches. */
void      js_dom_dispatch_user_click (JsState *J, const char *selector);
/* A new trusted Event of `type` for the host to fire (the window's `error`
 * and `unhandledrejection`): the caller defines extra properties on it
 * (message, error, reason) and dispatches it with js_dom_dispatch_event,
 * which returns FALSE when a listener called preventDefault(). */
JsObject *js_dom_event_new (JsState *J, const char *type, gboolean bubbles, gboolean cancelable);
gboolean  js_dom_dispatch_event (JsState *J, JsObject *target, JsObject *event);
/* HTML's "the end" of parsing, each for the host to run as a task of its
 * own after the script (no JS frame active, so listeners get checkpoints):
 * readyState "interactive", readystatechange and DOMContentLoaded at the
 * document; then readyState "complete", readystatechange, and load at the
 * window (event.target is the document). */
void      js_dom_fire_dom_content_loaded (JsState *J);
void      js_dom_fire_load (JsState *J);
/* Posts them: DOMContentLoaded as a task after what the script queued,
 * whose run posts load (js_browser_post_task, DOM manipulation source). */
void      js_dom_schedule_page_load (JsState *J);
/* HTML's "perform a microtask checkpoint" in a page (js-host-browser.c):
 * the microtasks, then the unhandled rejections to announce. */
void      js_browser_perform_microtask_checkpoint (JsState *J);

/* Abort signals, for fetch.  An abort algorithm (`native_fn`, called with
 * no arguments) runs when the signal aborts, before its `abort` event.  A
 * fetch follows init.signal the way Chromium's does through the request's
 * own signal — js_abort_signal_new_dependent (J, init_signal) — and adds its
 * algorithm to that one: then the script's own listeners on init.signal run
 * first, and the fetch is rejected after them. */
gboolean  js_is_abort_signal (JsValue v);
void      js_abort_signal_add_algorithm (JsState *J, JsValue signal, JsValue native_fn);
gboolean  js_abort_signal_is_aborted (JsState *J, JsValue signal, JsValue *reason_out);
JsValue   js_abort_signal_new_dependent (JsState *J, JsValue signal);
/* new DOMException(message, name) */
JsObject *js_dom_exception_new (JsState *J, const char *message, const char *name);

/* What the DOM asks of the host (js-host.c passes it on to the profile):
 * calls `native_fn` with no arguments from a timer task after `ms`
 * (AbortSignal.timeout).  Node's timer is unreferenced. */
void      js_host_set_timeout_native (JsState *J, double ms, JsValue native_fn);
void      js_node_host_set_timeout_native (JsState *J, double ms, JsValue native_fn);
void      js_browser_host_set_timeout_native (JsState *J, double ms, JsValue native_fn);
/* Node's internal errors for the DOM classes in the Node profile
 * (js-host-node.c): a `type` error with err.code = `code` and "[CODE]" in
 * its stack; how ERR_INVALID_ARG_TYPE describes a value (g_free it); and a
 * listener's exception rethrown from process.nextTick, as Node reports it. */
JsObject *js_node_error_new (JsState *J, JsErrorType type, const char *code, const char *message);
char     *js_node_describe_received (JsState *J, JsValue value);
/* Throwing Node's internal errors (js-node-errors.c): js_node_error_new's
 * error with `message` (which it g_frees first), and ERR_INVALID_ARG_TYPE:
 * 'The "name" argument must be <expected>. Received …'. */
G_GNUC_NORETURN void js_node_throw_error (JsState *J, JsErrorType type, const char *code, char *message);
G_GNUC_NORETURN void js_node_throw_invalid_arg_type (JsState *J, const char *name, const char *expected, JsValue value);
void      js_node_defer_exception (JsState *J, JsValue error);

/* ------------------------------------------------------------------------
 * Builtins: each file initialises its globals; js-state.c calls them in
 * dependency order after creating the fundamental objects.
 * ------------------------------------------------------------------------ */

void js_builtin_object_init (JsState *J);
void js_builtin_proxy_init (JsState *J);      /* js-proxy.c: Proxy, the proxy exotic methods */
void js_builtin_arguments_init (JsState *J);  /* js-arguments.c: the mapped arguments exotic methods */
void js_builtin_function_init (JsState *J);
void js_builtin_symbol_init (JsState *J);
void js_builtin_error_init (JsState *J);
void js_builtin_iterator_init (JsState *J);
void js_builtin_array_init (JsState *J);
void js_builtin_string_init (JsState *J);
void js_builtin_number_init (JsState *J);
void js_builtin_boolean_init (JsState *J);
void js_builtin_math_init (JsState *J);
void js_builtin_map_init (JsState *J);
void js_builtin_json_init (JsState *J);
void js_builtin_global_init (JsState *J);     /* globalThis, parseInt, isNaN, … */
void js_builtin_generator_init (JsState *J);  /* js-generator.c: %GeneratorFunction%, %GeneratorPrototype% … */
void js_builtin_promise_init (JsState *J);
/* Promise.withResolvers, which Chromium has and Node 20 has not (browser profile). */
void js_promise_define_with_resolvers (JsState *J);
void js_builtin_console_init (JsState *J);
void js_builtin_bigint_init (JsState *J);   /* js-builtin-bigint.c: BigInt, %BigInt.prototype% */
void js_builtin_regexp_init (JsState *J);   /* js-builtin-regexp.c: RegExp, %RegExpStringIteratorPrototype% */
void js_builtin_arraybuffer_init (JsState *J);
void js_builtin_typedarray_init (JsState *J);  /* %TypedArray% and the eleven constructors */
void js_builtin_dataview_init (JsState *J);
void js_builtin_textcodec_init (JsState *J);   /* TextEncoder, TextDecoder, atob, btoa */
void js_builtin_url_init (JsState *J);         /* URL, URLSearchParams */

/* Module lifecycles, called by js_state_new / js_state_free (js-state.c):
 * runtime core first, then the VM, the builtins, the jobs, the host. */
void js_vm_init (JsState *J);
void js_vm_free (JsState *J);
void js_job_init (JsState *J);
void js_job_free (JsState *J);
void js_host_init (JsState *J);     /* installs the profile's globals (process, timers, …) */
void js_host_free (JsState *J);
JsTrace *js_trace_new (JsState *J);
/* The runtime core alone — heap, atoms, symbols, %Object.prototype%,
 * %Function.prototype%, the global object — without the VM, builtins, jobs
 * or host: for unit tests of the runtime.  Free it with js_state_free. */
JsState *js_state_new_core (const JsOptions *options);
void js_trace_free (JsTrace *trace);

/* The intrinsic objects (%Object.prototype% …), filled in by the inits. */
#define JS_INTRINSICS(X) \
  X (ObjectPrototype) X (FunctionPrototype) X (ArrayPrototype) X (StringPrototype) \
  X (NumberPrototype) X (BooleanPrototype) X (SymbolPrototype) X (BigIntPrototype) \
  X (ErrorPrototype) X (TypeErrorPrototype) X (RangeErrorPrototype) X (ReferenceErrorPrototype) \
  X (SyntaxErrorPrototype) X (EvalErrorPrototype) X (URIErrorPrototype) X (AggregateErrorPrototype) \
  X (IteratorPrototype) X (AsyncIteratorPrototype) X (ArrayIteratorPrototype) X (StringIteratorPrototype) \
  X (MapIteratorPrototype) X (SetIteratorPrototype) X (RegExpStringIteratorPrototype) \
  X (GeneratorFunction) X (GeneratorFunctionPrototype) X (GeneratorPrototype) \
  X (AsyncFunction) X (AsyncFunctionPrototype) \
  X (AsyncGeneratorFunction) X (AsyncGeneratorFunctionPrototype) X (AsyncGeneratorPrototype) \
  X (AsyncFromSyncIteratorPrototype) \
  X (Object) X (Function) X (Array) X (String) X (Number) X (Boolean) X (Symbol) \
  X (Error) X (TypeError) X (RangeError) X (ReferenceError) X (SyntaxError) X (EvalError) \
  X (URIError) X (AggregateError) \
  X (Promise) X (PromisePrototype) X (Map) X (MapPrototype) X (Set) X (SetPrototype) \
  X (WeakMap) X (WeakMapPrototype) X (WeakSet) X (WeakSetPrototype) X (WeakRefPrototype) \
  X (Date) X (DatePrototype) X (RegExp) X (RegExpPrototype) \
  X (ThrowTypeError) X (ArrayProtoValues) X (ObjectProtoToString) X (Eval) \
  X (ArrayBuffer) X (ArrayBufferPrototype) X (TypedArray) X (TypedArrayPrototype) \
  X (DataView) X (DataViewPrototype) X (BufferPrototype) \
  X (Int8Array) X (Uint8Array) X (Uint8ClampedArray) X (Int16Array) X (Uint16Array) \
  X (Int32Array) X (Uint32Array) X (Float32Array) X (Float64Array) X (BigInt64Array) X (BigUint64Array) \
  X (Int8ArrayPrototype) X (Uint8ArrayPrototype) X (Uint8ClampedArrayPrototype) X (Int16ArrayPrototype) \
  X (Uint16ArrayPrototype) X (Int32ArrayPrototype) X (Uint32ArrayPrototype) X (Float32ArrayPrototype) \
  X (Float64ArrayPrototype) X (BigInt64ArrayPrototype) X (BigUint64ArrayPrototype)

typedef enum {
#define JS_INTRINSIC_ENUM(id) JS_INTRINSIC_##id,
  JS_INTRINSICS (JS_INTRINSIC_ENUM)
#undef JS_INTRINSIC_ENUM
  JS_N_INTRINSICS
} JsIntrinsicId;

#define JS_INTRINSIC(J, id) ((J)->intrinsics[JS_INTRINSIC_##id])

/* ------------------------------------------------------------------------
 * Formatting values like Node's util.inspect (js-inspect.c)
 * ------------------------------------------------------------------------ */

/* util.inspect's `getters`: which getters run to show their value. */
typedef enum {
  JS_INSPECT_GETTERS_NONE,   /* false */
  JS_INSPECT_GETTERS_ALL,    /* true */
  JS_INSPECT_GETTERS_GET,    /* 'get': getters without a setter */
  JS_INSPECT_GETTERS_SET,    /* 'set': getters with a setter */
} JsInspectGetters;

#define JS_INSPECT_COMPACT_TRUE (-1)

typedef struct {
  int      depth;            /* default 2; G_MAXINT for no limit (null, Infinity) */
  gboolean colors;           /* ANSI styles; console.log leaves it FALSE (stdout is no TTY) */
  gboolean show_hidden;      /* %o */
  int      break_length;     /* default 80 */
  int      compact;          /* default 3; 0 for false (every entry on its own line);
                              JS_INSPECT_COMPACT_TRUE for true (Node's oldest layout) */
  gboolean sorted;
  JsValue  sort_compare;       /* sorted: a comparator function; undefined for the default order */
  int      max_array_length;   /* default 100; G_MAXINT for no limit */
  int      max_string_length;  /* default 10000; G_MAXINT for no limit */
  gboolean custom_inspect;     /* default TRUE: call [Symbol.for('nodejs.util.inspect.custom')] */
  gboolean show_proxy;         /* default FALSE: a proxy shows as its target; TRUE: Proxy [ target, handler ] */
  JsInspectGetters getters;    /* default NONE: accessors show as [Getter] without running */
  gboolean numeric_separator;  /* default FALSE: TRUE shows 1_000_000 */
} JsInspectOptions;

void      js_inspect_options_init (JsInspectOptions *options);
/* util.inspect(value, options), appended to `out` as UTF-8. */
void      js_inspect (JsState *J, JsValue value, const JsInspectOptions *options, GString *out);
/* util.format(...args): what console.log prints for its arguments (no newline). */
void      js_format_log_args (JsState *J, int argc, const JsValue *argv, GString *out);
/* util.formatWithOptions(options, ...args): the same with inspect options. */
void      js_format_with_options (JsState *J, const JsInspectOptions *options, int argc, const JsValue *argv,
                                  GString *out);
/* Applies an options object as util.inspect reads it (own enumerable
 * showHidden, depth, breakLength, compact, sorted, maxArrayLength,
 * maxStringLength, customInspect, showProxy, getters, numericSeparator) — for console.dir
 * and the host's util. */
void      js_inspect_options_from_value (JsState *J, JsValue value, JsInspectOptions *options);
/* A native util.inspect(value, options) function (also what custom inspect
 * functions receive as their third argument). */
JsObject *js_inspect_function_new (JsState *J);

/* JSON.stringify(value, replacer, space) (js-builtin-json.c): a string, or
 * undefined when `value` does not serialise; util.format's %j uses it. */
JsValue   js_json_stringify (JsState *J, JsValue value, JsValue replacer, JsValue space);

/* Writes to the state's output sink (console, uncaught errors). */
void      js_write_output (JsState *J, JsStream stream, const char *text, gsize length);

/* ------------------------------------------------------------------------
 * Virtual time (js-host.c owns the clock, both profiles move it).  Executed
 * work advances the clock by a fixed cost per VM step, so busy-waits end and
 * block timers.
 * ------------------------------------------------------------------------ */

#define JS_NS_PER_STEP 10   /* virtual nanoseconds charged per executed instruction */
/* What a script's read of a clock costs (Date.now(), new Date(),
 * performance.now(), process.hrtime()).  More than V8's few tens of ns,
 * so that the classic "block the loop for 3 seconds" busy-wait ends after
 * millions of steps, not hundreds of millions; no order can tell. */
#define JS_NS_PER_CLOCK_READ 1000
static inline double js_virtual_now_ms (JsState *J);   /* ms since the run started; below JsState */
static inline double js_clock_read_ms (JsState *J);    /* the same, for a script's clock read */
/* The loop is idle until `ms`: the clock jumps there (never backwards). */
void      js_virtual_clock_advance_to (JsState *J, double ms);

/* ------------------------------------------------------------------------
 * Host profiles (js-host.c dispatches the js_host_* hooks and js_state_run
 * on options.host to js-host-node.c or js-host-browser.c).
 * ------------------------------------------------------------------------ */

void        js_node_host_init (JsState *J);
void        js_node_host_free (JsState *J);
void        js_node_host_mark_roots (JsState *J);
void        js_node_host_promise_rejection_tracker (JsState *J, JsObject *promise, gboolean handled);
void        js_node_host_report_exception (JsState *J, JsValue exception);
JsRunStatus js_node_state_run (JsState *J, const char *source, gsize length, const char *filename);
/* What the fs module (js-node-fs.c) asks of the Node host: a fresh async
 * id (each request takes one, as timers' ids show); MakeCallback for a
 * completed request (the callback, then its scope's ticks and microtasks; an
 * exception is reported as uncaught); the main script's path, directory and
 * source text (NULL outside a run). */
guint32     js_node_host_new_async_id (JsState *J);
void        js_node_host_make_callback (JsState *J, JsValue fn, JsValue args);
void        js_node_host_script (JsState *J, const char **filename, const char **dirname,
                                 const char **source, gsize *length);
/* The exports of the builtin module `name` ("fs", without "node:"), loaded
 * once per run; JS_EMPTY when Node has no such module here (js-module.c). */
JsValue     js_node_builtin_module (JsState *J, const char *name);
/* require('assert') (js-node-assert.c), and Node's deep equality behind
 * it and util.isDeepStrictEqual (js-node-deep-equal.c). */
JsValue     js_node_assert_module_new (JsState *J);
gboolean    js_node_deep_equal (JsState *J, JsValue a, JsValue b, gboolean strict);
/* require('crypto') and the global crypto (js-node-crypto.c): the module
 * shares the global's random generator. */
JsObject   *js_node_webcrypto_new (JsState *J);
JsValue     js_node_crypto_module_new (JsState *J, JsObject *webcrypto);
/* The process members js-node-process.c defines (env, emitWarning, ids …). */
void        js_node_process_define_extras (JsState *J, JsObject *process);
/* events.addAbortListener, and the Symbol.dispose / asyncDispose Node
 * defines (js-node-abort-listener.c). */
void        js_node_dispose_symbols_init (JsState *J);
void        js_node_events_define_add_abort_listener (JsState *J, JsObject *events);
/* require('string_decoder') (js-node-string-decoder.c) */
JsValue     js_node_string_decoder_module_new (JsState *J);
/* require('querystring') (js-node-querystring.c) */
JsValue     js_node_querystring_module_new (JsState *J);
/* require('os') (js-node-os.c) */
JsValue     js_node_os_module_new (JsState *J);
/* The util functions js-node-util.c adds to require('util'). */
void        js_node_util_define_extras (JsState *J, JsObject *util);
/* The fs module: an in-memory file system per run (js-node-fs.c).  Its
 * asynchronous requests complete in the poll phase: next_due is when the
 * next one does (INFINITY when none is in flight), run_due runs those due. */
void        js_node_fs_free (JsState *J);
void        js_node_fs_mark (JsState *J);
JsValue     js_node_fs_module_new (JsState *J);
JsValue     js_node_fs_promises_module_new (JsState *J);
gboolean    js_node_fs_has_pending (JsState *J);
double      js_node_fs_next_due (JsState *J);
void        js_node_fs_run_due (JsState *J);

void        js_browser_host_init (JsState *J);
void        js_browser_host_free (JsState *J);
void        js_browser_host_mark_roots (JsState *J);
void        js_browser_host_promise_rejection_tracker (JsState *J, JsObject *promise, gboolean handled);
void        js_browser_host_report_exception (JsState *J, JsValue exception);
JsRunStatus js_browser_state_run (JsState *J, const char *source, gsize length, const char *filename);
/* The browser's tasks for other modules (fetch, the DOM): calls `callback`
 * (a function, `this` the window, no arguments) from a task `delay_ms` from
 * now, shown in the trace on `queue` as a `kind` task.  Returns a handle for
 * js_browser_cancel_task (which ignores finished tasks). */
guint32     js_browser_post_task (JsState *J, double delay_ms, JsValue callback, JsTraceQueue queue,
                                  JsTraceTaskKind kind);
void        js_browser_cancel_task (JsState *J, guint32 handle);
/* The header of the script js_state_run is running (the @fetch routes). */
typedef struct JsScenario JsScenario;
const JsScenario *js_browser_get_scenario (JsState *J);
/* fetch, Request, Response, Headers (js-fetch.c), for the browser profile. */
void        js_fetch_init (JsState *J);
/* MessageChannel, MessagePort, MessageEvent, window.postMessage
 * (js-message-channel.c), for the browser profile. */
void        js_message_channel_init (JsState *J);

/* "stopped after N steps (step budget)": what both profiles say when a
 * budget ends the run; returns `buffer`. */
const char *js_host_budget_description (JsState *J, JsBudget budget, char *buffer, gsize size);

/* ------------------------------------------------------------------------
 * The state
 * ------------------------------------------------------------------------ */

struct JsState {
  JsOptions options;

  /* Heap */
  GPtrArray *gc_things;           /* every GC thing, JsGc * (js-gc.c) */
  gsize     gc_bytes;             /* live after the last collection + allocated since */
  gsize     gc_threshold;         /* collect when gc_bytes exceeds it */
  gsize     gc_external_bytes;
  guint     gc_count;
  GPtrArray *gc_roots;            /* JsValue * registered by js_gc_add_root */
  struct JsGcCells *gc_cells;     /* the small things' size classes (js-gc.c) */
  JsGc    **gc_gray;              /* things reached but not yet visited (js-gc.c) */
  gsize     gc_gray_len;
  gsize     gc_gray_cap;
  gboolean  gc_collecting;
  gboolean  core_only;             /* js_state_new_core: no VM, builtins, jobs or host */

  /* Atoms (weak table) and well-known things */
  GHashTable *atom_table;         /* JsString * (by content) -> itself; swept by the GC */
  JsString *atoms[JS_N_ATOMS];
  JsString *small_strings[128];   /* one-char strings for ASCII */
  JsString *index_strings[256];   /* "0".."255" */
  JsSymbol *symbols[JS_N_SYMBOLS];
  JsObject *symbol_registry;      /* Symbol.for: a Map object, or NULL until used */
  JsObject *intrinsics[JS_N_INTRINSICS];
  JsObject *global;

  /* Exceptions */
  JsTryPoint *try_top;
  JsValue   exception;
  gboolean  terminating;          /* a budget ran out: unwind everything */
  JsBudget  terminated_by;
  int       error_line, error_column;  /* position of the last syntax error / uncaught error */
  char     *error_note;           /* the last syntax error's note (js_state_get_error_note), or NULL */

  /* VM (js-vm.c owns these) */
  JsFrame  *frame;                /* innermost running JS frame */
  int       native_depth;         /* natives active on the C stack */
  int       call_depth;           /* JS frames active (budget: options.max_call_depth) */
  int       c_depth;              /* nested VM run loops (native re-entry) */
  guint64   steps;                /* executed instructions (budget: options.max_steps) */
  guint64   step_check_at;        /* js-budget.c: look at the step and wall-time budgets past this */
  gint64    deadline_us;          /* js-budget.c: monotonic time the wall-time budget ends; 0 = none */
  gint64    deadline_cpu_us;      /* js-budget.c: and the thread CPU time it needs to have had */
  guint     budget_polls;         /* js-budget.c: event-loop turns, to read the clock every few */
  gpointer  vm;                   /* module-private state of js-vm.c */

  /* Asynchrony (js-job.c, js-host-*.c, js-trace.c) */
  gpointer  jobs;                 /* module-private state of js-job.c */
  JsHost   *host;                 /* the Node profile's state (js-host-node.c), or NULL */
  gpointer  browser;              /* the browser profile's state (js-host-browser.c), or NULL */
  gpointer  dom;                  /* the DOM modules' state (js-dom.h), or NULL */
  gpointer  node_fs;              /* the fs module's state (js-node-fs.c), or NULL */
  JsValue   module_namespaces;    /* js-module.c: "node:NAME" -> namespace object (a GC root) */
  double    clock_base_ms;        /* virtual time at clock_base_steps (js-host.c) */
  guint64   clock_base_steps;
  JsTrace  *trace;                /* NULL unless options.record_trace */

  /* Exotic objects' internal methods by class (js_object_register_exotic) */
  const JsExoticMethods *exotic_methods[JS_N_CLASSES];

  /* Output */
  JsOutputFunc output;
  gpointer  output_data;
  int       exit_code;
  char     *error_message;        /* for js_state_get_error_message */
};

/* Inline: busy-wait loops read the clock through Date.now() every turn. */
static inline double
js_virtual_now_ms (JsState *J)
{
  return J->clock_base_ms + (double) (J->steps - J->clock_base_steps) * (JS_NS_PER_STEP / 1e6);
}

static inline double
js_clock_read_ms (JsState *J)
{
  J->clock_base_ms += JS_NS_PER_CLOCK_READ / 1e6;
  return js_virtual_now_ms (J);
}

static inline void
js_budget_check (JsState *J)
{
  if (G_UNLIKELY (J->steps > J->step_check_at))
    js_budget_check_steps (J);
}

static inline const JsExoticMethods *
js_object_exotic_methods (JsState *J, const JsObject *obj)
{
  return G_UNLIKELY (obj->flags & JS_OBJECT_EXOTIC) ? J->exotic_methods[obj->class_id] : NULL;
}

G_END_DECLS
