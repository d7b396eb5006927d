/* test-scene.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bakery-export.h"
#include "bakery-run.h"
#include "bakery-scene.h"

/* The scene model, the renderer and the exports: no display needed. */

static const char classic[] =
  "async function async1() {\n"                         /* 1 */
  "  console.log('async1 start');\n"                    /* 2 */
  "  await async2();\n"                                 /* 3 */
  "  console.log('async1 end');\n"                      /* 4 */
  "}\n"
  "async function async2() {\n"                         /* 6 */
  "  console.log('async2');\n"
  "}\n"
  "console.log('script start');\n"                      /* 9 */
  "setTimeout(() => console.log('setTimeout'), 0);\n"   /* 10 */
  "async1();\n"                                         /* 11 */
  "new Promise((resolve) => {\n"
  "  console.log('promise1');\n"
  "  resolve();\n"
  "}).then(() => console.log('promise2'));\n"
  "console.log('script end');\n";

static JsTrace *
run (const char    *source,
     JsHostProfile  host)
{
  JsRunStatus status;
  JsTrace *trace = bakery_run_script (source, host, "test.js", &status, NULL, NULL, NULL);

  g_assert_nonnull (trace);
  g_assert_cmpint (status, ==, JS_RUN_OK);

  return trace;
}

/* The first step after which @kind happened with @text, or 0. */
static guint64
find_step (JsTrace          *trace,
           JsTraceEventKind  kind,
           const char       *text)
{
  for (guint64 seq = 0; seq < js_trace_get_n_events (trace); seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == kind && (text == NULL || g_str_has_prefix (ev.text, text)))
        return seq + 1;
    }

  return 0;
}

static GPtrArray *
titles_of (BakeryScene    *scene,
           BakeryItemKind  kind,
           int             sub)
{
  GPtrArray *titles = g_ptr_array_new ();

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->kind == kind && (sub < 0 || item->sub == sub))
        g_ptr_array_add (titles, item->title);
    }

  return titles;
}

static gboolean
rect_inside (const BakeryRect *inner,
             const BakeryRect *outer)
{
  return inner->x >= outer->x - 0.01 &&
         inner->y >= outer->y - 0.01 &&
         inner->x + inner->width <= outer->x + outer->width + 0.01 &&
         inner->y + inner->height <= outer->y + outer->height + 0.01;
}

static gboolean
rects_overlap (const BakeryRect *a,
               const BakeryRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
test_layout_sizes (void)
{
  static const double sizes[][2] = {
    { 800, 600 }, { 1024, 768 }, { 1920, 1080 }, { 3840, 2160 }, { 1000, 1400 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      for (guint hide = 0; hide < 2; hide++)
        {
          BakerySceneOptions options;
          g_autoptr(BakeryScene) scene = NULL;
          BakeryRect canvas = { 0, 0, sizes[s][0], sizes[s][1] };
          double f;

          bakery_scene_options_init (&options, sizes[s][0], sizes[s][1]);
          options.hide_answers = hide;
          scene = bakery_scene_new_empty (&options);
          f = bakery_scene_get_font_size (scene);

          g_assert_cmpfloat (f, >=, 11.0);
          g_assert_cmpfloat (f, <=, 44.0);

          for (guint r = 0; r < BAKERY_N_REGIONS; r++)
            {
              if (!bakery_scene_has_region (scene, r))
                {
                  g_assert_true (hide);
                  g_assert_true (r == BAKERY_REGION_RECEIPTS || r == BAKERY_REGION_PROMISES);
                  continue;
                }

              g_assert_true (rect_inside (bakery_scene_get_region (scene, r), &canvas));

              for (guint q = r + 1; q < BAKERY_N_REGIONS; q++)
                if (bakery_scene_has_region (scene, q))
                  g_assert_false (rects_overlap (bakery_scene_get_region (scene, r),
                                                 bakery_scene_get_region (scene, q)));
            }
        }
    }
}

static void
test_layout_zoom (void)
{
  BakerySceneOptions options;
  g_autoptr(BakeryScene) normal = NULL;
  g_autoptr(BakeryScene) zoomed = NULL;

  bakery_scene_options_init (&options, 1920, 1080);
  normal = bakery_scene_new_empty (&options);
  options.zoom = 1.5;
  zoomed = bakery_scene_new_empty (&options);

  g_assert_cmpfloat_with_epsilon (bakery_scene_get_font_size (zoomed),
                                  1.5 * bakery_scene_get_font_size (normal), 0.001);
  /* Labels are on the regions: no legend needed. */
  g_assert_cmpstr (bakery_scene_get_item (normal, 0)->title, ==, bakery_region_label (BAKERY_REGION_DESK));
}

static void
test_ease (void)
{
  g_assert_cmpfloat (bakery_ease (0), ==, 0);
  g_assert_cmpfloat (bakery_ease (1), ==, 1);
  g_assert_cmpfloat_with_epsilon (bakery_ease (0.5), 0.5, 1e-9);
  g_assert_cmpfloat (bakery_ease (0.25), <, 0.25);
  g_assert_cmpfloat (bakery_ease (0.75), >, 0.75);
  g_assert_cmpfloat (bakery_ease (-3), ==, 0);
  g_assert_cmpfloat (bakery_ease (7), ==, 1);
}

static void
test_classic_regions (void)
{
  JsTrace *trace = run (classic, JS_HOST_NODE);
  BakerySceneOptions options;
  guint64 step;

  bakery_scene_options_init (&options, 1600, 1000);

  /* Inside async2: main script, async1, async2 on the desk, top last. */
  step = find_step (trace, JS_TRACE_CONSOLE, "async2");
  g_assert_cmpuint (step, >, 0);
  {
    g_autoptr(BakeryScene) scene = bakery_scene_new (trace, step, &options);
    g_autoptr(GPtrArray) frames = titles_of (scene, BAKERY_ITEM_FRAME, -1);
    g_autoptr(GPtrArray) ovens = titles_of (scene, BAKERY_ITEM_OVEN, -1);
    g_autoptr(GPtrArray) receipts = titles_of (scene, BAKERY_ITEM_RECEIPT, -1);

    g_assert_cmpuint (frames->len, ==, 3);
    g_assert_cmpstr (frames->pdata[1], ==, "async1");
    g_assert_cmpstr (frames->pdata[2], ==, "async2");
    g_assert_cmpuint (ovens->len, ==, 1);
    g_assert_cmpuint (receipts->len, ==, 3);
    g_assert_cmpstr (receipts->pdata[0], ==, "script start");
    g_assert_cmpstr (receipts->pdata[2], ==, "async2");
  }

  /* At "script end": two jobs on the tray, await first; the timer waits. */
  step = find_step (trace, JS_TRACE_CONSOLE, "script end");
  {
    g_autoptr(BakeryScene) scene = bakery_scene_new (trace, step, &options);
    g_autoptr(GPtrArray) tray = titles_of (scene, BAKERY_ITEM_MICROTASK, JS_TRACE_QUEUE_MICROTASK);
    g_autoptr(GPtrArray) ticks = titles_of (scene, BAKERY_ITEM_MICROTASK, JS_TRACE_QUEUE_NEXT_TICK);
    g_autoptr(GPtrArray) ovens = titles_of (scene, BAKERY_ITEM_OVEN, -1);
    g_autoptr(GPtrArray) promises = titles_of (scene, BAKERY_ITEM_PROMISE, -1);
    g_autofree char *description = bakery_scene_describe (scene);

    g_assert_cmpuint (tray->len, ==, 2);
    g_assert_cmpuint (ticks->len, ==, 0);
    g_assert_cmpuint (ovens->len, ==, 1);
    g_assert_cmpuint (promises->len, >=, 2);
    g_assert_nonnull (strstr (description, "main script"));
  }

  /* At the end: nothing anywhere but the console, in Node's order. */
  {
    g_autoptr(BakeryScene) scene = bakery_scene_new (trace, js_trace_get_n_events (trace), &options);
    g_autoptr(GPtrArray) receipts = titles_of (scene, BAKERY_ITEM_RECEIPT, -1);
    g_autoptr(GPtrArray) frames = titles_of (scene, BAKERY_ITEM_FRAME, -1);
    g_autoptr(GPtrArray) ovens = titles_of (scene, BAKERY_ITEM_OVEN, -1);
    static const char * const order[] = {
      "script start", "async1 start", "async2", "promise1", "script end",
      "async1 end", "promise2", "setTimeout",
    };

    g_assert_cmpuint (receipts->len, ==, G_N_ELEMENTS (order));
    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      g_assert_cmpstr (receipts->pdata[i], ==, order[i]);
    g_assert_cmpuint (frames->len, ==, 0);
    g_assert_cmpuint (ovens->len, ==, 0);
  }

  js_trace_free (trace);
}

static void
test_timer_moves (void)
{
  static const char source[] =
    "setTimeout(function tick() { console.log('tick'); }, 100);\n";
  JsTrace *trace = run (source, JS_HOST_NODE);
  BakerySceneOptions options;
  guint64 in_oven = find_step (trace, JS_TRACE_WEBAPI_ADD, NULL);
  guint64 on_counter = find_step (trace, JS_TRACE_TASK_ENQUEUE, NULL);
  g_autoptr(BakeryScene) a = NULL;
  g_autoptr(BakeryScene) b = NULL;
  g_autoptr(BakeryScene) mid = NULL;
  g_autoptr(BakeryScene) end = NULL;
  g_autoptr(GPtrArray) ovens = NULL;
  const BakeryItem *oven;
  const BakeryItem *cake;
  const BakeryItem *moving;

  g_assert_cmpuint (in_oven, >, 0);
  g_assert_cmpuint (on_counter, >, in_oven);

  bakery_scene_options_init (&options, 1280, 800);
  a = bakery_scene_new (trace, in_oven, &options);
  b = bakery_scene_new (trace, on_counter, &options);

  /* The same key in the oven and on the counter. */
  ovens = titles_of (a, BAKERY_ITEM_OVEN, -1);
  g_assert_cmpuint (ovens->len, ==, 1);
  oven = NULL;
  for (guint i = 0; i < bakery_scene_get_n_items (a); i++)
    if (bakery_scene_get_item (a, i)->kind == BAKERY_ITEM_OVEN)
      oven = bakery_scene_get_item (a, i);
  g_assert_nonnull (oven);
  g_assert_cmpstr (oven->title, ==, "tick");
  g_assert_true (rect_inside (&oven->rect, bakery_scene_get_region (a, BAKERY_REGION_OVENS)));

  cake = bakery_scene_find_item (b, oven->key);
  g_assert_nonnull (cake);
  g_assert_cmpint (cake->kind, ==, BAKERY_ITEM_TASK);
  g_assert_cmpint (cake->sub, ==, JS_TRACE_QUEUE_TIMERS);
  g_assert_true (rect_inside (&cake->rect, bakery_scene_get_region (b, BAKERY_REGION_COUNTER)));

  /* Half way, the cake is between the two. */
  mid = bakery_scene_interpolate (a, b, 0.5);
  moving = bakery_scene_find_item (mid, oven->key);
  g_assert_nonnull (moving);
  g_assert_cmpfloat (moving->rect.y, >, MIN (oven->rect.y, cake->rect.y));
  g_assert_cmpfloat (moving->rect.y, <, MAX (oven->rect.y, cake->rect.y));

  /* At the end of a transition, exactly the final scene. */
  end = bakery_scene_interpolate (a, b, 1.0);
  g_assert_true (end == b);

  /* A click on the cake finds the step that put the timer in the oven. */
  g_assert_cmpuint (bakery_scene_find_origin_step (trace, cake, on_counter), ==, in_oven);

  js_trace_free (trace);
}

static void
test_next_tick_tray (void)
{
  static const char source[] =
    "Promise.resolve().then(function p() {});\n"
    "process.nextTick(function t() {});\n"
    "console.log('sync');\n";
  JsTrace *trace = run (source, JS_HOST_NODE);
  BakerySceneOptions options;
  guint64 step = find_step (trace, JS_TRACE_CONSOLE, "sync");
  g_autoptr(BakeryScene) scene = NULL;
  g_autoptr(GPtrArray) ticks = NULL;
  g_autoptr(GPtrArray) micro = NULL;

  bakery_scene_options_init (&options, 1280, 800);
  scene = bakery_scene_new (trace, step, &options);
  ticks = titles_of (scene, BAKERY_ITEM_MICROTASK, JS_TRACE_QUEUE_NEXT_TICK);
  micro = titles_of (scene, BAKERY_ITEM_MICROTASK, JS_TRACE_QUEUE_MICROTASK);

  g_assert_cmpuint (ticks->len, ==, 1);
  g_assert_cmpstr (ticks->pdata[0], ==, "t");
  g_assert_cmpuint (micro->len, ==, 1);
  g_assert_cmpstr (micro->pdata[0], ==, "p");

  js_trace_free (trace);
}

static void
test_overflow (void)
{
  static const char source[] =
    "for (let i = 0; i < 200; i++) Promise.resolve(i).then(function job() {});\n"
    "console.log('queued');\n";
  JsTrace *trace = run (source, JS_HOST_NODE);
  BakerySceneOptions options;
  guint64 step = find_step (trace, JS_TRACE_CONSOLE, "queued");
  g_autoptr(BakeryScene) scene = NULL;
  const BakeryRect *tray;
  gboolean more = FALSE;

  bakery_scene_options_init (&options, 800, 600);
  scene = bakery_scene_new (trace, step, &options);
  tray = bakery_scene_get_region (scene, BAKERY_REGION_TRAY);

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->kind == BAKERY_ITEM_MICROTASK)
        g_assert_true (rect_inside (&item->rect, tray));
      if (item->kind == BAKERY_ITEM_MORE && item->sub == BAKERY_REGION_TRAY)
        more = TRUE;
    }
  g_assert_true (more);

  js_trace_free (trace);
}

static gboolean
png_size (const char *path,
          int        *width,
          int        *height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  gboolean ok = cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS;

  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  cairo_surface_destroy (surface);

  return ok;
}

static void
test_export_png (void)
{
  JsTrace *trace = run (classic, JS_HOST_NODE);
  g_autofree char *dir = g_dir_make_tmp ("test-scene-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "frame.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "frame.svg", NULL);
  g_autoptr(GError) error = NULL;
  BakerySceneOptions options;
  g_autoptr(BakeryScene) scene = NULL;
  BakeryPalette palette;
  int width, height;
  GStatBuf st;

  bakery_palette_init_light (&palette);
  bakery_scene_options_init (&options, 1920, 1080);
  scene = bakery_scene_new (trace, js_trace_get_n_events (trace) / 2, &options);

  g_assert_true (bakery_export_png (scene, &palette, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (png_size (path, &width, &height));
  g_assert_cmpint (width, ==, 1920);
  g_assert_cmpint (height, ==, 1080);

  g_assert_true (bakery_export_svg (scene, &palette, svg, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (svg, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1000);

  if (g_getenv ("BAKERY_KEEP_EXPORTS") == NULL)
    {
      g_unlink (path);
      g_unlink (svg);
      g_rmdir (dir);
    }
  else
    g_test_message ("exports in %s", dir);

  js_trace_free (trace);
}

static void
test_render_nonempty (void)
{
  JsTrace *trace = run (classic, JS_HOST_NODE);
  static const double sizes[][2] = { { 800, 600 }, { 3840, 2160 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      BakerySceneOptions options;
      g_autoptr(BakeryScene) scene = NULL;
      cairo_surface_t *surface;
      BakeryPalette palette;
      guint distinct = 0;
      guint32 first;
      guint32 *data;
      int stride;
      cairo_t *cr;

      bakery_palette_init_dark (&palette);
      bakery_scene_options_init (&options, sizes[s][0], sizes[s][1]);
      scene = bakery_scene_new (trace, js_trace_get_n_events (trace) / 3, &options);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[s][0], sizes[s][1]);
      cr = cairo_create (surface);
      bakery_render_scene (cr, scene, &palette);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      /* Something was drawn over the background. */
      data = (guint32 *)cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;
      first = data[0];
      for (int y = 0; y < sizes[s][1]; y += 7)
        for (int x = 0; x < sizes[s][0]; x += 7)
          distinct += data[y * stride + x] != first;
      g_assert_cmpuint (distinct, >, 1000);

      cairo_surface_destroy (surface);
    }

  js_trace_free (trace);
}

static const BakeryItem *
active_station (BakeryScene *scene)
{
  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->kind == BAKERY_ITEM_PHASE && item->active)
        return item;
    }

  return NULL;
}

/* The browser's round: a requestAnimationFrame callback waits on the
 * "next frame" shelf and runs at the render station; between two promise
 * jobs the baker stays at the microtasks station.
 */
static void
test_browser_round (void)
{
  static const char source[] =
    "requestAnimationFrame(function paint() { console.log('frame'); });\n"
    "Promise.resolve().then(function a() {}).then(function b() {});\n"
    "console.log('sync');\n";
  JsTrace *trace = run (source, JS_HOST_BROWSER);
  BakerySceneOptions options;
  guint64 sync = find_step (trace, JS_TRACE_CONSOLE, "sync");
  guint64 frame = find_step (trace, JS_TRACE_CONSOLE, "frame");
  guint64 between = 0;

  bakery_scene_options_init (&options, 1280, 800);
  options.host = JS_HOST_BROWSER;

  {
    g_autoptr(BakeryScene) scene = bakery_scene_new (trace, sync, &options);
    g_autoptr(GPtrArray) waiting = titles_of (scene, BAKERY_ITEM_TASK, JS_TRACE_QUEUE_ANIMATION_FRAME);

    g_assert_cmpuint (waiting->len, ==, 1);
    g_assert_cmpstr (waiting->pdata[0], ==, "paint");
    /* The main script is the browser's first task. */
    g_assert_cmpint (active_station (scene)->sub, ==, BAKERY_STATION_TASK);
  }

  {
    g_autoptr(BakeryScene) scene = bakery_scene_new (trace, frame, &options);

    g_assert_nonnull (active_station (scene));
    g_assert_cmpint (active_station (scene)->sub, ==, BAKERY_STATION_RENDER);
  }

  /* Just after job a leaves the desk, before b runs. */
  for (guint64 seq = sync; seq < js_trace_get_n_events (trace) && between == 0; seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == JS_TRACE_FRAME_POP && g_str_equal (ev.name, "a"))
        between = seq + 1;
    }
  g_assert_cmpuint (between, >, 0);
  {
    g_autoptr(BakeryScene) scene = bakery_scene_new (trace, between, &options);

    g_assert_cmpint (active_station (scene)->sub, ==, BAKERY_STATION_MICROTASKS);
  }

  js_trace_free (trace);
}

static cairo_surface_t *
draw_once (BakeryScene         *scene,
           const BakeryPalette *palette,
           BakeryRenderer      *renderer)
{
  const BakerySceneOptions *options = bakery_scene_get_options (scene);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, options->width, options->height);
  cairo_t *cr = cairo_create (surface);

  if (renderer != NULL)
    bakery_renderer_draw (renderer, cr, scene, palette);
  else
    bakery_render_scene (cr, scene, palette);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return height == cairo_image_surface_get_height (b) &&
         stride == cairo_image_surface_get_stride (b) &&
         memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), (gsize) height * stride) == 0;
}

/* The renderer's cached backdrop and text draw the very pixels that
 * drawing everything afresh does, step after step, when a region empties
 * or fills, and when the palette changes under it.
 */
static void
test_render_cached (void)
{
  JsTrace *trace = run (classic, JS_HOST_NODE);
  g_autoptr(BakeryRenderer) renderer = bakery_renderer_new ();
  guint64 n = js_trace_get_n_events (trace);
  BakerySceneOptions options;
  BakeryPalette light, dark;

  bakery_palette_init_light (&light);
  bakery_palette_init_dark (&dark);
  bakery_scene_options_init (&options, 960, 600);

  for (guint64 step = 0; step <= n; step += MAX (1, n / 12))
    {
      g_autoptr(BakeryScene) scene = bakery_scene_new (trace, step, &options);
      const BakeryPalette *palette = step % 2 ? &dark : &light;
      cairo_surface_t *fresh = draw_once (scene, palette, NULL);
      cairo_surface_t *cached = draw_once (scene, palette, renderer);

      g_assert_true (same_pixels (fresh, cached));

      cairo_surface_destroy (fresh);
      cairo_surface_destroy (cached);
    }

  js_trace_free (trace);
}

static guint
count_pdf_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  /* cairo writes the page dictionaries uncompressed; the PDF has binary
   * streams, so no string functions that stop at a nul byte.
   */
  for (gsize i = 0; i + 12 <= length; i++)
    if (memcmp (contents + i, "/Type /Page", 11) == 0 && contents[i + 11] != 's')
      pages++;

  return pages;
}

static void
test_export_handout (void)
{
  static const char source[] =
    "setTimeout(() => console.log('b'), 10);\n"
    "console.log('a');\n";
  JsTrace *trace = run (source, JS_HOST_NODE);
  g_autofree char *dir = g_dir_make_tmp ("test-scene-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GError) error = NULL;
  BakeryPalette palette;

  bakery_palette_init_light (&palette);
  g_assert_true (bakery_export_handout (trace, source, JS_HOST_NODE, &palette, bakery_run_translate, NULL, 0, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (path), ==, js_trace_get_n_events (trace));

  g_unlink (path);
  g_rmdir (dir);
  js_trace_free (trace);
}

static void
test_syntax_error (void)
{
  JsRunStatus status;
  g_autofree char *message = NULL;
  int line = 0, column = 0;
  JsTrace *trace;

  trace = bakery_run_script ("let x = ;\n", JS_HOST_NODE, "bad.js", &status, &message, &line, &column);
  g_assert_null (trace);
  g_assert_cmpint (status, ==, JS_RUN_SYNTAX_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (line, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bakery/scene/layout/sizes", test_layout_sizes);
  g_test_add_func ("/bakery/scene/layout/zoom", test_layout_zoom);
  g_test_add_func ("/bakery/scene/ease", test_ease);
  g_test_add_func ("/bakery/scene/classic/regions", test_classic_regions);
  g_test_add_func ("/bakery/scene/timer-moves", test_timer_moves);
  g_test_add_func ("/bakery/scene/next-tick-tray", test_next_tick_tray);
  g_test_add_func ("/bakery/scene/browser-round", test_browser_round);
  g_test_add_func ("/bakery/scene/overflow", test_overflow);
  g_test_add_func ("/bakery/render/nonempty", test_render_nonempty);
  g_test_add_func ("/bakery/render/cached", test_render_cached);
  g_test_add_func ("/bakery/export/png", test_export_png);
  g_test_add_func ("/bakery/export/handout", test_export_handout);
  g_test_add_func ("/bakery/run/syntax-error", test_syntax_error);

  return g_test_run ();
}
