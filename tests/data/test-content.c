/* test-content.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <unistd.h>

#include <glib/gstdio.h>

#include "js-parse.h"
#include "js-scenario.h"

#include "bakery-content.h"

/* Checks the study content in data/content with the loader the app uses —
 * required fields, unique ids, links to scenarios and topics — and then
 * what the app cannot check at run time: every scenario parses, its header
 * agrees with the index, it is bundled and, for Node, recorded. Every
 * failure names the file and the entry.
 */

static char *
content_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "content", NULL);
}

static BakeryContent *
load_content (void)
{
  g_autofree char *dir = content_dir ();
  g_autoptr(GError) error = NULL;
  BakeryContent *content = bakery_content_new_from_directory (dir, &error);

  if (content == NULL)
    g_error ("%s", error->message);

  return content;
}

static void
test_loads (void)
{
  g_autoptr(BakeryContent) content = load_content ();

  g_test_message ("%u topics, %u cards, %u answers, %u scenarios",
                  content->topics->len, content->cards->len,
                  content->answers->len, content->scenarios->len);

  g_assert_cmpuint (content->answers->len, >=, 40);
  g_assert_cmpuint (content->scenarios->len, >=, 50);
  g_assert_cmpuint (content->cards->len, >=, content->topics->len);
}

static void
test_scenarios_parse (void)
{
  g_autoptr(BakeryContent) content = load_content ();

  for (guint i = 0; i < content->scenarios->len; i++)
    {
      const BakeryScenario *scenario = g_ptr_array_index (content->scenarios, i);
      JsAstArena *arena = js_ast_arena_new ();
      JsSyntaxError error = { 0 };
      gboolean browser = g_str_equal (scenario->host, "browser");
      g_autoptr(JsScenario) header = NULL;

      /* Node wraps a script in a function (CommonJS); browsers do not. */
      if (js_parse (arena, scenario->source, strlen (scenario->source),
                    browser ? JS_PARSE_SCRIPT : JS_PARSE_FUNCTION_BODY, &error) == NULL)
        {
          g_autofree char *message = js_syntax_error_format (&error);

          g_error ("%s: scenario “%s”: %s", scenario->file, scenario->id, message);
        }
      js_ast_arena_free (arena);

      header = js_scenario_parse (scenario->source, -1);

      if (header->warnings->len > 0)
        g_error ("%s: scenario “%s”: header: %s", scenario->file, scenario->id,
                 (char *)g_ptr_array_index (header->warnings, 0));
      if (g_strcmp0 (header->title, scenario->title) != 0)
        g_error ("%s: scenario “%s”: the header's @title “%s” is not the index's “%s”",
                 scenario->file, scenario->id, header->title, scenario->title);
      if (!header->host_given || (header->host == JS_HOST_BROWSER) != browser)
        g_error ("%s: scenario “%s”: the header's @host is not the index's “%s”",
                 scenario->file, scenario->id, scenario->host);
      if (header->notes->len == 0)
        g_error ("%s: scenario “%s”: the header has no @note", scenario->file, scenario->id);
      {
        g_autofree char *expected = g_strdup_printf ("scenarios/%s.js", scenario->id);

        if (!g_str_equal (scenario->file, expected))
          g_error ("scenarios.json: scenario “%s”: the file must be %s", scenario->id, expected);
      }
    }
}

static void
test_no_orphans (void)
{
  g_autoptr(BakeryContent) content = load_content ();
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "content", "scenarios", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name;

  g_assert_nonnull (handle);

  while ((name = g_dir_read_name (handle)))
    {
      g_autofree char *id = g_strndup (name, strlen (name) - 3);

      if (!g_str_has_suffix (name, ".js"))
        g_error ("data/content/scenarios/%s: only scenarios (.js) belong here", name);
      if (bakery_content_lookup_scenario (content, id) == NULL)
        g_error ("data/content/scenarios/%s: not listed in scenarios.json", name);
    }

  /* Every scenario is shown by a card or an answer, so the Study view
   * reaches it from a topic.
   */
  for (guint i = 0; i < content->cards->len; i++)
    {
      const BakeryCheatCard *card = g_ptr_array_index (content->cards, i);

      for (guint j = 0; card->scenarios[j]; j++)
        g_hash_table_add (linked, card->scenarios[j]);
    }
  for (guint i = 0; i < content->answers->len; i++)
    {
      const BakeryAnswer *answer = g_ptr_array_index (content->answers, i);

      for (guint j = 0; answer->scenarios[j]; j++)
        g_hash_table_add (linked, answer->scenarios[j]);
    }
  for (guint i = 0; i < content->scenarios->len; i++)
    {
      const BakeryScenario *scenario = g_ptr_array_index (content->scenarios, i);

      if (!g_hash_table_contains (linked, scenario->id))
        g_error ("scenarios.json: scenario “%s”: no card or answer links to it", scenario->id);
    }

  /* And every topic has cards. */
  for (guint i = 0; i < content->topics->len; i++)
    {
      const BakeryTopic *topic = g_ptr_array_index (content->topics, i);
      gboolean found = FALSE;

      for (guint j = 0; j < content->cards->len && !found; j++)
        found = g_str_equal (((BakeryCheatCard *)g_ptr_array_index (content->cards, j))->topic, topic->id);

      if (!found)
        g_error ("cheatsheet.json: topic “%s”: no card", topic->id);
    }
}

static guint
count_sentences (const char *text)
{
  guint count = 0;

  for (const char *p = text; *p; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || p[1] == '\0' || p[1] == '\n'))
      count++;

  return count;
}

static void
test_answers_shape (void)
{
  g_autoptr(BakeryContent) content = load_content ();

  for (guint i = 0; i < content->answers->len; i++)
    {
      const BakeryAnswer *answer = g_ptr_array_index (content->answers, i);
      guint sentences = count_sentences (answer->short_answer);

      /* Something to say aloud: two to four sentences. */
      if (sentences < 2 || sentences > 4)
        g_error ("answers.json: answer “%s”: the short answer has %u sentences, not 2–4",
                 answer->id, sentences);
      if (!g_str_has_suffix (answer->question, "?") && !g_str_has_suffix (answer->question, "."))
        g_error ("answers.json: answer “%s”: the question must end with ? or .", answer->id);
    }
}

static void
test_bundled_and_recorded (void)
{
  g_autoptr(BakeryContent) content = load_content ();
  g_autofree char *manifest_path = g_test_build_filename (G_TEST_DIST, "data", "io.github.loopbakery.LoopBakery.gresource.xml", NULL);
  g_autofree char *manifest = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const files[] = { "answers.json", "cheatsheet.json", "scenarios.json" };

  g_file_get_contents (manifest_path, &manifest, NULL, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *entry = g_strdup_printf (">data/content/%s<", files[i]);

      if (strstr (manifest, entry) == NULL)
        g_error ("%s: not in the GResource manifest", files[i]);
    }

  for (guint i = 0; i < content->scenarios->len; i++)
    {
      const BakeryScenario *scenario = g_ptr_array_index (content->scenarios, i);
      g_autofree char *entry = g_strdup_printf ("alias=\"content/%s\">data/content/%s<", scenario->file, scenario->file);

      if (strstr (manifest, entry) == NULL)
        g_error ("%s: scenario “%s”: not in the GResource manifest", scenario->file, scenario->id);

      {
        gboolean node = g_str_equal (scenario->host, "node");
        g_autofree char *out = g_test_build_filename (G_TEST_DIST, "tests", "scenarios", NULL);
        g_autofree char *out_file = g_strdup_printf ("%s/%s.out", out, scenario->id);
        g_autofree char *code_file = g_strdup_printf ("%s/%s.code", out, scenario->id);

        /* A page has no exit code: a browser recording is only the .out. */
        if (!g_file_test (out_file, G_FILE_TEST_IS_REGULAR) ||
            (node && !g_file_test (code_file, G_FILE_TEST_IS_REGULAR)))
          g_error ("%s: scenario “%s”: no %s recording in tests/scenarios (run record.py)",
                   scenario->file, scenario->id, node ? "Node" : "Chromium");
      }
    }
}

/* Copies data/content into a temporary folder, with @file replaced. */
static char *
copy_content_with (const char *file,
                   const char *contents)
{
  g_autofree char *source = content_dir ();
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-content-XXXXXX", &error);
  g_autofree char *scenarios = g_build_filename (dir, "scenarios", NULL);
  g_autofree char *source_scenarios = g_build_filename (source, "scenarios", NULL);
  static const char * const files[] = { "answers.json", "cheatsheet.json", "scenarios.json" };

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_build_filename (source, files[i], NULL);
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      g_autofree char *text = NULL;

      g_file_get_contents (from, &text, NULL, &error);
      g_assert_no_error (error);
      g_file_set_contents (to, g_str_equal (files[i], file) ? contents : text, -1, &error);
      g_assert_no_error (error);
    }

  g_assert_cmpint (symlink (source_scenarios, scenarios), ==, 0);

  return dir;
}

static void
remove_copy (const char *dir)
{
  static const char * const files[] = { "answers.json", "cheatsheet.json", "scenarios.json", "scenarios" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* The loader's errors name the file and the entry. */
static void
test_errors_name_the_entry (void)
{
  static const struct {
    const char *file;
    const char *contents;
    const char *message;
  } cases[] = {
    { "answers.json",
      "{\"version\": 1, \"answers\": [{\"id\": \"q1\", \"topic\": \"promises\", \"question\": \"Q?\", \"deeper\": \"d\", \"wrong\": [\"w\"], \"scenarios\": [\"seed-deep-dive\"]}]}",
      "answers.json: answer “q1”: missing “short”" },
    { "answers.json",
      "{\"version\": 1, \"answers\": [{\"id\": \"q1\", \"topic\": \"promises\", \"question\": \"Q?\", \"short\": \"s\", \"deeper\": \"d\", \"wrong\": [\"w\"], \"scenarios\": [\"no-such-scenario\"]}]}",
      "answers.json: answer “q1”: links to the unknown scenario “no-such-scenario”" },
    { "answers.json",
      "{\"version\": 1, \"answers\": [{\"id\": \"q1\", \"topic\": \"cooking\", \"question\": \"Q?\", \"short\": \"s\", \"deeper\": \"d\", \"wrong\": [\"w\"], \"scenarios\": [\"seed-deep-dive\"]}]}",
      "answers.json: answer “q1”: unknown topic “cooking”" },
    { "cheatsheet.json",
      "{\"version\": 1, \"topics\": [{\"id\": \"t\", \"title\": \"T\"}], \"cards\": [{\"id\": \"c\", \"topic\": \"t\", \"title\": \"x\", \"body\": \"y\", \"scenarios\": [\"seed-deep-dive\"]}, {\"id\": \"c\", \"topic\": \"t\", \"title\": \"x\", \"body\": \"y\", \"scenarios\": [\"seed-deep-dive\"]}]}",
      "cheatsheet.json: card “c”: the id is used twice" },
    { "scenarios.json",
      "{\"version\": 1, \"scenarios\": [{\"id\": \"s\", \"file\": \"scenarios/missing.js\", \"title\": \"t\", \"difficulty\": \"easy\", \"tags\": [\"x\"], \"host\": \"node\", \"explanation\": \"e\"}]}",
      "scenarios.json: scenario “s”: cannot read “scenarios/missing.js”" },
    { "scenarios.json",
      "{\"version\": 1, \"scenarios\": [{\"id\": \"s\", \"file\": \"scenarios/seed-deep-dive.js\", \"title\": \"t\", \"difficulty\": \"trivial\", \"tags\": [\"x\"], \"host\": \"node\", \"explanation\": \"e\"}]}",
      "scenarios.json: scenario “s”: difficulty must be" },
    { "scenarios.json", "{\"version\": 2, \"scenarios\": []}", "scenarios.json: “version” must be 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = copy_content_with (cases[i].file, cases[i].contents);
      g_autoptr(GError) error = NULL;
      g_autoptr(BakeryContent) content = bakery_content_new_from_directory (dir, &error);

      g_assert_null (content);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, cases[i].message);

      remove_copy (dir);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/loads", test_loads);
  g_test_add_func ("/content/scenarios-parse", test_scenarios_parse);
  g_test_add_func ("/content/no-orphans", test_no_orphans);
  g_test_add_func ("/content/answers-shape", test_answers_shape);
  g_test_add_func ("/content/bundled-and-recorded", test_bundled_and_recorded);
  g_test_add_func ("/content/errors-name-the-entry", test_errors_name_the_entry);

  return g_test_run ();
}
