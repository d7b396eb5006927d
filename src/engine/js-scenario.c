/* js-scenario.c: parsing the header comment of a scenario (js-scenario.h). */
#include "js-scenario.h"

#include <string.h>

static void
directive_free (gpointer data)
{
  JsScenarioDirective *directive = data;

  g_free (directive->key);
  g_free (directive->value);
  g_free (directive);
}

static void
click_free (gpointer data)
{
  JsScenarioClick *click = data;

  g_free (click->selector);
  g_free (click);
}

static void
fetch_free (gpointer data)
{
  JsScenarioFetch *fetch = data;

  g_free (fetch->path);
  g_free (fetch->body);
  g_free (fetch);
}

static void
add_warning (JsScenario *scenario, int line, const char *format, const char *arg)
{
  g_ptr_array_add (scenario->warnings, g_strdup_printf ("%d: %s '%s'", line, format, arg));
}

/* The next space-separated word of `*p` (NULL at the end); moves `*p` past
 * it and the spaces after it. */
static char *
next_word (const char **p)
{
  const char *start = *p, *end = start;
  char *word;

  while (*end != '\0' && !g_ascii_isspace (*end))
    end++;
  if (end == start)
    return NULL;
  word = g_strndup (start, end - start);
  while (g_ascii_isspace (*end))
    end++;
  *p = end;
  return word;
}

/* TIME: a whole number of milliseconds, "50ms" or "50". */
static gboolean
parse_time (const char *word, double *ms)
{
  guint64 value;
  const char *end;

  if (!g_ascii_isdigit (*word))
    return FALSE;
  value = g_ascii_strtoull (word, (char **) &end, 10);
  if (*end != '\0' && strcmp (end, "ms") != 0)
    return FALSE;
  *ms = (double) value;
  return TRUE;
}

static void
parse_click (JsScenario *scenario, const char *value, int line)
{
  const char *p = value;
  g_autofree char *selector = next_word (&p);
  g_autofree char *time = next_word (&p);
  JsScenarioClick *click;
  double ms;

  if (selector == NULL || time == NULL || *p != '\0' || !parse_time (time, &ms))
    {
      add_warning (scenario, line, "expected '@click SELECTOR TIME', not", value);
      return;
    }
  click = g_new0 (JsScenarioClick, 1);
  click->selector = g_steal_pointer (&selector);
  click->time_ms = ms;
  click->line = line;
  g_ptr_array_add (scenario->clicks, click);
}

static void
parse_fetch (JsScenario *scenario, const char *value, int line)
{
  const char *p = value;
  g_autofree char *path = next_word (&p);
  g_autofree char *time = next_word (&p);
  g_autofree char *status = NULL;
  JsScenarioFetch *fetch;
  double ms = 100;
  guint64 code = 200;
  gboolean error = FALSE;

  if (path == NULL || (time != NULL && !parse_time (time, &ms)))
    {
      add_warning (scenario, line, "expected '@fetch PATH [TIME [STATUS [BODY]]]', not", value);
      return;
    }
  status = next_word (&p);
  if (g_strcmp0 (status, "error") == 0 && *p == '\0')
    error = TRUE;
  else if (status != NULL && (!g_ascii_string_to_unsigned (status, 10, 200, 599, &code, NULL)))
    {
      add_warning (scenario, line, "expected a status from 200 to 599 or 'error', not", status);
      return;
    }
  for (guint i = 0; i < scenario->fetches->len; i++)
    if (strcmp (((JsScenarioFetch *) g_ptr_array_index (scenario->fetches, i))->path, path) == 0)
      {
        add_warning (scenario, line, "a second @fetch line for a path is ignored:", path);
        return;
      }
  fetch = g_new0 (JsScenarioFetch, 1);
  fetch->path = g_steal_pointer (&path);
  fetch->latency_ms = ms;
  fetch->status = (int) code;
  fetch->network_error = error;
  fetch->body = g_strdup (p);
  fetch->line = line;
  g_ptr_array_add (scenario->fetches, fetch);
}

/* One `// @key value` line (text after the "//"). */
static void
parse_directive (JsScenario *scenario, const char *text, int line)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  const char *p = text + 1;    /* after the '@' */
  const char *end = p;

  while (g_ascii_isalnum (*end) || *end == '-' || *end == '_')
    end++;
  key = g_strndup (p, end - p);
  value = g_strstrip (g_strdup (end));

  if (strcmp (key, "title") == 0)
    {
      if (scenario->title != NULL)
        add_warning (scenario, line, "a second title is ignored:", value);
      else
        scenario->title = g_steal_pointer (&value);
    }
  else if (strcmp (key, "host") == 0)
    {
      if (strcmp (value, "node") == 0)
        scenario->host = JS_HOST_NODE;
      else if (strcmp (value, "browser") == 0)
        scenario->host = JS_HOST_BROWSER;
      else
        {
          add_warning (scenario, line, "unknown host (expected node or browser):", value);
          return;
        }
      scenario->host_given = TRUE;
    }
  else if (strcmp (key, "note") == 0)
    g_ptr_array_add (scenario->notes, g_steal_pointer (&value));
  else if (strcmp (key, "click") == 0 || strcmp (key, "fetch") == 0)
    {
      JsScenarioDirective *directive = g_new0 (JsScenarioDirective, 1);

      if (key[0] == 'c')
        parse_click (scenario, value, line);
      else
        parse_fetch (scenario, value, line);
      directive->key = g_steal_pointer (&key);
      directive->value = g_steal_pointer (&value);
      directive->line = line;
      g_ptr_array_add (scenario->directives, directive);
    }
  else
    {
      g_autofree char *shown = g_strconcat ("@", key, NULL);
      add_warning (scenario, line, "unknown key", shown);
    }
}

JsScenario *
js_scenario_parse (const char *source, gssize length)
{
  JsScenario *scenario = g_new0 (JsScenario, 1);
  const char *p, *end;
  int line = 1;

  scenario->host = JS_HOST_NODE;
  scenario->notes = g_ptr_array_new_with_free_func (g_free);
  scenario->directives = g_ptr_array_new_with_free_func (directive_free);
  scenario->clicks = g_ptr_array_new_with_free_func (click_free);
  scenario->fetches = g_ptr_array_new_with_free_func (fetch_free);
  scenario->warnings = g_ptr_array_new_with_free_func (g_free);
  if (source == NULL)
    return scenario;
  if (length < 0)
    length = strlen (source);
  end = source + length;

  for (p = source; p < end; line++)
    {
      const char *eol = memchr (p, '\n', end - p);
      g_autofree char *text = NULL;
      char *trimmed;

      if (eol == NULL)
        eol = end;
      text = g_strndup (p, eol - p);
      p = eol + 1;
      trimmed = g_strstrip (text);
      if (*trimmed == '\0')
        continue;
      /* The header ends at the first line that is not a line comment. */
      if (strncmp (trimmed, "//", 2) != 0)
        break;
      trimmed = g_strchug (trimmed + 2);
      if (*trimmed == '@')
        parse_directive (scenario, trimmed, line);
    }
  return scenario;
}

void
js_scenario_free (JsScenario *scenario)
{
  if (scenario == NULL)
    return;
  g_free (scenario->title);
  g_ptr_array_unref (scenario->notes);
  g_ptr_array_unref (scenario->directives);
  g_ptr_array_unref (scenario->clicks);
  g_ptr_array_unref (scenario->fetches);
  g_ptr_array_unref (scenario->warnings);
  g_free (scenario);
}
