/* bakery-runner.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs a scenario with Loop Bakery's engine and collects what it prints on
 * stdout, the way `node FILE.js` would print it. The engine keeps no global
 * state, so each run gets a JsState of its own in a worker thread, and the
 * interface never waits for a script. Its host profile comes from the
 * scenario's `// @host` line.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js.h"
#include "js-scenario.h"

#include "bakery-runner.h"

/* Enough for any library scenario, small enough that a runaway loop in the
 * user's script ends within seconds.
 */
#define MAX_STEPS ((guint64) 50 * 1000 * 1000)

typedef struct
{
  char *source;
  char *filename;
} RunData;

static void
run_data_free (RunData *data)
{
  g_free (data->source);
  g_free (data->filename);
  g_free (data);
}

void
bakery_run_result_free (BakeryRunResult *result)
{
  if (result == NULL)
    return;

  g_free (result->output);
  g_free (result->message);
  g_free (result);
}

static void
collect_output_cb (JsState    *J,
                   JsStream    stream,
                   const char *text,
                   gsize       length,
                   gpointer    user_data)
{
  GString *output = user_data;

  if (stream == JS_STREAM_STDOUT)
    g_string_append_len (output, text, length);
}

/**
 * bakery_runner_run:
 * @source: the scenario
 * @filename: (nullable): its name, for messages
 *
 * Runs @source to the end, in the calling thread.
 *
 * Returns: (transfer full): the result; never %NULL
 */
BakeryRunResult *
bakery_runner_run (const char *source,
                   const char *filename)
{
  g_autoptr(JsScenario) header = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  BakeryRunResult *result = g_new0 (BakeryRunResult, 1);
  JsOptions options;
  JsRunStatus status;
  JsState *J;

  g_return_val_if_fail (source != NULL, result);

  header = js_scenario_parse (source, -1);

  js_options_init (&options);
  options.host = header->host;
  options.max_steps = MAX_STEPS;

  if (!(J = js_state_new (&options)))
    {
      result->status = BAKERY_RUN_FAILED;
      result->message = g_strdup (_("The engine could not be started"));
      result->exit_code = -1;
      return result;
    }

  js_state_set_output (J, collect_output_cb, output);
  status = js_state_run (J, source, strlen (source), filename ? filename : "scenario.js");

  switch (status)
    {
    case JS_RUN_OK:
      result->status = BAKERY_RUN_OK;
      break;

    case JS_RUN_SYNTAX_ERROR:
      result->status = BAKERY_RUN_SYNTAX_ERROR;
      break;

    case JS_RUN_UNCAUGHT:
      result->status = BAKERY_RUN_UNCAUGHT;
      break;

    case JS_RUN_BUDGET:
    default:
      result->status = BAKERY_RUN_BUDGET;
      break;
    }

  if (result->status != BAKERY_RUN_OK)
    {
      const char *message = js_state_get_error_message (J);

      result->message = g_strdup (message && *message ? message : _("The script stopped early"));
      js_state_get_error_position (J, &result->line, &result->column);
    }

  result->exit_code = js_state_get_exit_code (J);
  result->output = g_string_free (g_steal_pointer (&output), FALSE);

  js_state_free (J);

  return result;
}

static void
bakery_runner_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  RunData *data = task_data;

  g_task_return_pointer (task,
                         bakery_runner_run (data->source, data->filename),
                         (GDestroyNotify)bakery_run_result_free);
}

void
bakery_runner_run_async (const char          *source,
                         const char          *filename,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RunData *data;

  g_return_if_fail (source != NULL);

  data = g_new0 (RunData, 1);
  data->source = g_strdup (source);
  data->filename = g_strdup (filename);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bakery_runner_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify)run_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, bakery_runner_thread);
}

BakeryRunResult *
bakery_runner_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
