/* bakery-window.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-application.h"
#include "bakery-bakery-view.h"
#include "bakery-editor.h"
#include "bakery-selftest-view.h"
#include "bakery-study-view.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_WINDOW (bakery_window_get_type())

G_DECLARE_FINAL_TYPE (BakeryWindow, bakery_window, BAKERY, WINDOW, AdwApplicationWindow)

BakeryWindow *bakery_window_new              (BakeryApplication    *application);
gboolean      bakery_window_is_valid_view    (const char           *view);
const char   *bakery_window_get_view         (BakeryWindow         *self);
void          bakery_window_set_view         (BakeryWindow         *self,
                                              const char           *view);
gboolean      bakery_window_get_presenting   (BakeryWindow         *self);
void          bakery_window_set_presenting   (BakeryWindow         *self,
                                              gboolean              presenting);
GFile        *bakery_window_get_file         (BakeryWindow         *self);
gboolean      bakery_window_get_modified     (BakeryWindow         *self);
gboolean      bakery_window_is_pristine      (BakeryWindow         *self);
BakeryEditor *bakery_window_get_editor       (BakeryWindow         *self);
void          bakery_window_open             (BakeryWindow         *self,
                                              GFile                *file);
void          bakery_window_open_scenario    (BakeryWindow         *self,
                                              const char           *scenario_id);
void          bakery_window_predict_scenario (BakeryWindow         *self,
                                              const char           *scenario_id);
void          bakery_window_replay_output    (BakeryWindow         *self,
                                              const char           *scenario_id,
                                              guint                 line);
BakeryStudyView    *bakery_window_get_study_view    (BakeryWindow  *self);
BakerySelftestView *bakery_window_get_selftest_view (BakeryWindow  *self);
BakeryBakeryView   *bakery_window_get_bakery_view   (BakeryWindow  *self);
void          bakery_window_load_async       (BakeryWindow         *self,
                                              GFile                *file,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean      bakery_window_load_finish      (BakeryWindow         *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void          bakery_window_save_to_async    (BakeryWindow         *self,
                                              GFile                *file,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean      bakery_window_save_to_finish   (BakeryWindow         *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
