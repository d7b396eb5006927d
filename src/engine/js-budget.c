/* js-budget.c: the step and wall-time budgets, which stop a runaway script.
 *
 * Every budget ends the run through js_throw_budget (js-error.c): the heap
 * budget in js-gc.c, the virtual-time budget in the hosts' event loops, the
 * stack budget where natives re-enter the VM.  The two here are counted
 * together because they share one check on the hot paths:
 *
 *  - steps: J->steps counts executed instructions (and work in the regexp
 *    matcher and BigInt arithmetic); past options.max_steps the run stops.
 *    Deterministic: the same script stops at the same instruction.
 *  - wall time: a script that is slow per step (a microtask that queues
 *    another, an interval never cleared) would take seconds to use up the
 *    step budget on a loaded machine; options.max_wall_ms of real time from
 *    the start of js_state_run stops it.  This is what bounds the wait of
 *    the app (whose GTask cannot be cancelled) and of the CLI.  But only
 *    once the run has also had a fifth of that in processor time: on a
 *    machine so busy that it got less, a legitimate script doing a few tens
 *    of milliseconds of work would take as long in real time as a runaway,
 *    and must not be stopped for the machine's load.
 *
 * The hot paths compare J->steps with J->step_check_at only: that is the
 * step budget or the next time to read the clock, whichever comes first, so
 * the deadline costs one clock read every CLOCK_CHECK_STEPS instructions
 * (tens of microseconds of work).
 */
#include "js-internal.h"

#include <time.h>

#ifdef HAVE_VALGRIND_VALGRIND_H
#include <valgrind/valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#endif

#define CLOCK_CHECK_STEPS ((guint64) 1 << 16)
/* Event-loop turns between two clock reads, for loops whose callbacks are
 * natives and so execute no instructions. */
#define CLOCK_CHECK_POLLS 64

#define CPU_SHARE_DIVISOR 5

/* Processor time of the calling thread (the app runs the engine in a
 * worker thread), in microseconds. */
static gint64
thread_cpu_time_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return G_MAXINT64;   /* no CPU clock: real time alone decides */
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
schedule_check (JsState *J)
{
  guint64 next = J->steps + CLOCK_CHECK_STEPS;

  J->step_check_at = J->deadline_us != 0 ? MIN (J->options.max_steps, next) : J->options.max_steps;
}

void
js_budget_start (JsState *J)
{
  /* --gc-stress collects at every safepoint and valgrind runs code tens of
   * times slower: both are for finding bugs, not for judging speed, so
   * their runs have no deadline. */
  if (J->options.max_wall_ms <= 0 || J->options.gc_stress || RUNNING_ON_VALGRIND)
    J->deadline_us = 0;
  else
    {
      gint64 cpu = thread_cpu_time_us ();
      gint64 wall_us = (gint64) (J->options.max_wall_ms * 1000);

      J->deadline_us = g_get_monotonic_time () + wall_us;
      J->deadline_cpu_us = cpu == G_MAXINT64 ? 0 : cpu + wall_us / CPU_SHARE_DIVISOR;
    }
  schedule_check (J);
}

void
js_budget_stop (JsState *J)
{
  J->deadline_us = 0;
  schedule_check (J);
}

gboolean
js_budget_exhausted (JsState *J, JsBudget *budget)
{
  if (J->steps > J->options.max_steps)
    {
      *budget = JS_BUDGET_STEPS;
      return TRUE;
    }
  /* The CPU clock is a system call: read it only past the deadline. */
  if (J->deadline_us != 0 && g_get_monotonic_time () >= J->deadline_us &&
      thread_cpu_time_us () >= J->deadline_cpu_us)
    {
      *budget = JS_BUDGET_WALL;
      return TRUE;
    }
  schedule_check (J);
  return FALSE;
}

void
js_budget_check_steps (JsState *J)
{
  JsBudget budget;

  if (js_budget_exhausted (J, &budget))
    js_throw_budget (J, budget);
}

void
js_budget_poll (JsState *J)
{
  JsBudget budget;

  if (J->deadline_us == 0 || ++J->budget_polls % CLOCK_CHECK_POLLS != 0)
    return;
  if (js_budget_exhausted (J, &budget))
    js_throw_budget (J, budget);
}
