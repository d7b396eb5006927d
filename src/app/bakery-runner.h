/* bakery-runner.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  BAKERY_RUN_OK,            /* ran to the end */
  BAKERY_RUN_SYNTAX_ERROR,  /* nothing ran */
  BAKERY_RUN_UNCAUGHT,      /* an uncaught error ended it; the output so far is valid */
  BAKERY_RUN_BUDGET,        /* too long, too deep or too big */
  BAKERY_RUN_FAILED,        /* the engine could not run it at all */
} BakeryRunStatus;

typedef struct
{
  BakeryRunStatus  status;
  char            *output;     /* everything printed on stdout */
  char            *message;    /* the error, for every status but OK */
  int              line;       /* of the error, 0 when unknown */
  int              column;
  int              exit_code;
} BakeryRunResult;

void             bakery_run_result_free     (BakeryRunResult      *result);
BakeryRunResult *bakery_runner_run          (const char           *source,
                                             const char           *filename);
void             bakery_runner_run_async    (const char           *source,
                                             const char           *filename,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
BakeryRunResult *bakery_runner_run_finish   (GAsyncResult         *result,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryRunResult, bakery_run_result_free)

G_END_DECLS
