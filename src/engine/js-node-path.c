/* js-node-path.c: Node's `path` module, the POSIX flavour (lib/path.js).
 *
 * The algorithms follow lib/path.js step by step.  They work on UTF-8
 * bytes: '/' and '.' are ASCII, and no byte of a multibyte UTF-8 sequence
 * is ASCII, so scanning and slicing bytes gives the same pieces as Node's
 * scans over UTF-16 code units.  Every argument is validated before any C
 * memory is taken, because a validation error is a longjmp.
 */

#include "js-internal.h"

#include <string.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* validateString(value, name): ERR_INVALID_ARG_TYPE unless a string. */
static void
validate_string (JsState *J, JsValue value, const char *name)
{
  char *received, *message;
  JsObject *error;

  if (js_is_string (value))
    return;
  received = js_node_describe_received (J, value);
  message = g_strdup_printf ("The \"%s\" argument must be of type string. Received %s", name, received);
  error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);
  g_free (received);
  g_free (message);
  js_throw (J, js_object_value (error));
}

static char *
to_utf8 (JsValue value)
{
  return js_string_to_utf8 (js_get_string (value));
}

static JsValue
take_string (JsState *J, char *utf8)
{
  JsString *s = js_string_new_utf8 (J, utf8, -1);

  g_free (utf8);
  return js_string_value (s);
}

/* normalizeString(path, allowAboveRoot): resolves '.' and '..' segments
 * and collapses repeated slashes. */
static char *
normalize_string (const char *path, gboolean allow_above_root)
{
  GString *res = g_string_new (NULL);
  gssize length = (gssize) strlen (path), last_segment_length = 0, last_slash = -1, dots = 0;
  char code = 0;

  for (gssize i = 0; i <= length; i++)
    {
      if (i < length)
        code = path[i];
      else if (code == '/')
        break;
      else
        code = '/';
      if (code == '/')
        {
          if (last_slash == i - 1 || dots == 1)
            ;
          else if (dots == 2)
            {
              if (res->len < 2 || last_segment_length != 2 || res->str[res->len - 1] != '.' ||
                  res->str[res->len - 2] != '.')
                {
                  if (res->len > 2)
                    {
                      char *last = strrchr (res->str, '/');
                      if (last == NULL)
                        {
                          g_string_truncate (res, 0);
                          last_segment_length = 0;
                        }
                      else
                        {
                          char *previous;

                          g_string_truncate (res, (gsize) (last - res->str));
                          previous = strrchr (res->str, '/');
                          last_segment_length = (gssize) res->len - 1 - (previous ? previous - res->str : -1);
                        }
                      last_slash = i;
                      dots = 0;
                      continue;
                    }
                  else if (res->len != 0)
                    {
                      g_string_truncate (res, 0);
                      last_segment_length = 0;
                      last_slash = i;
                      dots = 0;
                      continue;
                    }
                }
              if (allow_above_root)
                {
                  g_string_append (res, res->len > 0 ? "/.." : "..");
                  last_segment_length = 2;
                }
            }
          else
            {
              if (res->len > 0)
                g_string_append_c (res, '/');
              g_string_append_len (res, path + last_slash + 1, i - last_slash - 1);
              last_segment_length = i - last_slash - 1;
            }
          last_slash = i;
          dots = 0;
        }
      else if (code == '.' && dots != -1)
        dots++;
      else
        dots = -1;
    }
  return g_string_free (res, FALSE);
}

/* posix.normalize(path) on an already validated UTF-8 path. */
static char *
normalize (const char *path)
{
  gsize length = strlen (path);
  gboolean absolute, trailing;
  char *normal, *result;

  if (length == 0)
    return g_strdup (".");
  absolute = path[0] == '/';
  trailing = path[length - 1] == '/';
  normal = normalize_string (path, !absolute);
  if (normal[0] == '\0')
    result = g_strdup (absolute ? "/" : trailing ? "./" : ".");
  else
    result = g_strconcat (absolute ? "/" : "", normal, trailing ? "/" : "", NULL);
  g_free (normal);
  return result;
}

/* posix.resolve(...paths): right to left until an absolute path, then the
 * working directory. */
static char *
resolve (JsState *J, int argc, const JsValue *argv)
{
  GString *resolved = g_string_new (NULL);
  gboolean absolute = FALSE;
  char *normal, *result;

  for (int i = argc - 1; i >= -1 && !absolute; i--)
    {
      char *path;

      if (i >= 0)
        path = to_utf8 (argv[i]);
      else
        path = g_get_current_dir ();
      if (path[0] != '\0')
        {
          g_string_prepend_c (resolved, '/');
          g_string_prepend (resolved, path);
          absolute = path[0] == '/';
        }
      g_free (path);
    }
  normal = normalize_string (resolved->str, !absolute);
  g_string_free (resolved, TRUE);
  if (absolute)
    result = g_strconcat ("/", normal, NULL);
  else
    result = g_strdup (normal[0] != '\0' ? normal : ".");
  g_free (normal);
  return result;
}

NATIVE (path_resolve)
{
  for (int i = 0; i < argc; i++)
    {
      char name[32];

      g_snprintf (name, sizeof name, "paths[%d]", i);
      validate_string (J, argv[i], name);
    }
  return take_string (J, resolve (J, argc, argv));
}

NATIVE (path_normalize)
{
  char *path, *result;

  validate_string (J, ARG (0), "path");
  path = to_utf8 (ARG (0));
  result = normalize (path);
  g_free (path);
  return take_string (J, result);
}

NATIVE (path_is_absolute)
{
  validate_string (J, ARG (0), "path");
  return js_boolean (js_get_string (ARG (0))->length > 0 && js_get_string (ARG (0))->chars[0] == '/');
}

NATIVE (path_join)
{
  GString *joined = NULL;
  char *result;

  for (int i = 0; i < argc; i++)
    validate_string (J, argv[i], "path");
  for (int i = 0; i < argc; i++)
    {
      char *arg = to_utf8 (argv[i]);

      if (arg[0] != '\0')
        {
          if (joined == NULL)
            joined = g_string_new (arg);
          else
            {
              g_string_append_c (joined, '/');
              g_string_append (joined, arg);
            }
        }
      g_free (arg);
    }
  if (joined == NULL)
    return js_string_value (js_string_new_utf8 (J, ".", -1));
  result = normalize (joined->str);
  g_string_free (joined, TRUE);
  return take_string (J, result);
}

/* posix.relative(from, to) */
NATIVE (path_relative)
{
  JsValue one[1];
  char *from, *to;
  gssize from_len, to_len, length, last_common_sep = -1, i = 0;
  GString *out;

  validate_string (J, ARG (0), "from");
  validate_string (J, ARG (1), "to");
  if (js_string_equal (js_get_string (ARG (0)), js_get_string (ARG (1))))
    return js_string_value (JS_ATOM (J, empty));
  one[0] = ARG (0);
  from = resolve (J, 1, one);
  one[0] = ARG (1);
  to = resolve (J, 1, one);
  if (strcmp (from, to) == 0)
    {
      g_free (from);
      g_free (to);
      return js_string_value (JS_ATOM (J, empty));
    }
  /* Both are absolute: compare after the leading '/'. */
  from_len = (gssize) strlen (from) - 1;
  to_len = (gssize) strlen (to) - 1;
  length = MIN (from_len, to_len);
  for (; i < length; i++)
    {
      char from_code = from[1 + i];
      if (from_code != to[1 + i])
        break;
      else if (from_code == '/')
        last_common_sep = i;
    }
  if (i == length)
    {
      if (to_len > length)
        {
          if (to[1 + i] == '/' || i == 0)
            {
              char *result = g_strdup (to + 1 + i + (to[1 + i] == '/' ? 1 : 0));
              g_free (from);
              g_free (to);
              return take_string (J, result);
            }
        }
      else if (from_len > length)
        {
          if (from[1 + i] == '/')
            last_common_sep = i;
          else if (i == 0)
            last_common_sep = 0;
        }
    }
  out = g_string_new (NULL);
  for (i = 1 + last_common_sep + 1; i <= from_len + 1; i++)
    if (i == from_len + 1 || from[i] == '/')
      g_string_append (out, out->len == 0 ? ".." : "/..");
  g_string_append (out, to + 1 + last_common_sep);
  g_free (from);
  g_free (to);
  return take_string (J, g_string_free (out, FALSE));
}

NATIVE (path_dirname)
{
  JsString *path;
  gboolean has_root, matched_slash = TRUE;
  gssize end = -1;

  validate_string (J, ARG (0), "path");
  path = js_get_string (ARG (0));
  if (path->length == 0)
    return js_string_value (js_string_new_utf8 (J, ".", -1));
  has_root = path->chars[0] == '/';
  for (gssize i = (gssize) path->length - 1; i >= 1; i--)
    {
      if (path->chars[i] == '/')
        {
          if (!matched_slash)
            {
              end = i;
              break;
            }
        }
      else
        matched_slash = FALSE;
    }
  if (end == -1)
    return js_string_value (js_string_new_utf8 (J, has_root ? "/" : ".", -1));
  if (has_root && end == 1)
    return js_string_value (js_string_new_utf8 (J, "//", -1));
  return js_string_value (js_string_substring (J, path, 0, (guint32) end));
}

NATIVE (path_basename)
{
  JsString *path, *suffix = NULL;
  gssize start = 0, end = -1, length;
  gboolean matched_slash = TRUE;

  if (!js_is_undefined (ARG (1)))
    validate_string (J, ARG (1), "ext");
  validate_string (J, ARG (0), "path");
  path = js_get_string (ARG (0));
  length = path->length;
  if (!js_is_undefined (ARG (1)))
    suffix = js_get_string (ARG (1));
  if (suffix != NULL && suffix->length > 0 && suffix->length <= path->length)
    {
      gssize ext_idx = (gssize) suffix->length - 1, first_non_slash_end = -1;

      if (js_string_equal (suffix, path))
        return js_string_value (JS_ATOM (J, empty));
      for (gssize i = length - 1; i >= 0; i--)
        {
          uint16_t code = path->chars[i];
          if (code == '/')
            {
              if (!matched_slash)
                {
                  start = i + 1;
                  break;
                }
            }
          else
            {
              if (first_non_slash_end == -1)
                {
                  matched_slash = FALSE;
                  first_non_slash_end = i + 1;
                }
              if (ext_idx >= 0)
                {
                  if (code == suffix->chars[ext_idx])
                    {
                      if (--ext_idx == -1)
                        end = i;
                    }
                  else
                    {
                      ext_idx = -1;
                      end = first_non_slash_end;
                    }
                }
            }
        }
      if (start == end)
        end = first_non_slash_end;
      else if (end == -1)
        end = length;
      return js_string_value (js_string_substring (J, path, (guint32) start, (guint32) MAX (start, end)));
    }
  for (gssize i = length - 1; i >= 0; i--)
    {
      if (path->chars[i] == '/')
        {
          if (!matched_slash)
            {
              start = i + 1;
              break;
            }
        }
      else if (end == -1)
        {
          matched_slash = FALSE;
          end = i + 1;
        }
    }
  if (end == -1)
    return js_string_value (JS_ATOM (J, empty));
  return js_string_value (js_string_substring (J, path, (guint32) start, (guint32) end));
}

/* The scan that extname and parse share: the last dot of the last
 * segment, unless the segment is '..' or has only a leading dot. */
typedef struct {
  gssize start_dot, start_part, end;
  gboolean has_ext;
} ExtScan;

static ExtScan
scan_extension (const JsString *path, gssize stop)
{
  ExtScan s = { -1, 0, -1, FALSE };
  gboolean matched_slash = TRUE;
  int pre_dot_state = 0;

  for (gssize i = (gssize) path->length - 1; i >= stop; i--)
    {
      uint16_t code = path->chars[i];
      if (code == '/')
        {
          if (!matched_slash)
            {
              s.start_part = i + 1;
              break;
            }
          continue;
        }
      if (s.end == -1)
        {
          matched_slash = FALSE;
          s.end = i + 1;
        }
      if (code == '.')
        {
          if (s.start_dot == -1)
            s.start_dot = i;
          else if (pre_dot_state != 1)
            pre_dot_state = 1;
        }
      else if (s.start_dot != -1)
        pre_dot_state = -1;
    }
  s.has_ext = !(s.start_dot == -1 || s.end == -1 || pre_dot_state == 0 ||
                (pre_dot_state == 1 && s.start_dot == s.end - 1 && s.start_dot == s.start_part + 1));
  return s;
}

NATIVE (path_extname)
{
  JsString *path;
  ExtScan s;

  validate_string (J, ARG (0), "path");
  path = js_get_string (ARG (0));
  s = scan_extension (path, 0);
  if (!s.has_ext)
    return js_string_value (JS_ATOM (J, empty));
  return js_string_value (js_string_substring (J, path, (guint32) s.start_dot, (guint32) s.end));
}

NATIVE (path_parse)
{
  JsObject *ret = js_plain_object_new (J);
  JsValue root, dir, base, ext, name;
  JsString *path;
  gboolean absolute;
  ExtScan s;

  validate_string (J, ARG (0), "path");
  path = js_get_string (ARG (0));
  root = dir = base = ext = name = js_string_value (JS_ATOM (J, empty));
  if (path->length > 0)
    {
      absolute = path->chars[0] == '/';
      if (absolute)
        root = js_string_value (js_string_new_utf8 (J, "/", -1));
      s = scan_extension (path, absolute ? 1 : 0);
      if (s.end != -1)
        {
          guint32 start = (guint32) (s.start_part == 0 && absolute ? 1 : s.start_part);
          base = js_string_value (js_string_substring (J, path, start, (guint32) s.end));
          if (!s.has_ext)
            name = base;
          else
            {
              name = js_string_value (js_string_substring (J, path, start, (guint32) s.start_dot));
              ext = js_string_value (js_string_substring (J, path, (guint32) s.start_dot, (guint32) s.end));
            }
        }
      if (s.start_part > 0)
        dir = js_string_value (js_string_substring (J, path, 0, (guint32) s.start_part - 1));
      else if (absolute)
        dir = root;
    }
  js_define_value_utf8 (J, ret, "root", root, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ret, "dir", dir, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ret, "base", base, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ret, "ext", ext, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, ret, "name", name, JS_PROP_DEFAULT);
  return js_object_value (ret);
}

/* posix.format(pathObject): dir (or root) joined with base (or name + ext). */
NATIVE (path_format)
{
  JsValue object = ARG (0), dir, root, base;
  JsStringBuilder *b = js_string_builder_new (J);

  if (!js_is_object (object))
    {
      char *received = js_node_describe_received (J, object);
      char *message = g_strdup_printf ("The \"pathObject\" argument must be of type object. Received %s", received);
      JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", message);

      g_free (received);
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  root = js_get_utf8 (J, object, "root");
  dir = js_get_utf8 (J, object, "dir");
  if (!js_to_boolean (dir))
    dir = root;
  base = js_get_utf8 (J, object, "base");
  if (!js_to_boolean (base))
    {
      JsValue name = js_get_utf8 (J, object, "name"), ext = js_get_utf8 (J, object, "ext");
      JsStringBuilder *nb = js_string_builder_new (J);

      if (js_to_boolean (name))
        js_string_builder_append (J, nb, js_to_string (J, name));
      if (js_to_boolean (ext))
        {
          JsString *e = js_to_string (J, ext);
          if (e->length == 0 || e->chars[0] != '.')
            js_string_builder_append_unit (J, nb, '.');
          js_string_builder_append (J, nb, e);
        }
      base = js_string_value (js_string_builder_finish (J, nb));
    }
  if (!js_to_boolean (dir))
    return js_string_value (js_to_string (J, base));
  js_string_builder_append (J, b, js_to_string (J, dir));
  if (!js_strict_equals (dir, root))
    js_string_builder_append_unit (J, b, '/');
  js_string_builder_append (J, b, js_to_string (J, base));
  return js_string_value (js_string_builder_finish (J, b));
}

NATIVE (path_to_namespaced_path)
{
  return ARG (0);
}

JsValue
js_path_module_new (JsState *J)
{
  static const struct { const char *name; JsNativeFn fn; int length; } methods[] = {
    { "resolve", path_resolve, 0 }, { "normalize", path_normalize, 1 },
    { "isAbsolute", path_is_absolute, 1 }, { "join", path_join, 0 },
    { "relative", path_relative, 2 }, { "toNamespacedPath", path_to_namespaced_path, 1 },
    { "dirname", path_dirname, 1 }, { "basename", path_basename, 2 },
    { "extname", path_extname, 1 }, { "format", path_format, 1 }, { "parse", path_parse, 1 },
  };
  JsObject *path = js_plain_object_new (J);

  for (guint i = 0; i < G_N_ELEMENTS (methods); i++)
    js_define_value_utf8 (J, path, methods[i].name,
                          js_object_value (js_native_function_new (J, methods[i].name, methods[i].length,
                                                                   methods[i].fn, 0)),
                          JS_PROP_DEFAULT);
  js_define_value_utf8 (J, path, "sep", js_string_value (js_string_new_utf8 (J, "/", -1)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, path, "delimiter", js_string_value (js_string_new_utf8 (J, ":", -1)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, path, "posix", js_object_value (path), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, path, "_makeLong", js_get_utf8 (J, js_object_value (path), "toNamespacedPath"),
                        JS_PROP_DEFAULT);
  return js_object_value (path);
}
