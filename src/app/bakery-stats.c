/* bakery-stats.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Numbers for the progress page, computed from the review log. Days are
 * the local calendar days of @now's time zone. No GTK here.
 */

#include "bakery-stats.h"

/* The local day of @time as a day number, so that days can be subtracted. */
static gint64
day_number (gint64     time,
            GTimeZone *zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));

  return g_date_get_julian (&date);
}

static gint64
today_number (GDateTime *now)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));

  return g_date_get_julian (&date);
}

gint64
bakery_stats_end_of_day (GDateTime *now)
{
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;

  midnight = g_date_time_new (g_date_time_get_timezone (now),
                              g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now),
                              0, 0, 0);
  next = g_date_time_add_days (midnight, 1);

  return g_date_time_to_unix (next) - 1;
}

/**
 * bakery_stats_streak:
 *
 * Returns: the number of consecutive days with at least one review or quiz
 *   answer, ending today — or yesterday, since today's may still come
 */
guint
bakery_stats_streak (GPtrArray *reviews,
                     GPtrArray *quiz_results,
                     GDateTime *now)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) storage = g_array_new (FALSE, FALSE, sizeof (gint64));
  GTimeZone *zone = g_date_time_get_timezone (now);
  gint64 today = today_number (now);
  gint64 day;
  guint streak = 0;

  g_array_set_size (storage, (reviews ? reviews->len : 0) + (quiz_results ? quiz_results->len : 0));

  for (guint i = 0; reviews && i < reviews->len; i++)
    {
      const BakeryReview *review = g_ptr_array_index (reviews, i);

      g_array_index (storage, gint64, i) = day_number (review->time, zone);
    }
  for (guint i = 0; quiz_results && i < quiz_results->len; i++)
    {
      const BakeryQuizResult *result = g_ptr_array_index (quiz_results, i);

      g_array_index (storage, gint64, (reviews ? reviews->len : 0) + i) = day_number (result->time, zone);
    }
  for (guint i = 0; i < storage->len; i++)
    g_hash_table_add (days, &g_array_index (storage, gint64, i));

  day = today;
  if (!g_hash_table_contains (days, &day))
    day--;

  while (g_hash_table_contains (days, &day))
    {
      streak++;
      day--;
    }

  return streak;
}

/**
 * bakery_stats_reviews_per_day:
 * @counts: (out caller-allocates): reviews per day; the last element is today
 */
void
bakery_stats_reviews_per_day (GPtrArray *reviews,
                              GDateTime *now,
                              guint      counts[BAKERY_STATS_DAYS])
{
  GTimeZone *zone = g_date_time_get_timezone (now);
  gint64 today = today_number (now);

  for (guint i = 0; i < BAKERY_STATS_DAYS; i++)
    counts[i] = 0;

  for (guint i = 0; reviews && i < reviews->len; i++)
    {
      const BakeryReview *review = g_ptr_array_index (reviews, i);
      gint64 age = today - day_number (review->time, zone);

      if (age >= 0 && age < BAKERY_STATS_DAYS)
        counts[BAKERY_STATS_DAYS - 1 - age]++;
    }
}

static void
accuracy_free (BakeryTopicAccuracy *accuracy)
{
  g_free (accuracy->topic);
  g_free (accuracy);
}

static BakeryTopicAccuracy *
ensure_topic (GPtrArray  *result,
              const char *topic)
{
  BakeryTopicAccuracy *accuracy;

  for (guint i = 0; i < result->len; i++)
    {
      accuracy = g_ptr_array_index (result, i);
      if (g_str_equal (accuracy->topic, topic))
        return accuracy;
    }

  accuracy = g_new0 (BakeryTopicAccuracy, 1);
  accuracy->topic = g_strdup (topic);
  g_ptr_array_add (result, accuracy);

  return accuracy;
}

/**
 * bakery_stats_accuracy:
 * @card_topics: card id → topic id
 * @scenario_topics: scenario id → topic id
 *
 * A review counts as right when graded Good or Easy, a quiz when the
 * prediction was right. Entries without a known topic are left out.
 *
 * Returns: (transfer full) (element-type BakeryTopicAccuracy): one entry per topic seen
 */
GPtrArray *
bakery_stats_accuracy (GPtrArray  *reviews,
                       GPtrArray  *quiz_results,
                       GHashTable *card_topics,
                       GHashTable *scenario_topics)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify)accuracy_free);

  for (guint i = 0; reviews && i < reviews->len; i++)
    {
      const BakeryReview *review = g_ptr_array_index (reviews, i);
      const char *topic = card_topics ? g_hash_table_lookup (card_topics, review->card_id) : NULL;
      BakeryTopicAccuracy *accuracy;

      if (topic == NULL)
        continue;

      accuracy = ensure_topic (result, topic);
      accuracy->total++;
      if (review->grade >= 3)
        accuracy->correct++;
    }

  for (guint i = 0; quiz_results && i < quiz_results->len; i++)
    {
      const BakeryQuizResult *quiz = g_ptr_array_index (quiz_results, i);
      const char *topic = scenario_topics ? g_hash_table_lookup (scenario_topics, quiz->scenario_id) : NULL;
      BakeryTopicAccuracy *accuracy;

      if (topic == NULL)
        continue;

      accuracy = ensure_topic (result, topic);
      accuracy->total++;
      if (quiz->correct)
        accuracy->correct++;
    }

  return result;
}
