/* bakery-interview-page.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The mock interview: N random model-answer questions, each with a
 * countdown, answered aloud. When the time is up, or the user says they
 * are done, the model answer appears and the user grades themself; the
 * grades are reviews like the flashcards', so they feed the schedule. At
 * the end, a summary lists the questions to review.
 */

#define G_LOG_DOMAIN "bakery-interview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-interview-page.h"

typedef struct
{
  char        *id;
  BakeryGrade  grade;   /* 0 until graded */
} Question;

struct _BakeryInterviewPage
{
  GtkWidget       parent_instance;

  BakeryStudy    *study;
  GSettings      *settings;
  GArray         *questions;   /* Question */
  guint           current;
  guint           seconds;
  guint           seconds_left;
  guint           timer_id;
  gboolean        revealed;

  /* Template widgets */
  GtkStack       *stack;
  GtkSpinButton  *questions_spin;
  GtkSpinButton  *seconds_spin;
  GtkLabel       *position_label;
  GtkLabel       *countdown_label;
  GtkProgressBar *time_bar;
  GtkLabel       *question_label;
  GtkWidget      *done_button;
  GtkWidget      *answer_box;
  GtkLabel       *answer_label;
  GtkLabel       *wrong_label;
  GtkWidget      *wrong_title;
  GtkWidget      *good_button;
  GtkLabel       *summary_title;
  GtkLabel       *summary_label;
  GtkListBox     *summary_list;
};

G_DEFINE_FINAL_TYPE (BakeryInterviewPage, bakery_interview_page, GTK_TYPE_WIDGET)

static void
question_clear (Question *question)
{
  g_clear_pointer (&question->id, g_free);
}

GtkWidget *
bakery_interview_page_new (void)
{
  return g_object_new (BAKERY_TYPE_INTERVIEW_PAGE, NULL);
}

static const BakeryAnswer *
bakery_interview_page_get_answer (BakeryInterviewPage *self)
{
  if (self->study == NULL || self->current >= self->questions->len)
    return NULL;

  return bakery_content_lookup_answer (bakery_study_get_content (self->study),
                                       g_array_index (self->questions, Question, self->current).id);
}

static void
bakery_interview_page_stop_timer (BakeryInterviewPage *self)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
}

static void
bakery_interview_page_update_countdown (BakeryInterviewPage *self)
{
  g_autofree char *text = g_strdup_printf ("%u:%02u", self->seconds_left / 60, self->seconds_left % 60);

  gtk_label_set_text (self->countdown_label, text);
  gtk_progress_bar_set_fraction (self->time_bar,
                                 self->seconds ? (double)self->seconds_left / self->seconds : 0.0);

  if (self->seconds_left <= 10)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "bakery-countdown-low");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "bakery-countdown-low");
}

static gboolean
bakery_interview_page_timeout_cb (gpointer user_data)
{
  BakeryInterviewPage *self = user_data;

  bakery_interview_page_tick (self);

  return self->timer_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
add_summary_row (BakeryInterviewPage *self,
                 const BakeryAnswer  *answer,
                 BakeryGrade          grade)
{
  static const char *icons[] = { NULL, "dialog-warning-symbolic", "dialog-warning-symbolic", "emblem-ok-symbolic", "emblem-ok-symbolic" };
  const char *grade_names[] = { NULL, _("Missed it"), _("Partly"), _("Got it"), _("Nailed it") };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[grade]);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (answer->question);
  GtkWidget *subtitle = gtk_label_new (grade_names[grade]);
  GtkWidget *button;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);

  gtk_widget_add_css_class (icon, grade <= BAKERY_GRADE_HARD ? "warning" : "success");
  gtk_box_append (GTK_BOX (box), icon);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);

  /* What to remember, for the ones to review. */
  if (grade <= BAKERY_GRADE_HARD)
    {
      GtkWidget *answer_label = gtk_label_new (answer->short_answer);

      gtk_label_set_xalign (GTK_LABEL (answer_label), 0);
      gtk_label_set_wrap (GTK_LABEL (answer_label), TRUE);
      gtk_label_set_selectable (GTK_LABEL (answer_label), TRUE);
      gtk_widget_set_focusable (answer_label, FALSE);
      gtk_widget_set_margin_top (answer_label, 6);
      gtk_box_append (GTK_BOX (labels), answer_label);
    }

  gtk_box_append (GTK_BOX (box), labels);

  if (answer->scenarios[0] != NULL)
    {
      button = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Open in the bakery"));
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-scenario");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", answer->scenarios[0]);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->summary_list, row);
}

static void
bakery_interview_page_show_summary (BakeryInterviewPage *self)
{
  guint n_review = 0;
  GtkWidget *child;

  bakery_interview_page_stop_timer (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_list))))
    gtk_list_box_remove (self->summary_list, child);

  /* The ones to review first. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->questions->len; i++)
      {
        const Question *question = &g_array_index (self->questions, Question, i);
        const BakeryAnswer *answer = bakery_content_lookup_answer (bakery_study_get_content (self->study), question->id);
        gboolean to_review = question->grade <= BAKERY_GRADE_HARD;

        if (answer == NULL || to_review != (pass == 0))
          continue;

        n_review += to_review;
        add_summary_row (self, answer, question->grade);
      }

  if (n_review == 0)
    {
      gtk_label_set_text (self->summary_title, _("Well Done!"));
      gtk_label_set_text (self->summary_label, _("You answered every question well. The flashcards will bring them back before you forget."));
    }
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u question to review: it will come back soon in the flashcards.",
                                                            "%u questions to review: they will come back soon in the flashcards.",
                                                            n_review),
                                               n_review);

      gtk_label_set_text (self->summary_title, _("Round Over"));
      gtk_label_set_text (self->summary_label, text);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.grade", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
bakery_interview_page_show_question (BakeryInterviewPage *self)
{
  const BakeryAnswer *answer = bakery_interview_page_get_answer (self);
  g_autofree char *position = NULL;
  g_autoptr(GString) wrong = g_string_new (NULL);

  if (answer == NULL)
    {
      bakery_interview_page_show_summary (self);
      return;
    }

  self->revealed = FALSE;
  self->seconds_left = self->seconds;

  /* Translators: e.g. "Question 2 of 5" */
  position = g_strdup_printf (_("Question %u of %u"), self->current + 1, self->questions->len);
  gtk_label_set_text (self->position_label, position);
  gtk_label_set_text (self->question_label, answer->question);
  gtk_label_set_text (self->answer_label, answer->short_answer);

  for (guint i = 0; answer->wrong[i] != NULL; i++)
    g_string_append_printf (wrong, "%s• %s", i > 0 ? "\n" : "", answer->wrong[i]);
  gtk_label_set_text (self->wrong_label, wrong->str);

  gtk_widget_set_visible (self->answer_box, FALSE);
  gtk_widget_set_visible (self->done_button, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.grade", FALSE);
  bakery_interview_page_update_countdown (self);

  gtk_stack_set_visible_child_name (self->stack, "question");

  bakery_interview_page_stop_timer (self);
  self->timer_id = g_timeout_add_seconds (1, bakery_interview_page_timeout_cb, self);
}

/**
 * bakery_interview_page_start:
 * @n_questions: how many questions to ask, at most the number of answers
 * @seconds: the time for each question
 */
void
bakery_interview_page_start (BakeryInterviewPage *self,
                             guint                n_questions,
                             guint                seconds)
{
  g_autoptr(GRand) rand = g_rand_new ();
  BakeryContent *content;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  g_return_if_fail (BAKERY_IS_INTERVIEW_PAGE (self));
  g_return_if_fail (self->study != NULL);

  content = bakery_study_get_content (self->study);

  for (guint i = 0; i < content->answers->len; i++)
    g_ptr_array_add (ids, ((BakeryAnswer *)g_ptr_array_index (content->answers, i))->id);

  g_array_set_size (self->questions, 0);

  /* A partial Fisher–Yates shuffle: the first n are a random sample. */
  n_questions = MIN (n_questions, ids->len);
  for (guint i = 0; i < n_questions; i++)
    {
      guint j = g_rand_int_range (rand, i, ids->len);
      gpointer tmp = ids->pdata[i];
      Question question = { NULL, 0 };

      ids->pdata[i] = ids->pdata[j];
      ids->pdata[j] = tmp;

      question.id = g_strdup (ids->pdata[i]);
      g_array_append_val (self->questions, question);
    }

  self->current = 0;
  self->seconds = MAX (1, seconds);
  bakery_interview_page_show_question (self);
}

void
bakery_interview_page_reveal (BakeryInterviewPage *self)
{
  g_return_if_fail (BAKERY_IS_INTERVIEW_PAGE (self));

  if (self->revealed || bakery_interview_page_get_answer (self) == NULL)
    return;

  self->revealed = TRUE;
  bakery_interview_page_stop_timer (self);

  gtk_widget_set_visible (self->answer_box, TRUE);
  gtk_widget_set_visible (self->done_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.grade", TRUE);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->good_button);
}

/* One second of the countdown; at zero the answer is shown. */
void
bakery_interview_page_tick (BakeryInterviewPage *self)
{
  g_return_if_fail (BAKERY_IS_INTERVIEW_PAGE (self));

  if (self->revealed || bakery_interview_page_get_answer (self) == NULL)
    return;

  if (self->seconds_left > 0)
    self->seconds_left--;

  bakery_interview_page_update_countdown (self);

  if (self->seconds_left == 0)
    bakery_interview_page_reveal (self);
}

void
bakery_interview_page_grade (BakeryInterviewPage *self,
                             BakeryGrade          grade)
{
  Question *question;

  g_return_if_fail (BAKERY_IS_INTERVIEW_PAGE (self));
  g_return_if_fail (bakery_grade_is_valid (grade));

  if (!self->revealed || self->current >= self->questions->len)
    return;

  question = &g_array_index (self->questions, Question, self->current);
  question->grade = grade;
  bakery_study_review (self->study, question->id, grade, g_get_real_time () / G_USEC_PER_SEC);

  self->current++;
  bakery_interview_page_show_question (self);
}

static void
grade_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  int grade = g_variant_get_int32 (param);

  if (bakery_grade_is_valid (grade))
    bakery_interview_page_grade (BAKERY_INTERVIEW_PAGE (widget), grade);
}

static void
bakery_interview_page_start_clicked_cb (BakeryInterviewPage *self)
{
  bakery_interview_page_start (self,
                               gtk_spin_button_get_value_as_int (self->questions_spin),
                               gtk_spin_button_get_value_as_int (self->seconds_spin));
}

static void
bakery_interview_page_done_clicked_cb (BakeryInterviewPage *self)
{
  bakery_interview_page_reveal (self);
}

static void
bakery_interview_page_new_round_clicked_cb (BakeryInterviewPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "setup");
}

static void
bakery_interview_page_unmap (GtkWidget *widget)
{
  BakeryInterviewPage *self = (BakeryInterviewPage *)widget;

  /* The clock stops while nobody can see it; it restarts on map. */
  bakery_interview_page_stop_timer (self);

  GTK_WIDGET_CLASS (bakery_interview_page_parent_class)->unmap (widget);
}

static void
bakery_interview_page_map (GtkWidget *widget)
{
  BakeryInterviewPage *self = (BakeryInterviewPage *)widget;

  GTK_WIDGET_CLASS (bakery_interview_page_parent_class)->map (widget);

  if (!self->revealed && self->timer_id == 0 && bakery_interview_page_get_answer (self) != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "question") == 0)
    self->timer_id = g_timeout_add_seconds (1, bakery_interview_page_timeout_cb, self);
}

static void
bakery_interview_page_dispose (GObject *object)
{
  BakeryInterviewPage *self = (BakeryInterviewPage *)object;
  GtkWidget *child;

  bakery_interview_page_stop_timer (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_INTERVIEW_PAGE);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->study);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bakery_interview_page_parent_class)->dispose (object);
}

static void
bakery_interview_page_finalize (GObject *object)
{
  BakeryInterviewPage *self = (BakeryInterviewPage *)object;

  g_clear_pointer (&self->questions, g_array_unref);

  G_OBJECT_CLASS (bakery_interview_page_parent_class)->finalize (object);
}

static void
bakery_interview_page_class_init (BakeryInterviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_interview_page_dispose;
  object_class->finalize = bakery_interview_page_finalize;

  widget_class->map = bakery_interview_page_map;
  widget_class->unmap = bakery_interview_page_unmap;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-interview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, answer_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, answer_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, good_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, questions_spin);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, seconds_spin);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, summary_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, summary_title);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, time_bar);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, wrong_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryInterviewPage, wrong_title);
  gtk_widget_class_bind_template_callback (widget_class, bakery_interview_page_done_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_interview_page_new_round_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_interview_page_start_clicked_cb);

  gtk_widget_class_install_action (widget_class, "interview.grade", "i", grade_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_interview_page_init (BakeryInterviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->questions = g_array_new (FALSE, TRUE, sizeof (Question));
  g_array_set_clear_func (self->questions, (GDestroyNotify)question_clear);

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind (self->settings, "interview-questions",
                   gtk_spin_button_get_adjustment (self->questions_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "interview-seconds",
                   gtk_spin_button_get_adjustment (self->seconds_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.grade", FALSE);
}

void
bakery_interview_page_set_study (BakeryInterviewPage *self,
                                 BakeryStudy         *study)
{
  g_return_if_fail (BAKERY_IS_INTERVIEW_PAGE (self));

  g_set_object (&self->study, study);
}

const char *
bakery_interview_page_get_current_id (BakeryInterviewPage *self)
{
  const BakeryAnswer *answer;

  g_return_val_if_fail (BAKERY_IS_INTERVIEW_PAGE (self), NULL);

  answer = bakery_interview_page_get_answer (self);

  return answer ? answer->id : NULL;
}

guint
bakery_interview_page_get_seconds_left (BakeryInterviewPage *self)
{
  g_return_val_if_fail (BAKERY_IS_INTERVIEW_PAGE (self), 0);

  return self->seconds_left;
}

gboolean
bakery_interview_page_get_revealed (BakeryInterviewPage *self)
{
  g_return_val_if_fail (BAKERY_IS_INTERVIEW_PAGE (self), FALSE);

  return self->revealed;
}

gboolean
bakery_interview_page_is_finished (BakeryInterviewPage *self)
{
  g_return_val_if_fail (BAKERY_IS_INTERVIEW_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "summary") == 0;
}

/**
 * bakery_interview_page_dup_to_review:
 *
 * Returns: (transfer full): the ids of the questions graded Missed it or Partly
 */
GStrv
bakery_interview_page_dup_to_review (BakeryInterviewPage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (BAKERY_IS_INTERVIEW_PAGE (self), NULL);

  for (guint i = 0; i < self->questions->len; i++)
    {
      const Question *question = &g_array_index (self->questions, Question, i);

      if (question->grade != 0 && question->grade <= BAKERY_GRADE_HARD)
        g_strv_builder_add (builder, question->id);
    }

  return g_strv_builder_end (builder);
}
