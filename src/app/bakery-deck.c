/* bakery-deck.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's own flashcards: a versioned JSON deck, and import from CSV
 * (RFC 4180: fields separated by commas, optionally quoted with ", a quote
 * inside quotes doubled, line breaks allowed inside quotes, CRLF or LF).
 * The columns are question, answer and an optional tags field whose tags
 * are separated by semicolons or commas. A first row reading
 * "question,answer[,tags]" is a header and skipped.
 *
 * Imports are all or nothing: every problem is reported, naming its line
 * or card, and nothing is imported until the file is clean. No GTK here.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "bakery-deck.h"

#define DECK_VERSION 1
#define MAX_REPORTED_ERRORS 5

G_DEFINE_QUARK (bakery-deck-error-quark, bakery_deck_error)

BakeryUserCard *
bakery_user_card_new (const char         *id,
                      const char         *question,
                      const char         *answer,
                      const char         *topic,
                      const char * const *tags)
{
  BakeryUserCard *card = g_new0 (BakeryUserCard, 1);

  card->id = id ? g_strdup (id) : bakery_user_card_new_id ();
  card->question = g_strdup (question);
  card->answer = g_strdup (answer);
  card->topic = (topic && *topic) ? g_strdup (topic) : NULL;
  card->tags = tags ? g_strdupv ((char **)tags) : g_new0 (char *, 1);

  return card;
}

void
bakery_user_card_free (BakeryUserCard *card)
{
  if (card == NULL)
    return;

  g_free (card->id);
  g_free (card->question);
  g_free (card->answer);
  g_free (card->topic);
  g_strfreev (card->tags);
  g_free (card);
}

/* User card ids start with "my-", which built-in content never uses (the
 * data test checks), so that progress on both kinds lives in one table.
 */
char *
bakery_user_card_new_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("my-%s", uuid);
}

typedef struct
{
  GString *message;
  guint    count;
} Problems;

static void
problems_add (Problems   *problems,
              const char *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
problems_add (Problems   *problems,
              const char *format,
              ...)
{
  va_list args;

  problems->count++;

  if (problems->count > MAX_REPORTED_ERRORS)
    return;

  if (problems->message->len > 0)
    g_string_append_c (problems->message, '\n');

  va_start (args, format);
  g_string_append_vprintf (problems->message, format, args);
  va_end (args);
}

static gboolean
problems_propagate (Problems  *problems,
                    GError   **error)
{
  if (problems->count == 0)
    return FALSE;

  if (problems->count > MAX_REPORTED_ERRORS)
    {
      g_string_append_c (problems->message, '\n');
      g_string_append_printf (problems->message,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "…and %u more problem",
                                           "…and %u more problems",
                                           problems->count - MAX_REPORTED_ERRORS),
                              problems->count - MAX_REPORTED_ERRORS);
    }

  g_set_error_literal (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID, problems->message->str);

  return TRUE;
}

static GStrv
split_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", ";,", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);

      if (*tag != '\0')
        g_strv_builder_add (builder, tag);
    }

  return g_strv_builder_end (builder);
}

/* One CSV record: its fields and the line it started on. */
typedef struct
{
  GPtrArray *fields;
  guint      line;
} Record;

static void
record_clear (Record *record)
{
  g_clear_pointer (&record->fields, g_ptr_array_unref);
}

/* Splits @text into records. Returns FALSE, with a message naming the
 * line, when a quoted field is not closed or a quote is misplaced.
 */
static gboolean
split_records (const char  *text,
               gsize        length,
               GArray      *records,
               Problems    *problems)
{
  g_autoptr(GString) field = g_string_new (NULL);
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;
  const char *end = text + length;
  guint line = 1;
  guint record_line = 1;
  gboolean quoted = FALSE;
  gboolean was_quoted = FALSE;
  guint quote_line = 0;

  while (p < end)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
              continue;
            }
          if (c == '"')
            {
              quoted = FALSE;
              p++;
              continue;
            }
          if (c == '\n')
            line++;
          if (!(c == '\r' && p + 1 < end && p[1] == '\n'))
            g_string_append_c (field, c);
          p++;
          continue;
        }

      if (c == '"')
        {
          if (field->len > 0 || was_quoted)
            {
              problems_add (problems, _("Line %u: a quote in the middle of a field; put the whole field in quotes and double the quote"), line);
              g_ptr_array_unref (fields);
              return FALSE;
            }
          quoted = TRUE;
          was_quoted = TRUE;
          quote_line = line;
          p++;
          continue;
        }

      if (c == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;
          p++;
          continue;
        }

      if (c == '\r' || c == '\n')
        {
          Record record;

          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;

          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          was_quoted = FALSE;

          record.fields = fields;
          record.line = record_line;
          g_array_append_val (records, record);

          fields = g_ptr_array_new_with_free_func (g_free);
          line++;
          record_line = line;
          continue;
        }

      if (was_quoted)
        {
          problems_add (problems, _("Line %u: text after a closing quote"), line);
          g_ptr_array_unref (fields);
          return FALSE;
        }

      g_string_append_c (field, c);
      p++;
    }

  if (quoted)
    {
      problems_add (problems, _("Line %u: a quoted field is never closed"), quote_line);
      g_ptr_array_unref (fields);
      return FALSE;
    }

  /* A last record without a final line break. */
  if (field->len > 0 || fields->len > 0 || was_quoted)
    {
      Record record;

      g_ptr_array_add (fields, g_strdup (field->str));
      record.fields = fields;
      record.line = record_line;
      g_array_append_val (records, record);
    }
  else
    {
      g_ptr_array_unref (fields);
    }

  return TRUE;
}

static gboolean
is_blank_record (const Record *record)
{
  return record->fields->len == 1 &&
         *g_strstrip ((char *)g_ptr_array_index (record->fields, 0)) == '\0';
}

static gboolean
is_header_record (const Record *record)
{
  return record->fields->len >= 2 &&
         g_ascii_strcasecmp (g_strstrip ((char *)g_ptr_array_index (record->fields, 0)), "question") == 0 &&
         g_ascii_strcasecmp (g_strstrip ((char *)g_ptr_array_index (record->fields, 1)), "answer") == 0;
}

/**
 * bakery_deck_parse_csv:
 * @text: the file's contents
 * @length: the length of @text, or -1 if nul-terminated
 * @error: where to put the problems found
 *
 * Returns: (transfer full): the cards (#BakeryUserCard), or %NULL with
 *   @error listing the problems by line
 */
GPtrArray *
bakery_deck_parse_csv (const char  *text,
                       gssize       length,
                       GError     **error)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify)bakery_user_card_free);
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (Record));
  g_autoptr(GString) message = g_string_new (NULL);
  Problems problems = { message, 0 };
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  g_array_set_clear_func (records, (GDestroyNotify)record_clear);

  if (length < 0)
    length = strlen (text);

  if (!g_utf8_validate_len (text, length, &end))
    {
      guint line = 1;

      for (const char *p = text; p < end; p++)
        if (*p == '\n')
          line++;

      problems_add (&problems, _("Line %u: the text is not valid UTF-8"), line);
      problems_propagate (&problems, error);
      return NULL;
    }

  /* A byte order mark from spreadsheet programs is not part of the text. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  if (!split_records (text, length, records, &problems))
    {
      problems_propagate (&problems, error);
      return NULL;
    }

  for (guint i = 0; i < records->len; i++)
    {
      Record *record = &g_array_index (records, Record, i);
      const char *question;
      const char *answer;
      g_auto(GStrv) tags = NULL;

      if (is_blank_record (record))
        continue;

      if (i == 0 && is_header_record (record))
        continue;

      if (record->fields->len < 2 || record->fields->len > 3)
        {
          problems_add (&problems,
                        _("Line %u: expected 2 or 3 fields (question, answer, tags), found %u"),
                        record->line, record->fields->len);
          continue;
        }

      question = g_strstrip ((char *)g_ptr_array_index (record->fields, 0));
      answer = g_strstrip ((char *)g_ptr_array_index (record->fields, 1));

      if (*question == '\0')
        {
          problems_add (&problems, _("Line %u: the question is empty"), record->line);
          continue;
        }

      if (*answer == '\0')
        {
          problems_add (&problems, _("Line %u: the answer is empty"), record->line);
          continue;
        }

      tags = split_tags (record->fields->len == 3 ? g_ptr_array_index (record->fields, 2) : NULL);
      g_ptr_array_add (cards, bakery_user_card_new (NULL, question, answer, NULL, (const char * const *)tags));
    }

  if (problems.count == 0 && cards->len == 0)
    problems_add (&problems, _("The file has no cards"));

  if (problems_propagate (&problems, error))
    return NULL;

  return g_steal_pointer (&cards);
}

static const char *
get_string_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/**
 * bakery_deck_parse_json:
 * @text: the deck, as written by bakery_deck_to_json()
 * @length: the length of @text, or -1 if nul-terminated
 * @error: where to put the problems found
 *
 * Returns: (transfer full): the cards (#BakeryUserCard), or %NULL with
 *   @error listing the problems by card number
 */
GPtrArray *
bakery_deck_parse_json (const char  *text,
                        gssize       length,
                        GError     **error)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func ((GDestroyNotify)bakery_user_card_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GString) message = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Problems problems = { message, 0 };
  JsonObject *root;
  JsonNode *node;
  JsonArray *array;

  g_return_val_if_fail (text != NULL, NULL);

  if (!json_parser_load_from_data (parser, text, length, &parse_error))
    {
      /* json-glib's messages start with "<data>:LINE:COLUMN". */
      g_set_error (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                   _("Not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                           _("A deck must be a JSON object with “version” and “cards”"));
      return NULL;
    }

  root = json_node_get_object (node);
  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error_literal (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                           _("The deck has no “version” number"));
      return NULL;
    }
  if (json_node_get_int (node) != DECK_VERSION)
    {
      g_set_error (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                   _("The deck has version %d; this version of Loop Bakery reads version %d"),
                   (int)CLAMP (json_node_get_int (node), G_MININT, G_MAXINT), DECK_VERSION);
      return NULL;
    }

  node = json_object_get_member (root, "cards");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, BAKERY_DECK_ERROR, BAKERY_DECK_ERROR_INVALID,
                           _("The deck has no “cards” list"));
      return NULL;
    }

  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(GStrvBuilder) tags = g_strv_builder_new ();
      g_auto(GStrv) tag_strv = NULL;
      JsonObject *object;
      const char *id;
      const char *question;
      const char *answer;
      const char *topic;
      gboolean tags_ok = TRUE;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          problems_add (&problems, _("Card %u: not an object"), i + 1);
          continue;
        }

      object = json_node_get_object (element);
      id = get_string_member (object, "id");
      question = get_string_member (object, "question");
      answer = get_string_member (object, "answer");
      topic = get_string_member (object, "topic");

      if (question == NULL || *question == '\0')
        {
          problems_add (&problems, _("Card %u: missing “question”"), i + 1);
          continue;
        }
      if (answer == NULL || *answer == '\0')
        {
          problems_add (&problems, _("Card %u: missing “answer”"), i + 1);
          continue;
        }
      if (id != NULL && !g_str_has_prefix (id, "my-"))
        {
          problems_add (&problems, _("Card %u: an “id” must start with “my-”"), i + 1);
          continue;
        }
      if (id != NULL && !g_hash_table_add (seen, (gpointer)id))
        {
          problems_add (&problems, _("Card %u: the id “%s” is used twice"), i + 1, id);
          continue;
        }

      if (json_object_has_member (object, "tags"))
        {
          JsonNode *tags_node = json_object_get_member (object, "tags");

          if (!JSON_NODE_HOLDS_ARRAY (tags_node))
            tags_ok = FALSE;
          else
            {
              JsonArray *tags_array = json_node_get_array (tags_node);

              for (guint j = 0; j < json_array_get_length (tags_array); j++)
                {
                  JsonNode *tag = json_array_get_element (tags_array, j);

                  if (!JSON_NODE_HOLDS_VALUE (tag) || json_node_get_value_type (tag) != G_TYPE_STRING)
                    tags_ok = FALSE;
                  else
                    g_strv_builder_add (tags, json_node_get_string (tag));
                }
            }
        }

      if (!tags_ok)
        {
          problems_add (&problems, _("Card %u: “tags” must be a list of strings"), i + 1);
          continue;
        }

      tag_strv = g_strv_builder_end (tags);
      g_ptr_array_add (cards, bakery_user_card_new (id, question, answer, topic, (const char * const *)tag_strv));
    }

  if (problems_propagate (&problems, error))
    return NULL;

  return g_steal_pointer (&cards);
}

/**
 * bakery_deck_to_json:
 * @cards: (element-type BakeryUserCard): the cards
 *
 * Returns: (transfer full): the deck as pretty-printed JSON
 */
char *
bakery_deck_to_json (GPtrArray *cards)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DECK_VERSION);
  json_builder_set_member_name (builder, "cards");
  json_builder_begin_array (builder);

  for (guint i = 0; cards != NULL && i < cards->len; i++)
    {
      const BakeryUserCard *card = g_ptr_array_index (cards, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, card->id);
      json_builder_set_member_name (builder, "question");
      json_builder_add_string_value (builder, card->question);
      json_builder_set_member_name (builder, "answer");
      json_builder_add_string_value (builder, card->answer);
      if (card->topic != NULL)
        {
          json_builder_set_member_name (builder, "topic");
          json_builder_add_string_value (builder, card->topic);
        }
      json_builder_set_member_name (builder, "tags");
      json_builder_begin_array (builder);
      for (guint j = 0; card->tags[j] != NULL; j++)
        json_builder_add_string_value (builder, card->tags[j]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}
