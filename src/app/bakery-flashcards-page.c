/* bakery-flashcards-page.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Flashcards: the model answers and the user's cards, scheduled with
 * FSRS-4.5 (bakery-scheduler.c). Space shows the answer, 1–4 grade it:
 * Again, Hard, Good, Easy. A card graded Again comes back at the end of
 * the session.
 */

#define G_LOG_DOMAIN "bakery-flashcards-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-card-dialog.h"
#include "bakery-flashcards-page.h"
#include "bakery-study-view.h"

struct _BakeryFlashcardsPage
{
  GtkWidget       parent_instance;

  BakeryStudy    *study;
  GPtrArray      *queue;      /* card ids */
  guint           position;
  guint           reviewed;
  gboolean        revealed;

  /* Template widgets */
  GtkStack       *stack;
  AdwStatusPage  *done_page;
  GtkLabel       *progress_label;
  GtkLabel       *topic_label;
  GtkLabel       *question_label;
  GtkWidget      *answer_box;
  GtkLabel       *answer_label;
  GtkWidget      *deeper_expander;
  GtkLabel       *deeper_label;
  GtkFlowBox     *links_box;
  GtkWidget      *reveal_button;
  GtkWidget      *grade_box;
  GtkButton      *again_button;
  GtkButton      *hard_button;
  GtkButton      *good_button;
  GtkButton      *easy_button;
  GtkWidget      *edit_button;
  GtkWidget      *delete_button;
};

G_DEFINE_FINAL_TYPE (BakeryFlashcardsPage, bakery_flashcards_page, GTK_TYPE_WIDGET)

GtkWidget *
bakery_flashcards_page_new (void)
{
  return g_object_new (BAKERY_TYPE_FLASHCARDS_PAGE, NULL);
}

static const BakeryFlashcard *
bakery_flashcards_page_get_current (BakeryFlashcardsPage *self)
{
  if (self->study == NULL || self->position >= self->queue->len)
    return NULL;

  return bakery_study_lookup_flashcard (self->study, g_ptr_array_index (self->queue, self->position));
}

/* "10 min", "4 d", "3 mo", "2 y": how long until the card comes back. */
static char *
format_interval (gint64 seconds)
{
  gint64 days = (seconds + 43200) / 86400;

  if (seconds < 3600)
    /* Translators: an interval in minutes, on a grade button */
    return g_strdup_printf (_("%d min"), (int)MAX (1, seconds / 60));
  if (days < 1)
    /* Translators: an interval in hours, on a grade button */
    return g_strdup_printf (_("%d h"), (int)(seconds / 3600));
  if (days < 31)
    /* Translators: an interval in days, on a grade button */
    return g_strdup_printf (_("%d d"), (int)days);
  if (days < 365)
    /* Translators: an interval in months, on a grade button */
    return g_strdup_printf (_("%d mo"), (int)(days / 30));

  /* Translators: an interval in years, on a grade button */
  return g_strdup_printf (_("%.1f y"), days / 365.0);
}

static void
set_grade_label (GtkButton       *button,
                 const char      *name,
                 guint            key,
                 BakeryCardState *state,
                 BakeryGrade      grade,
                 gint64           now)
{
  BakeryCardState preview = *state;
  g_autofree char *interval = NULL;
  g_autofree char *caption = NULL;
  GtkWidget *box = gtk_button_get_child (button);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);

  bakery_scheduler_review (&preview, grade, now);
  interval = format_interval (preview.due - now);
  /* Translators: the interval until the card comes back, then the key to press */
  caption = g_strdup_printf (_("%s · key %u"), interval, key);

  gtk_label_set_text (GTK_LABEL (title), name);
  gtk_label_set_text (GTK_LABEL (subtitle), caption);
}

static void
bakery_flashcards_page_show_current (BakeryFlashcardsPage *self)
{
  const BakeryFlashcard *card = bakery_flashcards_page_get_current (self);
  const BakeryTopic *topic;
  BakeryCardState state;
  const BakeryCardState *stored;
  g_autofree char *progress = NULL;
  GtkWidget *child;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  self->revealed = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.reveal", card != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.grade", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.new-card", self->study != NULL);

  /* Only the user's own cards can be changed. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.edit-card", card != NULL && card->user);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.delete-card", card != NULL && card->user);
  gtk_widget_set_visible (self->edit_button, card != NULL && card->user);
  gtk_widget_set_visible (self->delete_button, card != NULL && card->user);

  if (card == NULL)
    {
      g_autofree char *description = NULL;

      if (self->reviewed > 0)
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "You reviewed %u card. Come back later for the next ones.",
                                                    "You reviewed %u cards. Come back later for the next ones.",
                                                    self->reviewed),
                                       self->reviewed);
      else
        description = g_strdup (_("No card is due now. Come back later, or practise anyway."));

      adw_status_page_set_description (self->done_page, description);
      gtk_stack_set_visible_child_name (self->stack, "done");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "card");

  /* Translators: the position in the session, e.g. "Card 3 of 12" */
  progress = g_strdup_printf (_("Card %u of %u"), self->position + 1, self->queue->len);
  gtk_label_set_text (self->progress_label, progress);

  topic = card->topic ? bakery_content_lookup_topic (bakery_study_get_content (self->study), card->topic) : NULL;
  gtk_label_set_text (self->topic_label, topic ? topic->title : (card->user ? _("My Cards") : ""));
  gtk_label_set_text (self->question_label, card->question);
  gtk_label_set_text (self->answer_label, card->answer);
  gtk_label_set_text (self->deeper_label, card->deeper ? card->deeper : "");
  gtk_widget_set_visible (self->deeper_expander, card->deeper != NULL);
  gtk_expander_set_expanded (GTK_EXPANDER (self->deeper_expander), FALSE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_box))))
    gtk_flow_box_remove (self->links_box, child);
  for (guint i = 0; card->scenarios != NULL && card->scenarios[i] != NULL; i++)
    gtk_flow_box_append (self->links_box, _bakery_scenario_button_new (self->study, card->scenarios[i], "win.open-scenario"));
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), card->scenarios != NULL && card->scenarios[0] != NULL);

  gtk_widget_set_visible (self->answer_box, FALSE);
  gtk_widget_set_visible (self->grade_box, FALSE);
  gtk_widget_set_visible (self->reveal_button, TRUE);

  stored = bakery_store_lookup_card (bakery_study_get_store (self->study), card->id);
  if (stored != NULL)
    state = *stored;
  else
    bakery_card_state_init (&state);

  set_grade_label (self->again_button, _("Again"), 1, &state, BAKERY_GRADE_AGAIN, now);
  set_grade_label (self->hard_button, _("Hard"), 2, &state, BAKERY_GRADE_HARD, now);
  set_grade_label (self->good_button, _("Good"), 3, &state, BAKERY_GRADE_GOOD, now);
  set_grade_label (self->easy_button, _("Easy"), 4, &state, BAKERY_GRADE_EASY, now);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (self->reveal_button);
}

static void
bakery_flashcards_page_fill_queue (BakeryFlashcardsPage *self,
                                   gboolean              everything)
{
  g_autoptr(GPtrArray) cards = NULL;

  g_ptr_array_set_size (self->queue, 0);
  self->position = 0;

  if (self->study == NULL)
    return;

  if (everything)
    cards = g_ptr_array_ref (bakery_study_get_flashcards (self->study));
  else
    cards = bakery_study_dup_due_flashcards (self->study, g_get_real_time () / G_USEC_PER_SEC);

  for (guint i = 0; i < cards->len; i++)
    {
      const BakeryFlashcard *card = g_ptr_array_index (cards, i);

      g_ptr_array_add (self->queue, g_strdup (card->id));
    }

  if (everything)
    {
      g_autoptr(GRand) rand = g_rand_new ();

      for (guint i = self->queue->len; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, i);
          gpointer tmp = self->queue->pdata[i - 1];

          self->queue->pdata[i - 1] = self->queue->pdata[j];
          self->queue->pdata[j] = tmp;
        }
    }
}

/**
 * bakery_flashcards_page_restart:
 *
 * Starts a new session with the cards that are due now.
 */
void
bakery_flashcards_page_restart (BakeryFlashcardsPage *self)
{
  g_return_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self));

  self->reviewed = 0;
  bakery_flashcards_page_fill_queue (self, FALSE);
  bakery_flashcards_page_show_current (self);
}

void
bakery_flashcards_page_reveal (BakeryFlashcardsPage *self)
{
  g_return_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self));

  if (self->revealed || bakery_flashcards_page_get_current (self) == NULL)
    return;

  self->revealed = TRUE;
  gtk_widget_set_visible (self->answer_box, TRUE);
  gtk_widget_set_visible (self->grade_box, TRUE);
  gtk_widget_set_visible (self->reveal_button, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.reveal", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "flashcards.grade", TRUE);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->good_button));
}

void
bakery_flashcards_page_grade (BakeryFlashcardsPage *self,
                              BakeryGrade           grade)
{
  const BakeryFlashcard *card;

  g_return_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self));
  g_return_if_fail (bakery_grade_is_valid (grade));

  if (!self->revealed || !(card = bakery_flashcards_page_get_current (self)))
    return;

  /* Seen again later in this session. */
  if (grade == BAKERY_GRADE_AGAIN)
    g_ptr_array_add (self->queue, g_strdup (card->id));

  bakery_study_review (self->study, card->id, grade, g_get_real_time () / G_USEC_PER_SEC);

  self->reviewed++;
  self->position++;
  bakery_flashcards_page_show_current (self);
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  bakery_flashcards_page_reveal (BAKERY_FLASHCARDS_PAGE (widget));
}

static void
grade_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  int grade = g_variant_get_int32 (param);

  if (bakery_grade_is_valid (grade))
    bakery_flashcards_page_grade (BAKERY_FLASHCARDS_PAGE (widget), grade);
}

static void
card_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BakeryFlashcardsPage *self = BAKERY_FLASHCARDS_PAGE (widget);
  const BakeryFlashcard *card = bakery_flashcards_page_get_current (self);

  if (self->study == NULL)
    return;

  if (g_str_equal (action_name, "flashcards.new-card"))
    bakery_card_dialog_present_for (widget, self->study, NULL);
  else if (card == NULL || !card->user)
    return;
  else if (g_str_equal (action_name, "flashcards.edit-card"))
    bakery_card_dialog_present_for (widget, self->study, card->id);
  else if (g_str_equal (action_name, "flashcards.delete-card"))
    {
      g_autofree char *id = g_strdup (card->id);

      bakery_card_delete_with_undo (widget, self->study, id);
    }
}

static void
bakery_flashcards_page_reveal_clicked_cb (BakeryFlashcardsPage *self)
{
  bakery_flashcards_page_reveal (self);
}

static void
bakery_flashcards_page_practise_clicked_cb (BakeryFlashcardsPage *self)
{
  bakery_flashcards_page_fill_queue (self, TRUE);
  bakery_flashcards_page_show_current (self);
}

static void
bakery_flashcards_page_content_changed_cb (BakeryFlashcardsPage *self)
{
  /* A deleted card leaves the session, which goes on with the next one;
   * an undo puts it back in the deck, not in the session. New cards join
   * when the session restarts.
   */
  for (guint i = self->queue->len; i-- > 0;)
    if (bakery_study_lookup_flashcard (self->study, g_ptr_array_index (self->queue, i)) == NULL)
      {
        g_ptr_array_remove_index (self->queue, i);
        if (i < self->position)
          self->position--;
      }

  if (self->position >= self->queue->len)
    bakery_flashcards_page_restart (self);
  else
    bakery_flashcards_page_show_current (self);
}

static void
bakery_flashcards_page_map (GtkWidget *widget)
{
  BakeryFlashcardsPage *self = (BakeryFlashcardsPage *)widget;

  GTK_WIDGET_CLASS (bakery_flashcards_page_parent_class)->map (widget);

  /* Cards may have fallen due, or been reviewed elsewhere, meanwhile. */
  if (self->position >= self->queue->len)
    bakery_flashcards_page_restart (self);
  else if (!self->revealed)
    gtk_widget_grab_focus (self->reveal_button);
}

static void
bakery_flashcards_page_dispose (GObject *object)
{
  BakeryFlashcardsPage *self = (BakeryFlashcardsPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_FLASHCARDS_PAGE);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->study);

  G_OBJECT_CLASS (bakery_flashcards_page_parent_class)->dispose (object);
}

static void
bakery_flashcards_page_finalize (GObject *object)
{
  BakeryFlashcardsPage *self = (BakeryFlashcardsPage *)object;

  g_clear_pointer (&self->queue, g_ptr_array_unref);

  G_OBJECT_CLASS (bakery_flashcards_page_parent_class)->finalize (object);
}

static void
bakery_flashcards_page_class_init (BakeryFlashcardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint keys[][2] = {
    { GDK_KEY_1, GDK_KEY_KP_1 },
    { GDK_KEY_2, GDK_KEY_KP_2 },
    { GDK_KEY_3, GDK_KEY_KP_3 },
    { GDK_KEY_4, GDK_KEY_KP_4 },
  };

  object_class->dispose = bakery_flashcards_page_dispose;
  object_class->finalize = bakery_flashcards_page_finalize;

  widget_class->map = bakery_flashcards_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-flashcards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, again_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, answer_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, answer_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, deeper_expander);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, deeper_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, done_page);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, easy_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, good_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, grade_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, hard_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, links_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BakeryFlashcardsPage, topic_label);
  gtk_widget_class_bind_template_callback (widget_class, bakery_flashcards_page_practise_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_flashcards_page_reveal_clicked_cb);

  gtk_widget_class_install_action (widget_class, "flashcards.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "flashcards.grade", "i", grade_action);
  gtk_widget_class_install_action (widget_class, "flashcards.new-card", NULL, card_action);
  gtk_widget_class_install_action (widget_class, "flashcards.edit-card", NULL, card_action);
  gtk_widget_class_install_action (widget_class, "flashcards.delete-card", NULL, card_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "flashcards.reveal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "flashcards.reveal", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    for (guint j = 0; j < G_N_ELEMENTS (keys[i]); j++)
      gtk_widget_class_add_binding_action (widget_class, keys[i][j], 0, "flashcards.grade", "i", (int)(i + 1));

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
create_grade_content (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);

  return box;
}

static void
bakery_flashcards_page_init (BakeryFlashcardsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->queue = g_ptr_array_new_with_free_func (g_free);

  gtk_button_set_child (self->again_button, create_grade_content ());
  gtk_button_set_child (self->hard_button, create_grade_content ());
  gtk_button_set_child (self->good_button, create_grade_content ());
  gtk_button_set_child (self->easy_button, create_grade_content ());

  bakery_flashcards_page_show_current (self);
}

void
bakery_flashcards_page_set_study (BakeryFlashcardsPage *self,
                                  BakeryStudy          *study)
{
  g_return_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self));

  if (self->study == study)
    return;

  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);

  g_set_object (&self->study, study);

  if (study != NULL)
    g_signal_connect_object (study, "content-changed",
                             G_CALLBACK (bakery_flashcards_page_content_changed_cb),
                             self, G_CONNECT_SWAPPED);

  bakery_flashcards_page_restart (self);
}

/**
 * bakery_flashcards_page_get_current_id:
 *
 * Returns: (nullable): the id of the card shown, or %NULL when the session is over
 */
const char *
bakery_flashcards_page_get_current_id (BakeryFlashcardsPage *self)
{
  const BakeryFlashcard *card;

  g_return_val_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self), NULL);

  card = bakery_flashcards_page_get_current (self);

  return card ? card->id : NULL;
}

gboolean
bakery_flashcards_page_get_revealed (BakeryFlashcardsPage *self)
{
  g_return_val_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self), FALSE);

  return self->revealed;
}

guint
bakery_flashcards_page_get_remaining (BakeryFlashcardsPage *self)
{
  g_return_val_if_fail (BAKERY_IS_FLASHCARDS_PAGE (self), 0);

  return self->queue->len - MIN (self->position, self->queue->len);
}
