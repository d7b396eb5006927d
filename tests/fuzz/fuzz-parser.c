/* fuzz-parser: js_parse() alone on arbitrary bytes.  The parser promises
 * never to crash on any input (js-parse.h): too deep nesting is a
 * SyntaxError, invalid UTF-8 is an error, not a read past the end. */
#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "js-parse.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* An exact-size copy (so that ASan sees any read past the end), never
 * NULL even for empty input. */
static char *
copy_input (const uint8_t *data, size_t size)
{
  char *copy = g_malloc (size > 0 ? size : 1);

  memcpy (copy, data, size);
  return copy;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *source = copy_input (data, size);
  JsAstArena *arena = js_ast_arena_new ();
  JsSyntaxError error = { 0 };
  JsAst *ast;

  for (int goal = JS_PARSE_SCRIPT; goal <= JS_PARSE_FUNCTION_BODY; goal++)
    {
      ast = js_parse (arena, source, size, goal, &error);
      if (ast == NULL)
        {
          g_free (js_syntax_error_format (&error));
          js_syntax_error_clear (&error);
        }
    }
  js_ast_arena_free (arena);
  g_free (source);
  return 0;
}
