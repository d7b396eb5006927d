/* bakery-bakery-view.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-bakery-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "bakery-bakery-view.h"
#include "bakery-export.h"
#include "js-scenario.h"

/* The Bakery view: the canvas, the player bar, the narration and the
 * timeline, playing back the trace of the scenario in the editor.
 *
 * Every step shown is a state of the trace (js_trace_get_state), never a
 * re-run: stepping back is exact and instant.  Playback runs from a tick
 * callback with the frame clock's time; the canvas blends between scenes
 * on its own, cosmetically.
 */

/* Live editing re-runs after this pause in typing. */
#define LIVE_DELAY_MS 600

/* Seconds on screen per step at 1×, by step. */
#define STEP_SECONDS 0.65

/* Real time: 1000 ms of virtual time is a second at 1×; a step that takes
 * no virtual time still gets a glimpse, and idle stretches are compressed.
 */
#define REAL_MIN_SECONDS  0.12
#define REAL_IDLE_MS      1500.0
#define REAL_IDLE_SECONDS 1.2

static const double speeds[] = { 0.25, 0.5, 1.0, 2.0, 4.0 };

/* From this width the view is on a large screen: presenting, its type
 * grows, as a 4K projector is read from as far away as a 1080p one.
 */
#define WIDE_WIDTH 1600

struct _BakeryBakeryView
{
  GtkWidget           parent_instance;

  BakeryEditor       *editor;
  BakeryRun          *run;
  GSettings          *settings;
  GtkSingleSelection *selection;
  GtkEventController *present_keys;
  GSimpleActionGroup *player_actions;   /* the menu's host, clock and speed */
  GtkWidget          *present_root;
  char               *narration;

  guint64             step;
  guint64             n_steps;
  gint64              last_frame_time;
  double              pending;          /* playback seconds not yet spent */
  guint               tick_id;
  guint               live_source;
  int                 header_host;      /* the last @host seen, or -1 */
  guint               pending_output;   /* the output line to show once the run is done, or G_MAXUINT */

  guint               playing : 1;
  guint               presenting : 1;
  guint               play_after_run : 1;
  guint               updating : 1;

  /* Template widgets */
  GtkRevealer        *error_revealer;
  GtkWidget          *error_bar;
  GtkImage           *error_icon;
  GtkLabel           *error_label;
  AdwFlap            *timeline_flap;
  BakeryCanvas       *canvas;
  GtkWidget          *timeline_scroller;
  GtkWidget          *timeline_button;
  GtkListView        *timeline;
  GtkWidget          *narration_bar;
  GtkLabel           *step_label;
  GtkLabel           *narration_label;
  GtkWidget          *player_bar;
  GtkButton          *play_button;
  GtkScale           *scrubber;
  GtkAdjustment      *scrubber_adjustment;
  GtkDropDown        *speed_dropdown;
  GtkDropDown        *clock_dropdown;
  GtkDropDown        *host_dropdown;
};

G_DEFINE_FINAL_TYPE (BakeryBakeryView, bakery_bakery_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITOR,
  PROP_STEP,
  PROP_PLAYING,
  PROP_PRESENTING,
  PROP_SHOW_TIMELINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void bakery_bakery_view_go_to (BakeryBakeryView *self,
                                      guint64           step,
                                      gboolean          animate);

GtkWidget *
bakery_bakery_view_new (void)
{
  return g_object_new (BAKERY_TYPE_BAKERY_VIEW, NULL);
}

static JsTrace *
current_trace (BakeryBakeryView *self)
{
  BakeryTrace *trace = bakery_run_get_trace (self->run);

  return trace ? bakery_trace_get (trace) : NULL;
}

static double
event_time (JsTrace *trace,
            guint64  seq)
{
  JsTraceEvent event;

  js_trace_get_event (trace, seq, &event);

  return event.time_ms;
}

/* How long step @step stays on screen before the next, at 1×; sets
 * @idle_ms when real time compresses an idle stretch.
 */
static double
step_seconds (BakeryBakeryView *self,
              guint64           step,
              double           *idle_ms)
{
  JsTrace *trace = current_trace (self);
  double gap;

  *idle_ms = 0;

  if (bakery_bakery_view_get_clock (self) == BAKERY_CLOCK_STEP || trace == NULL || step >= self->n_steps)
    return STEP_SECONDS;

  gap = event_time (trace, step) - (step > 0 ? event_time (trace, step - 1) : 0.0);

  if (gap > REAL_IDLE_MS)
    {
      *idle_ms = gap;
      return REAL_IDLE_SECONDS;
    }

  return MAX (gap / 1000.0, REAL_MIN_SECONDS);
}

static double
current_speed (BakeryBakeryView *self)
{
  return CLAMP (g_settings_get_double (self->settings, "animation-speed"), 0.25, 4.0);
}

static void
bakery_bakery_view_update_actions (BakeryBakeryView *self)
{
  gboolean has_trace = current_trace (self) != NULL;
  gboolean at_start = self->step == 0;
  gboolean at_end = self->step >= self->n_steps;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.start", has_trace && !at_start);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.step-back", has_trace && !at_start);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.step-forward", has_trace && !at_end);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.end", has_trace && !at_end);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.next-output", has_trace && !at_end);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.play", has_trace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.export-png", has_trace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.export-svg", has_trace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bakery.export-pdf", has_trace);

  gtk_button_set_icon_name (self->play_button,
                            self->playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               self->playing ? _("Pause (F8)") : _("Play (F8)"));
}

/* The engine's sentence; a statement also quotes its line of code, so
 * that the narration reads on its own in a presentation.
 */
static char *
narrate_step (BakeryBakeryView *self,
              JsTrace          *trace,
              guint64           seq)
{
  g_autofree char *sentence = js_trace_narrate (trace, seq, bakery_run_translate);
  const char *source = bakery_run_get_source (self->run);
  JsTraceEvent event;
  const char *line;
  const char *end;
  g_autofree char *code = NULL;

  js_trace_get_event (trace, seq, &event);

  if (event.kind != JS_TRACE_STATEMENT || source == NULL || event.range.line <= 0)
    return g_steal_pointer (&sentence);

  line = source;
  for (int i = 1; i < event.range.line && line != NULL; i++)
    if ((line = strchr (line, '\n')) != NULL)
      line++;

  if (line == NULL)
    return g_steal_pointer (&sentence);

  end = strchr (line, '\n');
  code = g_strstrip (g_strndup (line, end ? (gsize)(end - line) : strlen (line)));

  if (code[0] == '\0')
    return g_steal_pointer (&sentence);

  /* Translators: a narration, then the line of code it is about */
  return g_strdup_printf (_("%s: %s"), sentence, code);
}

static void
bakery_bakery_view_update_step_ui (BakeryBakeryView *self)
{
  JsTrace *trace = current_trace (self);
  g_autofree char *label = NULL;
  JsTraceRange range = { 0 };

  g_clear_pointer (&self->narration, g_free);

  if (trace == NULL)
    {
      self->narration = g_strdup (_("Press Run to bake the scenario."));
      label = g_strdup ("");
    }
  else
    {
      const JsTraceState *state = js_trace_get_state (trace, self->step);
      g_autofree char *time = bakery_format_ms (js_trace_state_get_time (state));

      /* Between statements, the top frame still says where it is; a
       * function just called, which has no statement yet, shows its
       * caller's line: the call is what runs. */
      if (!js_trace_state_get_range (state, &range) || range.line <= 0)
        {
          for (guint i = js_trace_state_get_n_frames (state); i > 0 && range.line <= 0; i--)
            {
              JsTraceFrame frame;

              js_trace_state_get_frame (state, i - 1, &frame);
              range = frame.range;
            }
        }

      if (self->step == 0)
        self->narration = g_strdup (_("Before the first step: press Play, or step forward."));
      else
        self->narration = narrate_step (self, trace, self->step - 1);

      g_autofree char *step = g_strdup_printf ("%" G_GUINT64_FORMAT, self->step);
      g_autofree char *n_steps = g_strdup_printf ("%" G_GUINT64_FORMAT, self->n_steps);

      /* Translators: the step shown, the number of steps and the virtual time */
      label = g_strdup_printf (_("%s / %s · %s ms"), step, n_steps, time);
    }

  gtk_label_set_label (self->narration_label, self->narration);
  gtk_label_set_label (self->step_label, label);

  self->updating = TRUE;
  gtk_adjustment_set_upper (self->scrubber_adjustment, (double)self->n_steps);
  gtk_adjustment_set_value (self->scrubber_adjustment, (double)self->step);
  if (self->step > 0)
    gtk_single_selection_set_selected (self->selection, (guint)(self->step - 1));
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;

  if (self->step > 0 && gtk_widget_get_mapped (GTK_WIDGET (self->timeline)))
    gtk_widget_activate_action (GTK_WIDGET (self->timeline), "list.scroll-to-item", "u", (guint)(self->step - 1));

  if (self->editor != NULL)
    bakery_editor_set_current_range (self->editor, range.line, range.column, range.end_line, range.end_column);

  bakery_bakery_view_update_actions (self);
}

static void
bakery_bakery_view_go_to (BakeryBakeryView *self,
                          guint64           step,
                          gboolean          animate)
{
  step = MIN (step, self->n_steps);

  if (step == self->step && bakery_canvas_get_step (self->canvas) == step)
    return;

  self->step = step;
  bakery_canvas_set_step (self->canvas, step, animate);
  bakery_bakery_view_update_step_ui (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

/* Stops on a breakpoint: the first statement of a marked line. */
static gboolean
at_breakpoint (BakeryBakeryView *self,
               guint64           step)
{
  JsTraceEvent event;

  if (self->editor == NULL || step == 0)
    return FALSE;

  js_trace_get_event (current_trace (self), step - 1, &event);

  return event.kind == JS_TRACE_STATEMENT &&
         bakery_editor_has_breakpoint (self->editor, event.range.line);
}

static gboolean
bakery_bakery_view_tick_cb (GtkWidget     *widget,
                            GdkFrameClock *frame_clock,
                            gpointer       user_data)
{
  BakeryBakeryView *self = (BakeryBakeryView *)widget;
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  g_autofree char *badge = NULL;
  guint64 step = self->step;
  gboolean stop = FALSE;
  double idle_ms;
  double seconds;

  if (current_trace (self) == NULL)
    {
      self->tick_id = 0;
      bakery_bakery_view_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  if (self->last_frame_time != 0)
    self->pending += (now - self->last_frame_time) / (double)G_USEC_PER_SEC * current_speed (self);
  self->last_frame_time = now;

  /* However many steps are due, the canvas goes straight to the last. */
  while (step < self->n_steps && self->pending >= (seconds = step_seconds (self, step, &idle_ms)))
    {
      self->pending -= seconds;
      step++;

      if (at_breakpoint (self, step))
        {
          stop = TRUE;
          break;
        }
    }

  step_seconds (self, step, &idle_ms);
  if (idle_ms > 0)
    /* Translators: a compressed stretch of virtual time in which nothing happens */
    badge = g_strdup_printf (_("⏩ idle %.1f s, compressed"), idle_ms / 1000.0);
  bakery_canvas_set_badge (self->canvas, badge);

  bakery_canvas_set_transition_duration (self->canvas,
                                         (guint) CLAMP (450.0 / current_speed (self), 60.0, 900.0));
  bakery_bakery_view_go_to (self, step, TRUE);

  if (stop || step >= self->n_steps)
    {
      self->tick_id = 0;
      bakery_bakery_view_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

gboolean
bakery_bakery_view_get_playing (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), FALSE);

  return self->playing;
}

void
bakery_bakery_view_set_playing (BakeryBakeryView *self,
                                gboolean          playing)
{
  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  playing = !!playing && current_trace (self) != NULL;

  if (playing == self->playing)
    return;

  self->playing = playing;

  if (playing)
    {
      /* Play at the end starts over. */
      if (self->step >= self->n_steps)
        bakery_bakery_view_go_to (self, 0, FALSE);

      self->pending = 0;
      self->last_frame_time = 0;
      if (self->tick_id == 0)
        self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), bakery_bakery_view_tick_cb, NULL, NULL);
    }
  else
    {
      if (self->tick_id != 0)
        {
          gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
          self->tick_id = 0;
        }
      bakery_canvas_set_badge (self->canvas, NULL);
    }

  bakery_bakery_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

static void
bakery_bakery_view_show_error (BakeryBakeryView *self,
                               const char       *message,
                               gboolean          warning)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_image_set_from_icon_name (self->error_icon, warning ? "dialog-warning-symbolic" : "dialog-error-symbolic");
  if (warning)
    {
      gtk_widget_add_css_class (self->error_bar, "warning");
      gtk_widget_remove_css_class (self->error_bar, "error");
    }
  else
    {
      gtk_widget_add_css_class (self->error_bar, "error");
      gtk_widget_remove_css_class (self->error_bar, "warning");
    }
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
bakery_bakery_view_run_finished_cb (BakeryBakeryView *self,
                                    BakeryRun        *run)
{
  JsRunStatus status = bakery_run_get_status (run);
  const char *message = bakery_run_get_error_message (run);
  BakeryTrace *trace = bakery_run_get_trace (run);
  int line = 0;
  int column = 0;

  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  bakery_run_get_error_position (run, &line, &column);

  if (self->editor != NULL)
    bakery_editor_set_error (self->editor,
                             status == JS_RUN_SYNTAX_ERROR || status == JS_RUN_UNCAUGHT ? line : 0,
                             column, message);

  switch (status)
    {
    case JS_RUN_SYNTAX_ERROR:
      {
        /* Translators: a syntax error, shown while the last good run stays on the canvas */
        g_autofree char *text = line > 0 ? g_strdup_printf (_("Line %d: %s — the bakery shows the last run that worked"), line, message)
                                         : g_strdup_printf (_("%s — the bakery shows the last run that worked"), message);

        bakery_bakery_view_show_error (self, text, FALSE);
        self->play_after_run = FALSE;
        self->pending_output = G_MAXUINT;
        return;
      }

    case JS_RUN_UNCAUGHT:
      bakery_bakery_view_show_error (self, message, FALSE);
      break;

    case JS_RUN_BUDGET:
      {
        /* Translators: the run hit a limit; %s says which */
        g_autofree char *text = g_strdup_printf (_("The run was stopped: %s. The bakery shows it up to there."), message);

        bakery_bakery_view_show_error (self, text, TRUE);
      }
      break;

    case JS_RUN_OK:
    default:
      bakery_bakery_view_show_error (self, NULL, FALSE);
      break;
    }

  if (trace != NULL && trace != bakery_canvas_get_trace (self->canvas))
    {
      guint64 step = self->play_after_run ? 0 : MIN (self->step, js_trace_get_n_events (bakery_trace_get (trace)));

      bakery_bakery_view_set_playing (self, FALSE);
      self->n_steps = js_trace_get_n_events (bakery_trace_get (trace));
      bakery_canvas_set_trace (self->canvas, trace, bakery_run_get_host (run));
      self->step = 0;
      bakery_canvas_set_step (self->canvas, step, FALSE);
      self->step = step;
      bakery_bakery_view_update_step_ui (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
    }

  if (self->pending_output != G_MAXUINT)
    {
      guint line = self->pending_output;

      self->pending_output = G_MAXUINT;
      bakery_bakery_view_seek_to_output (self, line);
    }

  if (self->play_after_run)
    {
      self->play_after_run = FALSE;
      bakery_bakery_view_set_playing (self, TRUE);
    }
}

static JsHostProfile
selected_host (BakeryBakeryView *self)
{
  return gtk_drop_down_get_selected (self->host_dropdown) == 1 ? JS_HOST_BROWSER : JS_HOST_NODE;
}

/**
 * bakery_bakery_view_run:
 * @play: play from the start once the run is done
 *
 * Runs the editor's text again, in the background.
 */
void
bakery_bakery_view_run (BakeryBakeryView *self,
                        gboolean          play)
{
  g_autoptr(JsScenario) scenario = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  g_clear_handle_id (&self->live_source, g_source_remove);

  if (self->editor == NULL)
    return;

  text = bakery_editor_dup_text (self->editor);

  /* The header's @host picks the host when it changes; the switch in
   * the bar can override it until then.
   */
  scenario = js_scenario_parse (text, -1);
  if (scenario->host_given && (int)scenario->host != self->header_host)
    {
      self->header_host = scenario->host;
      self->updating = TRUE;
      gtk_drop_down_set_selected (self->host_dropdown, scenario->host == JS_HOST_BROWSER ? 1 : 0);
      self->updating = FALSE;
    }

  self->play_after_run = !!play;
  bakery_run_start (self->run, text, selected_host (self), "scenario.js");
}

static gboolean
bakery_bakery_view_live_cb (gpointer user_data)
{
  BakeryBakeryView *self = user_data;

  self->live_source = 0;
  bakery_bakery_view_run (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
bakery_bakery_view_buffer_changed_cb (BakeryBakeryView *self)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  g_clear_handle_id (&self->live_source, g_source_remove);
  self->live_source = g_timeout_add (LIVE_DELAY_MS, bakery_bakery_view_live_cb, self);
}

/* The drop-downs hold the host and the clock; the stateful actions mirror
 * them for the menu that replaces the drop-downs in a narrow player bar.
 */
static const char * const host_names[] = { "node", "browser" };
static const char * const clock_names[] = { "step", "real-time" };

static void
sync_choice_action (BakeryBakeryView  *self,
                    const char        *action_name,
                    GtkDropDown       *dropdown,
                    const char * const names[2])
{
  GAction *action;
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* The drop-downs notify while the template is built, before the actions. */
  if (self->player_actions == NULL)
    return;

  action = g_action_map_lookup_action (G_ACTION_MAP (self->player_actions), action_name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action),
                             g_variant_new_string (names[selected == 1 ? 1 : 0]));
}

static void
choice_change_state_cb (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  BakeryBakeryView *self = user_data;
  const char *name = g_variant_get_string (state, NULL);

  /* The drop-down's notify handler updates the action's state. */
  if (g_str_equal (g_action_get_name (G_ACTION (action)), "host"))
    gtk_drop_down_set_selected (self->host_dropdown, g_str_equal (name, host_names[1]) ? 1 : 0);
  else
    gtk_drop_down_set_selected (self->clock_dropdown, g_str_equal (name, clock_names[1]) ? 1 : 0);
}

static void
bakery_bakery_view_host_changed_cb (BakeryBakeryView *self)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  sync_choice_action (self, "host", self->host_dropdown, host_names);

  if (!self->updating && self->editor != NULL)
    bakery_bakery_view_run (self, FALSE);
}

static void
bakery_bakery_view_clock_changed_cb (BakeryBakeryView *self)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  sync_choice_action (self, "clock", self->clock_dropdown, clock_names);

  self->pending = 0;
  bakery_canvas_set_badge (self->canvas, NULL);
}

/* Focuses the row of the step shown, so that the arrows go on from there
 * and not from the first row; the list itself when that row is not built.
 */
static void
focus_current_row (BakeryBakeryView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->timeline));
       row != NULL && self->step > 0;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);
      GtkListItem *item = box ? g_object_get_data (G_OBJECT (box), "bakery-list-item") : NULL;

      if (item != NULL && gtk_list_item_get_position (item) == self->step - 1 &&
          gtk_widget_grab_focus (row))
        return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
bakery_bakery_view_notify_reveal_flap_cb (BakeryBakeryView *self)
{
  GtkWidget *focus;
  GtkRoot *root;

  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  if (adw_flap_get_reveal_flap (self->timeline_flap))
    {
      /* Folded, the timeline covers the canvas: the keyboard goes with it. */
      if (adw_flap_get_folded (self->timeline_flap))
        focus_current_row (self);
    }
  else if ((root = gtk_widget_get_root (GTK_WIDGET (self))) != NULL &&
           (focus = gtk_root_get_focus (root)) != NULL &&
           gtk_widget_is_ancestor (focus, self->timeline_scroller))
    {
      /* Focus must not stay in a pane that is gone. */
      if (!gtk_widget_grab_focus (self->timeline_button))
        gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TIMELINE]);
}

/* Shown again, the timeline scrolls to the step on the canvas. */
static void
bakery_bakery_view_timeline_map_cb (BakeryBakeryView *self)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  if (self->step > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->timeline), "list.scroll-to-item", "u", (guint)(self->step - 1));
}

static void
bakery_bakery_view_scrubber_changed_cb (BakeryBakeryView *self,
                                        GtkAdjustment    *adjustment)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  if (self->updating)
    return;

  bakery_bakery_view_set_playing (self, FALSE);
  bakery_bakery_view_go_to (self, (guint64)(gtk_adjustment_get_value (adjustment) + 0.5), FALSE);
}

static void
bakery_bakery_view_timeline_activate_cb (BakeryBakeryView *self,
                                         guint             position,
                                         GtkListView      *list_view)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  bakery_bakery_view_set_playing (self, FALSE);
  bakery_bakery_view_go_to (self, (guint64)position + 1, FALSE);
}

static void
bakery_bakery_view_item_activated_cb (BakeryBakeryView *self,
                                      guint64           origin_step,
                                      BakeryCanvas     *canvas)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  bakery_bakery_view_set_playing (self, FALSE);
  bakery_bakery_view_go_to (self, origin_step, FALSE);
}

static void
timeline_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *time = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (time), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (time), 6);
  gtk_widget_add_css_class (time, "dim-label");
  gtk_widget_add_css_class (time, "numeric");
  gtk_widget_add_css_class (time, "caption");
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_yalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  /* A readable column however wide the pane: long statements end in an
   * ellipsis, and the row's accessible label keeps the whole sentence.
   */
  gtk_label_set_width_chars (GTK_LABEL (text), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 34);
  gtk_label_set_lines (GTK_LABEL (text), 4);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_valign (time, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), time);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (list_item, box);
  /* Finds the row of a step, for the focus. */
  g_object_set_data (G_OBJECT (box), "bakery-list-item", list_item);
}

static void
timeline_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  BakeryTraceEvent *event = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *time = gtk_widget_get_next_sibling (icon);
  GtkWidget *text = gtk_widget_get_next_sibling (time);
  g_autofree char *ms = bakery_format_ms (bakery_trace_event_get_time (event));
  const char *narration = bakery_trace_event_get_narration (event);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), bakery_trace_event_get_icon_name (event));
  gtk_label_set_label (GTK_LABEL (time), ms);
  gtk_label_set_label (GTK_LABEL (text), narration);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, narration,
                                  -1);
}

static void
bakery_bakery_view_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  BakeryBakeryView *self = (BakeryBakeryView *)widget;

  if (g_str_equal (action_name, "bakery.run"))
    {
      bakery_bakery_view_set_playing (self, FALSE);
      bakery_bakery_view_run (self, TRUE);
    }
  else if (g_str_equal (action_name, "bakery.play"))
    bakery_bakery_view_set_playing (self, !self->playing);
  else if (g_str_equal (action_name, "bakery.step-forward"))
    {
      bakery_bakery_view_set_playing (self, FALSE);
      bakery_bakery_view_go_to (self, self->step + 1, TRUE);
    }
  else if (g_str_equal (action_name, "bakery.step-back"))
    {
      bakery_bakery_view_set_playing (self, FALSE);
      if (self->step > 0)
        bakery_bakery_view_go_to (self, self->step - 1, FALSE);
    }
  else if (g_str_equal (action_name, "bakery.start"))
    {
      bakery_bakery_view_set_playing (self, FALSE);
      bakery_bakery_view_go_to (self, 0, FALSE);
    }
  else if (g_str_equal (action_name, "bakery.end"))
    {
      bakery_bakery_view_set_playing (self, FALSE);
      bakery_bakery_view_go_to (self, self->n_steps, FALSE);
    }
  else if (g_str_equal (action_name, "bakery.next-output"))
    {
      JsTrace *trace = current_trace (self);
      guint64 step = self->n_steps;

      bakery_bakery_view_set_playing (self, FALSE);

      for (guint64 seq = self->step; trace != NULL && seq < self->n_steps; seq++)
        {
          JsTraceEvent event;

          js_trace_get_event (trace, seq, &event);
          if (event.kind == JS_TRACE_CONSOLE)
            {
              step = seq + 1;
              break;
            }
        }

      bakery_bakery_view_go_to (self, step, TRUE);
    }
  else if (g_str_equal (action_name, "bakery.zoom-in"))
    bakery_canvas_set_zoom (self->canvas, bakery_canvas_get_zoom (self->canvas) * 1.15);
  else if (g_str_equal (action_name, "bakery.zoom-out"))
    bakery_canvas_set_zoom (self->canvas, bakery_canvas_get_zoom (self->canvas) / 1.15);
  else if (g_str_equal (action_name, "bakery.toggle-answers"))
    bakery_canvas_set_hide_answers (self->canvas, !bakery_canvas_get_hide_answers (self->canvas));
}

static void
bakery_bakery_view_toast (BakeryBakeryView *self,
                          const char       *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (message, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (markup));
}

typedef enum {
  EXPORT_PNG,
  EXPORT_SVG,
  EXPORT_PDF,
} ExportKind;

static void
bakery_bakery_view_export_response_cb (GtkNativeDialog  *native,
                                       int               response,
                                       BakeryBakeryView *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "export-kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean ok = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  g_object_unref (native);

  if (file == NULL || (path = g_file_get_path (file)) == NULL || current_trace (self) == NULL)
    return;

  if (kind == EXPORT_PDF)
    {
      BakeryPalette palette;

      /* Paper is white, whatever the screen's style. */
      bakery_palette_init_light (&palette);
      ok = bakery_export_handout (current_trace (self), bakery_run_get_source (self->run),
                                  bakery_run_get_host (self->run), &palette,
                                  bakery_run_translate, NULL, 0, path, &error);
    }
  else
    {
      g_autoptr(BakeryScene) scene = bakery_canvas_dup_scene (self->canvas);
      BakeryPalette palette;

      bakery_canvas_get_palette (self->canvas, &palette);
      if (kind == EXPORT_PNG)
        ok = bakery_export_png (scene, &palette, NULL, path, &error);
      else
        ok = bakery_export_svg (scene, &palette, path, &error);
    }

  if (!ok)
    bakery_bakery_view_toast (self, error->message);
}

static void
bakery_bakery_view_export_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  BakeryBakeryView *self = (BakeryBakeryView *)widget;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;
  GtkRoot *root = gtk_widget_get_root (widget);
  ExportKind kind;
  const char *title;
  const char *name;

  if (g_str_equal (action_name, "bakery.export-png"))
    {
      kind = EXPORT_PNG;
      title = _("Export Frame as PNG");
      name = "bakery.png";
      gtk_file_filter_set_name (filter, _("PNG Images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
    }
  else if (g_str_equal (action_name, "bakery.export-svg"))
    {
      kind = EXPORT_SVG;
      title = _("Export Frame as SVG");
      name = "bakery.svg";
      gtk_file_filter_set_name (filter, _("SVG Images"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
    }
  else
    {
      kind = EXPORT_PDF;
      title = _("Export Handout as PDF");
      name = "handout.pdf";
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }

  native = gtk_file_chooser_native_new (title,
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data (G_OBJECT (native), "export-kind", GINT_TO_POINTER (kind));

  g_signal_connect_object (native, "response",
                           G_CALLBACK (bakery_bakery_view_export_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Presenting: the keys drive the playback, wherever the focus is. */
static gboolean
bakery_bakery_view_present_key_cb (BakeryBakeryView      *self,
                                   guint                  keyval,
                                   guint                  keycode,
                                   GdkModifierType        state,
                                   GtkEventControllerKey *controller)
{
  const char *action = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      action = "bakery.play";
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Page_Down:
      action = "bakery.step-forward";
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Page_Up:
      action = "bakery.step-back";
      break;
    case GDK_KEY_Home:
      action = "bakery.start";
      break;
    case GDK_KEY_End:
      action = "bakery.end";
      break;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      action = "bakery.zoom-in";
      break;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      action = "bakery.zoom-out";
      break;
    case GDK_KEY_h:
    case GDK_KEY_H:
      action = "bakery.toggle-answers";
      break;
    case GDK_KEY_Escape:
      if (self->present_root != NULL &&
          g_object_class_find_property (G_OBJECT_GET_CLASS (self->present_root), "presenting"))
        g_object_set (self->present_root, "presenting", FALSE, NULL);
      else
        bakery_bakery_view_set_presenting (self, FALSE);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);

  return GDK_EVENT_STOP;
}

gboolean
bakery_bakery_view_get_presenting (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), FALSE);

  return self->presenting;
}

/**
 * bakery_bakery_view_set_presenting:
 *
 * Presenting shows only the code, the bakery and the narration, in large
 * type; Space, the arrows, Home, End, +, −, H and Esc drive it.
 */
void
bakery_bakery_view_set_presenting (BakeryBakeryView *self,
                                   gboolean          presenting)
{
  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  presenting = !!presenting;

  if (presenting == self->presenting)
    return;

  self->presenting = presenting;

  gtk_widget_set_visible (self->timeline_scroller, !presenting);
  gtk_widget_set_visible (self->player_bar, !presenting);
  bakery_canvas_set_large (self->canvas, presenting);
  if (!presenting)
    {
      bakery_canvas_set_hide_answers (self->canvas, FALSE);
      bakery_canvas_set_zoom (self->canvas, 1.0);
    }
  if (self->editor != NULL)
    bakery_editor_set_presenting (self->editor, presenting);

  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");

      self->present_root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
      if (self->present_root != NULL)
        {
          self->present_keys = gtk_event_controller_key_new ();
          gtk_event_controller_set_propagation_phase (self->present_keys, GTK_PHASE_CAPTURE);
          g_signal_connect_object (self->present_keys, "key-pressed",
                                   G_CALLBACK (bakery_bakery_view_present_key_cb),
                                   self, G_CONNECT_SWAPPED);
          gtk_widget_add_controller (self->present_root, g_object_ref (self->present_keys));
        }
      gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");

      if (self->present_keys != NULL && self->present_root != NULL)
        gtk_widget_remove_controller (self->present_root, self->present_keys);
      g_clear_object (&self->present_keys);
      self->present_root = NULL;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

gboolean
bakery_bakery_view_get_show_timeline (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), FALSE);

  return adw_flap_get_reveal_flap (self->timeline_flap);
}

/**
 * bakery_bakery_view_set_show_timeline:
 *
 * Shows or hides the timeline: beside the canvas when both fit, else over
 * it.  Narrowing the view hides it, widening shows it again.
 */
void
bakery_bakery_view_set_show_timeline (BakeryBakeryView *self,
                                      gboolean          show_timeline)
{
  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  /* The flap notifies, and we relay that. */
  adw_flap_set_reveal_flap (self->timeline_flap, !!show_timeline);
}

static gboolean
speed_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  double speed = g_variant_get_double (variant);
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (speeds); i++)
    if (fabs (speeds[i] - speed) < fabs (speeds[best] - speed))
      best = i;

  g_value_set_uint (value, best);

  return TRUE;
}

static GVariant *
speed_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (speeds))
    return NULL;

  return g_variant_new_double (speeds[position]);
}

static void
bakery_bakery_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
bakery_bakery_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  /* A style class, not a size: the new style applies from the next
   * frame's layout, so this does not loop within this one.
   */
  if (width >= WIDE_WIDTH)
    gtk_widget_add_css_class (widget, "wide");
  else
    gtk_widget_remove_css_class (widget, "wide");

  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
bakery_bakery_view_dispose (GObject *object)
{
  BakeryBakeryView *self = (BakeryBakeryView *)object;
  GtkWidget *child;

  bakery_bakery_view_set_presenting (self, FALSE);
  g_clear_handle_id (&self->live_source, g_source_remove);
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  if (self->run != NULL)
    bakery_run_cancel (self->run);

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_BAKERY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->editor);
  g_clear_object (&self->run);
  g_clear_object (&self->settings);
  g_clear_object (&self->selection);
  g_clear_object (&self->player_actions);

  G_OBJECT_CLASS (bakery_bakery_view_parent_class)->dispose (object);
}

static void
bakery_bakery_view_finalize (GObject *object)
{
  BakeryBakeryView *self = (BakeryBakeryView *)object;

  g_clear_pointer (&self->narration, g_free);

  G_OBJECT_CLASS (bakery_bakery_view_parent_class)->finalize (object);
}

static void
bakery_bakery_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BakeryBakeryView *self = BAKERY_BAKERY_VIEW (object);

  switch (prop_id)
    {
    case PROP_EDITOR:
      g_value_set_object (value, self->editor);
      break;

    case PROP_STEP:
      g_value_set_uint64 (value, self->step);
      break;

    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    case PROP_SHOW_TIMELINE:
      g_value_set_boolean (value, bakery_bakery_view_get_show_timeline (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_bakery_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BakeryBakeryView *self = BAKERY_BAKERY_VIEW (object);

  switch (prop_id)
    {
    case PROP_EDITOR:
      bakery_bakery_view_set_editor (self, g_value_get_object (value));
      break;

    case PROP_PLAYING:
      bakery_bakery_view_set_playing (self, g_value_get_boolean (value));
      break;

    case PROP_PRESENTING:
      bakery_bakery_view_set_presenting (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_TIMELINE:
      bakery_bakery_view_set_show_timeline (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_bakery_view_class_init (BakeryBakeryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = {
    "bakery.run", "bakery.play", "bakery.step-forward", "bakery.step-back",
    "bakery.start", "bakery.end", "bakery.next-output", "bakery.zoom-in",
    "bakery.zoom-out", "bakery.toggle-answers",
  };

  object_class->dispose = bakery_bakery_view_dispose;
  object_class->finalize = bakery_bakery_view_finalize;
  object_class->get_property = bakery_bakery_view_get_property;
  object_class->set_property = bakery_bakery_view_set_property;

  widget_class->measure = bakery_bakery_view_measure;
  widget_class->size_allocate = bakery_bakery_view_size_allocate;

  /**
   * BakeryBakeryView:editor:
   *
   * The editor whose text the view runs, and where it highlights the
   * running statement.
   */
  properties[PROP_EDITOR] =
    g_param_spec_object ("editor", NULL, NULL,
                         BAKERY_TYPE_EDITOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STEP] =
    g_param_spec_uint64 ("step", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * BakeryBakeryView:show-timeline:
   *
   * Whether the timeline is shown, beside the canvas or over it.
   */
  properties[PROP_SHOW_TIMELINE] =
    g_param_spec_boolean ("show-timeline", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BAKERY_TYPE_CANVAS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-bakery-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, canvas);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, clock_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, error_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, error_icon);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, error_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, host_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, narration_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, narration_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, play_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, player_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, scrubber);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, scrubber_adjustment);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, step_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, timeline);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, timeline_flap);
  gtk_widget_class_bind_template_child (widget_class, BakeryBakeryView, timeline_scroller);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_clock_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_host_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_notify_reveal_flap_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_scrubber_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_timeline_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_bakery_view_timeline_map_cb);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, bakery_bakery_view_action);
  gtk_widget_class_install_action (widget_class, "bakery.export-png", NULL, bakery_bakery_view_export_action);
  gtk_widget_class_install_action (widget_class, "bakery.export-svg", NULL, bakery_bakery_view_export_action);
  gtk_widget_class_install_action (widget_class, "bakery.export-pdf", NULL, bakery_bakery_view_export_action);
  gtk_widget_class_install_property_action (widget_class, "bakery.show-timeline", "show-timeline");
}

static void
bakery_bakery_view_init (BakeryBakeryView *self)
{
  static const struct {
    guint keyval;
    GdkModifierType modifiers;
    const char *action;
  } shortcuts[] = {
    { GDK_KEY_Return, GDK_CONTROL_MASK, "bakery.run" },
    { GDK_KEY_F8, 0, "bakery.play" },
    { GDK_KEY_Right, GDK_ALT_MASK, "bakery.step-forward" },
    { GDK_KEY_Left, GDK_ALT_MASK, "bakery.step-back" },
    { GDK_KEY_Home, GDK_ALT_MASK, "bakery.start" },
    { GDK_KEY_End, GDK_ALT_MASK, "bakery.end" },
    { GDK_KEY_Down, GDK_ALT_MASK, "bakery.next-output" },
    { GDK_KEY_F9, 0, "bakery.show-timeline" },
  };
  static const GActionEntry player_entries[] = {
    { .name = "host", .parameter_type = "s", .state = "'node'", .change_state = choice_change_state_cb },
    { .name = "clock", .parameter_type = "s", .state = "'step'", .change_state = choice_change_state_cb },
  };
  g_autoptr(GAction) speed_action = NULL;
  GtkListItemFactory *factory;
  GtkEventController *controller;

  self->header_host = -1;
  self->pending_output = G_MAXUINT;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->run = bakery_run_new ();
  g_signal_connect_object (self->run, "finished",
                           G_CALLBACK (bakery_bakery_view_run_finished_cb),
                           self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (bakery_run_get_events (self->run)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (timeline_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (timeline_bind_cb), NULL);
  gtk_list_view_set_factory (self->timeline, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->timeline, GTK_SELECTION_MODEL (self->selection));

  self->settings = g_settings_new (SCHEMA_ID);
  self->player_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->player_actions),
                                   player_entries, G_N_ELEMENTS (player_entries), self);
  speed_action = g_settings_create_action (self->settings, "animation-speed");
  g_action_map_add_action (G_ACTION_MAP (self->player_actions), speed_action);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "player", G_ACTION_GROUP (self->player_actions));
  sync_choice_action (self, "host", self->host_dropdown, host_names);
  sync_choice_action (self, "clock", self->clock_dropdown, clock_names);

  g_settings_bind_with_mapping (self->settings, "animation-speed",
                                self->speed_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                speed_get_mapping, speed_set_mapping, NULL, NULL);

  /* The player's keys work anywhere in the window, the editor included. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].keyval,
                                                                                    shortcuts[i].modifiers),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  bakery_bakery_view_update_step_ui (self);
}

/**
 * bakery_bakery_view_get_editor:
 *
 * Returns: (transfer none) (nullable): the editor
 */
BakeryEditor *
bakery_bakery_view_get_editor (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), NULL);

  return self->editor;
}

static void
bakery_bakery_view_breakpoints_changed_cb (BakeryBakeryView *self)
{
  g_assert (BAKERY_IS_BAKERY_VIEW (self));

  /* Nothing to redo: playback checks the marks as it goes. */
  bakery_bakery_view_update_actions (self);
}

void
bakery_bakery_view_set_editor (BakeryBakeryView *self,
                               BakeryEditor     *editor)
{
  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));
  g_return_if_fail (!editor || BAKERY_IS_EDITOR (editor));

  if (self->editor == editor)
    return;

  if (self->editor != NULL)
    {
      g_signal_handlers_disconnect_by_data (bakery_editor_get_buffer (self->editor), self);
      g_signal_handlers_disconnect_by_data (self->editor, self);
    }

  g_set_object (&self->editor, editor);

  if (editor != NULL)
    {
      g_signal_connect_object (bakery_editor_get_buffer (editor), "changed",
                               G_CALLBACK (bakery_bakery_view_buffer_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (editor, "breakpoints-changed",
                               G_CALLBACK (bakery_bakery_view_breakpoints_changed_cb),
                               self, G_CONNECT_SWAPPED);
      bakery_bakery_view_buffer_changed_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITOR]);
}

/**
 * bakery_bakery_view_get_run:
 *
 * Returns: (transfer none): the run whose trace the view shows
 */
BakeryRun *
bakery_bakery_view_get_run (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), NULL);

  return self->run;
}

/**
 * bakery_bakery_view_get_canvas:
 *
 * Returns: (transfer none): the canvas
 */
BakeryCanvas *
bakery_bakery_view_get_canvas (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), NULL);

  return self->canvas;
}

guint64
bakery_bakery_view_get_step (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), 0);

  return self->step;
}

guint64
bakery_bakery_view_get_n_steps (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), 0);

  return self->n_steps;
}

void
bakery_bakery_view_seek (BakeryBakeryView *self,
                         guint64           step,
                         gboolean          animate)
{
  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  bakery_bakery_view_go_to (self, step, animate);
}

/* The step just after the event that printed the stdout line @line
 * (counted from 0), or the end when the run printed fewer lines.
 */
static guint64
output_line_step (JsTrace *trace,
                  guint64  n_steps,
                  guint    line)
{
  guint printed = 0;

  for (guint64 seq = 0; seq < n_steps; seq++)
    {
      JsTraceEvent event;

      js_trace_get_event (trace, seq, &event);
      if (event.kind != JS_TRACE_CONSOLE || event.sub != JS_STREAM_STDOUT)
        continue;

      /* One event may print several lines (an object over many lines). */
      for (const char *p = event.text; (p = strchr (p, '\n')) != NULL; p++)
        printed++;

      if (printed > line)
        return seq + 1;
    }

  return n_steps;
}

/**
 * bakery_bakery_view_seek_to_output:
 * @line: a line of the program's output, counted from 0
 *
 * Stops playback and shows the step that printed @line, or the end when
 * the program printed fewer lines.  While the editor's text is still to
 * be run, the seek waits for that run.
 */
void
bakery_bakery_view_seek_to_output (BakeryBakeryView *self,
                                   guint             line)
{
  JsTrace *trace;

  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  if (self->live_source != 0 || bakery_run_get_running (self->run))
    {
      self->pending_output = line;
      return;
    }

  if ((trace = current_trace (self)) == NULL)
    return;

  bakery_bakery_view_set_playing (self, FALSE);
  bakery_bakery_view_go_to (self, output_line_step (trace, self->n_steps, line), FALSE);
}

BakeryClock
bakery_bakery_view_get_clock (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), BAKERY_CLOCK_STEP);

  return gtk_drop_down_get_selected (self->clock_dropdown) == 1 ? BAKERY_CLOCK_REAL_TIME : BAKERY_CLOCK_STEP;
}

void
bakery_bakery_view_set_clock (BakeryBakeryView *self,
                              BakeryClock       clock)
{
  g_return_if_fail (BAKERY_IS_BAKERY_VIEW (self));

  gtk_drop_down_set_selected (self->clock_dropdown, clock == BAKERY_CLOCK_REAL_TIME ? 1 : 0);
}

/**
 * bakery_bakery_view_get_narration:
 *
 * Returns: the sentence that narrates the step shown
 */
const char *
bakery_bakery_view_get_narration (BakeryBakeryView *self)
{
  g_return_val_if_fail (BAKERY_IS_BAKERY_VIEW (self), NULL);

  return self->narration;
}
