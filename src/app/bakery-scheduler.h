/* bakery-scheduler.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The four answers of a flashcard review, numbered as in FSRS. */
typedef enum
{
  BAKERY_GRADE_AGAIN = 1,
  BAKERY_GRADE_HARD  = 2,
  BAKERY_GRADE_GOOD  = 3,
  BAKERY_GRADE_EASY  = 4,
} BakeryGrade;

/* What the scheduler remembers about one card. Times are Unix seconds. */
typedef struct
{
  double stability;    /* days until recall probability falls to 90 %; 0 while new */
  double difficulty;   /* 1 (easy) … 10 (hard); 0 while new */
  gint64 due;          /* when to show the card again; 0 while new */
  gint64 last_review;  /* 0 while new */
  guint  reps;         /* reviews so far */
  guint  lapses;       /* "Again" answers after the first review */
} BakeryCardState;

/* The interval after "Again": the card comes back in the same session. */
#define BAKERY_SCHEDULER_RELEARN_SECONDS (10 * 60)
#define BAKERY_SCHEDULER_MAX_INTERVAL_DAYS 36500
#define BAKERY_SCHEDULER_DESIRED_RETENTION 0.9

gboolean bakery_grade_is_valid                (int                     grade);
void     bakery_card_state_init               (BakeryCardState        *state);
gboolean bakery_card_state_is_new             (const BakeryCardState  *state);
gboolean bakery_card_state_is_due             (const BakeryCardState  *state,
                                               gint64                  now);
double   bakery_scheduler_retrievability      (const BakeryCardState  *state,
                                               gint64                  now);
double   bakery_scheduler_initial_stability   (BakeryGrade             grade);
double   bakery_scheduler_initial_difficulty  (BakeryGrade             grade);
double   bakery_scheduler_next_difficulty     (double                  difficulty,
                                               BakeryGrade             grade);
double   bakery_scheduler_next_recall_stability (double                difficulty,
                                                 double                stability,
                                                 double                retrievability,
                                                 BakeryGrade           grade);
double   bakery_scheduler_next_forget_stability (double                difficulty,
                                                 double                stability,
                                                 double                retrievability);
guint    bakery_scheduler_interval_days       (double                  stability);
void     bakery_scheduler_review              (BakeryCardState        *state,
                                               BakeryGrade             grade,
                                               gint64                  now);

G_END_DECLS
