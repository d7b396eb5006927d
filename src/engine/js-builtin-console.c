/* js-builtin-console.c: the console global, as Node 20 prints it
 * (lib/internal/console/constructor.js).
 *
 * Each call formats one string, indents it for the current console.group
 * level, and writes it with its '\n' in one js_write_output call — to stdout
 * for log/info/debug/dir/table/count/time*, to stderr for warn/error/trace
 * and failed asserts.
 *
 * The console's own state (group indentation, counters, timers) lives in a
 * null-prototype object that every method holds as its capture: no C state,
 * and the GC sees it through the functions.
 */
#include "js-internal.h"

#include <math.h>

/* Slots of the state object, by property name. */
#define STATE_INDENT "indent"
#define STATE_COUNTS "counts"
#define STATE_TIMERS "timers"

static G_GNUC_NORETURN void
rethrow (JsState *J)
{
  if (J->terminating)
    js_throw_budget (J, J->terminated_by);
  js_throw (J, J->exception);
}

static JsObject *
console_state (JsObject *callee)
{
  return js_get_object (js_native_captures (callee)[0]);
}

static JsObject *
state_table (JsState *J, JsObject *state, const char *name)
{
  return js_get_object (js_get_own_data (J, state, js_key_from_utf8 (J, name)));
}

static int
group_indent (JsState *J, JsObject *state)
{
  return (int) js_get_number (js_get_own_data (J, state, js_key_from_utf8 (J, STATE_INDENT)));
}

/* kWriteToConsole: the group indentation before every line, then '\n'. */
static void
console_write (JsState *J, JsObject *state, JsStream stream, const char *text, gsize length)
{
  int indent = group_indent (J, state);
  GString *line = g_string_sized_new (length + indent + 1);
  for (int i = 0; i < indent; i++)
    g_string_append_c (line, ' ');
  for (gsize i = 0; i < length; i++)
    {
      g_string_append_c (line, text[i]);
      if (text[i] == '\n')
        for (int k = 0; k < indent; k++)
          g_string_append_c (line, ' ');
    }
  g_string_append_c (line, '\n');
  /* The sink and the trace are C code that does not throw. */
  js_write_output (J, stream, line->str, line->len);
  if (J->trace != NULL)
    js_trace_console (J, stream, line->str, line->len);
  g_string_free (line, TRUE);
}

/* util.format(...args) into a g_malloc'd string; nothing leaks if a getter
 * or toString run by the formatting throws. */
static char *
format_args (JsState *J, int argc, const JsValue *argv, gsize *length)
{
  GString *out = g_string_new (NULL);
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_format_log_args (J, argc, argv, out);
      js_try_end (J, &tp);
    }
  else
    {
      g_string_free (out, TRUE);
      rethrow (J);
    }
  *length = out->len;
  return g_string_free (out, FALSE);
}

static void
print_args (JsState *J, JsObject *state, JsStream stream, int argc, const JsValue *argv)
{
  gsize length;
  char *text = format_args (J, argc, argv, &length);
  console_write (J, state, stream, text, length);
  g_free (text);
}

static void
print_utf8 (JsState *J, JsObject *state, JsStream stream, const char *text)
{
  JsValue arg = js_string_value (js_string_new_utf8 (J, text, -1));
  print_args (J, state, stream, 1, &arg);
}

/* process.emitWarning's line on stderr (Node adds its pid; we have none). */
static void
emit_warning (JsState *J, const char *format, JsString *label)
{
  char *name = js_string_to_utf8 (label);
  char *message = g_strdup_printf (format, name);
  char *line = g_strdup_printf ("(node) Warning: %s", message);
  g_free (name);
  g_free (message);
  js_write_output (J, JS_STREAM_STDERR, line, strlen (line));
  js_write_output (J, JS_STREAM_STDERR, "\n", 1);
  g_free (line);
}

/* console.log / info / debug / dirxml */
static JsValue
console_log (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  /* V8's console reports no message for a call without arguments: a
   * page's console.log() shows nothing. */
  if (argc == 0 && J->options.host == JS_HOST_BROWSER)
    return JS_UNDEFINED;
  print_args (J, console_state (callee), JS_STREAM_STDOUT, argc, argv);
  return JS_UNDEFINED;
}

/* console.warn / error */
static JsValue
console_warn (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  print_args (J, console_state (callee), JS_STREAM_STDERR, argc, argv);
  return JS_UNDEFINED;
}

/* util.inspect(value, options) into a g_malloc'd string, leak-free on throw. */
static char *
inspect_to_utf8 (JsState *J, JsValue value, const JsInspectOptions *options)
{
  GString *out = g_string_new (NULL);
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      js_inspect (J, value, options, out);
      js_try_end (J, &tp);
    }
  else
    {
      g_string_free (out, TRUE);
      rethrow (J);
    }
  return g_string_free (out, FALSE);
}

/* console.dir (object, options) */
static JsValue
console_dir (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  JsInspectOptions options;
  js_inspect_options_init (&options);
  options.custom_inspect = FALSE;
  js_inspect_options_from_value (J, js_arg (argc, argv, 1), &options);
  char *text = inspect_to_utf8 (J, js_arg (argc, argv, 0), &options);
  console_write (J, console_state (callee), JS_STREAM_STDOUT, text, strlen (text));
  g_free (text);
  return JS_UNDEFINED;
}

/* `${label}` with 'default' for undefined. */
static JsString *
label_of (JsState *J, int argc, const JsValue *argv)
{
  JsValue label = js_arg (argc, argv, 0);
  if (js_is_undefined (label))
    return js_intern_utf8 (J, "default");
  return js_to_string (J, label);
}

/* Node's formatTime: "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)". */
static char *
format_time (double ms)
{
  double hours = 0, minutes = 0, seconds = 0;
  if (ms >= 1000)
    {
      if (ms >= 60000)
        {
          if (ms >= 3600000)
            {
              hours = floor (ms / 3600000);
              ms = fmod (ms, 3600000);
            }
          minutes = floor (ms / 60000);
          ms = fmod (ms, 60000);
        }
      seconds = ms / 1000;
    }
  if (hours != 0 || minutes != 0)
    {
      char *fixed = js_number_to_fixed_cstring (seconds, 3);
      char *dot = strchr (fixed, '.');
      *dot = '\0';
      char *result;
      if (hours != 0)
        result = g_strdup_printf ("%.0f:%02.0f:%02d.%s (h:mm:ss.mmm)", hours, minutes, atoi (fixed), dot + 1);
      else
        result = g_strdup_printf ("%.0f:%02d.%s (m:ss.mmm)", minutes, atoi (fixed), dot + 1);
      g_free (fixed);
      return result;
    }
  if (seconds != 0)
    {
      char *fixed = js_number_to_fixed_cstring (seconds, 3);
      char *result = g_strconcat (fixed, "s", NULL);
      g_free (fixed);
      return result;
    }
  char *fixed = js_number_to_fixed_cstring (ms, 3);
  char buffer[JS_NUMBER_BUFFER_SIZE];
  js_number_to_cstring (g_ascii_strtod (fixed, NULL), buffer);
  g_free (fixed);
  return g_strconcat (buffer, "ms", NULL);
}

/* console.time (label = 'default') */
static JsValue
console_time (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsString *label = label_of (J, argc, argv);
  JsObject *timers = state_table (J, console_state (callee), STATE_TIMERS);
  JsValue key = js_to_property_key (J, js_string_value (label));
  if (!js_is_empty (js_get_own_data (J, timers, key)))
    {
      emit_warning (J, "Label '%s' already exists for console.time()", label);
      return JS_UNDEFINED;
    }
  js_define_value (J, timers, key, js_number (js_virtual_now_ms (J)), JS_PROP_DEFAULT);
  return JS_UNDEFINED;
}

/* timeLogImpl: "label: 1.234ms" plus the extra data; FALSE when unknown. */
static gboolean
time_log (JsState *J, JsObject *callee, const char *method, JsString *label, int argc, const JsValue *data)
{
  JsObject *state = console_state (callee);
  JsObject *timers = state_table (J, state, STATE_TIMERS);
  JsValue key = js_to_property_key (J, js_string_value (label));
  JsValue start = js_get_own_data (J, timers, key);
  if (js_is_empty (start))
    {
      char *format = g_strdup_printf ("No such label '%%s' for console.%s()", method);
      emit_warning (J, format, label);
      g_free (format);
      return FALSE;
    }
  char *formatted = format_time (js_virtual_now_ms (J) - js_get_number (start));
  JsValue *args = g_newa (JsValue, argc + 3);
  args[0] = js_string_value (js_string_new_utf8 (J, "%s: %s", -1));
  args[1] = js_string_value (label);
  args[2] = js_string_value (js_string_new_utf8 (J, formatted, -1));
  g_free (formatted);
  for (int i = 0; i < argc; i++)
    args[3 + i] = data[i];
  print_args (J, state, JS_STREAM_STDOUT, argc + 3, args);
  return TRUE;
}

/* console.timeEnd (label = 'default') */
static JsValue
console_time_end (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsString *label = label_of (J, argc, argv);
  if (time_log (J, callee, "timeEnd", label, 0, NULL))
    {
      JsObject *timers = state_table (J, console_state (callee), STATE_TIMERS);
      js_delete_property (J, timers, js_to_property_key (J, js_string_value (label)));
    }
  return JS_UNDEFINED;
}

/* console.timeLog (label = 'default', ...data) */
static JsValue
console_time_log (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  JsString *label = label_of (J, argc, argv);
  time_log (J, callee, "timeLog", label, MAX (argc - 1, 0), argv + 1);
  return JS_UNDEFINED;
}

/* console.trace (...args): "Trace: message" and a stack, on stderr. */
static JsValue
console_trace (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  gsize length;
  char *message = format_args (J, argc, argv, &length);
  char *text = g_strconcat ("Trace", length > 0 ? ": " : "", message, "\n    at <anonymous>", NULL);
  g_free (message);
  console_write (J, console_state (callee), JS_STREAM_STDERR, text, strlen (text));
  g_free (text);
  return JS_UNDEFINED;
}

/* console.assert (expression, ...args) */
static JsValue
console_assert (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  if (js_to_boolean (js_arg (argc, argv, 0)))
    return JS_UNDEFINED;
  JsObject *state = console_state (callee);
  if (argc <= 1)
    {
      print_utf8 (J, state, JS_STREAM_STDERR, "Assertion failed");
      return JS_UNDEFINED;
    }
  /* args[0] = `Assertion failed: ${args[0]}`, then warn(...args) */
  JsValue *args = g_newa (JsValue, argc - 1);
  args[0] = js_string_value (js_string_concat (J, js_string_new_utf8 (J, "Assertion failed: ", -1),
                                               js_to_string (J, argv[1])));
  for (int i = 2; i < argc; i++)
    args[i - 1] = argv[i];
  print_args (J, state, JS_STREAM_STDERR, argc - 1, args);
  return JS_UNDEFINED;
}

/* console.clear: only clears a terminal; our output is never one.  Also
 * profile, profileEnd and timeStamp, which only an attached inspector uses. */
static JsValue
console_noop (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  return JS_UNDEFINED;
}

/* console.count (label = 'default') */
static JsValue
console_count (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsObject *state = console_state (callee);
  JsString *label = label_of (J, argc, argv);
  JsObject *counts = state_table (J, state, STATE_COUNTS);
  JsValue key = js_to_property_key (J, js_string_value (label));
  JsValue count = js_get_own_data (J, counts, key);
  double n = js_is_empty (count) ? 1 : js_get_number (count) + 1;
  js_define_value (J, counts, key, js_number (n), JS_PROP_DEFAULT);
  char *name = js_string_to_utf8 (label);
  char *line = g_strdup_printf ("%s: %.0f", name, n);
  g_free (name);
  JsValue arg = js_string_value (js_string_new_utf8 (J, line, -1));
  g_free (line);
  print_args (J, state, JS_STREAM_STDOUT, 1, &arg);
  return JS_UNDEFINED;
}

/* console.countReset (label = 'default') */
static JsValue
console_count_reset (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsString *label = label_of (J, argc, argv);
  JsObject *counts = state_table (J, console_state (callee), STATE_COUNTS);
  JsValue key = js_to_property_key (J, js_string_value (label));
  if (js_is_empty (js_get_own_data (J, counts, key)))
    {
      emit_warning (J, "Count for '%s' does not exist", label);
      return JS_UNDEFINED;
    }
  js_delete_property (J, counts, key);
  return JS_UNDEFINED;
}

static void
set_group_indent (JsState *J, JsObject *state, int indent)
{
  js_define_value (J, state, js_key_from_utf8 (J, STATE_INDENT), js_number (indent), JS_PROP_DEFAULT);
}

/* console.group / groupCollapsed (...data) */
static JsValue
console_group (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsObject *state = console_state (callee);
  if (argc > 0)
    print_args (J, state, JS_STREAM_STDOUT, argc, argv);
  set_group_indent (J, state, group_indent (J, state) + 2);
  return JS_UNDEFINED;
}

/* console.groupEnd () */
static JsValue
console_group_end (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsObject *state = console_state (callee);
  set_group_indent (J, state, MAX (group_indent (J, state) - 2, 0));
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * console.table (lib/internal/cli_table.js)
 * ------------------------------------------------------------------------ */

/* The table under construction: column heads and, per column, its cells
 * (NULL where a row has none).  All C memory, freed at the end or on a throw. */
typedef struct {
  GPtrArray *heads;     /* char * */
  GPtrArray *columns;   /* GPtrArray * of char * or NULL */
} Table;

static void
table_free (Table *t)
{
  g_ptr_array_unref (t->heads);
  g_ptr_array_unref (t->columns);
}

static void
free_column (gpointer column)
{
  g_ptr_array_unref (column);
}

static GPtrArray *
table_add_column (Table *t, const char *head)
{
  GPtrArray *column = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (t->heads, g_strdup (head));
  g_ptr_array_add (t->columns, column);
  return column;
}

static void
column_set (GPtrArray *column, guint i, char *cell)
{
  if (column->len <= i)
    g_ptr_array_set_size (column, i + 1);
  g_free (column->pdata[i]);
  column->pdata[i] = cell;
}

static gsize
cell_width (const char *s)
{
  gsize width = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 127)
        width += c >= 32 ? 1 : 0;
      else if (g_unichar_iszerowidth (c) || (c >= 0x7F && c <= 0x9F))
        ;
      else if (g_unichar_iswide (c))
        width += 2;
      else
        width++;
    }
  return width;
}

static void
append_repeat (GString *out, const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    g_string_append (out, s);
}

static void
render_row (GString *out, char **cells, guint n, const gsize *widths)
{
  g_string_append (out, "│ ");
  for (guint i = 0; i < n; i++)
    {
      const char *cell = cells[i] != NULL ? cells[i] : "";
      g_string_append (out, cell);
      append_repeat (out, " ", widths[i] - cell_width (cell));
      if (i != n - 1)
        g_string_append (out, " │ ");
    }
  g_string_append (out, " │");
}

static char *
render_table (Table *t)
{
  guint n = t->heads->len;
  gsize *widths = g_new0 (gsize, n);
  guint longest = 0;
  for (guint i = 0; i < n; i++)
    {
      widths[i] = cell_width (t->heads->pdata[i]);
      longest = MAX (longest, ((GPtrArray *) t->columns->pdata[i])->len);
    }
  for (guint i = 0; i < n; i++)
    {
      GPtrArray *column = t->columns->pdata[i];
      for (guint j = 0; j < column->len; j++)
        if (column->pdata[j] != NULL)
          widths[i] = MAX (widths[i], cell_width (column->pdata[j]));
    }

  GString *out = g_string_new ("┌");
  for (guint i = 0; i < n; i++)
    {
      append_repeat (out, "─", widths[i] + 2);
      g_string_append (out, i + 1 < n ? "┬" : "┐\n");
    }
  render_row (out, (char **) t->heads->pdata, n, widths);
  g_string_append (out, "\n├");
  for (guint i = 0; i < n; i++)
    {
      append_repeat (out, "─", widths[i] + 2);
      g_string_append (out, i + 1 < n ? "┼" : "┤\n");
    }
  char **row = g_new0 (char *, n);
  for (guint j = 0; j < longest; j++)
    {
      for (guint i = 0; i < n; i++)
        {
          GPtrArray *column = t->columns->pdata[i];
          row[i] = j < column->len ? column->pdata[j] : NULL;
        }
      render_row (out, row, n, widths);
      g_string_append_c (out, '\n');
    }
  g_free (row);
  g_string_append (out, "└");
  for (guint i = 0; i < n; i++)
    {
      append_repeat (out, "─", widths[i] + 2);
      g_string_append (out, i + 1 < n ? "┴" : "┘");
    }
  g_free (widths);
  return g_string_free (out, FALSE);
}

/* The table's _inspect: depth 0 (-1 for objects with more than two keys),
 * at most three array items, never broken over lines. */
static char *
table_inspect (JsState *J, JsValue v)
{
  JsInspectOptions options;
  js_inspect_options_init (&options);
  options.depth = 0;
  if (js_is_object (v) && !js_is_array (v))
    {
      guint32 n = 0;
      g_free (js_own_property_keys (J, js_get_object (v), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n));
      if (n > 2)
        options.depth = -1;
    }
  options.max_array_length = 3;
  options.break_length = G_MAXINT;
  GString *out = g_string_new (NULL);
  js_inspect (J, v, &options, out);
  return g_string_free (out, FALSE);
}

static char *
index_text (guint i)
{
  return g_strdup_printf ("%u", i);
}

/* Fills `t` for console.table(data, properties); everything it allocates
 * hangs off `t`, so the caller's handler can free it after a throw. */
static void
build_table (JsState *J, Table *t, JsObject *data, JsValue properties)
{
  JsObject *entries = NULL;
  gboolean is_key_value = FALSE, is_set = FALSE;
  gboolean map_iter = FALSE, set_iter = FALSE;
  if (data->class_id == JS_CLASS_ITERATOR &&
      js_map_iterator_preview (J, data, &is_set, &is_key_value, &entries))
    {
      /* Node asks for key/value pairs only of Map iterators. */
      map_iter = !is_set;
      set_iter = is_set;
      is_key_value = is_key_value && map_iter;
    }

  if (is_key_value || data->class_id == JS_CLASS_MAP)
    {
      GPtrArray *index = table_add_column (t, "(iteration index)");
      GPtrArray *keys = table_add_column (t, "Key");
      GPtrArray *values = table_add_column (t, "Values");
      guint n = 0;
      if (entries != NULL)
        {
          guint len = js_array_length (entries) / 2;
          for (; n < len; n++)
            {
              g_ptr_array_add (keys, table_inspect (J, js_get_index (J, js_object_value (entries), n * 2)));
              g_ptr_array_add (values, table_inspect (J, js_get_index (J, js_object_value (entries), n * 2 + 1)));
            }
        }
      else
        {
          guint32 cursor = 0;
          JsValue k, v;
          for (; js_map_data_iterate (data->u.map, &cursor, &k, &v); n++)
            {
              g_ptr_array_add (keys, table_inspect (J, k));
              g_ptr_array_add (values, table_inspect (J, v));
            }
        }
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (index, index_text (i));
      return;
    }

  if (set_iter || map_iter || data->class_id == JS_CLASS_SET)
    {
      GPtrArray *index = table_add_column (t, "(iteration index)");
      GPtrArray *values = table_add_column (t, "Values");
      guint n = 0;
      if (entries != NULL)
        for (guint len = js_array_length (entries); n < len; n++)
          g_ptr_array_add (values, table_inspect (J, js_get_index (J, js_object_value (entries), n)));
      else
        {
          guint32 cursor = 0;
          JsValue k, v;
          for (; js_map_data_iterate (data->u.map, &cursor, &k, &v); n++)
            g_ptr_array_add (values, table_inspect (J, k));
        }
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (index, index_text (i));
      return;
    }

  /* Rows are the data's own enumerable keys; columns the union of the rows'
   * keys, ordered like an object's keys (the `map` object of Node). */
  JsObject *column_of = js_object_new (J, NULL);
  guint32 n_rows = 0;
  JsValue *row_keys = js_own_property_keys (J, data, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n_rows);
  JsObject *row_key_array = js_array_from_values (J, row_keys, n_rows);
  g_free (row_keys);

  GPtrArray *index = table_add_column (t, "(index)");
  GPtrArray *primitives = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (t->columns, primitives);   /* owned by the table until placed */
  g_ptr_array_add (t->heads, g_strdup ("Values"));
  gboolean has_primitives = FALSE;
  /* Column cells are collected per key in `pending`, in the order keys
   * first appear; the final order comes from column_of's key order. */
  GPtrArray *pending_heads = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *pending = g_ptr_array_new_with_free_func (free_column);
  g_ptr_array_add (t->columns, pending);      /* freed with the table */
  g_ptr_array_add (t->heads, g_strdup (""));
  g_ptr_array_add (t->columns, pending_heads);
  g_ptr_array_add (t->heads, g_strdup (""));

  for (guint32 i = 0; i < n_rows; i++)
    {
      JsValue row_key = row_key_array->u.array.elements[i];
      g_ptr_array_add (index, js_string_to_utf8 (js_get_string (row_key)));
      JsValue item = js_object_get (J, data, row_key, js_object_value (data));
      gboolean primitive = !js_is_object (item);
      if (js_is_undefined (properties) && primitive)
        {
          has_primitives = TRUE;
          column_set (primitives, i, table_inspect (J, item));
          continue;
        }
      JsObject *key_list;
      if (!js_is_undefined (properties))
        key_list = js_get_object (properties);
      else
        {
          guint32 n = 0;
          JsValue *keys = js_own_property_keys (J, js_get_object (item), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
          key_list = js_array_from_values (J, keys, n);
          g_free (keys);
        }
      guint32 n_keys = (guint32) js_length_of_array_like (J, js_object_value (key_list));
      for (guint32 k = 0; k < n_keys; k++)
        {
          JsValue key = js_to_property_key (J, js_get_index (J, js_object_value (key_list), k));
          JsValue slot = js_get_own_data (J, column_of, key);
          GPtrArray *column;
          if (js_is_empty (slot))
            {
              js_define_value (J, column_of, key, js_number (pending->len), JS_PROP_DEFAULT);
              column = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (pending, column);
              g_ptr_array_add (pending_heads, js_is_symbol (key) ? g_strdup ("")
                                                                  : js_string_to_utf8 (js_get_string (key)));
            }
          else
            column = pending->pdata[(guint) js_get_number (slot)];
          if ((primitive && !js_is_undefined (properties)) || !js_has_own_property (J, js_get_object (item), key))
            column_set (column, i, g_strdup (""));
          else
            column_set (column, i, table_inspect (J, js_object_get (J, js_get_object (item), key, item)));
        }
    }

  /* Now lay the columns out: (index), the keys in object key order, then
   * Values when some rows were primitives. */
  GPtrArray *heads = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *columns = g_ptr_array_new_with_free_func (free_column);
  g_ptr_array_add (heads, g_strdup ("(index)"));
  g_ptr_array_add (columns, g_ptr_array_ref (index));
  guint32 n_columns = 0;
  JsValue *column_keys = js_own_property_keys (J, column_of, JS_KEYS_STRINGS, &n_columns);
  for (guint32 c = 0; c < n_columns; c++)
    {
      guint slot = (guint) js_get_number (js_get_own_data (J, column_of, column_keys[c]));
      g_ptr_array_add (heads, g_strdup (pending_heads->pdata[slot]));
      g_ptr_array_add (columns, g_ptr_array_ref (pending->pdata[slot]));
    }
  g_free (column_keys);
  if (has_primitives)
    {
      g_ptr_array_add (heads, g_strdup ("Values"));
      g_ptr_array_add (columns, g_ptr_array_ref (primitives));
    }
  g_ptr_array_unref (t->heads);
  g_ptr_array_unref (t->columns);
  t->heads = heads;
  t->columns = columns;
}

/* console.table (tabularData, properties) */
static JsValue
console_table (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsValue data = js_arg (argc, argv, 0);
  JsValue properties = js_arg (argc, argv, 1);
  if (!js_is_undefined (properties) && !js_is_array (properties))
    {
      char *received = js_value_describe_for_message (J, properties);
      JsString *msg = js_string_printf (J, "The \"properties\" argument must be an instance of Array. Received %s", received);
      g_free (received);
      js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, msg)));
    }
  if (!js_is_object (data))
    {
      print_args (J, console_state (callee), JS_STREAM_STDOUT, 1, &data);
      return JS_UNDEFINED;
    }

  Table t = {
    .heads = g_ptr_array_new_with_free_func (g_free),
    .columns = g_ptr_array_new_with_free_func (free_column),
  };
  JsTryPoint tp;
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      build_table (J, &t, js_get_object (data), properties);
      js_try_end (J, &tp);
    }
  else
    {
      table_free (&t);
      rethrow (J);
    }
  char *text = render_table (&t);
  table_free (&t);
  JsValue arg = js_string_value (js_string_new_utf8 (J, text, -1));
  g_free (text);
  print_args (J, console_state (callee), JS_STREAM_STDOUT, 1, &arg);
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * The global
 * ------------------------------------------------------------------------ */

static void
define_console_method (JsState *J, JsObject *console, JsObject *state,
                       const char *name, JsNativeFn fn, int length)
{
  JsObject *f = js_native_function_new (J, name, length, fn, 1);
  js_native_captures (f)[0] = js_object_value (state);
  js_define_value_utf8 (J, console, name, js_object_value (f), JS_PROP_DEFAULT);
}

void
js_builtin_console_init (JsState *J)
{
  JsObject *state = js_object_new (J, NULL);
  set_group_indent (J, state, 0);
  js_define_value_utf8 (J, state, STATE_COUNTS, js_object_value (js_object_new (J, NULL)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, state, STATE_TIMERS, js_object_value (js_object_new (J, NULL)), JS_PROP_DEFAULT);

  /* Node's global console: its methods are own enumerable properties, in
   * this order, over an empty prototype object. */
  JsObject *console = js_object_new (J, js_plain_object_new (J));
  define_console_method (J, console, state, "log", console_log, 0);
  define_console_method (J, console, state, "warn", console_warn, 0);
  define_console_method (J, console, state, "dir", console_dir, 2);
  define_console_method (J, console, state, "time", console_time, 0);
  define_console_method (J, console, state, "timeEnd", console_time_end, 0);
  define_console_method (J, console, state, "timeLog", console_time_log, 0);
  define_console_method (J, console, state, "trace", console_trace, 0);
  define_console_method (J, console, state, "assert", console_assert, 1);
  define_console_method (J, console, state, "clear", console_noop, 0);
  define_console_method (J, console, state, "count", console_count, 0);
  define_console_method (J, console, state, "countReset", console_count_reset, 0);
  define_console_method (J, console, state, "group", console_group, 0);
  define_console_method (J, console, state, "groupEnd", console_group_end, 0);
  define_console_method (J, console, state, "table", console_table, 2);
  define_console_method (J, console, state, "debug", console_log, 0);
  define_console_method (J, console, state, "info", console_log, 0);
  define_console_method (J, console, state, "dirxml", console_log, 0);
  define_console_method (J, console, state, "error", console_warn, 0);
  define_console_method (J, console, state, "groupCollapsed", console_group, 0);
  define_console_method (J, console, state, "profile", console_noop, 0);
  define_console_method (J, console, state, "profileEnd", console_noop, 0);
  define_console_method (J, console, state, "timeStamp", console_noop, 0);
  js_define_value (J, console, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_intern_utf8 (J, "console")), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, "console", js_object_value (console), JS_PROP_HIDDEN);
}
