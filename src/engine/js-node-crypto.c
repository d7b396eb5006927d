/* js-node-crypto.c: require('crypto') (lib/crypto.js) — hashes and HMACs
 * (createHash, createHmac, hash, getHashes), random values (randomBytes,
 * randomInt, randomUUID, getRandomValues), timingSafeEqual — and the
 * global `crypto` (webcrypto) object without `subtle`.
 *
 * Random values come from a xorshift128+ generator with a fixed seed, like
 * Math.random here, so that runs are reproducible; scripts only see that
 * they are random.  Its state is a 16-byte ArrayBuffer that every random
 * function captures (captures[0]); the module and the global share it.
 */
#include "js-internal.h"

#include <math.h>
#include <string.h>

#define SAFE_INTEGER 9007199254740991.0

static G_GNUC_NORETURN void
throw_out_of_range (JsState *J, const char *name, const char *range, double received)
{
  char *number = js_string_to_utf8 (js_string_from_number (J, received));
  char *message = g_strdup_printf ("The value of \"%s\" is out of range. It must be %s. Received %s", name, range,
                                   number);

  g_free (number);
  js_node_throw_error (J, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", message);
}

/* A Buffer, typed array or DataView (not an ArrayBuffer). */
static gboolean
is_binary (JsValue v)
{
  const guint8 *bytes;
  gsize n;

  return js_is_object (v) && js_get_object (v)->class_id != JS_CLASS_ARRAY_BUFFER &&
         js_buffer_source_bytes (v, &bytes, &n);
}

static JsValue
illegal_constructor (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  js_throw_type_error (J, "Illegal constructor");
}

/* ------------------------------------------------------------------------
 * The generator
 * ------------------------------------------------------------------------ */

static guint64 *
random_state (JsObject *callee)
{
  return (guint64 *) js_get_object (js_native_captures (callee)[0])->u.buffer.data;
}

static guint64
random_next (guint64 *state)
{
  guint64 s1 = state[0], s0 = state[1];

  state[0] = s0;
  s1 ^= s1 << 23;
  s1 ^= s1 >> 17;
  s1 ^= s0;
  s1 ^= s0 >> 26;
  state[1] = s1;
  return state[0] + state[1];
}

static void
random_fill (guint64 *state, guint8 *bytes, gsize n)
{
  for (gsize i = 0; i < n; i += 8)
    {
      guint64 word = random_next (state);
      for (gsize k = 0; k < 8 && i + k < n; k++)
        bytes[i + k] = (guint8) (word >> (8 * k));
    }
}

static JsValue
random_state_new (JsState *J)
{
  JsObject *buffer = js_array_buffer_new (J, 2 * sizeof (guint64));
  guint64 *state = (guint64 *) buffer->u.buffer.data;
  guint64 x = 0x43727970746F2121u;   /* "Crypto!!", splitmix64'd */

  for (int i = 0; i < 2; i++)
    {
      guint64 z = (x += 0x9E3779B97F4A7C15u);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
      state[i] = z ^ (z >> 31);
    }
  return js_object_value (buffer);
}

/* randomUUID(): a version 4 UUID. */
static JsValue
crypto_random_uuid (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  guint8 b[16];
  char text[37];

  random_fill (random_state (callee), b, sizeof b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  g_snprintf (text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
              b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return js_string_value_utf8 (J, text);
}

/* getRandomValues(typedArray): an integer typed array, at most 65536 bytes. */
static JsValue
crypto_get_random_values (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  JsValue data = js_arg (argc, argv, 0);
  JsObject *view;
  gsize n;

  if (argc == 0)
    js_throw_type_error (J, "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
  view = js_is_object (data) ? js_get_object (data) : NULL;
  if (view == NULL || view->class_id != JS_CLASS_TYPED_ARRAY || view->u.view.kind == JS_TYPED_ARRAY_FLOAT32 ||
      view->u.view.kind == JS_TYPED_ARRAY_FLOAT64)
    js_throw (J, js_object_value (js_dom_exception_new (J, "The data argument must be an integer-type TypedArray",
                                                        "TypeMismatchError")));
  n = js_typed_array_length (view) * js_typed_array_element_size ((JsTypedArrayKind) view->u.view.kind);
  if (n > 65536)
    {
      char *message = g_strdup_printf ("The ArrayBufferView's byte length (%" G_GSIZE_FORMAT ") exceeds the number "
                                       "of bytes of entropy available via this API (65536)", n);
      JsObject *error = js_dom_exception_new (J, message, "QuotaExceededError");
      g_free (message);
      js_throw (J, js_object_value (error));
    }
  random_fill (random_state (callee), js_typed_array_bytes (view), n);
  return data;
}

/* A completion as the thread pool delivers it: cb(null, value) from a task
 * after the current one (an immediate stands in for the poll phase). */
static void
call_back_later (JsState *J, JsValue cb, JsValue value)
{
  JsValue args[3] = { cb, JS_NULL, value };

  js_call (J, js_get_utf8 (J, js_object_value (J->global), "setImmediate"), JS_UNDEFINED, 3, args);
}

/* randomBytes(size[, callback]) */
static JsValue
crypto_random_bytes (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsValue size = js_arg (argc, argv, 0), cb = js_arg (argc, argv, 1);
  JsObject *buffer;
  guint8 *bytes;
  double n;

  if (!js_is_number (size))
    js_node_throw_invalid_arg_type (J, "size", "of type number", size);
  n = js_get_number (size);
  if (!(n >= 0 && n <= 2147483647.0))
    throw_out_of_range (J, "size", ">= 0 && <= 2147483647", n);
  if (!js_is_undefined (cb) && !js_is_callable (cb))
    js_node_throw_invalid_arg_type (J, "callback", "of type function", cb);
  bytes = g_malloc ((gsize) n + 1);
  random_fill (random_state (callee), bytes, (gsize) n);
  buffer = js_buffer_from_bytes (J, bytes, (gsize) n);
  g_free (bytes);
  if (js_is_undefined (cb))
    return js_object_value (buffer);
  call_back_later (J, cb, js_object_value (buffer));
  return JS_UNDEFINED;
}

/* randomInt([min, ]max[, callback]): uniform in [min, max). */
static JsValue
crypto_random_int (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  JsValue min_v = js_arg (argc, argv, 0), max_v = js_arg (argc, argv, 1), cb = js_arg (argc, argv, 2);
  double min, max, range, limit, x;
  guint64 *state = random_state (callee);

  /* randomInt(max[, callback]) */
  if (js_is_undefined (max_v) || js_is_callable (max_v))
    {
      cb = max_v;
      max_v = min_v;
      min_v = js_number (0);
    }
  if (!js_is_undefined (cb) && !js_is_callable (cb))
    js_node_throw_invalid_arg_type (J, "callback", "of type function", cb);
  if (!js_is_number (min_v) || fabs (js_get_number (min_v)) > SAFE_INTEGER ||
      js_get_number (min_v) != floor (js_get_number (min_v)))
    js_node_throw_invalid_arg_type (J, "min", "a safe integer", min_v);
  if (!js_is_number (max_v) || fabs (js_get_number (max_v)) > SAFE_INTEGER ||
      js_get_number (max_v) != floor (js_get_number (max_v)))
    js_node_throw_invalid_arg_type (J, "max", "a safe integer", max_v);
  min = js_get_number (min_v);
  max = js_get_number (max_v);
  if (max <= min)
    {
      char *min_text = js_string_to_utf8 (js_string_from_number (J, min));
      char *max_text = js_string_to_utf8 (js_string_from_number (J, max));
      char *message = g_strdup_printf ("The value of \"max\" is out of range. It must be greater than the value of "
                                       "\"min\" (%s). Received %s", min_text, max_text);
      g_free (min_text);
      g_free (max_text);
      js_node_throw_error (J, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", message);
    }
  range = max - min;
  if (range > 281474976710655.0)   /* 2^48 - 1 */
    throw_out_of_range (J, "max - min", "<= 281474976710655", range);
  /* 48 random bits, rejecting the top values that would bias the modulo. */
  limit = 281474976710656.0 - fmod (281474976710656.0, range);
  do
    x = (double) (random_next (state) >> 16);
  while (x >= limit);
  x = min + fmod (x, range);
  if (js_is_undefined (cb))
    return js_number (x);
  /* From the cache of random bytes: process.nextTick(callback, undefined, n) */
  {
    JsValue args[3] = { cb, JS_UNDEFINED, js_number (x) };
    JsValue process = js_get_utf8 (J, js_object_value (J->global), "process");
    js_call (J, js_get_utf8 (J, process, "nextTick"), process, 3, args);
  }
  return JS_UNDEFINED;
}

/* timingSafeEqual(a, b) */
static JsValue
crypto_timing_safe_equal (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                          JsValue new_target, JsObject *callee)
{
  const guint8 *a, *b;
  gsize na, nb;
  guint8 diff = 0;

  /* Node checks these in C++, whose message does not describe the value. */
  if (!js_buffer_source_bytes (js_arg (argc, argv, 0), &a, &na))
    js_node_throw_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                         g_strdup ("The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, "
                                   "TypedArray, or DataView."));
  if (!js_buffer_source_bytes (js_arg (argc, argv, 1), &b, &nb))
    js_node_throw_error (J, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                         g_strdup ("The \"buf2\" argument must be an instance of ArrayBuffer, Buffer, "
                                   "TypedArray, or DataView."));
  if (na != nb)
    js_node_throw_error (J, JS_RANGE_ERROR, "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH",
                      g_strdup ("Input buffers must have the same byte length"));
  for (gsize i = 0; i < na; i++)
    diff |= a[i] ^ b[i];
  return js_boolean (diff == 0);
}

/* ------------------------------------------------------------------------
 * Hash and Hmac
 * ------------------------------------------------------------------------ */

static const struct { const char *name; GChecksumType type; } digests[] = {
  { "md5", G_CHECKSUM_MD5 }, { "sha1", G_CHECKSUM_SHA1 }, { "sha256", G_CHECKSUM_SHA256 },
  { "sha384", G_CHECKSUM_SHA384 }, { "sha512", G_CHECKSUM_SHA512 },
  { "rsa-md5", G_CHECKSUM_MD5 }, { "rsa-sha1", G_CHECKSUM_SHA1 }, { "rsa-sha256", G_CHECKSUM_SHA256 },
  { "rsa-sha384", G_CHECKSUM_SHA384 }, { "rsa-sha512", G_CHECKSUM_SHA512 },
};

static gboolean
find_digest (JsValue name, GChecksumType *type)
{
  char *text;
  gboolean found = FALSE;

  if (!js_is_string (name))
    return FALSE;
  text = js_string_to_utf8 (js_get_string (name));
  for (char *p = text; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);
  for (guint i = 0; i < G_N_ELEMENTS (digests) && !found; i++)
    if (strcmp (text, digests[i].name) == 0)
      {
        *type = digests[i].type;
        found = TRUE;
      }
  g_free (text);
  return found;
}

/* A Hash or Hmac: one of the two GLib states, and whether digest() ran. */
typedef struct {
  GChecksum *checksum;
  GHmac *hmac;
  gboolean finalized;
} HashState;

static void
hash_finalize (JsState *J, JsObject *obj)
{
  HashState *state = obj->u.host.data;

  if (state == NULL)
    return;
  if (state->checksum != NULL)
    g_checksum_free (state->checksum);
  if (state->hmac != NULL)
    g_hmac_unref (state->hmac);
  g_free (state);
}

static const JsHostClass hash_class = { "Hash", NULL, hash_finalize };

static HashState *
this_hash (JsState *J, JsValue this_value, const char *method)
{
  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_HOST ||
      js_get_object (this_value)->u.host.klass != &hash_class)
    js_throw_type_error (J, "Illegal invocation");
  return js_get_object (this_value)->u.host.data;
}

static JsObject *
hash_object_new (JsState *J, JsObject *proto, HashState *state)
{
  JsObject *obj = js_object_new_class (J, JS_CLASS_HOST, proto);

  obj->u.host.klass = &hash_class;
  obj->u.host.data = state;
  return obj;
}

/* The bytes of update(data[, inputEncoding]); g_byte_array_unref them. */
static GByteArray *
data_bytes (JsState *J, JsValue data, JsValue encoding)
{
  const guint8 *bytes;
  gsize n;

  if (js_is_string (data))
    return js_buffer_encode_string (J, js_get_string (data), js_is_undefined (encoding) ? js_string_value_utf8 (J, "utf8")
                                                                                         : encoding);
  if (!is_binary (data) || !js_buffer_source_bytes (data, &bytes, &n))
    js_node_throw_invalid_arg_type (J, "data",
                                    "of type string or an instance of Buffer, TypedArray, or DataView", data);
  return g_byte_array_append (g_byte_array_new (), bytes, (guint) n);
}

static G_GNUC_NORETURN void
throw_finalized (JsState *J)
{
  js_node_throw_error (J, JS_ERROR, "ERR_CRYPTO_HASH_FINALIZED", g_strdup ("Digest already called"));
}

static JsValue
hash_update (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  HashState *state = this_hash (J, this_value, "update");
  GByteArray *bytes;

  if (state->finalized)
    throw_finalized (J);
  bytes = data_bytes (J, js_arg (argc, argv, 0), js_arg (argc, argv, 1));
  if (state->checksum != NULL)
    g_checksum_update (state->checksum, bytes->data, bytes->len);
  else
    g_hmac_update (state->hmac, bytes->data, bytes->len);
  g_byte_array_unref (bytes);
  return this_value;
}

/* The digest as a Buffer, or a string in `encoding`. */
static JsValue
digest_value (JsState *J, const guint8 *bytes, gsize n, JsValue encoding)
{
  if (js_is_undefined (encoding) || (js_is_string (encoding) && js_string_equal_ascii (js_get_string (encoding), "buffer")))
    return js_object_value (js_buffer_from_bytes (J, bytes, n));
  return js_string_value (js_buffer_decode_bytes (J, bytes, n, encoding));
}

static JsValue
hash_digest (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  HashState *state = this_hash (J, this_value, "digest");
  guint8 bytes[64];
  gsize n = sizeof bytes;

  if (state->finalized)
    throw_finalized (J);
  state->finalized = TRUE;
  if (state->checksum != NULL)
    g_checksum_get_digest (state->checksum, bytes, &n);
  else
    g_hmac_get_digest (state->hmac, bytes, &n);
  return digest_value (J, bytes, n, js_arg (argc, argv, 0));
}

static JsValue
hash_copy (JsState *J, JsValue this_value, int argc, const JsValue *argv,
           JsValue new_target, JsObject *callee)
{
  HashState *state = this_hash (J, this_value, "copy"), *copy;

  if (state->finalized || state->checksum == NULL)
    throw_finalized (J);
  copy = g_new0 (HashState, 1);
  copy->checksum = g_checksum_copy (state->checksum);
  return js_object_value (hash_object_new (J, js_object_get_prototype_of (J, js_get_object (this_value)), copy));
}

/* createHash(algorithm): captures[0] is Hash.prototype. */
static JsValue
crypto_create_hash (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsValue algorithm = js_arg (argc, argv, 0);
  GChecksumType type;
  HashState *state;

  if (!js_is_string (algorithm))
    js_node_throw_invalid_arg_type (J, "algorithm", "of type string", algorithm);
  if (!find_digest (algorithm, &type))
    js_throw (J, js_object_value (js_error_new (J, JS_ERROR, js_string_new_utf8 (J, "Digest method not supported", -1))));
  state = g_new0 (HashState, 1);
  state->checksum = g_checksum_new (type);
  return js_object_value (hash_object_new (J, js_get_object (js_native_captures (callee)[0]), state));
}

/* createHmac(algorithm, key) */
static JsValue
crypto_create_hmac (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                    JsValue new_target, JsObject *callee)
{
  JsValue algorithm = js_arg (argc, argv, 0), key = js_arg (argc, argv, 1);
  GChecksumType type;
  GByteArray *key_bytes;
  HashState *state;

  if (!js_is_string (algorithm))
    js_node_throw_invalid_arg_type (J, "hmac", "of type string", algorithm);
  if (!find_digest (algorithm, &type))
    {
      char *name = js_string_to_utf8 (js_get_string (algorithm));
      char *message = g_strdup_printf ("Invalid digest: %s", name);
      g_free (name);
      js_node_throw_error (J, JS_TYPE_ERROR, "ERR_CRYPTO_INVALID_DIGEST", message);
    }
  if (!js_is_string (key) && !is_binary (key))
    js_node_throw_invalid_arg_type (J, "key",
                                    "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, "
                                    "KeyObject, or CryptoKey", key);
  key_bytes = data_bytes (J, key, JS_UNDEFINED);
  state = g_new0 (HashState, 1);
  state->hmac = g_hmac_new (type, key_bytes->data, key_bytes->len);
  g_byte_array_unref (key_bytes);
  return js_object_value (hash_object_new (J, js_get_object (js_native_captures (callee)[0]), state));
}

/* hash(algorithm, data[, outputEncoding = 'hex']): a one-shot digest. */
static JsValue
crypto_hash (JsState *J, JsValue this_value, int argc, const JsValue *argv,
             JsValue new_target, JsObject *callee)
{
  JsValue algorithm = js_arg (argc, argv, 0), data = js_arg (argc, argv, 1), encoding = js_arg (argc, argv, 2);
  GChecksumType type;
  GByteArray *bytes;
  GChecksum *checksum;
  guint8 digest[64];
  gsize n = sizeof digest;

  if (!js_is_string (algorithm))
    js_node_throw_invalid_arg_type (J, "algorithm", "of type string", algorithm);
  if (!js_is_string (data) && !is_binary (data))
    js_node_throw_invalid_arg_type (J, "data",
                                    "of type string or an instance of Buffer, TypedArray, or DataView", data);
  if (!find_digest (algorithm, &type))
    js_throw (J, js_object_value (js_error_new (J, JS_ERROR, js_string_new_utf8 (J, "Digest method not supported", -1))));
  bytes = data_bytes (J, data, JS_UNDEFINED);
  checksum = g_checksum_new (type);
  g_checksum_update (checksum, bytes->data, bytes->len);
  g_checksum_get_digest (checksum, digest, &n);
  g_checksum_free (checksum);
  g_byte_array_unref (bytes);
  return digest_value (J, digest, n, js_is_undefined (encoding) ? js_string_value_utf8 (J, "hex") : encoding);
}

static JsValue
crypto_get_hashes (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                   JsValue new_target, JsObject *callee)
{
  static const char *const names[] = { "RSA-MD5", "RSA-SHA1", "RSA-SHA256", "RSA-SHA384", "RSA-SHA512",
                                       "md5", "sha1", "sha256", "sha384", "sha512" };
  JsObject *array = js_array_new (J, 0);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    js_array_push (J, array, js_string_value_utf8 (J, names[i]));
  return js_object_value (array);
}

/* ------------------------------------------------------------------------
 * The global crypto and the module
 * ------------------------------------------------------------------------ */

JsObject *
js_node_webcrypto_new (JsState *J)
{
  JsObject *webcrypto = js_plain_object_new (J);
  JsValue state = random_state_new (J);

  js_define_captured_method (J, webcrypto, "getRandomValues", crypto_get_random_values, 1, state, JS_PROP_DEFAULT);
  js_define_captured_method (J, webcrypto, "randomUUID", crypto_random_uuid, 0, state, JS_PROP_DEFAULT);
  return webcrypto;
}

JsValue
js_node_crypto_module_new (JsState *J, JsObject *webcrypto)
{
  JsObject *module = js_plain_object_new (J);
  JsObject *hash_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *hmac_proto = js_object_new (J, hash_proto);
  JsValue random_uuid = js_get_utf8 (J, js_object_value (webcrypto), "randomUUID");
  JsValue state = js_native_captures (js_get_object (random_uuid))[0];

  /* Named constructors, so that util.inspect calls the objects Hash and Hmac. */
  js_native_constructor_new (J, "Hash", 2, illegal_constructor, hash_proto);
  js_native_constructor_new (J, "Hmac", 3, illegal_constructor, hmac_proto);
  js_define_method (J, hash_proto, "update", hash_update, 2);
  js_define_method (J, hash_proto, "digest", hash_digest, 1);
  js_define_method (J, hash_proto, "copy", hash_copy, 1);
  js_define_captured_method (J, module, "createHash", crypto_create_hash, 2, js_object_value (hash_proto),
                             JS_PROP_DEFAULT);
  js_define_captured_method (J, module, "createHmac", crypto_create_hmac, 3, js_object_value (hmac_proto),
                             JS_PROP_DEFAULT);
  js_define_method (J, module, "getHashes", crypto_get_hashes, 0);
  js_define_captured_method (J, module, "randomBytes", crypto_random_bytes, 2, state, JS_PROP_DEFAULT);
  js_define_captured_method (J, module, "randomInt", crypto_random_int, 3, state, JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "randomUUID", random_uuid, JS_PROP_DEFAULT);
  js_define_method (J, module, "timingSafeEqual", crypto_timing_safe_equal, 2);
  js_define_method (J, module, "hash", crypto_hash, 3);
  js_define_value_utf8 (J, module, "webcrypto", js_object_value (webcrypto), JS_PROP_DEFAULT);
  js_define_value_utf8 (J, module, "getRandomValues", js_get_utf8 (J, js_object_value (webcrypto), "getRandomValues"),
                        JS_PROP_DEFAULT);
  return js_object_value (module);
}
