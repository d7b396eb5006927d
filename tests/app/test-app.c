/* test-app.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include "bakery-application.h"
#include "bakery-card-dialog.h"
#include "bakery-editor.h"
#include "bakery-review-chart.h"
#include "bakery-scenario-list.h"
#include "bakery-selftest-view.h"
#include "bakery-study-view.h"
#include "bakery-preferences-window.h"
#include "bakery-resources.h"
#include "bakery-window.h"

/* Builder files are not checked by the version macros, so instantiating
 * every templated widget here is what catches a class or property newer
 * than the GTK and libadwaita we support.
 */

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
flush_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static BakeryWindow *
create_window (void)
{
  /* Our own reference, so that the window can be checked for leaks after
   * GTK has dropped its own in gtk_window_destroy().
   */
  BakeryWindow *window = g_object_ref (bakery_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  flush_main_context ();

  return window;
}

static void
destroy_window (BakeryWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  flush_main_context ();
  g_assert_finalize_object (window);
}

static char *
dup_buffer_text (BakeryWindow *window)
{
  return bakery_editor_dup_text (bakery_window_get_editor (window));
}

static GFile *
create_temp_file (const char *contents,
                  gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd;

  fd = g_file_open_tmp ("test-app-XXXXXX.js", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_window_welcome (void)
{
  BakeryWindow *window = create_window ();
  g_autofree char *text = dup_buffer_text (window);
  GtkSourceBuffer *buffer = bakery_editor_get_buffer (bakery_window_get_editor (window));

  g_assert_true (g_str_has_prefix (text, "// @title Promises before timers\n// @host node\n"));
  g_assert_nonnull (strstr (text, "Promise.resolve().then("));
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (buffer)), ==, "js");
  g_assert_nonnull (gtk_source_buffer_get_style_scheme (buffer));
  g_assert_null (bakery_window_get_file (window));
  g_assert_false (bakery_window_get_modified (window));
  g_assert_true (bakery_window_is_pristine (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "Untitled Scenario"));

  destroy_window (window);
}

static void
test_window_views (void)
{
  static const char * const views[] = { "study", "selftest", "bakery" };
  BakeryWindow *window = create_window ();
  guint notified = 0;

  g_signal_connect (window, "notify::view", G_CALLBACK (count_notify_cb), &notified);

  g_assert_cmpstr (bakery_window_get_view (window), ==, "bakery");
  g_assert_true (bakery_window_is_valid_view ("selftest"));
  g_assert_false (bakery_window_is_valid_view ("kitchen"));
  g_assert_false (bakery_window_is_valid_view (NULL));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      bakery_window_set_view (window, views[i]);
      flush_main_context ();
      g_assert_cmpstr (bakery_window_get_view (window), ==, views[i]);
    }
  g_assert_cmpuint (notified, ==, G_N_ELEMENTS (views));

  /* Setting the visible view again is not a change. */
  bakery_window_set_view (window, "bakery");
  g_assert_cmpuint (notified, ==, G_N_ELEMENTS (views));

  /* The stateful action that the Alt+1…3 shortcuts activate. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "selftest"));
  flush_main_context ();
  g_assert_cmpstr (bakery_window_get_view (window), ==, "selftest");

  destroy_window (window);
}

static void
test_window_open (void)
{
  static const char contents[] =
    "// @title Await\n"
    "// @host browser\n"
    "\n"
    "async function f () {\n"
    "  await null;\n"
    "}\n";
  g_autoptr(GFile) file = create_temp_file (contents, -1);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *text = NULL;
  BakeryWindow *window = create_window ();

  bakery_window_load_async (window, file, store_result_cb, &result);
  g_assert_true (bakery_window_load_finish (window, wait_for_result (&result), &error));
  g_assert_no_error (error);

  text = dup_buffer_text (window);
  g_assert_cmpstr (text, ==, contents);
  g_assert_true (g_file_equal (bakery_window_get_file (window), file));
  g_assert_false (bakery_window_get_modified (window));
  g_assert_false (bakery_window_is_pristine (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), basename));

  /* The result holds the window as its source object. */
  g_clear_object (&result);
  g_file_delete (file, NULL, NULL);
  destroy_window (window);
}

static void
test_window_open_invalid (void)
{
  static const char contents[] = "console.log('\xff\xfe');\n";
  g_autoptr(GFile) file = create_temp_file (contents, sizeof contents - 1);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  BakeryWindow *window = create_window ();

  before = dup_buffer_text (window);

  bakery_window_load_async (window, file, store_result_cb, &result);
  g_assert_false (bakery_window_load_finish (window, wait_for_result (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  after = dup_buffer_text (window);
  g_assert_cmpstr (before, ==, after);
  g_assert_null (bakery_window_get_file (window));

  /* The result holds the window as its source object. */
  g_clear_object (&result);
  g_file_delete (file, NULL, NULL);
  destroy_window (window);
}

static void
test_window_modified (void)
{
  g_autoptr(GFile) file = create_temp_file ("", 0);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;
  BakeryWindow *window = create_window ();
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (bakery_editor_get_buffer (bakery_window_get_editor (window)));
  GtkTextIter end;
  guint notified = 0;

  g_signal_connect (window, "notify::modified", G_CALLBACK (count_notify_cb), &notified);

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "queueMicrotask(() => {});\n", -1);

  g_assert_true (bakery_window_get_modified (window));
  g_assert_false (bakery_window_is_pristine (window));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  bakery_window_save_to_async (window, file, store_result_cb, &result);
  g_assert_true (bakery_window_save_to_finish (window, wait_for_result (&result), &error));
  g_assert_no_error (error);

  g_assert_false (bakery_window_get_modified (window));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (g_file_equal (bakery_window_get_file (window), file));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  text = dup_buffer_text (window);
  g_file_get_contents (g_file_peek_path (file), &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (saved, ==, text);

  /* The result holds the window as its source object. */
  g_clear_object (&result);
  g_file_delete (file, NULL, NULL);
  destroy_window (window);
}

static void
test_window_presenting (void)
{
  BakeryWindow *window = create_window ();
  guint notified = 0;

  g_signal_connect (window, "notify::presenting", G_CALLBACK (count_notify_cb), &notified);

  g_assert_false (bakery_window_get_presenting (window));
  g_object_set (window, "presenting", TRUE, NULL);
  g_assert_true (bakery_window_get_presenting (window));
  bakery_window_set_presenting (window, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  bakery_window_set_presenting (window, FALSE);
  g_assert_false (bakery_window_get_presenting (window));
  g_assert_cmpuint (notified, ==, 2);
  flush_main_context ();

  destroy_window (window);
}

static void
test_editor_font_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  BakeryEditor *editor = g_object_ref_sink (BAKERY_EDITOR (bakery_editor_new ()));

  g_assert_cmpint (bakery_editor_get_font_size (editor), ==, g_settings_get_int (settings, "editor-font-size"));

  g_settings_set_int (settings, "editor-font-size", 20);
  g_assert_cmpint (bakery_editor_get_font_size (editor), ==, 20);

  bakery_editor_set_font_size (editor, 1000);
  g_assert_cmpint (bakery_editor_get_font_size (editor), ==, 48);

  g_settings_reset (settings, "editor-font-size");

  g_assert_finalize_object (editor);
}

static void
test_preferences_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  BakeryPreferencesWindow *preferences = g_object_ref (bakery_preferences_window_new ());

  gtk_window_present (GTK_WINDOW (preferences));
  flush_main_context ();

  g_settings_set_string (settings, "color-scheme", "dark");
  g_settings_set_string (settings, "default-host", "browser");
  g_settings_set_double (settings, "animation-speed", 2.5);
  flush_main_context ();

  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "default-host");
  g_settings_reset (settings, "animation-speed");

  gtk_window_destroy (GTK_WINDOW (preferences));
  flush_main_context ();
  g_assert_finalize_object (preferences);
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GObject *overlay;

  gtk_builder_add_from_resource (builder, RESOURCE_BASE "/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);

  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));

  gtk_window_present (GTK_WINDOW (overlay));
  flush_main_context ();
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
css_parsing_error_cb (GtkCssProvider *provider,
                      GtkCssSection  *section,
                      const GError   *error,
                      gpointer        user_data)
{
  g_autofree char *location = gtk_css_section_to_string (section);

  g_error ("style.css: %s: %s", location, error->message);
}

static void
test_style_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  /* AdwApplication loads this file; here it is only parsed. */
  g_signal_connect (provider, "parsing-error", G_CALLBACK (css_parsing_error_cb), NULL);
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
}

static void
test_application_new (void)
{
  BakeryApplication *app = bakery_application_new ();

  g_assert_cmpstr (g_application_get_application_id (G_APPLICATION (app)), ==, APP_ID);
  g_assert_cmpstr (g_application_get_resource_base_path (G_APPLICATION (app)), ==, RESOURCE_BASE);
  g_assert_true (g_application_get_flags (G_APPLICATION (app)) & G_APPLICATION_HANDLES_OPEN);

  g_assert_finalize_object (app);
}


/* Study and self-test. The default study keeps its files in
 * $XDG_DATA_HOME/loop-bakery, which main() points at a temporary folder.
 */

static char *data_home;

static char *
study_data_dir (void)
{
  return g_build_filename (data_home, "loop-bakery", NULL);
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
instantiate_widget (GType type)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *widget = g_object_ref_sink (g_object_new (type, NULL));

  /* Realized in a window, so that the template's widgets are checked
   * against the toolkit, then freed without leaks.
   */
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  flush_main_context ();
  gtk_window_destroy (GTK_WINDOW (window));
  flush_main_context ();
  g_assert_finalize_object (widget);
}

static void
test_study_templates (void)
{
  instantiate_widget (BAKERY_TYPE_STUDY_VIEW);
  instantiate_widget (BAKERY_TYPE_SELFTEST_VIEW);
  instantiate_widget (BAKERY_TYPE_QUIZ_PAGE);
  instantiate_widget (BAKERY_TYPE_FLASHCARDS_PAGE);
  instantiate_widget (BAKERY_TYPE_INTERVIEW_PAGE);
  instantiate_widget (BAKERY_TYPE_PROGRESS_PAGE);
  instantiate_widget (BAKERY_TYPE_SCENARIO_LIST);
  instantiate_widget (BAKERY_TYPE_REVIEW_CHART);

  /* A window of its own: made from a study, not a bare type. */
  {
    GtkWidget *dialog = g_object_ref (bakery_card_dialog_new (bakery_study_get_default (), NULL));

    gtk_window_present (GTK_WINDOW (dialog));
    flush_main_context ();
    gtk_window_destroy (GTK_WINDOW (dialog));
    flush_main_context ();
    g_assert_finalize_object (dialog);
  }
}

static void
test_study_view (void)
{
  BakeryWindow *window = create_window ();
  BakeryStudyView *view = bakery_window_get_study_view (window);
  BakeryContent *content = bakery_study_get_content (bakery_study_get_default ());
  guint all_cards, all_answers, node_cards;

  bakery_window_set_view (window, "study");
  flush_main_context ();

  all_cards = bakery_study_view_count_visible (view, "cards");
  all_answers = bakery_study_view_count_visible (view, "answers");
  g_assert_cmpuint (all_cards, ==, content->cards->len);
  g_assert_cmpuint (all_answers, ==, content->answers->len);
  g_assert_cmpuint (bakery_study_view_count_visible (view, "scenarios"), ==, content->scenarios->len);

  /* By topic… */
  bakery_study_view_set_topic (view, "node");
  node_cards = bakery_study_view_count_visible (view, "cards");
  g_assert_cmpuint (node_cards, >, 0);
  g_assert_cmpuint (node_cards, <, all_cards);
  g_assert_cmpuint (bakery_study_view_count_visible (view, "scenarios"), <, content->scenarios->len);

  /* …and searched as you type, across cases and words. */
  bakery_study_view_set_topic (view, NULL);
  bakery_study_view_set_search (view, "NEXTTICK setImmediate");
  g_assert_cmpuint (bakery_study_view_count_visible (view, "cards"), >, 0);
  g_assert_cmpuint (bakery_study_view_count_visible (view, "cards"), <, all_cards);
  g_assert_cmpuint (bakery_study_view_count_visible (view, "answers"), >, 0);
  bakery_study_view_set_search (view, "zzzz-no-such-word");
  g_assert_cmpuint (bakery_study_view_count_visible (view, "cards"), ==, 0);
  bakery_study_view_set_search (view, "");
  g_assert_cmpuint (bakery_study_view_count_visible (view, "cards"), ==, all_cards);

  /* Large type, kept in the settings. */
  g_assert_false (bakery_study_view_get_large_type (view));
  bakery_study_view_set_large_type (view, TRUE);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (view), "bakery-large-type"));
  bakery_study_view_set_section (view, "answers");
  flush_main_context ();
  bakery_study_view_set_large_type (view, FALSE);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (view), "bakery-large-type"));

  destroy_window (window);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return ADW_MESSAGE_DIALOG (item);
    }

  return NULL;
}

static void
test_study_open_scenario (void)
{
  BakeryWindow *window = create_window ();
  const BakeryScenario *scenario = bakery_content_lookup_scenario (bakery_study_get_content (bakery_study_get_default ()),
                                                                   "seed-deep-dive");
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (bakery_editor_get_buffer (bakery_window_get_editor (window)));
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  GtkTextIter end;

  bakery_window_set_view (window, "study");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-scenario", "s", "seed-deep-dive"));
  flush_main_context ();

  text = dup_buffer_text (window);
  g_assert_cmpstr (text, ==, scenario->source);
  g_assert_cmpstr (bakery_window_get_view (window), ==, "bakery");
  g_assert_false (bakery_window_get_modified (window));

  /* With unsaved changes, the user is asked first. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "// mine\n", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-scenario", "s", "classic-interview"));
  flush_main_context ();

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  flush_main_context ();
  after = dup_buffer_text (window);
  g_assert_true (g_str_has_suffix (after, "// mine\n"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-scenario", "s", "classic-interview"));
  flush_main_context ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  flush_main_context ();
  g_clear_pointer (&after, g_free);
  after = dup_buffer_text (window);
  g_assert_true (g_str_has_prefix (after, "// @title The classic interview puzzle\n"));

  destroy_window (window);
}

static void
test_scenario_library (void)
{
  BakeryScenarioList *list = g_object_ref_sink (BAKERY_SCENARIO_LIST (bakery_scenario_list_new ()));
  BakeryContent *content = bakery_study_get_content (bakery_study_get_default ());
  guint hard;

  bakery_scenario_list_set_study (list, bakery_study_get_default ());
  g_assert_cmpuint (bakery_scenario_list_count_visible (list), ==, content->scenarios->len);

  /* By title, tag or difficulty. */
  bakery_scenario_list_set_search (list, "classic interview");
  g_assert_cmpuint (bakery_scenario_list_count_visible (list), ==, 1);
  bakery_scenario_list_set_search (list, "combinators");
  g_assert_cmpuint (bakery_scenario_list_count_visible (list), >, 2);
  bakery_scenario_list_set_search (list, "expert");
  hard = bakery_scenario_list_count_visible (list);
  g_assert_cmpuint (hard, >, 0);
  g_assert_cmpuint (hard, <, content->scenarios->len);

  g_assert_finalize_object (list);
}

static gboolean
quiz_settled (gpointer data)
{
  return bakery_quiz_page_get_state (data) != BAKERY_QUIZ_RUNNING;
}

static char *
read_golden (const char *id)
{
  g_autofree char *path = g_build_filename (g_getenv ("LOOP_BAKERY_GOLDEN_DIR"), id, NULL);
  g_autofree char *file = g_strconcat (path, ".out", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (file, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* Picks the pool's lines in the order of @lines. */
static void
pick_in_order (BakeryQuizPage     *page,
               const char * const *lines)
{
  const char * const *pool = bakery_quiz_page_get_pool (page);
  guint n = g_strv_length ((char **)pool);
  g_autofree gboolean *used = g_new0 (gboolean, n);

  for (guint i = 0; lines[i] != NULL; i++)
    for (guint j = 0; j < n; j++)
      if (!used[j] && g_str_equal (pool[j], lines[i]))
        {
          used[j] = TRUE;
          bakery_quiz_page_pick_line (page, j);
          break;
        }
}

static void
test_quiz_grading (void)
{
  BakeryWindow *window = create_window ();
  BakeryQuizPage *page = bakery_selftest_view_get_quiz_page (bakery_window_get_selftest_view (window));
  BakeryStore *store = bakery_study_get_store (bakery_study_get_default ());
  guint results_before = bakery_store_get_quiz_results (store)->len;
  g_autofree char *golden = read_golden ("seed-deep-dive");
  g_auto(GStrv) lines = g_strsplit (golden, "\n", -1);

  /* "1\n5\n3\n4\n2\n": drop the empty line after the last break. */
  g_free (lines[g_strv_length (lines) - 1]);
  lines[g_strv_length (lines) - 1] = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.predict-scenario", "s", "seed-deep-dive"));
  g_assert_cmpstr (bakery_window_get_view (window), ==, "selftest");
  g_assert_cmpstr (bakery_quiz_page_get_scenario_id (page), ==, "seed-deep-dive");
  wait_until (quiz_settled, page);

  if (bakery_quiz_page_get_state (page) == BAKERY_QUIZ_ERROR)
    {
      /* The engine cannot run it (yet): the quiz says so, and the grading
       * is checked with Node's recording instead.
       */
      g_test_message ("engine: %s", bakery_quiz_page_get_error (page));
      g_assert_true (g_str_has_prefix (bakery_quiz_page_get_error (page), "The engine could not run"));
      _bakery_quiz_page_set_expected (page, golden);
    }

  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_READY);

  /* The engine's answer is Node's, shuffled. */
  g_assert_cmpuint (g_strv_length ((char **)bakery_quiz_page_get_pool (page)), ==, g_strv_length (lines));
  g_assert_false (g_strv_equal (bakery_quiz_page_get_pool (page), (const char * const *)lines));

  /* Right, by clicking the lines in order. */
  pick_in_order (page, (const char * const *)lines);
  bakery_quiz_page_check (page);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_CORRECT);

  /* Wrong: the last two swapped with the arrows. */
  bakery_quiz_page_move_line (page, 4, 3);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_READY);
  bakery_quiz_page_check (page);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_WRONG);
  g_assert_cmpuint (bakery_quiz_page_get_first_difference (page), ==, 3);
  g_assert_nonnull (strstr (bakery_quiz_page_get_result_text (page), "Line 4"));

  /* Typed, with sloppy white space. */
  bakery_quiz_page_set_typed_text (page, "1\n 5\n3 \n4\n2\n\n");
  bakery_quiz_page_check (page);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_CORRECT);

  /* Typed, one line short. */
  bakery_quiz_page_set_typed_text (page, "1\n5\n3\n4\n");
  bakery_quiz_page_check (page);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_WRONG);
  g_assert_nonnull (strstr (bakery_quiz_page_get_result_text (page), "Line 5 is missing"));

  g_assert_cmpuint (bakery_store_get_quiz_results (store)->len, ==, results_before + 4);

  /* A script that does not parse: the quiz shows the engine's message. */
  bakery_quiz_page_load_source (page, "Broken", "console.log('unclosed';\n");
  wait_until (quiz_settled, page);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_ERROR);
  g_test_message ("%s", bakery_quiz_page_get_error (page));
  g_assert_nonnull (strstr (bakery_quiz_page_get_error (page), "The engine could not run this scenario"));

  /* The user's own script: the one in the editor. */
  g_signal_emit_by_name (page, "use-editor");
  g_assert_null (bakery_quiz_page_get_scenario_id (page));
  wait_until (quiz_settled, page);
  if (bakery_quiz_page_get_state (page) == BAKERY_QUIZ_READY)
    {
      g_autofree char *welcome = dup_buffer_text (window);

      g_assert_true (g_str_has_prefix (welcome, "// @title Promises before timers"));
      g_assert_cmpuint (g_strv_length ((char **)bakery_quiz_page_get_pool (page)), ==, 4);
    }
  else
    {
      g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_ERROR);
    }

  /* "Show in the bakery" opens the scenario. */
  bakery_quiz_page_load_scenario (page, "seed-deep-dive");
  wait_until (quiz_settled, page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-scenario", "s", "seed-deep-dive"));
  flush_main_context ();
  g_assert_cmpstr (bakery_window_get_view (window), ==, "bakery");

  destroy_window (window);
}

static gboolean
bakery_run_settled (gpointer data)
{
  BakeryBakeryView *view = data;

  return !bakery_run_get_running (bakery_bakery_view_get_run (view)) &&
         bakery_bakery_view_get_n_steps (view) > 0 &&
         bakery_bakery_view_get_step (view) > 0;
}

static void
test_quiz_replay (void)
{
  BakeryWindow *window = create_window ();
  BakeryQuizPage *page = bakery_selftest_view_get_quiz_page (bakery_window_get_selftest_view (window));
  BakeryBakeryView *view = bakery_window_get_bakery_view (window);
  JsTrace *trace;
  JsTraceEvent event;

  bakery_window_predict_scenario (window, "seed-deep-dive");
  wait_until (quiz_settled, page);

  if (bakery_quiz_page_get_state (page) != BAKERY_QUIZ_READY)
    {
      g_test_skip ("the engine cannot run the scenario");
      destroy_window (window);
      return;
    }

  /* Right up to "3", then "2" where the program prints "4". */
  bakery_quiz_page_set_typed_text (page, "1\n5\n3\n2\n4\n");
  bakery_quiz_page_check (page);
  g_assert_cmpint (bakery_quiz_page_get_state (page), ==, BAKERY_QUIZ_WRONG);
  g_assert_cmpuint (bakery_quiz_page_get_first_difference (page), ==, 3);

  /* The bakery opens on the step that printed the fourth line. */
  bakery_quiz_page_replay (page);
  flush_main_context ();
  g_assert_cmpstr (bakery_window_get_view (window), ==, "bakery");
  wait_until (bakery_run_settled, view);

  trace = bakery_trace_get (bakery_run_get_trace (bakery_bakery_view_get_run (view)));
  js_trace_get_event (trace, bakery_bakery_view_get_step (view) - 1, &event);
  g_assert_cmpint (event.kind, ==, JS_TRACE_CONSOLE);
  g_assert_cmpstr (event.text, ==, "4\n");
  g_assert_false (bakery_bakery_view_get_playing (view));

  /* An extra line: the run's end. */
  bakery_bakery_view_seek_to_output (view, 99);
  g_assert_cmpuint (bakery_bakery_view_get_step (view), ==, bakery_bakery_view_get_n_steps (view));
  bakery_bakery_view_seek_to_output (view, 0);
  js_trace_get_event (trace, bakery_bakery_view_get_step (view) - 1, &event);
  g_assert_cmpstr (event.text, ==, "1\n");

  destroy_window (window);
}

static GPtrArray *
user_cards (BakeryStudy *study)
{
  return bakery_store_get_user_cards (bakery_study_get_store (study));
}

static void
test_card_editor (void)
{
  BakeryWindow *window = create_window ();
  BakerySelftestView *selftest = bakery_window_get_selftest_view (window);
  BakeryFlashcardsPage *page = bakery_selftest_view_get_flashcards_page (selftest);
  BakeryStudy *study = bakery_study_get_default ();
  g_autofree char *dir = study_data_dir ();
  g_autoptr(BakeryStudy) reloaded = NULL;
  g_autofree char *id = NULL;
  const BakeryUserCard *card;
  BakeryCardDialog *dialog;
  guint before = user_cards (study)->len;
  guint remaining;
  AdwToast *toast;

  /* A new card: nothing to save until both sides are written. */
  dialog = BAKERY_CARD_DIALOG (g_object_ref (bakery_card_dialog_new (study, NULL)));
  gtk_window_present (GTK_WINDOW (dialog));
  flush_main_context ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Card");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "card.save", NULL);
  g_assert_cmpuint (user_cards (study)->len, ==, before);

  /* Blank is not enough, and text is never markup. */
  _bakery_card_dialog_fill (dialog, "  <b>What</b> runs first?  ", " \n ", "tasks", NULL);
  g_assert_false (bakery_card_dialog_save (dialog));
  g_assert_cmpuint (user_cards (study)->len, ==, before);

  _bakery_card_dialog_fill (dialog, "  <b>What</b> runs first?  ", "Microtasks & then one task.", "tasks", "order, , loop");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "card.save", NULL));
  id = g_strdup (bakery_card_dialog_get_card_id (dialog));
  g_assert_true (g_str_has_prefix (id, "my-"));
  flush_main_context ();
  g_assert_finalize_object (dialog);

  g_assert_cmpuint (user_cards (study)->len, ==, before + 1);
  card = g_ptr_array_index (user_cards (study), before);
  g_assert_cmpstr (card->question, ==, "<b>What</b> runs first?");
  g_assert_cmpstr (card->answer, ==, "Microtasks & then one task.");
  g_assert_cmpstr (card->topic, ==, "tasks");
  g_assert_cmpuint (g_strv_length (card->tags), ==, 2);
  g_assert_nonnull (bakery_study_lookup_flashcard (study, id));

  /* Editing keeps the id and the place; Escape closes without saving. */
  dialog = BAKERY_CARD_DIALOG (g_object_ref (bakery_card_dialog_new (study, id)));
  gtk_window_present (GTK_WINDOW (dialog));
  flush_main_context ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Card");
  _bakery_card_dialog_fill (dialog, "Changed", "Not saved", NULL, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  flush_main_context ();
  g_assert_finalize_object (dialog);
  g_assert_cmpstr (((BakeryUserCard *)g_ptr_array_index (user_cards (study), before))->question, ==, "<b>What</b> runs first?");

  dialog = BAKERY_CARD_DIALOG (g_object_ref (bakery_card_dialog_new (study, id)));
  gtk_window_present (GTK_WINDOW (dialog));
  _bakery_card_dialog_fill (dialog, "What runs first, a promise or a timer?", "The promise.", NULL, NULL);
  g_assert_true (bakery_card_dialog_save (dialog));
  g_assert_cmpstr (bakery_card_dialog_get_card_id (dialog), ==, id);
  flush_main_context ();
  g_assert_finalize_object (dialog);
  g_assert_cmpuint (user_cards (study)->len, ==, before + 1);
  card = g_ptr_array_index (user_cards (study), before);
  g_assert_cmpstr (card->question, ==, "What runs first, a promise or a timer?");
  g_assert_null (card->topic);

  /* Saved at once. */
  reloaded = bakery_study_new (RESOURCE_BASE "/content", dir);
  g_assert_cmpint (bakery_store_find_user_card (bakery_study_get_store (reloaded), id), ==, (int)before);
  g_clear_object (&reloaded);

  /* Deleting from the flashcards, with an undo in the window's toasts. */
  bakery_window_set_view (window, "selftest");
  bakery_selftest_view_set_page (selftest, "flashcards");
  bakery_flashcards_page_restart (page);
  flush_main_context ();
  remaining = bakery_flashcards_page_get_remaining (page);
  toast = bakery_card_delete_with_undo (GTK_WIDGET (page), study, id);
  g_assert_nonnull (toast);

  /* A new card is due, so it was in the session, which goes on without it. */
  g_assert_cmpuint (bakery_flashcards_page_get_remaining (page), ==, remaining - 1);
  g_assert_cmpstr (bakery_flashcards_page_get_current_id (page), !=, id);
  g_assert_cmpint (bakery_store_find_user_card (bakery_study_get_store (study), id), ==, -1);
  g_assert_null (bakery_study_lookup_flashcard (study, id));
  reloaded = bakery_study_new (RESOURCE_BASE "/content", dir);
  g_assert_cmpint (bakery_store_find_user_card (bakery_study_get_store (reloaded), id), ==, -1);
  g_clear_object (&reloaded);

  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpint (bakery_store_find_user_card (bakery_study_get_store (study), id), ==, (int)before);
  g_assert_nonnull (bakery_study_lookup_flashcard (study, id));
  reloaded = bakery_study_new (RESOURCE_BASE "/content", dir);
  g_assert_cmpint (bakery_store_find_user_card (bakery_study_get_store (reloaded), id), ==, (int)before);

  destroy_window (window);
}

static void
test_flashcards_review (void)
{
  BakeryWindow *window = create_window ();
  BakerySelftestView *selftest = bakery_window_get_selftest_view (window);
  BakeryFlashcardsPage *page = bakery_selftest_view_get_flashcards_page (selftest);
  BakeryStudy *study = bakery_study_get_default ();
  guint before = bakery_store_get_reviews (bakery_study_get_store (study))->len;
  g_autofree char *dir = study_data_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(BakeryStudy) reloaded = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *reviewed[3] = { NULL };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  bakery_window_set_view (window, "selftest");
  bakery_selftest_view_set_page (selftest, "flashcards");
  bakery_flashcards_page_restart (page);
  flush_main_context ();

  for (guint i = 0; i < 3; i++)
    {
      const char *id = bakery_flashcards_page_get_current_id (page);

      g_assert_nonnull (id);
      reviewed[i] = g_strdup (id);

      /* Grading needs the answer first. */
      g_assert_false (bakery_flashcards_page_get_revealed (page));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "flashcards.grade", "i", 3));
      g_assert_cmpstr (bakery_flashcards_page_get_current_id (page), ==, id);

      /* Space, then a grade: 3 = Good, 4 = Easy, 1 = Again. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "flashcards.reveal", NULL));
      g_assert_true (bakery_flashcards_page_get_revealed (page));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "flashcards.grade", "i", i == 2 ? 1 : 3 + i));
      flush_main_context ();
    }

  g_assert_cmpuint (bakery_store_get_reviews (bakery_study_get_store (study))->len, ==, before + 3);

  /* Saved at once, and read back by a new study. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  reloaded = bakery_study_new (RESOURCE_BASE "/content", dir);
  warnings = bakery_study_take_warnings (reloaded);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpuint (bakery_store_get_reviews (bakery_study_get_store (reloaded))->len, ==, before + 3);

  for (guint i = 0; i < 3; i++)
    {
      const BakeryCardState *state = bakery_store_lookup_card (bakery_study_get_store (reloaded), reviewed[i]);

      g_assert_nonnull (state);
      g_assert_cmpuint (state->reps, >=, 1);
      g_assert_cmpint (state->due, >, now);
    }

  /* Good and Easy wait days; Again comes back within the session. */
  g_assert_cmpint (bakery_store_lookup_card (bakery_study_get_store (reloaded), reviewed[0])->due, >=, now + 86400);
  g_assert_cmpint (bakery_store_lookup_card (bakery_study_get_store (reloaded), reviewed[2])->due, <, now + 3600);

  destroy_window (window);
}

static void
test_interview_round (void)
{
  BakeryInterviewPage *page = g_object_ref_sink (BAKERY_INTERVIEW_PAGE (bakery_interview_page_new ()));
  g_auto(GStrv) to_review = NULL;
  const char *first;

  bakery_interview_page_set_study (page, bakery_study_get_default ());
  bakery_interview_page_start (page, 2, 15);

  first = bakery_interview_page_get_current_id (page);
  g_assert_nonnull (first);
  g_assert_cmpuint (bakery_interview_page_get_seconds_left (page), ==, 15);

  /* The countdown shows the answer when the time is up. */
  for (guint i = 0; i < 14; i++)
    bakery_interview_page_tick (page);
  g_assert_false (bakery_interview_page_get_revealed (page));
  bakery_interview_page_tick (page);
  g_assert_true (bakery_interview_page_get_revealed (page));
  bakery_interview_page_grade (page, BAKERY_GRADE_AGAIN);

  g_assert_cmpstr (bakery_interview_page_get_current_id (page), !=, first);
  g_assert_false (bakery_interview_page_get_revealed (page));
  bakery_interview_page_reveal (page);
  bakery_interview_page_grade (page, BAKERY_GRADE_GOOD);

  g_assert_true (bakery_interview_page_is_finished (page));
  to_review = bakery_interview_page_dup_to_review (page);
  g_assert_cmpuint (g_strv_length (to_review), ==, 1);
  g_assert_cmpstr (to_review[0], ==, first);

  g_assert_finalize_object (page);
}

static void
test_progress_page (void)
{
  BakeryProgressPage *page = g_object_ref_sink (BAKERY_PROGRESS_PAGE (bakery_progress_page_new ()));
  BakeryStudy *study = bakery_study_get_default ();

  bakery_progress_page_set_study (page, study);

  bakery_study_review (study, "what-is-async", BAKERY_GRADE_GOOD, g_get_real_time () / G_USEC_PER_SEC);
  g_assert_cmpuint (bakery_progress_page_get_chart_total (page), >=, 1);
  g_assert_cmpstr (bakery_progress_page_get_streak_text (page), ==, "1");

  g_assert_finalize_object (page);
}

static void
test_study_damaged_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-app-data-XXXXXX", &error);
  g_autofree char *progress = g_build_filename (dir, "progress.json", NULL);
  g_autofree char *cards = g_build_filename (dir, "cards.json", NULL);
  g_autoptr(BakeryStudy) study = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  g_assert_no_error (error);
  g_file_set_contents (progress, "{\"version\": 1, ", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (cards, "{\"version\": 99, \"cards\": []}", -1, &error);
  g_assert_no_error (error);

  study = bakery_study_new (RESOURCE_BASE "/content", dir);
  warnings = bakery_study_take_warnings (study);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "progress.json.corrupt-"));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 1), "cards.json.corrupt-"));

  /* Shown once. */
  g_clear_pointer (&warnings, g_ptr_array_unref);
  warnings = bakery_study_take_warnings (study);
  g_assert_cmpuint (warnings->len, ==, 0);
}

static void
test_study_import_cards (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-app-data-XXXXXX", &error);
  g_autofree char *csv_path = g_build_filename (dir, "cards.csv", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.csv", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(BakeryStudy) study = bakery_study_new (RESOURCE_BASE "/content", dir);
  guint before = bakery_study_get_flashcards (study)->len;
  guint n = 0;

  g_file_set_contents (csv_path, "question,answer,tags\n<b>Q</b>,A,mine\n", -1, &error);
  g_file_set_contents (bad_path, "question,answer\nfine,yes\n\"broken,no\n", -1, &error);

  g_assert_false (bakery_study_import_cards (study, bad, &n, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "bad.csv"));
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_assert_cmpuint (bakery_study_get_flashcards (study)->len, ==, before);
  g_clear_error (&error);

  g_assert_true (bakery_study_import_cards (study, csv, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (bakery_study_get_flashcards (study)->len, ==, before + 1);
  g_assert_cmpstr (((BakeryFlashcard *)g_ptr_array_index (bakery_study_get_flashcards (study), before))->question, ==, "<b>Q</b>");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  /* Before anything reads it: the study's files go to a fresh folder. */
  data_home = g_dir_make_tmp ("test-app-home-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      /* A TAP plan of no tests, marked as skipped. */
      g_print ("1..0 # SKIP no display: run the tests under xvfb-run\n");
      return EXIT_SUCCESS;
    }

  adw_init ();
  gtk_source_init ();
  bakery_register_resource ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");

  g_test_add_func ("/app/application/new", test_application_new);
  g_test_add_func ("/app/window/welcome", test_window_welcome);
  g_test_add_func ("/app/window/views", test_window_views);
  g_test_add_func ("/app/window/open", test_window_open);
  g_test_add_func ("/app/window/open-invalid", test_window_open_invalid);
  g_test_add_func ("/app/window/modified", test_window_modified);
  g_test_add_func ("/app/window/presenting", test_window_presenting);
  g_test_add_func ("/app/editor/font-size", test_editor_font_size);
  g_test_add_func ("/app/preferences/window", test_preferences_window);
  g_test_add_func ("/app/help-overlay", test_help_overlay);
  g_test_add_func ("/app/style-css", test_style_css);
  g_test_add_func ("/app/study/templates", test_study_templates);
  g_test_add_func ("/app/study/view", test_study_view);
  g_test_add_func ("/app/study/open-scenario", test_study_open_scenario);
  g_test_add_func ("/app/study/scenario-library", test_scenario_library);
  g_test_add_func ("/app/study/damaged-files", test_study_damaged_files);
  g_test_add_func ("/app/study/import-cards", test_study_import_cards);
  g_test_add_func ("/app/selftest/quiz-grading", test_quiz_grading);
  g_test_add_func ("/app/selftest/quiz-replay", test_quiz_replay);
  g_test_add_func ("/app/selftest/card-editor", test_card_editor);
  g_test_add_func ("/app/selftest/flashcards-review", test_flashcards_review);
  g_test_add_func ("/app/selftest/interview-round", test_interview_round);
  g_test_add_func ("/app/selftest/progress", test_progress_page);

  return g_test_run ();
}
