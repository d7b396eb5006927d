/* bakery-content.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BAKERY_CONTENT_ERROR (bakery_content_error_quark ())

typedef enum
{
  BAKERY_CONTENT_ERROR_INVALID,
} BakeryContentError;

typedef struct
{
  char *id;
  char *title;
} BakeryTopic;

/* A cheat-sheet card. */
typedef struct
{
  char  *id;
  char  *topic;
  char  *title;
  char  *body;
  char  *code;          /* may be NULL */
  GStrv  scenarios;
} BakeryCheatCard;

/* A model answer to an interview question. */
typedef struct
{
  char  *id;
  char  *topic;
  char  *question;
  char  *short_answer;  /* to say aloud */
  char  *deeper;
  GStrv  wrong;         /* common wrong answers */
  GStrv  scenarios;
} BakeryAnswer;

typedef struct
{
  char     *id;
  char     *file;       /* relative to the content folder; NULL for the user's */
  char     *path;       /* the user's scenario file; NULL for built-in ones */
  char     *title;
  char     *difficulty; /* easy, medium, hard, expert; NULL for the user's */
  char     *host;       /* node or browser */
  char     *explanation;
  GStrv     tags;
  char     *source;     /* the script */
} BakeryScenario;

typedef struct
{
  GPtrArray  *topics;     /* BakeryTopic */
  GPtrArray  *cards;      /* BakeryCheatCard */
  GPtrArray  *answers;    /* BakeryAnswer */
  GPtrArray  *scenarios;  /* BakeryScenario */
  GHashTable *scenario_ids;
} BakeryContent;

GQuark          bakery_content_error_quark         (void);
BakeryContent  *bakery_content_new_empty           (void);
BakeryContent  *bakery_content_new_from_resource   (const char      *resource_path,
                                                    GError         **error);
BakeryContent  *bakery_content_new_from_directory  (const char      *directory,
                                                    GError         **error);
void            bakery_content_free                (BakeryContent   *self);
void            bakery_content_add_user_scenarios  (BakeryContent   *self,
                                                    const char      *directory);
const BakeryScenario *bakery_content_lookup_scenario (BakeryContent *self,
                                                      const char    *id);
const BakeryTopic    *bakery_content_lookup_topic    (BakeryContent *self,
                                                      const char    *id);
const BakeryAnswer   *bakery_content_lookup_answer   (BakeryContent *self,
                                                      const char    *id);
gboolean        bakery_content_is_difficulty       (const char      *difficulty);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryContent, bakery_content_free)

G_END_DECLS
