/* test-bakery.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtksourceview/gtksource.h>

#include "bakery-bakery-view.h"
#include "bakery-resources.h"
#include "bakery-window.h"

/* The Bakery view under Xvfb: run, play, step, breakpoints, presenting. */

static char *data_home;

static const char scenario[] =
  "console.log('a');\n"                                   /* 1 */
  "setTimeout(() => console.log('c'), 5);\n"              /* 2 */
  "Promise.resolve().then(() => console.log('b'));\n"     /* 3 */
  "console.log('end');\n";                                /* 4 */

static void
flush_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static BakeryWindow *
create_window (void)
{
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

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Loads @source and runs it now, without the live-editing pause. */
static BakeryBakeryView *
load (BakeryWindow *window,
      const char   *source)
{
  BakeryBakeryView *view = bakery_window_get_bakery_view (window);
  BakeryRun *run = bakery_bakery_view_get_run (view);
  gboolean timed_out = FALSE;
  guint id;

  bakery_editor_set_text (bakery_window_get_editor (window), source);
  bakery_bakery_view_run (view, FALSE);

  id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while (bakery_run_get_running (run) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  flush_main_context ();

  return view;
}

static GPtrArray *
receipts (BakeryBakeryView *view)
{
  g_autoptr(BakeryScene) scene = bakery_canvas_dup_scene (bakery_bakery_view_get_canvas (view));
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->kind == BAKERY_ITEM_RECEIPT)
        g_ptr_array_add (lines, g_strdup (item->title));
    }

  return lines;
}

static void
play_until_stopped (BakeryBakeryView *view)
{
  gboolean timed_out = FALSE;
  guint id;

  bakery_bakery_view_set_playing (view, TRUE);
  g_assert_true (bakery_bakery_view_get_playing (view));

  id = g_timeout_add_seconds (60, timeout_cb, &timed_out);
  while (bakery_bakery_view_get_playing (view) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static void
test_view_play_and_step (void)
{
  BakeryWindow *window = create_window ();
  BakeryEditor *editor = bakery_window_get_editor (window);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  BakeryBakeryView *view = load (window, scenario);
  g_autoptr(GPtrArray) end_lines = NULL;
  g_autoptr(GPtrArray) start_lines = NULL;
  guint64 n_steps = bakery_bakery_view_get_n_steps (view);
  g_autofree char *last = NULL;

  g_assert_cmpint (bakery_run_get_status (bakery_bakery_view_get_run (view)), ==, JS_RUN_OK);
  g_assert_cmpuint (n_steps, >, 10);
  g_assert_cmpuint (bakery_bakery_view_get_step (view), ==, 0);

  /* Play to the end, fast, on the real-time clock. */
  g_settings_set_double (settings, "animation-speed", 4.0);
  bakery_bakery_view_set_clock (view, BAKERY_CLOCK_REAL_TIME);
  play_until_stopped (view);
  g_assert_cmpuint (bakery_bakery_view_get_step (view), ==, n_steps);

  end_lines = receipts (view);
  g_assert_cmpuint (end_lines->len, ==, 4);
  g_assert_cmpstr (end_lines->pdata[0], ==, "a");
  g_assert_cmpstr (end_lines->pdata[1], ==, "end");
  g_assert_cmpstr (end_lines->pdata[2], ==, "b");
  g_assert_cmpstr (end_lines->pdata[3], ==, "c");
  last = js_trace_narrate (bakery_trace_get (bakery_run_get_trace (bakery_bakery_view_get_run (view))),
                           n_steps - 1, bakery_run_translate);
  g_assert_cmpstr (bakery_bakery_view_get_narration (view), ==, last);

  /* Back to the start: exact and instant, nothing printed, no line. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.start", NULL));
  g_assert_cmpuint (bakery_bakery_view_get_step (view), ==, 0);
  start_lines = receipts (view);
  g_assert_cmpuint (start_lines->len, ==, 0);
  g_assert_cmpint (bakery_editor_get_current_line (editor), ==, 0);

  /* Step by step to the first output: line 1 is highlighted. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.next-output", NULL));
  g_assert_cmpint (bakery_editor_get_current_line (editor), ==, 1);
  g_assert_nonnull (strstr (bakery_bakery_view_get_narration (view), "a"));
  {
    g_autoptr(GPtrArray) lines = receipts (view);

    g_assert_cmpuint (lines->len, ==, 1);
  }

  /* One step back and forward again. */
  {
    guint64 step = bakery_bakery_view_get_step (view);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.step-back", NULL));
    g_assert_cmpuint (bakery_bakery_view_get_step (view), ==, step - 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.step-forward", NULL));
    g_assert_cmpuint (bakery_bakery_view_get_step (view), ==, step);
  }

  g_settings_reset (settings, "animation-speed");
  destroy_window (window);
}

static void
test_view_breakpoint (void)
{
  BakeryWindow *window = create_window ();
  BakeryEditor *editor = bakery_window_get_editor (window);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  BakeryBakeryView *view = load (window, scenario);

  bakery_editor_toggle_breakpoint (editor, 3);
  g_assert_true (bakery_editor_has_breakpoint (editor, 3));
  g_assert_true (bakery_editor_has_breakpoints (editor));

  g_settings_set_double (settings, "animation-speed", 4.0);
  bakery_bakery_view_set_clock (view, BAKERY_CLOCK_REAL_TIME);
  play_until_stopped (view);

  g_assert_cmpuint (bakery_bakery_view_get_step (view), <, bakery_bakery_view_get_n_steps (view));
  g_assert_cmpint (bakery_editor_get_current_line (editor), ==, 3);

  bakery_editor_toggle_breakpoint (editor, 3);
  g_assert_false (bakery_editor_has_breakpoints (editor));

  g_settings_reset (settings, "animation-speed");
  destroy_window (window);
}

static void
test_view_syntax_error (void)
{
  BakeryWindow *window = create_window ();
  BakeryBakeryView *view = load (window, scenario);
  BakeryCanvas *canvas = bakery_bakery_view_get_canvas (view);
  BakeryTrace *good = bakery_canvas_get_trace (canvas);
  guint64 n_steps = bakery_bakery_view_get_n_steps (view);

  g_assert_nonnull (good);

  /* The last good trace stays on the canvas. */
  load (window, "console.log('a');\nlet x = ;\n");
  g_assert_cmpint (bakery_run_get_status (bakery_bakery_view_get_run (view)), ==, JS_RUN_SYNTAX_ERROR);
  g_assert_true (bakery_canvas_get_trace (canvas) == good);
  g_assert_cmpuint (bakery_bakery_view_get_n_steps (view), ==, n_steps);

  destroy_window (window);
}

static void
test_view_presenting (void)
{
  BakeryWindow *window = create_window ();
  BakeryBakeryView *view = load (window, scenario);
  BakeryCanvas *canvas = bakery_bakery_view_get_canvas (view);

  /* F5 is the window's presenting action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presenting", NULL));
  flush_main_context ();
  g_assert_true (bakery_window_get_presenting (window));
  g_assert_true (bakery_bakery_view_get_presenting (view));
  g_assert_true (bakery_canvas_get_large (canvas));

  /* H hides the answers, + zooms. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.toggle-answers", NULL));
  g_assert_true (bakery_canvas_get_hide_answers (canvas));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.zoom-in", NULL));
  g_assert_cmpfloat (bakery_canvas_get_zoom (canvas), >, 1.0);

  bakery_window_set_presenting (window, FALSE);
  flush_main_context ();
  g_assert_false (bakery_bakery_view_get_presenting (view));
  g_assert_false (bakery_canvas_get_large (canvas));
  g_assert_false (bakery_canvas_get_hide_answers (canvas));

  destroy_window (window);
}

static void
test_canvas_description (void)
{
  BakeryWindow *window = create_window ();
  BakeryBakeryView *view = load (window, scenario);
  BakeryCanvas *canvas = bakery_bakery_view_get_canvas (view);
  g_autoptr(BakeryScene) scene = NULL;
  g_autofree char *description = NULL;

  bakery_bakery_view_seek (view, bakery_bakery_view_get_n_steps (view) / 2, FALSE);
  scene = bakery_canvas_dup_scene (canvas);
  description = bakery_scene_describe (scene);
  g_assert_nonnull (strstr (description, "Call stack"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (canvas)));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (canvas)), ==, GTK_ACCESSIBLE_ROLE_IMG);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  data_home = g_dir_make_tmp ("test-bakery-home-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display: run the tests under xvfb-run\n");
      return EXIT_SUCCESS;
    }

  adw_init ();
  gtk_source_init ();
  bakery_register_resource ();

  g_test_add_func ("/bakery/view/play-and-step", test_view_play_and_step);
  g_test_add_func ("/bakery/view/breakpoint", test_view_breakpoint);
  g_test_add_func ("/bakery/view/syntax-error", test_view_syntax_error);
  g_test_add_func ("/bakery/view/presenting", test_view_presenting);
  g_test_add_func ("/bakery/canvas/description", test_canvas_description);

  return g_test_run ();
}
