/* bakery-quiz-page.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Predict the output": the user reads a scenario and puts the lines it
 * prints in order — by clicking the shuffled lines, dragging or moving
 * them, or typing — and the engine grades the prediction. The expected
 * output is never stored anywhere: each quiz runs the scenario with the
 * engine (in a worker thread, bakery-runner.c) and compares line by line.
 */

#define G_LOG_DOMAIN "bakery-quiz-page"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "bakery-quiz.h"
#include "bakery-quiz-page.h"
#include "bakery-runner.h"
#include "bakery-scenario-list.h"
#include "bakery-study-view.h"

struct _BakeryQuizPage
{
  GtkWidget           parent_instance;

  BakeryStudy        *study;
  GCancellable       *cancellable;
  GRand              *rand;

  char               *scenario_id;   /* NULL for the editor's script */
  char               *source;
  char               *explanation;
  char               *error;
  char               *uncaught;      /* how the run ended, when it ended with an error */
  GStrv               expected;
  GStrv               pool;
  GPtrArray          *picked;        /* guint indexes into pool, in the user's order */
  guint               first_difference;
  BakeryQuizState     state;

  /* Template widgets */
  BakeryScenarioList *scenario_list;
  GtkStack           *stack;
  GtkLabel           *title_label;
  GtkLabel           *meta_label;
  GtkSourceBuffer    *source_buffer;
  GtkWidget          *running_box;
  GtkSpinner         *spinner;
  GtkLabel           *error_label;
  GtkWidget          *answer_box;
  GtkStack           *mode_stack;
  GtkFlowBox         *pool_box;
  GtkListBox         *order_list;
  GtkTextView        *typed_view;
  GtkWidget          *check_button;
  GtkWidget          *result_box;
  GtkLabel           *result_title;
  GtkLabel           *result_detail;
  GtkLabel           *explanation_label;
  GtkWidget          *replay_button;
};

G_DEFINE_FINAL_TYPE (BakeryQuizPage, bakery_quiz_page, GTK_TYPE_WIDGET)

enum {
  USE_EDITOR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
bakery_quiz_page_new (void)
{
  return g_object_new (BAKERY_TYPE_QUIZ_PAGE, NULL);
}

static void bakery_quiz_page_update_order (BakeryQuizPage *self);

static void
bakery_quiz_page_set_state (BakeryQuizPage  *self,
                            BakeryQuizState  state)
{
  self->state = state;

  gtk_stack_set_visible_child_name (self->stack, state == BAKERY_QUIZ_EMPTY ? "empty" : "quiz");
  gtk_widget_set_visible (self->running_box, state == BAKERY_QUIZ_RUNNING);
  gtk_spinner_set_spinning (self->spinner, state == BAKERY_QUIZ_RUNNING);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), state == BAKERY_QUIZ_ERROR);
  gtk_widget_set_visible (self->answer_box, state >= BAKERY_QUIZ_READY);
  gtk_widget_set_visible (self->result_box, state == BAKERY_QUIZ_CORRECT || state == BAKERY_QUIZ_WRONG);
  gtk_widget_set_visible (self->replay_button, state == BAKERY_QUIZ_WRONG);

  gtk_widget_remove_css_class (self->result_box, "bakery-correct");
  gtk_widget_remove_css_class (self->result_box, "bakery-wrong");
  if (state == BAKERY_QUIZ_CORRECT)
    gtk_widget_add_css_class (self->result_box, "bakery-correct");
  else if (state == BAKERY_QUIZ_WRONG)
    gtk_widget_add_css_class (self->result_box, "bakery-wrong");
}

static void
pool_button_clicked_cb (GtkButton      *button,
                        BakeryQuizPage *self)
{
  bakery_quiz_page_pick_line (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "pool-index")));
}

static void
bakery_quiz_page_update_pool (BakeryQuizPage *self)
{
  GtkWidget *child;
  guint i = 0;

  /* The pool's buttons stay; picked ones are hidden. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->pool_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      gboolean picked = FALSE;

      for (guint j = 0; j < self->picked->len; j++)
        picked |= GPOINTER_TO_UINT (g_ptr_array_index (self->picked, j)) == i;

      gtk_widget_set_visible (child, !picked);
    }
}

static void
bakery_quiz_page_fill_pool (BakeryQuizPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pool_box))))
    gtk_flow_box_remove (self->pool_box, child);

  for (guint i = 0; self->pool != NULL && self->pool[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (self->pool[i]);
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

      gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (button, "bakery-output-line");
      gtk_widget_set_tooltip_text (button, _("Add this line"));
      g_object_set_data (G_OBJECT (button), "pool-index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (pool_button_clicked_cb), self);
      gtk_flow_box_append (self->pool_box, button);
    }
}

static void
move_up_clicked_cb (GtkButton      *button,
                    BakeryQuizPage *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  if (position > 0)
    bakery_quiz_page_move_line (self, position, position - 1);
}

static void
move_down_clicked_cb (GtkButton      *button,
                      BakeryQuizPage *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  bakery_quiz_page_move_line (self, position, position + 1);
}

static void
remove_clicked_cb (GtkButton      *button,
                   BakeryQuizPage *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  if (position < self->picked->len)
    {
      g_ptr_array_remove_index (self->picked, position);
      bakery_quiz_page_update_order (self);
    }
}

static GdkContentProvider *
row_drag_prepare_cb (GtkDragSource  *source,
                     double          x,
                     double          y,
                     BakeryQuizPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  return gdk_content_provider_new_typed (G_TYPE_UINT,
                                         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position")));
}

static gboolean
row_drop_cb (GtkDropTarget  *target,
             const GValue   *value,
             double          x,
             double          y,
             BakeryQuizPage *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (!G_VALUE_HOLDS_UINT (value))
    return FALSE;

  bakery_quiz_page_move_line (self,
                              g_value_get_uint (value),
                              GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position")));

  return TRUE;
}

static GtkWidget *
create_icon_button (const char *icon_name,
                    const char *tooltip,
                    guint       position)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));

  return button;
}

static void
bakery_quiz_page_update_order (BakeryQuizPage *self)
{
  _bakery_list_box_remove_rows (self->order_list);

  for (guint i = 0; i < self->picked->len; i++)
    {
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (self->picked, i));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *number_label = gtk_label_new (number);
      GtkWidget *label = gtk_label_new (self->pool[index]);
      GtkWidget *button;
      GtkDragSource *drag_source;
      GtkDropTarget *drop_target;

      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 3);
      gtk_widget_set_margin_bottom (box, 3);

      gtk_widget_add_css_class (number_label, "dim-label");
      gtk_widget_add_css_class (number_label, "numeric");
      gtk_widget_set_size_request (number_label, 24, -1);
      gtk_box_append (GTK_BOX (box), number_label);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "monospace");
      gtk_box_append (GTK_BOX (box), label);

      button = create_icon_button ("go-up-symbolic", _("Move Up"), i);
      gtk_widget_set_sensitive (button, i > 0);
      g_signal_connect (button, "clicked", G_CALLBACK (move_up_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);

      button = create_icon_button ("go-down-symbolic", _("Move Down"), i);
      gtk_widget_set_sensitive (button, i + 1 < self->picked->len);
      g_signal_connect (button, "clicked", G_CALLBACK (move_down_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);

      button = create_icon_button ("edit-delete-symbolic", _("Remove"), i);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (i));

      drag_source = gtk_drag_source_new ();
      gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
      g_signal_connect (drag_source, "prepare", G_CALLBACK (row_drag_prepare_cb), self);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag_source));

      drop_target = gtk_drop_target_new (G_TYPE_UINT, GDK_ACTION_MOVE);
      g_signal_connect (drop_target, "drop", G_CALLBACK (row_drop_cb), self);
      gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop_target));

      gtk_list_box_append (self->order_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->order_list), self->picked->len > 0);
  bakery_quiz_page_update_pool (self);

  /* A changed answer needs checking again. */
  if (self->state == BAKERY_QUIZ_CORRECT || self->state == BAKERY_QUIZ_WRONG)
    bakery_quiz_page_set_state (self, BAKERY_QUIZ_READY);
}

static void
bakery_quiz_page_set_expected (BakeryQuizPage *self,
                               const char     *output)
{
  g_clear_pointer (&self->expected, g_strfreev);
  g_clear_pointer (&self->pool, g_strfreev);

  self->expected = bakery_quiz_split_lines (output);
  self->pool = bakery_quiz_shuffle ((const char * const *)self->expected, self->rand);

  g_ptr_array_set_size (self->picked, 0);
  bakery_quiz_page_fill_pool (self);
  bakery_quiz_page_update_order (self);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->typed_view), "", -1);

  bakery_quiz_page_set_state (self, BAKERY_QUIZ_READY);
}

void
_bakery_quiz_page_set_expected (BakeryQuizPage *self,
                                const char     *output)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  g_clear_pointer (&self->error, g_free);
  bakery_quiz_page_set_expected (self, output);
}

static void
bakery_quiz_page_run_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(BakeryQuizPage) self = user_data;
  g_autoptr(BakeryRunResult) run = NULL;
  g_autoptr(GError) error = NULL;

  if (!(run = bakery_runner_run_finish (result, &error)))
    {
      /* Cancelled: another scenario was chosen, or the page went away. */
      return;
    }

  g_clear_pointer (&self->uncaught, g_free);

  switch (run->status)
    {
    case BAKERY_RUN_OK:
      bakery_quiz_page_set_expected (self, run->output);
      break;

    case BAKERY_RUN_UNCAUGHT:
      /* What was printed before the error is still the output to predict. */
      self->uncaught = g_strdup (run->message);
      bakery_quiz_page_set_expected (self, run->output);
      break;

    case BAKERY_RUN_SYNTAX_ERROR:
    case BAKERY_RUN_BUDGET:
    case BAKERY_RUN_FAILED:
    default:
      g_free (self->error);
      if (run->line > 0)
        /* Translators: the first %d is a line number, the second a column; %s is the engine's message */
        self->error = g_strdup_printf (_("The engine could not run this scenario: line %d, column %d: %s"),
                                       run->line, run->column, run->message);
      else
        /* Translators: %s is the engine's message */
        self->error = g_strdup_printf (_("The engine could not run this scenario: %s"), run->message);
      gtk_label_set_text (self->error_label, self->error);
      bakery_quiz_page_set_state (self, BAKERY_QUIZ_ERROR);
      break;
    }
}

static void
bakery_quiz_page_start (BakeryQuizPage *self,
                        const char     *title,
                        const char     *meta)
{
  g_autofree char *filename = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->uncaught, g_free);
  g_clear_pointer (&self->expected, g_strfreev);
  g_clear_pointer (&self->pool, g_strfreev);
  g_ptr_array_set_size (self->picked, 0);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->meta_label, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta && *meta);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->source_buffer), self->source, -1);
  gtk_label_set_text (self->explanation_label, self->explanation ? self->explanation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->explanation_label), self->explanation && *self->explanation);

  bakery_quiz_page_set_state (self, BAKERY_QUIZ_RUNNING);

  filename = g_strdup_printf ("%s.js", self->scenario_id ? self->scenario_id : "editor");
  bakery_runner_run_async (self->source, filename, self->cancellable,
                           bakery_quiz_page_run_cb, g_object_ref (self));
}

/**
 * bakery_quiz_page_load_scenario:
 * @scenario_id: a scenario of the library
 *
 * Starts a quiz on the scenario; the engine computes the answer meanwhile.
 */
void
bakery_quiz_page_load_scenario (BakeryQuizPage *self,
                                const char     *scenario_id)
{
  const BakeryScenario *scenario;
  g_autofree char *tags = NULL;
  g_autofree char *meta = NULL;

  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));
  g_return_if_fail (self->study != NULL);

  scenario = bakery_content_lookup_scenario (bakery_study_get_content (self->study), scenario_id);
  g_return_if_fail (scenario != NULL);

  g_free (self->scenario_id);
  self->scenario_id = g_strdup (scenario_id);
  g_free (self->source);
  self->source = g_strdup (scenario->source);
  g_free (self->explanation);
  self->explanation = g_strdup (scenario->explanation);

  tags = g_strjoinv (", ", scenario->tags);
  meta = g_strdup_printf (_("%s · %s · %s"),
                          scenario->difficulty ? _bakery_study_view_difficulty_label (scenario->difficulty) : _("mine"),
                          tags, scenario->host);

  bakery_scenario_list_select (self->scenario_list, scenario_id);
  bakery_quiz_page_start (self, scenario->title, meta);
}

/**
 * bakery_quiz_page_load_source:
 * @title: (nullable): what to call the script
 * @source: the script, such as the editor's
 */
void
bakery_quiz_page_load_source (BakeryQuizPage *self,
                              const char     *title,
                              const char     *source)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));
  g_return_if_fail (source != NULL);

  g_clear_pointer (&self->scenario_id, g_free);
  g_free (self->source);
  self->source = g_strdup (source);
  g_clear_pointer (&self->explanation, g_free);

  bakery_scenario_list_select (self->scenario_list, NULL);
  bakery_quiz_page_start (self, title ? title : _("The Script in the Editor"), NULL);
}

static GStrv
bakery_quiz_page_dup_prediction (BakeryQuizPage *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "type") == 0)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->typed_view);
      g_autofree char *text = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

      return bakery_quiz_split_lines (text);
    }
  else
    {
      GStrv lines = g_new0 (char *, self->picked->len + 1);

      for (guint i = 0; i < self->picked->len; i++)
        lines[i] = g_strdup (self->pool[GPOINTER_TO_UINT (g_ptr_array_index (self->picked, i))]);

      return lines;
    }
}

static char *
format_expected (const char * const *expected)
{
  g_autofree char *joined = g_strjoinv ("\n", (char **)expected);

  if (expected[0] == NULL)
    return g_strdup (_("The program prints nothing."));

  /* Translators: followed by the lines the program prints */
  return g_strdup_printf (_("The program prints:\n%s"), joined);
}

void
bakery_quiz_page_check (BakeryQuizPage *self)
{
  g_auto(GStrv) given = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *printed = NULL;
  guint n_expected, n_given;
  gboolean correct;

  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  if (self->state < BAKERY_QUIZ_READY)
    return;

  given = bakery_quiz_page_dup_prediction (self);
  correct = bakery_quiz_grade ((const char * const *)self->expected,
                               (const char * const *)given,
                               &self->first_difference);
  n_expected = g_strv_length (self->expected);
  n_given = g_strv_length (given);

  if (correct)
    {
      gtk_label_set_text (self->result_title, _("Right! The baker agrees."));
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "All %u line in the right order.",
                                             "All %u lines in the right order.",
                                             n_expected),
                                n_expected);
    }
  else
    {
      guint k = self->first_difference;

      gtk_label_set_text (self->result_title, _("Not quite."));
      printed = format_expected ((const char * const *)self->expected);

      if (k < n_expected && k < n_given)
        /* Translators: %u is a line number; then the expected line and the user's */
        detail = g_strdup_printf (_("Line %u: the program prints “%s”, you had “%s”.\n\n%s"),
                                  k + 1, self->expected[k], given[k], printed);
      else if (k < n_expected)
        detail = g_strdup_printf (_("Line %u is missing: the program prints “%s”.\n\n%s"),
                                  k + 1, self->expected[k], printed);
      else
        detail = g_strdup_printf (_("Line %u is extra: the program prints only %u lines, you had “%s”.\n\n%s"),
                                  k + 1, n_expected, given[k], printed);
    }

  if (self->uncaught != NULL)
    {
      /* Translators: %s is an error message, such as "Error: boom" */
      g_autofree char *ending = g_strdup_printf (_("Then it stops with an uncaught error: %s"), self->uncaught);
      g_autofree char *both = g_strdup_printf ("%s\n\n%s", detail, ending);

      g_free (detail);
      detail = g_steal_pointer (&both);
    }

  gtk_label_set_text (self->result_detail, detail);
  bakery_quiz_page_set_state (self, correct ? BAKERY_QUIZ_CORRECT : BAKERY_QUIZ_WRONG);

  if (!correct)
    {
      g_autofree char *tooltip = NULL;

      if (self->first_difference < n_expected)
        /* Translators: %u is a line number of the program's output */
        tooltip = g_strdup_printf (_("Play the scenario in the bakery from the step that prints line %u"),
                                   self->first_difference + 1);
      else
        tooltip = g_strdup (_("Play the scenario in the bakery from its last step"));

      gtk_widget_set_tooltip_text (self->replay_button, tooltip);
    }

  if (self->scenario_id != NULL && self->study != NULL)
    bakery_study_record_quiz (self->study, self->scenario_id, correct, g_get_real_time () / G_USEC_PER_SEC);
}

void
bakery_quiz_page_reset (BakeryQuizPage *self)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  if (self->state < BAKERY_QUIZ_READY)
    return;

  g_ptr_array_set_size (self->picked, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->typed_view), "", -1);
  bakery_quiz_page_update_order (self);
  bakery_quiz_page_set_state (self, BAKERY_QUIZ_READY);
}

/**
 * bakery_quiz_page_replay:
 *
 * After a wrong prediction, shows the scenario in the Bakery view at the
 * step that printed the first line the prediction got wrong (its end,
 * when the prediction had lines too many).
 */
void
bakery_quiz_page_replay (BakeryQuizPage *self)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  if (self->state != BAKERY_QUIZ_WRONG)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.replay-output", "(su)",
                              self->scenario_id ? self->scenario_id : "",
                              self->first_difference);
}

static void
bakery_quiz_page_replay_clicked_cb (BakeryQuizPage *self)
{
  bakery_quiz_page_replay (self);
}

static void
bakery_quiz_page_check_clicked_cb (BakeryQuizPage *self)
{
  bakery_quiz_page_check (self);
}

static void
bakery_quiz_page_reset_clicked_cb (BakeryQuizPage *self)
{
  bakery_quiz_page_reset (self);
}

static void
bakery_quiz_page_mode_changed_cb (BakeryQuizPage *self)
{
  if (self->state == BAKERY_QUIZ_CORRECT || self->state == BAKERY_QUIZ_WRONG)
    bakery_quiz_page_set_state (self, BAKERY_QUIZ_READY);
}

static void
bakery_quiz_page_scenario_activated_cb (BakeryQuizPage *self,
                                        const char     *scenario_id)
{
  bakery_quiz_page_load_scenario (self, scenario_id);
}

static void
bakery_quiz_page_editor_clicked_cb (BakeryQuizPage *self)
{
  g_signal_emit (self, signals[USE_EDITOR], 0);
}

static void
bakery_quiz_page_bakery_clicked_cb (BakeryQuizPage *self)
{
  if (self->scenario_id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-scenario", "s", self->scenario_id);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.view", "s", "bakery");
}

static void
bakery_quiz_page_dispose (GObject *object)
{
  BakeryQuizPage *self = (BakeryQuizPage *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_QUIZ_PAGE);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->study);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bakery_quiz_page_parent_class)->dispose (object);
}

static void
bakery_quiz_page_finalize (GObject *object)
{
  BakeryQuizPage *self = (BakeryQuizPage *)object;

  g_clear_pointer (&self->rand, g_rand_free);
  g_clear_pointer (&self->scenario_id, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->uncaught, g_free);
  g_clear_pointer (&self->expected, g_strfreev);
  g_clear_pointer (&self->pool, g_strfreev);
  g_clear_pointer (&self->picked, g_ptr_array_unref);

  G_OBJECT_CLASS (bakery_quiz_page_parent_class)->finalize (object);
}

static void
bakery_quiz_page_class_init (BakeryQuizPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_quiz_page_dispose;
  object_class->finalize = bakery_quiz_page_finalize;

  /**
   * BakeryQuizPage::use-editor:
   *
   * The user asked to be quizzed on the script in the editor; the window
   * answers with bakery_quiz_page_load_source().
   */
  signals[USE_EDITOR] =
    g_signal_new ("use-editor",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (BAKERY_TYPE_SCENARIO_LIST);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  g_type_ensure (GTK_SOURCE_TYPE_BUFFER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-quiz-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, answer_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, check_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, order_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, pool_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, result_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, result_detail);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, result_title);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, replay_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, running_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, source_buffer);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryQuizPage, typed_view);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_bakery_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_check_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_editor_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_replay_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_quiz_page_scenario_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_quiz_page_update_style_scheme (BakeryQuizPage *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  const char *id = adw_style_manager_get_dark (style_manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (self->source_buffer,
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static void
bakery_quiz_page_init (BakeryQuizPage *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rand = g_rand_new ();
  self->picked = g_ptr_array_new ();
  self->first_difference = G_MAXUINT;

  gtk_source_buffer_set_language (self->source_buffer,
                                  gtk_source_language_manager_get_language (languages, "js"));
  bakery_quiz_page_update_style_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (bakery_quiz_page_update_style_scheme),
                           self, G_CONNECT_SWAPPED);

  bakery_quiz_page_set_state (self, BAKERY_QUIZ_EMPTY);
}

void
bakery_quiz_page_set_study (BakeryQuizPage *self,
                            BakeryStudy    *study)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  if (g_set_object (&self->study, study))
    bakery_scenario_list_set_study (self->scenario_list, study);
}

BakeryQuizState
bakery_quiz_page_get_state (BakeryQuizPage *self)
{
  g_return_val_if_fail (BAKERY_IS_QUIZ_PAGE (self), BAKERY_QUIZ_EMPTY);

  return self->state;
}

const char *
bakery_quiz_page_get_scenario_id (BakeryQuizPage *self)
{
  g_return_val_if_fail (BAKERY_IS_QUIZ_PAGE (self), NULL);

  return self->scenario_id;
}

const char *
bakery_quiz_page_get_error (BakeryQuizPage *self)
{
  g_return_val_if_fail (BAKERY_IS_QUIZ_PAGE (self), NULL);

  return self->error;
}

const char *
bakery_quiz_page_get_result_text (BakeryQuizPage *self)
{
  g_return_val_if_fail (BAKERY_IS_QUIZ_PAGE (self), NULL);

  return gtk_label_get_text (self->result_detail);
}

guint
bakery_quiz_page_get_first_difference (BakeryQuizPage *self)
{
  g_return_val_if_fail (BAKERY_IS_QUIZ_PAGE (self), G_MAXUINT);

  return self->first_difference;
}

/**
 * bakery_quiz_page_get_pool:
 *
 * Returns: (transfer none): the shuffled lines offered to the user
 */
const char * const *
bakery_quiz_page_get_pool (BakeryQuizPage *self)
{
  g_return_val_if_fail (BAKERY_IS_QUIZ_PAGE (self), NULL);

  return (const char * const *)self->pool;
}

/* Appends the pool's line @pool_index to the prediction, once. */
void
bakery_quiz_page_pick_line (BakeryQuizPage *self,
                            guint           pool_index)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));
  g_return_if_fail (self->pool != NULL && pool_index < g_strv_length (self->pool));

  for (guint i = 0; i < self->picked->len; i++)
    if (GPOINTER_TO_UINT (g_ptr_array_index (self->picked, i)) == pool_index)
      return;

  g_ptr_array_add (self->picked, GUINT_TO_POINTER (pool_index));
  bakery_quiz_page_update_order (self);
}

/* Moves the prediction's line at @from to @to. */
void
bakery_quiz_page_move_line (BakeryQuizPage *self,
                            guint           from,
                            guint           to)
{
  gpointer index;

  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  if (from >= self->picked->len || to >= self->picked->len || from == to)
    return;

  index = g_ptr_array_steal_index (self->picked, from);
  g_ptr_array_insert (self->picked, to, index);
  bakery_quiz_page_update_order (self);
}

/* Switches to typing and sets the typed prediction. */
void
bakery_quiz_page_set_typed_text (BakeryQuizPage *self,
                                 const char     *text)
{
  g_return_if_fail (BAKERY_IS_QUIZ_PAGE (self));

  gtk_stack_set_visible_child_name (self->mode_stack, "type");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->typed_view), text ? text : "", -1);
}
