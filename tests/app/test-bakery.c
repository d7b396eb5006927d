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

/* Narrow and wide: every player control stays reachable inside the window,
 * and the timeline folds over the canvas or sits beside it.
 */

typedef struct {
  GtkWidget  *window;
  GHashTable *actions;   /* the actions a click or a menu reaches */
  GtkWidget  *flap;
} Reach;

static void
add_menu_actions (GHashTable *actions,
                  GMenuModel *model)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      g_autofree char *action = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_hash_table_add (actions, g_steal_pointer (&action));

      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          add_menu_actions (actions, link);
        }
    }
}

/* A drop-down stands for the menu's action on the same choice. */
static const char *
dropdown_action (GtkWidget *widget)
{
  const char *name = gtk_widget_get_name (widget);

  if (g_str_equal (name, "host-dropdown"))
    return "player.host";
  if (g_str_equal (name, "speed-dropdown"))
    return "player.animation-speed";
  if (g_str_equal (name, "clock-dropdown"))
    return "player.clock";

  return NULL;
}

static void
assert_inside_window (Reach     *reach,
                      GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, reach->window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (reach->window));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (reach->window));
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.size.height, >, 0);
}

/* Walks the mapped widgets, and the popovers their menu buttons open. */
static void
collect_reach (Reach     *reach,
               GtkWidget *widget,
               gboolean   in_popover)
{
  if (!in_popover && !gtk_widget_get_mapped (widget))
    return;

  if (ADW_IS_FLAP (widget))
    reach->flap = widget;

  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL)
    {
      if (!in_popover)
        assert_inside_window (reach, widget);
      g_hash_table_add (reach->actions, g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))));
    }

  if (GTK_IS_DROP_DOWN (widget) && dropdown_action (widget) != NULL)
    {
      if (!in_popover)
        assert_inside_window (reach, widget);
      g_hash_table_add (reach->actions, g_strdup (dropdown_action (widget)));
    }

  if (GTK_IS_MENU_BUTTON (widget))
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget));

      assert_inside_window (reach, widget);
      if (model != NULL)
        add_menu_actions (reach->actions, model);
      else if (popover != NULL)
        collect_reach (reach, GTK_WIDGET (popover), TRUE);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_reach (reach, child, in_popover);
}

static GtkWidget *
find_mapped_actionable (GtkWidget  *widget,
                        const char *action_name)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;

  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_mapped_named (GtkWidget  *widget,
                 const char *name)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  if (g_str_equal (gtk_widget_get_name (widget), name))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_mapped_named (child, name))
      return TRUE;

  return FALSE;
}

/* The widest mapped label with text under @widget. */
static int
widest_label (GtkWidget *widget)
{
  int widest = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;

  if (GTK_IS_LABEL (widget) && strlen (gtk_label_get_label (GTK_LABEL (widget))) > 8)
    widest = gtk_widget_get_width (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    widest = MAX (widest, widest_label (child));

  return widest;
}

/* Resizes the window and waits for it to be laid out at that size. */
static void
resize_window (BakeryWindow *window,
               int           width,
               int           height)
{
  gboolean timed_out = FALSE;
  GdkSurface *surface;
  guint id;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);

  /* The surface is the size asked for; the window inside it leaves room
   * for its frame.
   */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  id = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  while ((gdk_surface_get_width (surface) != width || gdk_surface_get_height (surface) != height) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  /* The flap and the squeezer settle in the frames after that. */
  for (int i = 0; i < 5; i++)
    {
      timed_out = FALSE;
      g_timeout_add (50, timeout_cb, &timed_out);
      while (!timed_out)
        g_main_context_iteration (NULL, TRUE);
    }
}

static void
check_player_reachable (BakeryWindow *window)
{
  static const char * const player_actions[] = {
    "bakery.run", "bakery.start", "bakery.step-back", "bakery.play",
    "bakery.step-forward", "bakery.end", "bakery.next-output",
    "bakery.show-timeline", "bakery.export-png", "bakery.export-svg",
    "bakery.export-pdf", "player.host", "player.animation-speed", "player.clock",
  };
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reach reach = { GTK_WIDGET (window), actions, NULL };

  collect_reach (&reach, GTK_WIDGET (window), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (player_actions); i++)
    if (!g_hash_table_contains (actions, player_actions[i]))
      g_error ("%s is out of reach at %d × %d", player_actions[i],
               gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
}

static AdwFlap *
find_flap (BakeryWindow *window)
{
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reach reach = { GTK_WIDGET (window), actions, NULL };

  collect_reach (&reach, GTK_WIDGET (window), FALSE);
  g_assert_nonnull (reach.flap);

  return ADW_FLAP (reach.flap);
}

static void
test_view_narrow_layout (void)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  BakeryWindow *window;
  BakeryBakeryView *view;
  GtkWidget *toggle;
  GtkWidget *timeline;
  GtkWidget *focus;
  AdwFlap *flap;
  gboolean animations;

  /* Folding and revealing take effect at once, not after a spring. */
  g_object_get (gtk_settings, "gtk-enable-animations", &animations, NULL);
  g_object_set (gtk_settings, "gtk-enable-animations", FALSE, NULL);

  window = create_window ();
  view = load (window, scenario);
  bakery_bakery_view_seek (view, 5, FALSE);

  /* 800 × 600: nothing is cut off, the timeline is folded away. */
  resize_window (window, 800, 600);
  check_player_reachable (window);
  flap = find_flap (window);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (bakery_bakery_view_get_show_timeline (view));
  toggle = find_mapped_actionable (GTK_WIDGET (window), "bakery.show-timeline");
  g_assert_nonnull (toggle);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  timeline = adw_flap_get_flap (flap);
  g_assert_false (gtk_widget_get_mapped (timeline));

  /* Shown, it covers the canvas, takes the keyboard and reads. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.show-timeline", NULL));
  resize_window (window, 800, 600);
  g_assert_true (bakery_bakery_view_get_show_timeline (view));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_true (gtk_widget_get_mapped (timeline));
  g_assert_true (adw_flap_get_folded (flap));
  {
    g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    Reach reach = { GTK_WIDGET (window), actions, NULL };

    assert_inside_window (&reach, timeline);
  }
  g_assert_cmpint (gtk_widget_get_width (timeline), >=, 260);
  g_assert_cmpint (widest_label (timeline), >=, 120);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, timeline));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (timeline)))),
                   ==, GTK_ACCESSIBLE_ROLE_LIST);

  /* Hidden again, the focus goes back to the toggle. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "bakery.show-timeline", NULL));
  resize_window (window, 800, 600);
  g_assert_false (bakery_bakery_view_get_show_timeline (view));
  g_assert_false (gtk_widget_get_mapped (timeline));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == toggle);

  /* Wide, with the editor dragged narrower (the X server's default screen
   * is 1280 × 1024): the timeline unfolds beside the canvas, and the bar
   * has room for every control.
   */
  gtk_paned_set_position (GTK_PANED (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_PANED)), 300);
  resize_window (window, 1280, 1000);
  check_player_reachable (window);
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (bakery_bakery_view_get_show_timeline (view));
  g_assert_true (gtk_widget_get_mapped (timeline));
  g_assert_cmpint (widest_label (timeline), >=, 120);
  g_assert_true (is_mapped_named (GTK_WIDGET (window), "host-dropdown"));

  /* And narrow again: folded, hidden, still reachable. */
  resize_window (window, 800, 600);
  check_player_reachable (window);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (bakery_bakery_view_get_show_timeline (view));

  destroy_window (window);
  g_object_set (gtk_settings, "gtk-enable-animations", animations, NULL);
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
  g_test_add_func ("/bakery/view/narrow-layout", test_view_narrow_layout);
  g_test_add_func ("/bakery/canvas/description", test_canvas_description);

  return g_test_run ();
}
