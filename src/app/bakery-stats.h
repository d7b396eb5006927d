/* bakery-stats.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bakery-store.h"

G_BEGIN_DECLS

#define BAKERY_STATS_DAYS 30

typedef struct
{
  char  *topic;
  guint  correct;
  guint  total;
} BakeryTopicAccuracy;

guint      bakery_stats_streak          (GPtrArray   *reviews,
                                         GPtrArray   *quiz_results,
                                         GDateTime   *now);
void       bakery_stats_reviews_per_day (GPtrArray   *reviews,
                                         GDateTime   *now,
                                         guint        counts[BAKERY_STATS_DAYS]);
GPtrArray *bakery_stats_accuracy        (GPtrArray   *reviews,
                                         GPtrArray   *quiz_results,
                                         GHashTable  *card_topics,
                                         GHashTable  *scenario_topics);
gint64     bakery_stats_end_of_day      (GDateTime   *now);

G_END_DECLS
