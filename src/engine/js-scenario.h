/* js-scenario.h: the header comment of a scenario file.
 *
 * A scenario is a script whose first lines may describe it:
 *
 *   // @title Timers against promises
 *   // @host node
 *   // @note The promise callback runs before the timer.
 *   // @click #button 100       (browser profile: a user event at 100 ms)
 *   // @fetch /api/data 50      (browser profile: a response after 50 ms)
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

typedef struct {
  char         *title;       /* NULL when the header has none */
  JsHostProfile host;        /* JS_HOST_NODE unless `@host browser` */
  gboolean      host_given;  /* an @host line was there */
  GPtrArray    *notes;       /* char *, in order */
  GPtrArray    *directives;  /* JsScenarioDirective *: @click and @fetch, in order */
  GPtrArray    *warnings;    /* char *: "3: unknown key '@colour'" */
} JsScenario;

/* Never fails: a file without a header gives an empty scenario. */
JsScenario *js_scenario_parse (const char *source, gssize length);
void        js_scenario_free (JsScenario *scenario);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsScenario, js_scenario_free)

G_END_DECLS
