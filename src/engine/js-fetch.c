/* js-fetch.c: fetch(), Request, Response and Headers for the browser
 * profile, against the simulated network of the scenario's header.
 *
 * There is no network: each `// @fetch PATH TIME STATUS BODY` line is a
 * route (tests/corpus-browser/README.md).  fetch(input, init) builds a
 * Request (so argument errors reject its promise), rejects at once when the
 * request's signal is already aborted, else answers after the route's
 * latency from a task on the networking queue, ordered among the page's
 * timers by due time and creation: a Response for the route, a 404 for an
 * unknown path, or `TypeError: Failed to fetch` for a route that fails.
 *
 * The request's signal depends on init.signal (DOM's "create a dependent
 * abort signal", as Chromium's Request does), and the fetch's abort
 * algorithm hangs on it: aborting the script's controller runs the
 * script's own `abort` listeners first, then rejects the fetch with the
 * signal's reason.  Once the response arrived, an abort changes nothing.
 *
 * The body of a response is a string held in memory; reading it (text(),
 * json()) settles the returned promise as soon as it is called, as
 * Chromium's loaders do for a body that is all there: the reader still gets
 * the value from a promise reaction, one microtask later.
 */
#include "js-internal.h"
#include "js-scenario.h"
#include "js-url.h"

/* Where the page appears to come from: relative URLs resolve against it. */
#define PAGE_ORIGIN "http://127.0.0.1:8000"
#define DEFAULT_LATENCY_MS 100.0

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static char *
to_utf8 (JsState *J, JsValue v)
{
  return js_string_to_utf8 (js_to_string (J, v));
}

static JsObject *
host_object_of (JsValue v, const JsHostClass *klass)
{
  JsObject *obj;

  if (!js_is_object (v))
    return NULL;
  obj = js_get_object (v);
  return obj->class_id == JS_CLASS_HOST && obj->u.host.klass == klass ? obj : NULL;
}

static JsObject *
new_host_object (JsState *J, const JsHostClass *klass, JsObject *proto)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, proto);

  obj->u.host.klass = klass;
  for (guint i = 0; i < G_N_ELEMENTS (obj->u.host.slots); i++)
    obj->u.host.slots[i] = JS_UNDEFINED;
  return obj;
}

/* Chromium's wording for a `this` of the wrong kind. */
static G_GNUC_NORETURN void
throw_illegal_invocation (JsState *J)
{
  js_throw_type_error (J, "Illegal invocation");
}

static JsObject *
prototype_of_global (JsState *J, const char *name)
{
  return js_get_object (js_get_utf8 (J, js_get_utf8 (J, js_object_value (J->global), name), "prototype"));
}

static void
define_class (JsState *J, const char *name, int length, JsNativeFn constructor, JsObject *proto)
{
  JsObject *ctor = js_native_constructor_new (J, name, length, constructor, proto);

  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag), js_string_value_utf8 (J, name), JS_PROP_CONFIGURABLE);
  js_define_value_utf8 (J, J->global, name, js_object_value (ctor), JS_PROP_HIDDEN);
}

static G_GNUC_NORETURN void
throw_needs_new (JsState *J, const char *name)
{
  js_throw_type_error (J, "Failed to construct '%s': Please use the 'new' operator, this DOM object "
                          "constructor cannot be called as a function.", name);
}

/* ------------------------------------------------------------------------
 * Headers: slot 0 is an array of [name, value] pairs, names in lower case
 * ------------------------------------------------------------------------ */

enum { HEADERS_LIST };

static const JsHostClass headers_class = { "Headers", NULL, NULL };

static JsObject *
this_headers (JsState *J, JsValue this_value)
{
  JsObject *headers = host_object_of (this_value, &headers_class);

  if (headers == NULL)
    throw_illegal_invocation (J);
  return headers;
}

static JsValue
header_name (JsState *J, JsValue name)
{
  g_autofree char *text = to_utf8 (J, name);
  g_autofree char *lower = g_ascii_strdown (text, -1);

  return js_string_value_utf8 (J, lower);
}

static void
headers_append (JsState *J, JsObject *headers, JsValue name, JsValue value)
{
  JsValue pair[2] = { header_name (J, name), js_string_value (js_to_string (J, value)) };
  JsValue list = headers->u.host.slots[HEADERS_LIST];

  js_set_index (J, list, js_array_length (js_get_object (list)),
                js_object_value (js_array_from_values (J, pair, 2)));
}

/* The values of `name`, joined by ", ", or null. */
static JsValue
headers_get (JsState *J, JsObject *headers, JsValue name)
{
  JsValue key = header_name (J, name);
  JsValue list = headers->u.host.slots[HEADERS_LIST];
  guint32 n = js_array_length (js_get_object (list));
  GString *joined = NULL;
  JsValue result;

  for (guint32 i = 0; i < n; i++)
    {
      JsValue pair = js_get_index (J, list, i);
      if (js_strict_equals (js_get_index (J, pair, 0), key))
        {
          g_autofree char *value = to_utf8 (J, js_get_index (J, pair, 1));
          if (joined == NULL)
            joined = g_string_new (value);
          else
            g_string_append_printf (joined, ", %s", value);
        }
    }
  if (joined == NULL)
    return JS_NULL;
  result = js_string_value_utf8 (J, joined->str);
  g_string_free (joined, TRUE);
  return result;
}

static void
headers_delete (JsState *J, JsObject *headers, JsValue name)
{
  JsValue key = header_name (J, name);
  JsValue list = headers->u.host.slots[HEADERS_LIST];
  JsObject *kept = js_array_new (J, 0);
  guint32 n = js_array_length (js_get_object (list)), k = 0;

  for (guint32 i = 0; i < n; i++)
    {
      JsValue pair = js_get_index (J, list, i);
      if (!js_strict_equals (js_get_index (J, pair, 0), key))
        js_set_index (J, js_object_value (kept), k++, pair);
    }
  headers->u.host.slots[HEADERS_LIST] = js_object_value (kept);
}

/* Fills headers from a HeadersInit: a Headers, a sequence of pairs, or a
 * record. */
static void
headers_fill (JsState *J, JsObject *headers, JsValue init)
{
  if (js_is_nullish (init))
    return;
  if (!js_is_object (init))
    js_throw_type_error (J, "Failed to construct 'Headers': The provided value is not of type "
                            "'(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
  if (host_object_of (init, &headers_class) != NULL)
    init = js_get_object (init)->u.host.slots[HEADERS_LIST];
  if (js_is_callable (js_get (J, init, JS_SYMBOL_KEY (J, iterator))))
    {
      JsObject *pairs = js_iterable_to_array (J, init);
      for (guint32 i = 0; i < js_array_length (pairs); i++)
        {
          JsObject *pair = js_iterable_to_array (J, js_get_index (J, js_object_value (pairs), i));
          if (js_array_length (pair) != 2)
            js_throw_type_error (J, "Failed to construct 'Headers': Invalid value");
          headers_append (J, headers, js_get_index (J, js_object_value (pair), 0),
                          js_get_index (J, js_object_value (pair), 1));
        }
      return;
    }
  {
    guint32 n;
    JsValue *keys = js_own_property_keys (J, js_get_object (init), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
    for (guint32 i = 0; i < n; i++)
      headers_append (J, headers, keys[i], js_get (J, init, keys[i]));
    g_free (keys);
  }
}

static JsObject *
headers_new (JsState *J, JsValue init)
{
  JsObject *headers = new_host_object (J, &headers_class, prototype_of_global (J, "Headers"));

  headers->u.host.slots[HEADERS_LIST] = js_object_value (js_array_new (J, 0));
  headers_fill (J, headers, init);
  return headers;
}

static JsValue
headers_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  if (js_is_undefined (new_target))
    throw_needs_new (J, "Headers");
  return js_object_value (headers_new (J, js_arg (argc, argv, 0)));
}

static JsValue
headers_method_get (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return headers_get (J, this_headers (J, this_value), js_arg (argc, argv, 0));
}

static JsValue
headers_method_has (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return js_boolean (!js_is_null (headers_get (J, this_headers (J, this_value), js_arg (argc, argv, 0))));
}

static JsValue
headers_method_append (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  headers_append (J, this_headers (J, this_value), js_arg (argc, argv, 0), js_arg (argc, argv, 1));
  return JS_UNDEFINED;
}

static JsValue
headers_method_set (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsObject *headers = this_headers (J, this_value);

  headers_delete (J, headers, js_arg (argc, argv, 0));
  headers_append (J, headers, js_arg (argc, argv, 0), js_arg (argc, argv, 1));
  return JS_UNDEFINED;
}

static JsValue
headers_method_delete (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                       JsValue new_target, JsObject *callee)
{
  headers_delete (J, this_headers (J, this_value), js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* forEach(callback, thisArg): callback(value, name, headers). */
static JsValue
headers_method_for_each (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  JsObject *headers = this_headers (J, this_value);
  JsValue callback = js_arg (argc, argv, 0);
  JsValue list = headers->u.host.slots[HEADERS_LIST];

  if (!js_is_callable (callback))
    js_throw_type_error (J, "Failed to execute 'forEach' on 'Headers': The callback provided as parameter 1 "
                            "is not a function.");
  for (guint32 i = 0; i < js_array_length (js_get_object (list)); i++)
    {
      JsValue pair = js_get_index (J, list, i);
      JsValue args[3] = { js_get_index (J, pair, 1), js_get_index (J, pair, 0), this_value };
      js_call (J, callback, js_arg (argc, argv, 1), 3, args);
    }
  return JS_UNDEFINED;
}

/* ------------------------------------------------------------------------
 * Response: slots hold the body (a string, or null for none), the
 * headers, statusText and url; the record the status and bodyUsed.
 * ------------------------------------------------------------------------ */

enum { RESPONSE_BODY, RESPONSE_HEADERS, RESPONSE_STATUS_TEXT, RESPONSE_URL };

typedef struct {
  int      status;
  gboolean body_used;
} ResponseRecord;

static void
record_finalize (JsState *J, JsObject *obj)
{
  g_free (obj->u.host.data);
}

static const JsHostClass response_class = { "Response", NULL, record_finalize };

/* The reason phrases Chromium's Response carries for the statuses a route
 * may give. */
static const char *
reason_phrase (int status)
{
  /* The reason phrases the scenario's responses carry (corpus README,
   * record.mjs STATUS_TEXT); other statuses have an empty one. */
  static const struct { int status; const char *phrase; } phrases[] = {
    { 200, "OK" }, { 201, "Created" }, { 202, "Accepted" }, { 204, "No Content" },
    { 301, "Moved Permanently" }, { 302, "Found" }, { 304, "Not Modified" }, { 400, "Bad Request" },
    { 401, "Unauthorized" }, { 403, "Forbidden" }, { 404, "Not Found" }, { 405, "Method Not Allowed" },
    { 409, "Conflict" }, { 410, "Gone" }, { 422, "Unprocessable Entity" }, { 429, "Too Many Requests" },
    { 500, "Internal Server Error" }, { 502, "Bad Gateway" }, { 503, "Service Unavailable" },
    { 504, "Gateway Timeout" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    if (phrases[i].status == status)
      return phrases[i].phrase;
  return "";
}

static gboolean
is_null_body_status (int status)
{
  return status == 101 || status == 103 || status == 204 || status == 205 || status == 304;
}

static JsObject *
response_new (JsState *J, JsValue body, int status, JsValue status_text, JsObject *headers)
{
  JsObject *response = new_host_object (J, &response_class, prototype_of_global (J, "Response"));
  ResponseRecord *record = g_new0 (ResponseRecord, 1);

  record->status = status;
  response->u.host.data = record;
  response->u.host.slots[RESPONSE_BODY] = body;
  response->u.host.slots[RESPONSE_HEADERS] = js_object_value (headers);
  response->u.host.slots[RESPONSE_STATUS_TEXT] = status_text;
  response->u.host.slots[RESPONSE_URL] = js_string_value_utf8 (J, "");
  return response;
}

static JsObject *
this_response (JsState *J, JsValue this_value)
{
  JsObject *response = host_object_of (this_value, &response_class);

  if (response == NULL)
    throw_illegal_invocation (J);
  return response;
}

static ResponseRecord *
response_record (JsObject *response)
{
  return response->u.host.data;
}

/* new Response(body, {status, statusText, headers}) (Fetch 6.4) */
static JsValue
response_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsValue body = js_arg (argc, argv, 0), init = js_arg (argc, argv, 1);
  JsValue status_value = JS_UNDEFINED, status_text = js_string_value_utf8 (J, "");
  JsObject *headers;
  double status = 200;

  if (js_is_undefined (new_target))
    throw_needs_new (J, "Response");
  if (js_is_object (init))
    {
      status_value = js_get_utf8 (J, init, "status");
      if (!js_is_undefined (js_get_utf8 (J, init, "statusText")))
        status_text = js_string_value (js_to_string (J, js_get_utf8 (J, init, "statusText")));
    }
  if (!js_is_undefined (status_value))
    status = (guint16) js_to_int32 (J, status_value);
  if (status < 200 || status > 599)
    js_throw_range_error (J, "Failed to construct 'Response': The status provided (%g) is outside the range "
                             "[200, 599].", status);
  headers = headers_new (J, js_is_object (init) ? js_get_utf8 (J, init, "headers") : JS_UNDEFINED);
  if (!js_is_nullish (body))
    {
      if (is_null_body_status ((int) status))
        js_throw_type_error (J, "Failed to construct 'Response': Response with null body status cannot have body");
      body = js_string_value (js_to_string (J, body));
      if (js_is_null (headers_get (J, headers, js_string_value_utf8 (J, "content-type"))))
        headers_append (J, headers, js_string_value_utf8 (J, "content-type"),
                        js_string_value_utf8 (J, "text/plain;charset=UTF-8"));
    }
  else
    body = JS_NULL;
  return js_object_value (response_new (J, body, (int) status, status_text, headers));
}

static JsValue
response_get_status (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  return js_number (response_record (this_response (J, this_value))->status);
}

static JsValue
response_get_ok (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  int status = response_record (this_response (J, this_value))->status;

  return js_boolean (status >= 200 && status <= 299);
}

static JsValue
response_get_status_text (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  return this_response (J, this_value)->u.host.slots[RESPONSE_STATUS_TEXT];
}

static JsValue
response_get_url (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                  JsValue new_target, JsObject *callee)
{
  return this_response (J, this_value)->u.host.slots[RESPONSE_URL];
}

static JsValue
response_get_headers (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  return this_response (J, this_value)->u.host.slots[RESPONSE_HEADERS];
}

static JsValue
response_get_body_used (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                        JsValue new_target, JsObject *callee)
{
  return js_boolean (response_record (this_response (J, this_value))->body_used);
}

static JsValue
response_get_type (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsObject *response = this_response (J, this_value);
  g_autofree char *url = to_utf8 (J, response->u.host.slots[RESPONSE_URL]);

  return js_string_value_utf8 (J, *url != '\0' ? "basic" : "default");
}

static JsValue
response_get_redirected (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  this_response (J, this_value);
  return JS_FALSE;
}

/* JSON.parse(text): TRUE with the value, or FALSE with the exception it
 * threw (a SyntaxError), in `*result`. */
static gboolean
parse_json (JsState *J, JsValue text, JsValue *result)
{
  JsTryPoint tp;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      JsValue json = js_get_utf8 (J, js_object_value (J->global), "JSON");
      *result = js_invoke (J, json, js_key_from_utf8 (J, "parse"), 1, &text);
      js_try_end (J, &tp);
      return TRUE;
    }
  if (J->terminating)
    js_throw (J, J->exception);
  *result = J->exception;
  return FALSE;
}

/* Settles a body read's promise with the whole body converted (the
 * package data steps of Fetch 6.2). */
static void
settle_body (JsState *J, JsObject *promise, JsValue body, gboolean as_json)
{
  JsValue value;

  if (!as_json)
    js_promise_resolve_with (J, promise, body);
  else if (parse_json (J, body, &value))
    js_promise_resolve_with (J, promise, value);
  else
    {
      /* Chromium rethrows the parser's SyntaxError under the method's name. */
      g_autofree char *message = to_utf8 (J, js_get_utf8 (J, value, "message"));
      JsObject *error = js_error_new_utf8 (J, JS_SYNTAX_ERROR, "Failed to execute 'json' on 'Response': %s", message);
      js_promise_reject_with (J, promise, js_object_value (error));
    }
}

enum { BODY_READ_PROMISE, BODY_READ_TEXT, BODY_READ_AS_JSON, N_BODY_READ };

/* The task that delivers a read body stream's bytes: Chromium reads a
 * body (and parses a null one as JSON) in a task posted at the call, so
 * timers already due run first, and microtasks never see it done. */
static JsValue
body_read_task (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  JsValue *read = js_native_captures (callee);
  JsObject *promise = js_get_object (read[BODY_READ_PROMISE]);

  /* Chromium parses a null body's JSON from no bytes at all, and reports
   * it without the method's name. */
  if (js_is_null (read[BODY_READ_TEXT]))
    js_promise_reject_with (J, promise, js_object_value (js_error_new_utf8 (J, JS_SYNTAX_ERROR,
                                                                            "Unexpected end of input")));
  else
    settle_body (J, promise, read[BODY_READ_TEXT], js_to_boolean (read[BODY_READ_AS_JSON]));
  return JS_UNDEFINED;
}

/* "Consume body" (Fetch 6.2): a used body rejects; a null body's text is
 * "" at once; otherwise the body (all in memory) arrives in a task,
 * converted. */
static JsValue
consume_body (JsState *J, JsValue this_value, const char *method, gboolean as_json)
{
  JsObject *response = host_object_of (this_value, &response_class);
  JsObject *promise = js_promise_new (J);
  JsObject *read;
  JsValue body;

  if (response == NULL)
    {
      g_autofree char *message = g_strdup_printf ("Failed to execute '%s' on 'Response': Illegal invocation", method);
      js_promise_reject_with (J, promise, js_object_value (js_error_new_utf8 (J, JS_TYPE_ERROR, "%s", message)));
      return js_object_value (promise);
    }
  if (response_record (response)->body_used)
    {
      g_autofree char *message = g_strdup_printf ("Failed to execute '%s' on 'Response': body stream already read",
                                                  method);
      js_promise_reject_with (J, promise, js_object_value (js_error_new_utf8 (J, JS_TYPE_ERROR, "%s", message)));
      return js_object_value (promise);
    }
  body = response->u.host.slots[RESPONSE_BODY];
  if (!js_is_null (body))
    response_record (response)->body_used = TRUE;
  if (J->trace != NULL)
    {
      g_autofree char *url = to_utf8 (J, response->u.host.slots[RESPONSE_URL]);
      g_autofree char *text = g_strdup_printf ("%s() of %s", method, *url != '\0' ? url : "a Response");
      js_trace_message (J, JS_TRACE_FETCH_BODY, 0, text);
    }
  if (js_is_null (body) && !as_json)
    {
      js_promise_resolve_with (J, promise, js_string_value_utf8 (J, ""));
      return js_object_value (promise);
    }
  read = js_native_function_new (J, method, 0, body_read_task, N_BODY_READ);
  js_native_captures (read)[BODY_READ_PROMISE] = js_object_value (promise);
  js_native_captures (read)[BODY_READ_TEXT] = body;
  js_native_captures (read)[BODY_READ_AS_JSON] = as_json ? JS_TRUE : JS_FALSE;
  js_browser_post_task (J, 0, js_object_value (read), JS_TRACE_QUEUE_IO, JS_TRACE_TASK_FETCH);
  return js_object_value (promise);
}

static JsValue
response_text (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  return consume_body (J, this_value, "text", FALSE);
}

static JsValue
response_json (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  return consume_body (J, this_value, "json", TRUE);
}

static JsValue
response_clone (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                JsValue new_target, JsObject *callee)
{
  JsObject *response = this_response (J, this_value);
  JsObject *headers = headers_new (J, response->u.host.slots[RESPONSE_HEADERS]);
  JsObject *copy;

  if (response_record (response)->body_used)
    js_throw_type_error (J, "Failed to execute 'clone' on 'Response': Response body is already used");
  copy = response_new (J, response->u.host.slots[RESPONSE_BODY], response_record (response)->status,
                       response->u.host.slots[RESPONSE_STATUS_TEXT], headers);
  copy->u.host.slots[RESPONSE_URL] = response->u.host.slots[RESPONSE_URL];
  return js_object_value (copy);
}

/* ------------------------------------------------------------------------
 * Request: slots hold the URL (absolute), the method, the headers and the
 * signal.
 * ------------------------------------------------------------------------ */

enum { REQUEST_URL, REQUEST_METHOD, REQUEST_HEADERS, REQUEST_SIGNAL };

static const JsHostClass request_class = { "Request", NULL, NULL };

/* The URL parser against the page's URL: the serialized absolute URL, or
 * NULL when parsing fails. */
static char *
resolve_url (const char *input)
{
  g_autoptr (JsUrl) base = js_url_parse (PAGE_ORIGIN "/", NULL);
  g_autoptr (JsUrl) url = js_url_parse (input, base);

  return url != NULL ? js_url_serialize (url, FALSE) : NULL;
}

/* A method is a token (RFC 9110 5.6.2). */
static gboolean
is_http_token (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("!#$%&'*+-.^_`|~", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
is_forbidden_method (const char *method)
{
  return g_ascii_strcasecmp (method, "CONNECT") == 0 || g_ascii_strcasecmp (method, "TRACE") == 0
         || g_ascii_strcasecmp (method, "TRACK") == 0;
}

/* The path and query of an absolute URL (what a route names). */
static const char *
url_path (const char *url)
{
  const char *p = strstr (url, "://");
  const char *slash = p != NULL ? strchr (p + 3, '/') : NULL;

  return slash != NULL ? slash : "/";
}

/* Upper case for the standard methods, as they were otherwise. */
static const char *
normalize_method (const char *method)
{
  static const char *const standard[] = { "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT" };

  for (guint i = 0; i < G_N_ELEMENTS (standard); i++)
    if (g_ascii_strcasecmp (method, standard[i]) == 0)
      return standard[i];
  return method;
}

static JsValue
new_unaborted_signal (JsState *J)
{
  JsValue ctor = js_get_utf8 (J, js_object_value (J->global), "AbortController");
  JsValue controller = js_construct (J, ctor, 0, NULL, ctor);

  return js_get_utf8 (J, controller, "signal");
}

/* Throws a TypeError "Failed to OPERATION: DETAIL", DETAIL naming `what`
 * (freed first: the throw does not return). */
static G_GNUC_NORETURN void
throw_request_error (JsState *J, const char *operation, const char *detail_format, char *what)
{
  g_autofree char *detail = g_strdup_printf (detail_format, what);
  JsObject *error;

  g_free (what);
  error = js_error_new_utf8 (J, JS_TYPE_ERROR, "Failed to %s: %s", operation, detail);
  g_clear_pointer (&detail, g_free);
  js_throw (J, js_object_value (error));
}

/* new Request(input, init) (Fetch 6.3), what fetch() needs of it: init's
 * members are converted first (WebIDL), then the URL, the method and the
 * body are checked in the constructor's order. */
static JsObject *
request_new (JsState *J, JsValue input, JsValue init, const char *operation)
{
  JsObject *from = host_object_of (input, &request_class);
  JsObject *request = new_host_object (J, &request_class, prototype_of_global (J, "Request"));
  JsValue signal = from != NULL ? from->u.host.slots[REQUEST_SIGNAL] : JS_UNDEFINED;
  JsValue headers_init = from != NULL ? from->u.host.slots[REQUEST_HEADERS] : JS_UNDEFINED;
  JsValue method = from != NULL ? from->u.host.slots[REQUEST_METHOD] : js_string_value_utf8 (J, "GET");
  JsValue input_text = from != NULL ? JS_UNDEFINED : js_string_value (js_to_string (J, input));
  gboolean has_body = FALSE;
  char *text;

  if (js_is_object (init))
    {
      JsValue b = js_get_utf8 (J, init, "body");
      JsValue h = js_get_utf8 (J, init, "headers");
      JsValue m = js_get_utf8 (J, init, "method");
      JsValue s = js_get_utf8 (J, init, "signal");

      has_body = !js_is_nullish (b);
      if (!js_is_undefined (m))
        method = js_string_value (js_to_string (J, m));
      if (!js_is_undefined (h))
        headers_init = h;
      if (!js_is_nullish (s) && !js_is_abort_signal (s))
        js_throw_type_error (J, "Failed to %s: Failed to read the 'signal' property from 'RequestInit': "
                                "Failed to convert value to 'AbortSignal'.", operation);
      if (!js_is_undefined (s))
        signal = s;
    }
  if (from != NULL)
    request->u.host.slots[REQUEST_URL] = from->u.host.slots[REQUEST_URL];
  else
    {
      char *url;

      text = js_string_to_utf8 (js_get_string (input_text));
      url = resolve_url (text);
      if (url == NULL)
        throw_request_error (J, operation, "Failed to parse URL from %s", text);
      g_free (text);
      request->u.host.slots[REQUEST_URL] = js_string_value_utf8 (J, url);
      g_free (url);
    }
  text = js_string_to_utf8 (js_get_string (method));
  if (!is_http_token (text))
    throw_request_error (J, operation, "'%s' is not a valid HTTP method.", text);
  if (is_forbidden_method (text))
    throw_request_error (J, operation, "'%s' HTTP method is unsupported.", text);
  request->u.host.slots[REQUEST_METHOD] = js_string_value_utf8 (J, normalize_method (text));
  g_free (text);
  if (has_body && (js_string_equal_ascii (js_get_string (request->u.host.slots[REQUEST_METHOD]), "GET")
                   || js_string_equal_ascii (js_get_string (request->u.host.slots[REQUEST_METHOD]), "HEAD")))
    js_throw_type_error (J, "Failed to %s: Request with GET/HEAD method cannot have body.", operation);
  request->u.host.slots[REQUEST_HEADERS] = js_object_value (headers_new (J, headers_init));
  /* The request's own signal follows init's (DOM "create a dependent abort
   * signal"). */
  request->u.host.slots[REQUEST_SIGNAL] = js_is_abort_signal (signal) ? js_abort_signal_new_dependent (J, signal)
                                                                      : new_unaborted_signal (J);
  return request;
}

static JsObject *
this_request (JsState *J, JsValue this_value)
{
  JsObject *request = host_object_of (this_value, &request_class);

  if (request == NULL)
    throw_illegal_invocation (J);
  return request;
}

static JsValue
request_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  if (js_is_undefined (new_target))
    throw_needs_new (J, "Request");
  if (argc < 1)
    js_throw_type_error (J, "Failed to construct 'Request': 1 argument required, but only 0 present.");
  return js_object_value (request_new (J, argv[0], js_arg (argc, argv, 1), "construct 'Request'"));
}

static JsValue
request_get_url (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                 JsValue new_target, JsObject *callee)
{
  return this_request (J, this_value)->u.host.slots[REQUEST_URL];
}

static JsValue
request_get_method (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return this_request (J, this_value)->u.host.slots[REQUEST_METHOD];
}

static JsValue
request_get_headers (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  return this_request (J, this_value)->u.host.slots[REQUEST_HEADERS];
}

static JsValue
request_get_signal (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  return this_request (J, this_value)->u.host.slots[REQUEST_SIGNAL];
}

/* ------------------------------------------------------------------------
 * fetch (Fetch 6.5), against the scenario's routes
 * ------------------------------------------------------------------------ */

/* A pending fetch lives in the captures of its response task. */
enum { PENDING_PROMISE, PENDING_REQUEST, PENDING_DONE, PENDING_TASK, N_PENDING };

static const JsScenarioFetch *
find_route_named (JsState *J, const char *path)
{
  const JsScenario *scenario = js_browser_get_scenario (J);

  for (guint i = 0; scenario != NULL && i < scenario->fetches->len; i++)
    {
      const JsScenarioFetch *route = g_ptr_array_index (scenario->fetches, i);
      if (strcmp (route->path, path) == 0)
        return route;
    }
  return NULL;
}

/* The route for an absolute URL: the one named by its path and query
 * (`pathname + search`, never the fragment), else by its path alone. */
static const JsScenarioFetch *
find_route (JsState *J, const char *url)
{
  g_autoptr (JsUrl) parsed = js_url_parse (url, NULL);
  g_autofree char *path = parsed != NULL ? js_url_path_string (parsed) : g_strdup ("/");
  g_autofree char *path_and_query = NULL;
  const JsScenarioFetch *route;

  if (parsed != NULL && parsed->query != NULL && parsed->query[0] != '\0')
    {
      path_and_query = g_strconcat (path, "?", parsed->query, NULL);
      route = find_route_named (J, path_and_query);
      if (route != NULL)
        return route;
    }
  return find_route_named (J, path);
}

/* The response task: the route's answer arrives. */
static JsValue
fetch_respond (JsState *J, JsValue this_value, int argc, const JsValue *argv,
               JsValue new_target, JsObject *callee)
{
  JsValue *pending = js_native_captures (callee);
  JsObject *promise = js_get_object (pending[PENDING_PROMISE]);
  JsObject *request = js_get_object (pending[PENDING_REQUEST]);
  g_autofree char *url = to_utf8 (J, request->u.host.slots[REQUEST_URL]);
  const JsScenarioFetch *route = find_route (J, url);
  int status = route != NULL ? route->status : 404;
  const char *body = route != NULL ? route->body : "";
  JsObject *headers, *response;
  JsValue body_value = JS_NULL;

  pending[PENDING_DONE] = JS_TRUE;
  if (route != NULL && route->network_error)
    {
      g_autofree char *text = g_strdup_printf ("a network error for %s", url_path (url));
      js_trace_message (J, JS_TRACE_FETCH_RESPONSE, 0, text);
      js_promise_reject_with (J, promise, js_object_value (js_error_new_utf8 (J, JS_TYPE_ERROR, "Failed to fetch")));
      return JS_UNDEFINED;
    }
  headers = headers_new (J, JS_UNDEFINED);
  if (!is_null_body_status (status))
    {
      JsValue parsed;

      body_value = js_string_value_utf8 (J, body);
      headers_append (J, headers, js_string_value_utf8 (J, "content-type"),
                      js_string_value_utf8 (J, parse_json (J, body_value, &parsed) ? "application/json"
                                                                           : "text/plain;charset=UTF-8"));
    }
  response = response_new (J, body_value, status, js_string_value_utf8 (J, reason_phrase (status)), headers);
  response->u.host.slots[RESPONSE_URL] = request->u.host.slots[REQUEST_URL];
  if (J->trace != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%d %s for %s", status, reason_phrase (status), url_path (url));
      js_trace_message (J, JS_TRACE_FETCH_RESPONSE, 0, text);
    }
  js_promise_resolve_with (J, promise, js_object_value (response));
  return JS_UNDEFINED;
}

/* The fetch's abort algorithm (on the request's signal): while the
 * response is pending, it is cancelled and the promise rejects with the
 * signal's reason. */
static JsValue
fetch_abort (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  JsValue *pending = js_native_captures (js_get_object (js_native_captures (callee)[0]));
  JsObject *request = js_get_object (pending[PENDING_REQUEST]);
  JsValue reason = JS_UNDEFINED;

  if (js_to_boolean (pending[PENDING_DONE]))
    return JS_UNDEFINED;
  pending[PENDING_DONE] = JS_TRUE;
  js_browser_cancel_task (J, (guint32) js_get_number (pending[PENDING_TASK]));
  js_abort_signal_is_aborted (J, request->u.host.slots[REQUEST_SIGNAL], &reason);
  if (J->trace != NULL)
    {
      g_autofree char *url = to_utf8 (J, request->u.host.slots[REQUEST_URL]);
      g_autofree char *text = g_strdup_printf ("the request for %s", url_path (url));
      js_trace_message (J, JS_TRACE_ABORT, 0, text);
    }
  js_promise_reject_with (J, js_get_object (pending[PENDING_PROMISE]), reason);
  return JS_UNDEFINED;
}

static JsValue
window_fetch (JsState *J, JsValue this_value, int argc, const JsValue *argv,
              JsValue new_target, JsObject *callee)
{
  JsObject *promise = js_promise_new (J);
  JsObject *request = NULL;
  JsObject *respond, *abort_fn;
  JsValue signal, reason;
  JsTryPoint tp;
  const JsScenarioFetch *route;
  double latency;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      if (argc < 1)
        js_throw_type_error (J, "Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present.");
      /* The scenario's fetch builds a Request first (corpus README), so its
       argument errors name Request's constructor. */
      request = request_new (J, argv[0], js_arg (argc, argv, 1), "construct 'Request'");
      js_try_end (J, &tp);
    }
  else
    {
      js_promise_reject_caught (J, promise);
      return js_object_value (promise);
    }
  signal = request->u.host.slots[REQUEST_SIGNAL];
  if (J->trace != NULL)
    {
      g_autofree char *method = to_utf8 (J, request->u.host.slots[REQUEST_METHOD]);
      g_autofree char *url = to_utf8 (J, request->u.host.slots[REQUEST_URL]);
      g_autofree char *text = g_strdup_printf ("%s %s", method, url_path (url));
      js_trace_message (J, JS_TRACE_FETCH_START, 0, text);
    }
  if (js_abort_signal_is_aborted (J, signal, &reason))
    {
      js_promise_reject_with (J, promise, reason);
      return js_object_value (promise);
    }
  {
    g_autofree char *url = to_utf8 (J, request->u.host.slots[REQUEST_URL]);
    g_autofree char *name = g_strdup_printf ("fetch %s", url_path (url));
    route = find_route (J, url);
    respond = js_native_function_new (J, name, 0, fetch_respond, N_PENDING);
  }
  latency = route != NULL ? route->latency_ms : DEFAULT_LATENCY_MS;
  js_native_captures (respond)[PENDING_PROMISE] = js_object_value (promise);
  js_native_captures (respond)[PENDING_REQUEST] = js_object_value (request);
  js_native_captures (respond)[PENDING_DONE] = JS_FALSE;
  js_native_captures (respond)[PENDING_TASK] =
    js_number (js_browser_post_task (J, latency, js_object_value (respond), JS_TRACE_QUEUE_IO, JS_TRACE_TASK_FETCH));
  abort_fn = js_native_function_new (J, "", 0, fetch_abort, 1);
  js_native_captures (abort_fn)[0] = js_object_value (respond);
  js_abort_signal_add_algorithm (J, signal, js_object_value (abort_fn));
  return js_object_value (promise);
}

/* ------------------------------------------------------------------------
 * Installing them
 * ------------------------------------------------------------------------ */

static void
define_getters (JsState *J, JsObject *proto, const char *const names[], const JsNativeFn getters[], guint n)
{
  for (guint i = 0; i < n; i++)
    js_define_getter (J, proto, names[i], getters[i]);
}

void
js_fetch_init (JsState *J)
{
  JsObject *headers_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *request_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *response_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  static const char *const request_names[] = { "url", "method", "headers", "signal" };
  static const JsNativeFn request_getters[] = { request_get_url, request_get_method, request_get_headers,
                                                request_get_signal };
  static const char *const response_names[] = { "type", "url", "redirected", "status", "ok", "statusText",
                                                "headers", "bodyUsed" };
  static const JsNativeFn response_getters[] = { response_get_type, response_get_url, response_get_redirected,
                                                 response_get_status, response_get_ok, response_get_status_text,
                                                 response_get_headers, response_get_body_used };
  JsObject *fetch;

  define_class (J, "Headers", 0, headers_constructor, headers_proto);
  js_define_method (J, headers_proto, "append", headers_method_append, 2);
  js_define_method (J, headers_proto, "delete", headers_method_delete, 1);
  js_define_method (J, headers_proto, "get", headers_method_get, 1);
  js_define_method (J, headers_proto, "has", headers_method_has, 1);
  js_define_method (J, headers_proto, "set", headers_method_set, 2);
  js_define_method (J, headers_proto, "forEach", headers_method_for_each, 1);

  define_class (J, "Request", 1, request_constructor, request_proto);
  define_getters (J, request_proto, request_names, request_getters, G_N_ELEMENTS (request_names));

  define_class (J, "Response", 0, response_constructor, response_proto);
  define_getters (J, response_proto, response_names, response_getters, G_N_ELEMENTS (response_names));
  js_define_method (J, response_proto, "clone", response_clone, 0);
  js_define_method (J, response_proto, "json", response_json, 0);
  js_define_method (J, response_proto, "text", response_text, 0);

  fetch = js_native_function_new (J, "fetch", 1, window_fetch, 0);
  js_define_value_utf8 (J, J->global, "fetch", js_object_value (fetch), JS_PROP_DEFAULT);
}
