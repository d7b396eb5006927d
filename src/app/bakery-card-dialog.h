/* bakery-card-dialog.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_CARD_DIALOG (bakery_card_dialog_get_type())

G_DECLARE_FINAL_TYPE (BakeryCardDialog, bakery_card_dialog, BAKERY, CARD_DIALOG, AdwWindow)

GtkWidget  *bakery_card_dialog_new         (BakeryStudy      *study,
                                            const char       *card_id);
const char *bakery_card_dialog_get_card_id (BakeryCardDialog *self);
gboolean    bakery_card_dialog_save        (BakeryCardDialog *self);
void        bakery_card_dialog_present_for (GtkWidget        *parent,
                                            BakeryStudy      *study,
                                            const char       *card_id);
AdwToast   *bakery_card_delete_with_undo   (GtkWidget        *parent,
                                            BakeryStudy      *study,
                                            const char       *card_id);

/* For tests: what the user would type. */
void        _bakery_card_dialog_fill       (BakeryCardDialog *self,
                                            const char       *question,
                                            const char       *answer,
                                            const char       *topic,
                                            const char       *tags);

G_END_DECLS
