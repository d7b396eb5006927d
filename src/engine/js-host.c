/* js-host.c: the host profile behind the engine's host hooks.
 *
 * A state runs either as `node FILE.js` (js-host-node.c) or as a page in a
 * browser (js-host-browser.c), chosen by options.host when it is created.
 * The rest of the engine calls the js_host_* hooks and js_state_run; they
 * pass the call on to the profile.  What both profiles share lives here:
 * the virtual clock and the wording of a budget stop.
 */
#include "js-internal.h"

static gboolean
is_browser (JsState *J)
{
  return J->options.host == JS_HOST_BROWSER;
}

/* ------------------------------------------------------------------------
 * Virtual time: the time the loop last jumped to, plus the work done since
 * at JS_NS_PER_STEP per executed instruction.
 * ------------------------------------------------------------------------ */

/* The loops call this whenever they wait for a timer: it is also where a
 * loop of native callbacks, which executes no steps, meets the deadline. */
void
js_virtual_clock_advance_to (JsState *J, double ms)
{
  js_budget_poll (J);
  if (ms > js_virtual_now_ms (J))
    {
      J->clock_base_ms = ms;
      J->clock_base_steps = J->steps;
    }
}

const char *
js_host_budget_description (JsState *J, JsBudget budget, char *buffer, gsize size)
{
  switch (budget)
    {
    case JS_BUDGET_STEPS:
      g_snprintf (buffer, size, "stopped after %" G_GUINT64_FORMAT " steps (step budget)", J->options.max_steps);
      break;
    case JS_BUDGET_HEAP:
      g_snprintf (buffer, size, "stopped at %" G_GSIZE_FORMAT " MB of heap (heap budget)",
                  J->options.max_heap_bytes / (1024 * 1024));
      break;
    case JS_BUDGET_TIME:
      g_snprintf (buffer, size, "stopped at %.0f ms of virtual time (time budget)", J->options.max_virtual_ms);
      break;
    case JS_BUDGET_STACK:
      g_snprintf (buffer, size, "stopped: native calls nested too deeply (stack budget)");
      break;
    case JS_BUDGET_WALL:
      g_snprintf (buffer, size, "stopped after %.0f ms of real time (wall-time budget)", J->options.max_wall_ms);
      break;
    }
  return buffer;
}

/* ------------------------------------------------------------------------
 * The hooks
 * ------------------------------------------------------------------------ */

void
js_host_init (JsState *J)
{
  if (is_browser (J))
    js_browser_host_init (J);
  else
    js_node_host_init (J);
}

void
js_host_free (JsState *J)
{
  if (is_browser (J))
    js_browser_host_free (J);
  else
    js_node_host_free (J);
}

void
js_host_mark_roots (JsState *J)
{
  if (is_browser (J))
    js_browser_host_mark_roots (J);
  else
    js_node_host_mark_roots (J);
}

void
js_host_promise_rejection_tracker (JsState *J, JsObject *promise, gboolean handled)
{
  if (is_browser (J))
    js_browser_host_promise_rejection_tracker (J, promise, handled);
  else
    js_node_host_promise_rejection_tracker (J, promise, handled);
}

void
js_host_report_exception (JsState *J, JsValue exception)
{
  if (is_browser (J))
    js_browser_host_report_exception (J, exception);
  else
    js_node_host_report_exception (J, exception);
}

void
js_host_set_timeout_native (JsState *J, double ms, JsValue native_fn)
{
  if (is_browser (J))
    js_browser_host_set_timeout_native (J, ms, native_fn);
  else
    js_node_host_set_timeout_native (J, ms, native_fn);
}

JsRunStatus
js_state_run (JsState *J, const char *source, gsize length, const char *filename)
{
  JsRunStatus status;

  js_budget_start (J);
  if (is_browser (J))
    status = js_browser_state_run (J, source, length, filename);
  else
    status = js_node_state_run (J, source, length, filename);
  js_budget_stop (J);
  return status;
}

int
js_state_get_exit_code (JsState *J)
{
  return J->exit_code;
}
