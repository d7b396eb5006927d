/* script-case.h: tests that run a whole script and compare what it prints
 * and its exit code with a recording from Node 20 (or what headless
 * Chromium printed, for the browser profile). */
#pragma once

#include <glib.h>

#include "js.h"

typedef struct {
  const char *name;
  const char *source;
  const char *expected_stdout;
  int expected_code;
  JsHostProfile host;     /* JS_HOST_NODE unless given */
} Case;

/* Registers each case as PREFIX/NAME, and once more traced with the
 * collector at every safepoint as PREFIX/traced-gc-stress/NAME (which finds
 * values C code forgot to root), except for cases too slow for that. */
void add_cases (const char *prefix, const Case *cases, gsize n);
