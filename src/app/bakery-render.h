/* bakery-render.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "bakery-scene.h"

G_BEGIN_DECLS

/* Draws a scene with cairo and pango: the canvas widget, the offscreen
 * exports and the benchmark share this code.  It knows nothing of GTK:
 * the widget fills the palette from its style, the exports use the
 * built-in light palette.
 */

typedef struct {
  double red, green, blue, alpha;
} BakeryColor;

typedef struct {
  BakeryColor window_bg;
  BakeryColor window_fg;
  BakeryColor view_bg;
  BakeryColor view_fg;
  BakeryColor card_bg;
  BakeryColor accent;       /* accent text and outlines */
  BakeryColor accent_bg;    /* accent fills */
  BakeryColor accent_fg;    /* text on accent fills */
  BakeryColor blue;
  BakeryColor green;
  BakeryColor yellow;
  BakeryColor orange;
  BakeryColor red;
  BakeryColor purple;
  BakeryColor brown;
  gboolean    dark;
  gboolean    high_contrast;
} BakeryPalette;

void bakery_palette_init_light (BakeryPalette       *palette);
void bakery_palette_init_dark  (BakeryPalette       *palette);

void bakery_render_scene       (cairo_t             *cr,
                                BakeryScene         *scene,
                                const BakeryPalette *palette);

typedef struct _BakeryRenderer BakeryRenderer;

BakeryRenderer *bakery_renderer_new  (void);
void            bakery_renderer_free (BakeryRenderer      *renderer);
void            bakery_renderer_set_pixel_scale
                                     (BakeryRenderer      *renderer,
                                      double               scale);
void            bakery_renderer_draw (BakeryRenderer      *renderer,
                                      cairo_t             *cr,
                                      BakeryScene         *scene,
                                      const BakeryPalette *palette);
void            bakery_renderer_warm_up (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryRenderer, bakery_renderer_free)

G_END_DECLS
