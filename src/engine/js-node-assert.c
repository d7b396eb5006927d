/* js-node-assert.c: require('assert') (lib/assert.js,
 * lib/internal/assert/assertion_error.js).
 *
 * Every failure throws an AssertionError: err.code 'ERR_ASSERTION', the
 * actual and expected values, the operator, and generatedMessage telling a
 * message built here from one the caller gave.  The built messages follow
 * Node's: "a == b" for the loose operators, the "+ actual - expected" line
 * diff of the inspected values for strictEqual and deepStrictEqual, the
 * source text of the call for assert(value).  assert.strict is the same
 * module with the strict comparisons under the loose names.
 *
 * Every method captures the module's AssertionError.prototype (captures[0])
 * so that the errors are instances of the AssertionError it exports.
 */
#include "js-internal.h"

#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Formatting for messages
 * ------------------------------------------------------------------------ */

/* inspectValue(): every entry on its own line, keys sorted, no custom
 * inspection, no depth or length limit. */
static char *
inspect_value (JsState *J, JsValue v)
{
  GString *out = g_string_new (NULL);
  JsInspectOptions options;

  js_inspect_options_init (&options);
  options.compact = 0;
  options.sorted = TRUE;
  options.depth = 1000;
  options.custom_inspect = FALSE;
  options.getters = JS_INSPECT_GETTERS_ALL;
  options.max_array_length = G_MAXINT;
  options.max_string_length = G_MAXINT;
  options.break_length = G_MAXINT;
  js_inspect (J, v, &options, out);
  return g_string_free (out, FALSE);
}

static char *
inspect_plain (JsState *J, JsValue v, int depth)
{
  GString *out = g_string_new (NULL);
  JsInspectOptions options;

  js_inspect_options_init (&options);
  options.depth = depth;
  js_inspect (J, v, &options, out);
  return g_string_free (out, FALSE);
}

static const char *
readable_operator (const char *op)
{
  static const struct { const char *op, *text; } table[] = {
    { "deepStrictEqual", "Expected values to be strictly deep-equal:" },
    { "strictEqual", "Expected values to be strictly equal:" },
    { "strictEqualObject", "Expected \"actual\" to be reference-equal to \"expected\":" },
    { "deepEqual", "Expected values to be loosely deep-equal:" },
    { "notDeepStrictEqual", "Expected \"actual\" not to be strictly deep-equal to:" },
    { "notStrictEqual", "Expected \"actual\" to be strictly unequal to:" },
    { "notStrictEqualObject", "Expected \"actual\" not to be reference-equal to \"expected\":" },
    { "notDeepEqual", "Expected \"actual\" not to be loosely deep-equal to:" },
    { "notIdentical", "Values have same structure but are not reference-equal:" },
    { "notDeepEqualUnequal", "Expected values not to be loosely deep-equal:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (strcmp (table[i].op, op) == 0)
      return table[i].text;
  return NULL;
}

static gboolean
is_object_or_function (JsValue v)
{
  return js_is_object (v);
}

/* Appends the identical lines before a diverging one: up to three, the
 * first of more than five collapsed into "...". */
static void
append_identical_run (GString *res, char **lines, guint i, guint identical, gboolean *skipped, guint *printed)
{
  if (identical <= 2)
    return;
  if (identical > 3)
    {
      if (identical > 4)
        {
          if (identical == 5)
            {
              g_string_append_printf (res, "\n  %s", lines[i - 3]);
              (*printed)++;
            }
          else
            {
              g_string_append (res, "\n...");
              *skipped = TRUE;
            }
        }
      g_string_append_printf (res, "\n  %s", lines[i - 2]);
      (*printed)++;
    }
  g_string_append_printf (res, "\n  %s", lines[i - 1]);
  (*printed)++;
}

/* createErrDiff(actual, expected, operator, message): the caller's
 * message, when there is one, stands in for the operator's header. */
static char *
create_err_diff (JsState *J, JsValue actual, JsValue expected, const char *op, const char *message)
{
  char *actual_text = inspect_value (J, actual), *expected_text = inspect_value (J, expected);
  char **actual_lines = g_strsplit (actual_text, "\n", -1), **expected_lines = g_strsplit (expected_text, "\n", -1);
  guint n_actual = g_strv_length (actual_lines), n_expected = g_strv_length (expected_lines);
  GString *res = g_string_new (NULL), *other = g_string_new (NULL), *end = g_string_new (NULL);
  GString *msg = g_string_new (NULL);
  g_autofree char *indicator = g_strdup ("");
  gboolean skipped = FALSE;
  guint i = 0, max_lines, printed = 0, identical = 0, max_length;
  char **lines;
  const char *plus_minus;
  char *result = NULL;

  const char *header;

  if (strcmp (op, "strictEqual") == 0 && is_object_or_function (actual) && is_object_or_function (expected))
    op = "strictEqualObject";
  header = message != NULL ? message : readable_operator (op);
  if (n_actual == 1 && n_expected == 1 && strcmp (actual_lines[0], expected_lines[0]) != 0)
    {
      gsize input_length = g_utf8_strlen (actual_lines[0], -1) + g_utf8_strlen (expected_lines[0], -1);
      if (input_length <= 12)
        {
          gboolean both_zero = js_is_number (actual) && js_get_number (actual) == 0 &&
                               js_is_number (expected) && js_get_number (expected) == 0;
          if (!js_is_object (actual) && !js_is_object (expected) && !both_zero)
            {
              result = g_strdup_printf ("%s\n\n%s !== %s\n", header, actual_lines[0], expected_lines[0]);
              goto out;
            }
        }
      else if (strcmp (op, "strictEqualObject") != 0 && input_length < 80)
        {
          const char *a = actual_lines[0], *b = expected_lines[0];
          guint k = 0;
          while (a[k] != '\0' && a[k] == b[k])
            k++;
          if (k > 2)
            {
              g_free (indicator);
              indicator = g_strdup_printf ("\n  %*s^", (int) k, "");
            }
        }
    }

  /* The identical lines at the end: three are kept, the rest collapsed. */
  while (n_actual > 0 && n_expected > 0 && strcmp (actual_lines[n_actual - 1], expected_lines[n_expected - 1]) == 0)
    {
      const char *line = actual_lines[n_actual - 1];
      if (i++ < 3)
        g_string_prepend (end, line), g_string_prepend (end, "\n  ");
      else
        g_string_assign (other, line);
      n_actual--;
      n_expected--;
    }
  max_lines = MAX (n_actual, n_expected);
  if (max_lines == 0)
    {
      result = g_strdup_printf ("%s\n\n%s\n", message != NULL ? message : readable_operator ("notIdentical"),
                                actual_text);
      goto out;
    }
  if (i >= 5)
    {
      g_string_prepend (end, "\n...");
      skipped = TRUE;
    }
  if (other->len > 0)
    {
      g_string_prepend (end, other->str);
      g_string_prepend (end, "\n  ");
      g_string_truncate (other, 0);
    }
  g_string_append_printf (msg, "%s\n+ actual - expected", header);
  lines = actual_lines;
  plus_minus = "+";
  max_length = n_expected;
  if (n_actual < max_lines)
    {
      lines = expected_lines;
      plus_minus = "-";
      max_length = n_actual;
    }
  for (i = 0; i < max_lines; i++)
    {
      if (max_length < i + 1)
        {
          append_identical_run (res, lines, i, identical, &skipped, &printed);
          identical = 0;
          g_string_append_printf (lines == actual_lines ? res : other, "\n%s %s", plus_minus, lines[i]);
          printed++;
        }
      else
        {
          const char *expected_line = expected_lines[i];
          g_autofree char *actual_line = g_strdup (actual_lines[i]);
          gsize la = strlen (actual_line), le = strlen (expected_line);
          gboolean diverging = strcmp (actual_line, expected_line) != 0 &&
                               !(la > 0 && actual_line[la - 1] == ',' && la - 1 == le &&
                                 strncmp (actual_line, expected_line, le) == 0);
          if (diverging && le > 0 && expected_line[le - 1] == ',' && le - 1 == la &&
              strncmp (actual_line, expected_line, la) == 0)
            {
              diverging = FALSE;
              g_free (actual_line);
              actual_line = g_strconcat (actual_lines[i], ",", NULL);
            }
          if (diverging)
            {
              append_identical_run (res, actual_lines, i, identical, &skipped, &printed);
              identical = 0;
              g_string_append_printf (res, "\n+ %s", actual_line);
              g_string_append_printf (other, "\n- %s", expected_line);
              printed += 2;
            }
          else
            {
              g_string_append (res, other->str);
              g_string_truncate (other, 0);
              identical++;
              if (identical <= 2)
                {
                  g_string_append_printf (res, "\n  %s", actual_line);
                  printed++;
                }
            }
        }
      if (printed > 50 && i + 2 < max_lines)
        {
          result = g_strdup_printf ("%s ... Lines skipped\n%s\n...%s\n...", msg->str, res->str, other->str);
          goto out;
        }
    }
  result = g_strdup_printf ("%s%s\n%s%s%s%s", msg->str, skipped ? " ... Lines skipped" : "", res->str, other->str,
                            end->str, indicator);
out:
  g_free (actual_text);
  g_free (expected_text);
  g_strfreev (actual_lines);
  g_strfreev (expected_lines);
  g_string_free (res, TRUE);
  g_string_free (other, TRUE);
  g_string_free (end, TRUE);
  g_string_free (msg, TRUE);
  return result;
}

/* The message `new AssertionError({ actual, expected, operator })` builds. */
static char *
generated_message (JsState *J, JsValue actual, JsValue expected, const char *op)
{
  char *res, *other, *message;

  if (strcmp (op, "deepStrictEqual") == 0 || strcmp (op, "strictEqual") == 0)
    return create_err_diff (J, actual, expected, op, NULL);
  if (strcmp (op, "notDeepStrictEqual") == 0 || strcmp (op, "notStrictEqual") == 0)
    {
      const char *base = readable_operator (op);
      char *text = inspect_value (J, actual);
      char **lines = g_strsplit (text, "\n", -1);
      guint n = g_strv_length (lines);

      if (strcmp (op, "notStrictEqual") == 0 && js_is_object (actual))
        base = readable_operator ("notStrictEqualObject");
      if (n > 50)
        {
          g_free (lines[46]);
          lines[46] = g_strdup ("...");
          for (guint k = 47; k < n; k++)
            g_clear_pointer (&lines[k], g_free);
          n = 47;
        }
      if (n == 1)
        message = g_strdup_printf ("%s%s%s", base, g_utf8_strlen (lines[0], -1) > 5 ? "\n\n" : " ", lines[0]);
      else
        {
          char *joined = g_strjoinv ("\n", lines);
          message = g_strdup_printf ("%s\n\n%s\n", base, joined);
          g_free (joined);
        }
      g_strfreev (lines);
      g_free (text);
      return message;
    }
  res = inspect_value (J, actual);
  other = inspect_value (J, expected);
  if (strcmp (op, "notDeepEqual") == 0 && strcmp (res, other) == 0)
    message = g_strdup_printf ("%s\n\n%s", readable_operator (op), res);
  else if (strcmp (op, "deepEqual") == 0)
    message = g_strdup_printf ("%s\n\n%s\n\nshould loosely deep-equal\n\n%s", readable_operator (op), res, other);
  else if (strcmp (op, "notDeepEqual") == 0)
    message = g_strdup_printf ("%s\n\n%s\n\nshould not loosely deep-equal\n\n%s",
                               readable_operator ("notDeepEqualUnequal"), res, other);
  else
    message = g_strdup_printf ("%s %s %s", res, op, other);
  g_free (res);
  g_free (other);
  return message;
}

/* ------------------------------------------------------------------------
 * AssertionError
 * ------------------------------------------------------------------------ */

/* new AssertionError({ message, actual, expected, operator }) with the
 * fields in Node's order; `message` NULL for a generated one. */
static JsObject *
assertion_error_new (JsState *J, JsObject *proto, const char *message, JsValue actual, JsValue expected,
                     const char *op)
{
  gboolean diffs = strcmp (op, "strictEqual") == 0 || strcmp (op, "deepStrictEqual") == 0;
  char *text = message == NULL ? generated_message (J, actual, expected, op)
               : diffs ? create_err_diff (J, actual, expected, op, message) : g_strdup (message);
  JsObject *error = js_error_new (J, JS_ERROR, js_string_new_utf8 (J, text, -1));
  JsValue stack = js_get_own_data (J, error, JS_KEY (J, stack));

  g_free (text);
  js_object_set_prototype_of (J, error, proto);
  if (js_is_string (stack))
    {
      /* "Error: …" as V8 first renders it once the name says
       * "AssertionError [ERR_ASSERTION]". */
      char *old = js_string_to_utf8 (js_get_string (stack));
      char *renamed = g_strconcat ("AssertionError [ERR_ASSERTION]", g_str_has_prefix (old, "Error") ? old + 5 : old,
                                   NULL);
      js_define_value (J, error, JS_KEY (J, stack), js_string_value_utf8 (J, renamed), JS_PROP_HIDDEN);
      g_free (renamed);
      g_free (old);
    }
  js_define_value_utf8 (J, error, "generatedMessage", js_boolean (message == NULL), JS_PROP_DEFAULT);
  js_define_value (J, error, JS_KEY (J, name), js_string_value_utf8 (J, "AssertionError"), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, error, "code", js_string_value_utf8 (J, "ERR_ASSERTION"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "actual", actual, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "expected", expected, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "operator", js_string_value_utf8 (J, op), JS_PROP_DEFAULT);
  return error;
}

static JsObject *
captured_proto (JsObject *callee)
{
  return js_get_object (js_native_captures (callee)[0]);
}

/* innerFail(obj): the caller's Error is thrown as it is; any other message
 * becomes the AssertionError's (generatedMessage false). */
static G_GNUC_NORETURN void
inner_fail (JsState *J, JsObject *proto, JsValue message, JsValue actual, JsValue expected, const char *op)
{
  char *text;
  JsObject *error;

  if (js_is_object (message) && js_instance_of (J, message, js_object_value (JS_INTRINSIC (J, Error))))
    js_throw (J, message);
  text = js_is_undefined (message) ? NULL : js_string_to_utf8 (js_to_string (J, message));
  error = assertion_error_new (J, proto, text, actual, expected, op);
  g_free (text);
  js_throw (J, js_object_value (error));
}

static void
set_generated (JsState *J, JsObject *error, gboolean generated)
{
  js_define_value_utf8 (J, error, "generatedMessage", js_boolean (generated), JS_PROP_DEFAULT);
}

static JsValue
assertion_error_construct (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  JsValue options = js_arg (argc, argv, 0), message, op, proto;
  char *text = NULL, *op_text;
  JsObject *error;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Class constructor AssertionError cannot be invoked without 'new'");
  if (!js_is_object (options))
    js_node_throw_invalid_arg_type (J, "options", "of type object", options);
  message = js_get (J, options, JS_KEY (J, message));
  op = js_get_utf8 (J, options, "operator");
  if (!js_is_nullish (message))
    text = js_string_to_utf8 (js_to_string (J, message));
  op_text = js_is_undefined (op) ? g_strdup ("undefined") : js_string_to_utf8 (js_to_string (J, op));
  proto = js_get (J, new_target, JS_KEY (J, prototype));
  if (!js_is_object (proto))
    proto = js_get (J, js_object_value (callee), JS_KEY (J, prototype));
  error = assertion_error_new (J, js_get_object (proto), text,
                               js_get_utf8 (J, options, "actual"), js_get_utf8 (J, options, "expected"), op_text);
  js_define_value_utf8 (J, error, "operator", op, JS_PROP_DEFAULT);
  g_free (text);
  g_free (op_text);
  return js_object_value (error);
}

/* AssertionError.prototype.toString(): `${name} [${code}]: ${message}` */
static JsValue
assertion_error_to_string (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                           JsValue new_target, JsObject *callee)
{
  GString *out = g_string_new (NULL);
  JsValue result;

  js_string_append_to (out, js_to_string (J, js_get (J, this_value, JS_KEY (J, name))));
  g_string_append (out, " [");
  js_string_append_to (out, js_to_string (J, js_get_utf8 (J, this_value, "code")));
  g_string_append (out, "]: ");
  js_string_append_to (out, js_to_string (J, js_get (J, this_value, JS_KEY (J, message))));
  result = js_string_value_utf8 (J, out->str);
  g_string_free (out, TRUE);
  return result;
}

/* ------------------------------------------------------------------------
 * ok, equal and the comparisons
 * ------------------------------------------------------------------------ */

/* The source text of the running call, for "assert(x)" messages; NULL when
 * it is not one line of the main script. */
static char *
current_call_text (JsState *J)
{
  const char *filename, *dirname, *source, *p, *end, *line_start;
  gsize length;
  JsSourceRange range;
  int line = 1;

  js_node_host_script (J, &filename, &dirname, &source, &length);
  if (source == NULL || !js_vm_current_range (J, &range) || range.line != range.end_line)
    return NULL;
  p = source;
  end = source + length;
  while (p < end && line < range.line)
    if (*p++ == '\n')
      line++;
  line_start = p;
  /* Columns count UTF-16 units; scripts are overwhelmingly ASCII, so the
   * byte offsets are taken as they are and checked to stay in the line. */
  if (line_start + range.end_column - 1 > end || range.column < 1 || range.end_column <= range.column)
    return NULL;
  if (memchr (line_start, '\n', range.end_column - 1) != NULL)
    return NULL;
  return g_strndup (line_start + range.column - 1, range.end_column - range.column);
}

/* innerOk(fn, argLen, value, message) */
static JsValue
assert_ok (JsState *J, JsValue this_value, int argc, const JsValue *argv,
           JsValue new_target, JsObject *callee)
{
  JsObject *proto = captured_proto (callee), *error;
  JsValue value = js_arg (argc, argv, 0), message = js_arg (argc, argv, 1);
  char *text;

  if (argc > 0 && js_to_boolean (value))
    return JS_UNDEFINED;
  if (argc == 0)
    error = assertion_error_new (J, proto, "No value argument passed to `assert.ok()`", value, JS_TRUE, "==");
  else if (js_is_nullish (message))
    {
      char *call = current_call_text (J);
      text = call != NULL ? g_strdup_printf ("The expression evaluated to a falsy value:\n\n  %s\n", call) : NULL;
      error = assertion_error_new (J, proto, text, value, JS_TRUE, "==");
      g_free (call);
      g_free (text);
    }
  else
    inner_fail (J, proto, message, value, JS_TRUE, "==");
  set_generated (J, error, TRUE);
  js_throw (J, js_object_value (error));
}

typedef enum {
  CMP_EQUAL, CMP_NOT_EQUAL, CMP_STRICT, CMP_NOT_STRICT,
  CMP_DEEP, CMP_NOT_DEEP, CMP_DEEP_STRICT, CMP_NOT_DEEP_STRICT
} Comparison;

static const char *const comparison_operators[] = {
  "==", "!=", "strictEqual", "notStrictEqual", "deepEqual", "notDeepEqual", "deepStrictEqual", "notDeepStrictEqual"
};

static gboolean
both_nan (JsValue a, JsValue b)
{
  return js_is_number (a) && js_is_number (b) && isnan (js_get_number (a)) && isnan (js_get_number (b));
}

static JsValue
assert_compare (JsState *J, int argc, const JsValue *argv, JsObject *callee, Comparison which)
{
  JsValue actual = js_arg (argc, argv, 0), expected = js_arg (argc, argv, 1);
  gboolean ok;

  if (argc < 2)
    {
      JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_MISSING_ARGS",
                                           "The \"actual\" and \"expected\" arguments must be specified");
      js_throw (J, js_object_value (error));
    }
  switch (which)
    {
    case CMP_EQUAL: ok = js_loose_equals (J, actual, expected) || both_nan (actual, expected); break;
    case CMP_NOT_EQUAL: ok = !js_loose_equals (J, actual, expected) && !both_nan (actual, expected); break;
    case CMP_STRICT: ok = js_same_value (actual, expected); break;
    case CMP_NOT_STRICT: ok = !js_same_value (actual, expected); break;
    case CMP_DEEP: ok = js_node_deep_equal (J, actual, expected, FALSE); break;
    case CMP_NOT_DEEP: ok = !js_node_deep_equal (J, actual, expected, FALSE); break;
    case CMP_DEEP_STRICT: ok = js_node_deep_equal (J, actual, expected, TRUE); break;
    default: ok = !js_node_deep_equal (J, actual, expected, TRUE); break;
    }
  if (ok)
    return JS_UNDEFINED;
  inner_fail (J, captured_proto (callee), js_arg (argc, argv, 2), actual, expected, comparison_operators[which]);
}

#define ASSERT_COMPARISON(fn, which) \
  static JsValue fn (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                     JsValue new_target, JsObject *callee) \
  { return assert_compare (J, argc, argv, callee, which); }
ASSERT_COMPARISON (assert_equal, CMP_EQUAL)
ASSERT_COMPARISON (assert_not_equal, CMP_NOT_EQUAL)
ASSERT_COMPARISON (assert_strict_equal, CMP_STRICT)
ASSERT_COMPARISON (assert_not_strict_equal, CMP_NOT_STRICT)
ASSERT_COMPARISON (assert_deep_equal, CMP_DEEP)
ASSERT_COMPARISON (assert_not_deep_equal, CMP_NOT_DEEP)
ASSERT_COMPARISON (assert_deep_strict_equal, CMP_DEEP_STRICT)
ASSERT_COMPARISON (assert_not_deep_strict_equal, CMP_NOT_DEEP_STRICT)
#undef ASSERT_COMPARISON

/* fail([message]): the deprecated forms with more arguments are not kept. */
static JsValue
assert_fail_method (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsValue message = js_arg (argc, argv, 0);
  JsObject *error;

  if (js_is_nullish (message) && argc <= 1)
    {
      error = assertion_error_new (J, captured_proto (callee), "Failed", JS_UNDEFINED, JS_UNDEFINED, "fail");
      set_generated (J, error, TRUE);
      js_throw (J, js_object_value (error));
    }
  inner_fail (J, captured_proto (callee), message, JS_UNDEFINED, JS_UNDEFINED, "fail");
}

/* ifError(value): throws when value is neither null nor undefined. */
static JsValue
assert_if_error (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  JsValue err = js_arg (argc, argv, 0);
  GString *message;
  JsObject *error;
  JsValue text;

  if (js_is_nullish (err))
    return JS_UNDEFINED;
  message = g_string_new ("ifError got unwanted exception: ");
  text = js_is_object (err) ? js_get (J, err, JS_KEY (J, message)) : JS_UNDEFINED;
  if (js_is_string (text))
    {
      JsValue ctor = js_get (J, err, JS_KEY (J, constructor));
      if (js_get_string (text)->length == 0 && js_to_boolean (ctor))
        js_string_append_to (message, js_to_string (J, js_get (J, ctor, JS_KEY (J, name))));
      else
        js_string_append_to (message, js_get_string (text));
    }
  else
    {
      char *shown = inspect_plain (J, err, 2);
      g_string_append (message, shown);
      g_free (shown);
    }
  error = assertion_error_new (J, captured_proto (callee), message->str, err, JS_NULL, "ifError");
  g_string_free (message, TRUE);
  js_throw (J, js_object_value (error));
}

static gboolean
is_regexp (JsValue v)
{
  return js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_REGEXP;
}

static gboolean
regexp_matches (JsState *J, JsValue regexp, JsValue string)
{
  return !js_is_null (js_invoke (J, regexp, js_key_from_utf8 (J, "exec"), 1, &string));
}

/* internalMatch(string, regexp, message, fn) */
static JsValue
match_common (JsState *J, int argc, const JsValue *argv, JsObject *callee, gboolean match)
{
  JsValue string = js_arg (argc, argv, 0), regexp = js_arg (argc, argv, 1), message = js_arg (argc, argv, 2);
  const char *op = match ? "match" : "doesNotMatch";
  JsObject *error;
  char *text;

  if (!is_regexp (regexp))
    js_node_throw_invalid_arg_type (J, "regexp", "an instance of RegExp", regexp);
  if (js_is_string (string) && regexp_matches (J, regexp, string) == match)
    return JS_UNDEFINED;
  if (js_is_object (message) && js_instance_of (J, message, js_object_value (JS_INTRINSIC (J, Error))))
    js_throw (J, message);
  if (js_to_boolean (message))
    text = js_string_to_utf8 (js_to_string (J, message));
  else if (!js_is_string (string))
    {
      char *shown = inspect_plain (J, string, 2);
      char *type = js_string_to_utf8 (js_typeof (J, string));
      text = g_strdup_printf ("The \"string\" argument must be of type string. Received type %s (%s)", type, shown);
      g_free (type);
      g_free (shown);
    }
  else
    {
      char *re = inspect_plain (J, regexp, 2), *input = inspect_plain (J, string, 2);
      text = g_strdup_printf ("%s%s. Input:\n\n%s\n", match ? "The input did not match the regular expression "
                              : "The input was expected to not match the regular expression ", re, input);
      g_free (re);
      g_free (input);
    }
  error = assertion_error_new (J, captured_proto (callee), text, string, regexp, op);
  g_free (text);
  set_generated (J, error, !js_to_boolean (message));
  js_throw (J, js_object_value (error));
}

static JsValue
assert_match (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  return match_common (J, argc, argv, callee, TRUE);
}

static JsValue
assert_does_not_match (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return match_common (J, argc, argv, callee, FALSE);
}

/* ------------------------------------------------------------------------
 * throws, doesNotThrow, rejects, doesNotReject
 * ------------------------------------------------------------------------ */

static gboolean
is_error_class (JsState *J, JsValue expected)
{
  /* ObjectPrototypeIsPrototypeOf(Error, expected) */
  JsObject *error_ctor = JS_INTRINSIC (J, Error);
  guint n_proxies = 0;

  for (JsObject *o = js_prototype_chain_next (J, js_get_object (expected), &n_proxies); o != NULL;
       o = js_prototype_chain_next (J, o, &n_proxies))
    if (o == error_ctor)
      return TRUE;
  return FALSE;
}

static gboolean
is_native_error (JsValue v)
{
  return js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_ERROR;
}

static JsValue
comparison_construct (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  js_throw_type_error (J, "Illegal constructor");
}

/* compareExceptionKey(actual, expected, key, message, keys, fn) */
static void
compare_exception_key (JsState *J, JsObject *proto, JsValue actual, JsValue expected, JsValue key,
                       JsValue message, const char *op)
{
  JsValue a = js_get (J, actual, key), e = js_get (J, expected, key);
  JsObject *error, *shown_actual, *shown_expected, *comparison_proto;
  JsValue *keys;
  GArray *all;
  guint32 n;

  if (js_has_property (J, js_get_object (actual), key) && js_node_deep_equal (J, a, e, TRUE))
    return;
  if (!js_is_undefined (message))
    inner_fail (J, proto, message, actual, expected, op);
  /* new Comparison(obj, keys): the compared keys of each, shown as
   * "Comparison {…}" in the diff; where a RegExp of the expected side
   * matched, that side shows the actual value. */
  comparison_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  js_native_constructor_new (J, "Comparison", 0, comparison_construct, comparison_proto);
  shown_actual = js_object_new (J, comparison_proto);
  shown_expected = js_object_new (J, comparison_proto);
  keys = js_own_property_keys (J, js_get_object (expected), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
  all = g_array_new (FALSE, FALSE, sizeof (JsValue));
  g_array_append_vals (all, keys, n);
  g_free (keys);
  if (js_instance_of (J, expected, js_object_value (JS_INTRINSIC (J, Error))))
    {
      JsValue extra[2] = { JS_KEY (J, name), JS_KEY (J, message) };
      g_array_append_vals (all, extra, 2);
    }
  for (guint i = 0; i < all->len; i++)
    {
      JsValue k = g_array_index (all, JsValue, i);
      JsValue ev = js_get (J, expected, k), av = js_get (J, actual, k);

      if (js_has_property (J, js_get_object (actual), k))
        js_define_value (J, shown_actual, k, av, JS_PROP_DEFAULT);
      if (is_regexp (ev) && js_is_string (av) && regexp_matches (J, ev, av))
        ev = av;
      js_define_value (J, shown_expected, k, ev, JS_PROP_DEFAULT);
    }
  g_array_free (all, TRUE);
  error = assertion_error_new (J, proto, NULL, js_object_value (shown_actual), js_object_value (shown_expected),
                               "deepStrictEqual");
  js_define_value_utf8 (J, error, "actual", actual, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "expected", expected, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "operator", js_string_value_utf8 (J, op), JS_PROP_DEFAULT);
  js_throw (J, js_object_value (error));
}

/* expectedException(actual, expected, message, fn) */
static void
expected_exception (JsState *J, JsObject *proto, JsValue actual, JsValue expected, JsValue message, const char *op)
{
  char *text = NULL;
  gboolean generated = FALSE;
  JsObject *error;

  if (!js_is_callable (expected))
    {
      if (is_regexp (expected))
        {
          JsValue str = js_string_value (js_to_string (J, actual));
          if (regexp_matches (J, expected, str))
            return;
          if (!js_to_boolean (message))
            {
              char *re = inspect_plain (J, expected, 2), *input = inspect_plain (J, str, 2);
              generated = TRUE;
              text = g_strdup_printf ("The input did not match the regular expression %s. Input:\n\n%s\n", re, input);
              g_free (re);
              g_free (input);
            }
        }
      else if (!js_is_object (actual))
        {
          char *user = js_is_undefined (message) ? NULL : js_string_to_utf8 (js_to_string (J, message));
          error = assertion_error_new (J, proto, user, actual, expected, "deepStrictEqual");
          g_free (user);
          js_define_value_utf8 (J, error, "operator", js_string_value_utf8 (J, op), JS_PROP_DEFAULT);
          js_throw (J, js_object_value (error));
        }
      else
        {
          /* The keys live in a JS array: a failed key throws from inside the loop. */
          guint32 n;
          JsValue *keys = js_own_property_keys (J, js_get_object (expected), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
          JsObject *all = js_array_from_values (J, keys, n);

          g_free (keys);
          if (js_instance_of (J, expected, js_object_value (JS_INTRINSIC (J, Error))))
            {
              js_array_push (J, all, JS_KEY (J, name));
              js_array_push (J, all, JS_KEY (J, message));
            }
          else if (n == 0)
            {
              char *shown = inspect_plain (J, expected, 2);
              char *m = g_strdup_printf ("The argument 'error' may not be an empty object. Received %s", shown);
              g_free (shown);
              js_node_throw_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE", m);
            }
          for (guint32 i = 0; i < js_array_length (all); i++)
            {
              JsValue key = js_get_index (J, js_object_value (all), i);
              JsValue av = js_get (J, actual, key), ev = js_get (J, expected, key);
              if (js_is_string (av) && is_regexp (ev) && regexp_matches (J, ev, av))
                continue;
              compare_exception_key (J, proto, actual, expected, key, message, op);
            }
          return;
        }
    }
  else if (!js_is_undefined (js_get (J, expected, JS_KEY (J, prototype))) && js_instance_of (J, actual, expected))
    return;
  else if (is_error_class (J, expected))
    {
      if (!js_to_boolean (message))
        {
          GString *m = g_string_new ("The error is expected to be an instance of \"");
          generated = TRUE;
          js_string_append_to (m, js_to_string (J, js_get (J, expected, JS_KEY (J, name))));
          g_string_append (m, "\". Received ");
          if (is_native_error (actual))
            {
              JsValue ctor = js_get (J, actual, JS_KEY (J, constructor));
              JsValue name = js_is_object (ctor) ? js_get (J, ctor, JS_KEY (J, name)) : JS_UNDEFINED;
              JsValue msg;
              if (!js_to_boolean (name))
                name = js_get (J, actual, JS_KEY (J, name));
              if (js_strict_equals (name, js_get (J, expected, JS_KEY (J, name))))
                g_string_append (m, "an error with identical name but a different prototype.");
              else
                {
                  g_string_append_c (m, '"');
                  js_string_append_to (m, js_to_string (J, name));
                  g_string_append_c (m, '"');
                }
              msg = js_get (J, actual, JS_KEY (J, message));
              if (js_to_boolean (msg))
                {
                  g_string_append (m, "\n\nError message:\n\n");
                  js_string_append_to (m, js_to_string (J, msg));
                }
            }
          else
            {
              char *shown = inspect_plain (J, actual, -1);
              g_string_append_printf (m, "\"%s\"", shown);
              g_free (shown);
            }
          text = g_string_free (m, FALSE);
        }
    }
  else
    {
      JsValue this_arg = js_object_value (js_plain_object_new (J));
      JsValue res = js_call (J, expected, this_arg, 1, &actual);
      if (js_strict_equals (res, JS_TRUE))
        return;
      if (!js_to_boolean (message))
        {
          JsString *name = js_function_get_name (J, js_get_object (expected));
          char *name_text = js_string_to_utf8 (name);
          char *shown = inspect_plain (J, res, 2);
          GString *m = g_string_new (NULL);
          generated = TRUE;
          g_string_append_printf (m, "The %s%s%svalidation function is expected to return \"true\". Received %s",
                                  name->length > 0 ? "\"" : "", name_text, name->length > 0 ? "\" " : "", shown);
          if (is_native_error (actual))
            {
              g_string_append (m, "\n\nCaught error:\n\n");
              js_string_append_to (m, js_to_string (J, actual));
            }
          g_free (name_text);
          g_free (shown);
          text = g_string_free (m, FALSE);
        }
    }
  if (text == NULL)
    text = js_string_to_utf8 (js_to_string (J, message));
  error = assertion_error_new (J, proto, text, actual, expected, op);
  g_free (text);
  set_generated (J, error, generated);
  js_throw (J, js_object_value (error));
}

/* expectsError(stackStartFn, actual, error, message): `threw` FALSE for
 * NO_EXCEPTION_SENTINEL. */
static void
expects_error (JsState *J, JsObject *proto, const char *op, gboolean threw, JsValue actual, int argc,
               const JsValue *args)
{
  JsValue error = js_arg (argc, args, 0), message = js_arg (argc, args, 1);

  if (js_is_string (error))
    {
      if (argc >= 2)
        js_node_throw_invalid_arg_type (J, "error",
                                        "of type function or an instance of Error, RegExp, or Object", error);
      if (threw && js_is_object (actual) && js_strict_equals (js_get (J, actual, JS_KEY (J, message)), error))
        {
          char *m = js_string_to_utf8 (js_get_string (error));
          char *text = g_strdup_printf ("The \"error/message\" argument is ambiguous. The error message \"%s\" is "
                                        "identical to the message.", m);
          g_free (m);
          js_node_throw_error (J, JS_TYPE_ERROR, "ERR_AMBIGUOUS_ARGUMENT", text);
        }
      if (threw && js_strict_equals (actual, error))
        {
          char *m = js_string_to_utf8 (js_get_string (error));
          char *text = g_strdup_printf ("The \"error/message\" argument is ambiguous. The error \"%s\" is identical "
                                        "to the message.", m);
          g_free (m);
          js_node_throw_error (J, JS_TYPE_ERROR, "ERR_AMBIGUOUS_ARGUMENT", text);
        }
      message = error;
      error = JS_UNDEFINED;
    }
  else if (!js_is_nullish (error) && !js_is_object (error))
    js_node_throw_invalid_arg_type (J, "error", "of type function or an instance of Error, RegExp, or Object", error);
  if (!threw)
    {
      GString *details = g_string_new (NULL);
      JsObject *e;
      JsValue name = js_to_boolean (error) ? js_get (J, error, JS_KEY (J, name)) : JS_UNDEFINED;

      g_string_append_printf (details, "Missing expected %s",
                              strcmp (op, "rejects") == 0 ? "rejection" : "exception");
      if (js_to_boolean (name))
        {
          g_string_append (details, " (");
          js_string_append_to (details, js_to_string (J, name));
          g_string_append_c (details, ')');
        }
      if (js_to_boolean (message))
        {
          g_string_append (details, ": ");
          js_string_append_to (details, js_to_string (J, message));
        }
      else
        g_string_append_c (details, '.');
      if (js_is_object (message) && js_instance_of (J, message, js_object_value (JS_INTRINSIC (J, Error))))
        {
          g_string_free (details, TRUE);
          js_throw (J, message);
        }
      e = assertion_error_new (J, proto, details->str, JS_UNDEFINED, error, op);
      g_string_free (details, TRUE);
      js_throw (J, js_object_value (e));
    }
  if (!js_to_boolean (error))
    return;
  expected_exception (J, proto, actual, error, message, op);
}

/* hasMatchingError(actual, expected) */
static gboolean
has_matching_error (JsState *J, JsValue actual, JsValue expected)
{
  if (!js_is_callable (expected))
    {
      if (is_regexp (expected))
        return regexp_matches (J, expected, js_string_value (js_to_string (J, actual)));
      js_node_throw_invalid_arg_type (J, "expected", "of type function or an instance of RegExp", expected);
    }
  if (!js_is_undefined (js_get (J, expected, JS_KEY (J, prototype))) && js_instance_of (J, actual, expected))
    return TRUE;
  if (is_error_class (J, expected))
    return FALSE;
  {
    JsValue this_arg = js_object_value (js_plain_object_new (J));
    return js_strict_equals (js_call (J, expected, this_arg, 1, &actual), JS_TRUE);
  }
}

/* expectsNoError(stackStartFn, actual, error, message) */
static void
expects_no_error (JsState *J, JsObject *proto, const char *op, gboolean threw, JsValue actual, int argc,
                  const JsValue *args)
{
  JsValue error = js_arg (argc, args, 0), message = js_arg (argc, args, 1);

  if (!threw)
    return;
  if (js_is_string (error))
    {
      message = error;
      error = JS_UNDEFINED;
    }
  if (!js_to_boolean (error) || has_matching_error (J, actual, error))
    {
      GString *text = g_string_new (NULL);
      JsValue actual_message = js_is_nullish (actual) ? JS_UNDEFINED : js_get (J, actual, JS_KEY (J, message));
      JsObject *e;

      g_string_append_printf (text, "Got unwanted %s", strcmp (op, "doesNotReject") == 0 ? "rejection" : "exception");
      if (js_to_boolean (message))
        {
          g_string_append (text, ": ");
          js_string_append_to (text, js_to_string (J, message));
        }
      else
        g_string_append_c (text, '.');
      g_string_append (text, "\nActual message: \"");
      js_string_append_to (text, js_to_string (J, actual_message));
      g_string_append_c (text, '"');
      e = assertion_error_new (J, proto, text->str, actual, error, op);
      g_string_free (text, TRUE);
      js_throw (J, js_object_value (e));
    }
  js_throw (J, actual);
}

/* getActual(fn): calls fn; TRUE and *error when it threw. */
static gboolean
get_actual (JsState *J, JsValue fn, JsValue *error)
{
  JsTryPoint tp;

  if (!js_is_callable (fn))
    js_node_throw_invalid_arg_type (J, "fn", "of type function", fn);
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_call (J, fn, JS_UNDEFINED, 0, NULL);
      js_try_end (J, &tp);
      return FALSE;
    }
  if (J->terminating)
    js_throw (J, J->exception);
  *error = J->exception;
  return TRUE;
}

/* throws / doesNotThrow: call fn, then check what it threw against the
 * rest of the arguments. */
static JsValue
assert_call_settled (JsState *J, JsObject *callee, gboolean does_not, int argc, const JsValue *argv)
{
  JsValue actual = JS_UNDEFINED;
  gboolean threw = get_actual (J, js_arg (argc, argv, 0), &actual);
  int rest = argc > 0 ? argc - 1 : 0;

  if (does_not)
    expects_no_error (J, captured_proto (callee), "doesNotThrow", threw, actual, rest, argv + 1);
  else
    expects_error (J, captured_proto (callee), "throws", threw, actual, rest, argv + 1);
  return JS_UNDEFINED;
}

static JsValue
assert_throws (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  return assert_call_settled (J, callee, FALSE, argc, argv);
}

static JsValue
assert_does_not_throw (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return assert_call_settled (J, callee, TRUE, argc, argv);
}

/* The settle handlers of rejects / doesNotReject: captures are the
 * prototype, whether it is doesNotReject, the error and the message. */
static JsValue
async_assert_settled (JsState *J, JsObject *callee, gboolean threw, JsValue actual)
{
  JsValue *captures = js_native_captures (callee);
  JsValue args[2] = { captures[2], captures[3] };
  int argc = (int) js_get_number (captures[4]);

  if (js_to_boolean (captures[1]))
    expects_no_error (J, js_get_object (captures[0]), "doesNotReject", threw, actual, argc, args);
  else
    expects_error (J, js_get_object (captures[0]), "rejects", threw, actual, argc, args);
  return JS_UNDEFINED;
}

static JsValue
async_assert_fulfilled (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  return async_assert_settled (J, callee, FALSE, JS_UNDEFINED);
}

static JsValue
async_assert_rejected (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  return async_assert_settled (J, callee, TRUE, js_arg (argc, argv, 0));
}

/* checkIsPromise(obj) */
static gboolean
is_promise_like (JsState *J, JsValue v)
{
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_PROMISE)
    return TRUE;
  return js_is_object (v) && !js_is_callable (v) && js_is_callable (js_get (J, v, JS_KEY (J, then))) &&
         js_is_callable (js_get_utf8 (J, v, "catch"));
}

/* async rejects(promiseFn, ...args) / doesNotReject: waitForActual, then
 * the same checks as throws / doesNotThrow, as a promise. */
static JsValue
async_assert (JsState *J, int argc, const JsValue *argv, JsObject *callee, gboolean does_not)
{
  JsValue promise_fn = js_arg (argc, argv, 0), awaited = JS_UNDEFINED;
  JsObject *result = js_promise_new (J), *awaited_promise;
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (js_is_callable (promise_fn))
        {
          awaited = js_call (J, promise_fn, JS_UNDEFINED, 0, NULL);
          if (!is_promise_like (J, awaited))
            {
              char *type = js_node_describe_received (J, awaited);
              char *text = g_strdup_printf ("Expected instance of Promise to be returned from the \"promiseFn\" "
                                            "function but got %s.", type);
              g_free (type);
              js_node_throw_error (J, JS_TYPE_ERROR, "ERR_INVALID_RETURN_VALUE", text);
            }
        }
      else if (is_promise_like (J, promise_fn))
        awaited = promise_fn;
      else
        js_node_throw_invalid_arg_type (J, "promiseFn", "of type function or an instance of Promise", promise_fn);
      js_try_end (J, &tp);
      awaited_promise = js_promise_resolve_value (J, awaited);
    }
  else
    {
      /* waitForActual threw before its await: the result rejects with it. */
      js_promise_reject_caught (J, result);
      return js_object_value (result);
    }
  {
    JsObject *handlers[2];
    for (int i = 0; i < 2; i++)
      {
        handlers[i] = js_native_function_new (J, "", 1, i == 0 ? async_assert_fulfilled : async_assert_rejected, 5);
        js_native_captures (handlers[i])[0] = js_native_captures (callee)[0];
        js_native_captures (handlers[i])[1] = js_boolean (does_not);
        js_native_captures (handlers[i])[2] = js_arg (argc, argv, 1);
        js_native_captures (handlers[i])[3] = js_arg (argc, argv, 2);
        js_native_captures (handlers[i])[4] = js_number (argc > 0 ? argc - 1 : 0);
      }
    js_perform_promise_then (J, awaited_promise, js_object_value (handlers[0]), js_object_value (handlers[1]), result);
  }
  return js_object_value (result);
}

static JsValue
assert_rejects (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  return async_assert (J, argc, argv, callee, FALSE);
}

static JsValue
assert_does_not_reject (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  return async_assert (J, argc, argv, callee, TRUE);
}

/* ------------------------------------------------------------------------
 * The module
 * ------------------------------------------------------------------------ */

/* The methods after fail and AssertionError, in Node's order: assert.strict
 * puts the strict comparisons under the loose names. */
static const struct { const char *name; JsNativeFn loose, strict; int length; } assert_methods[] = {
  { "ok", assert_ok, assert_ok, 0 },
  { "equal", assert_equal, assert_strict_equal, 3 },
  { "notEqual", assert_not_equal, assert_not_strict_equal, 3 },
  { "deepEqual", assert_deep_equal, assert_deep_strict_equal, 3 },
  { "notDeepEqual", assert_not_deep_equal, assert_not_deep_strict_equal, 3 },
  { "deepStrictEqual", assert_deep_strict_equal, assert_deep_strict_equal, 3 },
  { "notDeepStrictEqual", assert_not_deep_strict_equal, assert_not_deep_strict_equal, 3 },
  { "strictEqual", assert_strict_equal, assert_strict_equal, 3 },
  { "notStrictEqual", assert_not_strict_equal, assert_not_strict_equal, 3 },
  { "throws", assert_throws, assert_throws, 1 },
  { "rejects", assert_rejects, assert_rejects, 1 },
  { "doesNotThrow", assert_does_not_throw, assert_does_not_throw, 1 },
  { "doesNotReject", assert_does_not_reject, assert_does_not_reject, 1 },
  { "ifError", assert_if_error, assert_if_error, 1 },
  { "match", assert_match, assert_match, 3 },
  { "doesNotMatch", assert_does_not_match, assert_does_not_match, 3 },
};

static JsObject *
assert_object_new (JsState *J, JsValue proto, JsValue error_ctor)
{
  JsObject *assert = js_native_function_new (J, "ok", 2, assert_ok, 1);

  js_native_captures (assert)[0] = proto;
  js_define_captured_method (J, assert, "fail", assert_fail_method, 5, proto, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, assert, "AssertionError", error_ctor, JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (assert_methods); i++)
    js_define_captured_method (J, assert, assert_methods[i].name, assert_methods[i].loose, assert_methods[i].length,
                               proto, JS_PROP_DEFAULT);
  return assert;
}

/* assert.strict is Object.assign(strict, assert, { equal: assert.strictEqual,
 * ... }): the same function objects, the strict ones under the loose names. */
static JsObject *
assert_strict_new (JsState *J, JsValue proto, JsObject *assert)
{
  JsObject *strict = js_native_function_new (J, "strict", 2, assert_ok, 1);
  JsValue loose = js_object_value (assert);

  js_native_captures (strict)[0] = proto;
  js_define_value_utf8 (J, strict, "fail", js_get_utf8 (J, loose, "fail"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, strict, "AssertionError", js_get_utf8 (J, loose, "AssertionError"), JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (assert_methods); i++)
    {
      const char *source = assert_methods[i].name;
      /* The strict entry's function is the loose table's entry of the same native. */
      for (guint j = 0; j < G_N_ELEMENTS (assert_methods); j++)
        if (assert_methods[j].loose == assert_methods[i].strict)
          source = assert_methods[j].name;
      js_define_value_utf8 (J, strict, assert_methods[i].name, js_get_utf8 (J, loose, source), JS_PROP_DEFAULT);
    }
  return strict;
}

JsValue
js_node_assert_module_new (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ErrorPrototype));
  JsObject *ctor = js_native_constructor_new (J, "AssertionError", 1, assertion_error_construct, proto);
  JsObject *assert, *strict;

  js_object_set_prototype_of (J, ctor, JS_INTRINSIC (J, Error));
  js_define_method (J, proto, "toString", assertion_error_to_string, 0);
  assert = assert_object_new (J, js_object_value (proto), js_object_value (ctor));
  strict = assert_strict_new (J, js_object_value (proto), assert);
  js_define_value_utf8 (J, assert, "strict", js_object_value (strict), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, strict, "strict", js_object_value (strict), JS_PROP_DEFAULT);
  return js_object_value (assert);
}
