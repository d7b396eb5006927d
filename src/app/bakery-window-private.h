/* bakery-window-private.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bakery-bakery-view.h"
#include "bakery-scenario-list.h"
#include "bakery-selftest-view.h"
#include "bakery-study.h"
#include "bakery-study-view.h"
#include "bakery-window.h"

G_BEGIN_DECLS

struct _BakeryWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  BakeryStudy          *study;

  /* Cancelled in dispose, so that no load or save outlives the window,
   * and freed in finalize.
   */
  GCancellable         *cancellable;

  /* The file the scenario was loaded from or saved to, or %NULL while it
   * is the built-in example or a new scenario.
   */
  GFile                *file;

  /* Bumped on every edit, so that a save that finishes after further
   * edits does not mark the buffer as unmodified.
   */
  guint                 change_serial;

  guint                 presenting : 1;
  guint                 close_confirmed : 1;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *stack;
  BakeryEditor         *editor;
  GtkLabel             *document_label;
  GtkLabel             *modified_label;
  GtkMenuButton        *library_button;
  GtkPopover           *library_popover;
  BakeryScenarioList   *library_list;
  BakeryStudyView      *study_view;
  BakerySelftestView   *selftest_view;
  BakeryBakeryView     *bakery_view;
  GtkWidget            *header_bar;
  GtkWidget            *document_bar;
  GtkWidget            *switcher_bar;
};

void      _bakery_window_class_actions_init     (BakeryWindowClass    *klass);
void      _bakery_window_set_file               (BakeryWindow         *self,
                                                 GFile                *file);
char     *_bakery_window_dup_display_name       (BakeryWindow         *self);
void      _bakery_window_show_error             (BakeryWindow         *self,
                                                 const char           *format,
                                                 ...) G_GNUC_PRINTF (2, 3);
void      _bakery_window_show_message           (BakeryWindow         *self,
                                                 const char           *message);
void      _bakery_window_confirm_discard_async  (BakeryWindow         *self,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean  _bakery_window_confirm_discard_finish (BakeryWindow         *self,
                                                 GAsyncResult         *result);

G_END_DECLS
