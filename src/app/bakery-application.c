/* bakery-application.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-application"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "bakery-application.h"
#include "bakery-preferences-window.h"
#include "bakery-render.h"
#include "bakery-settings.h"
#include "bakery-window.h"

struct _BakeryApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (BakeryApplication, bakery_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show VIEW at start: bakery, study or selftest"), N_("VIEW") },
  { "present", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start presenting, in full screen"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE.js…]") },
  { NULL }
};

static const char * const color_scheme_nicks[] = { "follow", "light", "dark", NULL };
static const AdwColorScheme color_schemes[] = {
  ADW_COLOR_SCHEME_DEFAULT,
  ADW_COLOR_SCHEME_FORCE_LIGHT,
  ADW_COLOR_SCHEME_FORCE_DARK,
};

BakeryApplication *
bakery_application_new (void)
{
  return g_object_new (BAKERY_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       /* The default is derived from the application id,
                        * which differs in the development flavour.
                        */
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  guint position = bakery_settings_nick_to_position (variant, color_scheme_nicks);

  g_value_set_enum (value, color_schemes[position]);

  return TRUE;
}

static BakeryWindow *
bakery_application_create_window (BakeryApplication *self)
{
  BakeryWindow *window = bakery_window_new (self);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (window), "devel");

  return window;
}

/* The most recently focused scenario window, which is not necessarily the
 * active window: that may be the preferences or the about window.
 */
static BakeryWindow *
bakery_application_get_current_window (BakeryApplication *self)
{
  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self));
       iter != NULL;
       iter = iter->next)
    {
      if (BAKERY_IS_WINDOW (iter->data))
        return iter->data;
    }

  return NULL;
}

static BakeryWindow *
bakery_application_find_window_for_file (BakeryApplication *self,
                                         GFile             *file)
{
  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self));
       iter != NULL;
       iter = iter->next)
    {
      GFile *window_file;

      if (!BAKERY_IS_WINDOW (iter->data))
        continue;

      window_file = bakery_window_get_file (iter->data);

      if (window_file != NULL && g_file_equal (window_file, file))
        return iter->data;
    }

  return NULL;
}

/* Opens @file in the window that already shows it, in the current window
 * if that one still shows an untouched scenario, or else in a new window, so
 * that opening a file never asks about someone else's unsaved work.
 */
static BakeryWindow *
bakery_application_open_file (BakeryApplication *self,
                              GFile             *file)
{
  BakeryWindow *window;

  if ((window = bakery_application_find_window_for_file (self, file)))
    return window;

  window = bakery_application_get_current_window (self);

  if (window == NULL || !bakery_window_is_pristine (window))
    window = bakery_application_create_window (self);

  bakery_window_open (window, file);

  return window;
}

static void
bakery_application_activate (GApplication *app)
{
  BakeryApplication *self = (BakeryApplication *)app;
  BakeryWindow *window;

  g_assert (BAKERY_IS_APPLICATION (self));

  if (!(window = bakery_application_get_current_window (self)))
    window = bakery_application_create_window (self);

  gtk_window_present (GTK_WINDOW (window));
}

static void
bakery_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  BakeryApplication *self = (BakeryApplication *)app;

  g_assert (BAKERY_IS_APPLICATION (self));

  for (int i = 0; i < n_files; i++)
    gtk_window_present (GTK_WINDOW (bakery_application_open_file (self, files[i])));
}

static int
bakery_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  const char *view = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, VERSION);
      return EXIT_SUCCESS;
    }

  /* Checked here, in the calling process, so that the message is printed
   * in the terminal that typed it rather than by the primary instance.
   */
  if (g_variant_dict_lookup (options, "view", "&s", &view) &&
      !bakery_window_is_valid_view (view))
    {
      g_printerr (_("Unknown view “%s”: use bakery, study or selftest\n"), view);
      return EXIT_FAILURE;
    }

  return G_APPLICATION_CLASS (bakery_application_parent_class)->handle_local_options (app, options);
}

static int
bakery_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *command_line)
{
  BakeryApplication *self = (BakeryApplication *)app;
  g_autofree const char **filenames = NULL;
  BakeryWindow *window = NULL;
  GVariantDict *options;
  const char *view = NULL;

  g_assert (BAKERY_IS_APPLICATION (self));

  options = g_application_command_line_get_options_dict (command_line);

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &filenames))
    {
      for (guint i = 0; filenames[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, filenames[i]);

          window = bakery_application_open_file (self, file);
        }
    }

  if (window == NULL && !(window = bakery_application_get_current_window (self)))
    window = bakery_application_create_window (self);

  if (g_variant_dict_lookup (options, "view", "&s", &view))
    bakery_window_set_view (window, view);

  if (g_variant_dict_contains (options, "present"))
    bakery_window_set_presenting (window, TRUE);

  gtk_window_present (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

static void
bakery_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  BakeryApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (BAKERY_IS_APPLICATION (self));

  /* Close rather than quit, so that each window asks about its unsaved
   * changes; the application ends with its last window.
   */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (iter->data);
}

static void
bakery_application_new_window_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  BakeryApplication *self = user_data;

  g_assert (BAKERY_IS_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (bakery_application_create_window (self)));
}

static void
bakery_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  BakeryApplication *self = user_data;
  BakeryPreferencesWindow *preferences;

  g_assert (BAKERY_IS_APPLICATION (self));

  preferences = bakery_preferences_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (preferences),
                                GTK_WINDOW (bakery_application_get_current_window (self)));
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
bakery_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  static const char *developers[] = { "The Loop Bakery developers", NULL };
  BakeryApplication *self = user_data;
  GtkWidget *about;

  g_assert (BAKERY_IS_APPLICATION (self));

  about = adw_about_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (about),
                                GTK_WINDOW (bakery_application_get_current_window (self)));
  g_object_set (about,
                "application-name", _("Loop Bakery"),
                "application-icon", APP_ID,
                "version", VERSION,
                "developer-name", "The Loop Bakery developers",
                "developers", developers,
                "copyright", "© The Loop Bakery developers",
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", PACKAGE_URL,
                "issue-url", PACKAGE_BUGREPORT,
                /* Translators: Replace "translator-credits" with your name/year */
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "quit", bakery_application_quit_action },
  { "new-window", bakery_application_new_window_action },
  { "preferences", bakery_application_preferences_action },
  { "about", bakery_application_about_action },
};

static const struct {
  const char *action;
  const char *accels[2];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.view::bakery", { "<Alt>1", NULL } },
  { "win.view::study", { "<Alt>2", NULL } },
  { "win.view::selftest", { "<Alt>3", NULL } },
};

static void
bakery_application_startup (GApplication *app)
{
  BakeryApplication *self = (BakeryApplication *)app;

  g_assert (BAKERY_IS_APPLICATION (self));

  G_APPLICATION_CLASS (bakery_application_parent_class)->startup (app);

  gtk_source_init ();

  /* Once, now, rather than in the first run's first frame. */
  bakery_renderer_warm_up ();

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries,
                                   G_N_ELEMENTS (app_entries),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET,
                                color_scheme_get_mapping, NULL, NULL, NULL);
}

static void
bakery_application_shutdown (GApplication *app)
{
  BakeryApplication *self = (BakeryApplication *)app;

  g_assert (BAKERY_IS_APPLICATION (self));

  g_settings_unbind (adw_style_manager_get_default (), "color-scheme");
  g_clear_object (&self->settings);

  G_APPLICATION_CLASS (bakery_application_parent_class)->shutdown (app);
}

static void
bakery_application_class_init (BakeryApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = bakery_application_activate;
  app_class->open = bakery_application_open;
  app_class->command_line = bakery_application_command_line;
  app_class->handle_local_options = bakery_application_handle_local_options;
  app_class->startup = bakery_application_startup;
  app_class->shutdown = bakery_application_shutdown;
}

static void
bakery_application_init (BakeryApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}
