/* bakery-bakery-view.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bakery-canvas.h"
#include "bakery-editor.h"
#include "bakery-run.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_BAKERY_VIEW (bakery_bakery_view_get_type())

G_DECLARE_FINAL_TYPE (BakeryBakeryView, bakery_bakery_view, BAKERY, BAKERY_VIEW, GtkWidget)

typedef enum {
  BAKERY_CLOCK_STEP,
  BAKERY_CLOCK_REAL_TIME,
} BakeryClock;

GtkWidget    *bakery_bakery_view_new            (void);
BakeryEditor *bakery_bakery_view_get_editor     (BakeryBakeryView *self);
void          bakery_bakery_view_set_editor     (BakeryBakeryView *self,
                                                 BakeryEditor     *editor);
BakeryRun    *bakery_bakery_view_get_run        (BakeryBakeryView *self);
BakeryCanvas *bakery_bakery_view_get_canvas     (BakeryBakeryView *self);
void          bakery_bakery_view_run            (BakeryBakeryView *self,
                                                 gboolean          play);
guint64       bakery_bakery_view_get_step       (BakeryBakeryView *self);
guint64       bakery_bakery_view_get_n_steps    (BakeryBakeryView *self);
void          bakery_bakery_view_seek           (BakeryBakeryView *self,
                                                 guint64           step,
                                                 gboolean          animate);
void          bakery_bakery_view_seek_to_output (BakeryBakeryView *self,
                                                 guint             line);
gboolean      bakery_bakery_view_get_playing    (BakeryBakeryView *self);
void          bakery_bakery_view_set_playing    (BakeryBakeryView *self,
                                                 gboolean          playing);
BakeryClock   bakery_bakery_view_get_clock      (BakeryBakeryView *self);
void          bakery_bakery_view_set_clock      (BakeryBakeryView *self,
                                                 BakeryClock       clock);
const char   *bakery_bakery_view_get_narration  (BakeryBakeryView *self);
gboolean      bakery_bakery_view_get_presenting (BakeryBakeryView *self);
void          bakery_bakery_view_set_presenting (BakeryBakeryView *self,
                                                 gboolean          presenting);
gboolean      bakery_bakery_view_get_show_timeline (BakeryBakeryView *self);
void          bakery_bakery_view_set_show_timeline (BakeryBakeryView *self,
                                                    gboolean          show_timeline);

G_END_DECLS
