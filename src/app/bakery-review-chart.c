/* bakery-review-chart.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A bar chart of reviews per day, oldest on the left, today on the right,
 * drawn with cairo. Colours come from the theme (the accent colour for
 * the bars, the text colour for the grid), so it follows dark and
 * high-contrast styles.
 */

#define G_LOG_DOMAIN "bakery-review-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-review-chart.h"

struct _BakeryReviewChart
{
  GtkWidget  parent_instance;

  GArray    *counts;   /* guint */
};

G_DEFINE_FINAL_TYPE (BakeryReviewChart, bakery_review_chart, GTK_TYPE_WIDGET)

#define AXIS_HEIGHT 18.0
#define TOP_PADDING 16.0

GtkWidget *
bakery_review_chart_new (void)
{
  return g_object_new (BAKERY_TYPE_REVIEW_CHART, NULL);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
bakery_review_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  BakeryReviewChart *self = (BakeryReviewChart *)widget;
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double plot_height = height - AXIS_HEIGHT - TOP_PADDING;
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA accent, foreground;
  guint max = 0;
  double slot;
  cairo_t *cr;

  if (self->counts->len == 0 || width <= 0 || plot_height <= 0)
    return;

  lookup_color (widget, "accent_color", &accent, "#3584e4");
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);

  for (guint i = 0; i < self->counts->len; i++)
    max = MAX (max, g_array_index (self->counts, guint, i));

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* The base line. */
  cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.25);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, 0, TOP_PADDING + plot_height + 0.5);
  cairo_line_to (cr, width, TOP_PADDING + plot_height + 0.5);
  cairo_stroke (cr);

  slot = width / self->counts->len;

  for (guint i = 0; i < self->counts->len; i++)
    {
      guint count = g_array_index (self->counts, guint, i);
      double bar_height;
      double x = i * slot + slot * 0.15;
      double bar_width = slot * 0.7;

      if (count == 0)
        continue;

      bar_height = MAX (2.0, plot_height * count / MAX (max, 1));
      gdk_cairo_set_source_rgba (cr, &accent);
      cairo_rectangle (cr, x, TOP_PADDING + plot_height - bar_height, bar_width, bar_height);
      cairo_fill (cr);
    }

  /* The scale and the ends of the time axis. */
  layout = gtk_widget_create_pango_layout (widget, NULL);
  cairo_set_source_rgba (cr, foreground.red, foreground.green, foreground.blue, 0.7);

  if (max > 0)
    {
      g_autofree char *top = g_strdup_printf ("%u", max);

      pango_layout_set_text (layout, top, -1);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, layout);
    }

  {
    g_autofree char *start = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day ago", "%u days ago", self->counts->len - 1),
                                              self->counts->len - 1);
    int text_width;

    pango_layout_set_text (layout, start, -1);
    cairo_move_to (cr, 0, TOP_PADDING + plot_height + 2);
    pango_cairo_show_layout (cr, layout);

    pango_layout_set_text (layout, _("Today"), -1);
    pango_layout_get_pixel_size (layout, &text_width, NULL);
    cairo_move_to (cr, width - text_width, TOP_PADDING + plot_height + 2);
    pango_cairo_show_layout (cr, layout);
  }

  cairo_destroy (cr);
}

static void
bakery_review_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 600;
    }
  else
    {
      *minimum = 120;
      *natural = 160;
    }
}

static void
bakery_review_chart_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bakery_review_chart_parent_class)->css_changed (widget, change);

  gtk_widget_queue_draw (widget);
}

static void
bakery_review_chart_finalize (GObject *object)
{
  BakeryReviewChart *self = (BakeryReviewChart *)object;

  g_clear_pointer (&self->counts, g_array_unref);

  G_OBJECT_CLASS (bakery_review_chart_parent_class)->finalize (object);
}

static void
bakery_review_chart_class_init (BakeryReviewChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bakery_review_chart_finalize;

  widget_class->snapshot = bakery_review_chart_snapshot;
  widget_class->measure = bakery_review_chart_measure;
  widget_class->css_changed = bakery_review_chart_css_changed;

  gtk_widget_class_set_css_name (widget_class, "reviewchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bakery_review_chart_init (BakeryReviewChart *self)
{
  self->counts = g_array_new (FALSE, TRUE, sizeof (guint));
}

void
bakery_review_chart_set_counts (BakeryReviewChart *self,
                                const guint       *counts,
                                guint              n_counts)
{
  g_autofree char *description = NULL;

  g_return_if_fail (BAKERY_IS_REVIEW_CHART (self));

  g_array_set_size (self->counts, 0);
  g_array_append_vals (self->counts, counts, n_counts);

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u review in the last %u days",
                                              "%u reviews in the last %u days",
                                              bakery_review_chart_get_total (self)),
                                 bakery_review_chart_get_total (self), n_counts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
bakery_review_chart_get_total (BakeryReviewChart *self)
{
  guint total = 0;

  g_return_val_if_fail (BAKERY_IS_REVIEW_CHART (self), 0);

  for (guint i = 0; i < self->counts->len; i++)
    total += g_array_index (self->counts, guint, i);

  return total;
}
