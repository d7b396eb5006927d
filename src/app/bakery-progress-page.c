/* bakery-progress-page.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Progress: what is due today, the streak of study days, the reviews of
 * the last 30 days, accuracy per topic, and the import and export of the
 * user's cards and progress.
 */

#define G_LOG_DOMAIN "bakery-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-card-dialog.h"
#include "bakery-progress-page.h"
#include "bakery-review-chart.h"
#include "bakery-stats.h"
#include "bakery-study-view.h"

struct _BakeryProgressPage
{
  GtkWidget          parent_instance;

  BakeryStudy       *study;

  /* Template widgets */
  GtkLabel          *due_label;
  GtkLabel          *due_caption;
  GtkLabel          *streak_label;
  GtkLabel          *streak_caption;
  GtkLabel          *reviews_label;
  GtkLabel          *reviews_caption;
  GtkLabel          *accuracy_label;
  GtkLabel          *accuracy_caption;
  BakeryReviewChart *chart;
  GtkListBox        *topics_list;
  GtkListBox        *cards_list;
  GtkLabel          *data_label;
};

G_DEFINE_FINAL_TYPE (BakeryProgressPage, bakery_progress_page, GTK_TYPE_WIDGET)

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  IMPORT_CARDS,
  EXPORT_CARDS,
  IMPORT_PROGRESS,
  EXPORT_PROGRESS,
} FileOperation;

GtkWidget *
bakery_progress_page_new (void)
{
  return g_object_new (BAKERY_TYPE_PROGRESS_PAGE, NULL);
}

static void
set_number (GtkLabel *label,
            guint     number)
{
  g_autofree char *text = g_strdup_printf ("%u", number);

  gtk_label_set_text (label, text);
}

static GtkWidget *
create_topic_row (const char *title,
                  guint       correct,
                  guint       total)
{
  g_autofree char *score = g_strdup_printf ("%u / %u", correct, total);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *level = gtk_level_bar_new_for_interval (0, 1);
  GtkWidget *score_label = gtk_label_new (score);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_size_request (label, 200, -1);
  gtk_box_append (GTK_BOX (box), label);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (level), total ? (double)correct / total : 0.0);
  gtk_widget_set_hexpand (level, TRUE);
  gtk_widget_set_valign (level, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), level);

  gtk_widget_add_css_class (score_label, "numeric");
  gtk_widget_add_css_class (score_label, "dim-label");
  gtk_widget_set_size_request (score_label, 64, -1);
  gtk_label_set_xalign (GTK_LABEL (score_label), 1);
  gtk_box_append (GTK_BOX (box), score_label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
edit_card_clicked_cb (GtkButton          *button,
                      BakeryProgressPage *self)
{
  if (self->study != NULL)
    bakery_card_dialog_present_for (GTK_WIDGET (self), self->study,
                                    g_object_get_data (G_OBJECT (button), "card-id"));
}

static void
delete_card_clicked_cb (GtkButton          *button,
                        BakeryProgressPage *self)
{
  /* The list is rebuilt, and this button dropped, during the deletion. */
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (button), "card-id"));

  if (self->study != NULL)
    bakery_card_delete_with_undo (GTK_WIDGET (self), self->study, id);
}

static GtkWidget *
create_card_button (BakeryProgressPage   *self,
                    const BakeryUserCard *card,
                    const char           *icon_name,
                    const char           *tooltip,
                    GCallback             callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "card-id", g_strdup (card->id), g_free);
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static GtkWidget *
create_card_row (BakeryProgressPage   *self,
                 const BakeryUserCard *card)
{
  GtkWidget *row = adw_action_row_new ();

  /* The user's text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), card->question);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), card->answer);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_card_button (self, card, "document-edit-symbolic", _("Edit Card"),
                                                 G_CALLBACK (edit_card_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             create_card_button (self, card, "user-trash-symbolic", _("Delete Card"),
                                                 G_CALLBACK (delete_card_clicked_cb)));

  return row;
}

static void
bakery_progress_page_fill_cards (BakeryProgressPage *self)
{
  GPtrArray *cards = bakery_store_get_user_cards (bakery_study_get_store (self->study));

  _bakery_list_box_remove_rows (self->cards_list);

  for (guint i = 0; i < cards->len; i++)
    gtk_list_box_append (self->cards_list, create_card_row (self, g_ptr_array_index (cards, i)));
}

void
bakery_progress_page_refresh (BakeryProgressPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) accuracy = NULL;
  BakeryContent *content;
  BakeryStore *store;
  GPtrArray *reviews;
  GPtrArray *quiz;
  guint counts[BAKERY_STATS_DAYS];
  guint n_new = 0, n_due, streak, correct = 0, total = 0;
  g_autofree char *caption = NULL;
  g_autofree char *data = NULL;

  g_return_if_fail (BAKERY_IS_PROGRESS_PAGE (self));

  if (self->study == NULL)
    return;

  content = bakery_study_get_content (self->study);
  store = bakery_study_get_store (self->study);
  reviews = bakery_store_get_reviews (store);
  quiz = bakery_store_get_quiz_results (store);

  n_due = bakery_study_count_due (self->study, bakery_stats_end_of_day (now), &n_new);
  set_number (self->due_label, n_due);
  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "due today, and %u new card",
                                          "due today, and %u new cards",
                                          n_new),
                             n_new);
  gtk_label_set_text (self->due_caption, caption);

  streak = bakery_stats_streak (reviews, quiz, now);
  set_number (self->streak_label, streak);
  gtk_label_set_text (self->streak_caption,
                      g_dngettext (GETTEXT_PACKAGE, "day in a row", "days in a row", streak));

  set_number (self->reviews_label, reviews->len);
  gtk_label_set_text (self->reviews_caption,
                      g_dngettext (GETTEXT_PACKAGE, "flashcard review", "flashcard reviews", reviews->len));

  for (guint i = 0; i < quiz->len; i++)
    {
      const BakeryQuizResult *result = g_ptr_array_index (quiz, i);

      total++;
      correct += result->correct;
    }
  if (total > 0)
    {
      g_autofree char *percent = g_strdup_printf ("%u %%", 100 * correct / total);

      gtk_label_set_text (self->accuracy_label, percent);
    }
  else
    {
      gtk_label_set_text (self->accuracy_label, "–");
    }
  g_free (caption);
  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "of %u output prediction right",
                                          "of %u output predictions right",
                                          total),
                             total);
  gtk_label_set_text (self->accuracy_caption, caption);

  bakery_progress_page_fill_cards (self);

  bakery_stats_reviews_per_day (reviews, now, counts);
  bakery_review_chart_set_counts (self->chart, counts, BAKERY_STATS_DAYS);

  _bakery_list_box_remove_rows (self->topics_list);
  accuracy = bakery_stats_accuracy (reviews, quiz,
                                    bakery_study_get_card_topics (self->study),
                                    bakery_study_get_scenario_topics (self->study));

  /* In the order of the topics in the cheat sheet. */
  for (guint i = 0; i < content->topics->len; i++)
    {
      const BakeryTopic *topic = g_ptr_array_index (content->topics, i);

      for (guint j = 0; j < accuracy->len; j++)
        {
          const BakeryTopicAccuracy *entry = g_ptr_array_index (accuracy, j);

          if (g_str_equal (entry->topic, topic->id))
            gtk_list_box_append (self->topics_list, create_topic_row (topic->title, entry->correct, entry->total));
        }
    }

  /* Translators: %s is a folder */
  data = g_strdup_printf (_("Your progress, cards and scenarios are kept in %s"),
                          bakery_store_get_directory (store));
  gtk_label_set_text (self->data_label, data);
}

static void
bakery_progress_page_message (BakeryProgressPage *self,
                              const char         *message)
{
  g_signal_emit (self, signals[MESSAGE], 0, message);
}

static void
file_chooser_response_cb (GtkNativeDialog    *native,
                          int                 response,
                          BakeryProgressPage *self)
{
  FileOperation operation = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (native), "operation"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_imported = 0;
  gboolean ok = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  g_object_unref (native);

  if (file == NULL || self->study == NULL)
    return;

  switch (operation)
    {
    case IMPORT_CARDS:
      if ((ok = bakery_study_import_cards (self->study, file, &n_imported, &error)))
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Imported %u card",
                                                "Imported %u cards",
                                                n_imported),
                                   n_imported);
      break;

    case EXPORT_CARDS:
      if ((ok = bakery_study_export_cards (self->study, file, &error)))
        message = g_strdup (_("Your cards were exported"));
      break;

    case IMPORT_PROGRESS:
      if ((ok = bakery_study_import_progress (self->study, file, &error)))
        message = g_strdup (_("Progress imported"));
      break;

    case EXPORT_PROGRESS:
      if ((ok = bakery_study_export_progress (self->study, file, &error)))
        message = g_strdup (_("Progress exported"));
      break;

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      /* Translators: %s is an error message, which may name a line */
      message = g_strdup_printf (operation == IMPORT_CARDS || operation == IMPORT_PROGRESS
                                 ? _("Nothing was imported: %s")
                                 : _("Could not export: %s"),
                                 error->message);
    }

  bakery_progress_page_message (self, message);
  bakery_progress_page_refresh (self);
}

static void
bakery_progress_page_choose_file (BakeryProgressPage *self,
                                  FileOperation       operation)
{
  static const struct {
    const char *title;
    const char *accept;
    const char *name;
  } dialogs[] = {
    { N_("Import Cards"), N_("_Import"), NULL },
    { N_("Export My Cards"), N_("_Export"), "my-cards.json" },
    { N_("Import Progress"), N_("_Import"), NULL },
    { N_("Export Progress"), N_("_Export"), "loop-bakery-progress.json" },
  };
  gboolean saving = operation == EXPORT_CARDS || operation == EXPORT_PROGRESS;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_(dialogs[operation].title),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        saving ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _(dialogs[operation].accept),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (operation == IMPORT_CARDS)
    {
      gtk_file_filter_set_name (filter, _("Cards (CSV or JSON)"));
      gtk_file_filter_add_pattern (filter, "*.csv");
      gtk_file_filter_add_pattern (filter, "*.json");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("JSON Files"));
      gtk_file_filter_add_pattern (filter, "*.json");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  if (dialogs[operation].name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), dialogs[operation].name);

  g_object_set_data (G_OBJECT (native), "operation", GUINT_TO_POINTER (operation));
  g_signal_connect_object (native, "response", G_CALLBACK (file_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
new_card_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  BakeryProgressPage *self = BAKERY_PROGRESS_PAGE (widget);

  if (self->study != NULL)
    bakery_card_dialog_present_for (widget, self->study, NULL);
}

static void
file_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BakeryProgressPage *self = BAKERY_PROGRESS_PAGE (widget);

  if (g_str_equal (action_name, "progress.import-cards"))
    bakery_progress_page_choose_file (self, IMPORT_CARDS);
  else if (g_str_equal (action_name, "progress.export-cards"))
    bakery_progress_page_choose_file (self, EXPORT_CARDS);
  else if (g_str_equal (action_name, "progress.import-progress"))
    bakery_progress_page_choose_file (self, IMPORT_PROGRESS);
  else
    bakery_progress_page_choose_file (self, EXPORT_PROGRESS);
}

static void
bakery_progress_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bakery_progress_page_parent_class)->map (widget);

  /* "Today" moves on at midnight. */
  bakery_progress_page_refresh (BAKERY_PROGRESS_PAGE (widget));
}

static void
bakery_progress_page_dispose (GObject *object)
{
  BakeryProgressPage *self = (BakeryProgressPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_PROGRESS_PAGE);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->study);

  G_OBJECT_CLASS (bakery_progress_page_parent_class)->dispose (object);
}

static void
bakery_progress_page_class_init (BakeryProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_progress_page_dispose;

  widget_class->map = bakery_progress_page_map;

  /**
   * BakeryProgressPage::message:
   * @message: what happened, for a toast
   */
  signals[MESSAGE] =
    g_signal_new ("message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BAKERY_TYPE_REVIEW_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, accuracy_caption);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, accuracy_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, cards_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, chart);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, data_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, due_caption);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, reviews_caption);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, reviews_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, streak_caption);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, BakeryProgressPage, topics_list);

  gtk_widget_class_install_action (widget_class, "progress.new-card", NULL, new_card_action);
  gtk_widget_class_install_action (widget_class, "progress.import-cards", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "progress.export-cards", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "progress.import-progress", NULL, file_action);
  gtk_widget_class_install_action (widget_class, "progress.export-progress", NULL, file_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_progress_page_init (BakeryProgressPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("Review some flashcards or predict some outputs, and your accuracy per topic shows up here."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->topics_list, placeholder);

  placeholder = gtk_label_new (_("No cards of your own yet. Write one, or import a deck below."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->cards_list, placeholder);
}

void
bakery_progress_page_set_study (BakeryProgressPage *self,
                                BakeryStudy        *study)
{
  g_return_if_fail (BAKERY_IS_PROGRESS_PAGE (self));

  if (self->study == study)
    return;

  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);

  g_set_object (&self->study, study);

  if (study != NULL)
    {
      g_signal_connect_object (study, "changed",
                               G_CALLBACK (bakery_progress_page_refresh),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (study, "content-changed",
                               G_CALLBACK (bakery_progress_page_refresh),
                               self, G_CONNECT_SWAPPED);
    }

  bakery_progress_page_refresh (self);
}

guint
bakery_progress_page_get_chart_total (BakeryProgressPage *self)
{
  g_return_val_if_fail (BAKERY_IS_PROGRESS_PAGE (self), 0);

  return bakery_review_chart_get_total (self->chart);
}

const char *
bakery_progress_page_get_streak_text (BakeryProgressPage *self)
{
  g_return_val_if_fail (BAKERY_IS_PROGRESS_PAGE (self), NULL);

  return gtk_label_get_text (self->streak_label);
}
