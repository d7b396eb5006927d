/* js-scenario.h: the header comment of a scenario file.
 *
 * A scenario is a script whose first lines may describe it:
 *
 *   // @title Timers against promises
 *   // @host node
 *   // @note The promise callback runs before the timer.
 *   // @click #button 100ms     (browser profile: a user's click at 100 ms)
 *   // @fetch /api/data 50ms 200 {"n":1}   (browser profile: fetch's answer)
 *
 * The header is the run of blank lines and `//` comments at the top of the
 * file; `// @key value` lines in it are directives, other comments are left
 * alone.  An unknown key or a bad value is a warning, never an error: the
 * script still runs.
 */
#pragma once

#include <glib.h>

#include "js.h"

G_BEGIN_DECLS

typedef struct {
  char *key;      /* "click", "fetch": kept for the browser profile to interpret */
  char *value;    /* the rest of the line, trimmed */
  int   line;     /* 1-based */
} JsScenarioDirective;

/* `// @click SELECTOR TIME`: a user's click on document.querySelector
 * (SELECTOR) at TIME ms after the start. */
typedef struct {
  char   *selector;
  double  time_ms;
  int     line;
} JsScenarioClick;

/* `// @fetch PATH [TIME [STATUS [BODY]]]` or `// @fetch PATH TIME error`:
 * the simulated answer to fetch(PATH), TIME ms after the call (default
 * 100), with STATUS (default 200) and BODY (default empty), or a network
 * error. */
typedef struct {
  char    *path;
  double   latency_ms;
  int      status;
  gboolean network_error;
  char    *body;
  int      line;
} JsScenarioFetch;

typedef struct JsScenario {
  char         *title;       /* NULL when the header has none */
  JsHostProfile host;        /* JS_HOST_NODE unless `@host browser` */
  gboolean      host_given;  /* an @host line was there */
  GPtrArray    *notes;       /* char *, in order */
  GPtrArray    *directives;  /* JsScenarioDirective *: @click and @fetch, in order */
  GPtrArray    *clicks;      /* JsScenarioClick *: the valid @click lines, in order */
  GPtrArray    *fetches;     /* JsScenarioFetch *: the valid @fetch lines, one per path */
  GPtrArray    *warnings;    /* char *: "3: unknown key '@colour'" */
} JsScenario;

/* Never fails: a file without a header gives an empty scenario. */
JsScenario *js_scenario_parse (const char *source, gssize length);
void        js_scenario_free (JsScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsScenario, js_scenario_free)

G_END_DECLS
