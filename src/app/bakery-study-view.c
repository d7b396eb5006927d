/* bakery-study-view.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Study view: the cheat sheet, the model answers and the scenario
 * library, browsed by topic and searched as you type. Every card, answer
 * and scenario can open its scenarios in the bakery (win.open-scenario)
 * or in the quiz (win.predict-scenario).
 *
 * All text comes from the content files or from the user, so it goes into
 * plain labels, never markup.
 */

#define G_LOG_DOMAIN "bakery-study-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bakery-study-view.h"

struct _BakeryStudyView
{
  GtkWidget         parent_instance;

  BakeryStudy      *study;
  GSettings        *settings;
  GStrv             search_words;
  char             *topic;        /* NULL for all topics */

  /* Template widgets */
  AdwLeaflet       *leaflet;
  GtkListBox       *topic_list;
  GtkWidget        *content_box;
  GtkSearchEntry   *search_entry;
  GtkToggleButton  *large_type_button;
  GtkStack         *sections;
  GtkListBox       *cards_list;
  GtkListBox       *answers_list;
  GtkListBox       *scenarios_list;
};

G_DEFINE_FINAL_TYPE (BakeryStudyView, bakery_study_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LARGE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
bakery_study_view_new (void)
{
  return g_object_new (BAKERY_TYPE_STUDY_VIEW, NULL);
}

/* Lowercase words of a search, for _bakery_study_view_matches(). */
GStrv
_bakery_study_view_split_search (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  g_auto(GStrv) parts = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);

  return g_strv_builder_end (builder);
}

/* Whether every word occurs in the case-folded @haystack. */
gboolean
_bakery_study_view_matches (const char         *haystack,
                            const char * const *words)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (haystack == NULL || strstr (haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

const char *
_bakery_study_view_difficulty_label (const char *difficulty)
{
  if (g_strcmp0 (difficulty, "easy") == 0)
    return C_("difficulty", "easy");
  if (g_strcmp0 (difficulty, "medium") == 0)
    return C_("difficulty", "medium");
  if (g_strcmp0 (difficulty, "hard") == 0)
    return C_("difficulty", "hard");
  if (g_strcmp0 (difficulty, "expert") == 0)
    return C_("difficulty", "expert");

  return difficulty;
}

/* Removes the rows, not the placeholder. */
void
_bakery_list_box_remove_rows (GtkListBox *list_box)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (list_box, child);

      child = next;
    }
}

GtkWidget *
_bakery_wrapped_label_new (const char *text,
                           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable labels take the focus first otherwise. */
  gtk_widget_set_focusable (label, FALSE);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A button that activates @action_name with the scenario's id. */
GtkWidget *
_bakery_scenario_button_new (BakeryStudy *study,
                             const char  *scenario_id,
                             const char  *action_name)
{
  const BakeryScenario *scenario = bakery_content_lookup_scenario (bakery_study_get_content (study), scenario_id);
  GtkWidget *button;
  GtkWidget *content;

  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content),
                                    g_str_equal (action_name, "win.predict-scenario")
                                    ? "bakery-view-selftest-symbolic"
                                    : "media-playback-start-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), scenario ? scenario->title : scenario_id);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", scenario_id);
  gtk_widget_set_tooltip_text (button,
                               g_str_equal (action_name, "win.predict-scenario")
                               ? _("Predict its output")
                               : _("Open in the bakery"));
  gtk_widget_add_css_class (button, "bakery-scenario-link");

  return button;
}

static GtkWidget *
create_scenario_links (BakeryStudy        *study,
                       const char * const *scenarios)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_widget_set_margin_top (flow, 6);

  for (guint i = 0; scenarios[i] != NULL; i++)
    {
      GtkWidget *button = _bakery_scenario_button_new (study, scenarios[i], "win.open-scenario");

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }

  return flow;
}

static GtkWidget *
create_card_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "bakery-study-card");

  return box;
}

/* Wraps @box in a row that the filter can match against @haystack. */
static GtkWidget *
create_row (GtkWidget  *box,
            const char *haystack,
            GStrv       topics)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_bottom (row, 12);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_utf8_casefold (haystack, -1), g_free);
  g_object_set_data_full (G_OBJECT (row), "topics", topics, (GDestroyNotify)g_strfreev);

  return row;
}

static const char *
topic_title (BakeryStudyView *self,
             const char      *topic_id)
{
  const BakeryTopic *topic = bakery_content_lookup_topic (bakery_study_get_content (self->study), topic_id);

  return topic ? topic->title : topic_id;
}

static GtkWidget *
create_cheat_card_row (BakeryStudyView       *self,
                       const BakeryCheatCard *card)
{
  GtkWidget *box = create_card_box ();
  g_autofree char *haystack = NULL;

  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (topic_title (self, card->topic), "bakery-card-topic"));
  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (card->title, "title-4"));
  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (card->body, "bakery-card-body"));

  if (card->code != NULL)
    gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (card->code, "bakery-code"));

  gtk_box_append (GTK_BOX (box), create_scenario_links (self->study, (const char * const *)card->scenarios));

  haystack = g_strjoin (" ", card->title, card->body, card->code ? card->code : "",
                        topic_title (self, card->topic), NULL);

  return create_row (box, haystack, g_strdupv ((char *[]) { card->topic, NULL }));
}

static GtkWidget *
create_answer_row (BakeryStudyView    *self,
                   const BakeryAnswer *answer)
{
  GtkWidget *box = create_card_box ();
  GtkWidget *expander;
  GtkWidget *deeper_box;
  g_autofree char *wrong = NULL;
  g_autofree char *haystack = NULL;
  g_autoptr(GString) bullets = g_string_new (NULL);

  for (guint i = 0; answer->wrong[i] != NULL; i++)
    g_string_append_printf (bullets, "%s• %s", i > 0 ? "\n" : "", answer->wrong[i]);

  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (topic_title (self, answer->topic), "bakery-card-topic"));
  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (answer->question, "title-4"));
  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (_("Say it"), "heading"));
  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (answer->short_answer, "bakery-card-body"));

  deeper_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (deeper_box), _bakery_wrapped_label_new (answer->deeper, "bakery-card-body"));
  gtk_box_append (GTK_BOX (deeper_box), _bakery_wrapped_label_new (_("Common wrong answers"), "heading"));
  gtk_box_append (GTK_BOX (deeper_box), _bakery_wrapped_label_new (bullets->str, "bakery-wrong-answers"));

  expander = gtk_expander_new (_("Deeper explanation"));
  gtk_expander_set_child (GTK_EXPANDER (expander), deeper_box);
  gtk_box_append (GTK_BOX (box), expander);

  gtk_box_append (GTK_BOX (box), create_scenario_links (self->study, (const char * const *)answer->scenarios));

  wrong = g_strjoinv (" ", answer->wrong);
  haystack = g_strjoin (" ", answer->question, answer->short_answer, answer->deeper, wrong,
                        topic_title (self, answer->topic), NULL);

  return create_row (box, haystack, g_strdupv ((char *[]) { answer->topic, NULL }));
}

/* The topics whose cards or answers show @scenario. */
static GStrv
scenario_topics (BakeryStudyView *self,
                 const char      *scenario_id)
{
  BakeryContent *content = bakery_study_get_content (self->study);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < content->cards->len; i++)
    {
      const BakeryCheatCard *card = g_ptr_array_index (content->cards, i);

      if (g_strv_contains ((const char * const *)card->scenarios, scenario_id) &&
          g_hash_table_add (seen, card->topic))
        g_strv_builder_add (builder, card->topic);
    }

  for (guint i = 0; i < content->answers->len; i++)
    {
      const BakeryAnswer *answer = g_ptr_array_index (content->answers, i);

      if (g_strv_contains ((const char * const *)answer->scenarios, scenario_id) &&
          g_hash_table_add (seen, answer->topic))
        g_strv_builder_add (builder, answer->topic);
    }

  return g_strv_builder_end (builder);
}

static GtkWidget *
create_scenario_row (BakeryStudyView      *self,
                     const BakeryScenario *scenario)
{
  GtkWidget *box = create_card_box ();
  GtkWidget *buttons;
  GtkWidget *expander;
  g_autofree char *tags = g_strjoinv (", ", scenario->tags);
  g_autofree char *meta = NULL;
  g_autofree char *haystack = NULL;
  const char *difficulty;

  difficulty = scenario->difficulty ? _bakery_study_view_difficulty_label (scenario->difficulty) : _("mine");
  /* Translators: the difficulty, the tags and the host of a scenario, e.g. "easy · promises, timers · node" */
  meta = g_strdup_printf (_("%s · %s · %s"), difficulty, tags, scenario->host);

  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (meta, "bakery-card-topic"));
  gtk_box_append (GTK_BOX (box), _bakery_wrapped_label_new (scenario->title, "title-4"));
  if (scenario->explanation && *scenario->explanation)
    {
      expander = gtk_expander_new (_("Why it prints what it prints"));
      gtk_expander_set_child (GTK_EXPANDER (expander),
                              _bakery_wrapped_label_new (scenario->explanation, "bakery-card-body"));
      gtk_box_append (GTK_BOX (box), expander);
    }

  expander = gtk_expander_new (_("Code"));
  gtk_expander_set_child (GTK_EXPANDER (expander), _bakery_wrapped_label_new (scenario->source, "bakery-code"));
  gtk_box_append (GTK_BOX (box), expander);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  {
    GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open in the Bakery"));
    GtkWidget *predict = gtk_button_new_with_mnemonic (_("_Predict the Output"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.open-scenario");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", scenario->id);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (predict), "win.predict-scenario");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (predict), "s", scenario->id);
    gtk_box_append (GTK_BOX (buttons), open);
    gtk_box_append (GTK_BOX (buttons), predict);
  }
  gtk_box_append (GTK_BOX (box), buttons);

  haystack = g_strjoin (" ", scenario->id, scenario->title, meta,
                        scenario->difficulty ? scenario->difficulty : "",
                        scenario->explanation ? scenario->explanation : "",
                        scenario->source, NULL);

  return create_row (box, haystack, scenario_topics (self, scenario->id));
}

static GtkWidget *
create_topic_row (const char *id,
                  const char *title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "topic-id", g_strdup (id), g_free);

  return row;
}

static void
bakery_study_view_populate (BakeryStudyView *self)
{
  BakeryContent *content;
  GtkWidget *all_row;

  _bakery_list_box_remove_rows (self->topic_list);
  _bakery_list_box_remove_rows (self->cards_list);
  _bakery_list_box_remove_rows (self->answers_list);
  _bakery_list_box_remove_rows (self->scenarios_list);

  if (self->study == NULL)
    return;

  content = bakery_study_get_content (self->study);

  all_row = create_topic_row (NULL, _("All Topics"));
  gtk_list_box_append (self->topic_list, all_row);
  for (guint i = 0; i < content->topics->len; i++)
    {
      const BakeryTopic *topic = g_ptr_array_index (content->topics, i);

      gtk_list_box_append (self->topic_list, create_topic_row (topic->id, topic->title));
    }

  for (guint i = 0; i < content->cards->len; i++)
    gtk_list_box_append (self->cards_list, create_cheat_card_row (self, g_ptr_array_index (content->cards, i)));

  for (guint i = 0; i < content->answers->len; i++)
    gtk_list_box_append (self->answers_list, create_answer_row (self, g_ptr_array_index (content->answers, i)));

  for (guint i = 0; i < content->scenarios->len; i++)
    gtk_list_box_append (self->scenarios_list, create_scenario_row (self, g_ptr_array_index (content->scenarios, i)));

  bakery_study_view_set_topic (self, self->topic);
}

static gboolean
bakery_study_view_filter_func (GtkListBoxRow *row,
                               gpointer       user_data)
{
  BakeryStudyView *self = user_data;
  const char * const *topics = g_object_get_data (G_OBJECT (row), "topics");

  if (self->topic != NULL && (topics == NULL || !g_strv_contains (topics, self->topic)))
    return FALSE;

  return _bakery_study_view_matches (g_object_get_data (G_OBJECT (row), "haystack"),
                                     (const char * const *)self->search_words);
}

static void
bakery_study_view_refilter (BakeryStudyView *self)
{
  gtk_list_box_invalidate_filter (self->cards_list);
  gtk_list_box_invalidate_filter (self->answers_list);
  gtk_list_box_invalidate_filter (self->scenarios_list);
}

static void
bakery_study_view_search_changed_cb (BakeryStudyView *self)
{
  g_assert (BAKERY_IS_STUDY_VIEW (self));

  g_clear_pointer (&self->search_words, g_strfreev);
  self->search_words = _bakery_study_view_split_search (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  bakery_study_view_refilter (self);
}

static void
bakery_study_view_topic_selected_cb (BakeryStudyView *self,
                                     GtkListBoxRow   *row)
{
  const char *topic;

  g_assert (BAKERY_IS_STUDY_VIEW (self));

  if (row == NULL)
    return;

  topic = g_object_get_data (G_OBJECT (row), "topic-id");

  if (g_strcmp0 (topic, self->topic) != 0)
    {
      g_free (self->topic);
      self->topic = g_strdup (topic);
      bakery_study_view_refilter (self);
    }
}

static void
bakery_study_view_topic_activated_cb (BakeryStudyView *self,
                                      GtkListBoxRow   *row)
{
  g_assert (BAKERY_IS_STUDY_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
bakery_study_view_back_clicked_cb (BakeryStudyView *self)
{
  g_assert (BAKERY_IS_STUDY_VIEW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
bakery_study_view_large_type_cb (BakeryStudyView *self)
{
  g_assert (BAKERY_IS_STUDY_VIEW (self));

  bakery_study_view_set_large_type (self, gtk_toggle_button_get_active (self->large_type_button));
}

static void
bakery_study_view_dispose (GObject *object)
{
  BakeryStudyView *self = (BakeryStudyView *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BAKERY_TYPE_STUDY_VIEW);

  /* The template's root child has no id, so it is not disposed above. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->study);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->search_words, g_strfreev);
  g_clear_pointer (&self->topic, g_free);

  G_OBJECT_CLASS (bakery_study_view_parent_class)->dispose (object);
}

static void
bakery_study_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BakeryStudyView *self = BAKERY_STUDY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LARGE_TYPE:
      g_value_set_boolean (value, bakery_study_view_get_large_type (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_study_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BakeryStudyView *self = BAKERY_STUDY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LARGE_TYPE:
      bakery_study_view_set_large_type (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bakery_study_view_class_init (BakeryStudyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bakery_study_view_dispose;
  object_class->get_property = bakery_study_view_get_property;
  object_class->set_property = bakery_study_view_set_property;

  /**
   * BakeryStudyView:large-type:
   *
   * Whether the text is shown in large type, for reading from a distance.
   */
  properties[PROP_LARGE_TYPE] =
    g_param_spec_boolean ("large-type", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/bakery-study-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, answers_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, cards_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, content_box);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, large_type_button);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, scenarios_list);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, sections);
  gtk_widget_class_bind_template_child (widget_class, BakeryStudyView, topic_list);
  gtk_widget_class_bind_template_callback (widget_class, bakery_study_view_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_study_view_large_type_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_study_view_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_study_view_topic_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bakery_study_view_topic_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
add_placeholder (GtkListBox *list_box)
{
  GtkWidget *placeholder = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("No Results"));
  adw_status_page_set_description (ADW_STATUS_PAGE (placeholder),
                                   _("Try other words, or another topic."));
  gtk_list_box_set_placeholder (list_box, placeholder);
}

static void
bakery_study_view_init (BakeryStudyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);

  add_placeholder (self->cards_list);
  add_placeholder (self->answers_list);
  add_placeholder (self->scenarios_list);

  gtk_list_box_set_filter_func (self->cards_list, bakery_study_view_filter_func, self, NULL);
  gtk_list_box_set_filter_func (self->answers_list, bakery_study_view_filter_func, self, NULL);
  gtk_list_box_set_filter_func (self->scenarios_list, bakery_study_view_filter_func, self, NULL);

  g_settings_bind (self->settings, "study-large-type", self, "large-type", G_SETTINGS_BIND_DEFAULT);
}

void
bakery_study_view_set_study (BakeryStudyView *self,
                             BakeryStudy     *study)
{
  g_return_if_fail (BAKERY_IS_STUDY_VIEW (self));
  g_return_if_fail (!study || BAKERY_IS_STUDY (study));

  if (self->study == study)
    return;

  if (self->study != NULL)
    g_signal_handlers_disconnect_by_data (self->study, self);

  g_set_object (&self->study, study);

  if (study != NULL)
    g_signal_connect_object (study, "content-changed",
                             G_CALLBACK (bakery_study_view_populate),
                             self, G_CONNECT_SWAPPED);

  bakery_study_view_populate (self);
}

/**
 * bakery_study_view_set_section:
 * @section: "cards", "answers" or "scenarios"
 */
void
bakery_study_view_set_section (BakeryStudyView *self,
                               const char      *section)
{
  g_return_if_fail (BAKERY_IS_STUDY_VIEW (self));

  gtk_stack_set_visible_child_name (self->sections, section);
}

/**
 * bakery_study_view_set_topic:
 * @topic: (nullable): a topic id, or %NULL for all topics
 */
void
bakery_study_view_set_topic (BakeryStudyView *self,
                             const char      *topic)
{
  g_return_if_fail (BAKERY_IS_STUDY_VIEW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "topic-id"), topic) == 0)
        {
          gtk_list_box_select_row (self->topic_list, GTK_LIST_BOX_ROW (child));
          break;
        }
    }
}

void
bakery_study_view_set_search (BakeryStudyView *self,
                              const char      *text)
{
  g_return_if_fail (BAKERY_IS_STUDY_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  bakery_study_view_search_changed_cb (self);
}

/**
 * bakery_study_view_count_visible:
 * @section: "cards", "answers" or "scenarios"
 *
 * Returns: how many entries of @section pass the topic and the search
 */
guint
bakery_study_view_count_visible (BakeryStudyView *self,
                                 const char      *section)
{
  GtkListBox *list_box;
  guint count = 0;

  g_return_val_if_fail (BAKERY_IS_STUDY_VIEW (self), 0);

  if (g_strcmp0 (section, "answers") == 0)
    list_box = self->answers_list;
  else if (g_strcmp0 (section, "scenarios") == 0)
    list_box = self->scenarios_list;
  else
    list_box = self->cards_list;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && bakery_study_view_filter_func (GTK_LIST_BOX_ROW (child), self))
      count++;

  return count;
}

gboolean
bakery_study_view_get_large_type (BakeryStudyView *self)
{
  g_return_val_if_fail (BAKERY_IS_STUDY_VIEW (self), FALSE);

  return gtk_widget_has_css_class (GTK_WIDGET (self), "bakery-large-type");
}

void
bakery_study_view_set_large_type (BakeryStudyView *self,
                                  gboolean         large_type)
{
  g_return_if_fail (BAKERY_IS_STUDY_VIEW (self));

  large_type = !!large_type;

  if (large_type == bakery_study_view_get_large_type (self))
    return;

  if (large_type)
    gtk_widget_add_css_class (GTK_WIDGET (self), "bakery-large-type");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "bakery-large-type");

  gtk_toggle_button_set_active (self->large_type_button, large_type);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LARGE_TYPE]);
}

void
bakery_study_view_focus_search (BakeryStudyView *self)
{
  g_return_if_fail (BAKERY_IS_STUDY_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
