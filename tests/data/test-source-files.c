/* test-source-files.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib.h>

/* Checks on the source tree that no build step makes: builder files are
 * well-formed XML, and po/POTFILES.in names every file with translatable
 * strings (xgettext only reads the files it is given), and only those.
 */

static void
collect_files (const char *top,
               const char *relative,
               const char *suffix,
               GPtrArray  *out)
{
  g_autofree char *path = g_build_filename (top, relative, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  const char *name;

  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = g_build_filename (top, child, NULL);

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        collect_files (top, child, suffix, out);
      else if (g_str_has_suffix (name, suffix))
        g_ptr_array_add (out, g_steal_pointer (&child));
    }
}

static char *
read_source_file (const char *relative)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static gboolean
is_identifier_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Whether @text calls _(), N_() or C_(), rather than a function whose name
 * merely ends in an underscore.
 */
static gboolean
has_gettext_call (const char *text)
{
  for (const char *p = strstr (text, "_("); p != NULL; p = strstr (p + 1, "_("))
    {
      const char *start = p;

      if (start > text && (start[-1] == 'N' || start[-1] == 'C'))
        start--;

      if (start == text || !is_identifier_char (start[-1]))
        return TRUE;
    }

  return FALSE;
}

static GPtrArray *
read_potfiles (void)
{
  g_autofree char *contents = read_source_file ("po/POTFILES.in");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *potfiles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (line[0] != '\0' && line[0] != '#')
        g_ptr_array_add (potfiles, g_strdup (line));
    }

  return potfiles;
}

static gboolean
potfiles_contains (GPtrArray  *potfiles,
                   const char *relative)
{
  return g_ptr_array_find_with_equal_func (potfiles, relative, g_str_equal, NULL);
}

static void
test_ui_well_formed (void)
{
  static const GMarkupParser parser = { NULL };
  const char *top = g_test_get_dir (G_TEST_DIST);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  collect_files (top, "ui", ".ui", files);
  g_assert_cmpuint (files->len, >, 0);

  for (guint i = 0; i < files->len; i++)
    {
      const char *relative = g_ptr_array_index (files, i);
      g_autofree char *contents = read_source_file (relative);
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("Parsing %s", relative);

      context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, NULL, NULL);
      if (g_markup_parse_context_parse (context, contents, -1, &error))
        g_markup_parse_context_end_parse (context, &error);
      g_assert_no_error (error);
    }
}

static void
test_potfiles_complete (void)
{
  const char *top = g_test_get_dir (G_TEST_DIST);
  g_autoptr(GPtrArray) potfiles = read_potfiles ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) builder_files = g_ptr_array_new_with_free_func (g_free);

  collect_files (top, "src", ".c", sources);
  collect_files (top, "src", ".h", sources);
  collect_files (top, "ui", ".ui", builder_files);

  for (guint i = 0; i < sources->len; i++)
    {
      const char *relative = g_ptr_array_index (sources, i);
      g_autofree char *contents = read_source_file (relative);

      if (has_gettext_call (contents) && !potfiles_contains (potfiles, relative))
        g_error ("%s has translatable strings but is not in po/POTFILES.in", relative);
    }

  for (guint i = 0; i < builder_files->len; i++)
    {
      const char *relative = g_ptr_array_index (builder_files, i);
      g_autofree char *contents = read_source_file (relative);

      if (strstr (contents, "translatable=\"yes\"") && !potfiles_contains (potfiles, relative))
        g_error ("%s has translatable strings but is not in po/POTFILES.in", relative);
    }
}

static void
test_potfiles_exist (void)
{
  g_autoptr(GPtrArray) potfiles = read_potfiles ();

  g_assert_cmpuint (potfiles->len, >, 0);

  for (guint i = 0; i < potfiles->len; i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, g_ptr_array_index (potfiles, i), NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("po/POTFILES.in lists %s, which does not exist", (char *)g_ptr_array_index (potfiles, i));
    }
}

static void
test_potfiles_sorted (void)
{
  g_autoptr(GPtrArray) potfiles = read_potfiles ();

  for (guint i = 1; i < potfiles->len; i++)
    {
      const char *previous = g_ptr_array_index (potfiles, i - 1);
      const char *current = g_ptr_array_index (potfiles, i);

      if (strcmp (previous, current) >= 0)
        g_error ("po/POTFILES.in is not sorted: %s comes after %s", current, previous);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/ui/well-formed", test_ui_well_formed);
  g_test_add_func ("/data/po/potfiles-complete", test_potfiles_complete);
  g_test_add_func ("/data/po/potfiles-exist", test_potfiles_exist);
  g_test_add_func ("/data/po/potfiles-sorted", test_potfiles_sorted);

  return g_test_run ();
}
