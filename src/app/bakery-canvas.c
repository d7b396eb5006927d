/* bakery-canvas.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-canvas"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bakery-canvas.h"

/* Draws the bakery at one step of a trace.  The scene model does the
 * layout and the renderer the drawing; this widget only picks the colours
 * from the style, keeps the scene matched to its size, and blends from the
 * scene on screen to the next one when the step changes.  The blend is
 * cosmetic, so it is an AdwAnimation; playback itself is the view's.
 */

#define DEFAULT_TRANSITION_MS 420

struct _BakeryCanvas
{
  GtkWidget      parent_instance;

  BakeryTrace   *trace;
  JsHostProfile  host;
  guint64        step;

  BakeryScene   *from;       /* on screen when the transition started */
  BakeryScene   *to;         /* the scene of @step */
  BakeryScene   *shown;      /* what the last snapshot drew */
  BakeryRenderer *renderer;
  double         progress;
  AdwAnimation  *animation;
  guint          duration_ms;

  char          *badge;
  double         zoom;
  guint          hide_answers : 1;
  guint          large : 1;
};

G_DEFINE_FINAL_TYPE (BakeryCanvas, bakery_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STEP,
  PROP_ZOOM,
  PROP_HIDE_ANSWERS,
  PROP_LARGE,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
bakery_canvas_new (void)
{
  return g_object_new (BAKERY_TYPE_CANVAS, NULL);
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        BakeryColor     *color)
{
  GdkRGBA rgba;

  /* Named colours of libadwaita; the defaults stay if a theme lacks one. */
  if (gtk_style_context_lookup_color (context, name, &rgba))
    *color = (BakeryColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
}

/**
 * bakery_canvas_get_palette:
 *
 * Fills @palette from the libadwaita named colours of the canvas's style,
 * as the canvas draws now (light, dark or high contrast).
 */
void
bakery_canvas_get_palette (BakeryCanvas  *self,
                           BakeryPalette *palette)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context;
  gboolean dark;

  g_return_if_fail (BAKERY_IS_CANVAS (self));

  dark = adw_style_manager_get_dark (manager);
  if (dark)
    bakery_palette_init_dark (palette);
  else
    bakery_palette_init_light (palette);
  palette->high_contrast = adw_style_manager_get_high_contrast (manager);

  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  lookup (context, "window_bg_color", &palette->window_bg);
  lookup (context, "window_fg_color", &palette->window_fg);
  lookup (context, "view_bg_color", &palette->view_bg);
  lookup (context, "view_fg_color", &palette->view_fg);
  lookup (context, "card_bg_color", &palette->card_bg);
  lookup (context, "accent_color", &palette->accent);
  lookup (context, "accent_bg_color", &palette->accent_bg);
  lookup (context, "accent_fg_color", &palette->accent_fg);
  /* Lighter shades read better on dark backgrounds. */
  lookup (context, dark ? "blue_2" : "blue_3", &palette->blue);
  lookup (context, dark ? "green_2" : "green_4", &palette->green);
  lookup (context, dark ? "yellow_2" : "yellow_5", &palette->yellow);
  lookup (context, dark ? "orange_2" : "orange_3", &palette->orange);
  lookup (context, dark ? "red_2" : "red_3", &palette->red);
  lookup (context, dark ? "purple_2" : "purple_3", &palette->purple);
  lookup (context, dark ? "brown_2" : "brown_3", &palette->brown);
}

static void
bakery_canvas_options (BakeryCanvas       *self,
                       BakerySceneOptions *options)
{
  bakery_scene_options_init (options,
                             gtk_widget_get_width (GTK_WIDGET (self)),
                             gtk_widget_get_height (GTK_WIDGET (self)));
  options->host = self->host;
  options->zoom = self->zoom;
  options->hide_answers = self->hide_answers;
  options->large = self->large;
}

static BakeryScene *
bakery_canvas_build (BakeryCanvas *self)
{
  BakerySceneOptions options;
  BakeryScene *scene;

  bakery_canvas_options (self, &options);

  if (self->trace != NULL)
    scene = bakery_scene_new (bakery_trace_get (self->trace), self->step, &options);
  else
    scene = bakery_scene_new_empty (&options);

  bakery_scene_set_badge (scene, self->badge);

  return scene;
}

static void
bakery_canvas_update_description (BakeryCanvas *self)
{
  g_autofree char *description = NULL;

  if (self->to == NULL)
    return;

  description = bakery_scene_describe (self->to);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* Rebuilds the target scene without a transition: a new size, zoom or
 * trace.
 */
static void
bakery_canvas_reset_scenes (BakeryCanvas *self)
{
  adw_animation_reset (self->animation);
  g_clear_pointer (&self->from, bakery_scene_unref);
  g_clear_pointer (&self->to, bakery_scene_unref);
  self->progress = 1.0;

  if (gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      self->to = bakery_canvas_build (self);
      bakery_canvas_update_description (self);
    }
}

static void
bakery_canvas_rebuild (BakeryCanvas *self)
{
  g_clear_pointer (&self->shown, bakery_scene_unref);
  bakery_canvas_reset_scenes (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bakery_canvas_animate_cb (double   value,
                          gpointer user_data)
{
  BakeryCanvas *self = user_data;

  self->progress = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bakery_canvas_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BakeryCanvas *self = (BakeryCanvas *)widget;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const BakerySceneOptions *options;
  BakeryPalette palette;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  if (self->to == NULL)
    bakery_canvas_reset_scenes (self);

  options = bakery_scene_get_options (self->to);
  if ((int)options->width != width || (int)options->height != height)
    bakery_canvas_reset_scenes (self);

  g_clear_pointer (&self->shown, bakery_scene_unref);
  if (self->from != NULL && self->progress < 1.0)
    self->shown = bakery_scene_interpolate (self->from, self->to, self->progress);
  else
    self->shown = bakery_scene_ref (self->to);

  bakery_canvas_get_palette (self, &palette);

  /* The snapshot records; its pixels are made at the window's scale. */
  bakery_renderer_set_pixel_scale (self->renderer, gtk_widget_get_scale_factor (widget));
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bakery_renderer_draw (self->renderer, cr, self->shown, &palette);
  cairo_destroy (cr);
}

static void
bakery_canvas_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  BakeryCanvas *self = (BakeryCanvas *)widget;

  if (self->to != NULL)
    {
      const BakerySceneOptions *options = bakery_scene_get_options (self->to);

      if ((int)options->width != width || (int)options->height != height)
        bakery_canvas_rebuild (self);
    }
}

static void
bakery_canvas_pressed_cb (BakeryCanvas    *self,
                          int              n_press,
                          double           x,
                          double           y,
                          GtkGestureClick *gesture)
{
  const BakeryItem *item;
  guint64 origin;

  g_assert (BAKERY_IS_CANVAS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (self->trace == NULL || self->shown == NULL)
    return;

  if (!(item = bakery_scene_hit_test (self->shown, x, y)))
    return;

  origin = bakery_scene_find_origin_step (bakery_trace_get (self->trace), item, self->step);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, origin);
}

static void
bakery_canvas_dispose (GObject *object)
{
  BakeryCanvas *self = (BakeryCanvas *)object;

  g_clear_object (&self->animation);
  g_clear_pointer (&self->trace, bakery_trace_unref);
  g_clear_pointer (&self->from, bakery_scene_unref);
  g_clear_pointer (&self->to, bakery_scene_unref);
  g_clear_pointer (&self->shown, bakery_scene_unref);
  g_clear_pointer (&self->badge, g_free);
  g_clear_pointer (&self->renderer, bakery_renderer_free);

  G_OBJECT_CLASS (bakery_canvas_parent_class)->dispose (object);
}

static void
bakery_canvas_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BakeryCanvas *self = BAKERY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint64 (value, self->step);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_HIDE_ANSWERS:
      g_value_set_boolean (value, self->hide_answers);
      break;

    case PROP_LARGE:
      g_value_set_boolean (value, self->large);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_canvas_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BakeryCanvas *self = BAKERY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      bakery_canvas_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_HIDE_ANSWERS:
      bakery_canvas_set_hide_answers (self, g_value_get_boolean (value));
      break;

    case PROP_LARGE:
      bakery_canvas_set_large (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_canvas_class_init (BakeryCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_canvas_dispose;
  object_class->get_property = bakery_canvas_get_property;
  object_class->set_property = bakery_canvas_set_property;

  widget_class->snapshot = bakery_canvas_snapshot;
  widget_class->size_allocate = bakery_canvas_size_allocate;

  properties[PROP_STEP] =
    g_param_spec_uint64 ("step", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.5, 3.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * BakeryCanvas:hide-answers:
   *
   * Hides the console and the promise board, so that an audience predicts
   * them first.
   */
  properties[PROP_HIDE_ANSWERS] =
    g_param_spec_boolean ("hide-answers", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LARGE] =
    g_param_spec_boolean ("large", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BakeryCanvas::item-activated:
   * @origin_step: the step that created the clicked item
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT64);

  gtk_widget_class_set_css_name (widget_class, "bakerycanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bakery_canvas_init (BakeryCanvas *self)
{
  GtkGesture *click;

  self->zoom = 1.0;
  self->progress = 1.0;
  self->duration_ms = DEFAULT_TRANSITION_MS;
  self->renderer = bakery_renderer_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 240);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The bakery: the event loop at this step"),
                                  -1);

  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0.0, 1.0, self->duration_ms,
                                             adw_callback_animation_target_new (bakery_canvas_animate_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_LINEAR);

  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "pressed", G_CALLBACK (bakery_canvas_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  /* Colours come from the style: redraw when it changes. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/**
 * bakery_canvas_set_trace:
 * @trace: (nullable): the trace to show
 *
 * Shows @trace at its first step.
 */
void
bakery_canvas_set_trace (BakeryCanvas  *self,
                         BakeryTrace   *trace,
                         JsHostProfile  host)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  if (trace != self->trace)
    {
      g_clear_pointer (&self->trace, bakery_trace_unref);
      self->trace = trace ? bakery_trace_ref (trace) : NULL;
    }
  self->host = host;
  self->step = 0;

  bakery_canvas_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/**
 * bakery_canvas_get_trace:
 *
 * Returns: (transfer none) (nullable): the trace shown
 */
BakeryTrace *
bakery_canvas_get_trace (BakeryCanvas *self)
{
  g_return_val_if_fail (BAKERY_IS_CANVAS (self), NULL);

  return self->trace;
}

/**
 * bakery_canvas_set_step:
 * @animate: blend from what is on screen, or jump
 *
 * Shows the trace after @step events.  However many steps apart, a blend
 * goes straight from the scene on screen to the new one.
 */
void
bakery_canvas_set_step (BakeryCanvas *self,
                        guint64       step,
                        gboolean      animate)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  if (self->trace != NULL)
    step = MIN (step, js_trace_get_n_events (bakery_trace_get (self->trace)));
  else
    step = 0;

  if (step == self->step && self->to != NULL)
    return;

  self->step = step;

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0 || !animate || self->shown == NULL)
    {
      bakery_canvas_rebuild (self);
    }
  else
    {
      BakeryScene *from = bakery_scene_ref (self->shown);

      g_clear_pointer (&self->from, bakery_scene_unref);
      g_clear_pointer (&self->to, bakery_scene_unref);
      self->from = from;
      self->to = bakery_canvas_build (self);
      self->progress = 0.0;
      bakery_canvas_update_description (self);

      adw_timed_animation_set_duration (ADW_TIMED_ANIMATION (self->animation), self->duration_ms);
      adw_animation_reset (self->animation);
      adw_animation_play (self->animation);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

guint64
bakery_canvas_get_step (BakeryCanvas *self)
{
  g_return_val_if_fail (BAKERY_IS_CANVAS (self), 0);

  return self->step;
}

void
bakery_canvas_set_transition_duration (BakeryCanvas *self,
                                       guint         duration_ms)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  self->duration_ms = MAX (duration_ms, 1);
}

double
bakery_canvas_get_zoom (BakeryCanvas *self)
{
  g_return_val_if_fail (BAKERY_IS_CANVAS (self), 1.0);

  return self->zoom;
}

void
bakery_canvas_set_zoom (BakeryCanvas *self,
                        double        zoom)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  zoom = CLAMP (zoom, 0.5, 3.0);

  if (zoom == self->zoom)
    return;

  self->zoom = zoom;
  bakery_canvas_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
bakery_canvas_get_hide_answers (BakeryCanvas *self)
{
  g_return_val_if_fail (BAKERY_IS_CANVAS (self), FALSE);

  return self->hide_answers;
}

void
bakery_canvas_set_hide_answers (BakeryCanvas *self,
                                gboolean      hide_answers)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  hide_answers = !!hide_answers;

  if (hide_answers == self->hide_answers)
    return;

  self->hide_answers = hide_answers;
  bakery_canvas_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_ANSWERS]);
}

gboolean
bakery_canvas_get_large (BakeryCanvas *self)
{
  g_return_val_if_fail (BAKERY_IS_CANVAS (self), FALSE);

  return self->large;
}

void
bakery_canvas_set_large (BakeryCanvas *self,
                         gboolean      large)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  large = !!large;

  if (large == self->large)
    return;

  self->large = large;
  bakery_canvas_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE]);
}

/**
 * bakery_canvas_set_badge:
 * @badge: (nullable): a note drawn over the scene, such as a compressed
 *   idle stretch
 */
void
bakery_canvas_set_badge (BakeryCanvas *self,
                         const char   *badge)
{
  g_return_if_fail (BAKERY_IS_CANVAS (self));

  if (g_strcmp0 (badge, self->badge) == 0)
    return;

  g_free (self->badge);
  self->badge = g_strdup (badge);

  /* The badge belongs to the target scene; keep any transition going. */
  if (self->to != NULL)
    {
      BakeryScene *to = bakery_canvas_build (self);

      g_clear_pointer (&self->to, bakery_scene_unref);
      self->to = to;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * bakery_canvas_dup_scene:
 *
 * Returns: (transfer full): the scene of the current step at the canvas's
 *   size, for exports
 */
BakeryScene *
bakery_canvas_dup_scene (BakeryCanvas *self)
{
  g_return_val_if_fail (BAKERY_IS_CANVAS (self), NULL);

  if (self->to == NULL || gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      BakerySceneOptions options;

      bakery_canvas_options (self, &options);
      options.width = MAX (options.width, 1280);
      options.height = MAX (options.height, 800);

      if (self->trace != NULL)
        return bakery_scene_new (bakery_trace_get (self->trace), self->step, &options);

      return bakery_scene_new_empty (&options);
    }

  return bakery_scene_ref (self->to);
}
