/* js-builtin-url.c: URL and URLSearchParams (WHATWG URL Standard 6), over
 * the parser in js-url.c.
 *
 * A URL object is a host object owning its JsUrl record, with its
 * URLSearchParams in a slot; the params object owns its list of pairs and
 * points back at the URL, so each updates the other (the standard's "update
 * steps").  Errors are Node's: TypeError "Invalid URL" with code
 * ERR_INVALID_URL and the input, ERR_MISSING_ARGS, ERR_INVALID_THIS.
 */
#include "js-internal.h"
#include "js-url.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

enum { URL_SLOT_SEARCH_PARAMS };
enum { PARAMS_SLOT_URL };
enum { ITER_SLOT_PARAMS, ITER_SLOT_INDEX, ITER_SLOT_KIND };
typedef enum { ITER_KEYS, ITER_VALUES, ITER_ENTRIES } IterKind;

static void
url_finalize (JsState *J, JsObject *obj)
{
  js_url_free (obj->u.host.data);
  obj->u.host.data = NULL;
}

static void
params_finalize (JsState *J, JsObject *obj)
{
  if (obj->u.host.data != NULL)
    g_ptr_array_unref (obj->u.host.data);
  obj->u.host.data = NULL;
}

static const JsHostClass url_class = { "URL", NULL, url_finalize };
static const JsHostClass params_class = { "URLSearchParams", NULL, params_finalize };
static const JsHostClass params_iterator_class = { "URLSearchParams Iterator", NULL, NULL };

static JsValue
utf8_value (JsState *J, const char *utf8)
{
  return js_string_value (js_string_new_utf8 (J, utf8, -1));
}

/* Takes ownership of `utf8`. */
static JsValue
utf8_value_take (JsState *J, char *utf8)
{
  JsValue v = utf8_value (J, utf8);
  g_free (utf8);
  return v;
}

/* A USVString argument as UTF-8 (lone surrogates become U+FFFD); g_free it. */
static char *
usv_string (JsState *J, JsValue v)
{
  return js_string_to_utf8 (js_to_string (J, v));
}

static JsObject *
this_host (JsState *J, JsValue this_value, const JsHostClass *klass)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_HOST ||
      js_get_object (this_value)->u.host.klass != klass)
    {
      char message[80];
      g_snprintf (message, sizeof message, "Value of \"this\" must be of type %s", klass->name);
      js_throw (J, js_object_value (js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_THIS", message)));
    }
  return js_get_object (this_value);
}

static JsUrl *
this_url (JsState *J, JsValue this_value)
{
  return this_host (J, this_value, &url_class)->u.host.data;
}

static GPtrArray *
this_params (JsState *J, JsValue this_value)
{
  return this_host (J, this_value, &params_class)->u.host.data;
}

static void
require_args (JsState *J, int argc, int needed, const char *what)
{
  if (argc < needed)
    {
      char message[96];
      g_snprintf (message, sizeof message, "The %s must be specified", what);
      js_throw (J, js_object_value (js_node_error_new (J, JS_TYPE_ERROR, "ERR_MISSING_ARGS", message)));
    }
}

/* Throws Node's ERR_INVALID_URL (Chromium's wording in the browser profile),
 * after freeing `input` and `base`. */
static G_GNUC_NORETURN void
throw_invalid_url (JsState *J, char *input, char *base)
{
  JsObject *error;

  if (J->options.host == JS_HOST_BROWSER)
    error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Failed to construct 'URL': Invalid URL");
  else
    {
      error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_URL", "Invalid URL");
      js_define_value_utf8 (J, error, "input", utf8_value (J, input), JS_PROP_DEFAULT);
      if (base != NULL)
        js_define_value_utf8 (J, error, "base", utf8_value (J, base), JS_PROP_DEFAULT);
    }
  g_free (input);
  g_free (base);
  js_throw (J, js_object_value (error));
}

/* ------------------------------------------------------------------------
 * The update steps between a URL and its URLSearchParams
 * ------------------------------------------------------------------------ */

/* URLSearchParams's update steps: the URL's query from the list. */
static void
params_update (JsObject *params)
{
  JsValue url_value = params->u.host.slots[PARAMS_SLOT_URL];
  GPtrArray *pairs = params->u.host.data;
  JsUrl *url;
  char *serialized;

  if (!js_is_object (url_value))
    return;
  url = js_get_object (url_value)->u.host.data;
  serialized = js_urlencoded_serialize (pairs);
  g_free (url->query);
  url->query = serialized[0] == '\0' ? NULL : serialized;
  if (url->query == NULL)
    g_free (serialized);
}

/* The URL's query parsed into its params' list (after href/search change). */
static void
url_update_params (JsObject *url_obj)
{
  JsUrl *url = url_obj->u.host.data;
  JsValue params = url_obj->u.host.slots[URL_SLOT_SEARCH_PARAMS];
  JsObject *p;

  if (!js_is_object (params))
    return;
  p = js_get_object (params);
  g_ptr_array_unref (p->u.host.data);
  p->u.host.data = js_urlencoded_parse (url->query != NULL ? url->query : "");
}

static JsObject *
params_new (JsState *J, JsObject *proto, GPtrArray *pairs)
{
  JsObject *params = js_object_new_class (J, JS_CLASS_HOST, proto);

  params->u.host.klass = &params_class;
  params->u.host.data = pairs;
  return params;
}

static JsObject *
params_prototype (JsState *J)
{
  return js_get_object (js_get (J, js_get_utf8 (J, js_object_value (J->global), "URLSearchParams"),
                                JS_KEY (J, prototype)));
}

/* ------------------------------------------------------------------------
 * URL
 * ------------------------------------------------------------------------ */

/* The API URL parser (6.1) with Node's errors: a new record or a throw. */
static JsUrl *
api_parse (JsState *J, JsValue url_value, JsValue base_value)
{
  char *input = usv_string (J, url_value);
  char *base_text = js_is_undefined (base_value) ? NULL : usv_string (J, base_value);
  JsUrl *base = NULL, *url;

  if (base_text != NULL)
    {
      base = js_url_parse (base_text, NULL);
      if (base == NULL)
        throw_invalid_url (J, input, base_text);
    }
  url = js_url_parse (input, base);
  js_url_free (base);
  if (url == NULL)
    throw_invalid_url (J, input, base_text);
  g_free (input);
  g_free (base_text);
  return url;
}

/* A URL object owning `url`, with its URLSearchParams. */
static JsObject *
url_object_new (JsState *J, JsObject *proto, JsUrl *url)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, proto);
  JsObject *params;

  obj->u.host.klass = &url_class;
  obj->u.host.data = url;
  params = params_new (J, params_prototype (J), js_urlencoded_parse (url->query != NULL ? url->query : ""));
  params->u.host.slots[PARAMS_SLOT_URL] = js_object_value (obj);
  obj->u.host.slots[URL_SLOT_SEARCH_PARAMS] = js_object_value (params);
  return obj;
}

NATIVE (url_constructor)
{
  JsObject *proto;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Class constructor URL cannot be invoked without 'new'");
  require_args (J, argc, 1, "\"url\" argument");
  proto = js_create_from_constructor (J, new_target, JS_CLASS_OBJECT,
                                      js_get_object (js_get (J, js_object_value (callee), JS_KEY (J, prototype))))->proto;
  return js_object_value (url_object_new (J, proto, api_parse (J, ARG (0), ARG (1))));
}

/* Parses without throwing: NULL on failure. */
static JsUrl *
try_parse (JsState *J, JsValue url_value, JsValue base_value)
{
  char *input = usv_string (J, url_value);
  char *base_text = js_is_undefined (base_value) ? NULL : usv_string (J, base_value);
  JsUrl *base = base_text != NULL ? js_url_parse (base_text, NULL) : NULL;
  JsUrl *url = base_text == NULL || base != NULL ? js_url_parse (input, base) : NULL;

  js_url_free (base);
  g_free (input);
  g_free (base_text);
  return url;
}

NATIVE (url_can_parse)
{
  JsUrl *url;

  require_args (J, argc, 1, "\"url\" argument");
  url = try_parse (J, ARG (0), ARG (1));
  js_url_free (url);
  return js_boolean (url != NULL);
}

/* URL.parse(url, base): a URL, or null where the constructor would throw. */
NATIVE (url_parse)
{
  JsUrl *url;

  require_args (J, argc, 1, "\"url\" argument");
  url = try_parse (J, ARG (0), ARG (1));
  if (url == NULL)
    return JS_NULL;
  return js_object_value (url_object_new (J, js_get_object (js_native_captures (callee)[0]), url));
}

NATIVE (url_proto_href)
{
  return utf8_value_take (J, js_url_serialize (this_url (J, this_value), FALSE));
}

NATIVE (url_proto_origin)
{
  return utf8_value_take (J, js_url_origin (this_url (J, this_value)));
}

NATIVE (url_proto_protocol)
{
  return utf8_value_take (J, g_strdup_printf ("%s:", this_url (J, this_value)->scheme));
}

NATIVE (url_proto_username)
{
  return utf8_value (J, this_url (J, this_value)->username);
}

NATIVE (url_proto_password)
{
  return utf8_value (J, this_url (J, this_value)->password);
}

NATIVE (url_proto_host)
{
  JsUrl *url = this_url (J, this_value);

  if (url->host == NULL)
    return JS_KEY (J, empty);
  if (url->port == -1)
    return utf8_value (J, url->host);
  return utf8_value_take (J, g_strdup_printf ("%s:%d", url->host, url->port));
}

NATIVE (url_proto_hostname)
{
  JsUrl *url = this_url (J, this_value);
  return url->host == NULL ? JS_KEY (J, empty) : utf8_value (J, url->host);
}

NATIVE (url_proto_port)
{
  JsUrl *url = this_url (J, this_value);
  return url->port == -1 ? JS_KEY (J, empty) : utf8_value_take (J, g_strdup_printf ("%d", url->port));
}

NATIVE (url_proto_pathname)
{
  return utf8_value_take (J, js_url_path_string (this_url (J, this_value)));
}

NATIVE (url_proto_search)
{
  JsUrl *url = this_url (J, this_value);

  if (url->query == NULL || url->query[0] == '\0')
    return JS_KEY (J, empty);
  return utf8_value_take (J, g_strdup_printf ("?%s", url->query));
}

NATIVE (url_proto_hash)
{
  JsUrl *url = this_url (J, this_value);

  if (url->fragment == NULL || url->fragment[0] == '\0')
    return JS_KEY (J, empty);
  return utf8_value_take (J, g_strdup_printf ("#%s", url->fragment));
}

NATIVE (url_proto_search_params)
{
  return this_host (J, this_value, &url_class)->u.host.slots[URL_SLOT_SEARCH_PARAMS];
}

/* Setters (6.1): each runs the basic URL parser with a state override on the
 * record itself; a value the parser rejects leaves it as the standard says. */

NATIVE (url_proto_set_href)
{
  JsObject *obj = this_host (J, this_value, &url_class);
  JsUrl *url = api_parse (J, ARG (0), JS_UNDEFINED);

  js_url_free (obj->u.host.data);
  obj->u.host.data = url;
  url_update_params (obj);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_protocol)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, ARG (0));
  char *input = g_strdup_printf ("%s:", value);

  js_url_parse_override (input, url, JS_URL_SCHEME_START);
  g_free (input);
  g_free (value);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_username)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, ARG (0));

  if (!js_url_cannot_have_credentials (url))
    js_url_set_username (url, value);
  g_free (value);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_password)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, ARG (0));

  if (!js_url_cannot_have_credentials (url))
    js_url_set_password (url, value);
  g_free (value);
  return JS_UNDEFINED;
}

static void
set_with_override (JsState *J, JsValue this_value, JsValue v, JsUrlOverride state)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, v);

  if (!url->opaque_path)
    js_url_parse_override (value, url, state);
  g_free (value);
}

NATIVE (url_proto_set_host)
{
  set_with_override (J, this_value, ARG (0), JS_URL_HOST);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_hostname)
{
  set_with_override (J, this_value, ARG (0), JS_URL_HOSTNAME);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_port)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, ARG (0));

  if (!js_url_cannot_have_credentials (url))
    {
      if (value[0] == '\0')
        url->port = -1;
      else
        js_url_parse_override (value, url, JS_URL_PORT);
    }
  g_free (value);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_pathname)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, ARG (0));

  if (!url->opaque_path)
    {
      g_ptr_array_set_size (url->path, 0);
      js_url_parse_override (value, url, JS_URL_PATH_START);
    }
  g_free (value);
  return JS_UNDEFINED;
}

/* "potentially strip trailing spaces from an opaque path" */
static void
strip_opaque_path_spaces (JsUrl *url)
{
  if (url->opaque_path && url->fragment == NULL && url->query == NULL && url->path->len > 0)
    g_strchomp (g_ptr_array_index (url->path, 0));
}

NATIVE (url_proto_set_search)
{
  JsObject *obj = this_host (J, this_value, &url_class);
  JsUrl *url = obj->u.host.data;
  char *value = usv_string (J, ARG (0));

  if (value[0] == '\0')
    {
      g_clear_pointer (&url->query, g_free);
      strip_opaque_path_spaces (url);
    }
  else
    {
      g_free (url->query);
      url->query = g_strdup ("");
      js_url_parse_override (value[0] == '?' ? value + 1 : value, url, JS_URL_QUERY);
    }
  g_free (value);
  url_update_params (obj);
  return JS_UNDEFINED;
}

NATIVE (url_proto_set_hash)
{
  JsUrl *url = this_url (J, this_value);
  char *value = usv_string (J, ARG (0));

  if (value[0] == '\0')
    {
      g_clear_pointer (&url->fragment, g_free);
      strip_opaque_path_spaces (url);
    }
  else
    {
      g_free (url->fragment);
      url->fragment = g_strdup ("");
      js_url_parse_override (value[0] == '#' ? value + 1 : value, url, JS_URL_FRAGMENT);
    }
  g_free (value);
  return JS_UNDEFINED;
}

/* Node's util.inspect of a URL: `URL { href: …, origin: …, … }` */
NATIVE (url_inspect)
{
  static const char *const fields[] = { "href", "origin", "protocol", "username", "password", "host",
                                        "hostname", "port", "pathname", "search", "searchParams", "hash" };
  JsObject *shown = js_plain_object_new (J);
  JsInspectOptions options;
  GString *out = g_string_new ("URL ");
  JsString *result;

  this_host (J, this_value, &url_class);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    js_define_value_utf8 (J, shown, fields[i], js_get_utf8 (J, this_value, fields[i]), JS_PROP_DEFAULT);
  js_inspect_options_init (&options);
  if (js_is_object (ARG (1)))
    js_inspect_options_from_value (J, ARG (1), &options);
  js_inspect (J, js_object_value (shown), &options, out);
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* ------------------------------------------------------------------------
 * URLSearchParams
 * ------------------------------------------------------------------------ */

static void
append_pair (JsState *J, GPtrArray *pairs, JsValue name, JsValue value)
{
  g_ptr_array_add (pairs, usv_string (J, name));
  g_ptr_array_add (pairs, usv_string (J, value));
}

static G_GNUC_NORETURN void
throw_invalid_tuple (JsState *J)
{
  js_throw (J, js_object_value (js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_TUPLE",
                                                   "Each query pair must be an iterable [name, value] tuple")));
}

/* The pairs from `init` (6.2's constructor steps).  The list is owned by
 * the new object before any conversion runs, so a throw leaks nothing. */
static void
initialize_params (JsState *J, JsObject *params, JsValue init)
{
  GPtrArray *pairs = params->u.host.data;

  if (js_is_object (init))
    {
      JsValue method = js_get (J, init, JS_SYMBOL_KEY (J, iterator));
      if (!js_is_nullish (method))
        {
          JsObject *items;
          if (!js_is_callable (method))
            js_throw_type_error (J, "Query pairs must be iterable");
          items = js_iterable_to_array (J, init);
          for (guint32 i = 0; i < js_array_length (items); i++)
            {
              JsValue pair = js_get_index (J, js_object_value (items), i);
              JsObject *list;
              if (!js_is_object (pair) || js_is_nullish (js_get (J, pair, JS_SYMBOL_KEY (J, iterator))))
                throw_invalid_tuple (J);
              list = js_iterable_to_array (J, pair);
              if (js_array_length (list) != 2)
                throw_invalid_tuple (J);
              append_pair (J, pairs, js_get_index (J, js_object_value (list), 0),
                           js_get_index (J, js_object_value (list), 1));
            }
          return;
        }
      {
        guint32 n_keys;
        JsValue *keys = js_own_property_keys (J, js_get_object (init), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY,
                                              &n_keys);
        JsObject *key_list = js_array_from_values (J, keys, n_keys);
        g_free (keys);
        for (guint32 i = 0; i < n_keys; i++)
          {
            JsValue key = js_get_index (J, js_object_value (key_list), i);
            append_pair (J, pairs, key, js_get (J, init, key));
          }
      }
      return;
    }
  if (!js_is_undefined (init))
    {
      char *text = usv_string (J, init);
      GPtrArray *parsed = js_urlencoded_parse (text[0] == '?' ? text + 1 : text);
      g_free (text);
      g_ptr_array_unref (params->u.host.data);
      params->u.host.data = parsed;
    }
}

NATIVE (params_constructor)
{
  JsObject *params;

  if (js_is_undefined (new_target))
    js_throw_type_error (J, "Class constructor URLSearchParams cannot be invoked without 'new'");
  params = js_create_from_constructor (J, new_target, JS_CLASS_HOST,
                                       js_get_object (js_get (J, js_object_value (callee), JS_KEY (J, prototype))));
  params->u.host.klass = &params_class;
  params->u.host.data = g_ptr_array_new_with_free_func (g_free);
  initialize_params (J, params, ARG (0));
  return js_object_value (params);
}

NATIVE (params_proto_size)
{
  return js_number (this_params (J, this_value)->len / 2);
}

NATIVE (params_proto_append)
{
  JsObject *params = this_host (J, this_value, &params_class);

  require_args (J, argc, 2, "\"name\" and \"value\" arguments");
  append_pair (J, params->u.host.data, argv[0], argv[1]);
  params_update (params);
  return JS_UNDEFINED;
}

/* delete(name[, value]) and has(name[, value]) */
NATIVE (params_proto_delete)
{
  JsObject *params = this_host (J, this_value, &params_class);
  GPtrArray *pairs = params->u.host.data;
  char *name, *value = NULL;

  require_args (J, argc, 1, "\"name\" argument");
  name = usv_string (J, argv[0]);
  if (argc > 1 && !js_is_undefined (argv[1]))
    value = usv_string (J, argv[1]);
  for (guint i = 0; i + 1 < pairs->len;)
    if (strcmp (g_ptr_array_index (pairs, i), name) == 0 &&
        (value == NULL || strcmp (g_ptr_array_index (pairs, i + 1), value) == 0))
      g_ptr_array_remove_range (pairs, i, 2);
    else
      i += 2;
  g_free (name);
  g_free (value);
  params_update (params);
  return JS_UNDEFINED;
}

NATIVE (params_proto_has)
{
  GPtrArray *pairs = this_params (J, this_value);
  char *name, *value = NULL;
  gboolean found = FALSE;

  require_args (J, argc, 1, "\"name\" argument");
  name = usv_string (J, argv[0]);
  if (argc > 1 && !js_is_undefined (argv[1]))
    value = usv_string (J, argv[1]);
  for (guint i = 0; i + 1 < pairs->len && !found; i += 2)
    found = strcmp (g_ptr_array_index (pairs, i), name) == 0 &&
            (value == NULL || strcmp (g_ptr_array_index (pairs, i + 1), value) == 0);
  g_free (name);
  g_free (value);
  return js_boolean (found);
}

NATIVE (params_proto_get)
{
  GPtrArray *pairs = this_params (J, this_value);
  char *name;
  JsValue result = JS_NULL;

  require_args (J, argc, 1, "\"name\" argument");
  name = usv_string (J, argv[0]);
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    if (strcmp (g_ptr_array_index (pairs, i), name) == 0)
      {
        result = utf8_value (J, g_ptr_array_index (pairs, i + 1));
        break;
      }
  g_free (name);
  return result;
}

NATIVE (params_proto_get_all)
{
  GPtrArray *pairs = this_params (J, this_value);
  JsObject *result = js_array_new (J, 0);
  char *name;

  require_args (J, argc, 1, "\"name\" argument");
  name = usv_string (J, argv[0]);
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    if (strcmp (g_ptr_array_index (pairs, i), name) == 0)
      js_array_push (J, result, utf8_value (J, g_ptr_array_index (pairs, i + 1)));
  g_free (name);
  return js_object_value (result);
}

NATIVE (params_proto_set)
{
  JsObject *params = this_host (J, this_value, &params_class);
  GPtrArray *pairs = params->u.host.data;
  char *name, *value;
  gboolean found = FALSE;

  require_args (J, argc, 2, "\"name\" and \"value\" arguments");
  name = usv_string (J, argv[0]);
  value = usv_string (J, argv[1]);
  for (guint i = 0; i + 1 < pairs->len;)
    {
      if (strcmp (g_ptr_array_index (pairs, i), name) != 0)
        i += 2;
      else if (!found)
        {
          found = TRUE;
          g_free (pairs->pdata[i + 1]);
          pairs->pdata[i + 1] = g_strdup (value);
          i += 2;
        }
      else
        g_ptr_array_remove_range (pairs, i, 2);
    }
  if (!found)
    {
      g_ptr_array_add (pairs, name);
      g_ptr_array_add (pairs, value);
    }
  else
    {
      g_free (name);
      g_free (value);
    }
  params_update (params);
  return JS_UNDEFINED;
}

/* Compares names by UTF-16 code units, as sort() requires. */
static int
compare_names_utf16 (const char *a, const char *b)
{
  g_autofree gunichar2 *ua = g_utf8_to_utf16 (a, -1, NULL, NULL, NULL);
  g_autofree gunichar2 *ub = g_utf8_to_utf16 (b, -1, NULL, NULL, NULL);
  gsize i = 0;

  while (ua[i] != 0 && ua[i] == ub[i])
    i++;
  return (int) ua[i] - (int) ub[i];
}

NATIVE (params_proto_sort)
{
  JsObject *params = this_host (J, this_value, &params_class);
  GPtrArray *pairs = params->u.host.data;
  guint n = pairs->len / 2;

  /* A stable insertion sort of the pairs by name. */
  for (guint i = 1; i < n; i++)
    {
      gpointer name = pairs->pdata[2 * i], value = pairs->pdata[2 * i + 1];
      guint j = i;
      while (j > 0 && compare_names_utf16 (pairs->pdata[2 * (j - 1)], name) > 0)
        {
          pairs->pdata[2 * j] = pairs->pdata[2 * (j - 1)];
          pairs->pdata[2 * j + 1] = pairs->pdata[2 * (j - 1) + 1];
          j--;
        }
      pairs->pdata[2 * j] = name;
      pairs->pdata[2 * j + 1] = value;
    }
  params_update (params);
  return JS_UNDEFINED;
}

NATIVE (params_proto_to_string)
{
  return utf8_value_take (J, js_urlencoded_serialize (this_params (J, this_value)));
}

NATIVE (params_proto_for_each)
{
  JsObject *params = this_host (J, this_value, &params_class);
  JsValue fn = ARG (0);

  if (!js_is_callable (fn))
    {
      char *received = js_node_describe_received (J, fn);
      char *message = g_strdup_printf ("The \"callback\" argument must be of type function. Received %s", received);
      JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);
      g_free (received);
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  /* The list is read afresh each step: the callback may change it. */
  for (guint i = 0; i + 1 < ((GPtrArray *) params->u.host.data)->len; i += 2)
    {
      GPtrArray *pairs = params->u.host.data;
      JsValue args[3] = { utf8_value (J, g_ptr_array_index (pairs, i + 1)), utf8_value (J, g_ptr_array_index (pairs, i)),
                          this_value };
      js_call (J, fn, ARG (1), 3, args);
    }
  return JS_UNDEFINED;
}

/* entries, keys and values keep the iterator prototype in their capture. */
static JsValue
params_iterator_new (JsState *J, JsValue this_value, JsObject *callee, IterKind kind)
{
  JsObject *it;

  this_host (J, this_value, &params_class);
  it = js_object_new_class (J, JS_CLASS_HOST, js_get_object (js_native_captures (callee)[0]));
  it->u.host.klass = &params_iterator_class;
  it->u.host.slots[ITER_SLOT_PARAMS] = this_value;
  it->u.host.slots[ITER_SLOT_INDEX] = js_number (0);
  it->u.host.slots[ITER_SLOT_KIND] = js_number (kind);
  return js_object_value (it);
}

NATIVE (params_proto_entries) { return params_iterator_new (J, this_value, callee, ITER_ENTRIES); }
NATIVE (params_proto_keys) { return params_iterator_new (J, this_value, callee, ITER_KEYS); }
NATIVE (params_proto_values) { return params_iterator_new (J, this_value, callee, ITER_VALUES); }

NATIVE (params_iterator_next)
{
  JsObject *it = this_host (J, this_value, &params_iterator_class);
  JsObject *params = js_get_object (it->u.host.slots[ITER_SLOT_PARAMS]);
  GPtrArray *pairs = params->u.host.data;
  guint index = (guint) js_get_number (it->u.host.slots[ITER_SLOT_INDEX]);
  IterKind kind = (IterKind) js_get_number (it->u.host.slots[ITER_SLOT_KIND]);
  JsValue name, value;

  if (2 * index + 1 >= pairs->len)
    return js_iter_result (J, JS_UNDEFINED, TRUE);
  it->u.host.slots[ITER_SLOT_INDEX] = js_number (index + 1);
  name = utf8_value (J, g_ptr_array_index (pairs, 2 * index));
  value = utf8_value (J, g_ptr_array_index (pairs, 2 * index + 1));
  if (kind == ITER_KEYS)
    return js_iter_result (J, name, FALSE);
  if (kind == ITER_VALUES)
    return js_iter_result (J, value, FALSE);
  {
    JsValue pair[2] = { name, value };
    return js_iter_result (J, js_object_value (js_array_from_values (J, pair, 2)), FALSE);
  }
}

/* Node's util.inspect of the iterator: the entries still to come,
 * `URLSearchParams Iterator { [ 'a', '1' ] }`. */
NATIVE (params_iterator_inspect)
{
  JsObject *it = this_host (J, this_value, &params_iterator_class);
  GPtrArray *pairs = js_get_object (it->u.host.slots[ITER_SLOT_PARAMS])->u.host.data;
  guint index = (guint) js_get_number (it->u.host.slots[ITER_SLOT_INDEX]);
  IterKind kind = (IterKind) js_get_number (it->u.host.slots[ITER_SLOT_KIND]);
  JsObject *rest = js_array_new (J, 0);
  JsInspectOptions options;
  GString *whole = g_string_new (NULL);
  GString *out = g_string_new ("URLSearchParams Iterator {");
  gboolean multiline;
  JsString *result;

  js_inspect_options_init (&options);
  if (js_is_object (ARG (1)))
    js_inspect_options_from_value (J, ARG (1), &options);
  if (js_is_number (ARG (0)))
    options.depth = (int) js_get_number (ARG (0)) - 1;
  for (guint i = 2 * index; i + 1 < pairs->len; i += 2)
    {
      JsValue name = utf8_value (J, g_ptr_array_index (pairs, i));
      JsValue value = utf8_value (J, g_ptr_array_index (pairs, i + 1));
      JsValue pair[2] = { name, value };
      js_array_push (J, rest, kind == ITER_KEYS ? name : kind == ITER_VALUES ? value
                                                 : js_object_value (js_array_from_values (J, pair, 2)));
    }
  js_inspect (J, js_object_value (rest), &options, whole);
  multiline = strchr (whole->str, '\n') != NULL;
  g_string_free (whole, TRUE);
  for (guint32 i = 0; i < js_array_length (rest); i++)
    {
      g_string_append (out, i == 0 ? (multiline ? "\n  " : " ") : (multiline ? ",\n  " : ", "));
      js_inspect (J, js_get_index (J, js_object_value (rest), i), &options, out);
    }
  if (js_array_length (rest) == 0)
    g_string_append_c (out, ' ');
  g_string_append (out, " }");
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* Node's util.inspect of URLSearchParams: `URLSearchParams { 'a' => '1' }` */
NATIVE (params_inspect)
{
  JsObject *params = this_host (J, this_value, &params_class);
  GPtrArray *pairs = params->u.host.data;
  JsInspectOptions options;
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new ("URLSearchParams ");
  gsize total = 0;
  JsString *result;

  js_inspect_options_init (&options);
  if (js_is_object (ARG (1)))
    js_inspect_options_from_value (J, ARG (1), &options);
  if (js_is_number (ARG (0)))
    {
      if (js_get_number (ARG (0)) < 0)
        {
          g_ptr_array_unref (entries);
          g_string_free (out, TRUE);
          return utf8_value (J, "[Object]");
        }
      options.depth = (int) js_get_number (ARG (0)) - 1;
    }
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      GString *entry = g_string_new (NULL);
      js_inspect (J, utf8_value (J, g_ptr_array_index (pairs, i)), &options, entry);
      g_string_append (entry, " => ");
      js_inspect (J, utf8_value (J, g_ptr_array_index (pairs, i + 1)), &options, entry);
      total += g_utf8_strlen (entry->str, -1) + 2;
      g_ptr_array_add (entries, g_string_free (entry, FALSE));
    }
  if (entries->len == 0)
    g_string_append (out, "{}");
  else
    {
      gboolean multiline = (gssize) total - 2 > options.break_length;
      g_string_append (out, multiline ? "{\n  " : "{ ");
      for (guint i = 0; i < entries->len; i++)
        {
          if (i > 0)
            g_string_append (out, multiline ? ",\n  " : ", ");
          g_string_append (out, g_ptr_array_index (entries, i));
        }
      g_string_append (out, " }");
    }
  g_ptr_array_unref (entries);
  result = js_string_new_utf8 (J, out->str, (gssize) out->len);
  g_string_free (out, TRUE);
  return js_string_value (result);
}

/* ------------------------------------------------------------------------
 * Initialisation
 * ------------------------------------------------------------------------ */

static JsObject *
define_class (JsState *J, const char *name, int length, JsNativeFn constructor)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, name, length, constructor, proto);

  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_value_utf8 (J, J->global, name, js_object_value (ctor), JS_PROP_HIDDEN);
  return proto;
}

static void
define_accessor (JsState *J, JsObject *proto, const char *name, JsNativeFn getter, JsNativeFn setter)
{
  g_autofree char *get_name = g_strdup_printf ("get %s", name);
  g_autofree char *set_name = g_strdup_printf ("set %s", name);
  JsObject *get = js_native_function_new (J, get_name, 0, getter, 0);
  JsValue set = setter != NULL ? js_object_value (js_native_function_new (J, set_name, 1, setter, 0)) : JS_UNDEFINED;

  js_define_accessor (J, proto, js_key_from_utf8 (J, name), js_object_value (get), set,
                      JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
}

static JsObject *
define_iterator_method (JsState *J, JsObject *proto, const char *name, JsNativeFn fn, JsObject *iterator_proto)
{
  JsObject *f = js_native_function_new (J, name, 0, fn, 1);

  js_native_captures (f)[0] = js_object_value (iterator_proto);
  js_define_value_utf8 (J, proto, name, js_object_value (f), JS_PROP_HIDDEN);
  return f;
}

void
js_builtin_url_init (JsState *J)
{
  JsValue inspect = js_inspect_custom_symbol (J);
  JsObject *url_proto, *params_proto, *iterator_proto, *entries, *url_ctor, *parse;

  url_proto = define_class (J, "URL", 1, url_constructor);
  url_ctor = js_get_object (js_get (J, js_object_value (url_proto), JS_KEY (J, constructor)));
  js_define_method (J, url_proto, "toString", url_proto_href, 0);
  define_accessor (J, url_proto, "href", url_proto_href, url_proto_set_href);
  define_accessor (J, url_proto, "origin", url_proto_origin, NULL);
  define_accessor (J, url_proto, "protocol", url_proto_protocol, url_proto_set_protocol);
  define_accessor (J, url_proto, "username", url_proto_username, url_proto_set_username);
  define_accessor (J, url_proto, "password", url_proto_password, url_proto_set_password);
  define_accessor (J, url_proto, "host", url_proto_host, url_proto_set_host);
  define_accessor (J, url_proto, "hostname", url_proto_hostname, url_proto_set_hostname);
  define_accessor (J, url_proto, "port", url_proto_port, url_proto_set_port);
  define_accessor (J, url_proto, "pathname", url_proto_pathname, url_proto_set_pathname);
  define_accessor (J, url_proto, "search", url_proto_search, url_proto_set_search);
  define_accessor (J, url_proto, "searchParams", url_proto_search_params, NULL);
  define_accessor (J, url_proto, "hash", url_proto_hash, url_proto_set_hash);
  js_define_method (J, url_proto, "toJSON", url_proto_href, 0);
  js_define_value (J, url_proto, JS_SYMBOL_KEY (J, toStringTag), utf8_value (J, "URL"), JS_PROP_CONFIGURABLE);
  js_define_method_key (J, url_proto, inspect, "[nodejs.util.inspect.custom]", url_inspect, 2);
  parse = js_native_function_new (J, "parse", 1, url_parse, 1);
  js_native_captures (parse)[0] = js_object_value (url_proto);
  js_define_value_utf8 (J, url_ctor, "parse", js_object_value (parse), JS_PROP_HIDDEN);
  js_define_method (J, url_ctor, "canParse", url_can_parse, 1);

  params_proto = define_class (J, "URLSearchParams", 0, params_constructor);
  define_accessor (J, params_proto, "size", params_proto_size, NULL);
  js_define_method (J, params_proto, "append", params_proto_append, 2);
  js_define_method (J, params_proto, "delete", params_proto_delete, 1);
  js_define_method (J, params_proto, "get", params_proto_get, 1);
  js_define_method (J, params_proto, "getAll", params_proto_get_all, 1);
  js_define_method (J, params_proto, "has", params_proto_has, 1);
  js_define_method (J, params_proto, "set", params_proto_set, 2);
  js_define_method (J, params_proto, "sort", params_proto_sort, 0);
  iterator_proto = js_object_new (J, JS_INTRINSIC (J, IteratorPrototype));
  js_define_method (J, iterator_proto, "next", params_iterator_next, 0);
  js_define_method_key (J, iterator_proto, inspect, "[nodejs.util.inspect.custom]", params_iterator_inspect, 2);
  js_define_value (J, iterator_proto, JS_SYMBOL_KEY (J, toStringTag), utf8_value (J, "URLSearchParams Iterator"),
                   JS_PROP_CONFIGURABLE);
  entries = define_iterator_method (J, params_proto, "entries", params_proto_entries, iterator_proto);
  js_define_method (J, params_proto, "forEach", params_proto_for_each, 1);
  define_iterator_method (J, params_proto, "keys", params_proto_keys, iterator_proto);
  define_iterator_method (J, params_proto, "values", params_proto_values, iterator_proto);
  js_define_method (J, params_proto, "toString", params_proto_to_string, 0);
  js_define_value (J, params_proto, JS_SYMBOL_KEY (J, iterator), js_object_value (entries), JS_PROP_HIDDEN);
  js_define_value (J, params_proto, JS_SYMBOL_KEY (J, toStringTag), utf8_value (J, "URLSearchParams"),
                   JS_PROP_CONFIGURABLE);
  js_define_method_key (J, params_proto, inspect, "[nodejs.util.inspect.custom]", params_inspect, 2);
}

JsValue
js_url_module_new (JsState *J)
{
  JsObject *exports = js_plain_object_new (J);

  js_define_value_utf8 (J, exports, "URL", js_get_utf8 (J, js_object_value (J->global), "URL"), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, exports, "URLSearchParams", js_get_utf8 (J, js_object_value (J->global), "URLSearchParams"),
                        JS_PROP_DEFAULT);
  return js_object_value (exports);
}
