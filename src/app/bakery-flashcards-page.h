/* bakery-flashcards-page.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_FLASHCARDS_PAGE (bakery_flashcards_page_get_type())

G_DECLARE_FINAL_TYPE (BakeryFlashcardsPage, bakery_flashcards_page, BAKERY, FLASHCARDS_PAGE, GtkWidget)

GtkWidget  *bakery_flashcards_page_new             (void);
void        bakery_flashcards_page_set_study       (BakeryFlashcardsPage *self,
                                                    BakeryStudy          *study);
void        bakery_flashcards_page_restart         (BakeryFlashcardsPage *self);
const char *bakery_flashcards_page_get_current_id  (BakeryFlashcardsPage *self);
gboolean    bakery_flashcards_page_get_revealed    (BakeryFlashcardsPage *self);
void        bakery_flashcards_page_reveal          (BakeryFlashcardsPage *self);
void        bakery_flashcards_page_grade           (BakeryFlashcardsPage *self,
                                                    BakeryGrade           grade);
guint       bakery_flashcards_page_get_remaining   (BakeryFlashcardsPage *self);

G_END_DECLS
