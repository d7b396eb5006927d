/* bakery-canvas.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bakery-render.h"
#include "bakery-run.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_CANVAS (bakery_canvas_get_type())

G_DECLARE_FINAL_TYPE (BakeryCanvas, bakery_canvas, BAKERY, CANVAS, GtkWidget)

GtkWidget   *bakery_canvas_new                 (void);
void         bakery_canvas_set_trace           (BakeryCanvas  *self,
                                                BakeryTrace   *trace,
                                                JsHostProfile  host);
BakeryTrace *bakery_canvas_get_trace           (BakeryCanvas  *self);
void         bakery_canvas_set_step            (BakeryCanvas  *self,
                                                guint64        step,
                                                gboolean       animate);
guint64      bakery_canvas_get_step            (BakeryCanvas  *self);
void         bakery_canvas_set_transition_duration (BakeryCanvas *self,
                                                guint          duration_ms);
double       bakery_canvas_get_zoom            (BakeryCanvas  *self);
void         bakery_canvas_set_zoom            (BakeryCanvas  *self,
                                                double         zoom);
gboolean     bakery_canvas_get_hide_answers    (BakeryCanvas  *self);
void         bakery_canvas_set_hide_answers    (BakeryCanvas  *self,
                                                gboolean       hide_answers);
gboolean     bakery_canvas_get_large           (BakeryCanvas  *self);
void         bakery_canvas_set_large           (BakeryCanvas  *self,
                                                gboolean       large);
void         bakery_canvas_set_badge           (BakeryCanvas  *self,
                                                const char    *badge);
void         bakery_canvas_get_palette         (BakeryCanvas  *self,
                                                BakeryPalette *palette);
BakeryScene *bakery_canvas_dup_scene           (BakeryCanvas  *self);

G_END_DECLS
