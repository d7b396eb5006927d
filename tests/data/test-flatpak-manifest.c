/* test-flatpak-manifest.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>

static JsonObject *
load_manifest (JsonParser **parser)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  path = g_test_build_filename (G_TEST_DIST, "flatpak", APP_ID ".json", NULL);

  *parser = json_parser_new ();
  json_parser_load_from_file (*parser, path, &error);
  g_assert_no_error (error);

  root = json_parser_get_root (*parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

static void
test_manifest_app (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  const char *id;

  /* flatpak-builder takes "id" or the older "app-id". */
  id = json_object_get_string_member_with_default (manifest, "id", NULL);
  if (id == NULL)
    id = json_object_get_string_member_with_default (manifest, "app-id", NULL);

  g_assert_cmpstr (id, ==, APP_ID);
  g_assert_cmpstr (json_object_get_string_member (manifest, "command"), ==, "loop-bakery");
  g_assert_cmpstr (json_object_get_string_member (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_true (json_object_has_member (manifest, "runtime-version"));
}

static void
test_manifest_finish_args (void)
{
  static const char * const expected[] = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
  };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  JsonObject *manifest = load_manifest (&parser);
  JsonArray *finish_args;

  finish_args = json_object_get_array_member (manifest, "finish-args");
  g_assert_nonnull (finish_args);

  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    g_ptr_array_add (args, (gpointer)json_array_get_string_element (finish_args, i));
  g_ptr_array_add (args, NULL);

  /* Exactly these permissions, in any order, and nothing else: as many
   * arguments as expected, each expected one among them.
   */
  g_assert_cmpuint (args->len - 1, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_strv_contains ((const char * const *)args->pdata, expected[i]));
}

static void
test_manifest_module (void)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *manifest = load_manifest (&parser);
  JsonObject *module = NULL;
  JsonObject *source;
  JsonArray *modules;
  JsonArray *sources;

  modules = json_object_get_array_member (manifest, "modules");
  g_assert_nonnull (modules);

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonNode *node = json_array_get_element (modules, i);

      /* Other modules may be given by file name, as strings. */
      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (node), "name", NULL),
                     "loop-bakery") == 0)
        module = json_node_get_object (node);
    }

  g_assert_nonnull (module);
  g_assert_cmpstr (json_object_get_string_member (module, "buildsystem"), ==, "meson");

  /* The app is built from the checkout the manifest lives in. */
  sources = json_object_get_array_member (module, "sources");
  g_assert_nonnull (sources);
  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  source = json_array_get_object_element (sources, 0);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
  g_assert_cmpstr (json_object_get_string_member (source, "path"), ==, "..");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/flatpak/app", test_manifest_app);
  g_test_add_func ("/data/flatpak/finish-args", test_manifest_finish_args);
  g_test_add_func ("/data/flatpak/module", test_manifest_module);

  return g_test_run ();
}
