/* js-url.h: the WHATWG URL Standard's URL records, basic URL parser and
 * serializers, and the application/x-www-form-urlencoded format (js-url.c),
 * for URL and URLSearchParams (js-builtin-url.c).  Plain C over UTF-8
 * strings: no JS values, nothing that throws.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A URL record (4.1).  Strings are g_malloc'd UTF-8 (ASCII after parsing,
 * percent-encoded); NULL stands for the spec's null. */
typedef struct {
  char      *scheme;       /* without ':' */
  char      *username;     /* "" when none */
  char      *password;
  char      *host;         /* serialized host; NULL for a null host */
  int        port;         /* -1 for null */
  GPtrArray *path;         /* char * segments; an opaque path is one entry with opaque_path set */
  gboolean   opaque_path;
  char      *query;
  char      *fragment;
} JsUrl;

/* The states a setter starts the parser in (state override). */
typedef enum {
  JS_URL_NO_OVERRIDE,
  JS_URL_SCHEME_START,
  JS_URL_HOST,
  JS_URL_HOSTNAME,
  JS_URL_PORT,
  JS_URL_PATH_START,
  JS_URL_QUERY,
  JS_URL_FRAGMENT,
} JsUrlOverride;

JsUrl   *js_url_new (void);
void     js_url_free (JsUrl *url);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsUrl, js_url_free)

/* The basic URL parser (4.4) on `input` with an optional base: a new record,
 * or NULL on failure. */
JsUrl   *js_url_parse (const char *input, const JsUrl *base);
/* The basic URL parser with a state override, on an existing record, as the
 * URL setters run it: FALSE when the parser returned failure (the record
 * may be partly changed then only where the spec allows). */
gboolean js_url_parse_override (const char *input, JsUrl *url, JsUrlOverride state);

/* The URL serializer (4.5); g_free the results. */
char    *js_url_serialize (const JsUrl *url, gboolean exclude_fragment);
char    *js_url_origin (const JsUrl *url);          /* the ASCII serialization of its origin, "null" for opaque */
char    *js_url_path_string (const JsUrl *url);     /* URL path serializer */
gboolean js_url_is_special (const JsUrl *url);
int      js_url_default_port (const char *scheme);  /* -1 when none */
/* "cannot have a username/password/port" */
gboolean js_url_cannot_have_credentials (const JsUrl *url);
void     js_url_set_username (JsUrl *url, const char *value);
void     js_url_set_password (JsUrl *url, const char *value);

/* application/x-www-form-urlencoded (5): parsing into name/value pairs (a
 * GPtrArray of g_malloc'd strings, name then value) and serializing them. */
GPtrArray *js_urlencoded_parse (const char *input);
char      *js_urlencoded_serialize (GPtrArray *pairs);

G_END_DECLS
