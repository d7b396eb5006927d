/* bakery-quiz.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Grading "predict the output": the engine's output against the lines the
 * user put in order. Lines are compared without the white space around
 * them, since nobody can see trailing spaces and indentation is easy to
 * get wrong when typing; everything else must match. No GTK here.
 */

#include <string.h>

#include "bakery-quiz.h"

/**
 * bakery_quiz_split_lines:
 * @text: printed output or typed text
 *
 * Returns: (transfer full): the lines of @text, without the empty lines at
 *   its end (a final line break does not make a line)
 */
GStrv
bakery_quiz_split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  guint n = g_strv_length (lines);

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        lines[i][len - 1] = '\0';
    }

  while (n > 0)
    {
      g_autofree char *copy = g_strstrip (g_strdup (lines[n - 1]));

      if (*copy != '\0')
        break;

      g_clear_pointer (&lines[n - 1], g_free);
      n--;
    }

  return g_steal_pointer (&lines);
}

static gboolean
lines_equal (const char *a,
             const char *b)
{
  g_autofree char *sa = g_strstrip (g_strdup (a));
  g_autofree char *sb = g_strstrip (g_strdup (b));

  return g_str_equal (sa, sb);
}

/**
 * bakery_quiz_grade:
 * @expected: the lines the program prints
 * @given: the lines the user predicted
 * @first_difference: (out) (optional): the index of the first line that
 *   differs, or of the first missing or extra line; G_MAXUINT if none
 *
 * Returns: whether @given matches @expected line for line
 */
gboolean
bakery_quiz_grade (const char * const *expected,
                   const char * const *given,
                   guint              *first_difference)
{
  guint n_expected = g_strv_length ((char **)expected);
  guint n_given = g_strv_length ((char **)given);
  guint i;

  for (i = 0; i < n_expected && i < n_given; i++)
    if (!lines_equal (expected[i], given[i]))
      break;

  if (i == n_expected && i == n_given)
    {
      if (first_difference)
        *first_difference = G_MAXUINT;
      return TRUE;
    }

  if (first_difference)
    *first_difference = i;

  return FALSE;
}

/**
 * bakery_quiz_shuffle:
 * @lines: the lines to offer
 * @rand: the random number generator
 *
 * Returns: (transfer full): @lines in a random order which, when the lines
 *   are not all alike, differs from the original
 */
GStrv
bakery_quiz_shuffle (const char * const *lines,
                     GRand              *rand)
{
  GStrv shuffled = g_strdupv ((char **)lines);
  guint n = g_strv_length (shuffled);
  gboolean all_alike = TRUE;

  for (guint i = 1; i < n && all_alike; i++)
    all_alike = g_str_equal (lines[i], lines[0]);

  if (n < 2 || all_alike)
    return shuffled;

  do
    {
      /* Fisher–Yates */
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          char *tmp = shuffled[i];

          shuffled[i] = shuffled[j];
          shuffled[j] = tmp;
        }
    }
  while (bakery_quiz_grade (lines, (const char * const *)shuffled, NULL));

  return shuffled;
}
