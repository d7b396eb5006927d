/* bakery-store.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bakery-deck.h"
#include "bakery-scheduler.h"

G_BEGIN_DECLS

#define BAKERY_STORE_VERSION 1
#define BAKERY_STORE_ERROR (bakery_store_error_quark ())

typedef enum
{
  BAKERY_STORE_ERROR_INVALID,
  BAKERY_STORE_ERROR_NEWER_VERSION,
  BAKERY_STORE_ERROR_NOT_LOADED,
} BakeryStoreError;

typedef struct
{
  char   *card_id;
  gint64  time;
  int     grade;       /* BakeryGrade */
} BakeryReview;

typedef struct
{
  char     *scenario_id;
  gint64    time;
  gboolean  correct;
} BakeryQuizResult;

typedef struct _BakeryStore BakeryStore;

GQuark            bakery_store_error_quark        (void);
BakeryStore      *bakery_store_new                (const char           *directory);
void              bakery_store_free               (BakeryStore          *self);
const char       *bakery_store_get_directory      (BakeryStore          *self);
char             *bakery_store_dup_user_scenarios_dir (BakeryStore      *self);
GPtrArray        *bakery_store_load               (BakeryStore          *self);
gboolean          bakery_store_save_progress      (BakeryStore          *self,
                                                   GError              **error);
gboolean          bakery_store_save_cards         (BakeryStore          *self,
                                                   GError              **error);

BakeryCardState  *bakery_store_lookup_card        (BakeryStore          *self,
                                                   const char           *card_id);
BakeryCardState  *bakery_store_ensure_card        (BakeryStore          *self,
                                                   const char           *card_id);
void              bakery_store_add_review         (BakeryStore          *self,
                                                   const char           *card_id,
                                                   BakeryGrade           grade,
                                                   gint64                now);
void              bakery_store_add_quiz_result    (BakeryStore          *self,
                                                   const char           *scenario_id,
                                                   gboolean              correct,
                                                   gint64                now);
GPtrArray        *bakery_store_get_reviews        (BakeryStore          *self);
GPtrArray        *bakery_store_get_quiz_results   (BakeryStore          *self);
GPtrArray        *bakery_store_get_user_cards     (BakeryStore          *self);
void              bakery_store_add_user_cards     (BakeryStore          *self,
                                                   GPtrArray            *cards);
gboolean          bakery_store_remove_user_card   (BakeryStore          *self,
                                                   const char           *card_id);
int               bakery_store_find_user_card     (BakeryStore          *self,
                                                   const char           *card_id);
void              bakery_store_insert_user_card   (BakeryStore          *self,
                                                   const BakeryUserCard *card,
                                                   guint                 position);

char             *bakery_store_progress_to_json   (BakeryStore          *self);
gboolean          bakery_store_import_progress    (BakeryStore          *self,
                                                   const char           *text,
                                                   gssize                length,
                                                   GError              **error);

char             *bakery_store_backup_name        (const char           *path,
                                                   const char           *reason,
                                                   GDateTime            *when);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryStore, bakery_store_free)

G_END_DECLS
