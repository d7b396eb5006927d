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
add_warning (JsScenario *scenario, int line, const char *format, const char *arg)
{
  g_ptr_array_add (scenario->warnings, g_strdup_printf ("%d: %s '%s'", line, format, arg));
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
  g_ptr_array_unref (scenario->warnings);
  g_free (scenario);
}
