/* test-scenario.c: the scenario header comment (js-scenario.h). */
#include <glib.h>

#include "js-scenario.h"

static void
test_full_header (void)
{
  const char *source =
    "// @title Timers against promises\n"
    "// @host node\n"
    "// A plain comment is ignored.\n"
    "\n"
    "// @note The promise callback runs first.\n"
    "//@note Second note, no space.\n"
    "console.log('hi');\n"
    "// @title not part of the header any more\n";
  g_autoptr (JsScenario) scenario = js_scenario_parse (source, -1);

  g_assert_cmpstr (scenario->title, ==, "Timers against promises");
  g_assert_cmpint (scenario->host, ==, JS_HOST_NODE);
  g_assert_true (scenario->host_given);
  g_assert_cmpuint (scenario->notes->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (scenario->notes, 0), ==, "The promise callback runs first.");
  g_assert_cmpstr (g_ptr_array_index (scenario->notes, 1), ==, "Second note, no space.");
  g_assert_cmpuint (scenario->warnings->len, ==, 0);
  g_assert_cmpuint (scenario->directives->len, ==, 0);
}

static void
test_browser_directives (void)
{
  const char *source =
    "// @host browser\n"
    "// @click #button 100\n"
    "// @fetch /api/data 50\n"
    "document.querySelector('#button');\n";
  g_autoptr (JsScenario) scenario = js_scenario_parse (source, -1);
  JsScenarioDirective *d;

  g_assert_cmpint (scenario->host, ==, JS_HOST_BROWSER);
  g_assert_null (scenario->title);
  g_assert_cmpuint (scenario->directives->len, ==, 2);
  d = g_ptr_array_index (scenario->directives, 0);
  g_assert_cmpstr (d->key, ==, "click");
  g_assert_cmpstr (d->value, ==, "#button 100");
  g_assert_cmpint (d->line, ==, 2);
  d = g_ptr_array_index (scenario->directives, 1);
  g_assert_cmpstr (d->key, ==, "fetch");
  g_assert_cmpstr (d->value, ==, "/api/data 50");
  g_assert_cmpint (d->line, ==, 3);
}

static void
test_warnings (void)
{
  const char *source =
    "// @title First\n"
    "// @title Second\n"
    "// @colour blue\n"
    "// @host deno\n"
    "let x;\n";
  g_autoptr (JsScenario) scenario = js_scenario_parse (source, -1);

  g_assert_cmpstr (scenario->title, ==, "First");
  g_assert_false (scenario->host_given);
  g_assert_cmpint (scenario->host, ==, JS_HOST_NODE);
  g_assert_cmpuint (scenario->warnings->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (scenario->warnings, 0), ==, "2: a second title is ignored: 'Second'");
  g_assert_cmpstr (g_ptr_array_index (scenario->warnings, 1), ==, "3: unknown key '@colour'");
  g_assert_cmpstr (g_ptr_array_index (scenario->warnings, 2), ==, "4: unknown host (expected node or browser): 'deno'");
}

static void
test_no_header (void)
{
  g_autoptr (JsScenario) empty = js_scenario_parse ("", -1);
  g_autoptr (JsScenario) code = js_scenario_parse ("console.log(1) // @title no\n", -1);
  g_autoptr (JsScenario) none = js_scenario_parse (NULL, 0);
  /* Not NUL-terminated: only `length` bytes count. */
  g_autoptr (JsScenario) cut = js_scenario_parse ("// @title Cut here// @note x", 13);

  g_assert_null (empty->title);
  g_assert_null (code->title);
  g_assert_cmpuint (code->notes->len, ==, 0);
  g_assert_null (none->title);
  g_assert_cmpstr (cut->title, ==, "Cut");
}

static void
test_crlf_and_block_comment_end (void)
{
  const char *source =
    "// @title Windows lines\r\n"
    "/* a block comment ends the header */\r\n"
    "// @note unseen\r\n";
  g_autoptr (JsScenario) scenario = js_scenario_parse (source, -1);

  g_assert_cmpstr (scenario->title, ==, "Windows lines");
  g_assert_cmpuint (scenario->notes->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/scenario/full-header", test_full_header);
  g_test_add_func ("/engine/scenario/browser-directives", test_browser_directives);
  g_test_add_func ("/engine/scenario/warnings", test_warnings);
  g_test_add_func ("/engine/scenario/no-header", test_no_header);
  g_test_add_func ("/engine/scenario/crlf-and-block-comment", test_crlf_and_block_comment_end);
  return g_test_run ();
}
