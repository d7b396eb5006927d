/* js-regexp.h: the regular expression compiler and matcher (js-regexp.c),
 * private to js-regexp.c and js-builtin-regexp.c.
 *
 * A pattern compiles to a small bytecode run by a backtracking matcher with
 * an explicit backtrack stack, so neither the pattern nor the input length
 * recurses on the C stack. */
#pragma once

#include "js-internal.h"

G_BEGIN_DECLS

/* The flags, in the order of RegExp.prototype.flags ("dgimsuvy"). */
enum {
  JS_REGEXP_HAS_INDICES = 1 << 0,   /* d */
  JS_REGEXP_GLOBAL      = 1 << 1,   /* g */
  JS_REGEXP_IGNORE_CASE = 1 << 2,   /* i */
  JS_REGEXP_MULTILINE   = 1 << 3,   /* m */
  JS_REGEXP_DOT_ALL     = 1 << 4,   /* s */
  JS_REGEXP_UNICODE     = 1 << 5,   /* u */
  JS_REGEXP_UNICODE_SETS = 1 << 6,  /* v: parsed like u (no set operations) */
  JS_REGEXP_STICKY      = 1 << 7,   /* y */
};

typedef struct JsRegExpProgram JsRegExpProgram;

/* Parses flags ("gi"); -1 when invalid (unknown or repeated). */
int               js_regexp_parse_flags (const uint16_t *flags, guint32 length);
/* Compiles a pattern; NULL with *error set to V8's message ("Unterminated
 * group", static text) when it is invalid. */
JsRegExpProgram  *js_regexp_compile (const uint16_t *pattern, guint32 length, int flags, const char **error);
void              js_regexp_program_free (JsRegExpProgram *prog);
/* The bytes the program holds outside the GC heap (for js_gc_account). */
gsize             js_regexp_program_size (const JsRegExpProgram *prog);
/* Capture groups including group 0. */
guint32           js_regexp_capture_count (const JsRegExpProgram *prog);
/* Group i's name (UTF-16, *length units), NULL when unnamed. */
const uint16_t   *js_regexp_group_name (const JsRegExpProgram *prog, guint32 i, guint32 *length);
gboolean          js_regexp_has_named_groups (const JsRegExpProgram *prog);
/* Tries a match starting exactly at `start` (sticky) or at the first
 * position from `start` on.  On success fills captures[0 .. 2*count-1] with
 * start/end offsets (-1 for unmatched groups) and returns TRUE.  Backtracking
 * steps are charged to J->steps: the step budget ends a catastrophic match. */
gboolean          js_regexp_match (JsState *J, const JsRegExpProgram *prog, const uint16_t *input,
                                   guint32 length, guint32 start, gboolean sticky, int *captures);

G_END_DECLS
