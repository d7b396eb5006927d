/* loop-bakery-run: runs a scenario headless, the way `node FILE.js` would,
 * or as a page in headless Chromium with --host=browser (or the scenario's
 * `// @host browser` header).
 *
 *   loop-bakery-run [OPTION…] FILE.js     (FILE "-" reads standard input)
 *
 * The program's stdout and stderr are Node's, byte for byte on stdout, and
 * the exit status is Node's exit code.  A page prints its console, one line
 * per message, on stdout, as Chromium's console shows strings and numbers;
 * its exit status is 0 unless a budget stopped it or it did not parse.  What the tool itself has to say
 * (a budget ran out, a bad option) goes to stderr prefixed "loop-bakery:".
 *
 * --narrate prints one line per trace event on stdout instead of the
 * program's stdout ("#SEQ TIME ms  narration"); the program's stderr still
 * goes to stderr.  --trace=FILE writes the trace as JSON
 * (docs/trace-format.md).  --trace-stats records the trace as the app does
 * and reports its size on stderr (what the benchmarks time as "+trace").
 */
#include <glib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "js.h"
#include "js-scenario.h"
#include "js-trace.h"
#ifdef LOOP_BAKERY_EXPORT
#include "loop-bakery-export.h"
#endif

#define EXIT_USAGE 2

typedef struct {
  gboolean narrate;
  JsStream last_stream;
} Output;

/* Writes the program's output; flushes the other stream first when the
 * stream changes, so that a terminal shows them interleaved as they came. */
static void
write_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
  Output *output = user_data;
  FILE *file = stream == JS_STREAM_STDERR ? stderr : stdout;

  if (output->narrate && stream == JS_STREAM_STDOUT)
    return;
  if (stream != output->last_stream)
    {
      fflush (output->last_stream == JS_STREAM_STDERR ? stderr : stdout);
      output->last_stream = stream;
    }
  fwrite (text, 1, length, file);
}

static char *
read_source (const char *path, gsize *length, GError **error)
{
  char *contents = NULL;

  if (g_strcmp0 (path, "-") == 0)
    {
      GString *buffer = g_string_new (NULL);
      char chunk[65536];
      size_t n;

      while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        g_string_append_len (buffer, chunk, (gssize) n);
      if (ferror (stdin))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "cannot read standard input");
          g_string_free (buffer, TRUE);
          return NULL;
        }
      *length = buffer->len;
      return g_string_free (buffer, FALSE);
    }
  if (!g_file_get_contents (path, &contents, length, error))
    return NULL;
  return contents;
}

static void
narrate (JsTrace *trace)
{
  guint64 n = js_trace_get_n_events (trace);

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent event;
      g_autofree char *line = NULL;

      js_trace_get_event (trace, seq, &event);
      if (event.kind == JS_TRACE_STATEMENT)
        continue;
      line = js_trace_narrate (trace, seq, NULL);
      printf ("#%" G_GUINT64_FORMAT " %.3f ms  %s\n", seq, event.time_ms, line);
    }
}

int
main (int argc, char **argv)
{
  gboolean version = FALSE, narrate_option = FALSE, gc_stress = FALSE, trace_stats = FALSE;
  gint64 max_steps = 0, max_heap_mb = 0, max_events = 0;
  double max_time = 0, max_wall_time = -1;
  g_autofree char *trace_path = NULL;
  g_autofree char *host_name = NULL;
  g_auto (GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    { "max-steps", 0, 0, G_OPTION_ARG_INT64, &max_steps, "Stop after N executed instructions", "N" },
    { "max-heap", 0, 0, G_OPTION_ARG_INT64, &max_heap_mb, "Stop when the heap exceeds MB megabytes", "MB" },
    { "max-time", 0, 0, G_OPTION_ARG_DOUBLE, &max_time, "Stop at MS milliseconds of virtual time", "MS" },
    { "max-wall-time", 0, 0, G_OPTION_ARG_DOUBLE, &max_wall_time,
      "Stop after MS milliseconds of real time (default 500; 0: no limit, for benchmarks and profilers)", "MS" },
    { "trace", 0, 0, G_OPTION_ARG_FILENAME, &trace_path, "Write the trace as JSON to FILE", "FILE" },
    { "max-events", 0, 0, G_OPTION_ARG_INT64, &max_events, "Cap the trace at N events", "N" },
    { "trace-stats", 0, 0, G_OPTION_ARG_NONE, &trace_stats,
      "Record the trace and print its number of events and memory on stderr", NULL },
    { "narrate", 0, 0, G_OPTION_ARG_NONE, &narrate_option,
      "Print one line per trace event on stdout instead of the program's stdout", NULL },
    { "host", 0, 0, G_OPTION_ARG_STRING, &host_name, "The host profile: node (default) or browser", "HOST" },
    { "gc-stress", 0, 0, G_OPTION_ARG_NONE, &gc_stress, "Collect garbage at every safepoint after an allocation (slow)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = NULL;
#ifdef LOOP_BAKERY_EXPORT
  g_auto (LoopBakeryExport) export = { .step = -1 };
#endif
  g_autoptr (GError) error = NULL;
  g_autoptr (JsScenario) scenario = NULL;
  g_autofree char *source = NULL;
  JsOptions options;
  JsState *J;
  JsRunStatus status;
  Output output = { FALSE, JS_STREAM_STDOUT };
  gsize length;
  int exit_code;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("FILE.js — run a scenario as Node 20 would");
  g_option_context_set_summary (context,
                                "Prints exactly what `node FILE.js` prints on stdout and exits with its exit code.\n"
                                "FILE \"-\" reads the script from standard input.");
  g_option_context_add_main_entries (context, entries, NULL);
#ifdef LOOP_BAKERY_EXPORT
  loop_bakery_export_add_options (&export, context);
#endif
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("loop-bakery: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (version)
    {
      printf ("loop-bakery-run %s\n", js_version ());
      return EXIT_SUCCESS;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("loop-bakery: expected exactly one script (see --help)\n");
      return EXIT_USAGE;
    }
  if (max_steps < 0 || max_heap_mb < 0 || max_events < 0 || max_time < 0 || (max_wall_time < 0 && max_wall_time != -1))
    {
      g_printerr ("loop-bakery: budgets must be positive\n");
      return EXIT_USAGE;
    }

  source = read_source (files[0], &length, &error);
  if (source == NULL)
    {
      g_printerr ("loop-bakery: %s\n", error->message);
      return EXIT_USAGE;
    }

  js_options_init (&options);
  scenario = js_scenario_parse (source, (gssize) length);
  for (guint i = 0; i < scenario->warnings->len; i++)
    g_printerr ("loop-bakery: %s:%s\n", files[0], (const char *) g_ptr_array_index (scenario->warnings, i));
  options.host = scenario->host;
  if (host_name != NULL)
    {
      if (g_strcmp0 (host_name, "node") == 0)
        options.host = JS_HOST_NODE;
      else if (g_strcmp0 (host_name, "browser") == 0)
        options.host = JS_HOST_BROWSER;
      else
        {
          g_printerr ("loop-bakery: unknown host '%s' (expected node or browser)\n", host_name);
          return EXIT_USAGE;
        }
    }
  if (max_steps > 0)
    options.max_steps = (guint64) max_steps;
  if (max_heap_mb > 0)
    options.max_heap_bytes = (gsize) max_heap_mb * 1024 * 1024;
  if (max_time > 0)
    options.max_virtual_ms = max_time;
  if (max_wall_time >= 0)
    options.max_wall_ms = max_wall_time > 0 ? max_wall_time : -1;
  options.gc_stress = gc_stress;
  options.record_trace = trace_path != NULL || narrate_option || trace_stats;
#ifdef LOOP_BAKERY_EXPORT
  options.record_trace |= loop_bakery_export_requested (&export);
#endif
  output.narrate = narrate_option;

  J = js_state_new (&options);
  js_state_set_output (J, write_output, &output);
  if (max_events > 0 && js_state_get_trace (J) != NULL)
    js_trace_set_max_events (js_state_get_trace (J), (guint64) max_events);
  status = js_state_run (J, source, length, files[0]);
  exit_code = js_state_get_exit_code (J);
  fflush (stdout);
  fflush (stderr);
  if (status == JS_RUN_BUDGET)
    g_printerr ("loop-bakery: %s\n", js_state_get_error_message (J));
  if (status == JS_RUN_SYNTAX_ERROR && js_state_get_error_note (J) != NULL)
    g_printerr ("loop-bakery: note: %s\n", js_state_get_error_note (J));

  if (options.record_trace)
    {
      JsTrace *trace = js_state_get_trace (J);

      if (narrate_option)
        narrate (trace);
      if (trace_stats)
        g_printerr ("loop-bakery: trace: %" G_GUINT64_FORMAT " events, %" G_GSIZE_FORMAT " bytes%s\n",
                    js_trace_get_n_events (trace), js_trace_get_memory_size (trace),
                    js_trace_is_truncated (trace) ? " (truncated)" : "");
      if (trace_path != NULL && !js_trace_save_json (trace, trace_path, FALSE, &error))
        {
          g_printerr ("loop-bakery: %s\n", error->message);
          exit_code = exit_code != 0 ? exit_code : 1;
        }
#ifdef LOOP_BAKERY_EXPORT
      if (loop_bakery_export_requested (&export) &&
          !loop_bakery_export_write (&export, trace, source, options.host, &error))
        {
          g_printerr ("loop-bakery: %s\n", error->message);
          exit_code = exit_code != 0 ? exit_code : 1;
        }
#endif
    }
  js_state_free (J);
  fflush (stdout);
  return exit_code;
}
