/* bench-render.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include "js-scenario.h"

#include "bakery-render.h"
#include "bakery-run.h"

/* Offscreen render time per frame at 1080p and 4K (the target is a median
 * under 4 ms at 1080p), and run + trace + first frame per scenario (the
 * target is 5 ms each).  Each size has one renderer, as a canvas does: the
 * frames reuse its cached text and backdrop.  The first frame of each
 * scenario gets a renderer of its own, with nothing cached.
 *
 * The process start-up (loading the fonts and drawing the empty bakery),
 * which the app pays once at launch, is timed on its own before any
 * scenario.
 *
 *   bench-render [--first-frame] [SCENARIO…]
 *
 * A SCENARIO is a file or the name of a built-in one ("debounce"); by
 * default, every built-in scenario.  --first-frame skips the frame loop,
 * to profile run + trace + first frame alone.
 */

#define TARGET_FIRST_MS 5.0

typedef struct {
  GArray   *hd;            /* double: frame times at 1920x1080 */
  GArray   *uhd;           /* at 3840x2160 */
  GArray   *first;         /* double: run + trace + first frame per scenario */
  GArray   *first_cpu;     /* the same in CPU time */
  gboolean  first_only;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

static double
median (GArray *times)
{
  if (times->len == 0)
    return 0;

  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len / 2);
}

static double
maximum (GArray *times)
{
  double max = 0;

  for (guint i = 0; i < times->len; i++)
    max = MAX (max, g_array_index (times, double, i));

  return max;
}

static guint
count_under (GArray *times,
             double  limit)
{
  guint n = 0;

  for (guint i = 0; i < times->len; i++)
    n += g_array_index (times, double, i) < limit;

  return n;
}

/* The thread's CPU time in ms: steadier than the wall clock on a busy
 * machine, which the target is about.
 */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
render_ms (BakeryRenderer      *renderer,
           cairo_t             *cr,
           JsTrace             *trace,
           guint64              step,
           BakerySceneOptions  *options,
           const BakeryPalette *palette)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(BakeryScene) scene = bakery_scene_new (trace, step, options);

  bakery_renderer_draw (renderer, cr, scene, palette);
  cairo_surface_flush (cairo_get_target (cr));

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* What the bakery view does when a run ends: run the script with the
 * host its header asks for, then draw step 0 with a fresh renderer into
 * the canvas's target, @cr.
 */
static JsTrace *
run_and_draw_first_frame (const char          *source,
                          const char          *name,
                          cairo_t             *cr,
                          const BakeryPalette *palette,
                          JsHostProfile       *host)
{
  g_autoptr(JsScenario) header = js_scenario_parse (source, -1);
  g_autoptr(BakeryRenderer) renderer = NULL;
  BakerySceneOptions options;
  JsRunStatus status;
  JsTrace *trace;

  *host = header->host;
  trace = bakery_run_script (source, header->host, name, &status, NULL, NULL, NULL);
  if (trace == NULL)
    return NULL;

  renderer = bakery_renderer_new ();
  bakery_scene_options_init (&options, 1920, 1080);
  options.host = header->host;
  render_ms (renderer, cr, trace, 0, &options, palette);

  return trace;
}

/* What the app does once when it starts: load the fonts, and draw the
 * empty bakery into its canvas.
 */
static double
start_up_ms (void)
{
  gint64 start = g_get_monotonic_time ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(BakeryRenderer) renderer = NULL;
  g_autoptr(BakeryScene) scene = NULL;
  BakerySceneOptions options;
  BakeryPalette palette;

  bakery_renderer_warm_up ();

  renderer = bakery_renderer_new ();
  bakery_palette_init_light (&palette);
  bakery_scene_options_init (&options, 1920, 1080);
  scene = bakery_scene_new_empty (&options);
  bakery_renderer_draw (renderer, cr, scene, &palette);
  cairo_surface_flush (surface);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
bench_file (Bench      *bench,
            const char *path)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 3840, 2160 } };
  g_autofree char *source = NULL;
  g_autofree char *name = g_path_get_basename (path);
  BakeryPalette palette;
  JsHostProfile host;
  JsTrace *trace;
  gint64 start;
  double start_cpu;
  double first_ms;
  double first_cpu_ms;

  if (!g_file_get_contents (path, &source, NULL, NULL))
    {
      g_print ("%-44s cannot be read\n", name);
      return;
    }

  bakery_palette_init_light (&palette);

  /* The canvas's target exists before the run and has been drawn into:
   * the app does not allocate and fault in a picture per run.
   */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
    cairo_t *cr = cairo_create (surface);

    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);

    start = g_get_monotonic_time ();
    start_cpu = cpu_ms ();
    trace = run_and_draw_first_frame (source, name, cr, &palette, &host);
    first_ms = (g_get_monotonic_time () - start) / 1000.0;
    first_cpu_ms = cpu_ms () - start_cpu;

    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  if (trace == NULL)
    {
      g_print ("%-44s syntax error\n", name);
      return;
    }
  g_array_append_val (bench->first, first_ms);
  g_array_append_val (bench->first_cpu, first_cpu_ms);

  for (guint s = 0; s < G_N_ELEMENTS (sizes) && !bench->first_only; s++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(BakeryRenderer) renderer = bakery_renderer_new ();
      BakerySceneOptions options;
      guint64 n = js_trace_get_n_events (trace);
      guint64 stride = MAX (1, n / 40);

      bakery_scene_options_init (&options, sizes[s][0], sizes[s][1]);
      options.host = host;

      for (guint64 step = 0; step <= n; step += stride)
        {
          double ms = render_ms (renderer, cr, trace, step, &options, &palette);

          g_array_append_val (s == 0 ? bench->hd : bench->uhd, ms);
        }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_print ("%-44s %7" G_GUINT64_FORMAT " events   run+trace+first frame %8.2f ms (CPU %6.2f ms)%s\n",
           name, js_trace_get_n_events (trace), first_ms, first_cpu_ms,
           first_ms < TARGET_FIRST_MS ? "" : "   (over)");

  js_trace_free (trace);
}

/* A built-in scenario by name, or a file. */
static char *
scenario_path (const char *arg)
{
  g_autofree char *file = NULL;
  char *path;

  if (g_file_test (arg, G_FILE_TEST_IS_REGULAR))
    return g_strdup (arg);

  file = g_str_has_suffix (arg, ".js") ? g_strdup (arg) : g_strconcat (arg, ".js", NULL);
  path = g_build_filename (SCENARIO_DIR, file, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return path;

  g_free (path);
  return g_strdup (arg);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) hd = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) uhd = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  Bench bench = { hd, uhd, first, first_cpu, FALSE };

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--first-frame"))
        bench.first_only = TRUE;
      else
        g_ptr_array_add (paths, scenario_path (argv[i]));
    }

  if (paths->len == 0)
    {
      g_autoptr(GDir) dir = g_dir_open (SCENARIO_DIR, 0, NULL);
      const char *entry;

      while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (entry, ".js"))
          g_ptr_array_add (paths, g_build_filename (SCENARIO_DIR, entry, NULL));

      g_ptr_array_sort (paths, compare_names);
    }

  /* Once per process, as the app at launch: not any scenario's cost. */
  g_print ("%-44s %8.2f ms\n\n", "process start-up (fonts, empty bakery)", start_up_ms ());

  for (guint i = 0; i < paths->len; i++)
    bench_file (&bench, g_ptr_array_index (paths, i));

  g_print ("\nrun+trace+first frame: median %.2f ms, max %.2f ms, %u of %u under %.0f ms\n",
           median (first), maximum (first), count_under (first, TARGET_FIRST_MS), first->len,
           TARGET_FIRST_MS);
  g_print ("  in CPU time: median %.2f ms, max %.2f ms, %u of %u under %.0f ms\n",
           median (first_cpu), maximum (first_cpu), count_under (first_cpu, TARGET_FIRST_MS), first_cpu->len,
           TARGET_FIRST_MS);
  if (!bench.first_only)
    {
      g_print ("frames rendered: %u at 1920x1080, %u at 3840x2160\n", hd->len, uhd->len);
      g_print ("median frame: %.2f ms at 1920x1080 (target < 4 ms), %.2f ms at 3840x2160\n",
               median (hd), median (uhd));
    }

  return 0;
}
