/* js-node-fs.c: require('fs') and require('fs/promises') for the Node
 * profile, over an in-memory file system (lib/fs.js and lib/internal/fs).
 *
 * Nothing touches the real disk: each run has its own tree, seeded with the
 * main script at __filename (its source text), the directories above it and
 * an empty /tmp.
 * Reads of other paths fail as Node's would (uvException: "ENOENT: no such
 * file or directory, open 'x'", errno, code, syscall, path).
 *
 * Timing.  An asynchronous operation is a chain of libuv thread-pool round
 * trips, as many as Node's implementation makes: readFile is open, fstat,
 * read, close (a failing open ends it after the first); writeFile and
 * appendFile open, write, close; stat, readdir, unlink and mkdir one.  Each
 * trip completes FS_ROUND_TRIP_MS of virtual time after it was submitted,
 * in the poll phase (uv__work_done); a trip submitted from a completion
 * waits for the next poll phase.  The effect on the tree happens when its
 * trip completes.  docs/engine-gaps.md (#20) gives the measurements behind
 * the latency and the orders that stay racy in Node.
 */
#include "js-internal.h"

#include <math.h>

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

/* One thread-pool round trip.  Node on this project's machines takes 0.03 to
 * 2 ms per trip (the pool's threads wait for a core); 0.3 ms puts a whole
 * readFile (1.2 ms) after a 0 or 1 ms timeout set beside it, as measured. */
#define FS_ROUND_TRIP_MS 0.3

typedef enum { FS_OK, FS_ENOENT, FS_EISDIR, FS_ENOTDIR, FS_EEXIST, FS_EBADF, FS_ENOTEMPTY } FsErr;

/* libuv's names, errnos and descriptions (uv_strerror). */
static const struct { const char *code; int errno_value; const char *description; } fs_errors[] = {
  [FS_OK] = { NULL, 0, NULL },
  [FS_ENOENT] = { "ENOENT", -2, "no such file or directory" },
  [FS_EISDIR] = { "EISDIR", -21, "illegal operation on a directory" },
  [FS_ENOTDIR] = { "ENOTDIR", -20, "not a directory" },
  [FS_EEXIST] = { "EEXIST", -17, "file already exists" },
  [FS_EBADF] = { "EBADF", -9, "bad file descriptor" },
  [FS_ENOTEMPTY] = { "ENOTEMPTY", -39, "directory not empty" },
};

/* An inode: the tree holds a reference, and so does a request that has
 * the file open, which keeps reading and writing it after an unlink. */
typedef struct {
  guint       refs;
  gboolean    directory;
  GByteArray *data;         /* a file's bytes */
  double      birth_ms;     /* Date.now() when created */
  double      mtime_ms;     /* ... and when last changed */
  guint64     ino;
} FsNode;

typedef enum { OP_READ_FILE, OP_WRITE_FILE, OP_STAT, OP_READDIR, OP_UNLINK, OP_MKDIR, OP_RMDIR } FsOp;

/* The round trips of each operation (see the top comment). */
static const guint op_round_trips[] = {
  [OP_READ_FILE] = 4, [OP_WRITE_FILE] = 3, [OP_STAT] = 1, [OP_READDIR] = 1, [OP_UNLINK] = 1, [OP_MKDIR] = 1,
  [OP_RMDIR] = 1,
};

/* An asynchronous operation in flight.  Its values are GC roots while it
 * is queued or completing. */
typedef struct {
  FsOp        op;
  guint       trips_done;
  double      due;          /* when the current round trip completes */
  char       *path;         /* absolute, normalised */
  char       *shown;        /* as the script gave it: for messages */
  FsNode     *file;         /* the open file, from a successful open */
  GByteArray *bytes;        /* what readFile read */
  JsValue     data;         /* what writeFile writes: a typed array or DataView */
  gboolean    append;       /* writeFile with flag 'a' */
  gboolean    recursive;    /* mkdir */
  gboolean    bad_fd;       /* readFile/writeFile of a number: no such descriptor */
  JsValue     encoding;     /* readFile: a string, or null for a Buffer */
  JsValue     callback;     /* the callback API's, or undefined */
  JsValue     promise;      /* the promise API's, or undefined */
  JsValue     error;        /* set by a failing round trip, else undefined */
  JsValue     result;       /* what the operation gives, or JS_EMPTY for nothing */
  guint32     trace_id;
} FsRequest;

typedef struct {
  GHashTable *nodes;        /* absolute path -> FsNode * */
  guint64     next_ino;
  char       *cwd;
  GQueue     *requests;     /* FsRequest * in due order */
  GQueue     *completing;   /* FsRequest * taken by the current poll phase */
  JsValue     module;       /* require('fs') */
  JsValue     promises;     /* require('fs/promises') */
  JsValue     stats_proto;
  JsValue     calling[2];   /* the callback running now and its arguments */
} NodeFs;

static JsValue stats_prototype_new (JsState *J);

/* ------------------------------------------------------------------------
 * The tree
 * ------------------------------------------------------------------------ */

static FsNode *
fs_node_ref (FsNode *node)
{
  node->refs++;
  return node;
}

static void
fs_node_unref (gpointer data)
{
  FsNode *node = data;

  if (--node->refs > 0)
    return;
  if (node->data != NULL)
    g_byte_array_unref (node->data);
  g_free (node);
}

static FsNode *
fs_node_add (JsState *J, NodeFs *fs, const char *path, gboolean directory)
{
  FsNode *node = g_new0 (FsNode, 1);

  node->refs = 1;
  node->directory = directory;
  node->data = directory ? NULL : g_byte_array_new ();
  node->birth_ms = node->mtime_ms = js_date_now (J);
  node->ino = fs->next_ino++;
  g_hash_table_replace (fs->nodes, g_strdup (path), node);
  return node;
}

/* The directories from / down to `dir`, which must be absolute. */
static void
fs_add_directories (JsState *J, NodeFs *fs, const char *dir)
{
  const char *slash = dir;

  while ((slash = strchr (slash + 1, '/')) != NULL)
    {
      char *prefix = g_strndup (dir, slash - dir);
      if (!g_hash_table_contains (fs->nodes, prefix))
        fs_node_add (J, fs, prefix, TRUE);
      g_free (prefix);
    }
  if (!g_hash_table_contains (fs->nodes, dir))
    fs_node_add (J, fs, dir, TRUE);
}

static NodeFs *
fs_state (JsState *J)
{
  NodeFs *fs = J->node_fs;
  const char *filename, *dirname, *source;
  gsize length;

  if (fs != NULL)
    return fs;
  fs = g_new0 (NodeFs, 1);
  fs->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, fs_node_unref);
  fs->next_ino = 1000;
  fs->requests = g_queue_new ();
  fs->completing = g_queue_new ();
  fs->module = fs->promises = fs->stats_proto = JS_UNDEFINED;
  fs->calling[0] = fs->calling[1] = JS_UNDEFINED;
  J->node_fs = fs;
  fs->stats_proto = stats_prototype_new (J);

  js_node_host_script (J, &filename, &dirname, &source, &length);
  fs->cwd = g_path_is_absolute (dirname) ? g_strdup (dirname) : g_strdup ("/");
  fs_node_add (J, fs, "/", TRUE);
  /* Scripts write their scratch files in /tmp, as on any machine. */
  fs_add_directories (J, fs, "/tmp");
  fs_add_directories (J, fs, fs->cwd);
  if (g_path_is_absolute (filename) && source != NULL)
    {
      g_autofree char *parent = g_path_get_dirname (filename);
      FsNode *script;

      fs_add_directories (J, fs, parent);
      script = fs_node_add (J, fs, filename, FALSE);
      g_byte_array_append (script->data, (const guint8 *) source, (guint) length);
    }
  return fs;
}

/* The kernel's path walk: ENOTDIR when a component on the way is a file,
 * ENOENT when one is missing. */
static FsErr
fs_lookup (NodeFs *fs, const char *path, FsNode **out)
{
  const char *slash = path;

  *out = NULL;
  while ((slash = strchr (slash + 1, '/')) != NULL)
    {
      char *prefix = g_strndup (path, slash - path);
      FsNode *dir = g_hash_table_lookup (fs->nodes, prefix);
      g_free (prefix);
      if (dir == NULL)
        return FS_ENOENT;
      if (!dir->directory)
        return FS_ENOTDIR;
    }
  *out = g_hash_table_lookup (fs->nodes, path);
  return *out != NULL ? FS_OK : FS_ENOENT;
}

/* What creating `path` needs: an existing directory above it. */
static FsErr
fs_check_parent (NodeFs *fs, const char *path)
{
  g_autofree char *parent = g_path_get_dirname (path);
  FsNode *node;
  FsErr err = fs_lookup (fs, parent, &node);

  if (err == FS_OK && !node->directory)
    return FS_ENOTDIR;
  return err;
}

/* open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)): the
 * file, in *out (not referenced). */
static FsErr
fs_open_for_write (JsState *J, NodeFs *fs, const char *path, gboolean append, FsNode **out)
{
  FsNode *node;
  FsErr err = fs_lookup (fs, path, &node);

  *out = NULL;
  if (err == FS_OK)
    {
      if (node->directory)
        return FS_EISDIR;
      if (!append)
        g_byte_array_set_size (node->data, 0);
      node->mtime_ms = js_date_now (J);
      *out = node;
      return FS_OK;
    }
  if (err != FS_ENOENT)
    return err;
  err = fs_check_parent (fs, path);
  if (err == FS_OK)
    *out = fs_node_add (J, fs, path, FALSE);
  return err;
}

/* Writes the bytes of `data`, a typed array or DataView, to an open file. */
static void
fs_write (JsState *J, FsNode *node, JsValue data)
{
  const guint8 *bytes;
  gsize n;

  if (!js_buffer_source_bytes (data, &bytes, &n))
    return;
  g_byte_array_append (node->data, bytes, (guint) n);
  node->mtime_ms = js_date_now (J);
}

/* mkdir, or with `recursive` mkdir -p; *first is the first directory it
 * created (g_free it), NULL when none. */
static FsErr
fs_mkdir (JsState *J, NodeFs *fs, const char *path, gboolean recursive, char **first)
{
  FsNode *node;
  FsErr err;

  *first = NULL;
  if (!recursive)
    {
      if (fs_lookup (fs, path, &node) == FS_OK)
        return FS_EEXIST;
      err = fs_check_parent (fs, path);
      if (err == FS_OK)
        fs_node_add (J, fs, path, TRUE);
      return err;
    }
  for (const char *slash = path; slash != NULL; slash = strchr (slash + 1, '/'))
    {
      char *prefix = slash == path ? g_strdup ("/") : g_strndup (path, slash - path);
      node = g_hash_table_lookup (fs->nodes, prefix);
      if (node == NULL)
        {
          fs_node_add (J, fs, prefix, TRUE);
          if (*first == NULL)
            *first = g_strdup (prefix);
        }
      g_free (prefix);
      if (node != NULL && !node->directory)
        return FS_ENOTDIR;
    }
  node = g_hash_table_lookup (fs->nodes, path);
  if (node != NULL && !node->directory)
    return FS_EEXIST;
  if (node == NULL)
    {
      fs_node_add (J, fs, path, TRUE);
      if (*first == NULL)
        *first = g_strdup (path);
    }
  return FS_OK;
}

static FsErr
fs_unlink (NodeFs *fs, const char *path)
{
  FsNode *node;
  FsErr err = fs_lookup (fs, path, &node);

  if (err != FS_OK)
    return err;
  if (node->directory)
    return FS_EISDIR;
  g_hash_table_remove (fs->nodes, path);
  return FS_OK;
}

/* rmdir: only an empty directory. */
static FsErr
fs_rmdir (NodeFs *fs, const char *path)
{
  FsNode *node;
  FsErr err = fs_lookup (fs, path, &node);
  GHashTableIter iter;
  gpointer key;
  gsize length = strlen (path);

  if (err != FS_OK)
    return err;
  if (!node->directory)
    return FS_ENOTDIR;
  g_hash_table_iter_init (&iter, fs->nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (strncmp (key, path, length) == 0 && ((const char *) key)[length] == '/')
      return FS_ENOTEMPTY;
  g_hash_table_remove (fs->nodes, path);
  return FS_OK;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* scandir: the names in `path`, sorted (the order a real directory lists
 * them in depends on the file system). */
static FsErr
fs_readdir (NodeFs *fs, const char *path, GPtrArray **names)
{
  FsNode *node;
  FsErr err = fs_lookup (fs, path, &node);
  GHashTableIter iter;
  gpointer key;
  gsize prefix_length = strcmp (path, "/") == 0 ? 1 : strlen (path) + 1;

  *names = NULL;
  if (err != FS_OK)
    return err;
  if (!node->directory)
    return FS_ENOTDIR;
  *names = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, fs->nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *child = key;
      if (strlen (child) > prefix_length && strncmp (child, path, prefix_length - 1) == 0 &&
          child[prefix_length - 1] == '/' && strchr (child + prefix_length, '/') == NULL)
        g_ptr_array_add (*names, (gpointer) (child + prefix_length));
    }
  g_ptr_array_sort (*names, compare_names);
  return FS_OK;
}

/* ------------------------------------------------------------------------
 * Values
 * ------------------------------------------------------------------------ */

/* uvException (lib/internal/errors.js).  An asynchronous one has no frames
 * in its stack, so util.inspect shows it as [Error: message] { ... }. */
static JsValue
uv_exception (JsState *J, FsErr err, const char *syscall, const char *path, gboolean async)
{
  char *message = path != NULL
    ? g_strdup_printf ("%s: %s, %s '%s'", fs_errors[err].code, fs_errors[err].description, syscall, path)
    : g_strdup_printf ("%s: %s, %s", fs_errors[err].code, fs_errors[err].description, syscall);
  JsObject *error = js_error_new (J, JS_ERROR, js_string_new_utf8 (J, message, -1));

  if (async)
    {
      char *stack = g_strdup_printf ("Error: %s", message);
      js_define_value (J, error, JS_KEY (J, stack), js_string_value_utf8 (J, stack), JS_PROP_HIDDEN);
      g_free (stack);
    }
  g_free (message);
  js_define_value_utf8 (J, error, "errno", js_number (fs_errors[err].errno_value), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "code", js_string_value_utf8 (J, fs_errors[err].code), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, error, "syscall", js_string_value_utf8 (J, syscall), JS_PROP_DEFAULT);
  if (path != NULL)
    js_define_value_utf8 (J, error, "path", js_string_value_utf8 (J, path), JS_PROP_DEFAULT);
  return js_object_value (error);
}

static JsValue
date_value (JsState *J, double ms)
{
  JsValue time = js_number (ms);

  return js_construct (J, js_object_value (JS_INTRINSIC (J, Date)), 1, &time, js_object_value (JS_INTRINSIC (J, Date)));
}

/* A Stats object with Node's fields, in Node's order; the numbers a real
 * file system would make up (device, owner, inode) are fixed ones. */
static JsValue
stats_new (JsState *J, NodeFs *fs, const FsNode *node)
{
  JsObject *stats = js_object_new (J, js_get_object (fs->stats_proto));
  double size = node->directory ? 4096 : node->data->len;
  static const char *const time_names[] = { "atime", "mtime", "ctime", "birthtime" };
  double times[] = { node->mtime_ms, node->mtime_ms, node->mtime_ms, node->birth_ms };

  js_define_value_utf8 (J, stats, "dev", js_number (2049), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "mode", js_number (node->directory ? 040755 : 0100644), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "nlink", js_number (node->directory ? 2 : 1), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "uid", js_number (1000), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "gid", js_number (1000), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "rdev", js_number (0), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "blksize", js_number (4096), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "ino", js_number ((double) node->ino), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "size", js_number (size), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, stats, "blocks", js_number (ceil (size / 4096) * 8), JS_PROP_DEFAULT);
  for (guint i = 0; i < G_N_ELEMENTS (time_names); i++)
    {
      char *name = g_strdup_printf ("%sMs", time_names[i]);
      js_define_value_utf8 (J, stats, name, js_number (times[i]), JS_PROP_DEFAULT);
      g_free (name);
    }
  for (guint i = 0; i < G_N_ELEMENTS (time_names); i++)
    js_define_value_utf8 (J, stats, time_names[i], date_value (J, times[i]), JS_PROP_DEFAULT);
  return js_object_value (stats);
}

static JsValue
names_array (JsState *J, GPtrArray *names)
{
  JsObject *array = js_array_from_values (J, NULL, 0);

  for (guint i = 0; i < names->len; i++)
    js_array_push (J, array, js_string_value_utf8 (J, g_ptr_array_index (names, i)));
  return js_object_value (array);
}

/* A file's bytes as readFile gives them: a Buffer, or a string. */
static JsValue
file_contents (JsState *J, const GByteArray *bytes, JsValue encoding)
{
  if (js_is_null (encoding))
    return js_object_value (js_buffer_from_bytes (J, bytes->data, bytes->len));
  return js_string_value (js_buffer_decode_bytes (J, bytes->data, bytes->len, encoding));
}

/* ------------------------------------------------------------------------
 * Arguments (lib/internal/fs/utils.js, lib/internal/validators.js)
 * ------------------------------------------------------------------------ */

static G_GNUC_NORETURN void
throw_node_error (JsState *J, const char *code, char *message)
{
  JsObject *error = js_node_error_new (J, JS_TYPE_ERROR, code, message);

  g_free (message);
  js_throw (J, js_object_value (error));
}

/* maybeCallback / makeCallback */
static JsValue
callback_arg (JsState *J, JsValue v)
{
  if (!js_is_callable (v))
    js_node_throw_invalid_arg_type (J, "cb", "of type function", v);
  return v;
}

/* getOptions(options, defaults), then assertEncoding: the encoding it
 * leaves, null for 'buffer' or none. */
static JsValue
options_encoding (JsState *J, JsValue options, const char *default_encoding)
{
  JsValue encoding;

  if (js_is_nullish (options) || js_is_callable (options))
    return default_encoding != NULL ? js_string_value_utf8 (J, default_encoding) : JS_NULL;
  if (js_is_string (options))
    encoding = options;
  else if (js_is_object (options))
    encoding = js_get_utf8 (J, options, "encoding");
  else
    js_node_throw_invalid_arg_type (J, "options", "one of type string or object", options);
  if (!js_to_boolean (encoding))
    return JS_NULL;
  if (js_is_string (encoding) && js_string_equal_ascii (js_get_string (encoding), "buffer"))
    return JS_NULL;
  if (!js_buffer_is_encoding (encoding))
    {
      JsInspectOptions inspect_options;
      GString *message = g_string_new ("The argument 'encoding' is invalid encoding. Received ");

      js_inspect_options_init (&inspect_options);
      js_inspect (J, encoding, &inspect_options, message);
      throw_node_error (J, "ERR_INVALID_ARG_VALUE", g_string_free (message, FALSE));
    }
  return encoding;
}

/* An options object's flag: TRUE for an append ('a', 'a+', 'as' ...). */
static gboolean
options_append (JsState *J, JsValue options, gboolean fallback)
{
  JsValue flag;

  if (!js_is_object (options) || js_is_callable (options))
    return fallback;
  flag = js_get_utf8 (J, options, "flag");
  if (!js_is_string (flag) || js_get_string (flag)->length == 0)
    return fallback;
  return js_get_string (flag)->chars[0] == 'a';
}

/* validateStringAfterArrayBufferView, then Buffer.from(data, encoding): a
 * view the write reads when it happens, as Node's does. */
static JsValue
data_arg (JsState *J, JsValue data, JsValue encoding)
{
  if (js_is_string (data))
    {
      JsValue name = js_is_null (encoding) ? JS_UNDEFINED : encoding;
      GByteArray *bytes = js_buffer_encode_string (J, js_get_string (data), name);
      /* Only the heap budget can throw here. */
      JsObject *buffer = js_buffer_from_bytes (J, bytes->data, bytes->len);
      g_byte_array_unref (bytes);
      return js_object_value (buffer);
    }
  if (js_is_object (data) &&
      (js_get_object (data)->class_id == JS_CLASS_TYPED_ARRAY || js_get_object (data)->class_id == JS_CLASS_DATA_VIEW))
    return data;
  js_node_throw_invalid_arg_type (J, "data", "of type string or an instance of Buffer, TypedArray, or DataView", data);
}

static gboolean
is_fd (JsValue v)
{
  return js_is_number (v) && js_get_number (v) == floor (js_get_number (v)) && fabs (js_get_number (v)) < 2147483648.0;
}

/* getValidatedPath: a string, a Buffer, or a file: URL (isURL's test).
 * Returns the path as given (g_free it). */
static char *
path_arg (JsState *J, JsValue v)
{
  const guint8 *bytes;
  gsize n;

  if (js_is_string (v))
    return js_string_to_utf8 (js_get_string (v));
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_TYPED_ARRAY &&
      js_get_object (v)->u.view.kind == JS_TYPED_ARRAY_UINT8 && js_buffer_source_bytes (v, &bytes, &n))
    return g_strndup ((const char *) bytes, n);
  if (js_is_object (v) && js_to_boolean (js_get_utf8 (J, v, "href")) &&
      !js_is_undefined (js_get_utf8 (J, v, "protocol")) && js_is_undefined (js_get_utf8 (J, v, "auth")) &&
      js_is_undefined (js_get_utf8 (J, v, "path")))
    {
      JsValue protocol = js_get_utf8 (J, v, "protocol");
      JsValue pathname = js_get_utf8 (J, v, "pathname");
      char *escaped, *path;
      if (!js_is_string (protocol) || !js_string_equal_ascii (js_get_string (protocol), "file:"))
        throw_node_error (J, "ERR_INVALID_URL_SCHEME", g_strdup ("The URL must be of scheme file"));
      escaped = js_string_to_utf8 (js_to_string (J, pathname));
      path = g_uri_unescape_string (escaped, NULL);
      g_free (escaped);
      return path != NULL ? path : g_strdup ("/");
    }
  js_node_throw_invalid_arg_type (J, "path", "of type string or an instance of Buffer or URL", v);
}

/* The absolute path a path names, from the virtual working directory. */
static char *
resolve (NodeFs *fs, const char *path)
{
  return g_canonicalize_filename (path, fs->cwd);
}

/* ------------------------------------------------------------------------
 * Asynchronous requests
 * ------------------------------------------------------------------------ */

static void
request_free (FsRequest *req)
{
  if (req->file != NULL)
    fs_node_unref (req->file);
  g_free (req->path);
  g_free (req->shown);
  if (req->bytes != NULL)
    g_byte_array_unref (req->bytes);
  g_free (req);
}

static void
request_mark (JsState *J, FsRequest *req)
{
  js_gc_mark_value (J, req->data);
  js_gc_mark_value (J, req->encoding);
  js_gc_mark_value (J, req->callback);
  js_gc_mark_value (J, req->promise);
  js_gc_mark_value (J, req->error);
  js_gc_mark_value (J, req->result);
}

/* A request for `op` on `path`, reporting to `callback` or, when that is
 * undefined, settling a new promise.  The callback API's readFile and
 * writeFile also take a file descriptor (a number), the promise API never. */
static FsRequest *
request_new (JsState *J, FsOp op, JsValue path, JsValue callback)
{
  NodeFs *fs = fs_state (J);
  FsRequest *req;
  gboolean takes_fd = (op == OP_READ_FILE || op == OP_WRITE_FILE) && !js_is_undefined (callback);
  char *shown = takes_fd && is_fd (path) ? NULL : path_arg (J, path);

  req = g_new0 (FsRequest, 1);
  req->op = op;
  req->shown = shown;
  req->path = shown != NULL ? resolve (fs, shown) : NULL;
  req->bad_fd = shown == NULL;
  req->data = JS_UNDEFINED;
  req->encoding = JS_NULL;
  req->callback = callback;
  req->promise = js_is_undefined (callback) ? js_object_value (js_promise_new (J)) : JS_UNDEFINED;
  req->error = JS_UNDEFINED;
  req->result = JS_EMPTY;
  return req;
}

/* Hands one round trip to the thread pool: each is a new FSReqCallback
 * (an async id), done FS_ROUND_TRIP_MS from now. */
static void
request_submit (JsState *J, FsRequest *req)
{
  NodeFs *fs = fs_state (J);

  js_node_host_new_async_id (J);
  req->due = js_virtual_now_ms (J) + FS_ROUND_TRIP_MS;
  g_queue_push_tail (fs->requests, req);
}

/* Starts a request: the oven shows it until its last round trip is done.
 * `fn` names it in the trace when it has no callback. */
static JsValue
request_start (JsState *J, FsRequest *req, JsObject *fn)
{
  JsValue promise = req->promise;

  request_submit (J, req);
  if (J->trace != NULL)
    {
      double delay = op_round_trips[req->op] * FS_ROUND_TRIP_MS;
      req->trace_id = js_trace_new_id (J);
      js_trace_task (J, JS_TRACE_WEBAPI_ADD, JS_TRACE_QUEUE_WEBAPI, req->trace_id, JS_TRACE_TASK_FILE_SYSTEM,
                     js_is_undefined (req->callback) ? js_object_value (fn) : req->callback, 0, 0, delay,
                     js_virtual_now_ms (J) + delay);
    }
  return js_is_undefined (promise) ? JS_UNDEFINED : promise;
}

/* What the thread did during round trip number req->trips_done.  Sets
 * req->error (and for readFile keeps going to close the file). */
static void
round_trip_done (JsState *J, NodeFs *fs, FsRequest *req)
{
  FsNode *node;
  FsErr err = FS_OK;
  const char *syscall = NULL;
  gboolean with_path = TRUE;
  char *first;
  GPtrArray *names;

  switch (req->op)
    {
    case OP_READ_FILE:
      if (req->bad_fd)
        err = FS_EBADF, syscall = "fstat", with_path = FALSE;
      else if (req->trips_done == 1)
        {
          err = fs_lookup (fs, req->path, &node), syscall = "open";
          if (err == FS_OK)
            req->file = fs_node_ref (node);
        }
      else if (req->trips_done == 3)
        {
          req->bytes = g_byte_array_new ();
          if (req->file->directory)
            err = FS_EISDIR, syscall = "read", with_path = FALSE;
          else
            g_byte_array_append (req->bytes, req->file->data->data, req->file->data->len);
        }
      else if (req->trips_done == 4 && js_is_undefined (req->error))
        req->result = file_contents (J, req->bytes, req->encoding);
      break;
    case OP_WRITE_FILE:
      if (req->bad_fd)
        err = FS_EBADF, syscall = "write", with_path = FALSE;
      else if (req->trips_done == 1)
        {
          err = fs_open_for_write (J, fs, req->path, req->append, &node), syscall = "open";
          if (err == FS_OK)
            req->file = fs_node_ref (node);
        }
      else if (req->trips_done == 2)
        fs_write (J, req->file, req->data);
      break;
    case OP_STAT:
      err = fs_lookup (fs, req->path, &node), syscall = "stat";
      if (err == FS_OK)
        req->result = stats_new (J, fs, node);
      break;
    case OP_READDIR:
      err = fs_readdir (fs, req->path, &names), syscall = "scandir";
      if (err == FS_OK)
        {
          req->result = names_array (J, names);
          g_ptr_array_unref (names);
        }
      break;
    case OP_UNLINK:
      err = fs_unlink (fs, req->path), syscall = "unlink";
      break;
    case OP_RMDIR:
      err = fs_rmdir (fs, req->path), syscall = "rmdir";
      break;
    case OP_MKDIR:
      err = fs_mkdir (J, fs, req->path, req->recursive, &first), syscall = "mkdir";
      if (err == FS_OK && req->recursive)
        req->result = first != NULL ? js_string_value_utf8 (J, first) : JS_UNDEFINED;
      g_free (first);
      break;
    }
  if (err != FS_OK)
    req->error = uv_exception (J, err, syscall, with_path ? req->shown : NULL, TRUE);
}

static gboolean
request_finished (const FsRequest *req)
{
  /* A failed open (or a bad descriptor) ends the chain; a failed read
   * still closes the file. */
  if (!js_is_undefined (req->error) && (req->trips_done == 1 || req->bad_fd))
    return TRUE;
  return req->trips_done == op_round_trips[req->op];
}

NATIVE (settle_promise)
{
  JsValue *captures = js_native_captures (callee);

  if (js_to_boolean (captures[2]))
    js_promise_reject_with (J, js_get_object (captures[0]), captures[1]);
  else
    js_promise_resolve_with (J, js_get_object (captures[0]), captures[1]);
  return JS_UNDEFINED;
}

/* The request's callback (or the settling of its promise) as MakeCallback:
 * the ticks and microtasks it queues run right after it. */
static void
request_complete (JsState *J, NodeFs *fs, FsRequest *req)
{
  gboolean failed = !js_is_undefined (req->error);
  JsValue args[2] = { failed ? req->error : JS_NULL, req->result };

  if (J->trace != NULL)
    {
      js_trace_task (J, JS_TRACE_WEBAPI_DONE, JS_TRACE_QUEUE_WEBAPI, req->trace_id, JS_TRACE_TASK_FILE_SYSTEM,
                     JS_UNDEFINED, 0, 0, 0, 0);
      js_trace_task (J, JS_TRACE_TASK_ENQUEUE, JS_TRACE_QUEUE_IO, req->trace_id, JS_TRACE_TASK_FILE_SYSTEM,
                     JS_UNDEFINED, 0, 0, 0, 0);
      js_trace_task (J, JS_TRACE_TASK_RUN, JS_TRACE_QUEUE_IO, req->trace_id, JS_TRACE_TASK_FILE_SYSTEM,
                     JS_UNDEFINED, 0, 0, 0, 0);
    }
  if (!js_is_undefined (req->callback))
    {
      fs->calling[0] = req->callback;
      fs->calling[1] = js_object_value (js_array_from_values (J, args, failed || js_is_empty (req->result) ? 1 : 2));
    }
  else
    {
      JsObject *settle = js_native_function_new (J, "", 1, settle_promise, 3);
      js_native_captures (settle)[0] = req->promise;
      js_native_captures (settle)[1] = failed ? req->error : js_is_empty (req->result) ? JS_UNDEFINED : req->result;
      js_native_captures (settle)[2] = js_boolean (failed);
      fs->calling[0] = js_object_value (settle);
      fs->calling[1] = JS_UNDEFINED;
    }
  g_queue_remove (fs->completing, req);
  request_free (req);
  js_node_host_make_callback (J, fs->calling[0], fs->calling[1]);
  fs->calling[0] = fs->calling[1] = JS_UNDEFINED;
}

gboolean
js_node_fs_has_pending (JsState *J)
{
  NodeFs *fs = J->node_fs;

  return fs != NULL && !g_queue_is_empty (fs->requests);
}

double
js_node_fs_next_due (JsState *J)
{
  NodeFs *fs = J->node_fs;

  if (fs == NULL || g_queue_is_empty (fs->requests))
    return INFINITY;
  return ((FsRequest *) g_queue_peek_head (fs->requests))->due;
}

/* uv__work_done: every round trip done by now, in the order they were
 * done; those their callbacks submit wait for the next poll phase. */
void
js_node_fs_run_due (JsState *J)
{
  NodeFs *fs = J->node_fs;
  double now = js_virtual_now_ms (J);

  if (fs == NULL)
    return;
  while (!g_queue_is_empty (fs->requests) && ((FsRequest *) g_queue_peek_head (fs->requests))->due <= now)
    g_queue_push_tail (fs->completing, g_queue_pop_head (fs->requests));
  while (!g_queue_is_empty (fs->completing))
    {
      FsRequest *req = g_queue_peek_head (fs->completing);

      req->trips_done++;
      round_trip_done (J, fs, req);
      if (request_finished (req))
        request_complete (J, fs, req);
      else
        {
          g_queue_pop_head (fs->completing);
          request_submit (J, req);
        }
    }
}

void
js_node_fs_mark (JsState *J)
{
  NodeFs *fs = J->node_fs;

  if (fs == NULL)
    return;
  js_gc_mark_value (J, fs->module);
  js_gc_mark_value (J, fs->promises);
  js_gc_mark_value (J, fs->stats_proto);
  js_gc_mark_value (J, fs->calling[0]);
  js_gc_mark_value (J, fs->calling[1]);
  for (GList *l = fs->requests->head; l != NULL; l = l->next)
    request_mark (J, l->data);
  for (GList *l = fs->completing->head; l != NULL; l = l->next)
    request_mark (J, l->data);
}

void
js_node_fs_free (JsState *J)
{
  NodeFs *fs = J->node_fs;

  if (fs == NULL)
    return;
  g_queue_free_full (fs->requests, (GDestroyNotify) request_free);
  g_queue_free_full (fs->completing, (GDestroyNotify) request_free);
  g_hash_table_unref (fs->nodes);
  g_free (fs->cwd);
  g_free (fs);
  J->node_fs = NULL;
}

/* ------------------------------------------------------------------------
 * The asynchronous API: callbacks (lib/fs.js) and promises
 * (lib/internal/fs/promises.js).  Both build a request; the promise
 * functions turn a thrown validation error into a rejection, as async
 * functions do.
 * ------------------------------------------------------------------------ */

static FsRequest *
read_file_request (JsState *J, JsValue path, JsValue options, JsValue callback)
{
  JsValue encoding = options_encoding (J, options, NULL);
  FsRequest *req = request_new (J, OP_READ_FILE, path, callback);

  req->encoding = encoding;
  return req;
}

static FsRequest *
write_file_request (JsState *J, JsValue path, JsValue data, JsValue options, JsValue callback, gboolean append)
{
  JsValue encoding = options_encoding (J, options, "utf8");
  gboolean append_flag = options_append (J, options, append);
  JsValue bytes = data_arg (J, data, encoding);
  FsRequest *req = request_new (J, OP_WRITE_FILE, path, callback);

  req->data = bytes;
  req->append = append || append_flag;
  return req;
}

/* mkdir's options: a mode (ignored), or { recursive, mode }. */
static gboolean
mkdir_recursive (JsState *J, JsValue options)
{
  JsValue recursive;

  if (!js_is_object (options) || js_is_callable (options))
    return FALSE;
  recursive = js_get_utf8 (J, options, "recursive");
  if (js_is_undefined (recursive))
    return FALSE;
  if (!js_is_boolean (recursive))
    {
      char *received = js_node_describe_received (J, recursive);
      char *message = g_strdup_printf ("The \"options.recursive\" property must be of type boolean. Received %s",
                                       received);
      g_free (received);
      throw_node_error (J, "ERR_INVALID_ARG_TYPE", message);
    }
  return js_to_boolean (recursive);
}

/* fs.readFile(path[, options], callback): callback ||= options */
NATIVE (fs_read_file)
{
  JsValue callback = callback_arg (J, js_to_boolean (ARG (2)) ? ARG (2) : ARG (1));

  return request_start (J, read_file_request (J, ARG (0), ARG (1), callback), callee);
}

/* fs.writeFile(file, data[, options], callback) */
NATIVE (fs_write_file)
{
  JsValue callback = callback_arg (J, js_to_boolean (ARG (3)) ? ARG (3) : ARG (2));

  return request_start (J, write_file_request (J, ARG (0), ARG (1), ARG (2), callback, FALSE), callee);
}

NATIVE (fs_append_file)
{
  JsValue callback = callback_arg (J, js_to_boolean (ARG (3)) ? ARG (3) : ARG (2));

  return request_start (J, write_file_request (J, ARG (0), ARG (1), ARG (2), callback, TRUE), callee);
}

/* fs.stat(path[, options], callback) */
NATIVE (fs_stat)
{
  JsValue callback = callback_arg (J, js_is_callable (ARG (1)) ? ARG (1) : ARG (2));

  return request_start (J, request_new (J, OP_STAT, ARG (0), callback), callee);
}

/* fs.readdir(path[, options], callback) */
NATIVE (fs_readdir_async)
{
  JsValue callback = callback_arg (J, js_is_callable (ARG (1)) ? ARG (1) : ARG (2));

  options_encoding (J, ARG (1), NULL);
  return request_start (J, request_new (J, OP_READDIR, ARG (0), callback), callee);
}

/* fs.unlink(path, callback) */
NATIVE (fs_unlink_async)
{
  JsValue callback = callback_arg (J, ARG (1));

  return request_start (J, request_new (J, OP_UNLINK, ARG (0), callback), callee);
}

/* fs.rmdir(path[, options], callback) */
NATIVE (fs_rmdir_async)
{
  JsValue callback = callback_arg (J, js_is_callable (ARG (1)) ? ARG (1) : ARG (2));

  return request_start (J, request_new (J, OP_RMDIR, ARG (0), callback), callee);
}

/* fs.mkdir(path[, options], callback) */
NATIVE (fs_mkdir_async)
{
  JsValue callback = callback_arg (J, js_is_callable (ARG (1)) ? ARG (1) : ARG (2));
  gboolean recursive;
  FsRequest *req;

  recursive = mkdir_recursive (J, ARG (1));
  req = request_new (J, OP_MKDIR, ARG (0), callback);
  req->recursive = recursive;
  return request_start (J, req, callee);
}

/* Runs a promise function's body; a validation error rejects the promise
 * it returns instead of escaping. */
static JsValue
promise_call (JsState *J, FsRequest *(*make) (JsState *J, int argc, const JsValue *argv), int argc,
              const JsValue *argv, JsObject *callee)
{
  JsTryPoint tp;
  FsRequest *req;

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      req = make (J, argc, argv);
      js_try_end (J, &tp);
      return request_start (J, req, callee);
    }
  {
    JsObject *promise = js_promise_new (J);
    js_promise_reject_caught (J, promise);
    return js_object_value (promise);
  }
}

static FsRequest *
make_read_file (JsState *J, int argc, const JsValue *argv)
{
  return read_file_request (J, ARG (0), ARG (1), JS_UNDEFINED);
}

static FsRequest *
make_write_file (JsState *J, int argc, const JsValue *argv)
{
  return write_file_request (J, ARG (0), ARG (1), ARG (2), JS_UNDEFINED, FALSE);
}

static FsRequest *
make_append_file (JsState *J, int argc, const JsValue *argv)
{
  return write_file_request (J, ARG (0), ARG (1), ARG (2), JS_UNDEFINED, TRUE);
}

static FsRequest *
make_stat (JsState *J, int argc, const JsValue *argv)
{
  return request_new (J, OP_STAT, ARG (0), JS_UNDEFINED);
}

static FsRequest *
make_readdir (JsState *J, int argc, const JsValue *argv)
{
  options_encoding (J, ARG (1), NULL);
  return request_new (J, OP_READDIR, ARG (0), JS_UNDEFINED);
}

static FsRequest *
make_unlink (JsState *J, int argc, const JsValue *argv)
{
  return request_new (J, OP_UNLINK, ARG (0), JS_UNDEFINED);
}

static FsRequest *
make_rmdir (JsState *J, int argc, const JsValue *argv)
{
  return request_new (J, OP_RMDIR, ARG (0), JS_UNDEFINED);
}

static FsRequest *
make_mkdir (JsState *J, int argc, const JsValue *argv)
{
  gboolean recursive = mkdir_recursive (J, ARG (1));
  FsRequest *req = request_new (J, OP_MKDIR, ARG (0), JS_UNDEFINED);

  req->recursive = recursive;
  return req;
}

NATIVE (promises_read_file) { return promise_call (J, make_read_file, argc, argv, callee); }
NATIVE (promises_write_file) { return promise_call (J, make_write_file, argc, argv, callee); }
NATIVE (promises_append_file) { return promise_call (J, make_append_file, argc, argv, callee); }
NATIVE (promises_stat) { return promise_call (J, make_stat, argc, argv, callee); }
NATIVE (promises_readdir) { return promise_call (J, make_readdir, argc, argv, callee); }
NATIVE (promises_unlink) { return promise_call (J, make_unlink, argc, argv, callee); }
NATIVE (promises_mkdir) { return promise_call (J, make_mkdir, argc, argv, callee); }
NATIVE (promises_rmdir) { return promise_call (J, make_rmdir, argc, argv, callee); }

/* ------------------------------------------------------------------------
 * The synchronous API.  Allocations are freed before a throw (a longjmp
 * skips g_autofree).
 * ------------------------------------------------------------------------ */

static G_GNUC_NORETURN void
throw_uv (JsState *J, FsErr err, const char *syscall, char *shown, gboolean with_path, char *path)
{
  JsValue error = uv_exception (J, err, syscall, with_path ? shown : NULL, FALSE);

  g_free (shown);
  g_free (path);
  js_throw (J, error);
}

NATIVE (fs_read_file_sync)
{
  NodeFs *fs = fs_state (J);
  JsValue encoding = options_encoding (J, ARG (1), NULL);
  char *shown, *path;
  FsNode *node;
  FsErr err;
  JsValue contents;

  if (is_fd (ARG (0)))
    throw_uv (J, FS_EBADF, "fstat", NULL, FALSE, NULL);
  shown = path_arg (J, ARG (0));
  path = resolve (fs, shown);
  err = fs_lookup (fs, path, &node);
  if (err != FS_OK)
    throw_uv (J, err, "open", shown, TRUE, path);
  if (node->directory)
    throw_uv (J, FS_EISDIR, "read", shown, FALSE, path);
  g_free (shown);
  g_free (path);
  contents = file_contents (J, node->data, encoding);
  return contents;
}

static JsValue
write_file_sync (JsState *J, int argc, const JsValue *argv, gboolean append)
{
  NodeFs *fs = fs_state (J);
  JsValue encoding = options_encoding (J, ARG (2), "utf8");
  gboolean append_flag = options_append (J, ARG (2), append);
  JsValue bytes = data_arg (J, ARG (1), encoding);
  char *shown, *path;
  FsNode *node;
  FsErr err;

  if (is_fd (ARG (0)))
    throw_uv (J, FS_EBADF, "write", NULL, FALSE, NULL);
  shown = path_arg (J, ARG (0));
  path = resolve (fs, shown);
  err = fs_open_for_write (J, fs, path, append || append_flag, &node);
  if (err == FS_OK)
    fs_write (J, node, bytes);
  if (err != FS_OK)
    throw_uv (J, err, "open", shown, TRUE, path);
  g_free (shown);
  g_free (path);
  return JS_UNDEFINED;
}

NATIVE (fs_write_file_sync) { return write_file_sync (J, argc, argv, FALSE); }
NATIVE (fs_append_file_sync) { return write_file_sync (J, argc, argv, TRUE); }

/* fs.existsSync(path): false for anything that is not a valid path. */
NATIVE (fs_exists_sync)
{
  NodeFs *fs = fs_state (J);
  JsValue v = ARG (0);
  char *path;
  FsNode *node;
  gboolean exists;

  if (!js_is_string (v) && !(js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_TYPED_ARRAY))
    return JS_FALSE;
  {
    char *shown = path_arg (J, v);
    path = resolve (fs, shown);
    g_free (shown);
  }
  exists = fs_lookup (fs, path, &node) == FS_OK;
  g_free (path);
  return js_boolean (exists);
}

NATIVE (fs_stat_sync)
{
  NodeFs *fs = fs_state (J);
  char *shown = path_arg (J, ARG (0));
  char *path = resolve (fs, shown);
  FsNode *node;
  FsErr err = fs_lookup (fs, path, &node);

  if (err != FS_OK)
    throw_uv (J, err, "stat", shown, TRUE, path);
  g_free (shown);
  g_free (path);
  return stats_new (J, fs, node);
}

NATIVE (fs_readdir_sync)
{
  NodeFs *fs = fs_state (J);
  char *shown, *path;
  GPtrArray *names;
  FsErr err;
  JsValue array;

  options_encoding (J, ARG (1), NULL);
  shown = path_arg (J, ARG (0));
  path = resolve (fs, shown);
  err = fs_readdir (fs, path, &names);
  if (err != FS_OK)
    throw_uv (J, err, "scandir", shown, TRUE, path);
  array = names_array (J, names);
  g_ptr_array_unref (names);
  g_free (shown);
  g_free (path);
  return array;
}

/* unlinkSync and rmdirSync: one operation on a path, `syscall` naming it
 * in the error. */
static JsValue
remove_sync (JsState *J, JsValue path_value, FsErr (*op) (NodeFs *fs, const char *path), const char *syscall)
{
  NodeFs *fs = fs_state (J);
  char *shown = path_arg (J, path_value);
  char *path = resolve (fs, shown);
  FsErr err = op (fs, path);

  if (err != FS_OK)
    throw_uv (J, err, syscall, shown, TRUE, path);
  g_free (shown);
  g_free (path);
  return JS_UNDEFINED;
}

NATIVE (fs_unlink_sync)
{
  return remove_sync (J, ARG (0), fs_unlink, "unlink");
}

NATIVE (fs_rmdir_sync)
{
  return remove_sync (J, ARG (0), fs_rmdir, "rmdir");
}

NATIVE (fs_mkdir_sync)
{
  NodeFs *fs = fs_state (J);
  gboolean recursive = mkdir_recursive (J, ARG (1));
  char *shown = path_arg (J, ARG (0));
  char *path = resolve (fs, shown);
  char *first;
  FsErr err = fs_mkdir (J, fs, path, recursive, &first);
  JsValue result;

  if (err != FS_OK)
    {
      g_free (first);
      throw_uv (J, err, "mkdir", shown, TRUE, path);
    }
  result = first != NULL ? js_string_value_utf8 (J, first) : JS_UNDEFINED;
  g_free (first);
  g_free (shown);
  g_free (path);
  return result;
}

/* ------------------------------------------------------------------------
 * Stats and the modules
 * ------------------------------------------------------------------------ */

static int
stats_mode (JsState *J, JsValue this_value)
{
  JsValue mode = js_is_object (this_value) ? js_get_utf8 (J, this_value, "mode") : JS_UNDEFINED;

  return js_is_number (mode) ? (int) js_get_number (mode) : 0;
}

NATIVE (stats_is_file) { return js_boolean ((stats_mode (J, this_value) & 0170000) == 0100000); }
NATIVE (stats_is_directory) { return js_boolean ((stats_mode (J, this_value) & 0170000) == 040000); }
NATIVE (stats_is_other) { return JS_FALSE; }

NATIVE (stats_construct)
{
  js_throw_type_error (J, "Illegal constructor");
}

static JsValue
stats_prototype_new (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  static const char *const others[] = { "isSymbolicLink", "isFIFO", "isSocket", "isBlockDevice",
                                        "isCharacterDevice" };

  js_native_constructor_new (J, "Stats", 0, stats_construct, proto);
  js_define_method (J, proto, "isFile", stats_is_file, 0);
  js_define_method (J, proto, "isDirectory", stats_is_directory, 0);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    js_define_method (J, proto, others[i], stats_is_other, 0);
  return js_object_value (proto);
}

JsValue
js_node_fs_promises_module_new (JsState *J)
{
  NodeFs *fs = fs_state (J);
  JsObject *promises;

  if (!js_is_undefined (fs->promises))
    return fs->promises;
  promises = js_plain_object_new (J);
  js_define_method (J, promises, "appendFile", promises_append_file, 3);
  js_define_method (J, promises, "mkdir", promises_mkdir, 2);
  js_define_method (J, promises, "readdir", promises_readdir, 2);
  js_define_method (J, promises, "readFile", promises_read_file, 2);
  js_define_method (J, promises, "rmdir", promises_rmdir, 2);
  js_define_method (J, promises, "stat", promises_stat, 1);
  js_define_method (J, promises, "unlink", promises_unlink, 1);
  js_define_method (J, promises, "writeFile", promises_write_file, 3);
  fs->promises = js_object_value (promises);
  return fs->promises;
}

JsValue
js_node_fs_module_new (JsState *J)
{
  NodeFs *fs = fs_state (J);
  JsObject *module;

  if (!js_is_undefined (fs->module))
    return fs->module;
  module = js_plain_object_new (J);
  js_define_method (J, module, "appendFile", fs_append_file, 4);
  js_define_method (J, module, "appendFileSync", fs_append_file_sync, 3);
  js_define_method (J, module, "existsSync", fs_exists_sync, 1);
  js_define_method (J, module, "mkdir", fs_mkdir_async, 3);
  js_define_method (J, module, "mkdirSync", fs_mkdir_sync, 2);
  js_define_method (J, module, "readdir", fs_readdir_async, 3);
  js_define_method (J, module, "readdirSync", fs_readdir_sync, 2);
  js_define_method (J, module, "readFile", fs_read_file, 3);
  js_define_method (J, module, "readFileSync", fs_read_file_sync, 2);
  js_define_method (J, module, "rmdir", fs_rmdir_async, 3);
  js_define_method (J, module, "rmdirSync", fs_rmdir_sync, 2);
  js_define_method (J, module, "stat", fs_stat, 1);
  js_define_method (J, module, "statSync", fs_stat_sync, 1);
  js_define_method (J, module, "unlink", fs_unlink_async, 2);
  js_define_method (J, module, "unlinkSync", fs_unlink_sync, 1);
  js_define_method (J, module, "writeFile", fs_write_file, 4);
  js_define_method (J, module, "writeFileSync", fs_write_file_sync, 3);
  js_define_value_utf8 (J, module, "Stats", js_get (J, fs->stats_proto, JS_KEY (J, constructor)), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "promises", js_node_fs_promises_module_new (J), JS_PROP_DEFAULT);
  fs->module = js_object_value (module);
  return fs->module;
}
