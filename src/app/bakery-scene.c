/* bakery-scene.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-scene"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bakery-scene.h"

/* Key spaces: a task keeps its key from the oven to the counter or tray,
 * so a transition slides it instead of fading one out and another in.
 */
enum {
  KEY_NONE,
  KEY_TASK,
  KEY_FRAME,
  KEY_PROMISE,
  KEY_RECEIPT,
  KEY_REGION,
  KEY_SHELF,
  KEY_STATION,
  KEY_MORE,
  KEY_BADGE,
};

struct _BakeryScene
{
  gatomicrefcount    ref_count;
  BakerySceneOptions options;
  guint64            step;
  double             time_ms;
  double             font_size;
  GArray            *items;          /* BakeryItem */
  BakeryRect         regions[BAKERY_N_REGIONS];
  guint              has_region[BAKERY_N_REGIONS];
};

static const char *
station_label (BakeryStation station)
{
  switch (station)
    {
    case BAKERY_STATION_SCRIPT:     return _("script");
    case BAKERY_STATION_NEXT_TICK:  return _("nextTick");
    case BAKERY_STATION_MICROTASKS: return _("microtasks");
    case BAKERY_STATION_TIMERS:     return _("timers");
    case BAKERY_STATION_PENDING:    return _("pending");
    case BAKERY_STATION_POLL:       return _("poll (I/O)");
    case BAKERY_STATION_CHECK:      return _("check");
    case BAKERY_STATION_CLOSE:      return _("close");
    case BAKERY_STATION_TASK:       return _("one task");
    case BAKERY_STATION_RENDER:     return _("render");
    case BAKERY_N_STATIONS:
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * bakery_region_label:
 *
 * Returns: the translated label written on a region of the bakery
 */
const char *
bakery_region_label (BakeryRegion region)
{
  switch (region)
    {
    case BAKERY_REGION_DESK:     return _("Call stack — baker’s desk");
    case BAKERY_REGION_OVENS:    return _("Web APIs — ovens");
    case BAKERY_REGION_COUNTER:  return _("Macrotasks — counter");
    case BAKERY_REGION_TRAY:     return _("Microtasks — tray");
    case BAKERY_REGION_ROUTINE:  return _("Event loop — routine");
    case BAKERY_REGION_RECEIPTS: return _("Console — receipts");
    case BAKERY_REGION_PROMISES: return _("Promises");
    case BAKERY_N_REGIONS:
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
region_empty_hint (BakeryRegion region)
{
  switch (region)
    {
    case BAKERY_REGION_DESK:     return _("The baker is free");
    case BAKERY_REGION_OVENS:    return _("No timers baking");
    case BAKERY_REGION_COUNTER:  return NULL;
    case BAKERY_REGION_TRAY:     return NULL;
    case BAKERY_REGION_ROUTINE:  return NULL;
    case BAKERY_REGION_RECEIPTS: return _("Nothing printed yet");
    case BAKERY_REGION_PROMISES: return _("No promises yet");
    case BAKERY_N_REGIONS:
    default:
      return NULL;
    }
}

static const char *
task_kind_short (JsTraceTaskKind kind)
{
  switch (kind)
    {
    case JS_TRACE_TASK_TIMEOUT:         return "setTimeout";
    case JS_TRACE_TASK_INTERVAL:        return "setInterval";
    case JS_TRACE_TASK_IMMEDIATE:       return "setImmediate";
    case JS_TRACE_TASK_NEXT_TICK:       return "nextTick";
    case JS_TRACE_TASK_PROMISE_FULFILL: return "then";
    case JS_TRACE_TASK_PROMISE_REJECT:  return "catch";
    case JS_TRACE_TASK_THENABLE:        return "thenable";
    case JS_TRACE_TASK_AWAIT:           return "await";
    case JS_TRACE_TASK_QUEUE_MICROTASK: return "queueMicrotask";
    case JS_TRACE_TASK_MUTATION_OBSERVER: return "MutationObserver";
    case JS_TRACE_TASK_ANIMATION_FRAME: return "rAF";
    case JS_TRACE_TASK_FETCH:           return "fetch";
    case JS_TRACE_TASK_USER_EVENT:      return "event";
    case JS_TRACE_TASK_REJECTION:       return "unhandledrejection";
    case JS_TRACE_TASK_PAGE_LOAD:       return "load";
    case JS_TRACE_TASK_POSTED_MESSAGE:  return "message";
    case JS_TRACE_TASK_IDLE_CALLBACK:   return "requestIdleCallback";
    case JS_TRACE_TASK_FILE_SYSTEM:     return "fs";
    case JS_TRACE_N_TASK_KINDS:
    default:
      return "";
    }
}

/**
 * bakery_format_ms:
 *
 * Returns: (transfer full): @ms as the bakery writes virtual times: whole
 *   milliseconds, or up to three decimals
 */
char *
bakery_format_ms (double ms)
{
  char *text;
  char *end;

  if (ms == floor (ms) && fabs (ms) < 1e15)
    return g_strdup_printf ("%.0f", ms);

  /* Virtual time moves by thousandths of a millisecond during a script. */
  text = g_strdup_printf ("%.3f", ms);
  end = text + strlen (text) - 1;
  while (end > text && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';

  return text;
}

void
bakery_scene_options_init (BakerySceneOptions *options,
                           double              width,
                           double              height)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->width = MAX (width, 1);
  options->height = MAX (height, 1);
  options->zoom = 1.0;
  options->host = JS_HOST_NODE;
}

/* Eases in and out, so that items leave gently and settle gently. */
double
bakery_ease (double t)
{
  t = CLAMP (t, 0.0, 1.0);

  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

static void
item_clear (gpointer data)
{
  BakeryItem *item = data;

  g_clear_pointer (&item->title, g_free);
  g_clear_pointer (&item->detail, g_free);
}

static BakeryScene *
scene_alloc (const BakerySceneOptions *options)
{
  BakeryScene *scene = g_new0 (BakeryScene, 1);

  g_atomic_ref_count_init (&scene->ref_count);
  scene->options = *options;
  scene->options.width = MAX (options->width, 1);
  scene->options.height = MAX (options->height, 1);
  if (scene->options.zoom <= 0)
    scene->options.zoom = 1.0;
  scene->items = g_array_new (FALSE, TRUE, sizeof (BakeryItem));
  g_array_set_clear_func (scene->items, item_clear);

  return scene;
}

static BakeryItem *
scene_add (BakeryScene    *scene,
           BakeryItemKind  kind,
           guint64         key,
           double          x,
           double          y,
           double          width,
           double          height,
           char           *title,
           char           *detail)
{
  BakeryItem item = { 0 };

  item.kind = kind;
  item.key = key;
  item.rect = (BakeryRect) { x, y, width, height };
  item.opacity = 1.0;
  item.title = title;
  item.detail = detail;

  g_array_append_val (scene->items, item);

  return &g_array_index (scene->items, BakeryItem, scene->items->len - 1);
}

/* The region's content area, below its label. */
static BakeryRect
region_content (BakeryScene *scene,
                BakeryRegion region)
{
  const BakeryRect *r = &scene->regions[region];
  double f = scene->font_size;
  double pad = 0.7 * f;
  double header = 2.2 * f;

  return (BakeryRect) {
    r->x + pad,
    r->y + header,
    MAX (r->width - 2 * pad, 1),
    MAX (r->height - header - pad, 1),
  };
}

/* Narrow canvases (the bakery beside the editor) stack the regions in
 * rows; wide ones (a projector) put them in three columns.
 */
static void
layout_regions_rows (BakeryScene *scene,
                     double       m,
                     double       g,
                     double       w,
                     double       h)
{
  const BakerySceneOptions *o = &scene->options;
  guint n_rows = o->hide_answers ? 3 : 4;
  double row_h[4] = { 0.27, 0.17, 0.26, 0.30 };
  double y = m;
  double left;

  if (o->hide_answers)
    {
      row_h[0] = 0.36;
      row_h[1] = 0.26;
      row_h[2] = 0.38;
    }

  for (guint i = 0; i < n_rows; i++)
    row_h[i] *= h - (n_rows - 1) * g;

  left = (w - g) * 0.42;
  scene->regions[BAKERY_REGION_DESK] = (BakeryRect) { m, y, left, row_h[0] };
  scene->regions[BAKERY_REGION_OVENS] = (BakeryRect) { m + left + g, y, w - left - g, row_h[0] };
  y += row_h[0] + g;
  scene->regions[BAKERY_REGION_TRAY] = (BakeryRect) { m, y, w, row_h[1] };
  y += row_h[1] + g;
  left = (w - g) * 0.58;
  scene->regions[BAKERY_REGION_COUNTER] = (BakeryRect) { m, y, left, row_h[2] };
  scene->regions[BAKERY_REGION_ROUTINE] = (BakeryRect) { m + left + g, y, w - left - g, row_h[2] };
  y += row_h[2] + g;

  if (!o->hide_answers)
    {
      left = (w - g) * 0.6;
      scene->regions[BAKERY_REGION_RECEIPTS] = (BakeryRect) { m, y, left, row_h[3] };
      scene->regions[BAKERY_REGION_PROMISES] = (BakeryRect) { m + left + g, y, w - left - g, row_h[3] };
    }
}

static void
layout_regions (BakeryScene *scene)
{
  const BakerySceneOptions *o = &scene->options;
  double f = scene->font_size;
  double m = 0.8 * f;
  double g = 0.8 * f;
  double w = o->width - 2 * m;
  double h = o->height - 2 * m;
  double col_a, col_b, col_c;
  double x_a, x_b, x_c;
  double ya_split, yb1, yb2, yc_split;

  w = MAX (w, 3 * g + 3);
  h = MAX (h, 3 * g + 4);

  for (guint i = 0; i < BAKERY_N_REGIONS; i++)
    scene->has_region[i] = TRUE;

  if (o->hide_answers)
    {
      scene->has_region[BAKERY_REGION_RECEIPTS] = FALSE;
      scene->has_region[BAKERY_REGION_PROMISES] = FALSE;
    }

  if (w < h * (o->hide_answers ? 1.05 : 1.3))
    {
      layout_regions_rows (scene, m, g, w, h);
      return;
    }

  if (o->hide_answers)
    {
      col_a = (w - g) * 0.36;
      col_b = (w - g) - col_a;
      col_c = 0;
    }
  else
    {
      col_a = (w - 2 * g) * 0.25;
      col_b = (w - 2 * g) * 0.45;
      col_c = (w - 2 * g) - col_a - col_b;
    }

  x_a = m;
  x_b = x_a + col_a + g;
  x_c = x_b + col_b + g;

  ya_split = (h - g) * 0.55;
  yb1 = (h - 2 * g) * 0.30;
  yb2 = (h - 2 * g) * 0.28;
  yc_split = (h - g) * 0.52;

  scene->regions[BAKERY_REGION_DESK] = (BakeryRect) { x_a, m, col_a, ya_split };
  scene->regions[BAKERY_REGION_ROUTINE] = (BakeryRect) { x_a, m + ya_split + g, col_a, h - ya_split - g };
  scene->regions[BAKERY_REGION_OVENS] = (BakeryRect) { x_b, m, col_b, yb1 };
  scene->regions[BAKERY_REGION_TRAY] = (BakeryRect) { x_b, m + yb1 + g, col_b, yb2 };
  scene->regions[BAKERY_REGION_COUNTER] = (BakeryRect) { x_b, m + yb1 + yb2 + 2 * g, col_b, h - yb1 - yb2 - 2 * g };

  if (!o->hide_answers)
    {
      scene->regions[BAKERY_REGION_RECEIPTS] = (BakeryRect) { x_c, m, col_c, yc_split };
      scene->regions[BAKERY_REGION_PROMISES] = (BakeryRect) { x_c, m + yc_split + g, col_c, h - yc_split - g };
    }
}

static double
scene_font_size (const BakerySceneOptions *o)
{
  gboolean rows = o->width < o->height * (o->hide_answers ? 1.05 : 1.3);
  double unit = rows ? MIN (o->width / 760.0, o->height / 1000.0)
                     : MIN (o->width / 1280.0, o->height / 780.0);
  double f = 15.0 * unit;

  /* Below 11 px labels stop being readable; above 44 px a 4K canvas
   * holds too few items to be useful.
   */
  f = CLAMP (f, 11.0, 44.0);

  /* Large type needs room: on a small canvas (a projector at 800 × 600)
   * 1.4× would push items out of their regions, so it fades to 1× there.
   */
  if (o->large)
    f *= 1.0 + 0.4 * CLAMP ((unit - 0.45) / 0.15, 0.0, 1.0);

  return f * CLAMP (o->zoom, 0.5, 3.0);
}

/* A pending task, or the item the last event was about. */
typedef struct {
  JsTraceEvent last;
  gboolean     has_last;
} StepInfo;

static gboolean
is_fresh_task (const StepInfo *info,
               guint32         id)
{
  if (!info->has_last)
    return FALSE;

  switch (info->last.kind)
    {
    case JS_TRACE_WEBAPI_ADD:
    case JS_TRACE_WEBAPI_DONE:
    case JS_TRACE_TASK_ENQUEUE:
    case JS_TRACE_MICROTASK_ENQUEUE:
      return info->last.id == id;
    default:
      return FALSE;
    }
}

static gboolean
task_is_named (const JsTraceTask *task)
{
  /* A MutationObserver's job is the host's ("notify mutation observers"),
   * not a callback of the script: its kind says more.
   */
  return task->name != NULL && task->name[0] != '\0' && !g_str_equal (task->name, "(anonymous)") &&
         task->kind != JS_TRACE_TASK_MUTATION_OBSERVER;
}

static char *
task_title (const JsTraceTask *task)
{
  if (task_is_named (task))
    return g_strdup (task->name);

  return g_strdup (task_kind_short (task->kind));
}

static char *
task_detail (const JsTraceTask *task)
{
  gboolean named = task_is_named (task);

  if (task->site.line > 0)
    {
      /* Translators: where a task was scheduled, e.g. "then · line 12" */
      if (named)
        return g_strdup_printf (_("%s · line %d"), task_kind_short (task->kind), task->site.line);
      /* Translators: where a task was scheduled */
      return g_strdup_printf (_("line %d"), task->site.line);
    }

  return g_strdup (named ? task_kind_short (task->kind) : "");
}

/* What an oven waits for: a timer's time, a request's answer, a
 * customer's arrival.
 */
static char *
oven_detail (const JsTraceTask *task,
             const char        *due)
{
  switch ((int) task->kind)
    {
    case JS_TRACE_TASK_FETCH:
      /* Translators: a request in the oven, %s is a time in ms */
      return g_strdup_printf (_("answer at %s ms"), due);
    case JS_TRACE_TASK_USER_EVENT:
      /* Translators: a user event not yet happened, %s is a time in ms */
      return g_strdup_printf (_("comes in at %s ms"), due);
    case JS_TRACE_TASK_FILE_SYSTEM:
      /* Translators: a file system operation in the oven, %s is a time in ms */
      return g_strdup_printf (_("done at %s ms"), due);
    default:
      /* Translators: a timer in the oven, %s is a time in ms */
      return g_strdup_printf (_("ready at %s ms"), due);
    }
}

static void
add_region (BakeryScene  *scene,
            BakeryRegion  region,
            gboolean      empty)
{
  const BakeryRect *r = &scene->regions[region];
  const char *hint = empty ? region_empty_hint (region) : NULL;
  BakeryItem *item;

  item = scene_add (scene, BAKERY_ITEM_REGION, BAKERY_KEY (KEY_REGION, region),
                    r->x, r->y, r->width, r->height,
                    g_strdup (bakery_region_label (region)),
                    hint ? g_strdup (hint) : NULL);
  item->sub = region;
}

static void
add_more (BakeryScene  *scene,
          BakeryRegion  region,
          guint         sub,
          double        x,
          double        y,
          double        width,
          double        height,
          char         *text)
{
  BakeryItem *item;

  item = scene_add (scene, BAKERY_ITEM_MORE, BAKERY_KEY (KEY_MORE, region * 16 + sub),
                    x, y, width, height, text, NULL);
  item->sub = region;
}

static void
layout_desk (BakeryScene        *scene,
             const JsTraceState *state,
             const StepInfo     *info)
{
  BakeryRect c = region_content (scene, BAKERY_REGION_DESK);
  double f = scene->font_size;
  double th = 2.7 * f;
  double gap = 0.45 * f;
  guint n = state ? js_trace_state_get_n_frames (state) : 0;
  guint capacity = MAX (1, (guint) ((c.height + gap) / (th + gap)));
  guint first = 0;
  double y = c.y + c.height - th;

  add_region (scene, BAKERY_REGION_DESK, n == 0);

  if (n > capacity)
    {
      first = n - (capacity - 1);
      add_more (scene, BAKERY_REGION_DESK, 0, c.x, y, c.width, th,
                /* Translators: frames of the call stack that do not fit */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more below", "+%u more below", first), first));
      y -= th + gap;
    }

  for (guint i = first; i < n; i++)
    {
      JsTraceFrame frame;
      BakeryItem *item;
      char *title;
      char *detail;

      js_trace_state_get_frame (state, i, &frame);

      if (frame.reason == JS_TRACE_REASON_SCRIPT)
        title = g_strdup (_("main script"));
      else if (frame.name != NULL && frame.name[0] != '\0')
        title = g_strdup (frame.name);
      else
        title = g_strdup (_("(anonymous)"));

      if (frame.range.line > 0)
        detail = g_strdup_printf (_("line %d"), frame.range.line);
      else
        detail = g_strdup ("");

      item = scene_add (scene, BAKERY_ITEM_FRAME, BAKERY_KEY (KEY_FRAME, frame.id),
                        c.x, y, c.width, th, title, detail);
      item->id = frame.id;
      item->sub = frame.reason;
      item->active = (i == n - 1);
      item->fresh = info->has_last && info->last.kind == JS_TRACE_FRAME_PUSH && info->last.id == frame.id;

      y -= th + gap;
    }
}

static void
layout_ovens (BakeryScene        *scene,
              const JsTraceState *state,
              const StepInfo     *info)
{
  BakeryRect c = region_content (scene, BAKERY_REGION_OVENS);
  double f = scene->font_size;
  double gap = 0.6 * f;
  double ow = MIN (c.width, 10.5 * f);
  double oh = MIN (c.height, 3.9 * f);
  guint n = state ? js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_WEBAPI) : 0;
  guint per_row = MAX (1, (guint) ((c.width + gap) / (ow + gap)));
  guint rows = MAX (1, (guint) ((c.height + gap) / (oh + gap)));
  guint capacity = per_row * rows;
  guint shown = n > capacity ? capacity - 1 : n;
  double now = scene->time_ms;

  add_region (scene, BAKERY_REGION_OVENS, n == 0);

  for (guint i = 0; i < shown; i++)
    {
      JsTraceTask task;
      BakeryItem *item;
      g_autofree char *due = NULL;
      double x = c.x + (i % per_row) * (ow + gap);
      double y = c.y + (i / per_row) * (oh + gap);
      double start;

      js_trace_state_get_task (state, JS_TRACE_QUEUE_WEBAPI, i, &task);
      due = bakery_format_ms (task.due_ms);

      item = scene_add (scene, BAKERY_ITEM_OVEN, BAKERY_KEY (KEY_TASK, task.id),
                        x, y, ow, oh,
                        task_title (&task), oven_detail (&task, due));
      item->id = task.id;
      item->sub = task.kind;
      item->fresh = is_fresh_task (info, task.id);

      start = task.due_ms - task.delay_ms;
      if (task.delay_ms <= 0)
        item->progress = 1.0;
      else
        item->progress = CLAMP ((now - start) / task.delay_ms, 0.0, 1.0);
    }

  if (shown < n)
    {
      double x = c.x + (shown % per_row) * (ow + gap);
      double y = c.y + (shown / per_row) * (oh + gap);

      add_more (scene, BAKERY_REGION_OVENS, 0, x, y, ow, oh,
                g_strdup_printf (_("+%u more"), n - shown));
    }
}

/* Lays the tasks of @queue left to right in @row, front first. */
static void
layout_row (BakeryScene        *scene,
            const JsTraceState *state,
            const StepInfo     *info,
            BakeryRegion        region,
            JsTraceQueue        queue,
            BakeryItemKind      kind,
            BakeryRect          row,
            double              item_width)
{
  double f = scene->font_size;
  double gap = 0.5 * f;
  double ih = MIN (row.height, 2.8 * f);
  double iw = MIN (item_width, row.width);
  guint n = state ? js_trace_state_get_n_tasks (state, queue) : 0;
  guint per_row = MAX (1, (guint) ((row.width + gap) / (iw + gap)));
  guint rows = MAX (1, (guint) ((row.height + gap) / (ih + gap)));
  guint capacity = per_row * rows;
  guint shown = n > capacity ? capacity - 1 : n;

  for (guint i = 0; i < shown; i++)
    {
      JsTraceTask task;
      BakeryItem *item;
      double x = row.x + (i % per_row) * (iw + gap);
      double y = row.y + (i / per_row) * (ih + gap);

      js_trace_state_get_task (state, queue, i, &task);

      item = scene_add (scene, kind, BAKERY_KEY (KEY_TASK, task.id),
                        x, y, iw, ih,
                        task_title (&task), task_detail (&task));
      item->id = task.id;
      item->sub = queue;
      item->active = (i == 0);
      item->fresh = is_fresh_task (info, task.id);
    }

  if (shown < n)
    {
      double x = row.x + (shown % per_row) * (iw + gap);
      double y = row.y + (shown / per_row) * (ih + gap);

      add_more (scene, region, queue, x, y, iw, ih,
                g_strdup_printf (_("+%u more"), n - shown));
    }
}

static void
add_shelf (BakeryScene  *scene,
           JsTraceQueue  queue,
           BakeryRect    r,
           const char   *label,
           guint         n)
{
  BakeryItem *item;

  item = scene_add (scene, BAKERY_ITEM_SHELF, BAKERY_KEY (KEY_SHELF, queue),
                    r.x, r.y, r.width, r.height,
                    g_strdup (label),
                    n == 0 ? g_strdup (_("empty")) : NULL);
  item->sub = queue;
}

static void
layout_tray (BakeryScene        *scene,
             const JsTraceState *state,
             const StepInfo     *info)
{
  BakeryRect c = region_content (scene, BAKERY_REGION_TRAY);
  double f = scene->font_size;
  /* Room for the label and for a fresh pastry's glow below it. */
  double label_h = 1.9 * f;
  double pw = 11.0 * f;

  add_region (scene, BAKERY_REGION_TRAY, FALSE);

  if (scene->options.host == JS_HOST_NODE)
    {
      double gap = 0.6 * f;
      double tick_w = (c.width - gap) * 0.36;
      BakeryRect tick = { c.x, c.y, tick_w, c.height };
      BakeryRect micro = { c.x + tick_w + gap, c.y, c.width - tick_w - gap, c.height };
      guint n_tick = state ? js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_NEXT_TICK) : 0;
      guint n_micro = state ? js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_MICROTASK) : 0;

      /* Translators: the small tray Node checks before the microtask tray */
      add_shelf (scene, JS_TRACE_QUEUE_NEXT_TICK, tick, _("nextTick — checked first"), n_tick);
      add_shelf (scene, JS_TRACE_QUEUE_MICROTASK, micro, _("promise jobs"), n_micro);

      tick.x += 0.4 * f; tick.width -= 0.8 * f; tick.y += label_h; tick.height -= label_h + 0.4 * f;
      micro.x += 0.4 * f; micro.width -= 0.8 * f; micro.y += label_h; micro.height -= label_h + 0.4 * f;

      layout_row (scene, state, info, BAKERY_REGION_TRAY, JS_TRACE_QUEUE_NEXT_TICK,
                  BAKERY_ITEM_MICROTASK, tick, pw);
      layout_row (scene, state, info, BAKERY_REGION_TRAY, JS_TRACE_QUEUE_MICROTASK,
                  BAKERY_ITEM_MICROTASK, micro, pw);
    }
  else
    {
      guint n_micro = state ? js_trace_state_get_n_tasks (state, JS_TRACE_QUEUE_MICROTASK) : 0;
      BakeryRect micro = c;

      add_shelf (scene, JS_TRACE_QUEUE_MICROTASK, micro, _("microtask queue"), n_micro);
      micro.x += 0.4 * f; micro.width -= 0.8 * f; micro.y += label_h; micro.height -= label_h + 0.4 * f;
      layout_row (scene, state, info, BAKERY_REGION_TRAY, JS_TRACE_QUEUE_MICROTASK,
                  BAKERY_ITEM_MICROTASK, micro, pw);
    }
}

static void
layout_counter (BakeryScene        *scene,
                const JsTraceState *state,
                const StepInfo     *info)
{
  static const JsTraceQueue node_queues[] = {
    JS_TRACE_QUEUE_TIMERS, JS_TRACE_QUEUE_IO, JS_TRACE_QUEUE_IMMEDIATE, JS_TRACE_QUEUE_CLOSE,
  };
  /* A browser's task sources, and the callbacks waiting for the next frame. */
  static const JsTraceQueue browser_queues[] = {
    JS_TRACE_QUEUE_TIMERS, JS_TRACE_QUEUE_USER_INPUT, JS_TRACE_QUEUE_IO, JS_TRACE_QUEUE_DOM,
    JS_TRACE_QUEUE_ANIMATION_FRAME, JS_TRACE_QUEUE_IDLE,
  };
  gboolean node = scene->options.host == JS_HOST_NODE;
  const JsTraceQueue *all_queues = node ? node_queues : browser_queues;
  guint n_all = node ? G_N_ELEMENTS (node_queues) : G_N_ELEMENTS (browser_queues);
  BakeryRect c = region_content (scene, BAKERY_REGION_COUNTER);
  double f = scene->font_size;
  JsTraceQueue queues[MAX (G_N_ELEMENTS (node_queues), G_N_ELEMENTS (browser_queues))];
  guint n_queues = 0;
  double gap = 0.4 * f;
  double label_w;
  double shelf_h;

  add_region (scene, BAKERY_REGION_COUNTER, FALSE);

  /* Node has a shelf per phase.  A browser has a shelf for timers; its
   * other task sources get one only while something waits on them.
   */
  for (guint i = 0; i < n_all; i++)
    {
      if (node || all_queues[i] == JS_TRACE_QUEUE_TIMERS ||
          (state && js_trace_state_get_n_tasks (state, all_queues[i]) > 0))
        queues[n_queues++] = all_queues[i];
    }

  shelf_h = (c.height - (n_queues - 1) * gap) / n_queues;
  label_w = MIN (8.0 * f, c.width * 0.3);

  for (guint i = 0; i < n_queues; i++)
    {
      BakeryRect shelf = { c.x, c.y + i * (shelf_h + gap), c.width, shelf_h };
      BakeryRect row = { shelf.x + label_w, shelf.y + 0.2 * f, shelf.width - label_w - 0.3 * f, shelf_h - 0.4 * f };
      guint n = state ? js_trace_state_get_n_tasks (state, queues[i]) : 0;
      const char *label;

      switch ((int)queues[i])
        {
        case JS_TRACE_QUEUE_TIMERS:
          label = _("timers");
          break;
        case JS_TRACE_QUEUE_IO:
          /* Translators: the browser's networking task source */
          label = node ? _("I/O") : _("network");
          break;
        case JS_TRACE_QUEUE_USER_INPUT:
          /* Translators: user events waiting as tasks, as customers at a bakery */
          label = _("customers");
          break;
        case JS_TRACE_QUEUE_DOM:
          label = _("DOM");
          break;
        case JS_TRACE_QUEUE_ANIMATION_FRAME:
          /* Translators: requestAnimationFrame callbacks waiting for the next frame */
          label = _("next frame");
          break;
        case JS_TRACE_QUEUE_IDLE:
          /* Translators: requestIdleCallback callbacks, run when the page has nothing else to do */
          label = _("when idle");
          break;
        case JS_TRACE_QUEUE_IMMEDIATE:
          label = _("check");
          break;
        default:
          label = _("close");
          break;
        }

      add_shelf (scene, queues[i], shelf, label, n);
      layout_row (scene, state, info, BAKERY_REGION_COUNTER, queues[i],
                  BAKERY_ITEM_TASK, row, 8.5 * f);
    }
}

/* Which station of the routine the baker is at.  The trace says the
 * phase; microtasks run inside a phase, which the frame at the bottom of
 * the stack tells.
 */
static BakeryStation
current_station (BakeryScene        *scene,
                 const JsTraceState *state,
                 JsTrace            *trace,
                 guint64             step)
{
  JsTracePhase phase = state ? js_trace_state_get_phase (state) : JS_TRACE_PHASE_NONE;
  gboolean node = scene->options.host == JS_HOST_NODE;

  JsTraceFrame bottom = { 0 };
  guint n_frames = state ? js_trace_state_get_n_frames (state) : 0;

  if (n_frames > 0)
    js_trace_state_get_frame (state, 0, &bottom);

  /* A job runs on the trays' station; between two jobs, with the desk
   * empty, the baker is still there, until the trace says the loop moved
   * on (a task runs or a phase begins).
   */
  if ((n_frames > 0 && bottom.reason == JS_TRACE_REASON_MICROTASK) || (n_frames == 0 && trace != NULL))
    {
      for (guint64 seq = step; seq > 0 && step - seq < 4096; seq--)
        {
          JsTraceEvent ev;

          js_trace_get_event (trace, seq - 1, &ev);
          if (ev.kind == JS_TRACE_MICROTASK_RUN)
            return node && ev.sub == JS_TRACE_QUEUE_NEXT_TICK ? BAKERY_STATION_NEXT_TICK
                                                              : BAKERY_STATION_MICROTASKS;
          if (ev.kind == JS_TRACE_TASK_RUN || ev.kind == JS_TRACE_PHASE || ev.kind == JS_TRACE_SCRIPT_START)
            break;
        }
      if (n_frames > 0)
        return BAKERY_STATION_MICROTASKS;
    }

  switch (phase)
    {
    case JS_TRACE_PHASE_SCRIPT: return node ? BAKERY_STATION_SCRIPT : BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_TASK:   return BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_RENDER: return BAKERY_STATION_RENDER;
    case JS_TRACE_PHASE_TIMERS: return node ? BAKERY_STATION_TIMERS : BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_PENDING:
    case JS_TRACE_PHASE_IDLE:   return node ? BAKERY_STATION_PENDING : BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_POLL:   return node ? BAKERY_STATION_POLL : BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_CHECK:  return node ? BAKERY_STATION_CHECK : BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_CLOSE:  return node ? BAKERY_STATION_CLOSE : BAKERY_STATION_TASK;
    case JS_TRACE_PHASE_NONE:
    case JS_TRACE_PHASE_DONE:
    case JS_TRACE_N_PHASES:
    default:
      return BAKERY_N_STATIONS;
    }
}

static void
layout_routine (BakeryScene        *scene,
                const JsTraceState *state,
                JsTrace            *trace,
                guint64             step)
{
  static const BakeryStation node_stations[] = {
    BAKERY_STATION_SCRIPT, BAKERY_STATION_NEXT_TICK, BAKERY_STATION_MICROTASKS,
    BAKERY_STATION_TIMERS, BAKERY_STATION_PENDING, BAKERY_STATION_POLL,
    BAKERY_STATION_CHECK, BAKERY_STATION_CLOSE,
  };
  /* A browser's main script is its first task: the ring is the loop's
   * whole round, and the clock says "script" while it runs.
   */
  static const BakeryStation browser_stations[] = {
    BAKERY_STATION_TASK, BAKERY_STATION_MICROTASKS, BAKERY_STATION_RENDER,
  };
  BakeryRect c = region_content (scene, BAKERY_REGION_ROUTINE);
  double f = scene->font_size;
  gboolean node = scene->options.host == JS_HOST_NODE;
  const BakeryStation *stations = node ? node_stations : browser_stations;
  guint n = node ? G_N_ELEMENTS (node_stations) : G_N_ELEMENTS (browser_stations);
  BakeryStation current = current_station (scene, state, trace, step);
  JsTracePhase phase = state ? js_trace_state_get_phase (state) : JS_TRACE_PHASE_NONE;
  double cx = c.x + c.width / 2;
  double cy = c.y + c.height / 2;
  double bw = MIN (6.4 * f, c.width * (node ? 0.3 : 0.4));
  double bh = MIN (1.7 * f, c.height / (node ? 5.5 : 3.5));
  double rx = MAX (c.width / 2 - bw / 2, 1);
  double ry = MAX (c.height / 2 - bh / 2, 1);
  g_autofree char *time = bakery_format_ms (scene->time_ms);
  BakeryItem *item;
  const char *where;
  double clock_w;
  double clock_h;

  add_region (scene, BAKERY_REGION_ROUTINE, FALSE);

  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      double x = cx + rx * cos (angle) - bw / 2;
      double y = cy + ry * sin (angle) - bh / 2;

      item = scene_add (scene, BAKERY_ITEM_PHASE, BAKERY_KEY (KEY_STATION, stations[i]),
                        x, y, bw, bh, g_strdup (station_label (stations[i])), NULL);
      item->sub = stations[i];
      item->active = (stations[i] == current);
    }

  if (phase == JS_TRACE_PHASE_DONE)
    where = _("finished");
  else if (phase == JS_TRACE_PHASE_NONE)
    where = _("not started");
  else if (phase == JS_TRACE_PHASE_SCRIPT && current == BAKERY_STATION_TASK)
    where = station_label (BAKERY_STATION_SCRIPT);
  else if (current < BAKERY_N_STATIONS)
    where = station_label (current);
  else
    where = "";

  /* The clock in the middle of the ring: virtual time, and where we are. */
  /* Eight stations leave the middle between the side ones; three, at the
   * top and the lower corners, leave most of the ring's width.
   */
  if (node)
    clock_w = MAX (MIN (bw * 1.5, 2 * rx - bw * 1.1), bw);
  else
    clock_w = MAX (MIN (bw * 2, 1.6 * rx), bw);
  clock_h = MIN (3.2 * f, 2 * ry - bh * 1.2);
  item = scene_add (scene, BAKERY_ITEM_BADGE, BAKERY_KEY (KEY_BADGE, 0),
                    cx - clock_w / 2, cy - clock_h / 2, clock_w, MAX (clock_h, f),
                    /* Translators: the virtual clock, %s is a time in ms */
                    g_strdup_printf (_("%s ms"), time),
                    g_strdup (where));
  item->sub = phase;
}

static void
layout_receipts (BakeryScene        *scene,
                 const JsTraceState *state,
                 const StepInfo     *info)
{
  BakeryRect c = region_content (scene, BAKERY_REGION_RECEIPTS);
  double f = scene->font_size;
  double lh = 2.0 * f;
  double gap = 0.3 * f;
  guint n = state ? js_trace_state_get_n_console_lines (state) : 0;
  guint capacity = MAX (1, (guint) ((c.height + gap) / (lh + gap)));
  guint first = 0;
  double y = c.y;

  add_region (scene, BAKERY_REGION_RECEIPTS, n == 0);

  if (n > capacity)
    {
      first = n - (capacity - 1);
      add_more (scene, BAKERY_REGION_RECEIPTS, 0, c.x, y, c.width, lh,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u earlier line", "+%u earlier lines", first), first));
      y += lh + gap;
    }

  for (guint i = first; i < n; i++)
    {
      JsTraceConsoleLine line;
      BakeryItem *item;
      char *text;
      gsize len;

      js_trace_state_get_console_line (state, i, &line);
      text = g_strdup (line.text);
      len = strlen (text);
      if (len > 0 && text[len - 1] == '\n')
        text[len - 1] = '\0';

      item = scene_add (scene, BAKERY_ITEM_RECEIPT, BAKERY_KEY (KEY_RECEIPT, i),
                        c.x, y, c.width, lh, text, NULL);
      item->id = i;
      item->sub = line.stream;
      item->active = (i == n - 1);
      item->fresh = item->active && info->has_last && info->last.kind == JS_TRACE_CONSOLE;

      y += lh + gap;
    }
}

static void
layout_promises (BakeryScene        *scene,
                 const JsTraceState *state,
                 const StepInfo     *info)
{
  BakeryRect c = region_content (scene, BAKERY_REGION_PROMISES);
  double f = scene->font_size;
  double gap = 0.5 * f;
  double pw = MIN (c.width, 8.0 * f);
  double ph = MIN (c.height, 3.0 * f);
  guint n = state ? js_trace_state_get_n_promises (state) : 0;
  guint per_row = MAX (1, (guint) ((c.width + gap) / (pw + gap)));
  guint rows = MAX (1, (guint) ((c.height + gap) / (ph + gap)));
  guint capacity = per_row * rows;
  guint first = 0;
  guint slot = 0;

  /* Spread the cards over the whole width. */
  pw = (c.width - (per_row - 1) * gap) / per_row;

  add_region (scene, BAKERY_REGION_PROMISES, n == 0);

  if (n > capacity)
    {
      first = n - (capacity - 1);
      add_more (scene, BAKERY_REGION_PROMISES, 0, c.x, c.y, pw, ph,
                g_strdup_printf (_("+%u earlier"), first));
      slot = 1;
    }

  for (guint i = first; i < n; i++, slot++)
    {
      JsTracePromise promise;
      BakeryItem *item;
      double x = c.x + (slot % per_row) * (pw + gap);
      double y = c.y + (slot / per_row) * (ph + gap);
      char *detail;

      js_trace_state_get_promise (state, i, &promise);

      switch (promise.state)
        {
        case JS_TRACE_PROMISE_FULFILLED:
          /* Translators: a fulfilled promise and its value */
          detail = g_strdup_printf (_("✓ %s"), promise.preview);
          break;
        case JS_TRACE_PROMISE_REJECTED:
          /* Translators: a rejected promise and its reason */
          detail = g_strdup_printf (_("✗ %s"), promise.preview);
          break;
        case JS_TRACE_PROMISE_PENDING:
        default:
          detail = g_strdup (_("pending"));
          break;
        }

      item = scene_add (scene, BAKERY_ITEM_PROMISE, BAKERY_KEY (KEY_PROMISE, promise.id),
                        x, y, pw, ph,
                        g_strdup_printf ("#%u", promise.id), detail);
      item->id = promise.id;
      item->sub = promise.state;
      item->progress = promise.state == JS_TRACE_PROMISE_PENDING ? 0.0 : 1.0;
      item->fresh = info->has_last &&
                    (info->last.kind == JS_TRACE_PROMISE_NEW || info->last.kind == JS_TRACE_PROMISE_SETTLE) &&
                    info->last.id == promise.id;
    }
}

static void
scene_build (BakeryScene        *scene,
             JsTrace            *trace,
             const JsTraceState *state,
             guint64             step)
{
  StepInfo info = { 0 };

  scene->font_size = scene_font_size (&scene->options);

  if (trace != NULL && step > 0)
    {
      js_trace_get_event (trace, step - 1, &info.last);
      info.has_last = TRUE;
    }

  layout_regions (scene);
  layout_desk (scene, state, &info);
  layout_routine (scene, state, trace, step);
  layout_ovens (scene, state, &info);
  layout_tray (scene, state, &info);
  layout_counter (scene, state, &info);

  if (!scene->options.hide_answers)
    {
      layout_receipts (scene, state, &info);
      layout_promises (scene, state, &info);
    }
}

/**
 * bakery_scene_new:
 * @trace: the trace of a run
 * @step: the step to show, from 0 (before anything) to the number of events
 * @options: the size and what to show
 *
 * Lays out the bakery as it is after @step events of @trace.  The scene
 * copies everything it shows: it does not keep @trace.
 *
 * Returns: (transfer full): a new scene
 */
BakeryScene *
bakery_scene_new (JsTrace                  *trace,
                  guint64                   step,
                  const BakerySceneOptions *options)
{
  const JsTraceState *state;
  BakeryScene *scene;

  g_return_val_if_fail (trace != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  step = MIN (step, js_trace_get_n_events (trace));
  state = js_trace_get_state (trace, step);

  scene = scene_alloc (options);
  scene->step = step;
  scene->time_ms = js_trace_state_get_time (state);
  scene_build (scene, trace, state, step);

  return scene;
}

/**
 * bakery_scene_new_empty:
 *
 * Returns: (transfer full): the bakery with nothing in it, before any run
 */
BakeryScene *
bakery_scene_new_empty (const BakerySceneOptions *options)
{
  BakeryScene *scene;

  g_return_val_if_fail (options != NULL, NULL);

  scene = scene_alloc (options);
  scene_build (scene, NULL, NULL, 0);

  return scene;
}

BakeryScene *
bakery_scene_ref (BakeryScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);

  g_atomic_ref_count_inc (&scene->ref_count);

  return scene;
}

void
bakery_scene_unref (BakeryScene *scene)
{
  g_return_if_fail (scene != NULL);

  if (g_atomic_ref_count_dec (&scene->ref_count))
    {
      g_array_unref (scene->items);
      g_free (scene);
    }
}

guint64
bakery_scene_get_step (BakeryScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);

  return scene->step;
}

double
bakery_scene_get_time (BakeryScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);

  return scene->time_ms;
}

double
bakery_scene_get_font_size (BakeryScene *scene)
{
  g_return_val_if_fail (scene != NULL, 12);

  return scene->font_size;
}

const BakerySceneOptions *
bakery_scene_get_options (BakeryScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);

  return &scene->options;
}

guint
bakery_scene_get_n_items (BakeryScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);

  return scene->items->len;
}

const BakeryItem *
bakery_scene_get_item (BakeryScene *scene,
                       guint        index)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (index < scene->items->len, NULL);

  return &g_array_index (scene->items, BakeryItem, index);
}

const BakeryItem *
bakery_scene_find_item (BakeryScene *scene,
                        guint64      key)
{
  g_return_val_if_fail (scene != NULL, NULL);

  if (key == 0)
    return NULL;

  for (guint i = 0; i < scene->items->len; i++)
    {
      const BakeryItem *item = &g_array_index (scene->items, BakeryItem, i);

      if (item->key == key)
        return item;
    }

  return NULL;
}

const BakeryRect *
bakery_scene_get_region (BakeryScene  *scene,
                         BakeryRegion  region)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (region < BAKERY_N_REGIONS, NULL);

  return &scene->regions[region];
}

gboolean
bakery_scene_has_region (BakeryScene  *scene,
                         BakeryRegion  region)
{
  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (region < BAKERY_N_REGIONS, FALSE);

  return scene->has_region[region];
}

/**
 * bakery_scene_hit_test:
 *
 * Returns: (nullable): the topmost item at @x, @y that stands for
 *   something in the trace (not a region, shelf or station)
 */
const BakeryItem *
bakery_scene_hit_test (BakeryScene *scene,
                       double       x,
                       double       y)
{
  g_return_val_if_fail (scene != NULL, NULL);

  for (guint i = scene->items->len; i > 0; i--)
    {
      const BakeryItem *item = &g_array_index (scene->items, BakeryItem, i - 1);

      switch (item->kind)
        {
        case BAKERY_ITEM_FRAME:
        case BAKERY_ITEM_OVEN:
        case BAKERY_ITEM_TASK:
        case BAKERY_ITEM_MICROTASK:
        case BAKERY_ITEM_RECEIPT:
        case BAKERY_ITEM_PROMISE:
          break;
        default:
          continue;
        }

      if (item->opacity > 0.5 &&
          x >= item->rect.x && x < item->rect.x + item->rect.width &&
          y >= item->rect.y && y < item->rect.y + item->rect.height)
        return item;
    }

  return NULL;
}

void
bakery_scene_set_badge (BakeryScene *scene,
                        const char  *text)
{
  const BakeryRect *r;
  double f;
  BakeryItem *item;

  g_return_if_fail (scene != NULL);

  if (text == NULL)
    return;

  /* A note over the ring, such as a compressed idle stretch. */
  r = &scene->regions[BAKERY_REGION_ROUTINE];
  f = scene->font_size;
  item = scene_add (scene, BAKERY_ITEM_BADGE, BAKERY_KEY (KEY_BADGE, 1),
                    r->x + r->width - 13 * f, r->y + 0.4 * f, 12.5 * f, 1.6 * f,
                    g_strdup (text), NULL);
  item->sub = -1;
}

static double
lerp (double a,
      double b,
      double t)
{
  return a + (b - a) * t;
}

static BakeryRect
lerp_rect (const BakeryRect *a,
           const BakeryRect *b,
           double            t)
{
  return (BakeryRect) {
    lerp (a->x, b->x, t),
    lerp (a->y, b->y, t),
    lerp (a->width, b->width, t),
    lerp (a->height, b->height, t),
  };
}

static BakeryItem *
copy_into (BakeryScene      *scene,
           const BakeryItem *item)
{
  BakeryItem copy = *item;

  copy.title = g_strdup (item->title);
  copy.detail = g_strdup (item->detail);
  g_array_append_val (scene->items, copy);

  return &g_array_index (scene->items, BakeryItem, scene->items->len - 1);
}

static gboolean
is_queued (const BakeryItem *item)
{
  return item->kind == BAKERY_ITEM_TASK || item->kind == BAKERY_ITEM_MICROTASK;
}

/**
 * bakery_scene_interpolate:
 * @from: the scene on screen when the transition started
 * @to: the scene to arrive at
 * @t: the linear progress, 0 to 1; eased here
 *
 * Blends two scenes: items in both move, new items fade in, items that
 * left fade out.  A task taken to the desk rides over to its ticket.
 *
 * Returns: (transfer full): the scene at @t; @to itself at 1
 */
BakeryScene *
bakery_scene_interpolate (BakeryScene *from,
                          BakeryScene *to,
                          double       t)
{
  const BakeryItem *leaving_task = NULL;
  const BakeryItem *arriving_frame = NULL;
  BakeryScene *scene;
  double e;

  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  if (t >= 1.0)
    return bakery_scene_ref (to);

  e = bakery_ease (t);

  /* A task leaves its queue as a frame arrives on the desk: the same cake,
   * to the eye, so it travels.  The trace does not tie the two ids; the
   * motion is cosmetic and only paired when it is unambiguous.
   */
  for (guint i = 0; i < from->items->len; i++)
    {
      const BakeryItem *item = &g_array_index (from->items, BakeryItem, i);

      if (is_queued (item) && bakery_scene_find_item (to, item->key) == NULL)
        leaving_task = leaving_task ? NULL : item;
    }
  for (guint i = 0; i < to->items->len; i++)
    {
      const BakeryItem *item = &g_array_index (to->items, BakeryItem, i);

      if (item->kind == BAKERY_ITEM_FRAME && bakery_scene_find_item (from, item->key) == NULL)
        arriving_frame = item;
    }

  scene = scene_alloc (&to->options);
  scene->step = to->step;
  scene->time_ms = lerp (from->time_ms, to->time_ms, e);
  scene->font_size = lerp (from->font_size, to->font_size, e);
  memcpy (scene->regions, to->regions, sizeof scene->regions);
  memcpy (scene->has_region, to->has_region, sizeof scene->has_region);

  for (guint i = 0; i < to->items->len; i++)
    {
      const BakeryItem *b = &g_array_index (to->items, BakeryItem, i);
      const BakeryItem *a = bakery_scene_find_item (from, b->key);
      BakeryItem *item = copy_into (scene, b);

      if (a != NULL)
        {
          item->rect = lerp_rect (&a->rect, &b->rect, e);
          item->opacity = lerp (a->opacity, b->opacity, e);
          item->progress = lerp (a->progress, b->progress, e);
        }
      else if (b == arriving_frame && leaving_task != NULL)
        {
          item->rect = lerp_rect (&leaving_task->rect, &b->rect, e);
        }
      else if (b->kind == BAKERY_ITEM_RECEIPT)
        {
          /* Printed: the paper comes out of the slot above. */
          item->rect.y -= (1 - e) * b->rect.height;
          item->opacity = b->opacity * e;
        }
      else
        {
          double s = lerp (0.6, 1.0, e);
          double cx = b->rect.x + b->rect.width / 2;
          double cy = b->rect.y + b->rect.height / 2;

          item->rect.width = b->rect.width * s;
          item->rect.height = b->rect.height * s;
          item->rect.x = cx - item->rect.width / 2;
          item->rect.y = cy - item->rect.height / 2;
          item->opacity = b->opacity * e;
        }
    }

  for (guint i = 0; i < from->items->len; i++)
    {
      const BakeryItem *a = &g_array_index (from->items, BakeryItem, i);
      BakeryItem *item;

      if (a->key != 0 && bakery_scene_find_item (to, a->key) != NULL)
        continue;

      item = copy_into (scene, a);
      item->opacity = a->opacity * (1 - e);
      item->fresh = FALSE;

      if (a == leaving_task && arriving_frame != NULL)
        item->rect = lerp_rect (&a->rect, &arriving_frame->rect, e);
      else if (a->kind == BAKERY_ITEM_MICROTASK || a->kind == BAKERY_ITEM_TASK)
        item->rect.y -= e * a->rect.height * 0.8;
    }

  return scene;
}

static void
describe_queue (GString        *out,
                BakeryScene    *scene,
                int             sub,
                BakeryItemKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < scene->items->len; i++)
    {
      const BakeryItem *item = &g_array_index (scene->items, BakeryItem, i);

      if (item->kind != kind || (sub >= 0 && item->sub != sub))
        continue;

      g_string_append (out, count == 0 ? " " : ", ");
      g_string_append (out, item->title);
      if (item->kind == BAKERY_ITEM_OVEN && item->detail)
        g_string_append_printf (out, " (%s)", item->detail);
      count++;
    }

  if (count == 0)
    g_string_append_printf (out, " %s", _("empty"));

  g_string_append (out, ".");
}

/**
 * bakery_scene_describe:
 *
 * Returns: (transfer full): the state in words, for screen readers: what is
 *   on the desk and in each queue
 */
char *
bakery_scene_describe (BakeryScene *scene)
{
  GString *out = g_string_new (NULL);
  const BakeryItem *clock = bakery_scene_find_item (scene, BAKERY_KEY (KEY_BADGE, 0));
  guint n_frames = 0;

  g_return_val_if_fail (scene != NULL, NULL);

  if (clock != NULL)
    g_string_append_printf (out, _("Time %s, %s."), clock->title, clock->detail ? clock->detail : "");

  g_string_append_printf (out, " %s:", _("Call stack, top first"));
  for (guint i = scene->items->len; i > 0; i--)
    {
      const BakeryItem *item = &g_array_index (scene->items, BakeryItem, i - 1);

      if (item->kind != BAKERY_ITEM_FRAME)
        continue;
      g_string_append (out, n_frames == 0 ? " " : ", ");
      g_string_append (out, item->title);
      n_frames++;
    }
  if (n_frames == 0)
    g_string_append_printf (out, " %s", _("empty"));
  g_string_append (out, ".");

  g_string_append_printf (out, " %s:", _("Ovens"));
  describe_queue (out, scene, -1, BAKERY_ITEM_OVEN);

  if (scene->options.host == JS_HOST_NODE)
    {
      g_string_append_printf (out, " %s:", _("nextTick tray"));
      describe_queue (out, scene, JS_TRACE_QUEUE_NEXT_TICK, BAKERY_ITEM_MICROTASK);
    }
  g_string_append_printf (out, " %s:", _("Microtask tray"));
  describe_queue (out, scene, JS_TRACE_QUEUE_MICROTASK, BAKERY_ITEM_MICROTASK);
  g_string_append_printf (out, " %s:", _("Timers counter"));
  describe_queue (out, scene, JS_TRACE_QUEUE_TIMERS, BAKERY_ITEM_TASK);
  if (scene->options.host == JS_HOST_NODE)
    {
      g_string_append_printf (out, " %s:", _("Check counter"));
      describe_queue (out, scene, JS_TRACE_QUEUE_IMMEDIATE, BAKERY_ITEM_TASK);
    }

  if (!scene->options.hide_answers)
    {
      const BakeryItem *last = NULL;
      guint lines = 0;

      for (guint i = 0; i < scene->items->len; i++)
        {
          const BakeryItem *item = &g_array_index (scene->items, BakeryItem, i);

          if (item->kind == BAKERY_ITEM_RECEIPT)
            {
              last = item;
              lines = item->id + 1;
            }
        }

      if (last != NULL)
        g_string_append_printf (out,
                                g_dngettext (GETTEXT_PACKAGE,
                                             " Console: %u line, the last “%s”.",
                                             " Console: %u lines, the last “%s”.",
                                             lines),
                                lines, last->title);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/**
 * bakery_scene_find_origin_step:
 * @trace: the trace the item's scene was made from
 * @item: an item of the scene
 * @step: the scene's step
 *
 * Finds the step that created @item: the event that put the task in the
 * oven or a queue, pushed the frame, created the promise or printed the
 * line.
 *
 * Returns: the step right after that event, or @step if there is none
 */
guint64
bakery_scene_find_origin_step (JsTrace          *trace,
                               const BakeryItem *item,
                               guint64           step)
{
  guint64 n;
  guint32 console_seen = 0;

  g_return_val_if_fail (trace != NULL, step);
  g_return_val_if_fail (item != NULL, step);

  n = MIN (step, js_trace_get_n_events (trace));

  for (guint64 seq = 0; seq < n; seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);

      switch (item->kind)
        {
        case BAKERY_ITEM_OVEN:
        case BAKERY_ITEM_TASK:
        case BAKERY_ITEM_MICROTASK:
          if ((ev.kind == JS_TRACE_WEBAPI_ADD ||
               ev.kind == JS_TRACE_TASK_ENQUEUE ||
               ev.kind == JS_TRACE_MICROTASK_ENQUEUE) && ev.id == item->id)
            return seq + 1;
          break;

        case BAKERY_ITEM_FRAME:
          if (ev.kind == JS_TRACE_FRAME_PUSH && ev.id == item->id)
            return seq + 1;
          break;

        case BAKERY_ITEM_PROMISE:
          if (ev.kind == JS_TRACE_PROMISE_NEW && ev.id == item->id)
            return seq + 1;
          break;

        case BAKERY_ITEM_RECEIPT:
          if (ev.kind == JS_TRACE_CONSOLE && console_seen++ == item->id)
            return seq + 1;
          break;

        case BAKERY_ITEM_REGION:
        case BAKERY_ITEM_SHELF:
        case BAKERY_ITEM_PHASE:
        case BAKERY_ITEM_MORE:
        case BAKERY_ITEM_BADGE:
        case BAKERY_N_ITEM_KINDS:
        default:
          return step;
        }
    }

  return step;
}
