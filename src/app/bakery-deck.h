/* bakery-deck.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BAKERY_DECK_ERROR (bakery_deck_error_quark ())

typedef enum
{
  BAKERY_DECK_ERROR_INVALID,
} BakeryDeckError;

/* A flashcard written by the user: plain text, never markup. */
typedef struct
{
  char  *id;
  char  *question;
  char  *answer;
  char  *topic;     /* may be NULL */
  GStrv  tags;      /* never NULL */
} BakeryUserCard;

GQuark          bakery_deck_error_quark     (void);
BakeryUserCard *bakery_user_card_new        (const char          *id,
                                             const char          *question,
                                             const char          *answer,
                                             const char          *topic,
                                             const char * const  *tags);
void            bakery_user_card_free       (BakeryUserCard      *card);
char           *bakery_user_card_new_id     (void);

GPtrArray      *bakery_deck_parse_csv       (const char          *text,
                                             gssize               length,
                                             GError             **error);
GPtrArray      *bakery_deck_parse_json      (const char          *text,
                                             gssize               length,
                                             GError             **error);
char           *bakery_deck_to_json         (GPtrArray           *cards);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryUserCard, bakery_user_card_free)

G_END_DECLS
