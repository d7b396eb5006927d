/* bakery-export.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-export"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "bakery-export.h"

/* A4 landscape, in points. */
#define PAGE_WIDTH  842.0
#define PAGE_HEIGHT 595.0
#define PAGE_MARGIN 28.0

/* The handout draws the bakery at this size, then scales it onto the page,
 * so that it has the proportions it has on a projector.
 */
#define HANDOUT_SCENE_WIDTH  1280.0
#define HANDOUT_SCENE_HEIGHT 800.0

static gboolean
check_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s is a file name, then a cairo error */
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));

  return FALSE;
}

/**
 * bakery_export_png:
 * @scene: what to draw
 * @palette: the colours
 * @renderer: (nullable): a renderer kept across a series of pictures
 * @path: the file to write
 */
gboolean
bakery_export_png (BakeryScene          *scene,
                   const BakeryPalette  *palette,
                   BakeryRenderer       *renderer,
                   const char           *path,
                   GError              **error)
{
  const BakerySceneOptions *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (palette != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  options = bakery_scene_get_options (scene);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int) ceil (options->width),
                                        (int) ceil (options->height));
  cr = cairo_create (surface);
  if (renderer != NULL)
    bakery_renderer_draw (renderer, cr, scene, palette);
  else
    bakery_render_scene (cr, scene, palette);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

gboolean
bakery_export_svg (BakeryScene          *scene,
                   const BakeryPalette  *palette,
                   const char           *path,
                   GError              **error)
{
  const BakerySceneOptions *options;
  cairo_surface_t *surface;
  gboolean ok;
  cairo_t *cr;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (palette != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  options = bakery_scene_get_options (scene);
  surface = cairo_svg_surface_create (path, options->width, options->height);
  cr = cairo_create (surface);
  bakery_render_scene (cr, scene, palette);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}

static void
set_color (cairo_t           *cr,
           const BakeryColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
draw_text (cairo_t                    *cr,
           PangoLayout                *layout,
           const char                 *text,
           const PangoFontDescription *font,
           double                      x,
           double                      y,
           double                      width,
           const BakeryColor          *color)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The code column: as many lines as fit, around the current one, which is
 * highlighted.
 */
static void
draw_code (cairo_t              *cr,
           PangoLayout          *layout,
           char                **lines,
           guint                 n_lines,
           const JsTraceRange   *range,
           const BakeryPalette  *palette,
           double                x,
           double                y,
           double                width,
           double                height)
{
  g_autoptr(PangoFontDescription) mono = pango_font_description_from_string ("Source Code Pro, Monospace 7");
  double lh = 9.5;
  guint fit = MAX (1, (guint) (height / lh));
  guint current = range->line > 0 ? (guint) range->line - 1 : 0;
  guint first = 0;

  if (n_lines > fit && current > fit / 2)
    first = MIN (current - fit / 2, n_lines - fit);

  pango_layout_set_font_description (layout, mono);
  pango_layout_set_width (layout, (int) ((width - 24) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  for (guint i = first; i < n_lines && i < first + fit; i++)
    {
      g_autofree char *number = g_strdup_printf ("%3u", i + 1);
      double ly = y + (i - first) * lh;
      gboolean here = range->line > 0 && i + 1 >= (guint) range->line && i + 1 <= (guint) MAX (range->end_line, range->line);

      if (here)
        {
          cairo_rectangle (cr, x, ly - 0.5, width, lh);
          cairo_set_source_rgba (cr, palette->accent_bg.red, palette->accent_bg.green, palette->accent_bg.blue, 0.18);
          cairo_fill (cr);
        }

      cairo_set_source_rgba (cr, palette->window_fg.red, palette->window_fg.green, palette->window_fg.blue, 0.4);
      pango_layout_set_text (layout, number, -1);
      cairo_move_to (cr, x, ly);
      pango_cairo_show_layout (cr, layout);

      cairo_set_source_rgba (cr, palette->window_fg.red, palette->window_fg.green, palette->window_fg.blue,
                             palette->window_fg.alpha);
      pango_layout_set_text (layout, lines[i], -1);
      cairo_move_to (cr, x + 22, ly);
      pango_cairo_show_layout (cr, layout);
    }

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
}

/**
 * bakery_export_handout:
 * @trace: the trace to print
 * @source: the scenario's text, for the code column
 * @host: the host the trace was recorded for
 * @palette: the colours; a light palette prints best
 * @translate: (nullable): translates the narration
 * @steps: (nullable) (array length=n_steps): the steps to print, or %NULL
 *   for every step
 * @n_steps: the length of @steps
 * @path: the PDF file to write
 *
 * Writes a PDF with one page per step: the code with the current line
 * highlighted, the bakery after the step, and its narration.
 */
gboolean
bakery_export_handout (JsTrace              *trace,
                       const char           *source,
                       JsHostProfile         host,
                       const BakeryPalette  *palette,
                       JsTraceTranslateFunc  translate,
                       const guint64        *steps,
                       guint                 n_steps,
                       const char           *path,
                       GError              **error)
{
  g_autoptr(PangoFontDescription) sans = pango_font_description_from_string ("Cantarell, Sans 10");
  g_autoptr(PangoFontDescription) heading = pango_font_description_from_string ("Cantarell, Sans Bold 12");
  g_autoptr(BakeryRenderer) renderer = bakery_renderer_new ();
  g_auto(GStrv) lines = NULL;
  BakerySceneOptions options;
  cairo_surface_t *surface;
  PangoLayout *layout;
  guint64 n_events;
  guint64 first_step;
  guint64 n_pages;
  guint n_lines;
  double code_w = 250;
  double scene_x = PAGE_MARGIN + code_w + 14;
  double scene_w = PAGE_WIDTH - scene_x - PAGE_MARGIN;
  double scale = scene_w / HANDOUT_SCENE_WIDTH;
  double scene_h = HANDOUT_SCENE_HEIGHT * scale;
  gboolean ok;
  cairo_t *cr;

  g_return_val_if_fail (trace != NULL, FALSE);
  g_return_val_if_fail (source != NULL, FALSE);
  g_return_val_if_fail (palette != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lines = g_strsplit (source, "\n", -1);
  n_lines = g_strv_length (lines);
  n_events = js_trace_get_n_events (trace);

  bakery_scene_options_init (&options, HANDOUT_SCENE_WIDTH, HANDOUT_SCENE_HEIGHT);
  options.host = host;

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);

  /* A trace without events still gets its one page, the empty bakery. */
  first_step = MIN (1, n_events);
  n_pages = steps != NULL ? n_steps : n_events - first_step + 1;

  for (guint64 page = 0; page < n_pages; page++)
    {
      guint64 step = steps != NULL ? MIN (steps[page], n_events) : first_step + page;
      g_autoptr(BakeryScene) scene = bakery_scene_new (trace, step, &options);
      g_autofree char *narration = step > 0 ? js_trace_narrate (trace, step - 1, translate) : g_strdup ("");
      g_autofree char *title = NULL;
      g_autofree char *time = NULL;
      const JsTraceState *state = js_trace_get_state (trace, step);
      JsTraceRange range;
      double narration_y = PAGE_MARGIN + 30 + scene_h + 14;

      js_trace_state_get_range (state, &range);
      g_autofree char *step_text = g_strdup_printf ("%" G_GUINT64_FORMAT, step);
      g_autofree char *n_text = g_strdup_printf ("%" G_GUINT64_FORMAT, n_events);

      time = bakery_format_ms (js_trace_state_get_time (state));
      /* Translators: the heading of a handout page: step, steps, virtual time */
      title = g_strdup_printf (_("Step %s of %s · %s ms"), step_text, n_text, time);

      set_color (cr, &palette->view_bg);
      cairo_paint (cr);

      draw_text (cr, layout, title, heading, PAGE_MARGIN, PAGE_MARGIN, PAGE_WIDTH - 2 * PAGE_MARGIN,
                 &palette->window_fg);
      draw_code (cr, layout, lines, n_lines, &range, palette,
                 PAGE_MARGIN, PAGE_MARGIN + 30, code_w, PAGE_HEIGHT - 2 * PAGE_MARGIN - 30);

      cairo_save (cr);
      cairo_translate (cr, scene_x, PAGE_MARGIN + 30);
      cairo_scale (cr, scale, scale);
      cairo_rectangle (cr, 0, 0, HANDOUT_SCENE_WIDTH, HANDOUT_SCENE_HEIGHT);
      cairo_clip (cr);
      /* PDF takes vectors: the renderer only reuses the shaped text. */
      bakery_renderer_draw (renderer, cr, scene, palette);
      cairo_restore (cr);

      draw_text (cr, layout, narration, sans, scene_x, narration_y, scene_w, &palette->window_fg);

      cairo_show_page (cr);
    }

  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}
