/* test-cli-export.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

/* loop-bakery-run --export-png/--export-svg/--export-pdf: the headless
 * pictures have the requested size and steps.
 *
 *   test-cli-export PATH-TO-loop-bakery-run
 */

static const char *cli;

static const char script[] =
  "console.log('start');\n"
  "setTimeout(() => console.log('timeout'), 0);\n"
  "Promise.resolve().then(() => console.log('promise'));\n"
  "console.log('end');\n";

typedef struct {
  char *dir;
  char *script;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-cli-export-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->script = g_build_filename (fixture->dir, "order.js", NULL);
  g_file_set_contents (fixture->script, script, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->script);
}

/* Runs the CLI with @args and the script; returns its exit status. */
static int
run_cli (Fixture     *fixture,
         const char **args,
         char       **out,
         char       **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ignored_out = NULL;
  g_autofree char *ignored_err = NULL;
  int status = 0;

  /* Captured even when unused: the TAP stream is ours. */
  out = out != NULL ? out : &ignored_out;
  err = err != NULL ? err : &ignored_err;
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, fixture->script);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  cairo_surface_destroy (surface);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_png_steps (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "png", NULL);
  g_autofree char *option = g_strconcat ("--export-png=", dir, NULL);
  g_autofree char *first = g_build_filename (dir, "step-0000.png", NULL);
  g_autofree char *fifth = g_build_filename (dir, "step-0005.png", NULL);
  g_autofree char *out = NULL;
  const char *args[] = { option, "--steps=0,5", "--size=640x400", "--theme=dark", NULL };

  g_assert_cmpint (run_cli (fixture, args, &out, NULL), ==, 0);
  /* The program's own output is still printed. */
  g_assert_cmpstr (out, ==, "start\nend\npromise\ntimeout\n");

  g_assert_cmpuint (count_files (dir), ==, 2);
  assert_png_size (first, 640, 400);
  assert_png_size (fifth, 640, 400);
}

static void
test_png_every_step (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "all", NULL);
  g_autofree char *option = g_strconcat ("--export-png=", dir, NULL);
  g_autofree char *first = g_build_filename (dir, "step-0000.png", NULL);
  g_autofree char *narration = NULL;
  g_auto(GStrv) lines = NULL;
  const char *args[] = { option, NULL };
  const char *narrate[] = { "--narrate", NULL };
  guint n_events = 0;

  g_assert_cmpint (run_cli (fixture, args, NULL, NULL), ==, 0);
  assert_png_size (first, 1280, 800);

  /* One picture per step, from before the first event to after the last:
   * the narration numbers the events (statements aside), the last one
   * is the number of events less one. */
  g_assert_cmpint (run_cli (fixture, narrate, &narration, NULL), ==, 0);
  lines = g_strsplit (g_strstrip (narration), "\n", -1);
  n_events = (guint) g_ascii_strtoull (lines[g_strv_length (lines) - 1] + 1, NULL, 10) + 1;
  g_assert_cmpuint (count_files (dir), ==, n_events + 1);
}

static void
test_svg_and_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *svg_dir = g_build_filename (fixture->dir, "svg", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "handout.pdf", NULL);
  g_autofree char *svg_option = g_strconcat ("--export-svg=", svg_dir, NULL);
  g_autofree char *pdf_option = g_strconcat ("--export-pdf=", pdf, NULL);
  g_autofree char *svg = g_build_filename (svg_dir, "step-0003.svg", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages = 0;
  const char *args[] = { svg_option, pdf_option, "--steps=1,3,end", NULL };

  g_assert_cmpint (run_cli (fixture, args, NULL, NULL), ==, 0);

  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  /* One page per requested step. */
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  /* The file has binary streams: compare bytes, not strings. */
  for (gsize i = 0; i + 12 <= length; i++)
    if (memcmp (contents + i, "/Type /Page", 11) == 0 && contents[i + 11] != 's')
      pages++;
  g_assert_cmpuint (pages, ==, 3);
}

static void
test_bad_options (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (fixture->dir, "bad", NULL);
  g_autofree char *option = g_strconcat ("--export-png=", dir, NULL);
  const char *past_end[] = { option, "--step=100000", NULL };
  const char *bad_size[] = { option, "--size=big", NULL };
  const char *bad_theme[] = { option, "--theme=sepia", NULL };
  const char *both[] = { option, "--step=1", "--steps=2", NULL };
  const char **cases[] = { past_end, bad_size, bad_theme, both };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (fixture, cases[i], NULL, &err), !=, 0);
      g_assert_true (g_str_has_prefix (err, "loop-bakery: "));
    }
  g_assert_cmpuint (count_files (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-loop-bakery-run\n", argv[0]);
      return 2;
    }
  cli = argv[1];

  g_test_add ("/app/cli-export/png-steps", Fixture, NULL, fixture_set_up, test_png_steps, fixture_tear_down);
  g_test_add ("/app/cli-export/png-every-step", Fixture, NULL, fixture_set_up, test_png_every_step, fixture_tear_down);
  g_test_add ("/app/cli-export/svg-and-pdf", Fixture, NULL, fixture_set_up, test_svg_and_pdf, fixture_tear_down);
  g_test_add ("/app/cli-export/bad-options", Fixture, NULL, fixture_set_up, test_bad_options, fixture_tear_down);

  return g_test_run ();
}
