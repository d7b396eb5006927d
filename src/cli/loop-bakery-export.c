/* loop-bakery-export.c: --export-png / --export-svg / --export-pdf for
 * loop-bakery-run.  The pictures come from the same scene model and
 * renderer as the app's canvas and its export menu, so a headless export
 * looks exactly like the window.
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bakery-export.h"
#include "loop-bakery-export.h"

#define DEFAULT_WIDTH  1280
#define DEFAULT_HEIGHT 800

/* What the options say, checked. */
typedef struct {
  int      width, height;
  gboolean dark;
  GArray  *steps;      /* guint64; NULL: every step */
} ExportPlan;

void
loop_bakery_export_clear (LoopBakeryExport *export)
{
  g_clear_pointer (&export->png_dir, g_free);
  g_clear_pointer (&export->svg_dir, g_free);
  g_clear_pointer (&export->pdf_path, g_free);
  g_clear_pointer (&export->steps, g_free);
  g_clear_pointer (&export->size, g_free);
  g_clear_pointer (&export->theme, g_free);
}

void
loop_bakery_export_add_options (LoopBakeryExport *export,
                                GOptionContext   *context)
{
  GOptionEntry entries[] = {
    { "export-png", 0, 0, G_OPTION_ARG_FILENAME, &export->png_dir,
      "Draw the bakery at each step as DIR/step-NNNN.png", "DIR" },
    { "export-svg", 0, 0, G_OPTION_ARG_FILENAME, &export->svg_dir,
      "Draw the bakery at each step as DIR/step-NNNN.svg", "DIR" },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &export->pdf_path,
      "Write a handout, one page per step: code, bakery, narration", "FILE" },
    { "step", 0, 0, G_OPTION_ARG_INT64, &export->step,
      "Export only step N (0: before the first event)", "N" },
    { "steps", 0, 0, G_OPTION_ARG_STRING, &export->steps,
      "Export only these steps (numbers or \"end\")", "A,B,C" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &export->size,
      "Picture size in pixels (default 1280x800)", "WxH" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &export->theme,
      "Colours: light (default) or dark", "THEME" },
    { NULL }
  };

  /* The main group copies the entries; their targets live in @export. */
  g_option_context_add_main_entries (context, entries, NULL);
}

gboolean
loop_bakery_export_requested (const LoopBakeryExport *export)
{
  return export->png_dir != NULL || export->svg_dir != NULL || export->pdf_path != NULL;
}

static gboolean
parse_size (const char  *text,
            int         *width,
            int         *height,
            GError     **error)
{
  char *end = NULL;
  gint64 w, h;

  if (text == NULL)
    {
      *width = DEFAULT_WIDTH;
      *height = DEFAULT_HEIGHT;
      return TRUE;
    }

  w = g_ascii_strtoll (text, &end, 10);
  if (end == text || (*end != 'x' && *end != 'X'))
    goto bad;
  text = end + 1;
  h = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0')
    goto bad;

  /* Cairo's image surfaces stop at 32767 pixels a side. */
  if (w < 16 || h < 16 || w > 16384 || h > 16384)
    goto bad;

  *width = (int) w;
  *height = (int) h;
  return TRUE;

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               "--size expects WIDTHxHEIGHT between 16 and 16384, e.g. 1280x800");
  return FALSE;
}

static gboolean
step_in_range (guint64   value,
               guint64   n_events,
               guint64  *step,
               GError  **error)
{
  if (value > n_events)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "step %" G_GUINT64_FORMAT " is past the end: the trace has %" G_GUINT64_FORMAT
                   " steps (0 to %" G_GUINT64_FORMAT ")", value, n_events, n_events);
      return FALSE;
    }

  *step = value;
  return TRUE;
}

static gboolean
parse_step (const char  *text,
            guint64      n_events,
            guint64     *step,
            GError     **error)
{
  char *end = NULL;
  guint64 value;

  text += strspn (text, " ");
  if (g_str_equal (text, "end"))
    {
      *step = n_events;
      return TRUE;
    }

  errno = 0;
  value = g_ascii_strtoull (text, &end, 10);
  if (end == text || *end != '\0' || errno != 0 || text[0] == '-')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "--steps expects numbers or \"end\" separated by commas, not \"%s\"", text);
      return FALSE;
    }

  return step_in_range (value, n_events, step, error);
}

static gboolean
plan_export (const LoopBakeryExport *export,
             guint64                 n_events,
             ExportPlan             *plan,
             GError                **error)
{
  if (!parse_size (export->size, &plan->width, &plan->height, error))
    return FALSE;

  if (export->theme == NULL || g_str_equal (export->theme, "light"))
    plan->dark = FALSE;
  else if (g_str_equal (export->theme, "dark"))
    plan->dark = TRUE;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "unknown theme '%s' (expected light or dark)", export->theme);
      return FALSE;
    }

  if (export->step >= 0 && export->steps != NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "give either --step or --steps, not both");
      return FALSE;
    }

  plan->steps = NULL;
  if (export->step >= 0)
    {
      guint64 step;

      if (!step_in_range ((guint64) export->step, n_events, &step, error))
        return FALSE;
      plan->steps = g_array_new (FALSE, FALSE, sizeof (guint64));
      g_array_append_val (plan->steps, step);
    }
  else if (export->steps != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (export->steps, ",", -1);

      plan->steps = g_array_new (FALSE, FALSE, sizeof (guint64));
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint64 step;

          if (!parse_step (parts[i], n_events, &step, error))
            {
              g_clear_pointer (&plan->steps, g_array_unref);
              return FALSE;
            }
          g_array_append_val (plan->steps, step);
        }
    }

  return TRUE;
}

typedef gboolean (*ExportFrameFunc) (BakeryScene          *scene,
                                     const BakeryPalette  *palette,
                                     BakeryRenderer       *renderer,
                                     const char           *path,
                                     GError              **error);

/* SVG is vectors: no renderer, whose cache is pixels. */
static gboolean
export_svg (BakeryScene          *scene,
            const BakeryPalette  *palette,
            BakeryRenderer       *renderer,
            const char           *path,
            GError              **error)
{
  return bakery_export_svg (scene, palette, path, error);
}

/* One picture per planned step in @dir, named after the step so that the
 * files sort in playing order. */
static gboolean
export_frames (const ExportPlan    *plan,
               JsTrace             *trace,
               JsHostProfile        host,
               const BakeryPalette *palette,
               const char          *dir,
               const char          *extension,
               ExportFrameFunc      export_frame,
               GError             **error)
{
  guint64 n_events = js_trace_get_n_events (trace);
  guint64 n = plan->steps ? plan->steps->len : n_events + 1;
  g_autoptr(BakeryRenderer) renderer = bakery_renderer_new ();
  BakerySceneOptions options;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot create '%s': %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  bakery_scene_options_init (&options, plan->width, plan->height);
  options.host = host;

  for (guint64 i = 0; i < n; i++)
    {
      guint64 step = plan->steps ? g_array_index (plan->steps, guint64, i) : i;
      g_autoptr(BakeryScene) scene = bakery_scene_new (trace, step, &options);
      g_autofree char *name = g_strdup_printf ("step-%04" G_GUINT64_FORMAT ".%s", step, extension);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!export_frame (scene, palette, renderer, path, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * loop_bakery_export_write:
 * @export: the options
 * @trace: the trace of the run
 * @source: the script, for the handout's code column
 * @host: the host the trace was recorded for
 *
 * Writes every export the options ask for.
 */
gboolean
loop_bakery_export_write (const LoopBakeryExport  *export,
                          JsTrace                 *trace,
                          const char              *source,
                          JsHostProfile            host,
                          GError                 **error)
{
  ExportPlan plan = { 0 };
  BakeryPalette palette;
  gboolean ok = TRUE;

  if (!plan_export (export, js_trace_get_n_events (trace), &plan, error))
    return FALSE;

  if (plan.dark)
    bakery_palette_init_dark (&palette);
  else
    bakery_palette_init_light (&palette);

  if (ok && export->png_dir != NULL)
    ok = export_frames (&plan, trace, host, &palette, export->png_dir, "png", bakery_export_png, error);
  if (ok && export->svg_dir != NULL)
    ok = export_frames (&plan, trace, host, &palette, export->svg_dir, "svg", export_svg, error);
  if (ok && export->pdf_path != NULL)
    ok = bakery_export_handout (trace, source, host, &palette, NULL,
                                plan.steps ? (const guint64 *) plan.steps->data : NULL,
                                plan.steps ? plan.steps->len : 0,
                                export->pdf_path, error);

  g_clear_pointer (&plan.steps, g_array_unref);

  return ok;
}
