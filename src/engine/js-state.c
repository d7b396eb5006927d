/* js-state.c: creating and destroying an engine.
 *
 * js_state_new builds the runtime in dependency order: the heap and the atom
 * table, the well-known atoms and symbols, the three fundamental objects
 * every builtin needs (%Object.prototype%, %Function.prototype%, the global
 * object), then the VM, the builtins, the job queues and the host.
 * js_state_free takes it down in reverse and frees every GC thing.
 */
#include "js-internal.h"

#include <stdio.h>

/* Sanitized builds run several times slower (ASan with UBSan 3 to 10×):
 * their default deadline stretches so that the tests keep their margin. */
#if defined(__SANITIZE_ADDRESS__)
#define JS_SANITIZER_SLOWDOWN 20
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JS_SANITIZER_SLOWDOWN 20
#endif
#endif
#ifndef JS_SANITIZER_SLOWDOWN
#define JS_SANITIZER_SLOWDOWN 1
#endif

void
js_options_init (JsOptions *options)
{
  memset (options, 0, sizeof *options);
  options->host = JS_HOST_NODE;
  options->max_steps = JS_DEFAULT_MAX_STEPS;
  options->max_heap_bytes = JS_DEFAULT_MAX_HEAP_BYTES;
  options->max_call_depth = JS_DEFAULT_MAX_CALL_DEPTH;
  options->max_virtual_ms = JS_DEFAULT_MAX_VIRTUAL_MS;
  options->max_wall_ms = JS_DEFAULT_MAX_WALL_MS * JS_SANITIZER_SLOWDOWN;
}

/* %Function.prototype% is itself a function that accepts any arguments and
 * returns undefined (20.2.3). */
static JsValue
function_prototype_call (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  return JS_UNDEFINED;
}

static void
init_atoms (JsState *J)
{
  static const char *const atom_texts[JS_N_ATOMS] = {
#define JS_ATOM_TEXT(id, text) text,
    JS_ATOMS (JS_ATOM_TEXT)
#undef JS_ATOM_TEXT
  };
  static const char *const symbol_descriptions[JS_N_SYMBOLS] = {
#define JS_SYMBOL_DESCRIPTION(id) "Symbol." #id,
    JS_WELL_KNOWN_SYMBOLS (JS_SYMBOL_DESCRIPTION)
#undef JS_SYMBOL_DESCRIPTION
  };

  for (int c = 0; c < 128; c++)
    {
      JsString *s = js_string_new_uninit (J, 1);
      s->chars[0] = (uint16_t) c;
      J->small_strings[c] = js_intern (J, s);
    }
  for (int i = 0; i < JS_N_ATOMS; i++)
    J->atoms[i] = js_intern_utf8 (J, atom_texts[i]);
  for (guint32 i = 0; i < G_N_ELEMENTS (J->index_strings); i++)
    J->index_strings[i] = js_intern_index (J, i);
  for (int i = 0; i < JS_N_SYMBOLS; i++)
    J->symbols[i] = js_symbol_new (J, js_intern_utf8 (J, symbol_descriptions[i]));
}

static void
init_fundamental_objects (JsState *J)
{
  JsObject *object_prototype, *function_prototype;

  object_prototype = js_object_new (J, NULL);
  JS_INTRINSIC (J, ObjectPrototype) = object_prototype;

  function_prototype = js_native_function_new (J, "", 0, function_prototype_call, 0);
  function_prototype->proto = object_prototype;
  /* It is callable but not a constructor (20.2.3). */
  function_prototype->flags &= ~JS_OBJECT_CONSTRUCTOR;
  JS_INTRINSIC (J, FunctionPrototype) = function_prototype;

  /* The browser host turns the global into an EventTarget (js-dom.c). */
  J->global = js_object_new_reclassable (J, object_prototype);
}

JsState *
js_state_new_core (const JsOptions *options)
{
  JsState *J = g_new0 (JsState, 1);

  js_options_init (&J->options);
  if (options != NULL)
    {
      J->options.host = options->host;
      J->options.gc_stress = options->gc_stress;
      J->options.record_trace = options->record_trace;
      if (options->max_steps != 0)
        J->options.max_steps = options->max_steps;
      if (options->max_heap_bytes != 0)
        J->options.max_heap_bytes = options->max_heap_bytes;
      if (options->max_call_depth != 0)
        J->options.max_call_depth = options->max_call_depth;
      if (options->max_virtual_ms != 0)
        J->options.max_virtual_ms = options->max_virtual_ms;
      if (options->max_wall_ms != 0)
        J->options.max_wall_ms = options->max_wall_ms;
    }

  J->core_only = TRUE;
  J->gc_threshold = js_gc_next_threshold (J);
  J->gc_things = g_ptr_array_new ();
  J->gc_roots = g_ptr_array_new ();
  J->atom_table = js_atom_table_new ();
  J->exception = JS_UNDEFINED;

  init_atoms (J);
  init_fundamental_objects (J);
  return J;
}

JsState *
js_state_new (const JsOptions *options)
{
  JsState *J = js_state_new_core (options);

  J->core_only = FALSE;
  js_vm_init (J);
  js_builtin_object_init (J);
  js_builtin_proxy_init (J);
  js_builtin_arguments_init (J);
  js_builtin_module_init (J);
  js_builtin_function_init (J);
  js_builtin_symbol_init (J);
  js_builtin_error_init (J);
  js_builtin_iterator_init (J);
  js_builtin_array_init (J);
  js_builtin_string_init (J);
  js_builtin_regexp_init (J);
  js_builtin_number_init (J);
  js_builtin_boolean_init (J);
  js_builtin_math_init (J);
  js_builtin_map_init (J);
  js_builtin_bigint_init (J);
  js_builtin_arraybuffer_init (J);
  js_builtin_typedarray_init (J);
  js_builtin_dataview_init (J);
  js_builtin_textcodec_init (J);
  js_builtin_url_init (J);
  js_builtin_json_init (J);
  js_builtin_generator_init (J);
  js_builtin_promise_init (J);
  js_builtin_global_init (J);
  js_builtin_console_init (J);
  js_job_init (J);
  js_host_init (J);
  if (J->options.record_trace)
    J->trace = js_trace_new (J);
  return J;
}

void
js_state_free (JsState *J)
{
  if (J == NULL)
    return;
  if (J->trace != NULL)
    {
      js_trace_free (J->trace);
      J->trace = NULL;
    }
  if (!J->core_only)
    {
      js_host_free (J);
      js_dom_free (J);
      js_job_free (J);
      js_vm_free (J);
    }

  js_gc_free_all (J);
  g_hash_table_unref (J->atom_table);
  g_ptr_array_unref (J->gc_things);
  g_ptr_array_unref (J->gc_roots);
  g_free (J->gc_gray);
  g_free (J->error_message);
  g_free (J->error_note);
  g_free (J);
}

void
js_state_set_output (JsState *J, JsOutputFunc func, gpointer user_data)
{
  J->output = func;
  J->output_data = user_data;
}

void
js_write_output (JsState *J, JsStream stream, const char *text, gsize length)
{
  if (J->output != NULL)
    {
      J->output (J, stream, text, length, J->output_data);
      return;
    }
  fwrite (text, 1, length, stream == JS_STREAM_STDERR ? stderr : stdout);
}

const char *
js_state_get_error_message (JsState *J)
{
  return J->error_message;
}

const char *
js_state_get_error_note (JsState *J)
{
  return J->error_note;
}

void
js_state_get_error_position (JsState *J, int *line, int *column)
{
  if (line != NULL)
    *line = J->error_line;
  if (column != NULL)
    *column = J->error_column;
}

const char *
js_version (void)
{
  return "0.1.0";
}
