/* bakery-content.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in study material: cheatsheet.json (topics and cards),
 * answers.json (model answers) and scenarios.json (the scenario library,
 * whose scripts are in scenarios/). Loading checks everything the views
 * rely on — required fields, unique ids, links to scenarios and topics —
 * and fails naming the file and the entry, so that tests/data can load the
 * source tree with the same code. Expected outputs are never stored: the
 * engine computes them. No GTK here.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "js-scenario.h"

#include "bakery-content.h"

G_DEFINE_QUARK (bakery-content-error-quark, bakery_content_error)

static const char * const difficulties[] = { "easy", "medium", "hard", "expert", NULL };
static const char * const hosts[] = { "node", "browser", NULL };

typedef GBytes *(*LoadFunc) (const char  *relative,
                             gpointer     user_data,
                             GError     **error);

static void
topic_free (BakeryTopic *topic)
{
  g_free (topic->id);
  g_free (topic->title);
  g_free (topic);
}

static void
cheat_card_free (BakeryCheatCard *card)
{
  g_free (card->id);
  g_free (card->topic);
  g_free (card->title);
  g_free (card->body);
  g_free (card->code);
  g_strfreev (card->scenarios);
  g_free (card);
}

static void
answer_free (BakeryAnswer *answer)
{
  g_free (answer->id);
  g_free (answer->topic);
  g_free (answer->question);
  g_free (answer->short_answer);
  g_free (answer->deeper);
  g_strfreev (answer->wrong);
  g_strfreev (answer->scenarios);
  g_free (answer);
}

static void
scenario_free (BakeryScenario *scenario)
{
  g_free (scenario->id);
  g_free (scenario->file);
  g_free (scenario->path);
  g_free (scenario->title);
  g_free (scenario->difficulty);
  g_free (scenario->host);
  g_free (scenario->explanation);
  g_strfreev (scenario->tags);
  g_free (scenario->source);
  g_free (scenario);
}

BakeryContent *
bakery_content_new_empty (void)
{
  BakeryContent *self = g_new0 (BakeryContent, 1);

  self->topics = g_ptr_array_new_with_free_func ((GDestroyNotify)topic_free);
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify)cheat_card_free);
  self->answers = g_ptr_array_new_with_free_func ((GDestroyNotify)answer_free);
  self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify)scenario_free);
  self->scenario_ids = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

void
bakery_content_free (BakeryContent *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->scenario_ids);
  g_ptr_array_unref (self->topics);
  g_ptr_array_unref (self->cards);
  g_ptr_array_unref (self->answers);
  g_ptr_array_unref (self->scenarios);
  g_free (self);
}

gboolean
bakery_content_is_difficulty (const char *difficulty)
{
  return difficulty != NULL && g_strv_contains (difficulties, difficulty);
}

static gboolean
fail (GError     **error,
      const char  *file,
      const char  *what,
      const char  *id,
      const char  *format,
      ...) G_GNUC_PRINTF (5, 6);

/* "answers.json: answer “event-loop”: missing “short”" */
static gboolean
fail (GError     **error,
      const char  *file,
      const char  *what,
      const char  *id,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (what != NULL)
    g_set_error (error, BAKERY_CONTENT_ERROR, BAKERY_CONTENT_ERROR_INVALID,
                 "%s: %s “%s”: %s", file, what, id ? id : "?", message);
  else
    g_set_error (error, BAKERY_CONTENT_ERROR, BAKERY_CONTENT_ERROR_INVALID,
                 "%s: %s", file, message);

  return FALSE;
}

static JsonArray *
load_array (LoadFunc     load,
            gpointer     user_data,
            const char  *file,
            const char  *member,
            JsonParser **parser_out,
            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;

  if (!(bytes = load (file, user_data, &local_error)))
    {
      fail (error, file, NULL, NULL, "%s", local_error->message);
      return NULL;
    }

  if (!json_parser_load_from_data (parser,
                                   g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes),
                                   &local_error))
    {
      fail (error, file, NULL, NULL, "%s", local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, file, NULL, NULL, "not a JSON object");
      return NULL;
    }

  root = json_node_get_object (node);
  if (json_object_get_int_member_with_default (root, "version", 0) != 1)
    {
      fail (error, file, NULL, NULL, "“version” must be 1");
      return NULL;
    }

  node = json_object_get_member (root, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, file, NULL, NULL, "missing the “%s” list", member);
      return NULL;
    }

  *parser_out = g_steal_pointer (&parser);

  return json_node_get_array (node);
}

/* A required non-empty string member, or %NULL. */
static const char *
require_string (JsonObject *object,
                const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  value = json_node_get_string (node);

  return *value ? value : NULL;
}

/* A list of non-empty strings, or %NULL if @name is not one. */
static GStrv
require_strings (JsonObject *object,
                 const char *name,
                 gboolean    allow_empty)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);

  if (!allow_empty && json_array_get_length (array) == 0)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) ||
          json_node_get_value_type (element) != G_TYPE_STRING ||
          *json_node_get_string (element) == '\0')
        return NULL;

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

#define REQUIRE_STRING(var, object, name, file, what, id)                     \
  G_STMT_START {                                                              \
    if (!(var = require_string (object, name)))                               \
      return fail (error, file, what, id, "missing “%s”", name);              \
  } G_STMT_END

static gboolean
check_links (BakeryContent  *self,
             const char     *file,
             const char     *what,
             const char     *id,
             const char     *topic,
             GStrv           scenarios,
             GError        **error)
{
  if (bakery_content_lookup_topic (self, topic) == NULL)
    return fail (error, file, what, id, "unknown topic “%s”", topic);

  for (guint i = 0; scenarios[i] != NULL; i++)
    if (!g_hash_table_contains (self->scenario_ids, scenarios[i]))
      return fail (error, file, what, id, "links to the unknown scenario “%s”", scenarios[i]);

  return TRUE;
}

static gboolean
load_scenarios (BakeryContent  *self,
                LoadFunc        load,
                gpointer        user_data,
                GError        **error)
{
  static const char *file = "scenarios.json";
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *array;

  if (!(array = load_array (load, user_data, file, "scenarios", &parser, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      BakeryScenario *scenario;
      const char *id, *script, *title, *difficulty, *host, *explanation;
      JsonObject *object;
      GStrv tags;
      gsize size;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, file, NULL, NULL, "entry %u is not an object", i + 1);

      object = json_node_get_object (node);
      id = require_string (object, "id");
      if (id == NULL)
        return fail (error, file, NULL, NULL, "entry %u has no “id”", i + 1);

      REQUIRE_STRING (script, object, "file", file, "scenario", id);
      REQUIRE_STRING (title, object, "title", file, "scenario", id);
      REQUIRE_STRING (difficulty, object, "difficulty", file, "scenario", id);
      REQUIRE_STRING (host, object, "host", file, "scenario", id);
      REQUIRE_STRING (explanation, object, "explanation", file, "scenario", id);

      if (g_hash_table_contains (self->scenario_ids, id))
        return fail (error, file, "scenario", id, "the id is used twice");
      if (g_str_has_prefix (id, "my-"))
        return fail (error, file, "scenario", id, "ids starting with “my-” are kept for the user's own");
      if (!bakery_content_is_difficulty (difficulty))
        return fail (error, file, "scenario", id, "difficulty must be easy, medium, hard or expert");
      if (!g_strv_contains (hosts, host))
        return fail (error, file, "scenario", id, "host must be node or browser");
      if (!(tags = require_strings (object, "tags", FALSE)))
        return fail (error, file, "scenario", id, "“tags” must be a non-empty list of strings");

      scenario = g_new0 (BakeryScenario, 1);
      scenario->id = g_strdup (id);
      scenario->file = g_strdup (script);
      scenario->title = g_strdup (title);
      scenario->difficulty = g_strdup (difficulty);
      scenario->host = g_strdup (host);
      scenario->explanation = g_strdup (explanation);
      scenario->tags = tags;
      g_ptr_array_add (self->scenarios, scenario);
      g_hash_table_insert (self->scenario_ids, scenario->id, scenario);

      if (!(bytes = load (script, user_data, &local_error)))
        return fail (error, file, "scenario", id, "cannot read “%s”: %s", script, local_error->message);

      scenario->source = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
      if (!g_utf8_validate (scenario->source, -1, NULL) || strlen (scenario->source) != size)
        return fail (error, file, "scenario", id, "“%s” is not UTF-8 text", script);
    }

  return TRUE;
}

static gboolean
load_cheatsheet (BakeryContent  *self,
                 LoadFunc        load,
                 gpointer        user_data,
                 GError        **error)
{
  static const char *file = "cheatsheet.json";
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  JsonNode *topics;

  if (!(array = load_array (load, user_data, file, "cards", &parser, error)))
    return FALSE;

  topics = json_object_get_member (json_node_get_object (json_parser_get_root (parser)), "topics");
  if (topics == NULL || !JSON_NODE_HOLDS_ARRAY (topics) || json_array_get_length (json_node_get_array (topics)) == 0)
    return fail (error, file, NULL, NULL, "missing the “topics” list");

  for (guint i = 0; i < json_array_get_length (json_node_get_array (topics)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (topics), i);
      BakeryTopic *topic;
      const char *id, *title;

      if (!JSON_NODE_HOLDS_OBJECT (node) || !(id = require_string (json_node_get_object (node), "id")))
        return fail (error, file, NULL, NULL, "topic %u has no “id”", i + 1);
      REQUIRE_STRING (title, json_node_get_object (node), "title", file, "topic", id);
      if (bakery_content_lookup_topic (self, id) != NULL)
        return fail (error, file, "topic", id, "the id is used twice");

      topic = g_new0 (BakeryTopic, 1);
      topic->id = g_strdup (id);
      topic->title = g_strdup (title);
      g_ptr_array_add (self->topics, topic);
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      BakeryCheatCard *card;
      const char *id, *topic, *title, *body;
      JsonObject *object;
      GStrv scenarios;

      if (!JSON_NODE_HOLDS_OBJECT (node) || !(id = require_string ((object = json_node_get_object (node)), "id")))
        return fail (error, file, NULL, NULL, "card %u has no “id”", i + 1);

      REQUIRE_STRING (topic, object, "topic", file, "card", id);
      REQUIRE_STRING (title, object, "title", file, "card", id);
      REQUIRE_STRING (body, object, "body", file, "card", id);
      if (!g_hash_table_add (ids, (gpointer)id))
        return fail (error, file, "card", id, "the id is used twice");
      if (!(scenarios = require_strings (object, "scenarios", FALSE)))
        return fail (error, file, "card", id, "“scenarios” must list at least one scenario");

      card = g_new0 (BakeryCheatCard, 1);
      card->id = g_strdup (id);
      card->topic = g_strdup (topic);
      card->title = g_strdup (title);
      card->body = g_strdup (body);
      card->code = g_strdup (require_string (object, "code"));
      card->scenarios = scenarios;
      g_ptr_array_add (self->cards, card);

      if (!check_links (self, file, "card", id, topic, scenarios, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_answers (BakeryContent  *self,
              LoadFunc        load,
              gpointer        user_data,
              GError        **error)
{
  static const char *file = "answers.json";
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *array;

  if (!(array = load_array (load, user_data, file, "answers", &parser, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      BakeryAnswer *answer;
      const char *id, *topic, *question, *short_answer, *deeper;
      JsonObject *object;
      GStrv scenarios;
      GStrv wrong;

      if (!JSON_NODE_HOLDS_OBJECT (node) || !(id = require_string ((object = json_node_get_object (node)), "id")))
        return fail (error, file, NULL, NULL, "answer %u has no “id”", i + 1);

      REQUIRE_STRING (topic, object, "topic", file, "answer", id);
      REQUIRE_STRING (question, object, "question", file, "answer", id);
      REQUIRE_STRING (short_answer, object, "short", file, "answer", id);
      REQUIRE_STRING (deeper, object, "deeper", file, "answer", id);
      if (bakery_content_lookup_answer (self, id) != NULL)
        return fail (error, file, "answer", id, "the id is used twice");
      if (g_str_has_prefix (id, "my-"))
        return fail (error, file, "answer", id, "ids starting with “my-” are kept for the user's own cards");
      if (!(wrong = require_strings (object, "wrong", FALSE)))
        return fail (error, file, "answer", id, "“wrong” must list at least one common wrong answer");
      if (!(scenarios = require_strings (object, "scenarios", FALSE)))
        {
          g_strfreev (wrong);
          return fail (error, file, "answer", id, "“scenarios” must list at least one scenario");
        }

      answer = g_new0 (BakeryAnswer, 1);
      answer->id = g_strdup (id);
      answer->topic = g_strdup (topic);
      answer->question = g_strdup (question);
      answer->short_answer = g_strdup (short_answer);
      answer->deeper = g_strdup (deeper);
      answer->wrong = wrong;
      answer->scenarios = scenarios;
      g_ptr_array_add (self->answers, answer);

      if (!check_links (self, file, "answer", id, topic, scenarios, error))
        return FALSE;
    }

  return TRUE;
}

static BakeryContent *
bakery_content_load (LoadFunc   load,
                     gpointer   user_data,
                     GError   **error)
{
  g_autoptr(BakeryContent) self = bakery_content_new_empty ();

  /* Scenarios first: the other files link to them. */
  if (!load_scenarios (self, load, user_data, error) ||
      !load_cheatsheet (self, load, user_data, error) ||
      !load_answers (self, load, user_data, error))
    return NULL;

  return g_steal_pointer (&self);
}

static GBytes *
load_from_resource (const char  *relative,
                    gpointer     user_data,
                    GError     **error)
{
  g_autofree char *path = g_build_path ("/", user_data, relative, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static GBytes *
load_from_directory (const char  *relative,
                     gpointer     user_data,
                     GError     **error)
{
  g_autofree char *path = g_build_filename (user_data, relative, NULL);
  char *contents;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

/**
 * bakery_content_new_from_resource:
 * @resource_path: the content folder in the application's resources
 */
BakeryContent *
bakery_content_new_from_resource (const char  *resource_path,
                                  GError     **error)
{
  g_return_val_if_fail (resource_path != NULL, NULL);

  return bakery_content_load (load_from_resource, (gpointer)resource_path, error);
}

/**
 * bakery_content_new_from_directory:
 * @directory: a content folder, such as data/content in the source tree
 */
BakeryContent *
bakery_content_new_from_directory (const char  *directory,
                                   GError     **error)
{
  g_return_val_if_fail (directory != NULL, NULL);

  return bakery_content_load (load_from_directory, (gpointer)directory, error);
}

static int
compare_scenario_titles (gconstpointer a,
                         gconstpointer b)
{
  const BakeryScenario *sa = *(BakeryScenario **)a;
  const BakeryScenario *sb = *(BakeryScenario **)b;

  return g_utf8_collate (sa->title, sb->title);
}

/**
 * bakery_content_add_user_scenarios:
 * @self: a #BakeryContent
 * @directory: the folder of the user's own scenarios
 *
 * Adds every readable .js file in @directory, after the built-in ones,
 * sorted by title. Their ids start with "my-".
 */
void
bakery_content_add_user_scenarios (BakeryContent *self,
                                   const char    *directory)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const char *name;

  g_return_if_fail (self != NULL);
  g_return_if_fail (directory != NULL);

  /* A folder that does not exist yet simply holds no scenarios. */
  if (!(dir = g_dir_open (directory, 0, NULL)))
    return;

  found = g_ptr_array_new ();

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *stem = NULL;
      g_autoptr(JsScenario) header = NULL;
      BakeryScenario *scenario;
      gsize length;

      if (!g_str_has_suffix (name, ".js"))
        continue;

      path = g_build_filename (directory, name, NULL);
      if (!g_file_get_contents (path, &contents, &length, NULL) ||
          !g_utf8_validate_len (contents, length, NULL))
        continue;

      header = js_scenario_parse (contents, length);
      stem = g_strndup (name, strlen (name) - 3);

      scenario = g_new0 (BakeryScenario, 1);
      scenario->id = g_strdup_printf ("my-%s", stem);
      scenario->path = g_steal_pointer (&path);
      scenario->title = g_strdup (header->title ? header->title : stem);
      scenario->host = g_strdup (header->host == JS_HOST_BROWSER ? "browser" : "node");
      scenario->tags = g_strdupv ((char *[]) { (char *)"mine", NULL });
      scenario->source = g_steal_pointer (&contents);

      /* The header's notes explain the user's own scenarios. */
      {
        g_autoptr(GStrvBuilder) notes = g_strv_builder_new ();
        g_auto(GStrv) strv = NULL;

        for (guint i = 0; i < header->notes->len; i++)
          g_strv_builder_add (notes, g_ptr_array_index (header->notes, i));

        strv = g_strv_builder_end (notes);
        scenario->explanation = g_strjoinv (" ", strv);
      }

      g_ptr_array_add (found, scenario);
    }

  g_ptr_array_sort (found, compare_scenario_titles);

  for (guint i = 0; i < found->len; i++)
    {
      BakeryScenario *scenario = g_ptr_array_index (found, i);

      if (g_hash_table_contains (self->scenario_ids, scenario->id))
        {
          scenario_free (scenario);
          continue;
        }

      g_ptr_array_add (self->scenarios, scenario);
      g_hash_table_insert (self->scenario_ids, scenario->id, scenario);
    }
}

const BakeryScenario *
bakery_content_lookup_scenario (BakeryContent *self,
                                const char    *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return id ? g_hash_table_lookup (self->scenario_ids, id) : NULL;
}

const BakeryTopic *
bakery_content_lookup_topic (BakeryContent *self,
                             const char    *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != NULL && i < self->topics->len; i++)
    {
      const BakeryTopic *topic = g_ptr_array_index (self->topics, i);

      if (g_str_equal (topic->id, id))
        return topic;
    }

  return NULL;
}

const BakeryAnswer *
bakery_content_lookup_answer (BakeryContent *self,
                              const char    *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; id != NULL && i < self->answers->len; i++)
    {
      const BakeryAnswer *answer = g_ptr_array_index (self->answers, i);

      if (g_str_equal (answer->id, id))
        return answer;
    }

  return NULL;
}
