/* eval-case.h: tests that run a function body in a fresh state and compare
 * String() of what it returns (or of what it throws) with the expectation. */
#pragma once

#include <glib.h>

#include "js.h"

/* Runs `body` as the body of a function in a new state (collecting at every
 * safepoint when `gc_stress`) and asserts that String(its result), or
 * "throws NAME: MESSAGE" when it throws, is `expected`.  `prepare`, when not
 * NULL, sets the new state up before the run. */
void eval_case_check (const char *body, const char *expected, gboolean gc_stress, void (*prepare) (JsState *J));
