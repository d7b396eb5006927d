/* bakery-study-view.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_STUDY_VIEW (bakery_study_view_get_type())

G_DECLARE_FINAL_TYPE (BakeryStudyView, bakery_study_view, BAKERY, STUDY_VIEW, GtkWidget)

GtkWidget  *bakery_study_view_new            (void);
void        bakery_study_view_set_study      (BakeryStudyView *self,
                                              BakeryStudy     *study);
void        bakery_study_view_set_section    (BakeryStudyView *self,
                                              const char      *section);
void        bakery_study_view_set_topic      (BakeryStudyView *self,
                                              const char      *topic);
void        bakery_study_view_set_search     (BakeryStudyView *self,
                                              const char      *text);
guint       bakery_study_view_count_visible  (BakeryStudyView *self,
                                              const char      *section);
gboolean    bakery_study_view_get_large_type (BakeryStudyView *self);
void        bakery_study_view_set_large_type (BakeryStudyView *self,
                                              gboolean         large_type);
void        bakery_study_view_focus_search   (BakeryStudyView *self);

/* Shared with the other study widgets. */
GStrv       _bakery_study_view_split_search     (const char          *text);
gboolean    _bakery_study_view_matches          (const char          *haystack,
                                                 const char * const  *words);
const char *_bakery_study_view_difficulty_label (const char          *difficulty);
void        _bakery_list_box_remove_rows        (GtkListBox          *list_box);
GtkWidget  *_bakery_scenario_button_new         (BakeryStudy         *study,
                                                 const char          *scenario_id,
                                                 const char          *action_name);
GtkWidget  *_bakery_wrapped_label_new           (const char          *text,
                                                 const char          *css_class);

G_END_DECLS
