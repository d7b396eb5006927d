/* test-store.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bakery-stats.h"
#include "bakery-store.h"

#define T0 G_GINT64_CONSTANT (1700000000)

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-store-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }

  g_rmdir (path);
}

static guint
count_files_with_prefix (const char *dir,
                         const char *prefix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint count = 0;

  while (handle && (name = g_dir_read_name (handle)))
    count += g_str_has_prefix (name, prefix);

  return count;
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* The card editor's operations: a new card where asked, an edit in place. */
static void
test_user_card_insert (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(BakeryStore) reloaded = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BakeryUserCard) a = bakery_user_card_new ("my-a", "A?", "a", NULL, NULL);
  g_autoptr(BakeryUserCard) b = bakery_user_card_new ("my-b", "B?", "b", "tasks", NULL);
  g_autoptr(BakeryUserCard) c = bakery_user_card_new ("my-c", "C?", "c", NULL, NULL);
  g_autoptr(BakeryUserCard) b2 = bakery_user_card_new ("my-b", "B, again?", "b2", NULL, NULL);
  GPtrArray *cards;

  warnings = bakery_store_load (store);
  g_assert_cmpint (bakery_store_find_user_card (store, "my-a"), ==, -1);

  bakery_store_insert_user_card (store, a, G_MAXUINT);
  bakery_store_insert_user_card (store, c, G_MAXUINT);
  bakery_store_insert_user_card (store, b, 1);
  g_assert_cmpint (bakery_store_find_user_card (store, "my-a"), ==, 0);
  g_assert_cmpint (bakery_store_find_user_card (store, "my-b"), ==, 1);
  g_assert_cmpint (bakery_store_find_user_card (store, "my-c"), ==, 2);

  /* Same id: replaced where it is, whatever the position says. */
  bakery_store_insert_user_card (store, b2, 0);
  cards = bakery_store_get_user_cards (store);
  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpstr (((BakeryUserCard *)g_ptr_array_index (cards, 1))->question, ==, "B, again?");
  g_assert_null (((BakeryUserCard *)g_ptr_array_index (cards, 1))->topic);

  g_assert_true (bakery_store_remove_user_card (store, "my-a"));
  g_assert_false (bakery_store_remove_user_card (store, "my-a"));
  g_assert_cmpint (bakery_store_find_user_card (store, "my-c"), ==, 1);

  g_assert_true (bakery_store_save_cards (store, &error));
  g_assert_no_error (error);
  reloaded = bakery_store_new (dir);
  g_clear_pointer (&warnings, g_ptr_array_unref);
  warnings = bakery_store_load (reloaded);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpint (bakery_store_find_user_card (reloaded, "my-b"), ==, 0);
  g_assert_cmpint (bakery_store_find_user_card (reloaded, "my-c"), ==, 1);

  remove_tree (dir);
}

static void
test_round_trip (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(BakeryStore) again = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  const BakeryCardState *state;
  const char *tags[] = { "promises", "mine", NULL };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify)bakery_user_card_free);

  warnings = bakery_store_load (store);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  bakery_store_add_review (store, "explain-event-loop", BAKERY_GRADE_GOOD, T0);
  bakery_store_add_review (store, "explain-event-loop", BAKERY_GRADE_EASY, T0 + 4 * 86400);
  bakery_store_add_quiz_result (store, "seed-deep-dive", TRUE, T0 + 10);
  g_ptr_array_add (cards, bakery_user_card_new ("my-1", "What is <b>?", "Not markup & never", NULL, tags));
  bakery_store_add_user_cards (store, cards);

  g_assert_true (bakery_store_save_progress (store, &error));
  g_assert_no_error (error);
  g_assert_true (bakery_store_save_cards (store, &error));
  g_assert_no_error (error);

  json = read_file (dir, "progress.json");
  g_assert_nonnull (strstr (json, "\"version\" : 1"));

  again = bakery_store_new (dir);
  warnings = bakery_store_load (again);
  g_assert_cmpuint (warnings->len, ==, 0);

  state = bakery_store_lookup_card (again, "explain-event-loop");
  g_assert_nonnull (state);
  g_assert_cmpuint (state->reps, ==, 2);
  g_assert_cmpint (state->last_review, ==, T0 + 4 * 86400);
  g_assert_cmpfloat_with_epsilon (state->stability, bakery_store_lookup_card (store, "explain-event-loop")->stability, 1e-9);
  g_assert_cmpuint (bakery_store_get_reviews (again)->len, ==, 2);
  g_assert_cmpuint (bakery_store_get_quiz_results (again)->len, ==, 1);
  g_assert_true (((BakeryQuizResult *)g_ptr_array_index (bakery_store_get_quiz_results (again), 0))->correct);
  g_assert_cmpuint (bakery_store_get_user_cards (again)->len, ==, 1);
  g_assert_cmpstr (((BakeryUserCard *)g_ptr_array_index (bakery_store_get_user_cards (again), 0))->question, ==, "What is <b>?");

  remove_tree (dir);
}

/* g_file_set_contents writes a temporary file and renames it: after a
 * save, only the file itself is there, never a half-written one.
 */
static void
test_atomic_write (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(GPtrArray) warnings = bakery_store_load (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = NULL;
  const char *name;

  for (guint i = 0; i < 20; i++)
    {
      bakery_store_add_review (store, "what-is-promise", BAKERY_GRADE_GOOD, T0 + i * 86400);
      g_assert_true (bakery_store_save_progress (store, &error));
      g_assert_no_error (error);
    }

  handle = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)))
    g_assert_cmpstr (name, ==, "progress.json");

  remove_tree (dir);
}

static void
test_missing_directory (void)
{
  g_autofree char *parent = make_temp_dir ();
  g_autofree char *dir = g_build_filename (parent, "deeper", "loop-bakery", NULL);
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(GPtrArray) warnings = bakery_store_load (store);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);

  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  bakery_store_add_review (store, "what-is-promise", BAKERY_GRADE_HARD, T0);
  g_assert_true (bakery_store_save_progress (store, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  remove_tree (parent);
}

static void
check_set_aside (const char *contents,
                 const char *reason)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = g_strdup_printf ("progress.json.%s-", reason);
  g_autoptr(GDir) handle = NULL;
  const char *name;
  g_autofree char *backup = NULL;
  g_autofree char *kept = NULL;

  write_file (dir, "progress.json", contents);

  warnings = bakery_store_load (store);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_test_message ("%s", (char *)g_ptr_array_index (warnings, 0));
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), prefix));

  /* Kept beside itself, byte for byte, under a dated name. */
  g_assert_cmpuint (count_files_with_prefix (dir, prefix), ==, 1);
  handle = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (handle)))
    if (g_str_has_prefix (name, prefix))
      backup = g_strdup (name);
  g_assert_cmpuint (strlen (backup), ==, strlen (prefix) + strlen ("20250101-120000"));
  kept = read_file (dir, backup);
  g_assert_cmpstr (kept, ==, contents);

  /* The store starts empty and saving does not touch the backup. */
  g_assert_cmpuint (bakery_store_get_reviews (store)->len, ==, 0);
  bakery_store_add_review (store, "what-is-promise", BAKERY_GRADE_GOOD, T0);
  g_assert_true (bakery_store_save_progress (store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&kept, g_free);
  kept = read_file (dir, backup);
  g_assert_cmpstr (kept, ==, contents);

  remove_tree (dir);
}

static void
test_corrupt_file (void)
{
  check_set_aside ("{\"version\": 1, \"reviews\": [", "corrupt");
  check_set_aside ("[1, 2, 3]", "corrupt");
  check_set_aside ("{\"reviews\": []}", "corrupt");
  check_set_aside ("{\"version\": 1, \"reviews\": [{\"card\": \"x\", \"time\": 1, \"grade\": 7}]}", "corrupt");
  check_set_aside ("\xff\xfe not text", "corrupt");
}

static void
test_future_version (void)
{
  check_set_aside ("{\"version\": 2, \"cards\": {}, \"new-feature\": true}", "newer");
}

static void
test_backup_name (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 3, 4, 5, 6, 7);
  g_autofree char *name = bakery_store_backup_name ("/data/progress.json", "corrupt", when);

  g_assert_cmpstr (name, ==, "/data/progress.json.corrupt-20250304-050607");
}

static void
test_read_only_directory (void)
{
  g_autofree char *parent = make_temp_dir ();
  g_autofree char *dir = g_build_filename (parent, "loop-bakery", NULL);
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  g_autoptr(BakeryStore) store = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  /* root writes into read-only folders anyway: nothing to test then. */
  if (g_file_set_contents (probe, "x", -1, NULL))
    {
      g_chmod (dir, 0700);
      remove_tree (parent);
      g_test_skip ("running as root: a read-only folder is still writable");
      return;
    }

  store = bakery_store_new (dir);
  warnings = bakery_store_load (store);
  g_assert_cmpuint (warnings->len, ==, 0);

  bakery_store_add_review (store, "what-is-promise", BAKERY_GRADE_GOOD, T0);
  g_assert_false (bakery_store_save_progress (store, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "progress.json"));

  /* Nothing is lost in memory. */
  g_assert_cmpuint (bakery_store_get_reviews (store)->len, ==, 1);

  g_chmod (dir, 0700);
  remove_tree (parent);
}

static void
test_unreadable_file_not_overwritten (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder where the file should be cannot be read as a file. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);

  warnings = bakery_store_load (store);
  g_assert_cmpuint (warnings->len, ==, 1);

  g_assert_false (bakery_store_save_progress (store, &error));
  g_assert_error (error, BAKERY_STORE_ERROR, BAKERY_STORE_ERROR_NOT_LOADED);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));

  remove_tree (dir);
}

static void
test_import_progress (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BakeryStore) store = bakery_store_new (dir);
  g_autoptr(BakeryStore) other = bakery_store_new (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;

  bakery_store_add_review (store, "what-is-promise", BAKERY_GRADE_GOOD, T0);
  bakery_store_add_review (other, "what-is-promise", BAKERY_GRADE_GOOD, T0);
  bakery_store_add_review (other, "what-is-promise", BAKERY_GRADE_EASY, T0 + 86400 * 4);
  bakery_store_add_review (other, "call-stack", BAKERY_GRADE_AGAIN, T0 + 5);
  bakery_store_add_quiz_result (other, "seed-deep-dive", FALSE, T0);

  exported = bakery_store_progress_to_json (other);
  g_assert_true (bakery_store_import_progress (store, exported, -1, &error));
  g_assert_no_error (error);

  /* The newer state wins; the same review is not counted twice. */
  g_assert_cmpuint (bakery_store_lookup_card (store, "what-is-promise")->reps, ==, 2);
  g_assert_nonnull (bakery_store_lookup_card (store, "call-stack"));
  g_assert_cmpuint (bakery_store_get_reviews (store)->len, ==, 3);
  g_assert_cmpuint (bakery_store_get_quiz_results (store)->len, ==, 1);

  /* Importing again changes nothing. */
  g_assert_true (bakery_store_import_progress (store, exported, -1, &error));
  g_assert_cmpuint (bakery_store_get_reviews (store)->len, ==, 3);
  g_assert_cmpuint (bakery_store_get_quiz_results (store)->len, ==, 1);

  remove_tree (dir);
}

static void
test_import_progress_invalid (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "not json", "Not valid JSON" },
    { "{\"version\": 3}", "newer" },
    { "{\"version\": 1, \"cards\": {\"a\": {\"stability\": 1}}}", "Card “a”" },
    { "{\"version\": 1, \"reviews\": [{\"card\": \"a\", \"time\": 1, \"grade\": 3}, {\"card\": \"b\"}]}", "Review 2" },
    { "{\"version\": 1, \"quiz\": [{\"scenario\": \"s\", \"time\": 1, \"correct\": \"yes\"}]}", "Quiz result 1" },
  };
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(BakeryStore) store = bakery_store_new (dir);

  bakery_store_add_review (store, "what-is-promise", BAKERY_GRADE_GOOD, T0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (bakery_store_import_progress (store, cases[i].json, -1, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));

      /* Nothing changed. */
      g_assert_cmpuint (bakery_store_get_reviews (store)->len, ==, 1);
    }

  remove_tree (dir);
}

static BakeryReview *
review_new (const char *card,
            gint64      time,
            int         grade)
{
  BakeryReview *review = g_new0 (BakeryReview, 1);

  review->card_id = g_strdup (card);
  review->time = time;
  review->grade = grade;

  return review;
}

static void
review_free (BakeryReview *review)
{
  g_free (review->card_id);
  g_free (review);
}

static void
test_stats (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2025, 6, 15, 12, 0, 0);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func ((GDestroyNotify)review_free);
  g_autoptr(GHashTable) topics = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) accuracy = NULL;
  gint64 today = g_date_time_to_unix (now);
  guint counts[BAKERY_STATS_DAYS];

  g_assert_cmpuint (bakery_stats_streak (reviews, NULL, now), ==, 0);

  /* Yesterday and the two days before: a streak of 3 that today can extend. */
  g_ptr_array_add (reviews, review_new ("a", today - 3 * 86400, 3));
  g_ptr_array_add (reviews, review_new ("a", today - 2 * 86400, 1));
  g_ptr_array_add (reviews, review_new ("b", today - 86400, 4));
  g_ptr_array_add (reviews, review_new ("b", today - 86400 + 60, 2));
  g_ptr_array_add (reviews, review_new ("c", today - 40 * 86400, 3));
  g_assert_cmpuint (bakery_stats_streak (reviews, NULL, now), ==, 3);

  g_ptr_array_add (reviews, review_new ("a", today - 3600, 3));
  g_assert_cmpuint (bakery_stats_streak (reviews, NULL, now), ==, 4);

  bakery_stats_reviews_per_day (reviews, now, counts);
  g_assert_cmpuint (counts[BAKERY_STATS_DAYS - 1], ==, 1);
  g_assert_cmpuint (counts[BAKERY_STATS_DAYS - 2], ==, 2);
  g_assert_cmpuint (counts[BAKERY_STATS_DAYS - 3], ==, 1);
  g_assert_cmpuint (counts[BAKERY_STATS_DAYS - 4], ==, 1);
  g_assert_cmpuint (counts[0], ==, 0);

  g_hash_table_insert (topics, "a", "promises");
  g_hash_table_insert (topics, "b", "node");
  accuracy = bakery_stats_accuracy (reviews, NULL, topics, NULL);
  g_assert_cmpuint (accuracy->len, ==, 2);
  g_assert_cmpstr (((BakeryTopicAccuracy *)g_ptr_array_index (accuracy, 0))->topic, ==, "promises");
  g_assert_cmpuint (((BakeryTopicAccuracy *)g_ptr_array_index (accuracy, 0))->correct, ==, 2);
  g_assert_cmpuint (((BakeryTopicAccuracy *)g_ptr_array_index (accuracy, 0))->total, ==, 3);
  g_assert_cmpuint (((BakeryTopicAccuracy *)g_ptr_array_index (accuracy, 1))->correct, ==, 1);
  g_assert_cmpuint (((BakeryTopicAccuracy *)g_ptr_array_index (accuracy, 1))->total, ==, 2);

  g_assert_cmpint (bakery_stats_end_of_day (now), ==, g_date_time_to_unix (now) + 12 * 3600 - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/round-trip", test_round_trip);
  g_test_add_func ("/store/user-card-insert", test_user_card_insert);
  g_test_add_func ("/store/atomic-write", test_atomic_write);
  g_test_add_func ("/store/missing-directory", test_missing_directory);
  g_test_add_func ("/store/corrupt-file", test_corrupt_file);
  g_test_add_func ("/store/future-version", test_future_version);
  g_test_add_func ("/store/backup-name", test_backup_name);
  g_test_add_func ("/store/read-only-directory", test_read_only_directory);
  g_test_add_func ("/store/unreadable-file", test_unreadable_file_not_overwritten);
  g_test_add_func ("/store/import-progress", test_import_progress);
  g_test_add_func ("/store/import-progress-invalid", test_import_progress_invalid);
  g_test_add_func ("/stats/streak-days-accuracy", test_stats);

  return g_test_run ();
}
