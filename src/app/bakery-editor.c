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

/* Presenting sizes the code for the back of the room: as large as lets
 * this many lines, of this many columns (with the gutter), fit the editor,
 * never smaller than the normal size. */
#define PRESENTING_LINES    22
#define PRESENTING_COLUMNS  46

#define BREAKPOINT_CATEGORY "bakery-breakpoint"

struct _BakeryEditor
{
  GtkWidget          parent_instance;

  GSettings         *settings;
  GtkCssProvider    *css_provider;
  int                font_size;

  /* The running statement, its line, and a syntax or runtime error. */
  GtkTextTag        *current_tag;
  GtkTextTag        *current_line_tag;
  GtkTextTag        *error_tag;
  int                current_line;
  guint              presenting : 1;
  guint              presenting_tick;  /* follows the editor's height while presenting */
  int                presenting_width;
  int                presenting_height;

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

enum {
  BREAKPOINTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

/* The tags take the libadwaita accent and error colours, which differ
 * between light and dark.
 */
static void
bakery_editor_update_tags (BakeryEditor *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->view));
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1.0 };
  GdkRGBA error = { 0.88, 0.11, 0.14, 1.0 };
  GdkRGBA current;
  GdkRGBA line;

  gtk_style_context_lookup_color (context, "accent_bg_color", &accent);
  gtk_style_context_lookup_color (context, "error_color", &error);

  current = accent;
  current.alpha = 0.35;
  line = accent;
  line.alpha = 0.12;

  g_object_set (self->current_tag, "background-rgba", &current, NULL);
  g_object_set (self->current_line_tag, "paragraph-background-rgba", &line, NULL);
  g_object_set (self->error_tag,
                "underline", PANGO_UNDERLINE_ERROR,
                "underline-rgba", &error,
                NULL);
}

static void
bakery_editor_style_changed (BakeryEditor *self)
{
  bakery_editor_update_style_scheme (self);
  bakery_editor_update_tags (self);
}

/* A line is about 1.45 × the font's size in pixels, a monospace column
 * 0.6 ×, and a point 4/3 of a pixel. */
static int
presenting_font_size (BakeryEditor *self)
{
  int by_height = (int)(self->presenting_height / (PRESENTING_LINES * 1.45 * 4.0 / 3.0));
  int by_width = (int)(self->presenting_width / (PRESENTING_COLUMNS * 0.6 * 4.0 / 3.0));

  return MAX (self->font_size, MIN (by_height, by_width));
}

static void
bakery_editor_update_css (BakeryEditor *self)
{
  int size = self->presenting ? presenting_font_size (self) : self->font_size;
  g_autofree char *css = g_strdup_printf ("textview { font-size: %dpt; }", size);

  gtk_css_provider_load_from_data (self->css_provider, css, -1);
}

/* The window goes fullscreen after presenting starts, and may move to
 * another monitor: the size follows the height the editor gets. */
static gboolean
bakery_editor_presenting_tick (GtkWidget     *widget,
                               GdkFrameClock *frame_clock,
                               gpointer       user_data)
{
  BakeryEditor *self = BAKERY_EDITOR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (height > 0 && (width != self->presenting_width || height != self->presenting_height))
    {
      self->presenting_width = width;
      self->presenting_height = height;
      bakery_editor_update_css (self);
    }
  return G_SOURCE_CONTINUE;
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

  /**
   * BakeryEditor::breakpoints-changed:
   *
   * A breakpoint was set or cleared in the gutter.
   */
  signals[BREAKPOINTS_CHANGED] =
    g_signal_new ("breakpoints-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (GTK_SOURCE_TYPE_BUFFER);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, BakeryEditor, view);
  gtk_widget_class_bind_template_child (widget_class, BakeryEditor, buffer);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_editor_line_mark_activated_cb (BakeryEditor      *self,
                                      const GtkTextIter *iter,
                                      guint              button,
                                      GdkModifierType    state,
                                      int                n_presses,
                                      GtkSourceView     *view)
{
  g_assert (BAKERY_IS_EDITOR (self));

  if (button != GDK_BUTTON_PRIMARY || n_presses != 1)
    return;

  bakery_editor_toggle_breakpoint (self, gtk_text_iter_get_line (iter) + 1);
}

static void
bakery_editor_init (BakeryEditor *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  g_autoptr(GtkSourceMarkAttributes) breakpoint = gtk_source_mark_attributes_new ();
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  self->current_line_tag = gtk_text_buffer_create_tag (buffer, "bakery-current-line", NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "bakery-current", NULL);
  self->error_tag = gtk_text_buffer_create_tag (buffer, "bakery-error", NULL);

  /* A click in the gutter sets a breakpoint: playback stops there. */
  gtk_source_mark_attributes_set_icon_name (breakpoint, "media-record-symbolic");
  gtk_source_view_set_mark_attributes (self->view, BREAKPOINT_CATEGORY, breakpoint, 10);
  gtk_source_view_set_show_line_marks (self->view, TRUE);
  g_signal_connect_object (self->view,
                           "line-mark-activated",
                           G_CALLBACK (bakery_editor_line_mark_activated_cb),
                           self,
                           G_CONNECT_SWAPPED);

  gtk_source_buffer_set_language (self->buffer,
                                  gtk_source_language_manager_get_language (languages, "js"));

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (bakery_editor_style_changed),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::high-contrast",
                           G_CALLBACK (bakery_editor_style_changed),
                           self,
                           G_CONNECT_SWAPPED);
  bakery_editor_style_changed (self);

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

static void
iter_at (GtkTextBuffer *buffer,
         GtkTextIter   *iter,
         int            line,
         int            column)
{
  /* Trace positions are 1-based; the buffer clamps what is past the end. */
  gtk_text_buffer_get_iter_at_line_offset (buffer, iter, MAX (line - 1, 0), MAX (column - 1, 0));
}

/**
 * bakery_editor_set_current_range:
 *
 * Highlights the running code, from @line:@column to @end_line:@end_column
 * (1-based, end exclusive), and its line, and scrolls to it; a @line of 0
 * clears the highlight.
 */
void
bakery_editor_set_current_range (BakeryEditor *self,
                                 int           line,
                                 int           column,
                                 int           end_line,
                                 int           end_column)
{
  GtkTextBuffer *buffer;
  GtkTextIter begin;
  GtkTextIter end;

  g_return_if_fail (BAKERY_IS_EDITOR (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &begin, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_line_tag, &begin, &end);

  self->current_line = line;

  if (line <= 0)
    return;

  iter_at (buffer, &begin, line, 1);
  end = begin;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_apply_tag (buffer, self->current_line_tag, &begin, &end);

  iter_at (buffer, &begin, line, column);
  if (end_line > 0)
    iter_at (buffer, &end, end_line, end_column);
  if (gtk_text_iter_compare (&begin, &end) < 0)
    gtk_text_buffer_apply_tag (buffer, self->current_tag, &begin, &end);

  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), &begin, 0.2, FALSE, 0.0, 0.0);
}

/**
 * bakery_editor_get_current_line:
 *
 * Returns: the highlighted line, 1-based, or 0
 */
int
bakery_editor_get_current_line (BakeryEditor *self)
{
  g_return_val_if_fail (BAKERY_IS_EDITOR (self), 0);

  return self->current_line;
}

/**
 * bakery_editor_set_error:
 * @message: (nullable): the error, as a tooltip
 *
 * Underlines the token at @line:@column, up to the end of its word; a
 * @line of 0 clears the underline.
 */
void
bakery_editor_set_error (BakeryEditor *self,
                         int           line,
                         int           column,
                         const char   *message)
{
  GtkTextBuffer *buffer;
  GtkTextIter begin;
  GtkTextIter end;

  g_return_if_fail (BAKERY_IS_EDITOR (self));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  gtk_text_buffer_remove_tag (buffer, self->error_tag, &begin, &end);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->view), NULL);

  if (line <= 0)
    return;

  iter_at (buffer, &begin, line, MAX (column, 1));
  end = begin;

  /* At least one character, so that the underline shows, even at the
   * end of a line.
   */
  if (gtk_text_iter_inside_word (&end) || gtk_text_iter_starts_word (&end))
    gtk_text_iter_forward_word_end (&end);
  else if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_char (&end);
  else if (!gtk_text_iter_starts_line (&begin))
    gtk_text_iter_backward_char (&begin);

  gtk_text_buffer_apply_tag (buffer, self->error_tag, &begin, &end);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->view), message);
}

static GSList *
breakpoints_at (BakeryEditor *self,
                int           line)
{
  return gtk_source_buffer_get_source_marks_at_line (self->buffer, line - 1, BREAKPOINT_CATEGORY);
}

gboolean
bakery_editor_has_breakpoint (BakeryEditor *self,
                              int           line)
{
  g_autoptr(GSList) marks = NULL;

  g_return_val_if_fail (BAKERY_IS_EDITOR (self), FALSE);

  if (line <= 0)
    return FALSE;

  marks = breakpoints_at (self, line);

  return marks != NULL;
}

gboolean
bakery_editor_has_breakpoints (BakeryEditor *self)
{
  GtkTextIter begin;

  g_return_val_if_fail (BAKERY_IS_EDITOR (self), FALSE);

  gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (self->buffer), &begin);

  if (bakery_editor_has_breakpoint (self, 1))
    return TRUE;

  return gtk_source_buffer_forward_iter_to_source_mark (self->buffer, &begin, BREAKPOINT_CATEGORY);
}

void
bakery_editor_toggle_breakpoint (BakeryEditor *self,
                                 int           line)
{
  g_autoptr(GSList) marks = NULL;
  GtkTextIter iter;

  g_return_if_fail (BAKERY_IS_EDITOR (self));
  g_return_if_fail (line > 0);

  marks = breakpoints_at (self, line);

  if (marks != NULL)
    {
      for (const GSList *l = marks; l != NULL; l = l->next)
        gtk_text_buffer_delete_mark (GTK_TEXT_BUFFER (self->buffer), l->data);
    }
  else
    {
      iter_at (GTK_TEXT_BUFFER (self->buffer), &iter, line, 1);
      gtk_source_buffer_create_source_mark (self->buffer, NULL, BREAKPOINT_CATEGORY, &iter);
    }

  g_signal_emit (self, signals[BREAKPOINTS_CHANGED], 0);
}

/**
 * bakery_editor_set_presenting:
 *
 * Presenting shows the code larger and read-only, so that keys drive the
 * playback instead of typing.
 */
void
bakery_editor_set_presenting (BakeryEditor *self,
                              gboolean      presenting)
{
  g_return_if_fail (BAKERY_IS_EDITOR (self));

  presenting = !!presenting;

  if (presenting == self->presenting)
    return;

  self->presenting = presenting;
  if (presenting)
    {
      self->presenting_width = gtk_widget_get_width (GTK_WIDGET (self));
      self->presenting_height = gtk_widget_get_height (GTK_WIDGET (self));
      self->presenting_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), bakery_editor_presenting_tick,
                                                            NULL, NULL);
    }
  else if (self->presenting_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->presenting_tick);
      self->presenting_tick = 0;
    }
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), !presenting);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->view), !presenting);
  gtk_source_view_set_highlight_current_line (self->view, !presenting);
  bakery_editor_update_css (self);
}
