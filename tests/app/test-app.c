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
#include "bakery-editor.h"
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

int
main (int   argc,
      char *argv[])
{
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

  return g_test_run ();
}
