/* js-module.c: ES modules as a Node main script sees them — module
 * namespace objects (10.4.6) for Node's builtin modules, the loader behind
 * import declarations, import.meta and import().
 *
 * Only builtin modules can be imported: a file or package specifier fails
 * with the error Node gives when it does not exist.  Node's ESM facade of a
 * builtin has `default` (module.exports) and one export per own enumerable
 * key of module.exports, taken when the module is first imported; the
 * namespace lists them sorted.  Our builtin modules define their methods
 * non-enumerable, so every own key counts here, except the `length`, `name`
 * and `prototype` of a module that is a function (events).
 *
 * import() settles its promise after as many microtask turns as Node 20's
 * loader takes (measured against a chain of `then`s): 16 for a builtin not
 * imported before, 8 for one already imported, 4 for a missing file or
 * package and 12 for an unknown `node:` name or URL scheme.  The turns are
 * callback jobs of our own, like the loader's internal promise steps.
 */
#include "js-internal.h"

enum {
  HOPS_NEW_BUILTIN = 16,
  HOPS_LOADED_BUILTIN = 8,
  HOPS_NOT_FOUND = 4,
  HOPS_UNSUPPORTED = 12,
};

/* ------------------------------------------------------------------------
 * Module namespace exotic objects (10.4.6)
 * ------------------------------------------------------------------------ */

/* 10.4.6.6 [[DefineOwnProperty]]: exports never change through it. */
static gboolean
namespace_define_own_property (JsState *J, JsObject *ns, JsValue key, const JsPropertyDescriptor *desc,
                               gboolean throw_on_fail)
{
  JsPropertyDescriptor current;
  gboolean ok;

  if (js_is_symbol (key))
    return js_ordinary_define_own_property (J, ns, key, desc, throw_on_fail);
  ok = js_ordinary_get_own_property (J, ns, key, &current) &&
       !((desc->has & JS_DESC_HAS_CONFIGURABLE) && (desc->flags & JS_PROP_CONFIGURABLE)) &&
       !((desc->has & JS_DESC_HAS_ENUMERABLE) && !(desc->flags & JS_PROP_ENUMERABLE)) &&
       !(desc->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) &&
       !((desc->has & JS_DESC_HAS_WRITABLE) && !(desc->flags & JS_PROP_WRITABLE)) &&
       (!(desc->has & JS_DESC_HAS_VALUE) || js_same_value (desc->value, current.value));
  if (!ok && throw_on_fail)
    {
      char *name = js_string_to_utf8 (js_get_string (key));
      JsObject *error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Cannot redefine property: %s", name);

      g_free (name);
      js_throw (J, js_object_value (error));
    }
  return ok;
}

/* 10.4.6.9 [[Set]]: always false (a TypeError in strict code). */
static gboolean
namespace_set (JsState *J, JsObject *ns, JsValue key, JsValue value, JsValue receiver)
{
  return FALSE;
}

static const JsExoticMethods namespace_methods = {
  .define_own_property = namespace_define_own_property,
  .set = namespace_set,
};

void
js_builtin_module_init (JsState *J)
{
  js_object_register_exotic (J, JS_CLASS_MODULE_NAMESPACE, &namespace_methods);
  J->module_namespaces = js_object_value (js_object_new (J, NULL));
  js_gc_add_root (J, &J->module_namespaces);
}

static gint
compare_keys (gconstpointer a, gconstpointer b)
{
  return js_string_compare (js_get_string (*(const JsValue *) a), js_get_string (*(const JsValue *) b));
}

/* The namespace of a builtin module whose CommonJS exports are `exports`:
 * writable, enumerable, non-configurable exports in code unit order, then
 * @@toStringTag "Module"; not extensible, no prototype. */
static JsObject *
namespace_new (JsState *J, JsValue exports)
{
  guint32 n_keys = 0;
  JsValue *keys = js_is_object (exports) ? js_own_property_keys (J, js_get_object (exports), JS_KEYS_STRINGS, &n_keys)
                                         : NULL;
  gboolean is_function = js_is_callable (exports);
  GArray *names = g_array_sized_new (FALSE, FALSE, sizeof (JsValue), n_keys + 1);
  JsObject *ns = js_object_new_sized (J, JS_CLASS_MODULE_NAMESPACE, NULL, n_keys + 2);
  JsValue default_key = JS_KEY (J, default);
  gboolean has_default = FALSE;

  for (guint32 i = 0; i < n_keys; i++)
    {
      if (is_function && (js_value_identical (keys[i], JS_KEY (J, length)) || js_value_identical (keys[i], JS_KEY (J, name)) ||
                          js_value_identical (keys[i], JS_KEY (J, prototype))))
        continue;
      g_array_append_val (names, keys[i]);
      has_default |= js_value_identical (keys[i], default_key);
    }
  g_free (keys);
  if (!has_default)
    g_array_append_val (names, default_key);
  g_array_sort (names, compare_keys);

  /* filled as an ordinary object, then sealed off */
  ns->flags &= ~JS_OBJECT_EXOTIC;
  for (guint i = 0; i < names->len; i++)
    {
      JsValue key = g_array_index (names, JsValue, i);
      JsValue value = js_value_identical (key, default_key) ? exports : js_get (J, exports, key);
      js_define_value (J, ns, key, value, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE);
    }
  g_array_free (names, TRUE);
  js_define_value (J, ns, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, "Module"), 0);
  js_ordinary_prevent_extensions (J, ns);
  ns->flags |= JS_OBJECT_EXOTIC;
  return ns;
}

/* ------------------------------------------------------------------------
 * Resolution: Node's ESM resolver, for what exists here
 * ------------------------------------------------------------------------ */

typedef struct {
  char    *builtin;     /* "fs" for a builtin module, else NULL */
  JsObject *error;      /* otherwise the resolution error */
  guint    hops;        /* microtask turns import() takes */
} Resolution;

static void
resolution_clear (Resolution *r)
{
  g_clear_pointer (&r->builtin, g_free);
}

static const char *
referrer (JsState *J, const char **dirname)
{
  const char *filename = NULL, *source;
  gsize length;

  *dirname = NULL;
  js_node_host_script (J, &filename, dirname, &source, &length);
  if (*dirname == NULL)
    *dirname = "/";
  return filename != NULL ? filename : "";
}

static gboolean
is_url_scheme (const char *specifier, gsize *length)
{
  gsize i = 0;

  if (!g_ascii_isalpha (specifier[0]))
    return FALSE;
  while (g_ascii_isalnum (specifier[i]) || specifier[i] == '+' || specifier[i] == '-' || specifier[i] == '.')
    i++;
  *length = i + 1;
  /* two letters at least: "c:" would be a Windows drive */
  return specifier[i] == ':' && i >= 2;
}

/* The package a bare specifier names: "a" of "a/b", "@s/a" of "@s/a/b". */
static char *
package_name (const char *specifier)
{
  const char *slash = strchr (specifier, '/');

  if (specifier[0] == '@' && slash != NULL)
    slash = strchr (slash + 1, '/');
  return slash != NULL ? g_strndup (specifier, slash - specifier) : g_strdup (specifier);
}

static char *specifier_path (JsState *J, const char *specifier);

/* ESM_RESOLVE (Node's resolve.js) for `specifier` imported from the main
 * script. */
static Resolution
resolve (JsState *J, const char *specifier)
{
  Resolution r = { NULL, NULL, HOPS_NOT_FOUND };
  const char *dirname, *from = referrer (J, &dirname);
  g_autofree char *path = NULL;
  gsize scheme_length;

  if (g_str_has_prefix (specifier, "node:"))
    {
      if (!js_is_empty (js_node_builtin_module (J, specifier + 5)))
        r.builtin = g_strdup (specifier + 5);
      else
        {
          g_autofree char *message = g_strdup_printf ("No such built-in module: %s", specifier);
          r.error = js_node_error_new (J, JS_ERROR, "ERR_UNKNOWN_BUILTIN_MODULE", message);
          r.hops = HOPS_UNSUPPORTED;
        }
    }
  else if ((path = specifier_path (J, specifier)) != NULL)
    {
      g_autofree char *message = g_strdup_printf ("Cannot find module '%s' imported from %s", path, from);
      r.error = js_node_error_new (J, JS_ERROR, "ERR_MODULE_NOT_FOUND", message);
    }
  else if (is_url_scheme (specifier, &scheme_length))
    {
      g_autofree char *message = g_strdup_printf ("Only URLs with a scheme in: file, data, and node are supported by "
                                                  "the default ESM loader. Received protocol '%.*s'",
                                                  (int) scheme_length, specifier);
      r.error = js_node_error_new (J, JS_ERROR, "ERR_UNSUPPORTED_ESM_URL_SCHEME", message);
      r.hops = HOPS_UNSUPPORTED;
    }
  else if (!js_is_empty (js_node_builtin_module (J, specifier)))
    r.builtin = g_strdup (specifier);
  else
    {
      g_autofree char *package = package_name (specifier);
      g_autofree char *message = g_strdup_printf ("Cannot find package '%s' imported from %s", package, from);
      r.error = js_node_error_new (J, JS_ERROR, "ERR_MODULE_NOT_FOUND", message);
    }
  return r;
}

/* The cache entry of builtin `name`, made on its first import: an array
 * [namespace, loaded], `loaded` once a load finished (a static import, or
 * the last turn of an import()), so that a second import() of a module
 * still loading waits as long as the first. */
enum { ENTRY_NAMESPACE, ENTRY_LOADED };

static JsObject *
builtin_entry (JsState *J, const char *name)
{
  g_autofree char *url = g_strconcat ("node:", name, NULL);
  JsValue key = js_key_from_utf8 (J, url);
  JsObject *cache = js_get_object (J->module_namespaces);
  JsValue entry = js_get_own_data (J, cache, key);

  if (js_is_empty (entry))
    {
      JsValue pair[2] = { js_object_value (namespace_new (J, js_node_builtin_module (J, name))), JS_FALSE };
      entry = js_object_value (js_array_from_values (J, pair, 2));
      js_define_value (J, cache, key, entry, JS_PROP_DEFAULT);
    }
  return js_get_object (entry);
}

static inline JsObject *
entry_namespace (JsState *J, JsObject *entry)
{
  return js_get_object (js_get_index (J, js_object_value (entry), ENTRY_NAMESPACE));
}

static inline gboolean
entry_loaded (JsState *J, JsObject *entry)
{
  return js_to_boolean (js_get_index (J, js_object_value (entry), ENTRY_LOADED));
}

static inline void
entry_set_loaded (JsState *J, JsObject *entry)
{
  js_set_index (J, js_object_value (entry), ENTRY_LOADED, JS_TRUE);
}

/* ------------------------------------------------------------------------
 * Import declarations and import.meta
 * ------------------------------------------------------------------------ */

/* %import(specifier[, name]) */
static JsValue
module_import (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue name = js_arg (argc, argv, 1);
  g_autofree char *specifier = js_string_to_utf8 (js_to_string (J, js_arg (argc, argv, 0)));
  Resolution r = resolve (J, specifier);
  JsObject *entry, *ns, *error;

  if (r.error != NULL)
    {
      error = r.error;
      resolution_clear (&r);
      g_free (g_steal_pointer (&specifier));
      js_throw (J, js_object_value (error));
    }
  entry = builtin_entry (J, r.builtin);
  entry_set_loaded (J, entry);
  ns = entry_namespace (J, entry);
  resolution_clear (&r);
  if (js_is_undefined (name))
    return js_object_value (ns);
  if (!js_has_own_property (J, ns, name))
    {
      g_autofree char *export_name = js_string_to_utf8 (js_get_string (name));
      error = js_error_new_utf8 (J, JS_SYNTAX_ERROR, "The requested module '%s' does not provide an export named '%s'",
                                 specifier, export_name);
      g_free (g_steal_pointer (&specifier));
      g_free (g_steal_pointer (&export_name));
      js_throw (J, js_object_value (error));
    }
  return js_get (J, js_object_value (ns), name);
}

JsValue
js_module_loader_new (JsState *J)
{
  return js_object_value (js_native_function_new (J, "import", 2, module_import, 0));
}

/* A relative, absolute or file: specifier: a path from the main script's
 * directory; NULL otherwise. */
static char *
specifier_path (JsState *J, const char *specifier)
{
  const char *dirname;
  g_autofree char *from_url = NULL;

  if (!(g_str_has_prefix (specifier, "./") || g_str_has_prefix (specifier, "../") || specifier[0] == '/' ||
        strcmp (specifier, ".") == 0 || strcmp (specifier, "..") == 0 || g_str_has_prefix (specifier, "file:")))
    return NULL;
  referrer (J, &dirname);
  if (g_str_has_prefix (specifier, "file:"))
    from_url = g_filename_from_uri (specifier, NULL, NULL);
  return g_canonicalize_filename (from_url != NULL ? from_url : specifier, dirname);
}

/* import.meta.resolve(specifier): the URL the module would load from, not
 * checked for existence, except that a bare name must be a builtin. */
static JsValue
meta_resolve (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue specifier = js_string_value (js_to_string (J, js_arg (argc, argv, 0)));
  g_autofree char *text = js_string_to_utf8 (js_get_string (specifier));
  g_autofree char *path = specifier_path (J, text);
  gsize scheme_length;
  Resolution r;
  JsObject *error;

  if (path != NULL)
    {
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      return js_string_value_utf8 (J, uri != NULL ? uri : "");
    }
  if (is_url_scheme (text, &scheme_length))
    return specifier;
  r = resolve (J, text);
  if (r.builtin != NULL)
    {
      JsValue url = js_string_value (js_string_printf (J, "node:%s", r.builtin));
      resolution_clear (&r);
      return url;
    }
  error = r.error;
  g_free (g_steal_pointer (&text));
  g_free (g_steal_pointer (&path));
  js_throw (J, js_object_value (error));
}

/* import.meta of the main script: [Object: null prototype] { dirname,
 * filename, resolve, url } (Node 20.11+). */
JsValue
js_module_import_meta_new (JsState *J)
{
  JsObject *meta = js_object_new (J, NULL);
  const char *dirname, *filename = referrer (J, &dirname);
  g_autofree char *url = g_filename_to_uri (filename, NULL, NULL);

  js_define_value_utf8 (J, meta, "dirname", js_string_value_utf8 (J, dirname), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, meta, "filename", js_string_value_utf8 (J, filename), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, meta, "resolve",
                        js_object_value (js_native_function_new (J, "resolve", 1, meta_resolve, 0)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, meta, "url", js_string_value_utf8 (J, url != NULL ? url : ""), JS_PROP_DEFAULT);
  return js_object_value (meta);
}

/* ------------------------------------------------------------------------
 * import()
 * ------------------------------------------------------------------------ */

/* import_step's captures; STEP_ENTRY is the cache entry of the builtin
 * being loaded, or undefined. */
enum { STEP_PROMISE, STEP_OUTCOME, STEP_REMAINING, STEP_ENTRY, N_STEP_CAPTURES };

static void
enqueue_step (JsState *J, JsObject *step)
{
  JsJob job = { .kind = JS_JOB_CALLBACK, .handler = js_object_value (step), .argument = JS_UNDEFINED,
                .promise = JS_UNDEFINED, .resolve = JS_UNDEFINED, .reject = JS_UNDEFINED };

  js_enqueue_job (J, &job);
}

/* One turn of the loader: the last one settles the import's promise. */
static JsValue
import_step (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);
  double remaining = js_get_number (captures[STEP_REMAINING]) - 1;

  if (remaining > 0)
    {
      captures[STEP_REMAINING] = js_number (remaining);
      enqueue_step (J, callee);
    }
  else if (js_is_object (captures[STEP_ENTRY]))
    {
      entry_set_loaded (J, js_get_object (captures[STEP_ENTRY]));
      js_promise_resolve_with (J, js_get_object (captures[STEP_PROMISE]), captures[STEP_OUTCOME]);
    }
  else
    js_promise_reject_with (J, js_get_object (captures[STEP_PROMISE]), captures[STEP_OUTCOME]);
  return JS_UNDEFINED;
}

static JsString *
specifier_to_string (JsState *J, JsValue specifier, JsObject *promise)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      JsString *s = js_to_string (J, specifier);
      js_try_end (J, &tp);
      return s;
    }
  js_promise_reject_caught (J, promise);
  return NULL;
}

static JsValue
reject_from_task (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  JsValue *captures = js_native_captures (callee);

  js_promise_reject_with (J, js_get_object (captures[0]), captures[1]);
  return JS_UNDEFINED;
}

/* A page's module loader (the browser profile) has no modules to serve:
 * Chromium rejects a bare name at once and a URL when its fetch fails,
 * from a later task. */
static void
reject_in_page (JsState *J, JsObject *promise, JsString *specifier)
{
  g_autofree char *text = js_string_to_utf8 (specifier);
  gsize scheme_length;
  gboolean bare = !(g_str_has_prefix (text, "./") || g_str_has_prefix (text, "../") || text[0] == '/' ||
                    is_url_scheme (text, &scheme_length));
  JsObject *error, *task;

  if (bare)
    {
      error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Failed to resolve module specifier '%s'", text);
      js_promise_reject_with (J, promise, js_object_value (error));
      return;
    }
  error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Failed to fetch dynamically imported module: %s", text);
  task = js_native_function_new (J, "", 0, reject_from_task, 2);
  js_native_captures (task)[0] = js_object_value (promise);
  js_native_captures (task)[1] = js_object_value (error);
  js_browser_post_task (J, 0, js_object_value (task), JS_TRACE_QUEUE_WEBAPI, JS_TRACE_TASK_FETCH);
}

/* 13.3.10.1 ImportCall evaluation and HostLoadImportedModule. */
JsObject *
js_module_dynamic_import (JsState *J, JsValue specifier)
{
  JsObject *promise = js_promise_new (J);
  JsString *text = specifier_to_string (J, specifier, promise);
  char *utf8;
  Resolution r;
  JsValue outcome, entry = JS_UNDEFINED;
  JsObject *step;

  if (text == NULL)
    return promise;
  if (J->options.host != JS_HOST_NODE)
    {
      reject_in_page (J, promise, text);
      return promise;
    }
  utf8 = js_string_to_utf8 (text);
  r = resolve (J, utf8);
  g_free (utf8);
  if (r.builtin != NULL)
    {
      JsObject *e = builtin_entry (J, r.builtin);
      entry = js_object_value (e);
      outcome = js_object_value (entry_namespace (J, e));
      r.hops = entry_loaded (J, e) ? HOPS_LOADED_BUILTIN : HOPS_NEW_BUILTIN;
    }
  else
    outcome = js_object_value (r.error);

  step = js_native_function_new (J, "import", 0, import_step, N_STEP_CAPTURES);
  js_native_captures (step)[STEP_PROMISE] = js_object_value (promise);
  js_native_captures (step)[STEP_OUTCOME] = outcome;
  js_native_captures (step)[STEP_REMAINING] = js_number (r.hops - 1);
  js_native_captures (step)[STEP_ENTRY] = entry;
  resolution_clear (&r);
  enqueue_step (J, step);
  return promise;
}
