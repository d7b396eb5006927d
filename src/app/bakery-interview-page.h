/* bakery-interview-page.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_INTERVIEW_PAGE (bakery_interview_page_get_type())

G_DECLARE_FINAL_TYPE (BakeryInterviewPage, bakery_interview_page, BAKERY, INTERVIEW_PAGE, GtkWidget)

GtkWidget  *bakery_interview_page_new               (void);
void        bakery_interview_page_set_study         (BakeryInterviewPage *self,
                                                     BakeryStudy         *study);
void        bakery_interview_page_start             (BakeryInterviewPage *self,
                                                     guint                n_questions,
                                                     guint                seconds);
const char *bakery_interview_page_get_current_id    (BakeryInterviewPage *self);
guint       bakery_interview_page_get_seconds_left  (BakeryInterviewPage *self);
gboolean    bakery_interview_page_get_revealed      (BakeryInterviewPage *self);
void        bakery_interview_page_reveal            (BakeryInterviewPage *self);
void        bakery_interview_page_grade             (BakeryInterviewPage *self,
                                                     BakeryGrade          grade);
void        bakery_interview_page_tick              (BakeryInterviewPage *self);
gboolean    bakery_interview_page_is_finished       (BakeryInterviewPage *self);
GStrv       bakery_interview_page_dup_to_review     (BakeryInterviewPage *self);

G_END_DECLS
