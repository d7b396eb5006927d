/* bakery-export.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bakery-render.h"

G_BEGIN_DECLS

/* Offscreen exports with cairo surfaces: no GTK, so that the command line
 * can link them too.
 */

gboolean bakery_export_png     (BakeryScene          *scene,
                                const BakeryPalette  *palette,
                                BakeryRenderer       *renderer,
                                const char           *path,
                                GError              **error);
gboolean bakery_export_svg     (BakeryScene          *scene,
                                const BakeryPalette  *palette,
                                const char           *path,
                                GError              **error);
gboolean bakery_export_handout (JsTrace              *trace,
                                const char           *source,
                                JsHostProfile         host,
                                const BakeryPalette  *palette,
                                JsTraceTranslateFunc  translate,
                                const guint64        *steps,
                                guint                 n_steps,
                                const char           *path,
                                GError              **error);

G_END_DECLS
