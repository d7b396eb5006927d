/* bakery-card-dialog.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing and deleting the user's own flashcards. The dialog edits one
 * card — a new one, or an existing one in place — and saves it through
 * the study, which writes the deck atomically. Deleting is immediate and
 * offers an undo in a toast, which puts the card back where it was; its
 * review history is never dropped, so nothing is lost either way. The
 * text is plain: it is shown with gtk_label_set_text, never as markup.
 */

#define G_LOG_DOMAIN "bakery-card-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-card-dialog.h"

struct _BakeryCardDialog
{
  AdwWindow       parent_instance;

  BakeryStudy    *study;
  char           *card_id;      /* NULL while the card is new */
  GPtrArray      *topic_ids;    /* char *, the combo row's items after "None" */

  /* Template widgets */
  GtkTextView    *question_view;
  GtkTextView    *answer_view;
  AdwComboRow    *topic_row;
  AdwEntryRow    *tags_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (BakeryCardDialog, bakery_card_dialog, ADW_TYPE_WINDOW)

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
bakery_card_dialog_update (BakeryCardDialog *self)
{
  g_autofree char *question = dup_text (self->question_view);
  g_autofree char *answer = dup_text (self->answer_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.save", !is_blank (question) && !is_blank (answer));
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

/* "a, b ,, c" → { "a", "b", "c" } */
static GStrv
split_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag != '\0')
        g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

/**
 * bakery_card_dialog_save:
 *
 * Saves the card as written, and closes the dialog; if the card cannot be
 * saved, says why in the dialog instead.
 *
 * Returns: whether the card was saved
 */
gboolean
bakery_card_dialog_save (BakeryCardDialog *self)
{
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *id = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GError) error = NULL;
  BakeryUserCard card = { 0 };
  guint selected;

  g_return_val_if_fail (BAKERY_IS_CARD_DIALOG (self), FALSE);

  question = dup_text (self->question_view);
  answer = dup_text (self->answer_view);
  tags = split_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  selected = adw_combo_row_get_selected (self->topic_row);

  card.id = self->card_id;
  card.question = question;
  card.answer = answer;
  card.topic = selected > 0 && selected <= self->topic_ids->len ? g_ptr_array_index (self->topic_ids, selected - 1) : NULL;
  card.tags = tags;

  if (!(id = bakery_study_save_user_card (self->study, &card, &error)))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  g_free (self->card_id);
  self->card_id = g_steal_pointer (&id);

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  bakery_card_dialog_save (BAKERY_CARD_DIALOG (widget));
}

static void
bakery_card_dialog_dispose (GObject *object)
{
  BakeryCardDialog *self = (BakeryCardDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_CARD_DIALOG);

  g_clear_object (&self->study);

  G_OBJECT_CLASS (bakery_card_dialog_parent_class)->dispose (object);
}

static void
bakery_card_dialog_finalize (GObject *object)
{
  BakeryCardDialog *self = (BakeryCardDialog *)object;

  g_clear_pointer (&self->card_id, g_free);
  g_clear_pointer (&self->topic_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (bakery_card_dialog_parent_class)->finalize (object);
}

static void
bakery_card_dialog_class_init (BakeryCardDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_card_dialog_dispose;
  object_class->finalize = bakery_card_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-card-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryCardDialog, answer_view);
  gtk_widget_class_bind_template_child (widget_class, BakeryCardDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryCardDialog, question_view);
  gtk_widget_class_bind_template_child (widget_class, BakeryCardDialog, tags_row);
  gtk_widget_class_bind_template_child (widget_class, BakeryCardDialog, topic_row);

  gtk_widget_class_install_action (widget_class, "card.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "card.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "card.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bakery_card_dialog_init (BakeryCardDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->topic_ids = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_object (gtk_text_view_get_buffer (self->question_view), "changed",
                           G_CALLBACK (bakery_card_dialog_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->answer_view), "changed",
                           G_CALLBACK (bakery_card_dialog_update), self, G_CONNECT_SWAPPED);

  bakery_card_dialog_update (self);
}

static void
bakery_card_dialog_set_study (BakeryCardDialog *self,
                              BakeryStudy      *study,
                              const char       *card_id)
{
  BakeryContent *content = bakery_study_get_content (study);
  g_autoptr(GtkStringList) topics = gtk_string_list_new (NULL);
  GPtrArray *cards = bakery_store_get_user_cards (bakery_study_get_store (study));
  const BakeryUserCard *card = NULL;
  g_autofree char *tags = NULL;
  int position;

  g_set_object (&self->study, study);

  gtk_string_list_append (topics, _("None"));
  for (guint i = 0; i < content->topics->len; i++)
    {
      const BakeryTopic *topic = g_ptr_array_index (content->topics, i);

      gtk_string_list_append (topics, topic->title);
      g_ptr_array_add (self->topic_ids, g_strdup (topic->id));
    }
  adw_combo_row_set_model (self->topic_row, G_LIST_MODEL (topics));

  if (card_id != NULL && (position = bakery_store_find_user_card (bakery_study_get_store (study), card_id)) >= 0)
    card = g_ptr_array_index (cards, position);

  gtk_window_set_title (GTK_WINDOW (self), card ? _("Edit Card") : _("New Card"));

  if (card == NULL)
    return;

  self->card_id = g_strdup (card->id);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->question_view), card->question, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->answer_view), card->answer, -1);

  for (guint i = 0; card->topic != NULL && i < self->topic_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->topic_ids, i), card->topic))
      adw_combo_row_set_selected (self->topic_row, i + 1);

  tags = g_strjoinv (", ", card->tags);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags);
}

/**
 * bakery_card_dialog_new:
 * @study: where the card goes
 * @card_id: (nullable): one of the user's cards to edit, or %NULL to
 *   write a new one
 */
GtkWidget *
bakery_card_dialog_new (BakeryStudy *study,
                        const char  *card_id)
{
  BakeryCardDialog *self;

  g_return_val_if_fail (BAKERY_IS_STUDY (study), NULL);

  self = g_object_new (BAKERY_TYPE_CARD_DIALOG, NULL);
  bakery_card_dialog_set_study (self, study, card_id);

  return GTK_WIDGET (self);
}

/**
 * bakery_card_dialog_get_card_id:
 *
 * Returns: (nullable): the card's id; %NULL for a new card until it is saved
 */
const char *
bakery_card_dialog_get_card_id (BakeryCardDialog *self)
{
  g_return_val_if_fail (BAKERY_IS_CARD_DIALOG (self), NULL);

  return self->card_id;
}

/**
 * bakery_card_dialog_present_for:
 * @parent: the widget the user asked from
 *
 * Shows the dialog, over @parent's window, to write a new card or edit
 * @card_id.
 */
void
bakery_card_dialog_present_for (GtkWidget   *parent,
                                BakeryStudy *study,
                                const char  *card_id)
{
  GtkWidget *dialog;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (BAKERY_IS_STUDY (study));

  dialog = bakery_card_dialog_new (study, card_id);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));

  gtk_window_present (GTK_WINDOW (dialog));
}

void
_bakery_card_dialog_fill (BakeryCardDialog *self,
                          const char       *question,
                          const char       *answer,
                          const char       *topic,
                          const char       *tags)
{
  g_return_if_fail (BAKERY_IS_CARD_DIALOG (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->question_view), question, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->answer_view), answer, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), tags ? tags : "");

  adw_combo_row_set_selected (self->topic_row, 0);
  for (guint i = 0; topic != NULL && i < self->topic_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->topic_ids, i), topic))
      adw_combo_row_set_selected (self->topic_row, i + 1);
}

typedef struct
{
  BakeryStudy    *study;
  BakeryUserCard *card;
  guint           position;
} DeletedCard;

static void
deleted_card_free (DeletedCard *deleted)
{
  g_clear_object (&deleted->study);
  bakery_user_card_free (deleted->card);
  g_free (deleted);
}

static void
deleted_card_notify (gpointer  data,
                     GClosure *closure)
{
  deleted_card_free (data);
}

static void
undo_clicked_cb (AdwToast    *toast,
                 DeletedCard *deleted)
{
  bakery_study_restore_user_card (deleted->study, deleted->card, deleted->position);
}

/**
 * bakery_card_delete_with_undo:
 * @parent: the widget the user asked from, inside the window's toast overlay
 *
 * Deletes one of the user's cards at once, and offers to undo that in a
 * toast.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when there was
 *   no such card or no toast overlay to show it in
 */
AdwToast *
bakery_card_delete_with_undo (GtkWidget   *parent,
                              BakeryStudy *study,
                              const char  *card_id)
{
  GtkWidget *overlay;
  DeletedCard *deleted;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), NULL);
  g_return_val_if_fail (BAKERY_IS_STUDY (study), NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  deleted = g_new0 (DeletedCard, 1);
  if (!(deleted->card = bakery_study_delete_user_card (study, card_id, &deleted->position)))
    {
      g_free (deleted);
      return NULL;
    }
  deleted->study = g_object_ref (study);

  if (!(overlay = gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY)))
    {
      deleted_card_free (deleted);
      return NULL;
    }

  toast = adw_toast_new (_("Card deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         deleted, deleted_card_notify, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);

  return toast;
}
