/* js-node-errors.c: throwing Node's internal errors (lib/internal/errors.js)
 * from the Node modules, so each module does not write its own thrower.
 */
#include "js-internal.h"

void
js_node_throw_error (JsState *J, JsErrorType type, const char *code, char *message)
{
  JsObject *error = js_node_error_new (J, type, code, message);

  /* js_throw does not return: free the message before it. */
  g_free (message);
  js_throw (J, js_object_value (error));
}

void
js_node_throw_invalid_arg_type (JsState *J, const char *name, const char *expected, JsValue value)
{
  char *received = js_node_describe_received (J, value);
  /* Node says "property" for a dotted name such as "options.signal". */
  char *message = g_strdup_printf ("The \"%s\" %s must be %s. Received %s", name,
                                   strchr (name, '.') ? "property" : "argument", expected, received);

  g_free (received);
  js_node_throw_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);
}
