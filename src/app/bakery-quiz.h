/* bakery-quiz.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv     bakery_quiz_split_lines (const char          *text);
gboolean  bakery_quiz_grade       (const char * const  *expected,
                                   const char * const  *given,
                                   guint               *first_difference);
GStrv     bakery_quiz_shuffle     (const char * const  *lines,
                                   GRand               *rand);

G_END_DECLS
