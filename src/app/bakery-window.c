/* bakery-window.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-window-private.h"

G_DEFINE_FINAL_TYPE (BakeryWindow, bakery_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_PRESENTING,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const view_names[] = { "bakery", "study", "selftest", NULL };

/**
 * bakery_window_new:
 * @application: (nullable): the application, or %NULL in tests
 *
 * Creates a window showing the built-in example scenario.
 */
BakeryWindow *
bakery_window_new (BakeryApplication *application)
{
  return g_object_new (BAKERY_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

gboolean
bakery_window_is_valid_view (const char *view)
{
  return view != NULL && g_strv_contains (view_names, view);
}

char *
_bakery_window_dup_display_name (BakeryWindow *self)
{
  g_autofree char *basename = NULL;

  g_assert (BAKERY_IS_WINDOW (self));

  if (self->file == NULL)
    return g_strdup (_("Untitled Scenario"));

  basename = g_file_get_basename (self->file);

  return g_filename_display_name (basename);
}

static void
bakery_window_update_title (BakeryWindow *self)
{
  g_autofree char *name = _bakery_window_dup_display_name (self);
  g_autofree char *marked_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *tooltip = NULL;
  gboolean modified = bakery_window_get_modified (self);

  /* Translators: the file name of a scenario with unsaved changes */
  marked_name = modified ? g_strdup_printf (_("• %s"), name) : g_strdup (name);
  /* Translators: the window title, the file name then the application name */
  title = g_strdup_printf (_("%s — Loop Bakery"), marked_name);

  if (self->file != NULL)
    tooltip = g_file_get_parse_name (self->file);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, marked_name);
  gtk_label_set_label (self->document_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->document_label), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->modified_label), modified);
}

void
_bakery_window_set_file (BakeryWindow *self,
                         GFile        *file)
{
  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (!file || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    {
      bakery_window_update_title (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
}

/* Shows @message, plain text, in a toast. */
void
_bakery_window_show_message (BakeryWindow *self,
                             const char   *message)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_assert (BAKERY_IS_WINDOW (self));

  /* Toast titles are markup, and messages quote file names and lines. */
  markup = g_markup_escape_text (message, -1);
  toast = adw_toast_new (markup);
  adw_toast_set_timeout (toast, strlen (message) > 80 ? 10 : 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_bakery_window_show_error (BakeryWindow *self,
                           const char   *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_assert (BAKERY_IS_WINDOW (self));

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _bakery_window_show_message (self, message);
}

static void
bakery_window_load_welcome (BakeryWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;

  g_assert (BAKERY_IS_WINDOW (self));

  /* The scenario is compiled into the binary; resource data is always
   * nul-terminated.
   */
  bytes = g_resources_lookup_data (RESOURCE_BASE "/scenarios/welcome.js",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE,
                                   NULL);
  g_assert (bytes != NULL);

  bakery_editor_set_text (self->editor, g_bytes_get_data (bytes, NULL));
}

static void
bakery_window_save_state (BakeryWindow *self)
{
  gboolean maximized;

  g_assert (BAKERY_IS_WINDOW (self));

  g_settings_set_string (self->settings, "last-view", bakery_window_get_view (self));

  /* Presenting is not how the window should come back next time. */
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  if (!maximized)
    {
      int width;
      int height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
bakery_window_confirm_close_cb (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;

  g_assert (BAKERY_IS_WINDOW (self));

  if (_bakery_window_confirm_discard_finish (self, result))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
bakery_window_close_request (GtkWindow *window)
{
  BakeryWindow *self = (BakeryWindow *)window;

  g_assert (BAKERY_IS_WINDOW (self));

  bakery_window_save_state (self);

  if (!self->close_confirmed && bakery_window_get_modified (self))
    {
      _bakery_window_confirm_discard_async (self, bakery_window_confirm_close_cb, NULL);
      return GDK_EVENT_STOP;
    }

  return GTK_WINDOW_CLASS (bakery_window_parent_class)->close_request (window);
}

static void
bakery_window_notify_visible_child_name_cb (BakeryWindow *self)
{
  g_assert (BAKERY_IS_WINDOW (self));

  /* The library opens scenarios in the editor: it belongs to the Bakery. */
  gtk_widget_set_visible (GTK_WIDGET (self->library_button),
                          g_strcmp0 (bakery_window_get_view (self), "bakery") == 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
bakery_window_library_show_cb (BakeryWindow *self)
{
  g_assert (BAKERY_IS_WINDOW (self));

  bakery_scenario_list_focus_search (self->library_list);
}

static void
bakery_window_library_activated_cb (BakeryWindow *self,
                                    const char   *scenario_id)
{
  g_assert (BAKERY_IS_WINDOW (self));

  gtk_popover_popdown (self->library_popover);
  bakery_window_open_scenario (self, scenario_id);
}

static void
bakery_window_study_error_cb (BakeryWindow *self,
                              const char   *message)
{
  g_assert (BAKERY_IS_WINDOW (self));

  _bakery_window_show_message (self, message);
}

static void
bakery_window_use_editor_cb (BakeryWindow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  g_assert (BAKERY_IS_WINDOW (self));

  text = bakery_editor_dup_text (self->editor);
  name = _bakery_window_dup_display_name (self);
  bakery_quiz_page_load_source (bakery_selftest_view_get_quiz_page (self->selftest_view), name, text);
}

static void
bakery_window_buffer_changed_cb (BakeryWindow *self)
{
  g_assert (BAKERY_IS_WINDOW (self));

  self->change_serial++;
}

static void
bakery_window_buffer_modified_changed_cb (BakeryWindow *self)
{
  g_assert (BAKERY_IS_WINDOW (self));

  bakery_window_update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static gboolean
bakery_window_drop_cb (BakeryWindow  *self,
                       const GValue  *value,
                       double         x,
                       double         y,
                       GtkDropTarget *drop_target)
{
  GFile *file = NULL;

  g_assert (BAKERY_IS_WINDOW (self));

  /* One scenario per window: of several dropped files, the first wins. */
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      file = g_value_get_object (value);
    }

  if (file == NULL)
    return FALSE;

  bakery_window_open (self, file);

  return TRUE;
}

static void
bakery_window_dispose (GObject *object)
{
  BakeryWindow *self = (BakeryWindow *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_WINDOW);

  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->study);

  G_OBJECT_CLASS (bakery_window_parent_class)->dispose (object);
}

static void
bakery_window_finalize (GObject *object)
{
  BakeryWindow *self = (BakeryWindow *)object;

  /* Kept until here, cancelled, so that late callbacks can tell. */
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bakery_window_parent_class)->finalize (object);
}

static void
bakery_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BakeryWindow *self = BAKERY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, bakery_window_get_modified (self));
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    case PROP_VIEW:
      g_value_set_string (value, bakery_window_get_view (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BakeryWindow *self = BAKERY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      bakery_window_set_presenting (self, g_value_get_boolean (value));
      break;

    case PROP_VIEW:
      bakery_window_set_view (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_window_class_init (BakeryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bakery_window_dispose;
  object_class->finalize = bakery_window_finalize;
  object_class->get_property = bakery_window_get_property;
  object_class->set_property = bakery_window_set_property;

  window_class->close_request = bakery_window_close_request;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * BakeryWindow:presenting:
   *
   * Whether the window is set up for presenting to an audience: full
   * screen, the code, the bakery and the narration only.
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * BakeryWindow:view:
   *
   * The name of the visible view: "bakery", "study" or "selftest".
   */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL,
                         "bakery",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BAKERY_TYPE_BAKERY_VIEW);
  g_type_ensure (BAKERY_TYPE_EDITOR);
  g_type_ensure (BAKERY_TYPE_SCENARIO_LIST);
  g_type_ensure (BAKERY_TYPE_SELFTEST_VIEW);
  g_type_ensure (BAKERY_TYPE_STUDY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, bakery_view);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, document_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, document_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, library_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, library_popover);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, selftest_view);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, study_view);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, modified_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BakeryWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, bakery_window_library_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_window_library_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_window_notify_visible_child_name_cb);

  gtk_widget_class_install_property_action (widget_class, "win.view", "view");

  _bakery_window_class_actions_init (klass);
}

static void
bakery_window_init (BakeryWindow *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  g_autofree char *last_view = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  GtkDropTarget *drop_target;
  GtkSourceBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (SCHEMA_ID);

  /* The study material and progress are shared by every window. */
  self->study = g_object_ref (bakery_study_get_default ());
  bakery_study_view_set_study (self->study_view, self->study);
  bakery_selftest_view_set_study (self->selftest_view, self->study);
  bakery_scenario_list_set_study (self->library_list, self->study);
  g_signal_connect_object (self->study, "error",
                           G_CALLBACK (bakery_window_study_error_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bakery_selftest_view_get_quiz_page (self->selftest_view), "use-editor",
                           G_CALLBACK (bakery_window_use_editor_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bakery_selftest_view_get_progress_page (self->selftest_view), "message",
                           G_CALLBACK (bakery_window_study_error_cb),
                           self, G_CONNECT_SWAPPED);

  /* Files that could not be used are reported once, in the first window. */
  warnings = bakery_study_take_warnings (self->study);
  for (guint i = 0; i < warnings->len; i++)
    _bakery_window_show_message (self, g_ptr_array_index (warnings, i));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_view = g_settings_get_string (self->settings, "last-view");
  bakery_window_set_view (self, last_view);

  buffer = bakery_editor_get_buffer (self->editor);
  g_signal_connect_object (buffer,
                           "changed",
                           G_CALLBACK (bakery_window_buffer_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer,
                           "modified-changed",
                           G_CALLBACK (bakery_window_buffer_modified_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop_target,
                           "drop",
                           G_CALLBACK (bakery_window_drop_cb),
                           self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  bakery_window_load_welcome (self);
  bakery_window_update_title (self);
  bakery_window_notify_visible_child_name_cb (self);
}

const char *
bakery_window_get_view (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
bakery_window_set_view (BakeryWindow *self,
                        const char   *view)
{
  g_return_if_fail (BAKERY_IS_WINDOW (self));
  g_return_if_fail (bakery_window_is_valid_view (view));

  /* The stack notifies only on a change, and we relay that. */
  adw_view_stack_set_visible_child_name (self->stack, view);
}

gboolean
bakery_window_get_presenting (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), FALSE);

  return self->presenting;
}

void
bakery_window_set_presenting (BakeryWindow *self,
                              gboolean      presenting)
{
  g_return_if_fail (BAKERY_IS_WINDOW (self));

  presenting = !!presenting;

  if (presenting == self->presenting)
    return;

  self->presenting = presenting;

  if (presenting)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));

  /* An audience sees the code, the bakery and the narration only. */
  gtk_widget_set_visible (self->header_bar, !presenting);
  gtk_widget_set_visible (self->document_bar, !presenting);
  gtk_widget_set_visible (self->switcher_bar, !presenting);
  if (presenting)
    bakery_window_set_view (self, "bakery");
  bakery_bakery_view_set_presenting (self->bakery_view, presenting);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

/**
 * bakery_window_get_file:
 *
 * Returns: (transfer none) (nullable): the scenario's file, or %NULL if it
 *   was never saved
 */
GFile *
bakery_window_get_file (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
bakery_window_get_modified (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), FALSE);

  return gtk_text_buffer_get_modified (GTK_TEXT_BUFFER (bakery_editor_get_buffer (self->editor)));
}

/**
 * bakery_window_is_pristine:
 *
 * Returns: %TRUE if the window shows an unsaved scenario nobody edited, so
 *   that a file can replace it without asking
 */
gboolean
bakery_window_is_pristine (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), FALSE);

  return self->file == NULL && !bakery_window_get_modified (self);
}

/**
 * bakery_window_get_editor:
 *
 * Returns: (transfer none): the scenario editor
 */
BakeryEditor *
bakery_window_get_editor (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), NULL);

  return self->editor;
}

/**
 * bakery_window_get_study_view:
 *
 * Returns: (transfer none): the Study view
 */
BakeryStudyView *
bakery_window_get_study_view (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), NULL);

  return self->study_view;
}

/**
 * bakery_window_get_selftest_view:
 *
 * Returns: (transfer none): the Self-Test view
 */
BakerySelftestView *
bakery_window_get_selftest_view (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), NULL);

  return self->selftest_view;
}

/**
 * bakery_window_get_bakery_view:
 *
 * Returns: (transfer none): the Bakery view
 */
BakeryBakeryView *
bakery_window_get_bakery_view (BakeryWindow *self)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), NULL);

  return self->bakery_view;
}
