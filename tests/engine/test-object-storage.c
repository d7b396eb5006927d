/* test-object-storage.c: how objects are laid out in memory — allocations
 * sized by class, inline property tables that move out when they grow, the
 * hash index after a large table, and accessor pairs — checked through the
 * internal methods, across collections. */
#include "js-internal.h"

static JsValue
key (JsState *J, const char *name)
{
  return js_key_from_utf8 (J, name);
}

static JsValue
numbered_key (JsState *J, int i)
{
  char name[16];

  g_snprintf (name, sizeof name, "k%d", i);
  return key (J, name);
}

static void
test_sizes (void)
{
  JsState *J = js_state_new_core (NULL);
  gsize head = G_STRUCT_OFFSET (JsObject, u);
  JsObject *plain = js_plain_object_new (J);
  JsObject *literal = js_object_new_sized (J, JS_CLASS_OBJECT, NULL, 2);
  JsObject *array = js_array_new (J, 0);
  JsObject *wide = js_object_new_sized (J, JS_CLASS_OBJECT, NULL, 100);

  g_assert_cmpuint (sizeof (JsProperty), ==, 24);
  g_assert_cmpuint (plain->gc.gc_size, ==, head);
  g_assert_null (plain->props);
  g_assert_cmpuint (literal->gc.gc_size, ==, head + 2 * sizeof (JsProperty));
  g_assert_true ((char *) literal->props == (char *) literal + head);
  g_assert_cmpuint (array->gc.gc_size, ==, head + sizeof array->u.array);
  /* The inline table stops where a hash index would start to pay. */
  g_assert_cmpuint (wide->cap_props, ==, 8);
  /* The browser's global changes class later: it has room for any. */
  g_assert_cmpuint (J->global->gc.gc_size, >=, sizeof (JsObject));
  js_state_free (J);
}

static void
test_inline_table_grows (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *obj = js_object_new_sized (J, JS_CLASS_OBJECT, NULL, 2);
  JsValue root = js_object_value (obj);
  JsProperty *inline_props = obj->props;
  guint32 n_keys;
  g_autofree JsValue *keys = NULL;

  js_gc_add_root (J, &root);
  js_define_value (J, obj, key (J, "x"), js_number (1), JS_PROP_DEFAULT);
  js_define_value (J, obj, key (J, "y"), js_number (2), JS_PROP_DEFAULT);
  g_assert_true (obj->props == inline_props);
  /* Past the inline slots, past SMALL_PROPS (a hash index), and on. */
  for (int i = 0; i < 40; i++)
    js_define_value (J, obj, numbered_key (J, i), js_number (i), JS_PROP_DEFAULT);
  g_assert_false (obj->props == inline_props);
  for (int i = 0; i < 40; i += 2)
    g_assert_true (js_delete_property (J, obj, numbered_key (J, i)));
  js_gc_collect (J);

  g_assert_cmpfloat (js_get_number (js_get (J, root, key (J, "x"))), ==, 1);
  g_assert_cmpfloat (js_get_number (js_get (J, root, key (J, "y"))), ==, 2);
  for (int i = 0; i < 40; i++)
    {
      JsValue v = js_get (J, root, numbered_key (J, i));
      if (i % 2 == 0)
        g_assert_true (js_is_undefined (v));
      else
        g_assert_cmpfloat (js_get_number (v), ==, i);
    }
  keys = js_own_property_keys (J, obj, JS_KEYS_STRINGS, &n_keys);
  g_assert_cmpuint (n_keys, ==, 22);
  g_assert_true (js_value_identical (keys[0], key (J, "x")));
  g_assert_true (js_value_identical (keys[2], numbered_key (J, 1)));
  g_assert_true (js_value_identical (keys[21], numbered_key (J, 39)));
  js_gc_remove_root (J, &root);
  js_state_free (J);
}

static void
test_deleting_everything_inline (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *obj = js_object_new_sized (J, JS_CLASS_OBJECT, NULL, 3);
  JsProperty *inline_props = obj->props;

  for (int round = 0; round < 3; round++)
    {
      for (int i = 0; i < 3; i++)
        js_define_value (J, obj, numbered_key (J, i), js_number (round), JS_PROP_DEFAULT);
      for (int i = 0; i < 3; i++)
        g_assert_true (js_delete_property (J, obj, numbered_key (J, i)));
    }
  /* The tombstones were reclaimed in place: the table never moved out. */
  g_assert_true (obj->props == inline_props);
  g_assert_cmpuint (obj->n_props, ==, 0);
  js_state_free (J);
}

static void
test_accessor_pairs (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *obj = js_object_new_sized (J, JS_CLASS_OBJECT, NULL, 1);
  JsValue root = js_object_value (obj);
  JsObject *getter = js_object_new_class (J, JS_CLASS_OBJECT, NULL);
  JsObject *setter;
  JsValue getter_root = js_object_value (getter);
  JsValue setter_root = JS_UNDEFINED;
  JsPropertyDescriptor desc;
  JsPropertyDescriptor only_set = { 0, JS_DESC_HAS_SET, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };
  JsPropertyDescriptor to_data = { JS_PROP_WRITABLE, JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE,
                                   JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };

  js_gc_add_root (J, &root);
  js_gc_add_root (J, &getter_root);
  js_define_accessor (J, obj, key (J, "a"), js_object_value (getter), JS_UNDEFINED, JS_PROP_CONFIGURABLE);
  js_gc_remove_root (J, &getter_root);
  js_gc_collect (J);   /* the pair keeps the getter alive */
  g_assert_true (js_get_own_property (J, obj, key (J, "a"), &desc));
  g_assert_true (js_value_identical (desc.getter, js_object_value (getter)));
  g_assert_true (js_is_undefined (desc.setter));

  /* Changing only the setter keeps the getter.  The setter is rooted
   * until it is stored: defining may collect under GC stress. */
  setter = js_object_new_class (J, JS_CLASS_OBJECT, NULL);
  setter_root = js_object_value (setter);
  js_gc_add_root (J, &setter_root);
  only_set.setter = js_object_value (setter);
  g_assert_true (js_define_own_property (J, obj, key (J, "a"), &only_set, FALSE));
  js_gc_remove_root (J, &setter_root);
  js_gc_collect (J);
  g_assert_true (js_get_own_property (J, obj, key (J, "a"), &desc));
  g_assert_true (js_value_identical (desc.getter, js_object_value (getter)));
  g_assert_true (js_value_identical (desc.setter, js_object_value (setter)));

  /* Accessor to data and back: a fresh pair, both halves undefined but the
   * one given (the setter, only in `only_set` meanwhile, is rooted). */
  js_gc_add_root (J, &setter_root);
  to_data.value = js_number (7);
  g_assert_true (js_define_own_property (J, obj, key (J, "a"), &to_data, FALSE));
  g_assert_cmpfloat (js_get_number (js_get (J, root, key (J, "a"))), ==, 7);
  g_assert_true (js_define_own_property (J, obj, key (J, "a"), &only_set, FALSE));
  g_assert_true (js_get_own_property (J, obj, key (J, "a"), &desc));
  g_assert_true (js_is_undefined (desc.getter));
  g_assert_true (js_value_identical (desc.setter, js_object_value (setter)));
  g_assert_cmpuint (desc.flags & JS_PROP_ACCESSOR, !=, 0);
  js_gc_remove_root (J, &setter_root);
  js_gc_remove_root (J, &root);
  js_state_free (J);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/object-storage/sizes", test_sizes);
  g_test_add_func ("/engine/object-storage/inline-table-grows", test_inline_table_grows);
  g_test_add_func ("/engine/object-storage/deleting-everything-inline", test_deleting_everything_inline);
  g_test_add_func ("/engine/object-storage/accessor-pairs", test_accessor_pairs);
  return g_test_run ();
}
