/* bakery-progress-page.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_PROGRESS_PAGE (bakery_progress_page_get_type())

G_DECLARE_FINAL_TYPE (BakeryProgressPage, bakery_progress_page, BAKERY, PROGRESS_PAGE, GtkWidget)

GtkWidget  *bakery_progress_page_new           (void);
void        bakery_progress_page_set_study     (BakeryProgressPage *self,
                                                BakeryStudy        *study);
void        bakery_progress_page_refresh       (BakeryProgressPage *self);
guint       bakery_progress_page_get_chart_total (BakeryProgressPage *self);
const char *bakery_progress_page_get_streak_text (BakeryProgressPage *self);

G_END_DECLS
