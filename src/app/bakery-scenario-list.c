/* bakery-scenario-list.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The scenario library as a searchable list: the header bar's popover in
 * the Bakery view and the quiz's chooser use it. Search matches every word
 * against the title, the tags, the difficulty and the host.
 */

#define G_LOG_DOMAIN "bakery-scenario-list"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-scenario-list.h"
#include "bakery-study-view.h"

struct _BakeryScenarioList
{
  GtkWidget       parent_instance;

  BakeryStudy    *study;
  GStrv           search_words;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkListBox     *list_box;
};

G_DEFINE_FINAL_TYPE (BakeryScenarioList, bakery_scenario_list, GTK_TYPE_WIDGET)

enum {
  SCENARIO_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
bakery_scenario_list_new (void)
{
  return g_object_new (BAKERY_TYPE_SCENARIO_LIST, NULL);
}

static GtkWidget *
create_row (const BakeryScenario *scenario)
{
  g_autofree char *tags = g_strjoinv (", ", scenario->tags);
  g_autofree char *meta = NULL;
  g_autofree char *haystack = NULL;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *subtitle;

  if (scenario->difficulty != NULL)
    /* Translators: the difficulty, the tags and the host of a scenario, e.g. "easy · promises, timers · node" */
    meta = g_strdup_printf (_("%s · %s · %s"),
                            _bakery_study_view_difficulty_label (scenario->difficulty),
                            tags, scenario->host);
  else
    meta = g_strdup_printf (_("%s · %s · %s"), _("mine"), tags, scenario->host);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);

  title = gtk_label_new (scenario->title);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (box), title);

  subtitle = gtk_label_new (meta);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), subtitle);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, scenario->explanation && *scenario->explanation ? scenario->explanation : NULL);

  haystack = g_strjoin (" ", scenario->id, scenario->title, tags,
                        scenario->difficulty ? scenario->difficulty : "mine",
                        scenario->difficulty ? _bakery_study_view_difficulty_label (scenario->difficulty) : _("mine"),
                        scenario->host, NULL);
  g_object_set_data_full (G_OBJECT (row), "scenario-id", g_strdup (scenario->id), g_free);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);

  return row;
}

static void
bakery_scenario_list_populate (BakeryScenarioList *self)
{
  BakeryContent *content;

  _bakery_list_box_remove_rows (self->list_box);

  if (self->study == NULL)
    return;

  content = bakery_study_get_content (self->study);

  for (guint i = 0; i < content->scenarios->len; i++)
    gtk_list_box_append (self->list_box, create_row (g_ptr_array_index (content->scenarios, i)));
}

static gboolean
bakery_scenario_list_filter_func (GtkListBoxRow *row,
                                  gpointer       user_data)
{
  BakeryScenarioList *self = user_data;

  return _bakery_study_view_matches (g_object_get_data (G_OBJECT (row), "haystack"),
                                     (const char * const *)self->search_words);
}

static void
bakery_scenario_list_search_changed_cb (BakeryScenarioList *self)
{
  g_assert (BAKERY_IS_SCENARIO_LIST (self));

  g_clear_pointer (&self->search_words, g_strfreev);
  self->search_words = _bakery_study_view_split_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
bakery_scenario_list_row_activated_cb (BakeryScenarioList *self,
                                       GtkListBoxRow      *row)
{
  g_assert (BAKERY_IS_SCENARIO_LIST (self));

  g_signal_emit (self, signals[SCENARIO_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "scenario-id"));
}

/* Enter in the search opens the first match. */
static void
bakery_scenario_list_search_activate_cb (BakeryScenarioList *self)
{
  g_assert (BAKERY_IS_SCENARIO_LIST (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_child_visible (child))
        {
          bakery_scenario_list_row_activated_cb (self, GTK_LIST_BOX_ROW (child));
          return;
        }
    }
}

static void
bakery_scenario_list_dispose (GObject *object)
{
  BakeryScenarioList *self = (BakeryScenarioList *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_SCENARIO_LIST);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->study);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (bakery_scenario_list_parent_class)->dispose (object);
}

static void
bakery_scenario_list_class_init (BakeryScenarioListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_scenario_list_dispose;

  /**
   * BakeryScenarioList::scenario-activated:
   * @scenario_id: the chosen scenario
   */
  signals[SCENARIO_ACTIVATED] =
    g_signal_new ("scenario-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-scenario-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryScenarioList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BakeryScenarioList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, bakery_scenario_list_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_scenario_list_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_scenario_list_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
bakery_scenario_list_init (BakeryScenarioList *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No scenario matches"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list_box, placeholder);
  gtk_list_box_set_filter_func (self->list_box, bakery_scenario_list_filter_func, self, NULL);
}

void
bakery_scenario_list_set_study (BakeryScenarioList *self,
                                BakeryStudy        *study)
{
  g_return_if_fail (BAKERY_IS_SCENARIO_LIST (self));
  g_return_if_fail (!study || BAKERY_IS_STUDY (study));

  if (self->study == study)
    return;

  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);

  g_set_object (&self->study, study);

  if (study != NULL)
    g_signal_connect_object (study, "content-changed",
                             G_CALLBACK (bakery_scenario_list_populate),
                             self, G_CONNECT_SWAPPED);

  bakery_scenario_list_populate (self);
}

void
bakery_scenario_list_set_search (BakeryScenarioList *self,
                                 const char         *text)
{
  g_return_if_fail (BAKERY_IS_SCENARIO_LIST (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* Do not wait for the entry's delay. */
  bakery_scenario_list_search_changed_cb (self);
}

void
bakery_scenario_list_select (BakeryScenarioList *self,
                             const char         *scenario_id)
{
  g_return_if_fail (BAKERY_IS_SCENARIO_LIST (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "scenario-id"), scenario_id) == 0)
        {
          gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (child));
          return;
        }
    }

  gtk_list_box_unselect_all (self->list_box);
}

guint
bakery_scenario_list_count_visible (BakeryScenarioList *self)
{
  guint count = 0;

  g_return_val_if_fail (BAKERY_IS_SCENARIO_LIST (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          bakery_scenario_list_filter_func (GTK_LIST_BOX_ROW (child), self))
        count++;
    }

  return count;
}

void
bakery_scenario_list_focus_search (BakeryScenarioList *self)
{
  g_return_if_fail (BAKERY_IS_SCENARIO_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
