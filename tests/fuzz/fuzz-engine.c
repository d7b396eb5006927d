/* fuzz-engine: lexes, parses, compiles and runs arbitrary input through the
 * public API (js.h) with small budgets, so that every input ends quickly.
 * Built twice: fuzz-engine runs it in the Node profile, fuzz-engine-browser
 * (FUZZ_HOST_BROWSER defined) as a page, where the input's `// @fetch` and
 * `// @click` header lines drive the simulated network and user.
 *
 * Whatever the input, the engine must not crash, hang, leak or trip a
 * sanitizer: scripts that throw, fail to parse or exhaust a budget are
 * ordinary outcomes.  GLib criticals are made fatal because they mean a
 * broken invariant inside the engine, not a script error.
 */
#include <glib.h>
#include <stdint.h>

#include "js.h"

#ifdef FUZZ_HOST_BROWSER
#define FUZZ_HOST JS_HOST_BROWSER
#else
#define FUZZ_HOST JS_HOST_NODE
#endif

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  JsOptions options;
  JsState *J;

  js_options_init (&options);
  options.host = FUZZ_HOST;
  options.max_steps = 100000;
  options.max_heap_bytes = (gsize) 64 * 1024 * 1024;
  options.max_virtual_ms = 60 * 1000;
  /* Deep JS recursion costs C stack in the VM; the default depth with
   * sanitizer-sized frames is not what this target is about. */
  options.max_call_depth = 1000;

  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  js_state_run (J, (const char *) data, size, "fuzz.js");
  js_state_get_exit_code (J);
  js_state_free (J);
  return 0;
}
