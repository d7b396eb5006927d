/* bakery-preferences-window.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-preferences-window"

#include "config.h"

#include "bakery-preferences-window.h"
#include "bakery-settings.h"

struct _BakeryPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  GtkSpinButton        *font_size_button;
  GtkSpinButton        *animation_speed_button;
  AdwComboRow          *default_host_row;
};

G_DEFINE_FINAL_TYPE (BakeryPreferencesWindow, bakery_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* In the order of the rows' models, which is the order of the schema's enums. */
static const char * const color_scheme_nicks[] = { "follow", "light", "dark", NULL };
static const char * const host_nicks[] = { "node", "browser", NULL };

BakeryPreferencesWindow *
bakery_preferences_window_new (void)
{
  return g_object_new (BAKERY_TYPE_PREFERENCES_WINDOW, NULL);
}

static void
bakery_preferences_window_dispose (GObject *object)
{
  BakeryPreferencesWindow *self = (BakeryPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bakery_preferences_window_parent_class)->dispose (object);
}

static void
bakery_preferences_window_class_init (BakeryPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryPreferencesWindow, animation_speed_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, BakeryPreferencesWindow, default_host_row);
  gtk_widget_class_bind_template_child (widget_class, BakeryPreferencesWindow, font_size_button);
}

static void
bakery_preferences_window_init (BakeryPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                bakery_settings_get_position_mapping,
                                bakery_settings_set_position_mapping,
                                (gpointer)color_scheme_nicks, NULL);
  g_settings_bind (self->settings, "editor-font-size",
                   self->font_size_button, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "animation-speed",
                   self->animation_speed_button, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "default-host",
                                self->default_host_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                bakery_settings_get_position_mapping,
                                bakery_settings_set_position_mapping,
                                (gpointer)host_nicks, NULL);
}
