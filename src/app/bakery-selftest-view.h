/* bakery-selftest-view.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bakery-flashcards-page.h"
#include "bakery-interview-page.h"
#include "bakery-progress-page.h"
#include "bakery-quiz-page.h"
#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_SELFTEST_VIEW (bakery_selftest_view_get_type())

G_DECLARE_FINAL_TYPE (BakerySelftestView, bakery_selftest_view, BAKERY, SELFTEST_VIEW, GtkWidget)

GtkWidget            *bakery_selftest_view_new                 (void);
void                  bakery_selftest_view_set_study           (BakerySelftestView *self,
                                                                BakeryStudy        *study);
const char           *bakery_selftest_view_get_page            (BakerySelftestView *self);
void                  bakery_selftest_view_set_page            (BakerySelftestView *self,
                                                                const char         *page);
BakeryQuizPage       *bakery_selftest_view_get_quiz_page       (BakerySelftestView *self);
BakeryFlashcardsPage *bakery_selftest_view_get_flashcards_page (BakerySelftestView *self);
BakeryInterviewPage  *bakery_selftest_view_get_interview_page  (BakerySelftestView *self);
BakeryProgressPage   *bakery_selftest_view_get_progress_page   (BakerySelftestView *self);

G_END_DECLS
