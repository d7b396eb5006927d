/* bakery-store.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's data in $XDG_DATA_HOME/loop-bakery/:
 *
 *   progress.json   {"version": 1, "cards": {ID: state…}, "reviews": […], "quiz": […]}
 *   cards.json      the user's own flashcards, a deck (bakery-deck.c)
 *   scenarios/      the user's own scenarios, one .js file each
 *
 * Built-in content lives in the GResource, so upgrading the application
 * never touches these files.
 *
 * Every write replaces the file atomically (g_file_set_contents writes a
 * temporary file and renames it). A file that cannot be read as a version
 * this code knows — damaged, or written by a newer Loop Bakery — is renamed
 * beside itself (progress.json.corrupt-20250101-120000, or .newer-…) before
 * anything is written, and load() reports it; it is never overwritten. A
 * file that exists but cannot be read at all is left alone, and saving is
 * refused until it can be. No GTK here: tests/app/test-store.c tests it.
 */

#include "config.h"

#include <errno.h>
#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bakery-store.h"

#define PROGRESS_FILE "progress.json"
#define CARDS_FILE    "cards.json"

struct _BakeryStore
{
  char       *directory;
  GHashTable *cards;          /* card id → BakeryCardState */
  GPtrArray  *reviews;        /* BakeryReview, oldest first */
  GPtrArray  *quiz_results;   /* BakeryQuizResult, oldest first */
  GPtrArray  *user_cards;     /* BakeryUserCard */

  /* Set when a file exists but could not be read: saving over it could
   * destroy data that a later attempt would find.
   */
  guint       progress_unreadable : 1;
  guint       cards_unreadable : 1;
};

G_DEFINE_QUARK (bakery-store-error-quark, bakery_store_error)

static void
review_free (BakeryReview *review)
{
  g_free (review->card_id);
  g_free (review);
}

static void
quiz_result_free (BakeryQuizResult *result)
{
  g_free (result->scenario_id);
  g_free (result);
}

/**
 * bakery_store_new:
 * @directory: the folder for the user's files, such as
 *   g_get_user_data_dir()/loop-bakery; created when first written to
 */
BakeryStore *
bakery_store_new (const char *directory)
{
  BakeryStore *self;

  g_return_val_if_fail (directory != NULL, NULL);

  self = g_new0 (BakeryStore, 1);
  self->directory = g_strdup (directory);
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify)review_free);
  self->quiz_results = g_ptr_array_new_with_free_func ((GDestroyNotify)quiz_result_free);
  self->user_cards = g_ptr_array_new_with_free_func ((GDestroyNotify)bakery_user_card_free);

  return self;
}

void
bakery_store_free (BakeryStore *self)
{
  if (self == NULL)
    return;

  g_free (self->directory);
  g_hash_table_unref (self->cards);
  g_ptr_array_unref (self->reviews);
  g_ptr_array_unref (self->quiz_results);
  g_ptr_array_unref (self->user_cards);
  g_free (self);
}

const char *
bakery_store_get_directory (BakeryStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->directory;
}

char *
bakery_store_dup_user_scenarios_dir (BakeryStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_build_filename (self->directory, "scenarios", NULL);
}

/**
 * bakery_store_backup_name:
 * @path: the file to back up
 * @reason: "corrupt" or "newer"
 * @when: the time to put in the name
 *
 * Returns: (transfer full): @path with ".REASON-YYYYmmdd-HHMMSS" appended
 */
char *
bakery_store_backup_name (const char *path,
                          const char *reason,
                          GDateTime  *when)
{
  g_autofree char *stamp = g_date_time_format (when, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.%s-%s", path, reason, stamp);
}

/* Moves @path out of the way, to a name no other backup has. Returns the
 * new name, or %NULL if even that failed.
 */
static char *
back_up_file (const char *path,
              const char *reason)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *base = bakery_store_backup_name (path, reason, now);
  g_autofree char *target = g_strdup (base);

  for (guint i = 2; g_file_test (target, G_FILE_TEST_EXISTS); i++)
    {
      g_free (target);
      target = g_strdup_printf ("%s-%u", base, i);
    }

  if (g_rename (path, target) != 0)
    return NULL;

  return g_steal_pointer (&target);
}

static gboolean
read_version (JsonObject  *root,
              gint64      *version)
{
  JsonNode *node = json_object_get_member (root, "version");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  *version = json_node_get_int (node);

  return TRUE;
}

static gboolean
get_number (JsonObject *object,
            const char *name,
            double     *value)
{
  JsonNode *node = json_object_get_member (object, name);
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;

  *value = json_node_get_double (node);

  /* Callers convert to integers: an infinite or huge number ("1E900")
   * would make that conversion undefined. */
  return isfinite (*value) && fabs (*value) <= 9007199254740992.0;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

typedef struct
{
  GHashTable *cards;
  GPtrArray  *reviews;
  GPtrArray  *quiz_results;
} Progress;

static void
progress_clear (Progress *progress)
{
  g_clear_pointer (&progress->cards, g_hash_table_unref);
  g_clear_pointer (&progress->reviews, g_ptr_array_unref);
  g_clear_pointer (&progress->quiz_results, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Progress, progress_clear)

/* Parses a progress file, checking every entry; errors name the entry. */
static gboolean
parse_progress (const char  *text,
                gssize       length,
                Progress    *out,
                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonNode *node;
  gint64 version;

  out->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  out->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify)review_free);
  out->quiz_results = g_ptr_array_new_with_free_func ((GDestroyNotify)quiz_result_free);

  if (!json_parser_load_from_data (parser, text, length, &parse_error))
    {
      g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                   _("Not valid JSON: %s"), parse_error->message);
      return FALSE;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                           _("Progress must be a JSON object"));
      return FALSE;
    }

  root = json_node_get_object (node);

  if (!read_version (root, &version) || version < 1)
    {
      g_set_error_literal (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                           _("The file has no valid “version” number"));
      return FALSE;
    }

  if (version > BAKERY_STORE_VERSION)
    {
      g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_NEWER_VERSION,
                   _("The file was written by a newer Loop Bakery (version %d)"),
                   (int)MIN (version, G_MAXINT));
      return FALSE;
    }

  node = json_object_get_member (root, "cards");
  if (node != NULL)
    {
      JsonObject *cards;
      g_autoptr(GList) members = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error_literal (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                               _("“cards” must be an object"));
          return FALSE;
        }

      cards = json_node_get_object (node);
      members = json_object_get_members (cards);

      for (const GList *iter = members; iter != NULL; iter = iter->next)
        {
          const char *id = iter->data;
          JsonNode *card_node = json_object_get_member (cards, id);
          BakeryCardState state;
          double stability, difficulty, due, last, reps, lapses;
          JsonObject *card;

          if (!JSON_NODE_HOLDS_OBJECT (card_node))
            {
              g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                           _("Card “%s”: not an object"), id);
              return FALSE;
            }

          card = json_node_get_object (card_node);

          if (!get_number (card, "stability", &stability) || stability < 0 ||
              !get_number (card, "difficulty", &difficulty) || difficulty < 0 || difficulty > 10 ||
              !get_number (card, "due", &due) ||
              !get_number (card, "last_review", &last) ||
              !get_number (card, "reps", &reps) || reps < 0 || reps > G_MAXUINT ||
              !get_number (card, "lapses", &lapses) || lapses < 0 || lapses > G_MAXUINT)
            {
              g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                           _("Card “%s”: missing or invalid numbers"), id);
              return FALSE;
            }

          state.stability = stability;
          state.difficulty = difficulty;
          state.due = (gint64)due;
          state.last_review = (gint64)last;
          state.reps = (guint)reps;
          state.lapses = (guint)lapses;

          g_hash_table_insert (out->cards, g_strdup (id), g_memdup2 (&state, sizeof state));
        }
    }

  node = json_object_get_member (root, "reviews");
  if (node != NULL)
    {
      JsonArray *reviews;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error_literal (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                               _("“reviews” must be a list"));
          return FALSE;
        }

      reviews = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (reviews); i++)
        {
          JsonNode *element = json_array_get_element (reviews, i);
          BakeryReview *review;
          const char *card_id;
          double time, grade;
          JsonObject *object;

          if (!JSON_NODE_HOLDS_OBJECT (element) ||
              !(card_id = get_string ((object = json_node_get_object (element)), "card")) ||
              !get_number (object, "time", &time) ||
              !get_number (object, "grade", &grade) ||
              grade < G_MININT || grade > G_MAXINT ||
              !bakery_grade_is_valid ((int)grade))
            {
              g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                           _("Review %u: needs “card”, “time” and a “grade” from 1 to 4"), i + 1);
              return FALSE;
            }

          review = g_new0 (BakeryReview, 1);
          review->card_id = g_strdup (card_id);
          review->time = (gint64)time;
          review->grade = (int)grade;
          g_ptr_array_add (out->reviews, review);
        }
    }

  node = json_object_get_member (root, "quiz");
  if (node != NULL)
    {
      JsonArray *results;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error_literal (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                               _("“quiz” must be a list"));
          return FALSE;
        }

      results = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (results); i++)
        {
          JsonNode *element = json_array_get_element (results, i);
          BakeryQuizResult *result;
          const char *scenario_id;
          JsonNode *correct;
          JsonObject *object;
          double time;

          if (!JSON_NODE_HOLDS_OBJECT (element) ||
              !(scenario_id = get_string ((object = json_node_get_object (element)), "scenario")) ||
              !get_number (object, "time", &time) ||
              !(correct = json_object_get_member (object, "correct")) ||
              !JSON_NODE_HOLDS_VALUE (correct) ||
              json_node_get_value_type (correct) != G_TYPE_BOOLEAN)
            {
              g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_INVALID,
                           _("Quiz result %u: needs “scenario”, “time” and “correct”"), i + 1);
              return FALSE;
            }

          result = g_new0 (BakeryQuizResult, 1);
          result->scenario_id = g_strdup (scenario_id);
          result->time = (gint64)time;
          result->correct = json_node_get_boolean (correct);
          g_ptr_array_add (out->quiz_results, result);
        }
    }

  return TRUE;
}

/* Reads one file. Returns %FALSE, with a message in @warnings, when it
 * could not be used; sets *@unreadable when it must not be overwritten.
 */
static char *
read_file (BakeryStore  *self,
           const char   *name,
           gsize        *length,
           gboolean     *unreadable,
           GPtrArray    *warnings)
{
  g_autofree char *path = g_build_filename (self->directory, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  *unreadable = FALSE;

  if (!g_file_get_contents (path, &contents, length, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          *unreadable = TRUE;
          /* Translators: the first %s is a file path, the second an error message */
          g_ptr_array_add (warnings, g_strdup_printf (_("Could not read “%s”: %s. It will not be changed."),
                                                      path, error->message));
        }
      return NULL;
    }

  return contents;
}

static void
report_unusable (const char *path,
                 GError     *error,
                 GPtrArray  *warnings)
{
  gboolean newer = g_error_matches (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_NEWER_VERSION);
  g_autofree char *backup = back_up_file (path, newer ? "newer" : "corrupt");

  if (backup != NULL)
    /* Translators: the first %s is a file path, the second why it could not be read, the third the new name of the file */
    g_ptr_array_add (warnings, g_strdup_printf (_("“%s” could not be used (%s). It was kept as “%s” and a new one was started."),
                                                path, error->message, backup));
  else
    g_ptr_array_add (warnings, g_strdup_printf (_("“%s” could not be used (%s) nor be set aside. It will not be changed."),
                                                path, error->message));
}

/**
 * bakery_store_load:
 * @self: a #BakeryStore
 *
 * Reads the progress and the user's cards. Files that are missing give an
 * empty store; files that are damaged or too new are set aside.
 *
 * Returns: (transfer full): messages for the user about the files that
 *   could not be used, possibly empty
 */
GPtrArray *
bakery_store_load (BakeryStore *self)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *progress_path = NULL;
  g_autofree char *cards_path = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *cards = NULL;
  gboolean unreadable;
  gsize length;

  g_return_val_if_fail (self != NULL, warnings);

  progress_path = g_build_filename (self->directory, PROGRESS_FILE, NULL);
  cards_path = g_build_filename (self->directory, CARDS_FILE, NULL);

  g_hash_table_remove_all (self->cards);
  g_ptr_array_set_size (self->reviews, 0);
  g_ptr_array_set_size (self->quiz_results, 0);
  g_ptr_array_set_size (self->user_cards, 0);

  progress = read_file (self, PROGRESS_FILE, &length, &unreadable, warnings);
  self->progress_unreadable = unreadable;

  if (progress != NULL)
    {
      g_auto(Progress) parsed = { NULL };
      g_autoptr(GError) error = NULL;

      if (parse_progress (progress, length, &parsed, &error))
        {
          g_hash_table_unref (self->cards);
          self->cards = g_steal_pointer (&parsed.cards);
          g_ptr_array_unref (self->reviews);
          self->reviews = g_steal_pointer (&parsed.reviews);
          g_ptr_array_unref (self->quiz_results);
          self->quiz_results = g_steal_pointer (&parsed.quiz_results);
        }
      else
        {
          report_unusable (progress_path, error, warnings);
          self->progress_unreadable = g_file_test (progress_path, G_FILE_TEST_EXISTS);
        }
    }

  cards = read_file (self, CARDS_FILE, &length, &unreadable, warnings);
  self->cards_unreadable = unreadable;

  if (cards != NULL)
    {
      g_autoptr(GPtrArray) parsed = NULL;
      g_autoptr(GError) error = NULL;

      if ((parsed = bakery_deck_parse_json (cards, length, &error)))
        {
          g_ptr_array_extend_and_steal (self->user_cards, g_steal_pointer (&parsed));
        }
      else
        {
          /* The deck parser reports a newer version as invalid too. */
          report_unusable (cards_path, error, warnings);
          self->cards_unreadable = g_file_test (cards_path, G_FILE_TEST_EXISTS);
        }
    }

  return warnings;
}

static gboolean
write_file (BakeryStore  *self,
            const char   *name,
            const char   *contents,
            gboolean      unreadable,
            GError      **error)
{
  g_autofree char *path = g_build_filename (self->directory, name, NULL);
  g_autoptr(GError) local_error = NULL;

  if (unreadable)
    {
      g_set_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_NOT_LOADED,
                   _("“%s” could not be read, so it is not overwritten"), path);
      return FALSE;
    }

  if (g_mkdir_with_parents (self->directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), self->directory, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_set_contents_full (path, contents, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not save “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

char *
bakery_store_progress_to_json (BakeryStore *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) ids = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, BAKERY_STORE_VERSION);

  json_builder_set_member_name (builder, "cards");
  json_builder_begin_object (builder);
  ids = g_list_sort (g_hash_table_get_keys (self->cards), (GCompareFunc)g_strcmp0);
  for (const GList *iter = ids; iter != NULL; iter = iter->next)
    {
      const BakeryCardState *state = g_hash_table_lookup (self->cards, iter->data);

      json_builder_set_member_name (builder, iter->data);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "stability");
      json_builder_add_double_value (builder, state->stability);
      json_builder_set_member_name (builder, "difficulty");
      json_builder_add_double_value (builder, state->difficulty);
      json_builder_set_member_name (builder, "due");
      json_builder_add_int_value (builder, state->due);
      json_builder_set_member_name (builder, "last_review");
      json_builder_add_int_value (builder, state->last_review);
      json_builder_set_member_name (builder, "reps");
      json_builder_add_int_value (builder, state->reps);
      json_builder_set_member_name (builder, "lapses");
      json_builder_add_int_value (builder, state->lapses);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->reviews->len; i++)
    {
      const BakeryReview *review = g_ptr_array_index (self->reviews, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "card");
      json_builder_add_string_value (builder, review->card_id);
      json_builder_set_member_name (builder, "time");
      json_builder_add_int_value (builder, review->time);
      json_builder_set_member_name (builder, "grade");
      json_builder_add_int_value (builder, review->grade);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "quiz");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->quiz_results->len; i++)
    {
      const BakeryQuizResult *result = g_ptr_array_index (self->quiz_results, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "scenario");
      json_builder_add_string_value (builder, result->scenario_id);
      json_builder_set_member_name (builder, "time");
      json_builder_add_int_value (builder, result->time);
      json_builder_set_member_name (builder, "correct");
      json_builder_add_boolean_value (builder, result->correct);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

gboolean
bakery_store_save_progress (BakeryStore  *self,
                            GError      **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  json = bakery_store_progress_to_json (self);

  return write_file (self, PROGRESS_FILE, json, self->progress_unreadable, error);
}

gboolean
bakery_store_save_cards (BakeryStore  *self,
                         GError      **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  json = bakery_deck_to_json (self->user_cards);

  return write_file (self, CARDS_FILE, json, self->cards_unreadable, error);
}

/**
 * bakery_store_lookup_card:
 *
 * Returns: (transfer none) (nullable): the card's state, or %NULL if it
 *   was never reviewed
 */
BakeryCardState *
bakery_store_lookup_card (BakeryStore *self,
                          const char  *card_id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  return g_hash_table_lookup (self->cards, card_id);
}

BakeryCardState *
bakery_store_ensure_card (BakeryStore *self,
                          const char  *card_id)
{
  BakeryCardState *state;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  if (!(state = g_hash_table_lookup (self->cards, card_id)))
    {
      state = g_new0 (BakeryCardState, 1);
      g_hash_table_insert (self->cards, g_strdup (card_id), state);
    }

  return state;
}

/* Schedules the card and logs the review; the caller saves. */
void
bakery_store_add_review (BakeryStore *self,
                         const char  *card_id,
                         BakeryGrade  grade,
                         gint64       now)
{
  BakeryReview *review;

  g_return_if_fail (self != NULL);
  g_return_if_fail (card_id != NULL);
  g_return_if_fail (bakery_grade_is_valid (grade));

  bakery_scheduler_review (bakery_store_ensure_card (self, card_id), grade, now);

  review = g_new0 (BakeryReview, 1);
  review->card_id = g_strdup (card_id);
  review->time = now;
  review->grade = grade;
  g_ptr_array_add (self->reviews, review);
}

void
bakery_store_add_quiz_result (BakeryStore *self,
                              const char  *scenario_id,
                              gboolean     correct,
                              gint64       now)
{
  BakeryQuizResult *result;

  g_return_if_fail (self != NULL);
  g_return_if_fail (scenario_id != NULL);

  result = g_new0 (BakeryQuizResult, 1);
  result->scenario_id = g_strdup (scenario_id);
  result->time = now;
  result->correct = !!correct;
  g_ptr_array_add (self->quiz_results, result);
}

/**
 * bakery_store_get_reviews:
 *
 * Returns: (transfer none) (element-type BakeryReview): every review, oldest first
 */
GPtrArray *
bakery_store_get_reviews (BakeryStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->reviews;
}

/**
 * bakery_store_get_quiz_results:
 *
 * Returns: (transfer none) (element-type BakeryQuizResult): every quiz result, oldest first
 */
GPtrArray *
bakery_store_get_quiz_results (BakeryStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->quiz_results;
}

/**
 * bakery_store_get_user_cards:
 *
 * Returns: (transfer none) (element-type BakeryUserCard): the user's cards
 */
GPtrArray *
bakery_store_get_user_cards (BakeryStore *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->user_cards;
}

/* Adds copies of @cards, replacing cards with the same id. */
void
bakery_store_add_user_cards (BakeryStore *self,
                             GPtrArray   *cards)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cards != NULL);

  for (guint i = 0; i < cards->len; i++)
    {
      const BakeryUserCard *card = g_ptr_array_index (cards, i);

      bakery_store_remove_user_card (self, card->id);
      g_ptr_array_add (self->user_cards,
                       bakery_user_card_new (card->id, card->question, card->answer,
                                             card->topic, (const char * const *)card->tags));
    }
}

gboolean
bakery_store_remove_user_card (BakeryStore *self,
                               const char  *card_id)
{
  int position;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (card_id != NULL, FALSE);

  if ((position = bakery_store_find_user_card (self, card_id)) < 0)
    return FALSE;

  g_ptr_array_remove_index (self->user_cards, position);

  return TRUE;
}

/**
 * bakery_store_find_user_card:
 *
 * Returns: the position of the user's card @card_id, or -1
 */
int
bakery_store_find_user_card (BakeryStore *self,
                             const char  *card_id)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (card_id != NULL, -1);

  for (guint i = 0; i < self->user_cards->len; i++)
    {
      const BakeryUserCard *card = g_ptr_array_index (self->user_cards, i);

      if (g_strcmp0 (card->id, card_id) == 0)
        return (int)i;
    }

  return -1;
}

/**
 * bakery_store_insert_user_card:
 * @card: the card to copy
 * @position: where a new card goes; past the end appends
 *
 * Replaces the card with @card's id where it is, or inserts a copy of
 * @card at @position.
 */
void
bakery_store_insert_user_card (BakeryStore          *self,
                               const BakeryUserCard *card,
                               guint                 position)
{
  BakeryUserCard *copy;
  int existing;

  g_return_if_fail (self != NULL);
  g_return_if_fail (card != NULL && card->id != NULL);

  copy = bakery_user_card_new (card->id, card->question, card->answer,
                               card->topic, (const char * const *)card->tags);

  if ((existing = bakery_store_find_user_card (self, card->id)) >= 0)
    {
      bakery_user_card_free (g_ptr_array_index (self->user_cards, existing));
      g_ptr_array_index (self->user_cards, existing) = copy;
    }
  else
    g_ptr_array_insert (self->user_cards, MIN (position, self->user_cards->len), copy);
}

static gboolean
has_review (BakeryStore        *self,
            const BakeryReview *review)
{
  for (guint i = 0; i < self->reviews->len; i++)
    {
      const BakeryReview *other = g_ptr_array_index (self->reviews, i);

      if (other->time == review->time && g_str_equal (other->card_id, review->card_id))
        return TRUE;
    }

  return FALSE;
}

static int
compare_review_time (gconstpointer a,
                     gconstpointer b)
{
  const BakeryReview *ra = *(BakeryReview **)a;
  const BakeryReview *rb = *(BakeryReview **)b;

  return (ra->time > rb->time) - (ra->time < rb->time);
}

/**
 * bakery_store_import_progress:
 * @self: a #BakeryStore
 * @text: progress exported by bakery_store_progress_to_json()
 * @length: the length of @text, or -1
 * @error: where to say what is wrong, naming the entry
 *
 * Merges exported progress into the store: of two states of one card the
 * more recently reviewed wins, and reviews and quiz results are added
 * unless already there. Nothing changes if the file is invalid.
 */
gboolean
bakery_store_import_progress (BakeryStore  *self,
                              const char   *text,
                              gssize        length,
                              GError      **error)
{
  g_auto(Progress) parsed = { NULL };
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse_progress (text, length, &parsed, error))
    return FALSE;

  g_hash_table_iter_init (&iter, parsed.cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const BakeryCardState *theirs = value;
      BakeryCardState *ours = g_hash_table_lookup (self->cards, key);

      if (ours == NULL)
        g_hash_table_insert (self->cards, g_strdup (key), g_memdup2 (theirs, sizeof *theirs));
      else if (theirs->last_review > ours->last_review)
        *ours = *theirs;
    }

  for (guint i = 0; i < parsed.reviews->len; i++)
    {
      BakeryReview *review = g_ptr_array_index (parsed.reviews, i);

      if (!has_review (self, review))
        {
          BakeryReview *copy = g_new0 (BakeryReview, 1);

          copy->card_id = g_strdup (review->card_id);
          copy->time = review->time;
          copy->grade = review->grade;
          g_ptr_array_add (self->reviews, copy);
        }
    }
  g_ptr_array_sort (self->reviews, compare_review_time);

  for (guint i = 0; i < parsed.quiz_results->len; i++)
    {
      BakeryQuizResult *result = g_ptr_array_index (parsed.quiz_results, i);
      gboolean found = FALSE;

      for (guint j = 0; j < self->quiz_results->len && !found; j++)
        {
          BakeryQuizResult *other = g_ptr_array_index (self->quiz_results, j);

          found = other->time == result->time && g_str_equal (other->scenario_id, result->scenario_id);
        }

      if (!found)
        bakery_store_add_quiz_result (self, result->scenario_id, result->correct, result->time);
    }

  return TRUE;
}
