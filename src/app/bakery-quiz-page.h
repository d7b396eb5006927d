/* bakery-quiz-page.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_QUIZ_PAGE (bakery_quiz_page_get_type())

G_DECLARE_FINAL_TYPE (BakeryQuizPage, bakery_quiz_page, BAKERY, QUIZ_PAGE, GtkWidget)

typedef enum
{
  BAKERY_QUIZ_EMPTY,    /* no scenario chosen */
  BAKERY_QUIZ_RUNNING,  /* the engine is computing the output */
  BAKERY_QUIZ_ERROR,    /* the engine could not run the scenario */
  BAKERY_QUIZ_READY,    /* waiting for a prediction */
  BAKERY_QUIZ_CORRECT,
  BAKERY_QUIZ_WRONG,
} BakeryQuizState;

GtkWidget       *bakery_quiz_page_new                (void);
void             bakery_quiz_page_set_study          (BakeryQuizPage *self,
                                                      BakeryStudy    *study);
void             bakery_quiz_page_load_scenario      (BakeryQuizPage *self,
                                                      const char     *scenario_id);
void             bakery_quiz_page_load_source        (BakeryQuizPage *self,
                                                      const char     *title,
                                                      const char     *source);
BakeryQuizState  bakery_quiz_page_get_state          (BakeryQuizPage *self);
const char      *bakery_quiz_page_get_scenario_id    (BakeryQuizPage *self);
const char      *bakery_quiz_page_get_error          (BakeryQuizPage *self);
const char      *bakery_quiz_page_get_result_text    (BakeryQuizPage *self);
guint            bakery_quiz_page_get_first_difference (BakeryQuizPage *self);
const char * const *bakery_quiz_page_get_pool        (BakeryQuizPage *self);
void             bakery_quiz_page_pick_line          (BakeryQuizPage *self,
                                                      guint           pool_index);
void             bakery_quiz_page_move_line          (BakeryQuizPage *self,
                                                      guint           from,
                                                      guint           to);
void             bakery_quiz_page_set_typed_text     (BakeryQuizPage *self,
                                                      const char     *text);
void             bakery_quiz_page_check              (BakeryQuizPage *self);
void             bakery_quiz_page_reset              (BakeryQuizPage *self);
void             bakery_quiz_page_replay             (BakeryQuizPage *self);

/* For tests, when the engine cannot run scripts yet. */
void             _bakery_quiz_page_set_expected      (BakeryQuizPage *self,
                                                      const char     *output);

G_END_DECLS
