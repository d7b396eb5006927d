/* bakery-editor.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-editor"

#include "config.h"

#include <adwaita.h>

#include "bakery-editor.h"

#define MIN_FONT_SIZE     6
#define MAX_FONT_SIZE     48
#define DEFAULT_FONT_SIZE 12

struct _BakeryEditor
{
  GtkWidget          parent_instance;

  GSettings         *settings;
  GtkCssProvider    *css_provider;
  int                font_size;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkSourceView     *view;
  GtkSourceBuffer   *buffer;
};

G_DEFINE_FINAL_TYPE (BakeryEditor, bakery_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUFFER,
  PROP_FONT_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
bakery_editor_new (void)
{
  return g_object_new (BAKERY_TYPE_EDITOR, NULL);
}

static void
bakery_editor_update_style_scheme (BakeryEditor *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (style_manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (self->buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static void
bakery_editor_update_css (BakeryEditor *self)
{
  g_autofree char *css = g_strdup_printf ("textview { font-size: %dpt; }", self->font_size);

  gtk_css_provider_load_from_data (self->css_provider, css, -1);
}

static void
bakery_editor_dispose (GObject *object)
{
  BakeryEditor *self = (BakeryEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_EDITOR);

  g_clear_object (&self->settings);
  g_clear_object (&self->css_provider);

  G_OBJECT_CLASS (bakery_editor_parent_class)->dispose (object);
}

static void
bakery_editor_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BakeryEditor *self = BAKERY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      g_value_set_object (value, self->buffer);
      break;

    case PROP_FONT_SIZE:
      g_value_set_int (value, self->font_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_editor_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BakeryEditor *self = BAKERY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FONT_SIZE:
      bakery_editor_set_font_size (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_editor_class_init (BakeryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_editor_dispose;
  object_class->get_property = bakery_editor_get_property;
  object_class->set_property = bakery_editor_set_property;

  properties[PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL,
                         GTK_SOURCE_TYPE_BUFFER,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_FONT_SIZE] =
    g_param_spec_int ("font-size", NULL, NULL,
                      MIN_FONT_SIZE, MAX_FONT_SIZE, DEFAULT_FONT_SIZE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GTK_SOURCE_TYPE_BUFFER);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, BakeryEditor, view);
  gtk_widget_class_bind_template_child (widget_class, BakeryEditor, buffer);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_editor_init (BakeryEditor *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "js"));

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (bakery_editor_update_style_scheme),
                           self,
                           G_CONNECT_SWAPPED);
  bakery_editor_update_style_scheme (self);

  /* A provider of the view's own, so that the size follows this editor's
   * setting without a style class shared with other text views.
   */
  self->font_size = DEFAULT_FONT_SIZE;
  self->css_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                  GTK_STYLE_PROVIDER (self->css_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  bakery_editor_update_css (self);

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind (self->settings, "editor-font-size",
                   self, "font-size",
                   G_SETTINGS_BIND_GET);
}

/**
 * bakery_editor_get_buffer:
 *
 * Returns: (transfer none): the buffer the editor shows
 */
GtkSourceBuffer *
bakery_editor_get_buffer (BakeryEditor *self)
{
  g_return_val_if_fail (BAKERY_IS_EDITOR (self), NULL);

  return self->buffer;
}

/**
 * bakery_editor_get_view:
 *
 * Returns: (transfer none): the source view, for focus and scrolling
 */
GtkSourceView *
bakery_editor_get_view (BakeryEditor *self)
{
  g_return_val_if_fail (BAKERY_IS_EDITOR (self), NULL);

  return self->view;
}

int
bakery_editor_get_font_size (BakeryEditor *self)
{
  g_return_val_if_fail (BAKERY_IS_EDITOR (self), DEFAULT_FONT_SIZE);

  return self->font_size;
}

void
bakery_editor_set_font_size (BakeryEditor *self,
                             int           font_size)
{
  g_return_if_fail (BAKERY_IS_EDITOR (self));

  font_size = CLAMP (font_size, MIN_FONT_SIZE, MAX_FONT_SIZE);

  if (font_size == self->font_size)
    return;

  self->font_size = font_size;
  bakery_editor_update_css (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SIZE]);
}

/**
 * bakery_editor_dup_text:
 *
 * Returns: (transfer full): the whole text of the buffer
 */
char *
bakery_editor_dup_text (BakeryEditor *self)
{
  GtkTextIter begin;
  GtkTextIter end;

  g_return_val_if_fail (BAKERY_IS_EDITOR (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &begin, &end);

  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &begin, &end, TRUE);
}

/**
 * bakery_editor_set_text:
 *
 * Replaces the whole text as a new document: it cannot be undone, the
 * buffer is left unmodified and the cursor at the start.
 */
void
bakery_editor_set_text (BakeryEditor *self,
                        const char   *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter begin;

  g_return_if_fail (BAKERY_IS_EDITOR (self));
  g_return_if_fail (text != NULL);

  buffer = GTK_TEXT_BUFFER (self->buffer);

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);

  gtk_text_buffer_get_start_iter (buffer, &begin);
  gtk_text_buffer_select_range (buffer, &begin, &begin);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), &begin, 0.0, FALSE, 0.0, 0.0);

  gtk_text_buffer_set_modified (buffer, FALSE);
}
