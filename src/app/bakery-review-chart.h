/* bakery-review-chart.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BAKERY_TYPE_REVIEW_CHART (bakery_review_chart_get_type())

G_DECLARE_FINAL_TYPE (BakeryReviewChart, bakery_review_chart, BAKERY, REVIEW_CHART, GtkWidget)

GtkWidget *bakery_review_chart_new        (void);
void       bakery_review_chart_set_counts (BakeryReviewChart *self,
                                           const guint       *counts,
                                           guint              n_counts);
guint      bakery_review_chart_get_total  (BakeryReviewChart *self);

G_END_DECLS
