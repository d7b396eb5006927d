/* bakery-study.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The study material and the user's progress, shared by every window: the
 * built-in content, the user's scenarios and cards, and the store. Every
 * change is saved at once; a failure is reported with the "error" signal
 * and the data stays in memory, so nothing is lost while the program runs.
 * No GTK here.
 */

#define G_LOG_DOMAIN "bakery-study"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "js-scenario.h"

#include "bakery-deck.h"
#include "bakery-study.h"

struct _BakeryStudy
{
  GObject        parent_instance;

  char          *content_resource;
  BakeryContent *content;
  BakeryStore   *store;
  GPtrArray     *warnings;     /* char *, not yet shown */
  GPtrArray     *flashcards;   /* BakeryFlashcard, pointing into content and store */
  GHashTable    *card_topics;
  GHashTable    *scenario_topics;
};

G_DEFINE_FINAL_TYPE (BakeryStudy, bakery_study, G_TYPE_OBJECT)

enum {
  CHANGED,
  CONTENT_CHANGED,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static BakeryStudy *default_study;

static void
bakery_study_rebuild (BakeryStudy *self)
{
  GPtrArray *user_cards = bakery_store_get_user_cards (self->store);

  g_ptr_array_set_size (self->flashcards, 0);
  g_hash_table_remove_all (self->card_topics);
  g_hash_table_remove_all (self->scenario_topics);

  for (guint i = 0; i < self->content->answers->len; i++)
    {
      const BakeryAnswer *answer = g_ptr_array_index (self->content->answers, i);
      BakeryFlashcard *card = g_new0 (BakeryFlashcard, 1);

      card->id = answer->id;
      card->topic = answer->topic;
      card->question = answer->question;
      card->answer = answer->short_answer;
      card->deeper = answer->deeper;
      card->scenarios = answer->scenarios;
      g_ptr_array_add (self->flashcards, card);
      g_hash_table_insert (self->card_topics, (gpointer)answer->id, (gpointer)answer->topic);
    }

  for (guint i = 0; i < user_cards->len; i++)
    {
      const BakeryUserCard *user_card = g_ptr_array_index (user_cards, i);
      BakeryFlashcard *card = g_new0 (BakeryFlashcard, 1);

      card->id = user_card->id;
      card->topic = user_card->topic;
      card->question = user_card->question;
      card->answer = user_card->answer;
      card->user = TRUE;
      g_ptr_array_add (self->flashcards, card);
      if (user_card->topic != NULL)
        g_hash_table_insert (self->card_topics, (gpointer)user_card->id, (gpointer)user_card->topic);
    }

  /* A scenario belongs to the topic of the first card that shows it. */
  for (guint i = 0; i < self->content->cards->len; i++)
    {
      const BakeryCheatCard *card = g_ptr_array_index (self->content->cards, i);

      for (guint j = 0; card->scenarios[j] != NULL; j++)
        if (!g_hash_table_contains (self->scenario_topics, card->scenarios[j]))
          g_hash_table_insert (self->scenario_topics, card->scenarios[j], card->topic);
    }
}

static void
bakery_study_finalize (GObject *object)
{
  BakeryStudy *self = (BakeryStudy *)object;

  g_clear_pointer (&self->flashcards, g_ptr_array_unref);
  g_clear_pointer (&self->card_topics, g_hash_table_unref);
  g_clear_pointer (&self->scenario_topics, g_hash_table_unref);
  g_clear_pointer (&self->content, bakery_content_free);
  g_clear_pointer (&self->store, bakery_store_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->content_resource, g_free);

  G_OBJECT_CLASS (bakery_study_parent_class)->finalize (object);
}

static void
bakery_study_class_init (BakeryStudyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bakery_study_finalize;

  /**
   * BakeryStudy::changed:
   *
   * The progress changed: a review, a quiz answer or an import.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * BakeryStudy::content-changed:
   *
   * The user's cards or scenarios changed.
   */
  signals[CONTENT_CHANGED] =
    g_signal_new ("content-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * BakeryStudy::error:
   * @message: what went wrong, for the user
   *
   * Saving failed; the data is kept in memory.
   */
  signals[ERROR] =
    g_signal_new ("error",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
bakery_study_init (BakeryStudy *self)
{
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  self->flashcards = g_ptr_array_new_with_free_func (g_free);
  self->card_topics = g_hash_table_new (g_str_hash, g_str_equal);
  self->scenario_topics = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
bakery_study_load_content (BakeryStudy *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *user_scenarios = NULL;

  g_clear_pointer (&self->content, bakery_content_free);

  /* The built-in content is checked by tests/data; failing here means a
   * broken build, but the application still runs without it.
   */
  if (!(self->content = bakery_content_new_from_resource (self->content_resource, &error)))
    {
      g_critical ("Could not load the study content: %s", error->message);

      /* An empty content: every list is empty, nothing links anywhere. */
      self->content = bakery_content_new_empty ();
    }

  user_scenarios = bakery_store_dup_user_scenarios_dir (self->store);
  bakery_content_add_user_scenarios (self->content, user_scenarios);
}

/**
 * bakery_study_new:
 * @content_resource: the content folder in the resources
 * @data_dir: the folder for the user's files
 */
BakeryStudy *
bakery_study_new (const char *content_resource,
                  const char *data_dir)
{
  BakeryStudy *self;
  g_autoptr(GPtrArray) warnings = NULL;

  g_return_val_if_fail (content_resource != NULL, NULL);
  g_return_val_if_fail (data_dir != NULL, NULL);

  self = g_object_new (BAKERY_TYPE_STUDY, NULL);
  self->content_resource = g_strdup (content_resource);
  self->store = bakery_store_new (data_dir);

  warnings = bakery_store_load (self->store);
  g_ptr_array_extend_and_steal (self->warnings, g_steal_pointer (&warnings));

  bakery_study_load_content (self);
  bakery_study_rebuild (self);

  return self;
}

/**
 * bakery_study_get_default:
 *
 * Returns: (transfer none): the study shared by all windows, with the
 *   user's files in $XDG_DATA_HOME/loop-bakery
 */
BakeryStudy *
bakery_study_get_default (void)
{
  if (default_study == NULL)
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "loop-bakery", NULL);

      default_study = bakery_study_new (RESOURCE_BASE "/content", dir);
    }

  return default_study;
}

BakeryContent *
bakery_study_get_content (BakeryStudy *self)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  return self->content;
}

BakeryStore *
bakery_study_get_store (BakeryStudy *self)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  return self->store;
}

/**
 * bakery_study_take_warnings:
 *
 * Returns: (transfer full): the messages about files that could not be
 *   used, which only the first caller gets
 */
GPtrArray *
bakery_study_take_warnings (BakeryStudy *self)
{
  GPtrArray *warnings;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  warnings = g_steal_pointer (&self->warnings);
  self->warnings = g_ptr_array_new_with_free_func (g_free);

  return warnings;
}

/**
 * bakery_study_get_flashcards:
 *
 * Returns: (transfer none) (element-type BakeryFlashcard): every flashcard,
 *   the model answers then the user's
 */
GPtrArray *
bakery_study_get_flashcards (BakeryStudy *self)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  return self->flashcards;
}

const BakeryFlashcard *
bakery_study_lookup_flashcard (BakeryStudy *self,
                               const char  *id)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  for (guint i = 0; id != NULL && i < self->flashcards->len; i++)
    {
      const BakeryFlashcard *card = g_ptr_array_index (self->flashcards, i);

      if (g_str_equal (card->id, id))
        return card;
    }

  return NULL;
}

typedef struct
{
  const BakeryFlashcard *card;
  gint64                 due;
  guint                  index;
} DueCard;

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const DueCard *da = a;
  const DueCard *db = b;

  if (da->due != db->due)
    return (da->due > db->due) - (da->due < db->due);

  return (int)da->index - (int)db->index;
}

/**
 * bakery_study_dup_due_flashcards:
 * @now: the time, in Unix seconds
 *
 * Returns: (transfer container) (element-type BakeryFlashcard): the cards
 *   to review now: those whose time has come, most overdue first, then the
 *   new ones in the order of the material
 */
GPtrArray *
bakery_study_dup_due_flashcards (BakeryStudy *self,
                                 gint64       now)
{
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (DueCard));
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (BAKERY_IS_STUDY (self), result);

  for (guint i = 0; i < self->flashcards->len; i++)
    {
      const BakeryFlashcard *card = g_ptr_array_index (self->flashcards, i);
      const BakeryCardState *state = bakery_store_lookup_card (self->store, card->id);
      DueCard entry = { card, 0, i };

      if (state != NULL && state->reps > 0)
        {
          if (state->due > now)
            continue;
          entry.due = state->due;
        }
      else
        {
          /* New cards after every card due for review. */
          entry.due = G_MAXINT64;
        }

      g_array_append_val (due, entry);
    }

  g_array_sort (due, compare_due);

  for (guint i = 0; i < due->len; i++)
    g_ptr_array_add (result, (gpointer)g_array_index (due, DueCard, i).card);

  return result;
}

/**
 * bakery_study_count_due:
 * @until: count the cards due up to this time
 * @n_new: (out) (optional): the cards never reviewed
 *
 * Returns: the reviewed cards that are due by @until
 */
guint
bakery_study_count_due (BakeryStudy *self,
                        gint64       until,
                        guint       *n_new)
{
  guint n_due = 0;
  guint fresh = 0;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), 0);

  for (guint i = 0; i < self->flashcards->len; i++)
    {
      const BakeryFlashcard *card = g_ptr_array_index (self->flashcards, i);
      const BakeryCardState *state = bakery_store_lookup_card (self->store, card->id);

      if (state == NULL || state->reps == 0)
        fresh++;
      else if (state->due <= until)
        n_due++;
    }

  if (n_new)
    *n_new = fresh;

  return n_due;
}

const char *
bakery_study_get_scenario_topic (BakeryStudy *self,
                                 const char  *scenario_id)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  return scenario_id ? g_hash_table_lookup (self->scenario_topics, scenario_id) : NULL;
}

GHashTable *
bakery_study_get_card_topics (BakeryStudy *self)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  return self->card_topics;
}

GHashTable *
bakery_study_get_scenario_topics (BakeryStudy *self)
{
  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);

  return self->scenario_topics;
}

static void
bakery_study_save_progress (BakeryStudy *self)
{
  g_autoptr(GError) error = NULL;

  if (!bakery_store_save_progress (self->store, &error))
    g_signal_emit (self, signals[ERROR], 0, error->message);
}

static void
bakery_study_save_cards (BakeryStudy *self)
{
  g_autoptr(GError) error = NULL;

  if (!bakery_store_save_cards (self->store, &error))
    g_signal_emit (self, signals[ERROR], 0, error->message);
}

void
bakery_study_review (BakeryStudy *self,
                     const char  *card_id,
                     BakeryGrade  grade,
                     gint64       now)
{
  g_return_if_fail (BAKERY_IS_STUDY (self));
  g_return_if_fail (card_id != NULL);
  g_return_if_fail (bakery_grade_is_valid (grade));

  bakery_store_add_review (self->store, card_id, grade, now);
  bakery_study_save_progress (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
bakery_study_record_quiz (BakeryStudy *self,
                          const char  *scenario_id,
                          gboolean     correct,
                          gint64       now)
{
  g_return_if_fail (BAKERY_IS_STUDY (self));
  g_return_if_fail (scenario_id != NULL);

  bakery_store_add_quiz_result (self->store, scenario_id, correct, now);
  bakery_study_save_progress (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static char *
load_text (GFile   *file,
           gsize   *length,
           GError **error)
{
  char *contents = NULL;

  if (!g_file_load_contents (file, NULL, &contents, length, NULL, error))
    return NULL;

  return contents;
}

/* Names the file in an import error, which names the line or entry. */
static void
prefix_error (GError **error,
              GFile   *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);

  /* Translators: %s is a file name; an error message follows */
  g_prefix_error (error, _("“%s”: "), name);
}

/**
 * bakery_study_import_cards:
 * @file: a deck exported by Loop Bakery (.json) or a CSV file with the
 *   columns question, answer and tags
 * @n_imported: (out) (optional): how many cards were added
 *
 * Adds the cards of @file to the user's cards, all of them or, if anything
 * is wrong with the file, none.
 */
gboolean
bakery_study_import_cards (BakeryStudy  *self,
                           GFile        *file,
                           guint        *n_imported,
                           GError      **error)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(contents = load_text (file, &length, error)))
    return FALSE;

  basename = g_file_get_basename (file);

  if (g_str_has_suffix (basename, ".json"))
    cards = bakery_deck_parse_json (contents, length, error);
  else
    cards = bakery_deck_parse_csv (contents, length, error);

  if (cards == NULL)
    {
      prefix_error (error, file);
      return FALSE;
    }

  bakery_store_add_user_cards (self->store, cards);
  bakery_study_save_cards (self);
  bakery_study_rebuild (self);

  if (n_imported)
    *n_imported = cards->len;

  g_signal_emit (self, signals[CONTENT_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
bakery_study_export_cards (BakeryStudy  *self,
                           GFile        *file,
                           GError      **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = bakery_deck_to_json (bakery_store_get_user_cards (self->store));

  return g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

gboolean
bakery_study_import_progress (BakeryStudy  *self,
                              GFile        *file,
                              GError      **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(contents = load_text (file, &length, error)))
    return FALSE;

  if (!bakery_store_import_progress (self->store, contents, length, error))
    {
      prefix_error (error, file);
      return FALSE;
    }

  bakery_study_save_progress (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
bakery_study_export_progress (BakeryStudy  *self,
                              GFile        *file,
                              GError      **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = bakery_store_progress_to_json (self->store);

  return g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

/* After a change to the user's cards: the flashcards point into them, so
 * they are rebuilt before anything else can look at them.
 */
static void
bakery_study_cards_changed (BakeryStudy *self)
{
  bakery_study_rebuild (self);
  bakery_study_save_cards (self);
  g_signal_emit (self, signals[CONTENT_CHANGED], 0);
}

/**
 * bakery_study_save_user_card:
 * @card: the card as the user wrote it; a %NULL id makes a new card
 *
 * Adds @card to the user's cards, or replaces the card with its id where
 * it is, and saves the deck. The question and the answer must not be
 * blank; white space around them is dropped.
 *
 * Returns: (transfer full): the card's id, or %NULL if @card is not valid
 */
char *
bakery_study_save_user_card (BakeryStudy           *self,
                             const BakeryUserCard  *card,
                             GError               **error)
{
  g_autoptr(BakeryUserCard) clean = NULL;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);
  g_return_val_if_fail (card != NULL, NULL);
  g_return_val_if_fail (card->id == NULL || g_str_has_prefix (card->id, "my-"), NULL);

  clean = bakery_user_card_new (card->id,
                                card->question ? card->question : "",
                                card->answer ? card->answer : "",
                                card->topic,
                                (const char * const *)card->tags);
  g_strstrip (clean->question);
  g_strstrip (clean->answer);

  if (*clean->question == '\0')
    {
      g_set_error_literal (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                           _("The question is empty"));
      return NULL;
    }

  if (*clean->answer == '\0')
    {
      g_set_error_literal (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                           _("The answer is empty"));
      return NULL;
    }

  if (clean->topic != NULL && bakery_content_lookup_topic (self->content, clean->topic) == NULL)
    g_clear_pointer (&clean->topic, g_free);

  bakery_store_insert_user_card (self->store, clean, G_MAXUINT);
  bakery_study_cards_changed (self);

  return g_strdup (clean->id);
}

/**
 * bakery_study_delete_user_card:
 * @position: (out) (optional): where the card was, for
 *   bakery_study_restore_user_card()
 *
 * Removes one of the user's cards and saves the deck. Its review history
 * stays, so that an undo brings the card back as it was.
 *
 * Returns: (transfer full) (nullable): the card removed, or %NULL if the
 *   user has no card @card_id
 */
BakeryUserCard *
bakery_study_delete_user_card (BakeryStudy *self,
                               const char  *card_id,
                               guint       *position)
{
  BakeryUserCard *card;
  GPtrArray *cards;
  int found;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  cards = bakery_store_get_user_cards (self->store);
  if ((found = bakery_store_find_user_card (self->store, card_id)) < 0)
    return NULL;

  if (position)
    *position = (guint)found;

  /* Stolen, not freed: the flashcards point into it until the rebuild. */
  card = g_ptr_array_steal_index (cards, found);
  bakery_study_cards_changed (self);

  return card;
}

/**
 * bakery_study_restore_user_card:
 * @card: a card returned by bakery_study_delete_user_card()
 * @position: where it was
 *
 * Puts a deleted card back where it was, and saves the deck.
 */
void
bakery_study_restore_user_card (BakeryStudy          *self,
                                const BakeryUserCard *card,
                                guint                 position)
{
  g_return_if_fail (BAKERY_IS_STUDY (self));
  g_return_if_fail (card != NULL && card->id != NULL);

  bakery_store_insert_user_card (self->store, card, position);
  bakery_study_cards_changed (self);
}

/* "Timers & promises!" → "timers-promises" */
static char *
slugify (const char *title)
{
  g_autofree char *ascii = g_str_to_ascii (title, NULL);
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  if (slug->len == 0)
    g_string_append (slug, "scenario");

  if (slug->len > 48)
    g_string_truncate (slug, 48);

  return g_string_free (slug, FALSE);
}

/**
 * bakery_study_save_user_scenario:
 * @source: the scenario; its `// @title` names the file
 *
 * Adds @source to the user's scenario library, beside the built-in ones.
 *
 * Returns: (transfer full): the new scenario's id, or %NULL on error
 */
char *
bakery_study_save_user_scenario (BakeryStudy  *self,
                                 const char   *source,
                                 GError      **error)
{
  g_autoptr(JsScenario) header = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *slug = NULL;
  g_autofree char *path = NULL;
  g_autofree char *stem = NULL;

  g_return_val_if_fail (BAKERY_IS_STUDY (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  header = js_scenario_parse (source, -1);
  slug = slugify (header->title ? header->title : "");
  dir = bakery_store_dup_user_scenarios_dir (self->store);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  stem = g_strdup (slug);
  path = g_strdup_printf ("%s/%s.js", dir, stem);
  for (guint i = 2; g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_free (stem);
      g_free (path);
      stem = g_strdup_printf ("%s-%u", slug, i);
      path = g_strdup_printf ("%s/%s.js", dir, stem);
    }

  if (!g_file_set_contents (path, source, -1, error))
    return NULL;

  bakery_study_load_content (self);
  bakery_study_rebuild (self);
  g_signal_emit (self, signals[CONTENT_CHANGED], 0);

  return g_strdup_printf ("my-%s", stem);
}
