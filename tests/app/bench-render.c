/* bench-render.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bakery-render.h"
#include "bakery-run.h"

/* Offscreen render time per frame at 1080p and 4K (the target is a median
 * under 4 ms at 1080p), and run + trace + first frame per scenario.  Each
 * size has one renderer, as a canvas does: the frames reuse its cached
 * text and backdrop.
 *
 *   bench-render [SCENARIO.js…]   (default: every built-in scenario)
 */

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

static void
bench_file (const char *path,
            GArray     *hd,
            GArray     *uhd)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 3840, 2160 } };
  g_autofree char *source = NULL;
  g_autofree char *name = g_path_get_basename (path);
  BakeryPalette palette;
  JsRunStatus status;
  JsTrace *trace;
  gint64 start;
  double first_ms;

  if (!g_file_get_contents (path, &source, NULL, NULL))
    return;

  bakery_palette_init_light (&palette);

  start = g_get_monotonic_time ();
  trace = bakery_run_script (source, JS_HOST_NODE, name, &status, NULL, NULL, NULL);
  if (trace == NULL)
    {
      g_print ("%-44s syntax error\n", name);
      return;
    }

  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
    cairo_t *cr = cairo_create (surface);
    g_autoptr(BakeryRenderer) renderer = bakery_renderer_new ();
    BakerySceneOptions options;

    bakery_scene_options_init (&options, 1920, 1080);
    render_ms (renderer, cr, trace, 0, &options, &palette);
    first_ms = (g_get_monotonic_time () - start) / 1000.0;

    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(BakeryRenderer) renderer = bakery_renderer_new ();
      BakerySceneOptions options;
      guint64 n = js_trace_get_n_events (trace);
      guint64 stride = MAX (1, n / 40);

      bakery_scene_options_init (&options, sizes[s][0], sizes[s][1]);

      for (guint64 step = 0; step <= n; step += stride)
        {
          double ms = render_ms (renderer, cr, trace, step, &options, &palette);

          g_array_append_val (s == 0 ? hd : uhd, ms);
        }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_print ("%-44s %7" G_GUINT64_FORMAT " events   run+trace+first frame %8.2f ms\n",
           name, js_trace_get_n_events (trace), first_ms);

  js_trace_free (trace);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) hd = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) uhd = g_array_new (FALSE, FALSE, sizeof (double));

  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        bench_file (argv[i], hd, uhd);
    }
  else
    {
      const char *dir_path = SCENARIO_DIR;
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *entry;

      while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (entry, ".js"))
          g_ptr_array_add (names, g_build_filename (dir_path, entry, NULL));

      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        bench_file (g_ptr_array_index (names, i), hd, uhd);
    }

  g_print ("\nframes rendered: %u at 1920x1080, %u at 3840x2160\n", hd->len, uhd->len);
  g_print ("median frame: %.2f ms at 1920x1080 (target < 4 ms), %.2f ms at 3840x2160\n",
           median (hd), median (uhd));

  return 0;
}
