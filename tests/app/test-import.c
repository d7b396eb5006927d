/* test-import.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bakery-deck.h"
#include "bakery-quiz.h"

static BakeryUserCard *
card_at (GPtrArray *cards,
         guint      i)
{
  return g_ptr_array_index (cards, i);
}

static void
test_csv_valid (void)
{
  static const char csv[] =
    "\xEF\xBB\xBF" "question,answer,tags\r\n"
    "What runs first?,\"Microtasks, then one macrotask\",event-loop; promises\r\n"
    "\"Say \"\"hello\"\"\",\"line one\nline two\",\r\n"
    "\r\n"
    "<b>bold?</b>,&amp; stays as typed\n"
    "last line,no final break";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = bakery_deck_parse_csv (csv, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 4);

  g_assert_cmpstr (card_at (cards, 0)->question, ==, "What runs first?");
  g_assert_cmpstr (card_at (cards, 0)->answer, ==, "Microtasks, then one macrotask");
  g_assert_cmpuint (g_strv_length (card_at (cards, 0)->tags), ==, 2);
  g_assert_cmpstr (card_at (cards, 0)->tags[0], ==, "event-loop");
  g_assert_cmpstr (card_at (cards, 0)->tags[1], ==, "promises");
  g_assert_true (g_str_has_prefix (card_at (cards, 0)->id, "my-"));

  g_assert_cmpstr (card_at (cards, 1)->question, ==, "Say \"hello\"");
  g_assert_cmpstr (card_at (cards, 1)->answer, ==, "line one\nline two");
  g_assert_cmpuint (g_strv_length (card_at (cards, 1)->tags), ==, 0);

  /* Never interpreted: kept exactly as typed. */
  g_assert_cmpstr (card_at (cards, 2)->question, ==, "<b>bold?</b>");
  g_assert_cmpstr (card_at (cards, 2)->answer, ==, "&amp; stays as typed");

  g_assert_cmpstr (card_at (cards, 3)->answer, ==, "no final break");
  g_assert_cmpstr (card_at (cards, 0)->id, !=, card_at (cards, 1)->id);
}

static void
test_csv_invalid (void)
{
  static const struct {
    const char *csv;
    const char *message;
  } cases[] = {
    { "q,a\nonly one field\n", "Line 2: expected 2 or 3 fields" },
    { "q,a\nq,a,t,extra\n", "Line 2: expected 2 or 3 fields (question, answer, tags), found 4" },
    { "q,a\n\"never closed,a\nmore\n", "Line 2: a quoted field is never closed" },
    { "q,a\nab\"c,d\n", "Line 2: a quote in the middle of a field" },
    { "\"q\"x,a\n", "Line 1: text after a closing quote" },
    { "q,a\n,answer\n", "Line 2: the question is empty" },
    { "q,a\nquestion,  \n", "Line 2: the answer is empty" },
    { "q,a\n\"multi\nline\",a\nbroken\n", "Line 4: expected 2 or 3 fields" },
    { "", "The file has no cards" },
    { "question,answer\n", "The file has no cards" },
    { "ok,fine\n\xff\xfe,x\n", "Line 2: the text is not valid UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cards = bakery_deck_parse_csv (cases[i].csv, -1, &error);

      g_assert_null (cards);
      g_assert_error (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID);
      g_test_message ("%s", error->message);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

static void
test_csv_many_errors (void)
{
  g_autoptr(GString) csv = g_string_new ("question,answer\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  for (guint i = 0; i < 9; i++)
    g_string_append (csv, "lonely\n");

  cards = bakery_deck_parse_csv (csv->str, -1, &error);
  g_assert_null (cards);
  g_assert_nonnull (strstr (error->message, "Line 2:"));
  g_assert_nonnull (strstr (error->message, "Line 6:"));
  g_assert_null (strstr (error->message, "Line 7:"));
  g_assert_nonnull (strstr (error->message, "4 more problems"));
}

static void
test_json_round_trip (void)
{
  const char *tags[] = { "node", NULL };
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify)bakery_user_card_free);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  g_ptr_array_add (cards, bakery_user_card_new ("my-a", "Q <i>1</i>", "A \"1\"", "node", tags));
  g_ptr_array_add (cards, bakery_user_card_new ("my-b", "Q2", "A2", NULL, NULL));

  json = bakery_deck_to_json (cards);
  parsed = bakery_deck_parse_json (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 2);
  g_assert_cmpstr (card_at (parsed, 0)->id, ==, "my-a");
  g_assert_cmpstr (card_at (parsed, 0)->question, ==, "Q <i>1</i>");
  g_assert_cmpstr (card_at (parsed, 0)->answer, ==, "A \"1\"");
  g_assert_cmpstr (card_at (parsed, 0)->topic, ==, "node");
  g_assert_cmpstr (card_at (parsed, 0)->tags[0], ==, "node");
  g_assert_null (card_at (parsed, 1)->topic);
}

static void
test_json_invalid (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{ \"version\": 1, \"cards\": [", "Not valid JSON" },
    { "[]", "must be a JSON object" },
    { "{\"cards\": []}", "no “version”" },
    { "{\"version\": 2, \"cards\": []}", "has version 2" },
    { "{\"version\": 1}", "no “cards” list" },
    { "{\"version\": 1, \"cards\": [{\"question\": \"q\", \"answer\": \"a\"}, 5]}", "Card 2: not an object" },
    { "{\"version\": 1, \"cards\": [{\"answer\": \"a\"}]}", "Card 1: missing “question”" },
    { "{\"version\": 1, \"cards\": [{\"question\": \"q\", \"answer\": \"\"}]}", "Card 1: missing “answer”" },
    { "{\"version\": 1, \"cards\": [{\"question\": \"q\", \"answer\": \"a\", \"tags\": [1]}]}", "Card 1: “tags” must be a list of strings" },
    { "{\"version\": 1, \"cards\": [{\"id\": \"what-is-promise\", \"question\": \"q\", \"answer\": \"a\"}]}", "Card 1: an “id” must start with “my-”" },
    { "{\"version\": 1, \"cards\": [{\"id\": \"my-x\", \"question\": \"q\", \"answer\": \"a\"}, {\"id\": \"my-x\", \"question\": \"q\", \"answer\": \"a\"}]}", "Card 2: the id “my-x” is used twice" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) cards = bakery_deck_parse_json (cases[i].json, -1, &error);

      g_assert_null (cards);
      g_assert_error (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID);
      g_test_message ("%s", error->message);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not contain “%s”", i, error->message, cases[i].message);
    }
}

static void
test_quiz_grade (void)
{
  g_auto(GStrv) expected = bakery_quiz_split_lines ("start\nend\npromise\ntimeout\n");
  g_auto(GStrv) right = bakery_quiz_split_lines ("start\r\n  end \npromise\ntimeout\n\n\n");
  g_auto(GStrv) swapped = bakery_quiz_split_lines ("start\nend\ntimeout\npromise");
  g_auto(GStrv) short_answer = bakery_quiz_split_lines ("start\nend");
  g_auto(GStrv) long_answer = bakery_quiz_split_lines ("start\nend\npromise\ntimeout\nmore");
  g_auto(GStrv) empty = bakery_quiz_split_lines ("");
  guint first = 0;

  g_assert_cmpuint (g_strv_length (expected), ==, 4);
  g_assert_cmpuint (g_strv_length (empty), ==, 0);

  g_assert_true (bakery_quiz_grade ((const char * const *)expected, (const char * const *)right, &first));
  g_assert_cmpuint (first, ==, G_MAXUINT);

  g_assert_false (bakery_quiz_grade ((const char * const *)expected, (const char * const *)swapped, &first));
  g_assert_cmpuint (first, ==, 2);

  g_assert_false (bakery_quiz_grade ((const char * const *)expected, (const char * const *)short_answer, &first));
  g_assert_cmpuint (first, ==, 2);

  g_assert_false (bakery_quiz_grade ((const char * const *)expected, (const char * const *)long_answer, &first));
  g_assert_cmpuint (first, ==, 4);

  g_assert_true (bakery_quiz_grade ((const char * const *)empty, (const char * const *)empty, &first));
}

static void
test_quiz_shuffle (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  const char *lines[] = { "1", "5", "3", "4", "2", NULL };
  const char *same[] = { "x", "x", NULL };

  for (guint i = 0; i < 50; i++)
    {
      g_auto(GStrv) shuffled = bakery_quiz_shuffle (lines, rand);

      /* Never the answer itself, always the same lines. */
      g_assert_false (bakery_quiz_grade (lines, (const char * const *)shuffled, NULL));
      g_assert_cmpuint (g_strv_length (shuffled), ==, 5);
      for (guint j = 0; lines[j]; j++)
        g_assert_true (g_strv_contains ((const char * const *)shuffled, lines[j]));
    }

  {
    g_auto(GStrv) shuffled = bakery_quiz_shuffle (same, rand);

    g_assert_true (bakery_quiz_grade (same, (const char * const *)shuffled, NULL));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/valid", test_csv_valid);
  g_test_add_func ("/import/csv/invalid", test_csv_invalid);
  g_test_add_func ("/import/csv/many-errors", test_csv_many_errors);
  g_test_add_func ("/import/json/round-trip", test_json_round_trip);
  g_test_add_func ("/import/json/invalid", test_json_invalid);
  g_test_add_func ("/quiz/grade", test_quiz_grade);
  g_test_add_func ("/quiz/shuffle", test_quiz_shuffle);

  return g_test_run ();
}
