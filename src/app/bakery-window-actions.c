/* bakery-window-actions.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-window-private.h"

/* File actions: new, open, save, save as and close, with the question
 * about unsaved changes that comes before any of them may drop an edit.
 *
 * Every operation runs with the window's cancellable, which is cancelled
 * when the window is disposed, so no callback touches a disposed window.
 */

typedef struct
{
  GFile *file;
  guint  change_serial;
} Save;

static void
save_free (Save *save)
{
  g_clear_object (&save->file);
  g_free (save);
}

static void bakery_window_save_async  (BakeryWindow         *self,
                                       gboolean              ask_for_file,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
static gboolean bakery_window_save_finish (BakeryWindow     *self,
                                           GAsyncResult     *result,
                                           GError          **error);

static GtkFileChooserNative *
bakery_window_create_file_chooser (BakeryWindow         *self,
                                   const char           *title,
                                   GtkFileChooserAction  action,
                                   const char           *accept_label)
{
  g_autoptr(GtkFileFilter) scenarios = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_files = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title,
                                        GTK_WINDOW (self),
                                        action,
                                        accept_label,
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (scenarios, _("JavaScript Scenarios"));
  gtk_file_filter_add_pattern (scenarios, "*.js");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), scenarios);

  gtk_file_filter_set_name (all_files, _("All Files"));
  gtk_file_filter_add_pattern (all_files, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_files);

  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), scenarios);

  return native;
}

static void
bakery_window_report_save_error (BakeryWindow *self,
                                 const GError *error)
{
  g_autofree char *name = NULL;

  g_assert (BAKERY_IS_WINDOW (self));

  /* Dismissing the file chooser, or closing the window, is no error. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  name = _bakery_window_dup_display_name (self);
  /* Translators: the first %s is a file name, the second an error message */
  _bakery_window_show_error (self, _("Could not save “%s”: %s"), name, error->message);
}

static void
bakery_window_report_open_error (BakeryWindow *self,
                                 GFile        *file,
                                 const GError *error)
{
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;

  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename);
  /* Translators: the first %s is a file name, the second an error message */
  _bakery_window_show_error (self, _("Could not open “%s”: %s"), name, error->message);
}

static void
bakery_window_load_contents_cb (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data)
{
  GFile *file = (GFile *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  BakeryWindow *self;
  gsize length;

  g_assert (G_IS_FILE (file));
  g_assert (G_IS_TASK (task));

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!g_utf8_validate_len (contents, length, NULL))
    {
      g_task_return_new_error (task,
                               G_IO_ERROR,
                               G_IO_ERROR_INVALID_DATA,
                               _("The file is not UTF-8 text"));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  self = g_task_get_source_object (task);

  bakery_editor_set_text (self->editor, contents);
  _bakery_window_set_file (self, file);

  g_task_return_boolean (task, TRUE);
}

/**
 * bakery_window_load_async:
 * @self: a #BakeryWindow
 * @file: the scenario to load
 * @callback: called when the file is loaded, or could not be
 * @user_data: data for @callback
 *
 * Replaces the scenario with the contents of @file, without asking about
 * unsaved changes: see bakery_window_open() for that. The load is
 * cancelled if the window goes away.
 */
void
bakery_window_load_async (BakeryWindow        *self,
                          GFile               *file,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BAKERY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, bakery_window_load_async);

  g_file_load_contents_async (file,
                              self->cancellable,
                              bakery_window_load_contents_cb,
                              g_steal_pointer (&task));
}

gboolean
bakery_window_load_finish (BakeryWindow  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
bakery_window_replace_contents_cb (GObject      *object,
                                   GAsyncResult *result,
                                   gpointer      user_data)
{
  GFile *file = (GFile *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  BakeryWindow *self;
  Save *save;

  g_assert (G_IS_FILE (file));
  g_assert (G_IS_TASK (task));

  if (!g_file_replace_contents_finish (file, result, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  self = g_task_get_source_object (task);
  save = g_task_get_task_data (task);

  _bakery_window_set_file (self, save->file);

  if (self->change_serial == save->change_serial)
    gtk_text_buffer_set_modified (GTK_TEXT_BUFFER (bakery_editor_get_buffer (self->editor)), FALSE);

  g_task_return_boolean (task, TRUE);
}

/**
 * bakery_window_save_to_async:
 * @self: a #BakeryWindow
 * @file: where to save the scenario
 * @callback: called when the file is written, or could not be
 * @user_data: data for @callback
 *
 * Writes the scenario to @file, atomically, and makes @file the window's
 * file. The save is cancelled if the window goes away.
 */
void
bakery_window_save_to_async (BakeryWindow        *self,
                             GFile               *file,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;
  Save *save;

  g_return_if_fail (BAKERY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (Save, 1);
  save->file = g_object_ref (file);
  save->change_serial = self->change_serial;

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, bakery_window_save_to_async);
  g_task_set_task_data (task, save, (GDestroyNotify)save_free);

  text = bakery_editor_dup_text (self->editor);
  bytes = g_bytes_new_take (text, strlen (text));

  g_file_replace_contents_bytes_async (file,
                                       bytes,
                                       NULL,
                                       FALSE,
                                       G_FILE_CREATE_NONE,
                                       self->cancellable,
                                       bakery_window_replace_contents_cb,
                                       g_steal_pointer (&task));
}

gboolean
bakery_window_save_to_finish (BakeryWindow  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (BAKERY_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
bakery_window_save_to_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (G_IS_TASK (task));

  if (!bakery_window_save_to_finish (self, result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
bakery_window_save_response_cb (GtkNativeDialog *native,
                                int              response,
                                gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) file = NULL;
  BakeryWindow *self;

  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (G_IS_TASK (task));

  self = g_task_get_source_object (task);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  g_object_unref (native);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (file == NULL)
    {
      g_task_return_new_error (task,
                               G_IO_ERROR,
                               G_IO_ERROR_CANCELLED,
                               "No file was chosen");
      return;
    }

  bakery_window_save_to_async (self,
                               file,
                               bakery_window_save_to_cb,
                               g_steal_pointer (&task));
}

/* Saves to the window's file, asking for one first if there is none yet or
 * if @ask_for_file is set. Fails with %G_IO_ERROR_CANCELLED if the file
 * chooser is dismissed.
 */
static void
bakery_window_save_async (BakeryWindow        *self,
                          gboolean             ask_for_file,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GtkFileChooserNative *native;

  g_assert (BAKERY_IS_WINDOW (self));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, bakery_window_save_async);

  if (self->file != NULL && !ask_for_file)
    {
      bakery_window_save_to_async (self,
                                   self->file,
                                   bakery_window_save_to_cb,
                                   g_steal_pointer (&task));
      return;
    }

  native = bakery_window_create_file_chooser (self,
                                              _("Save Scenario"),
                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Save"));

  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), "scenario.js");

  g_signal_connect (native,
                    "response",
                    G_CALLBACK (bakery_window_save_response_cb),
                    g_steal_pointer (&task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static gboolean
bakery_window_save_finish (BakeryWindow  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (g_task_is_valid (result, self));

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
bakery_window_confirm_save_cb (GObject      *object,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (G_IS_TASK (task));

  if (!(saved = bakery_window_save_finish (self, result, &error)))
    bakery_window_report_save_error (self, error);

  g_task_return_boolean (task, saved);
}

static void
bakery_window_confirm_response_cb (AdwMessageDialog *dialog,
                                   const char       *response,
                                   gpointer          user_data)
{
  GTask *task = user_data;

  g_assert (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert (G_IS_TASK (task));

  if (g_task_return_error_if_cancelled (task))
    return;

  if (g_str_equal (response, "discard"))
    g_task_return_boolean (task, TRUE);
  else if (g_str_equal (response, "save"))
    bakery_window_save_async (g_task_get_source_object (task),
                              FALSE,
                              bakery_window_confirm_save_cb,
                              g_object_ref (task));
  else
    g_task_return_boolean (task, FALSE);
}

/* Completes with %TRUE when the scenario may be replaced or dropped: it
 * has no unsaved changes, or the user chose to discard or saved them.
 */
void
_bakery_window_confirm_discard_async (BakeryWindow        *self,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  g_assert (BAKERY_IS_WINDOW (self));

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, _bakery_window_confirm_discard_async);

  if (!bakery_window_get_modified (self))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  name = _bakery_window_dup_display_name (self);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  /* The handler's data holds the task until the dialog goes away. */
  g_signal_connect_data (dialog,
                         "response",
                         G_CALLBACK (bakery_window_confirm_response_cb),
                         g_steal_pointer (&task),
                         (GClosureNotify)g_object_unref,
                         0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_bakery_window_confirm_discard_finish (BakeryWindow *self,
                                       GAsyncResult *result)
{
  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (g_task_is_valid (result, self));

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

static void
bakery_window_load_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  if (!bakery_window_load_finish (self, result, &error))
    bakery_window_report_open_error (self, file, error);
}

static void
bakery_window_open_confirm_cb (GObject      *object,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  g_autoptr(GFile) file = user_data;

  g_assert (BAKERY_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  if (_bakery_window_confirm_discard_finish (self, result))
    bakery_window_load_async (self, file, bakery_window_load_cb, g_object_ref (file));
}

/**
 * bakery_window_open:
 * @self: a #BakeryWindow
 * @file: the scenario to open
 *
 * Opens @file in the window, once the user has had a chance to save
 * unsaved changes. Errors are shown in the window.
 */
void
bakery_window_open (BakeryWindow *self,
                    GFile        *file)
{
  g_return_if_fail (BAKERY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _bakery_window_confirm_discard_async (self,
                                        bakery_window_open_confirm_cb,
                                        g_object_ref (file));
}

static void
bakery_window_open_response_cb (GtkNativeDialog *native,
                                int              response,
                                BakeryWindow    *self)
{
  g_assert (GTK_IS_NATIVE_DIALOG (native));
  g_assert (BAKERY_IS_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT && !g_cancellable_is_cancelled (self->cancellable))
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      bakery_window_load_async (self, file, bakery_window_load_cb, g_object_ref (file));
    }

  g_object_unref (native);
}

static void
bakery_window_choose_file_confirm_cb (GObject      *object,
                                      GAsyncResult *result,
                                      gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  GtkFileChooserNative *native;

  g_assert (BAKERY_IS_WINDOW (self));

  if (!_bakery_window_confirm_discard_finish (self, result))
    return;

  native = bakery_window_create_file_chooser (self,
                                              _("Open Scenario"),
                                              GTK_FILE_CHOOSER_ACTION_OPEN,
                                              _("_Open"));

  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (bakery_window_open_response_cb),
                           self,
                           0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
bakery_window_new_confirm_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  g_autofree char *host = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_assert (BAKERY_IS_WINDOW (self));

  if (!_bakery_window_confirm_discard_finish (self, result))
    return;

  /* A new scenario starts with its header filled in, never empty. */
  host = g_settings_get_string (self->settings, "default-host");
  /* Translators: the title written into the header of a new scenario */
  text = g_strdup_printf ("// @title %s\n// @host %s\n\n", _("Untitled scenario"), host);

  bakery_editor_set_text (self->editor, text);
  _bakery_window_set_file (self, NULL);

  buffer = GTK_TEXT_BUFFER (bakery_editor_get_buffer (self->editor));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (bakery_editor_get_view (self->editor)));
}

static void
bakery_window_save_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  g_autoptr(GError) error = NULL;

  g_assert (BAKERY_IS_WINDOW (self));

  if (!bakery_window_save_finish (self, result, &error))
    bakery_window_report_save_error (self, error);
}

static void
bakery_window_new_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  _bakery_window_confirm_discard_async (BAKERY_WINDOW (widget),
                                        bakery_window_new_confirm_cb,
                                        NULL);
}

static void
bakery_window_open_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  _bakery_window_confirm_discard_async (BAKERY_WINDOW (widget),
                                        bakery_window_choose_file_confirm_cb,
                                        NULL);
}

static void
bakery_window_save_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  bakery_window_save_async (BAKERY_WINDOW (widget), FALSE, bakery_window_save_cb, NULL);
}

static void
bakery_window_save_as_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  bakery_window_save_async (BAKERY_WINDOW (widget), TRUE, bakery_window_save_cb, NULL);
}

static void
bakery_window_close_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

typedef struct
{
  char  *scenario_id;
  guint  output_line;  /* the output line to show, or G_MAXUINT for the start */
} OpenScenario;

static void
open_scenario_free (OpenScenario *data)
{
  g_free (data->scenario_id);
  g_free (data);
}

static void
bakery_window_open_scenario_confirm_cb (GObject      *object,
                                        GAsyncResult *result,
                                        gpointer      user_data)
{
  BakeryWindow *self = (BakeryWindow *)object;
  OpenScenario *data = user_data;
  const BakeryScenario *scenario;

  g_assert (BAKERY_IS_WINDOW (self));

  if (_bakery_window_confirm_discard_finish (self, result) &&
      (scenario = bakery_content_lookup_scenario (bakery_study_get_content (self->study), data->scenario_id)))
    {
      g_autoptr(GFile) file = scenario->path ? g_file_new_for_path (scenario->path) : NULL;

      /* A built-in scenario is a new, untitled copy; the user's own is
       * opened as its file, so that edits can be saved back to it.
       */
      bakery_editor_set_text (self->editor, scenario->source);
      _bakery_window_set_file (self, file);
      bakery_window_set_view (self, "bakery");

      if (data->output_line != G_MAXUINT)
        bakery_bakery_view_seek_to_output (self->bakery_view, data->output_line);
    }

  open_scenario_free (data);
}

/**
 * bakery_window_open_scenario:
 * @self: a #BakeryWindow
 * @scenario_id: a scenario of the library
 *
 * Loads the scenario into the editor, once the user has had a chance to
 * save unsaved changes, and shows the Bakery view.
 */
void
bakery_window_open_scenario (BakeryWindow *self,
                             const char   *scenario_id)
{
  OpenScenario *data;

  g_return_if_fail (BAKERY_IS_WINDOW (self));
  g_return_if_fail (scenario_id != NULL);

  data = g_new0 (OpenScenario, 1);
  data->scenario_id = g_strdup (scenario_id);
  data->output_line = G_MAXUINT;

  _bakery_window_confirm_discard_async (self, bakery_window_open_scenario_confirm_cb, data);
}

/**
 * bakery_window_replay_output:
 * @self: a #BakeryWindow
 * @scenario_id: (nullable): a scenario of the library, or %NULL for the
 *   script in the editor
 * @line: a line of the scenario's output, counted from 0
 *
 * Shows the scenario in the Bakery view at the step that printed @line,
 * such as the first line a prediction got wrong.
 */
void
bakery_window_replay_output (BakeryWindow *self,
                             const char   *scenario_id,
                             guint         line)
{
  OpenScenario *data;

  g_return_if_fail (BAKERY_IS_WINDOW (self));

  if (scenario_id == NULL)
    {
      bakery_window_set_view (self, "bakery");
      bakery_bakery_view_seek_to_output (self->bakery_view, line);
      return;
    }

  data = g_new0 (OpenScenario, 1);
  data->scenario_id = g_strdup (scenario_id);
  data->output_line = line;

  _bakery_window_confirm_discard_async (self, bakery_window_open_scenario_confirm_cb, data);
}

/**
 * bakery_window_predict_scenario:
 * @self: a #BakeryWindow
 * @scenario_id: a scenario of the library
 *
 * Shows the quiz on the scenario in the Self-Test view.
 */
void
bakery_window_predict_scenario (BakeryWindow *self,
                                const char   *scenario_id)
{
  g_return_if_fail (BAKERY_IS_WINDOW (self));
  g_return_if_fail (scenario_id != NULL);

  if (bakery_content_lookup_scenario (bakery_study_get_content (self->study), scenario_id) == NULL)
    return;

  bakery_selftest_view_set_page (self->selftest_view, "quiz");
  bakery_quiz_page_load_scenario (bakery_selftest_view_get_quiz_page (self->selftest_view), scenario_id);
  bakery_window_set_view (self, "selftest");
}

static void
bakery_window_open_scenario_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  bakery_window_open_scenario (BAKERY_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* ("" for the editor's script, the output line) */
static void
bakery_window_replay_output_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  const char *scenario_id;
  guint32 line;

  g_variant_get (param, "(&su)", &scenario_id, &line);
  bakery_window_replay_output (BAKERY_WINDOW (widget), *scenario_id ? scenario_id : NULL, line);
}

static void
bakery_window_predict_scenario_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  bakery_window_predict_scenario (BAKERY_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
bakery_window_save_to_library_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  BakeryWindow *self = BAKERY_WINDOW (widget);
  g_autofree char *text = bakery_editor_dup_text (self->editor);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (!(id = bakery_study_save_user_scenario (self->study, text, &error)))
    {
      /* Translators: %s is an error message */
      _bakery_window_show_error (self, _("Could not add the scenario to your library: %s"), error->message);
      return;
    }

  _bakery_window_show_message (self, _("Added to your scenarios: find it in the scenario library"));
}

static void
bakery_window_find_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  BakeryWindow *self = BAKERY_WINDOW (widget);
  const char *view = bakery_window_get_view (self);

  if (g_strcmp0 (view, "study") == 0)
    bakery_study_view_focus_search (self->study_view);
  else if (g_strcmp0 (view, "bakery") == 0)
    gtk_menu_button_popup (self->library_button);
}

void
_bakery_window_class_actions_init (BakeryWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, bakery_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, bakery_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, bakery_window_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, bakery_window_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, bakery_window_close_action);
  gtk_widget_class_install_property_action (widget_class, "win.presenting", "presenting");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presenting", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-scenario", "s", bakery_window_open_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.predict-scenario", "s", bakery_window_predict_scenario_action);
  gtk_widget_class_install_action (widget_class, "win.replay-output", "(su)", bakery_window_replay_output_action);
  gtk_widget_class_install_action (widget_class, "win.save-to-library", NULL, bakery_window_save_to_library_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, bakery_window_find_action);
}
