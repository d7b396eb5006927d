/* js-builtin-regexp.c: the RegExp constructor, RegExp.prototype and the
 * RegExp String Iterator (ECMAScript 22.2.4 – 22.2.9).
 *
 * A RegExp object (class REGEXP) keeps its [[OriginalSource]],
 * [[OriginalFlags]] and compiled matcher in a GC-internal record that
 * u.primitive points to; the GC marks and frees it like any internal thing. */
#include "js-regexp.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

typedef struct {
  JsGcInternal     base;
  JsString        *source;   /* [[OriginalSource]] */
  JsString        *flags;    /* [[OriginalFlags]] */
  int              flag_bits;
  JsRegExpProgram *program;  /* [[RegExpMatcher]] */
} RegExpData;

static void
regexp_data_mark (JsState *J, JsGcInternal *self)
{
  RegExpData *data = (RegExpData *) self;
  js_gc_mark_thing (J, (JsGc *) data->source);
  js_gc_mark_thing (J, (JsGc *) data->flags);
}

static void
regexp_data_finalize (JsState *J, JsGcInternal *self)
{
  RegExpData *data = (RegExpData *) self;

  if (data->program == NULL)
    return;
  js_gc_account (J, -(gssize) js_regexp_program_size (data->program));
  js_regexp_program_free (data->program);
}

static const JsGcInternalClass regexp_data_class = { "RegExpData", regexp_data_mark, regexp_data_finalize };

static inline JsValue str (JsString *s) { return js_string_value (s); }

static const JsGcInternalClass capture_buffer_class = { "RegExpCaptures", NULL, NULL };

/* The record of a RegExp object that has been initialised, or NULL. */
static RegExpData *
regexp_data (JsValue v)
{
  JsObject *obj;

  if (!js_is_object (v))
    return NULL;
  obj = js_get_object (v);
  if (obj->class_id != JS_CLASS_REGEXP || !js_is_internal (obj->u.primitive) || js_is_empty (obj->u.primitive))
    return NULL;
  return js_get_pointer (obj->u.primitive);
}

/* A TypeError whose message is prefix + the description of v + suffix,
 * built in the heap so that a throw on the way leaks nothing. */
G_GNUC_NORETURN static void
throw_with_description (JsState *J, const char *prefix, JsValue v, const char *suffix)
{
  JsStringBuilder *b = js_string_builder_new (J);

  js_string_builder_append_ascii (J, b, prefix);
  js_string_builder_append (J, b, js_describe_value (J, v, JS_DESCRIBE_PLAIN));
  js_string_builder_append_ascii (J, b, suffix);
  js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, js_string_builder_finish (J, b))));
}

static RegExpData *
this_regexp (JsState *J, JsValue this_value, const char *method)
{
  RegExpData *data = regexp_data (this_value);
  if (data == NULL)
    {
      char prefix[96];
      g_snprintf (prefix, sizeof prefix, "Method RegExp.prototype.%s called on incompatible receiver ", method);
      throw_with_description (J, prefix, this_value, "");
    }
  return data;
}

static JsObject *
require_object (JsState *J, JsValue v, const char *method)
{
  if (!js_is_object (v))
    {
      char prefix[96];
      g_snprintf (prefix, sizeof prefix, "Method RegExp.prototype.%s called on incompatible receiver ", method);
      throw_with_description (J, prefix, v, "");
    }
  return js_get_object (v);
}

/* ------------------------------------------------------------------------
 * The legacy static properties (RegExp.$1, RegExp.lastMatch …), which V8
 * updates after every successful match.  Their record is the RegExp
 * constructor's one native capture.
 * ------------------------------------------------------------------------ */

#define LEGACY_GROUPS 10

typedef struct {
  JsGcInternal base;
  JsString    *input;
  int          captures[2 * LEGACY_GROUPS];   /* group 0..9 start/end, -1 when unmatched */
  guint32      n_groups;                      /* groups of the last match, group 0 included */
} LegacyStatics;

static void
legacy_statics_mark (JsState *J, JsGcInternal *self)
{
  js_gc_mark_thing (J, (JsGc *) ((LegacyStatics *) self)->input);
}

static const JsGcInternalClass legacy_statics_class = { "RegExpLegacyStatics", legacy_statics_mark, NULL };

static LegacyStatics *
legacy_statics (JsState *J)
{
  JsObject *ctor = JS_INTRINSIC (J, RegExp);
  return js_get_pointer (ctor->u.native.captures[0]);
}

static void
legacy_statics_update (JsState *J, JsString *input, const int *caps, guint32 n)
{
  LegacyStatics *legacy = legacy_statics (J);

  legacy->input = input;
  legacy->n_groups = MIN (n, LEGACY_GROUPS);
  for (guint32 i = 0; i < 2 * LEGACY_GROUPS; i++)
    legacy->captures[i] = i < 2 * n ? caps[i] : -1;
}

static JsValue
legacy_substring (JsState *J, LegacyStatics *legacy, int start, int end)
{
  if (legacy->input == NULL || start < 0 || end < start)
    return js_string_value (JS_ATOM (J, empty));
  return js_string_value (js_string_substring (J, legacy->input, (guint32) start, (guint32) end));
}

/* get RegExp.$1 … $9 (captures[0] of the getter says which) */
static JsValue
legacy_get_group (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  LegacyStatics *legacy = legacy_statics (J);
  guint32 i = (guint32) js_get_number (js_native_captures (callee)[0]);

  (void) this_value; (void) argc; (void) argv; (void) new_target;
  return legacy_substring (J, legacy, legacy->captures[2 * i], legacy->captures[2 * i + 1]);
}

static JsValue
legacy_get_input (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  LegacyStatics *legacy = legacy_statics (J);

  (void) this_value; (void) argc; (void) argv; (void) new_target; (void) callee;
  return js_string_value (legacy->input != NULL ? legacy->input : JS_ATOM (J, empty));
}

static JsValue
legacy_set_input (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  (void) this_value; (void) new_target; (void) callee;
  legacy_statics (J)->input = js_to_string (J, js_arg (argc, argv, 0));
  return JS_UNDEFINED;
}

/* The other setters do nothing (V8 has them all the same). */
static JsValue
legacy_set_nothing (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  (void) J; (void) this_value; (void) argc; (void) argv; (void) new_target; (void) callee;
  return JS_UNDEFINED;
}

static JsValue
legacy_get_last_paren (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  LegacyStatics *legacy = legacy_statics (J);
  guint32 i = legacy->n_groups > 1 ? legacy->n_groups - 1 : 0;

  (void) this_value; (void) argc; (void) argv; (void) new_target; (void) callee;
  if (i == 0)
    return js_string_value (JS_ATOM (J, empty));
  return legacy_substring (J, legacy, legacy->captures[2 * i], legacy->captures[2 * i + 1]);
}

static JsValue
legacy_get_left_context (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  LegacyStatics *legacy = legacy_statics (J);

  (void) this_value; (void) argc; (void) argv; (void) new_target; (void) callee;
  return legacy_substring (J, legacy, 0, legacy->captures[0]);
}

static JsValue
legacy_get_right_context (JsState *J, JsValue this_value, int argc, const JsValue *argv, JsValue new_target, JsObject *callee)
{
  LegacyStatics *legacy = legacy_statics (J);

  (void) this_value; (void) argc; (void) argv; (void) new_target; (void) callee;
  if (legacy->input == NULL || legacy->captures[1] < 0)
    return js_string_value (JS_ATOM (J, empty));
  return legacy_substring (J, legacy, legacy->captures[1], (int) legacy->input->length);
}

static void
define_legacy_accessor (JsState *J, JsObject *ctor, const char *name, JsNativeFn getter, JsNativeFn setter, int group)
{
  char *getter_name = g_strconcat ("get ", name, NULL), *setter_name = g_strconcat ("set ", name, NULL);
  JsObject *get = js_native_function_new (J, getter_name, 0, getter, group >= 0 ? 1 : 0);
  JsValue set = js_object_value (js_native_function_new (J, setter_name, 1, setter, 0));

  if (group >= 0)
    js_native_captures (get)[0] = js_number (group);
  js_define_accessor (J, ctor, js_key_from_utf8 (J, name), js_object_value (get), set, JS_PROP_CONFIGURABLE);
  g_free (getter_name);
  g_free (setter_name);
}

static void
init_legacy_statics (JsState *J, JsObject *ctor)
{
  LegacyStatics *legacy = (LegacyStatics *) js_gc_alloc_internal (J, &legacy_statics_class, sizeof (LegacyStatics));
  static const char *const group_names[] = { "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9" };

  for (guint i = 0; i < 2 * LEGACY_GROUPS; i++)
    legacy->captures[i] = -1;
  ctor->u.native.captures = js_gc_buffer_new (J, sizeof (JsValue));
  ctor->u.native.n_captures = 1;
  ctor->u.native.captures[0] = js_internal_value (&legacy->base.gc);
  define_legacy_accessor (J, ctor, "input", legacy_get_input, legacy_set_input, -1);
  define_legacy_accessor (J, ctor, "$_", legacy_get_input, legacy_set_input, -1);
  define_legacy_accessor (J, ctor, "lastMatch", legacy_get_group, legacy_set_nothing, 0);
  define_legacy_accessor (J, ctor, "$&", legacy_get_group, legacy_set_nothing, 0);
  define_legacy_accessor (J, ctor, "lastParen", legacy_get_last_paren, legacy_set_nothing, -1);
  define_legacy_accessor (J, ctor, "$+", legacy_get_last_paren, legacy_set_nothing, -1);
  define_legacy_accessor (J, ctor, "leftContext", legacy_get_left_context, legacy_set_nothing, -1);
  define_legacy_accessor (J, ctor, "$`", legacy_get_left_context, legacy_set_nothing, -1);
  define_legacy_accessor (J, ctor, "rightContext", legacy_get_right_context, legacy_set_nothing, -1);
  define_legacy_accessor (J, ctor, "$'", legacy_get_right_context, legacy_set_nothing, -1);
  for (guint i = 0; i < G_N_ELEMENTS (group_names); i++)
    define_legacy_accessor (J, ctor, group_names[i], legacy_get_group, legacy_set_nothing, (int) i + 1);
}

/* ------------------------------------------------------------------------
 * Abstract operations
 * ------------------------------------------------------------------------ */

/* RegExpAlloc (22.2.3.2) */
static JsObject *
regexp_alloc (JsState *J, JsValue new_target)
{
  JsObject *obj = js_create_from_constructor (J, new_target, JS_CLASS_REGEXP, JS_INTRINSIC (J, RegExpPrototype));

  obj->u.primitive = JS_EMPTY;
  js_define_value (J, obj, JS_KEY (J, lastIndex), js_number (0), JS_PROP_WRITABLE);
  return obj;
}

/* RegExpInitialize (22.2.3.3) */
static JsObject *
regexp_initialize (JsState *J, JsObject *obj, JsValue pattern, JsValue flags)
{
  JsString *p = js_is_undefined (pattern) ? JS_ATOM (J, empty) : js_to_string (J, pattern);
  JsString *f = js_is_undefined (flags) ? JS_ATOM (J, empty) : js_to_string (J, flags);
  int bits = js_regexp_parse_flags (f->chars, f->length);
  const char *error = NULL;
  JsRegExpProgram *program;
  RegExpData *data;

  if (bits < 0)
    {
      JsStringBuilder *b = js_string_builder_new (J);
      js_string_builder_append_ascii (J, b, "Invalid flags supplied to RegExp constructor '");
      js_string_builder_append (J, b, f);
      js_string_builder_append_ascii (J, b, "'");
      js_throw (J, js_object_value (js_error_new (J, JS_SYNTAX_ERROR, js_string_builder_finish (J, b))));
    }
  /* The record first: allocating it may throw, and it then owns the program. */
  data = (RegExpData *) js_gc_alloc_internal (J, &regexp_data_class, sizeof (RegExpData));
  program = js_regexp_compile (p->chars, p->length, bits, &error);
  if (program == NULL)
    {
      JsStringBuilder *b = js_string_builder_new (J);
      js_string_builder_append_ascii (J, b, "Invalid regular expression: /");
      js_string_builder_append (J, b, p);
      js_string_builder_append_ascii (J, b, "/");
      js_string_builder_append (J, b, f);
      js_string_builder_append_ascii (J, b, ": ");
      js_string_builder_append_ascii (J, b, error);
      js_throw (J, js_object_value (js_error_new (J, JS_SYNTAX_ERROR, js_string_builder_finish (J, b))));
    }
  data->source = p;
  data->flags = f;
  data->flag_bits = bits;
  data->program = program;
  js_gc_account (J, (gssize) js_regexp_program_size (program));
  obj->u.primitive = js_internal_value (&data->base.gc);
  js_set (J, js_object_value (obj), JS_KEY (J, lastIndex), js_number (0), TRUE);
  return obj;
}

JsObject *
js_regexp_create (JsState *J, JsString *pattern, JsString *flags)
{
  JsObject *obj = regexp_alloc (J, js_object_value (JS_INTRINSIC (J, RegExp)));
  return regexp_initialize (J, obj, str (pattern), flags != NULL ? str (flags) : JS_UNDEFINED);
}

JsObject *
js_regexp_clone (JsState *J, JsObject *regexp)
{
  RegExpData *data = regexp_data (js_object_value (regexp));

  if (data == NULL)
    return NULL;
  return js_regexp_create (J, data->source, data->flags);
}

/* IsRegExp (7.2.8) */
static gboolean
is_regexp (JsState *J, JsValue v)
{
  JsValue matcher;

  if (!js_is_object (v))
    return FALSE;
  matcher = js_get (J, v, JS_SYMBOL_KEY (J, match));
  if (!js_is_undefined (matcher))
    return js_to_boolean (matcher);
  return js_get_object (v)->class_id == JS_CLASS_REGEXP;
}

/* AdvanceStringIndex (22.2.7.3) */
static double
advance_string_index (JsString *s, double index, gboolean unicode)
{
  if (!unicode || index + 1 >= s->length)
    return index + 1;
  if (s->chars[(guint32) index] >= 0xD800 && s->chars[(guint32) index] <= 0xDBFF &&
      s->chars[(guint32) index + 1] >= 0xDC00 && s->chars[(guint32) index + 1] <= 0xDFFF)
    return index + 2;
  return index + 1;
}

static JsValue
pair_array (JsState *J, int start, int end)
{
  JsValue pair[2] = { js_number (start), js_number (end) };
  return js_object_value (js_array_from_values (J, pair, 2));
}

/* RegExpBuiltinExec (22.2.7.2) */
static JsValue
regexp_builtin_exec (JsState *J, JsObject *r, JsString *s)
{
  RegExpData *data = regexp_data (js_object_value (r));
  JsValue rv = js_object_value (r);
  double last_index = js_to_length (J, js_get (J, rv, JS_KEY (J, lastIndex)));
  gboolean global = (data->flag_bits & JS_REGEXP_GLOBAL) != 0;
  gboolean sticky = (data->flag_bits & JS_REGEXP_STICKY) != 0;
  gboolean has_indices = (data->flag_bits & JS_REGEXP_HAS_INDICES) != 0;
  guint32 n = js_regexp_capture_count (data->program);
  int *caps;
  JsObject *a, *groups = NULL, *indices = NULL, *index_groups = NULL;

  if (!global && !sticky)
    last_index = 0;
  if (last_index > s->length)
    {
      if (global || sticky)
        js_set (J, rv, JS_KEY (J, lastIndex), js_number (0), TRUE);
      return JS_NULL;
    }
  /* V8 never starts a unicode match inside a surrogate pair. */
  if ((data->flag_bits & (JS_REGEXP_UNICODE | JS_REGEXP_UNICODE_SETS)) && last_index > 0 && last_index < s->length &&
      s->chars[(guint32) last_index] >= 0xDC00 && s->chars[(guint32) last_index] <= 0xDFFF &&
      s->chars[(guint32) last_index - 1] >= 0xD800 && s->chars[(guint32) last_index - 1] <= 0xDBFF)
    last_index--;
  /* Many groups: a GC-owned buffer, which a budget throw cannot leak. */
  caps = n <= 64 ? g_newa (int, 2 * n)
                 : (int *) (js_gc_alloc_internal (J, &capture_buffer_class, sizeof (JsGcInternal) + 2 * n * sizeof (int)) + 1);
  if (!js_regexp_match (J, data->program, s->chars, s->length, (guint32) last_index, sticky, caps))
    {
      if (global || sticky)
        js_set (J, rv, JS_KEY (J, lastIndex), js_number (0), TRUE);
      return JS_NULL;
    }
  if (global || sticky)
    js_set (J, rv, JS_KEY (J, lastIndex), js_number (caps[1]), TRUE);
  legacy_statics_update (J, s, caps, n);

  a = js_array_new (J, n);
  for (guint32 i = 0; i < n; i++)
    js_array_push (J, a, caps[2 * i] < 0 ? JS_UNDEFINED
                                          : str (js_string_substring (J, s, (guint32) caps[2 * i], (guint32) caps[2 * i + 1])));
  js_define_value (J, a, JS_KEY (J, index), js_number (caps[0]), JS_PROP_DEFAULT);
  js_define_value (J, a, JS_KEY (J, input), str (s), JS_PROP_DEFAULT);
  if (js_regexp_has_named_groups (data->program))
    {
      groups = js_object_new (J, NULL);
      if (has_indices)
        index_groups = js_object_new (J, NULL);
    }
  if (has_indices)
    {
      indices = js_array_new (J, n);
      for (guint32 i = 0; i < n; i++)
        js_array_push (J, indices, caps[2 * i] < 0 ? JS_UNDEFINED : pair_array (J, caps[2 * i], caps[2 * i + 1]));
    }
  if (groups != NULL)
    for (guint32 i = 1; i < n; i++)
      {
        guint32 len;
        const uint16_t *name = js_regexp_group_name (data->program, i, &len);
        JsValue key;
        if (name == NULL)
          continue;
        key = js_string_value (js_intern_chars (J, name, len));
        js_define_value (J, groups, key, js_get_index (J, js_object_value (a), i), JS_PROP_DEFAULT);
        if (index_groups != NULL)
          js_define_value (J, index_groups, key, js_get_index (J, js_object_value (indices), i), JS_PROP_DEFAULT);
      }
  js_define_value_utf8 (J, a, "groups", groups != NULL ? js_object_value (groups) : JS_UNDEFINED, JS_PROP_DEFAULT);
  if (indices != NULL)
    {
      js_define_value_utf8 (J, indices, "groups", index_groups != NULL ? js_object_value (index_groups) : JS_UNDEFINED,
                            JS_PROP_DEFAULT);
      js_define_value_utf8 (J, a, "indices", js_object_value (indices), JS_PROP_DEFAULT);
    }
  return js_object_value (a);
}

/* RegExpExec (22.2.7.1) */
static JsValue
regexp_exec (JsState *J, JsObject *r, JsString *s)
{
  JsValue exec = js_get_utf8 (J, js_object_value (r), "exec"), result;

  if (js_is_callable (exec))
    {
      JsValue arg = str (s);
      result = js_call (J, exec, js_object_value (r), 1, &arg);
      if (!js_is_object (result) && !js_is_null (result))
        js_throw_type_error (J, "RegExp exec method returned something other than an Object or null");
      return result;
    }
  if (regexp_data (js_object_value (r)) == NULL)
    this_regexp (J, js_object_value (r), "exec");
  return regexp_builtin_exec (J, r, s);
}

/* SpeciesConstructor (7.3.22) with %RegExp% as the default. */
static JsValue
species_constructor (JsState *J, JsObject *o)
{
  JsValue c = js_get (J, js_object_value (o), JS_KEY (J, constructor)), s;

  if (js_is_undefined (c))
    return js_object_value (JS_INTRINSIC (J, RegExp));
  if (!js_is_object (c))
    js_throw_type_error (J, "The .constructor property is not an object");
  s = js_get (J, c, JS_SYMBOL_KEY (J, species));
  if (js_is_nullish (s))
    return js_object_value (JS_INTRINSIC (J, RegExp));
  if (!js_is_constructor (s))
    js_throw_type_error (J, "object.constructor[Symbol.species] is not a constructor");
  return s;
}

static gboolean
string_has_unit (JsString *s, uint16_t unit)
{
  for (guint32 i = 0; i < s->length; i++)
    if (s->chars[i] == unit)
      return TRUE;
  return FALSE;
}

static JsString *
get_flags (JsState *J, JsObject *rx)
{
  return js_to_string (J, js_get_utf8 (J, js_object_value (rx), "flags"));
}

static void
set_last_index (JsState *J, JsObject *rx, double value)
{
  js_set (J, js_object_value (rx), JS_KEY (J, lastIndex), js_number (value), TRUE);
}

/* After an empty match: lastIndex = AdvanceStringIndex(S, lastIndex). */
static void
advance_after_empty (JsState *J, JsObject *rx, JsValue result, JsString *s, gboolean unicode)
{
  JsString *match = js_to_string (J, js_get_index (J, result, 0));

  if (match->length == 0)
    {
      double this_index = js_to_length (J, js_get (J, js_object_value (rx), JS_KEY (J, lastIndex)));
      set_last_index (J, rx, advance_string_index (s, this_index, unicode));
    }
}

/* ------------------------------------------------------------------------
 * The constructor
 * ------------------------------------------------------------------------ */

/* RegExp (pattern, flags) (22.2.4.1) */
NATIVE (regexp_constructor)
{
  JsValue pattern = ARG (0), flags = ARG (1), p, f;
  gboolean pattern_is_regexp = is_regexp (J, pattern);
  RegExpData *data;

  (void) this_value;
  if (js_is_undefined (new_target))
    {
      new_target = js_object_value (callee);
      if (pattern_is_regexp && js_is_undefined (flags))
        {
          JsValue pattern_constructor = js_get (J, pattern, JS_KEY (J, constructor));
          if (js_same_value (new_target, pattern_constructor))
            return pattern;
        }
    }
  if ((data = regexp_data (pattern)) != NULL)
    {
      p = str (data->source);
      f = js_is_undefined (flags) ? str (data->flags) : flags;
    }
  else if (pattern_is_regexp)
    {
      p = js_get_utf8 (J, pattern, "source");
      f = js_is_undefined (flags) ? js_get_utf8 (J, pattern, "flags") : flags;
    }
  else
    {
      p = pattern;
      f = flags;
    }
  return js_object_value (regexp_initialize (J, regexp_alloc (J, new_target), p, f));
}

/* ------------------------------------------------------------------------
 * RegExp.prototype
 * ------------------------------------------------------------------------ */

NATIVE (regexp_proto_exec)
{
  JsString *s;

  this_regexp (J, this_value, "exec");
  s = js_to_string (J, ARG (0));
  return regexp_builtin_exec (J, js_get_object (this_value), s);
}

NATIVE (regexp_proto_test)
{
  JsObject *r = require_object (J, this_value, "test");
  JsString *s = js_to_string (J, ARG (0));
  return js_boolean (!js_is_null (regexp_exec (J, r, s)));
}

NATIVE (regexp_proto_to_string)
{
  JsObject *r = require_object (J, this_value, "toString");
  JsString *source = js_to_string (J, js_get_utf8 (J, js_object_value (r), "source"));
  JsString *flags = js_to_string (J, js_get_utf8 (J, js_object_value (r), "flags"));
  JsStringBuilder *b = js_string_builder_new (J);

  js_string_builder_append_unit (J, b, '/');
  js_string_builder_append (J, b, source);
  js_string_builder_append_unit (J, b, '/');
  js_string_builder_append (J, b, flags);
  return str (js_string_builder_finish (J, b));
}

/* RegExp.prototype.compile (B.2.4.1) */
NATIVE (regexp_proto_compile)
{
  JsValue pattern = ARG (0), flags = ARG (1);
  RegExpData *data = this_regexp (J, this_value, "compile"), *other;

  (void) data;
  if ((other = regexp_data (pattern)) != NULL)
    {
      if (!js_is_undefined (flags))
        js_throw_type_error (J, "Cannot supply flags when constructing one RegExp from another");
      pattern = str (other->source);
      flags = str (other->flags);
    }
  return js_object_value (regexp_initialize (J, js_get_object (this_value), pattern, flags));
}

/* get RegExp.prototype.flags (22.2.6.4) */
NATIVE (regexp_proto_flags)
{
  static const struct { const char *name; char letter; } flags[] = {
    { "hasIndices", 'd' }, { "global", 'g' }, { "ignoreCase", 'i' }, { "multiline", 'm' },
    { "dotAll", 's' }, { "unicode", 'u' }, { "unicodeSets", 'v' }, { "sticky", 'y' },
  };
  char result[G_N_ELEMENTS (flags) + 1];
  guint n = 0;

  if (!js_is_object (this_value))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "RegExp.prototype.flags getter called on non-object %s",
                               this_value, JS_DESCRIBE_PLAIN);
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (js_to_boolean (js_get_utf8 (J, this_value, flags[i].name)))
      result[n++] = flags[i].letter;
  result[n] = '\0';
  return str (js_string_new_latin1 (J, result, n));
}

/* The flag getters (22.2.6.*): RegExpHasFlag. */
static JsValue
regexp_has_flag (JsState *J, JsValue this_value, int bit, const char *name)
{
  RegExpData *data = regexp_data (this_value);

  if (data != NULL)
    return js_boolean ((data->flag_bits & bit) != 0);
  if (js_is_object (this_value) && js_get_object (this_value) == JS_INTRINSIC (J, RegExpPrototype))
    return JS_UNDEFINED;
  if (!js_is_object (this_value))
    {
      char format[128];
      g_snprintf (format, sizeof format, "RegExp.prototype.%s getter called on non-object %%s", name);
      js_throw_error_with_value (J, JS_TYPE_ERROR, format, this_value, JS_DESCRIBE_PLAIN);
    }
  js_throw_type_error (J, "RegExp.prototype.%s getter called on non-RegExp object", name);
}

#define FLAG_GETTER(fn, bit, name) \
  NATIVE (fn) { (void) argc; (void) argv; (void) new_target; (void) callee; \
                return regexp_has_flag (J, this_value, bit, name); }
FLAG_GETTER (regexp_proto_has_indices, JS_REGEXP_HAS_INDICES, "hasIndices")
FLAG_GETTER (regexp_proto_global, JS_REGEXP_GLOBAL, "global")
FLAG_GETTER (regexp_proto_ignore_case, JS_REGEXP_IGNORE_CASE, "ignoreCase")
FLAG_GETTER (regexp_proto_multiline, JS_REGEXP_MULTILINE, "multiline")
FLAG_GETTER (regexp_proto_dot_all, JS_REGEXP_DOT_ALL, "dotAll")
FLAG_GETTER (regexp_proto_unicode, JS_REGEXP_UNICODE, "unicode")
FLAG_GETTER (regexp_proto_unicode_sets, JS_REGEXP_UNICODE_SETS, "unicodeSets")
FLAG_GETTER (regexp_proto_sticky, JS_REGEXP_STICKY, "sticky")

/* EscapeRegExpPattern (22.2.6.13.1): "/" outside classes and line
 * terminators are escaped so that "/" + source + "/" reparses. */
static JsString *
escape_regexp_pattern (JsState *J, JsString *source)
{
  JsStringBuilder *b;
  gboolean in_class = FALSE;

  if (source->length == 0)
    return js_string_new_utf8 (J, "(?:)", -1);
  b = js_string_builder_new (J);
  for (guint32 i = 0; i < source->length; i++)
    {
      uint16_t c = source->chars[i];
      if (c == '\\' && i + 1 < source->length)
        {
          js_string_builder_append_unit (J, b, c);
          c = source->chars[++i];
          if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
            goto line_terminator;
          js_string_builder_append_unit (J, b, c);
          continue;
        }
      if (c == '[')
        in_class = TRUE;
      else if (c == ']')
        in_class = FALSE;
      if (c == '/' && !in_class)
        {
          js_string_builder_append_ascii (J, b, "\\/");
          continue;
        }
      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
        {
          js_string_builder_append_unit (J, b, '\\');
line_terminator:
          js_string_builder_append_ascii (J, b, c == '\n' ? "n" : c == '\r' ? "r" : c == 0x2028 ? "u2028" : "u2029");
          continue;
        }
      js_string_builder_append_unit (J, b, c);
    }
  return js_string_builder_finish (J, b);
}

NATIVE (regexp_proto_source)
{
  RegExpData *data = regexp_data (this_value);

  if (data != NULL)
    return str (escape_regexp_pattern (J, data->source));
  if (js_is_object (this_value) && js_get_object (this_value) == JS_INTRINSIC (J, RegExpPrototype))
    return str (js_string_new_utf8 (J, "(?:)", -1));
  if (!js_is_object (this_value))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "RegExp.prototype.source getter called on non-object %s",
                               this_value, JS_DESCRIBE_PLAIN);
  js_throw_type_error (J, "RegExp.prototype.source getter called on non-RegExp object");
}

/* RegExp.prototype [ @@match ] (22.2.6.8) */
NATIVE (regexp_proto_match)
{
  JsObject *rx = require_object (J, this_value, "@@match");
  JsString *s = js_to_string (J, ARG (0)), *flags = get_flags (J, rx);
  gboolean unicode;
  JsObject *a;

  if (!string_has_unit (flags, 'g'))
    return regexp_exec (J, rx, s);
  unicode = string_has_unit (flags, 'u') || string_has_unit (flags, 'v');
  set_last_index (J, rx, 0);
  a = js_array_new (J, 0);
  for (;;)
    {
      JsValue result = regexp_exec (J, rx, s), match;
      if (js_is_null (result))
        return js_array_length (a) == 0 ? JS_NULL : js_object_value (a);
      match = str (js_to_string (J, js_get_index (J, result, 0)));
      js_array_push (J, a, match);
      if (js_get_string (match)->length == 0)
        {
          double this_index = js_to_length (J, js_get (J, this_value, JS_KEY (J, lastIndex)));
          set_last_index (J, rx, advance_string_index (s, this_index, unicode));
        }
    }
}

/* RegExp.prototype [ @@replace ] (22.2.6.11) */
NATIVE (regexp_proto_replace)
{
  JsObject *rx = require_object (J, this_value, "@@replace");
  JsString *s = js_to_string (J, ARG (0)), *flags;
  JsValue replace_value = ARG (1);
  gboolean functional = js_is_callable (replace_value), global, unicode = FALSE;
  JsObject *results;
  JsStringBuilder *b;
  guint32 next_source_position = 0, n_results;

  if (!functional)
    replace_value = str (js_to_string (J, replace_value));
  flags = get_flags (J, rx);
  global = string_has_unit (flags, 'g');
  if (global)
    {
      unicode = string_has_unit (flags, 'u') || string_has_unit (flags, 'v');
      set_last_index (J, rx, 0);
    }
  results = js_array_new (J, 0);
  for (;;)
    {
      JsValue result = regexp_exec (J, rx, s);
      if (js_is_null (result))
        break;
      js_array_push (J, results, result);
      if (!global)
        break;
      advance_after_empty (J, rx, result, s, unicode);
    }

  b = js_string_builder_new (J);
  n_results = js_array_length (results);
  for (guint32 r = 0; r < n_results; r++)
    {
      JsValue result = results->u.array.elements[r], named;
      double n_captures = MAX (js_length_of_array_like (J, result) - 1, 0), position;
      JsString *matched = js_to_string (J, js_get_index (J, result, 0)), *replacement;
      JsObject *captures = js_array_new (J, 0);

      position = js_to_integer_or_infinity (J, js_get (J, result, JS_KEY (J, index)));
      position = CLAMP (position, 0, (double) s->length);
      for (guint32 n = 1; n <= n_captures; n++)
        {
          JsValue cap = js_get_index (J, result, n);
          if (!js_is_undefined (cap))
            cap = str (js_to_string (J, cap));
          js_array_push (J, captures, cap);
        }
      named = js_get_utf8 (J, result, "groups");
      if (functional)
        {
          guint32 nc = js_array_length (captures);
          guint32 argc2 = nc + 3 + (js_is_undefined (named) ? 0 : 1);
          JsValue *args = g_newa (JsValue, argc2);
          args[0] = str (matched);
          for (guint32 i = 0; i < nc; i++)
            args[1 + i] = captures->u.array.elements[i];
          args[nc + 1] = js_number (position);
          args[nc + 2] = str (s);
          if (!js_is_undefined (named))
            args[nc + 3] = named;
          replacement = js_to_string (J, js_call (J, replace_value, JS_UNDEFINED, (int) argc2, args));
        }
      else
        {
          if (!js_is_undefined (named))
            named = js_object_value (js_to_object (J, named));
          replacement = js_get_substitution (J, matched, s, (guint32) position, captures, named,
                                             js_get_string (replace_value));
        }
      if (position >= next_source_position)
        {
          js_string_builder_append_units (J, b, s->chars + next_source_position, (gsize) position - next_source_position);
          js_string_builder_append (J, b, replacement);
          next_source_position = (guint32) MIN (position + matched->length, (double) s->length);
        }
    }
  if (next_source_position < s->length)
    js_string_builder_append_units (J, b, s->chars + next_source_position, s->length - next_source_position);
  return str (js_string_builder_finish (J, b));
}

/* RegExp.prototype [ @@search ] (22.2.6.12) */
NATIVE (regexp_proto_search)
{
  JsObject *rx = require_object (J, this_value, "@@search");
  JsString *s = js_to_string (J, ARG (0));
  JsValue previous = js_get (J, this_value, JS_KEY (J, lastIndex)), current, result;

  if (!js_same_value (previous, js_number (0)))
    set_last_index (J, rx, 0);
  result = regexp_exec (J, rx, s);
  current = js_get (J, this_value, JS_KEY (J, lastIndex));
  if (!js_same_value (current, previous))
    js_set (J, this_value, JS_KEY (J, lastIndex), previous, TRUE);
  if (js_is_null (result))
    return js_number (-1);
  return js_get (J, result, JS_KEY (J, index));
}

/* RegExp.prototype [ @@split ] (22.2.6.14) */
NATIVE (regexp_proto_split)
{
  JsObject *rx = require_object (J, this_value, "@@split");
  JsString *s = js_to_string (J, ARG (0)), *flags;
  JsValue c = species_constructor (J, rx), args[2], splitter_value, limit = ARG (1);
  JsObject *splitter, *a = js_array_new (J, 0);
  gboolean unicode;
  guint32 lim, p = 0, q;

  flags = get_flags (J, rx);
  unicode = string_has_unit (flags, 'u') || string_has_unit (flags, 'v');
  if (!string_has_unit (flags, 'y'))
    flags = js_string_concat (J, flags, js_string_from_char_code (J, 'y'));
  args[0] = js_object_value (rx);
  args[1] = str (flags);
  splitter_value = js_construct (J, c, 2, args, c);
  splitter = js_get_object (splitter_value);
  lim = js_is_undefined (limit) ? G_MAXUINT32 : js_to_uint32 (J, limit);
  if (lim == 0)
    return js_object_value (a);
  if (s->length == 0)
    {
      if (js_is_null (regexp_exec (J, splitter, s)))
        js_array_push (J, a, str (s));
      return js_object_value (a);
    }
  q = p;
  while (q < s->length)
    {
      JsValue z;
      set_last_index (J, splitter, q);
      z = regexp_exec (J, splitter, s);
      if (js_is_null (z))
        q = (guint32) advance_string_index (s, q, unicode);
      else
        {
          double e = MIN (js_to_length (J, js_get (J, splitter_value, JS_KEY (J, lastIndex))), (double) s->length);
          double n_captures;
          if ((guint32) e == p)
            {
              q = (guint32) advance_string_index (s, q, unicode);
              continue;
            }
          js_array_push (J, a, str (js_string_substring (J, s, p, q)));
          if (js_array_length (a) == lim)
            return js_object_value (a);
          p = (guint32) e;
          n_captures = MAX (js_length_of_array_like (J, z) - 1, 0);
          for (guint32 i = 1; i <= n_captures; i++)
            {
              js_array_push (J, a, js_get_index (J, z, i));
              if (js_array_length (a) == lim)
                return js_object_value (a);
            }
          q = p;
        }
    }
  js_array_push (J, a, str (js_string_substring (J, s, p, s->length)));
  return js_object_value (a);
}

/* The RegExp String Iterator (22.2.9): u.iter.target is the matcher,
 * u.iter.extra the string, u.iter.index the global and unicode bits. */
enum { ITER_GLOBAL = 1, ITER_UNICODE = 2 };
#define REGEXP_ITERATOR_KIND 0x80

NATIVE (regexp_proto_match_all)
{
  JsObject *r = require_object (J, this_value, "@@matchAll");
  JsString *s = js_to_string (J, ARG (0)), *flags;
  JsValue c = species_constructor (J, r), args[2], matcher;
  double last_index;
  JsObject *it;

  flags = get_flags (J, r);
  args[0] = this_value;
  args[1] = str (flags);
  matcher = js_construct (J, c, 2, args, c);
  last_index = js_to_length (J, js_get (J, this_value, JS_KEY (J, lastIndex)));
  js_set (J, matcher, JS_KEY (J, lastIndex), js_number (last_index), TRUE);
  it = js_object_new_class (J, JS_CLASS_ITERATOR, JS_INTRINSIC (J, RegExpStringIteratorPrototype));
  it->u.iter.kind = REGEXP_ITERATOR_KIND;
  it->u.iter.target = matcher;
  it->u.iter.extra = str (s);
  it->u.iter.index = (string_has_unit (flags, 'g') ? ITER_GLOBAL : 0) |
                     (string_has_unit (flags, 'u') || string_has_unit (flags, 'v') ? ITER_UNICODE : 0);
  it->u.iter.done = FALSE;
  return js_object_value (it);
}

/* %RegExpStringIteratorPrototype%.next (22.2.9.2.1) */
NATIVE (regexp_string_iterator_next)
{
  JsObject *it;
  JsValue match;

  if (!js_is_object (this_value) || js_get_object (this_value)->class_id != JS_CLASS_ITERATOR ||
      js_get_object (this_value)->u.iter.kind != REGEXP_ITERATOR_KIND)
    js_throw_error_with_value (J, JS_TYPE_ERROR,
                               "Method RegExp String Iterator.prototype.next called on incompatible receiver %s",
                               this_value, JS_DESCRIBE_PLAIN);
  it = js_get_object (this_value);
  if (it->u.iter.done)
    return js_iter_result (J, JS_UNDEFINED, TRUE);
  match = regexp_exec (J, js_get_object (it->u.iter.target), js_get_string (it->u.iter.extra));
  if (js_is_null (match))
    {
      it->u.iter.done = TRUE;
      return js_iter_result (J, JS_UNDEFINED, TRUE);
    }
  if (it->u.iter.index & ITER_GLOBAL)
    advance_after_empty (J, js_get_object (it->u.iter.target), match, js_get_string (it->u.iter.extra),
                         (it->u.iter.index & ITER_UNICODE) != 0);
  else
    it->u.iter.done = TRUE;
  return js_iter_result (J, match, FALSE);
}

void
js_builtin_regexp_init (JsState *J)
{
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "RegExp", 2, regexp_constructor, proto);
  JsObject *iter_proto;

  JS_INTRINSIC (J, RegExpPrototype) = proto;
  JS_INTRINSIC (J, RegExp) = ctor;
  js_define_value_utf8 (J, J->global, "RegExp", js_object_value (ctor), JS_PROP_HIDDEN);
  init_legacy_statics (J, ctor);
  js_define_species_getter (J, ctor);

  js_define_method (J, proto, "exec", regexp_proto_exec, 1);
  js_define_getter (J, proto, "dotAll", regexp_proto_dot_all);
  js_define_getter (J, proto, "flags", regexp_proto_flags);
  js_define_getter (J, proto, "global", regexp_proto_global);
  js_define_getter (J, proto, "hasIndices", regexp_proto_has_indices);
  js_define_getter (J, proto, "ignoreCase", regexp_proto_ignore_case);
  js_define_getter (J, proto, "multiline", regexp_proto_multiline);
  js_define_getter (J, proto, "source", regexp_proto_source);
  js_define_getter (J, proto, "sticky", regexp_proto_sticky);
  js_define_getter (J, proto, "unicode", regexp_proto_unicode);
  js_define_method (J, proto, "compile", regexp_proto_compile, 2);
  js_define_method (J, proto, "toString", regexp_proto_to_string, 0);
  js_define_method (J, proto, "test", regexp_proto_test, 1);
  js_define_getter (J, proto, "unicodeSets", regexp_proto_unicode_sets);
  js_define_method_key (J, proto, JS_SYMBOL_KEY (J, match), "[Symbol.match]", regexp_proto_match, 1);
  js_define_method_key (J, proto, JS_SYMBOL_KEY (J, matchAll), "[Symbol.matchAll]", regexp_proto_match_all, 1);
  js_define_method_key (J, proto, JS_SYMBOL_KEY (J, replace), "[Symbol.replace]", regexp_proto_replace, 2);
  js_define_method_key (J, proto, JS_SYMBOL_KEY (J, search), "[Symbol.search]", regexp_proto_search, 1);
  js_define_method_key (J, proto, JS_SYMBOL_KEY (J, split), "[Symbol.split]", regexp_proto_split, 2);

  iter_proto = js_object_new (J, JS_INTRINSIC (J, IteratorPrototype));
  js_define_method (J, iter_proto, "next", regexp_string_iterator_next, 0);
  js_define_value (J, iter_proto, JS_SYMBOL_KEY (J, toStringTag),
                   str (js_string_new_utf8 (J, "RegExp String Iterator", -1)), JS_PROP_CONFIGURABLE);
  JS_INTRINSIC (J, RegExpStringIteratorPrototype) = iter_proto;
}
