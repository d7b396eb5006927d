/* js.h: the public interface of the Loop Bakery JavaScript engine.
 *
 * One JsState is one engine: a heap, a global object, a host (Node or
 * browser profile) with its event loop in virtual time, and optionally a
 * trace recorder.  There are no globals; any number of states can live in
 * one process, in one thread each.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct JsState JsState;

typedef enum {
  JS_HOST_NODE,
  JS_HOST_BROWSER,
} JsHostProfile;

typedef enum {
  JS_STREAM_STDOUT,
  JS_STREAM_STDERR,
} JsStream;

/* Receives everything the script prints (console.*, uncaught errors):
 * `text` is UTF-8, `length` bytes, usually one line with its '\n'. */
typedef void (*JsOutputFunc) (JsState    *J,
                              JsStream    stream,
                              const char *text,
                              gsize       length,
                              gpointer    user_data);

typedef struct {
  JsHostProfile host;
  guint64 max_steps;          /* executed VM instructions; 0 = default */
  gsize   max_heap_bytes;     /* live GC heap; 0 = default */
  guint   max_call_depth;     /* JS frames; beyond it a catchable RangeError; 0 = default */
  gdouble max_virtual_ms;     /* virtual time after which the loop stops; 0 = default */
  gdouble max_wall_ms;        /* real time one js_state_run may take (js-budget.c); 0 = default, < 0 = no limit */
  gboolean gc_stress;         /* collect at every safepoint after an allocation (tests) */
  gboolean record_trace;      /* record a trace of every observable step */
} JsOptions;

/* About a second of steps on a fast machine: the wall-time budget ends a
 * runaway loop first, and legitimate heavy scripts get as far as it allows. */
#define JS_DEFAULT_MAX_STEPS       ((guint64) 1000 * 1000 * 1000)
/* 256 MB holds the benchmarks' biggest heap (1,000,000 live small objects
 * take 200 to 256 MB), and a runaway allocation fills it in well under a
 * second; the CLI's --max-heap raises it. */
#define JS_DEFAULT_MAX_HEAP_BYTES  ((gsize) 256 * 1024 * 1024)
#define JS_DEFAULT_MAX_CALL_DEPTH  10000
#define JS_DEFAULT_MAX_VIRTUAL_MS  (24.0 * 3600 * 1000)
/* A runaway script ends within a second of real time on a loaded machine.
 * It stops only once it has also had a fifth of this in CPU time (100 ms,
 * twice what the heaviest corpus script needs), so that a loaded machine
 * does not stop legitimate work.  Sanitized builds, --gc-stress and
 * valgrind stretch or lift it (js-budget.c). */
#define JS_DEFAULT_MAX_WALL_MS     500.0

void      js_options_init (JsOptions *options);

JsState  *js_state_new    (const JsOptions *options);
void      js_state_free   (JsState         *J);

void      js_state_set_output (JsState      *J,
                               JsOutputFunc  func,
                               gpointer      user_data);

typedef enum {
  JS_RUN_OK,              /* the script and its event loop ran to the end */
  JS_RUN_SYNTAX_ERROR,    /* nothing ran; see js_state_get_error_* */
  JS_RUN_UNCAUGHT,        /* an uncaught exception or unhandled rejection ended the run */
  JS_RUN_BUDGET,          /* a budget (steps, heap, virtual or wall time) stopped the run */
} JsRunStatus;

/* Runs `source` as the main script, then the host's event loop until
 * nothing is pending (or the run ends early, see JsRunStatus).  `filename`
 * is used in messages only. */
JsRunStatus js_state_run (JsState    *J,
                          const char *source,
                          gsize       length,
                          const char *filename);

/* The process exit code Node would give for the finished run (0 or 1). */
int         js_state_get_exit_code (JsState *J);

/* After JS_RUN_SYNTAX_ERROR, JS_RUN_UNCAUGHT or JS_RUN_BUDGET: the message
 * as Node prints it ("SyntaxError: Unexpected token ')'") and its position
 * (line 0 when unknown). */
const char *js_state_get_error_message (JsState *J);
void        js_state_get_error_position (JsState *J,
                                         int     *line,
                                         int     *column);
/* After JS_RUN_SYNTAX_ERROR: what V8 leaves out of the message but an
 * editor shows, like "unclosed '(' at 3:5" for a bracket still open where
 * the error is; NULL when there is nothing to add. */
const char *js_state_get_error_note (JsState *J);

const char *js_version (void);

G_END_DECLS
