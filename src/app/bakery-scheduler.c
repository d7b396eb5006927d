/* bakery-scheduler.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Flashcard scheduling with FSRS-4.5 (the Free Spaced Repetition Scheduler
 * by Jarrett Ye, as published in the open-spaced-repetition "The
 * Algorithm" notes), with its published default parameters and a desired
 * retention of 90 %.
 *
 * Only the long-term model is used: every review updates the card's
 * difficulty D and stability S from the elapsed time t (in days, fractions
 * allowed) and the grade G, and the next interval is the one at which the
 * predicted recall probability falls to the desired retention. There are no
 * learning steps; instead an "Again" brings the card back after ten
 * minutes, so that it is seen again in the same session.
 *
 *   R(t, S)      = (1 + F·t/S)^C,  C = −0.5, F = 19/81
 *   I(r, S)      = S/F · (r^(1/C) − 1)             (= S for r = 0.9)
 *   S₀(G)        = w[G−1]
 *   D₀(G)        = w4 − (G−3)·w5                    clamped to [1, 10]
 *   D′(D, G)     = w7·D₀(3) + (1 − w7)·(D − w6·(G−3))  clamped to [1, 10]
 *   S′r(D,S,R,G) = S·(e^w8·(11 − D)·S^−w9·(e^(w10·(1−R)) − 1)·h·b + 1)
 *                  with h = w15 for Hard, b = w16 for Easy, else 1
 *   S′f(D,S,R)   = w11·D^−w12·((S + 1)^w13 − 1)·e^(w14·(1−R))
 *
 * New stability is computed from the difficulty before the review, as the
 * reference implementations do. No GTK here: this file is unit-tested on
 * its own (tests/app/test-scheduler.c).
 */

#include <math.h>

#include "bakery-scheduler.h"

#define DECAY  (-0.5)
#define FACTOR (19.0 / 81.0)
#define SECONDS_PER_DAY 86400.0

/* FSRS-4.5's published default parameters w0 … w16. */
static const double w[17] = {
  0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031,
  1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755,
};

static double
clamp_difficulty (double difficulty)
{
  return CLAMP (difficulty, 1.0, 10.0);
}

gboolean
bakery_grade_is_valid (int grade)
{
  return grade >= BAKERY_GRADE_AGAIN && grade <= BAKERY_GRADE_EASY;
}

void
bakery_card_state_init (BakeryCardState *state)
{
  g_return_if_fail (state != NULL);

  *state = (BakeryCardState) { 0 };
}

gboolean
bakery_card_state_is_new (const BakeryCardState *state)
{
  g_return_val_if_fail (state != NULL, TRUE);

  return state->reps == 0;
}

/* New cards are always due: they wait for their first review. */
gboolean
bakery_card_state_is_due (const BakeryCardState *state,
                          gint64                 now)
{
  g_return_val_if_fail (state != NULL, FALSE);

  return state->reps == 0 || state->due <= now;
}

double
bakery_scheduler_retrievability (const BakeryCardState *state,
                                 gint64                 now)
{
  double elapsed_days;

  g_return_val_if_fail (state != NULL, 0.0);

  if (state->reps == 0 || state->stability <= 0.0)
    return 0.0;

  elapsed_days = MAX (0, now - state->last_review) / SECONDS_PER_DAY;

  return pow (1.0 + FACTOR * elapsed_days / state->stability, DECAY);
}

double
bakery_scheduler_initial_stability (BakeryGrade grade)
{
  g_return_val_if_fail (bakery_grade_is_valid (grade), w[2]);

  return w[grade - 1];
}

double
bakery_scheduler_initial_difficulty (BakeryGrade grade)
{
  g_return_val_if_fail (bakery_grade_is_valid (grade), w[4]);

  return clamp_difficulty (w[4] - ((int)grade - 3) * w[5]);
}

double
bakery_scheduler_next_difficulty (double      difficulty,
                                  BakeryGrade grade)
{
  double next = difficulty - w[6] * ((int)grade - 3);

  /* Mean reversion towards the difficulty of a first "Good". */
  return clamp_difficulty (w[7] * bakery_scheduler_initial_difficulty (BAKERY_GRADE_GOOD) +
                           (1.0 - w[7]) * next);
}

double
bakery_scheduler_next_recall_stability (double      difficulty,
                                        double      stability,
                                        double      retrievability,
                                        BakeryGrade grade)
{
  double hard_penalty = grade == BAKERY_GRADE_HARD ? w[15] : 1.0;
  double easy_bonus = grade == BAKERY_GRADE_EASY ? w[16] : 1.0;

  return stability * (exp (w[8]) *
                      (11.0 - difficulty) *
                      pow (stability, -w[9]) *
                      (exp (w[10] * (1.0 - retrievability)) - 1.0) *
                      hard_penalty *
                      easy_bonus +
                      1.0);
}

double
bakery_scheduler_next_forget_stability (double difficulty,
                                        double stability,
                                        double retrievability)
{
  return w[11] *
         pow (difficulty, -w[12]) *
         (pow (stability + 1.0, w[13]) - 1.0) *
         exp (w[14] * (1.0 - retrievability));
}

guint
bakery_scheduler_interval_days (double stability)
{
  double interval;

  interval = stability / FACTOR * (pow (BAKERY_SCHEDULER_DESIRED_RETENTION, 1.0 / DECAY) - 1.0);

  return (guint) CLAMP (round (interval), 1.0, (double) BAKERY_SCHEDULER_MAX_INTERVAL_DAYS);
}

/**
 * bakery_scheduler_review:
 * @state: the card's state, updated in place
 * @grade: how well the answer was remembered
 * @now: the time of the review, in Unix seconds
 *
 * Records one review and schedules the next one.
 */
void
bakery_scheduler_review (BakeryCardState *state,
                         BakeryGrade      grade,
                         gint64           now)
{
  g_return_if_fail (state != NULL);
  g_return_if_fail (bakery_grade_is_valid (grade));

  if (state->reps == 0)
    {
      state->stability = bakery_scheduler_initial_stability (grade);
      state->difficulty = bakery_scheduler_initial_difficulty (grade);
    }
  else
    {
      double retrievability = bakery_scheduler_retrievability (state, now);
      double difficulty = state->difficulty;

      if (grade == BAKERY_GRADE_AGAIN)
        {
          state->stability = bakery_scheduler_next_forget_stability (difficulty, state->stability, retrievability);
          state->lapses++;
        }
      else
        {
          state->stability = bakery_scheduler_next_recall_stability (difficulty, state->stability, retrievability, grade);
        }

      state->difficulty = bakery_scheduler_next_difficulty (difficulty, grade);
    }

  state->reps++;
  state->last_review = now;

  if (grade == BAKERY_GRADE_AGAIN)
    state->due = now + BAKERY_SCHEDULER_RELEARN_SECONDS;
  else
    state->due = now + (gint64) bakery_scheduler_interval_days (state->stability) * (gint64) SECONDS_PER_DAY;
}
