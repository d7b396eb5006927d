/* bakery-study.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bakery-content.h"
#include "bakery-scheduler.h"
#include "bakery-store.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_STUDY (bakery_study_get_type())

G_DECLARE_FINAL_TYPE (BakeryStudy, bakery_study, BAKERY, STUDY, GObject)

/* One flashcard: a model answer, or one of the user's cards. */
typedef struct
{
  const char *id;
  const char *topic;     /* a topic id, or NULL */
  const char *question;
  const char *answer;
  const char *deeper;    /* NULL for the user's cards */
  GStrv       scenarios; /* may be NULL */
  gboolean    user;
} BakeryFlashcard;

BakeryStudy     *bakery_study_get_default         (void);
BakeryStudy     *bakery_study_new                 (const char     *content_resource,
                                                   const char     *data_dir);
BakeryContent   *bakery_study_get_content         (BakeryStudy    *self);
BakeryStore     *bakery_study_get_store           (BakeryStudy    *self);
GPtrArray       *bakery_study_take_warnings       (BakeryStudy    *self);
GPtrArray       *bakery_study_get_flashcards      (BakeryStudy    *self);
const BakeryFlashcard *bakery_study_lookup_flashcard (BakeryStudy *self,
                                                      const char  *id);
GPtrArray       *bakery_study_dup_due_flashcards  (BakeryStudy    *self,
                                                   gint64          now);
guint            bakery_study_count_due           (BakeryStudy    *self,
                                                   gint64          until,
                                                   guint          *n_new);
const char      *bakery_study_get_scenario_topic  (BakeryStudy    *self,
                                                   const char     *scenario_id);
GHashTable      *bakery_study_get_card_topics     (BakeryStudy    *self);
GHashTable      *bakery_study_get_scenario_topics (BakeryStudy    *self);
void             bakery_study_review              (BakeryStudy    *self,
                                                   const char     *card_id,
                                                   BakeryGrade     grade,
                                                   gint64          now);
void             bakery_study_record_quiz         (BakeryStudy    *self,
                                                   const char     *scenario_id,
                                                   gboolean        correct,
                                                   gint64          now);
gboolean         bakery_study_import_cards        (BakeryStudy    *self,
                                                   GFile          *file,
                                                   guint          *n_imported,
                                                   GError        **error);
gboolean         bakery_study_export_cards        (BakeryStudy    *self,
                                                   GFile          *file,
                                                   GError        **error);
gboolean         bakery_study_import_progress     (BakeryStudy    *self,
                                                   GFile          *file,
                                                   GError        **error);
gboolean         bakery_study_export_progress     (BakeryStudy    *self,
                                                   GFile          *file,
                                                   GError        **error);
char            *bakery_study_save_user_scenario  (BakeryStudy    *self,
                                                   const char     *source,
                                                   GError        **error);
char            *bakery_study_save_user_card      (BakeryStudy    *self,
                                                   const BakeryUserCard *card,
                                                   GError        **error);
BakeryUserCard  *bakery_study_delete_user_card    (BakeryStudy    *self,
                                                   const char     *card_id,
                                                   guint          *position);
void             bakery_study_restore_user_card   (BakeryStudy    *self,
                                                   const BakeryUserCard *card,
                                                   guint           position);

G_END_DECLS
