/* test-scheduler.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "bakery-scheduler.h"

/* The expected numbers were computed independently from the published
 * FSRS-4.5 formulas and default parameters, with this Python:
 *
 *   w = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031,
 *        1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755]
 *   F, C = 19/81, -0.5
 *   D0 = lambda g: min(max(w[4] - (g-3)*w[5], 1), 10)
 *   R  = lambda t, S: (1 + F*t/S)**C
 *   nD = lambda D, g: min(max(w[7]*D0(3) + (1-w[7])*(D - w[6]*(g-3)), 1), 10)
 *   def Sr(D, S, r, g):
 *       h = w[15] if g == 2 else 1; b = w[16] if g == 4 else 1
 *       return S*(math.exp(w[8])*(11-D)*S**(-w[9])*(math.exp(w[10]*(1-r))-1)*h*b + 1)
 *   Sf = lambda D, S, r: w[11]*D**(-w[12])*((S+1)**w[13]-1)*math.exp(w[14]*(1-r))
 *   I  = lambda S: min(max(round(S/F*(0.9**(1/C)-1)), 1), 36500)
 *
 * and the review sequence of test_sequence: Good at t0, Good when due,
 * Again when due, Hard one day later, Easy when due.
 */

#define T0 G_GINT64_CONSTANT (1700000000)
#define DAY 86400

static void
assert_close (double a,
              double b)
{
  if (fabs (a - b) > 1e-6)
    g_error ("%.10f is not %.10f", a, b);
}

static void
test_initial (void)
{
  static const struct {
    BakeryGrade grade;
    double stability;
    double difficulty;
    guint interval;
  } expected[] = {
    { BAKERY_GRADE_AGAIN, 0.4872, 7.6214, 1 },
    { BAKERY_GRADE_HARD, 1.4003, 6.3916, 1 },
    { BAKERY_GRADE_GOOD, 3.7145, 5.1618, 4 },
    { BAKERY_GRADE_EASY, 13.8206, 3.9320, 14 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BakeryCardState state;

      assert_close (bakery_scheduler_initial_stability (expected[i].grade), expected[i].stability);
      assert_close (bakery_scheduler_initial_difficulty (expected[i].grade), expected[i].difficulty);
      g_assert_cmpuint (bakery_scheduler_interval_days (expected[i].stability), ==, expected[i].interval);

      bakery_card_state_init (&state);
      g_assert_true (bakery_card_state_is_new (&state));
      g_assert_true (bakery_card_state_is_due (&state, T0));

      bakery_scheduler_review (&state, expected[i].grade, T0);
      assert_close (state.stability, expected[i].stability);
      assert_close (state.difficulty, expected[i].difficulty);
      g_assert_cmpuint (state.reps, ==, 1);
      g_assert_cmpuint (state.lapses, ==, 0);
      g_assert_cmpint (state.last_review, ==, T0);

      /* "Again" brings a card back within the session. */
      if (expected[i].grade == BAKERY_GRADE_AGAIN)
        g_assert_cmpint (state.due, ==, T0 + BAKERY_SCHEDULER_RELEARN_SECONDS);
      else
        g_assert_cmpint (state.due, ==, T0 + (gint64)expected[i].interval * DAY);
    }
}

static void
test_sequence (void)
{
  BakeryCardState state;

  bakery_card_state_init (&state);

  bakery_scheduler_review (&state, BAKERY_GRADE_GOOD, T0);
  g_assert_cmpint (state.due - T0, ==, 345600);

  /* Good, reviewed on the due day: R = 0.8934995007 */
  assert_close (bakery_scheduler_retrievability (&state, state.due), 0.8934995007);
  bakery_scheduler_review (&state, BAKERY_GRADE_GOOD, state.due);
  assert_close (state.stability, 14.8081005065);
  assert_close (state.difficulty, 5.1618000000);
  g_assert_cmpint (state.due - T0, ==, 1641600);

  /* Again: R = 0.8988940398, a lapse, back in ten minutes. */
  assert_close (bakery_scheduler_retrievability (&state, state.due), 0.8988940398);
  bakery_scheduler_review (&state, BAKERY_GRADE_AGAIN, state.due);
  assert_close (state.stability, 3.1493212512);
  assert_close (state.difficulty, 6.9011550000);
  g_assert_cmpint (state.due - T0, ==, 1642200);
  g_assert_cmpuint (state.lapses, ==, 1);

  /* Hard, one day after the lapse: R = 0.9647180799 */
  assert_close (bakery_scheduler_retrievability (&state, state.last_review + DAY), 0.9647180799);
  bakery_scheduler_review (&state, BAKERY_GRADE_HARD, state.last_review + DAY);
  assert_close (state.stability, 3.6388766926);
  assert_close (state.difficulty, 7.7169124950);
  g_assert_cmpint (state.due - T0, ==, 2073600);

  /* Easy, on the due day: R = 0.8916330907 */
  bakery_scheduler_review (&state, BAKERY_GRADE_EASY, state.due);
  assert_close (state.stability, 21.5884635599);
  assert_close (state.difficulty, 6.7680265077);
  g_assert_cmpint (state.due - T0, ==, 3974400);

  g_assert_cmpuint (state.reps, ==, 5);
  g_assert_cmpuint (state.lapses, ==, 1);
  g_assert_false (bakery_card_state_is_due (&state, state.due - 1));
  g_assert_true (bakery_card_state_is_due (&state, state.due));
}

static void
test_retrievability (void)
{
  BakeryCardState state;

  bakery_card_state_init (&state);
  g_assert_cmpfloat (bakery_scheduler_retrievability (&state, T0), ==, 0.0);

  bakery_scheduler_review (&state, BAKERY_GRADE_GOOD, T0);
  assert_close (bakery_scheduler_retrievability (&state, T0), 1.0);

  /* By definition of stability: 90 % after S days. */
  assert_close (bakery_scheduler_retrievability (&state, T0 + (gint64)(state.stability * DAY)), 0.9);

  /* A clock that went backwards is no negative time. */
  assert_close (bakery_scheduler_retrievability (&state, T0 - DAY), 1.0);
}

static void
test_bounds (void)
{
  g_assert_cmpuint (bakery_scheduler_interval_days (0.01), ==, 1);
  g_assert_cmpuint (bakery_scheduler_interval_days (1e9), ==, BAKERY_SCHEDULER_MAX_INTERVAL_DAYS);
  g_assert_cmpfloat (bakery_scheduler_next_difficulty (10.0, BAKERY_GRADE_AGAIN), <=, 10.0);
  g_assert_cmpfloat (bakery_scheduler_next_difficulty (1.0, BAKERY_GRADE_EASY), >=, 1.0);
  g_assert_false (bakery_grade_is_valid (0));
  g_assert_false (bakery_grade_is_valid (5));

  /* Hard < Good < Easy for the same card, as the grades promise. */
  {
    double s = 10.0, d = 5.0, r = 0.9;
    double hard = bakery_scheduler_next_recall_stability (d, s, r, BAKERY_GRADE_HARD);
    double good = bakery_scheduler_next_recall_stability (d, s, r, BAKERY_GRADE_GOOD);
    double easy = bakery_scheduler_next_recall_stability (d, s, r, BAKERY_GRADE_EASY);
    double again = bakery_scheduler_next_forget_stability (d, s, r);

    g_assert_cmpfloat (again, <, hard);
    g_assert_cmpfloat (hard, <, good);
    g_assert_cmpfloat (good, <, easy);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scheduler/fsrs/initial", test_initial);
  g_test_add_func ("/scheduler/fsrs/sequence", test_sequence);
  g_test_add_func ("/scheduler/fsrs/retrievability", test_retrievability);
  g_test_add_func ("/scheduler/fsrs/bounds", test_bounds);

  return g_test_run ();
}
