/* bakery-scene.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "js-trace.h"

G_BEGIN_DECLS

/* The scene model of the bakery: where every region and item is for a
 * given size, computed from the trace's state at one step, and how two
 * scenes blend into each other.  It knows nothing of GTK, so that the tests
 * and the command line can use it.
 *
 * Items carry a stable key (their kind of identity and the trace's id), so
 * that the same task keeps its key from the oven to the counter, and a
 * transition can slide it between the two.
 */

typedef enum {
  BAKERY_REGION_DESK,        /* call stack */
  BAKERY_REGION_OVENS,       /* Web APIs */
  BAKERY_REGION_COUNTER,     /* macrotask queues */
  BAKERY_REGION_TRAY,        /* microtask queue (and the nextTick tray) */
  BAKERY_REGION_ROUTINE,     /* the event loop */
  BAKERY_REGION_RECEIPTS,    /* console */
  BAKERY_REGION_PROMISES,    /* promise board */
  BAKERY_N_REGIONS
} BakeryRegion;

typedef enum {
  BAKERY_ITEM_REGION,        /* a region's panel and its label */
  BAKERY_ITEM_SHELF,         /* a labelled queue inside a region */
  BAKERY_ITEM_FRAME,         /* an order ticket on the desk */
  BAKERY_ITEM_OVEN,          /* a timer waiting for its time */
  BAKERY_ITEM_TASK,          /* a cake on the counter */
  BAKERY_ITEM_MICROTASK,     /* a pastry on a tray */
  BAKERY_ITEM_PHASE,         /* a station of the routine */
  BAKERY_ITEM_RECEIPT,       /* a console line */
  BAKERY_ITEM_PROMISE,       /* a card on the promise board */
  BAKERY_ITEM_MORE,          /* "+N more" when a region overflows */
  BAKERY_ITEM_BADGE,         /* the clock and other notes over the scene */
  BAKERY_N_ITEM_KINDS
} BakeryItemKind;

/* Stations of the routine ring, in the order the baker visits them. */
typedef enum {
  BAKERY_STATION_SCRIPT,
  BAKERY_STATION_NEXT_TICK,
  BAKERY_STATION_MICROTASKS,
  BAKERY_STATION_TIMERS,
  BAKERY_STATION_PENDING,
  BAKERY_STATION_POLL,
  BAKERY_STATION_CHECK,
  BAKERY_STATION_CLOSE,
  BAKERY_STATION_TASK,       /* browser: one task (the script is the first), */
  BAKERY_STATION_RENDER,     /* then microtasks, then maybe a rendering step */
  BAKERY_N_STATIONS
} BakeryStation;

typedef struct {
  double x, y, width, height;
} BakeryRect;

typedef struct {
  BakeryItemKind kind;
  guint64        key;        /* stable identity across steps, 0 for none */
  BakeryRect     rect;
  double         opacity;    /* 0..1 */
  double         progress;   /* ovens: 0 (just in) .. 1 (ready); promises: 0 pending, 1 settled */
  int            sub;        /* region, queue, station, promise state or stream, by kind */
  guint32        id;         /* the trace's task, frame or promise id; console line index */
  guint          active : 1; /* the top frame, the current station, the newest receipt */
  guint          fresh : 1;  /* created or changed by the step that led here */
  char          *title;
  char          *detail;
} BakeryItem;

typedef struct {
  double        width;
  double        height;
  double        zoom;          /* 1.0 = natural size for the canvas */
  JsHostProfile host;
  gboolean      hide_answers;  /* presentation: no console, no promise board */
  gboolean      large;         /* presentation: larger type */
} BakerySceneOptions;

typedef struct _BakeryScene BakeryScene;

void           bakery_scene_options_init   (BakerySceneOptions       *options,
                                            double                    width,
                                            double                    height);

BakeryScene   *bakery_scene_new            (JsTrace                  *trace,
                                            guint64                   step,
                                            const BakerySceneOptions *options);
BakeryScene   *bakery_scene_new_empty      (const BakerySceneOptions *options);
BakeryScene   *bakery_scene_ref            (BakeryScene              *scene);
void           bakery_scene_unref          (BakeryScene              *scene);

BakeryScene   *bakery_scene_interpolate    (BakeryScene              *from,
                                            BakeryScene              *to,
                                            double                    t);

guint64        bakery_scene_get_step       (BakeryScene              *scene);
double         bakery_scene_get_time       (BakeryScene              *scene);
double         bakery_scene_get_font_size  (BakeryScene              *scene);
const BakerySceneOptions *
               bakery_scene_get_options    (BakeryScene              *scene);
guint          bakery_scene_get_n_items    (BakeryScene              *scene);
const BakeryItem *
               bakery_scene_get_item       (BakeryScene              *scene,
                                            guint                     index);
const BakeryItem *
               bakery_scene_find_item      (BakeryScene              *scene,
                                            guint64                   key);
const BakeryItem *
               bakery_scene_hit_test       (BakeryScene              *scene,
                                            double                    x,
                                            double                    y);
const BakeryRect *
               bakery_scene_get_region     (BakeryScene              *scene,
                                            BakeryRegion              region);
gboolean       bakery_scene_has_region     (BakeryScene              *scene,
                                            BakeryRegion              region);
char          *bakery_scene_describe       (BakeryScene              *scene);
void           bakery_scene_set_badge      (BakeryScene              *scene,
                                            const char               *text);

guint64        bakery_scene_find_origin_step (JsTrace                *trace,
                                              const BakeryItem       *item,
                                              guint64                 step);

double         bakery_ease                 (double                    t);
char          *bakery_format_ms            (double                    ms);
const char    *bakery_region_label         (BakeryRegion              region);

#define BAKERY_KEY(kind, id) ((((guint64)(kind)) << 32) | (guint64)(id))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BakeryScene, bakery_scene_unref)

G_END_DECLS
