/* bakery-render.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "bakery-render.h"

/* A flat GNOME look: rounded cards tinted with the palette's hue over the
 * card background, so the same code reads in light, dark and high
 * contrast; text is always the foreground colour, never coloured text on
 * coloured fills.
 */

/* What the renderer keeps from one frame to the next: the shaped text,
 * and the backdrop (the panels, shelves and the routine's ring, which
 * change only with the size, the palette, the zoom or a queue appearing)
 * as an image, so that a frame is one copy plus the few moving items.
 */
struct _BakeryRenderer {
  PangoContext         *context;
  PangoFontDescription *sans;
  PangoFontDescription *bold;
  PangoFontDescription *mono;
  GHashTable           *layouts;       /* key → CachedLayout */
  guint                 frame;
  double                pixel_scale;   /* for recording targets */
  cairo_surface_t      *backdrop;
  GByteArray           *backdrop_key;  /* what the backdrop was drawn from */
  GByteArray           *scratch_key;
  GByteArray           *first_seen_key; /* a backdrop drawn once, uncached */
};

typedef struct {
  PangoLayout *layout;
  int          height;
  guint        frame;                  /* last drawn in this frame */
} CachedLayout;

/* Layouts unused for this many frames are dropped: a transition makes new
 * ones every frame, a still scene reuses them all.
 */
#define LAYOUT_MAX_AGE 8

typedef struct {
  cairo_t             *cr;
  const BakeryPalette *palette;
  BakeryRenderer      *renderer;
  double               f;
} Ctx;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* The libadwaita 1.2 palette and named colours. */
void
bakery_palette_init_light (BakeryPalette *palette)
{
  static const BakeryPalette light = {
    .window_bg = RGB (0xfafafa),
    .window_fg = { 0, 0, 0, 0.8 },
    .view_bg = RGB (0xffffff),
    .view_fg = { 0, 0, 0, 0.8 },
    .card_bg = RGB (0xffffff),
    .accent = RGB (0x1c71d8),
    .accent_bg = RGB (0x3584e4),
    .accent_fg = RGB (0xffffff),
    .blue = RGB (0x3584e4),
    .green = RGB (0x2ec27e),
    .yellow = RGB (0xe5a50a),
    .orange = RGB (0xff7800),
    .red = RGB (0xe01b24),
    .purple = RGB (0x9141ac),
    .brown = RGB (0x986a44),
    .dark = FALSE,
    .high_contrast = FALSE,
  };

  g_return_if_fail (palette != NULL);

  *palette = light;
}

void
bakery_palette_init_dark (BakeryPalette *palette)
{
  static const BakeryPalette dark = {
    .window_bg = RGB (0x242424),
    .window_fg = RGB (0xffffff),
    .view_bg = RGB (0x1e1e1e),
    .view_fg = RGB (0xffffff),
    .card_bg = { 1, 1, 1, 0.08 },
    .accent = RGB (0x78aeed),
    .accent_bg = RGB (0x3584e4),
    .accent_fg = RGB (0xffffff),
    .blue = RGB (0x62a0ea),
    .green = RGB (0x57e389),
    .yellow = RGB (0xf8e45c),
    .orange = RGB (0xffa348),
    .red = RGB (0xf66151),
    .purple = RGB (0xc061cb),
    .brown = RGB (0xcdab8f),
    .dark = TRUE,
    .high_contrast = FALSE,
  };

  g_return_if_fail (palette != NULL);

  *palette = dark;
}

static void
set_color (cairo_t           *cr,
           const BakeryColor *color,
           double             alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* @over at @alpha on top of the opaque @under, as an opaque colour: opaque
 * fills take cairo's fast path, and the panels are most of the pixels.
 */
static BakeryColor
mix (const BakeryColor *over,
     double             alpha,
     const BakeryColor *under)
{
  double a = CLAMP (over->alpha * alpha, 0.0, 1.0);

  return (BakeryColor) {
    over->red * a + under->red * (1 - a),
    over->green * a + under->green * (1 - a),
    over->blue * a + under->blue * (1 - a),
    1.0,
  };
}

/* The colour of a panel: the card background over the window's. */
static BakeryColor
panel_color (const BakeryPalette *p)
{
  return mix (&p->card_bg, 1.0, &p->window_bg);
}

static void
rounded_rect (cairo_t          *cr,
              const BakeryRect *r,
              double            radius)
{
  double x = r->x, y = r->y, w = r->width, h = r->height;

  radius = MIN (radius, MIN (w, h) / 2);
  if (radius <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static BakeryRect
inset (const BakeryRect *r,
       double            dx,
       double            dy)
{
  return (BakeryRect) { r->x + dx, r->y + dy, MAX (r->width - 2 * dx, 0), MAX (r->height - 2 * dy, 0) };
}

/* Fills with @hue over the card background, and outlines it. */
static void
card (Ctx               *ctx,
      const BakeryRect  *r,
      double             radius,
      const BakeryColor *hue,
      double             tint,
      double             outline,
      double             opacity)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;

  double width = MAX (1.0, ctx->f * (p->high_contrast ? 0.14 : 0.08));
  BakeryRect outer = inset (r, -width / 2, -width / 2);
  BakeryRect inner = inset (r, width / 2, width / 2);
  BakeryColor panel = panel_color (p);
  BakeryColor edge = mix (hue, outline, &panel);
  BakeryColor fill = mix (hue, tint * (p->high_contrast ? 1.4 : 1.0), &p->view_bg);

  /* The outline as a larger card underneath: fills are cheaper than
   * strokes, and opaque fills cheapest.
   */
  rounded_rect (cr, &outer, radius + width / 2);
  set_color (cr, &edge, opacity);
  cairo_fill (cr);
  rounded_rect (cr, &inner, MAX (radius - width / 2, 0));
  set_color (cr, &fill, opacity);
  cairo_fill (cr);
}

typedef enum {
  ALIGN_START,
  ALIGN_CENTER,
  ALIGN_END,
} Align;

static void
cached_layout_free (gpointer data)
{
  CachedLayout *cached = data;

  g_object_unref (cached->layout);
  g_free (cached);
}

/* The layout of one line of text, shaped once and then reused for as
 * long as the same text is drawn in the same font, size and width.
 */
static CachedLayout *
lookup_layout (BakeryRenderer             *renderer,
               const char                 *text,
               const PangoFontDescription *font,
               double                      size,
               double                      width,
               Align                       align)
{
  int pango_size = (int) (size * PANGO_SCALE);
  int pango_width = (int) (width * PANGO_SCALE);
  char font_id = font == renderer->bold ? 'b' : font == renderer->mono ? 'm' : 's';
  g_autofree char *key = g_strdup_printf ("%c%d:%d:%d:%s", font_id, pango_size, pango_width, align, text);
  CachedLayout *cached = g_hash_table_lookup (renderer->layouts, key);
  g_autoptr(PangoFontDescription) desc = NULL;
  PangoLayout *layout;

  if (cached != NULL)
    {
      cached->frame = renderer->frame;
      return cached;
    }

  layout = pango_layout_new (renderer->context);
  desc = pango_font_description_copy_static (font);
  pango_font_description_set_absolute_size (desc, pango_size);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, pango_width);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout,
                              align == ALIGN_CENTER ? PANGO_ALIGN_CENTER :
                              align == ALIGN_END ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);

  cached = g_new0 (CachedLayout, 1);
  cached->layout = layout;
  cached->frame = renderer->frame;
  pango_layout_get_pixel_size (layout, NULL, &cached->height);
  g_hash_table_insert (renderer->layouts, g_steal_pointer (&key), cached);

  return cached;
}

/* Draws one line of text in @r, vertically centred, ellipsized. */
static void
text_line (Ctx                        *ctx,
           const char                 *text,
           const PangoFontDescription *font,
           double                      size,
           const BakeryRect           *r,
           Align                       align,
           const BakeryColor          *color,
           double                      opacity)
{
  cairo_t *cr = ctx->cr;
  CachedLayout *cached;

  if (text == NULL || text[0] == '\0' || r->width <= 1)
    return;

  cached = lookup_layout (ctx->renderer, text, font, size, r->width, align);

  set_color (cr, color, opacity);
  cairo_move_to (cr, r->x, r->y + (r->height - cached->height) / 2);
  pango_cairo_show_layout (cr, cached->layout);
}

static const BakeryColor *
region_hue (const BakeryPalette *p,
            int                  region)
{
  switch (region)
    {
    case BAKERY_REGION_DESK:     return &p->blue;
    case BAKERY_REGION_OVENS:    return &p->orange;
    case BAKERY_REGION_COUNTER:  return &p->brown;
    case BAKERY_REGION_TRAY:     return &p->purple;
    case BAKERY_REGION_ROUTINE:  return &p->accent;
    case BAKERY_REGION_RECEIPTS: return &p->window_fg;
    case BAKERY_REGION_PROMISES: return &p->green;
    default:                     return &p->window_fg;
    }
}

/* User space to the target's pixels and back: cairo_user_to_device()
 * leaves out the surface's device scale.
 */
static void
to_pixels (cairo_t *cr,
           double  *x,
           double  *y)
{
  double sx, sy;

  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  cairo_user_to_device (cr, x, y);
  *x *= sx;
  *y *= sy;
}

static void
from_pixels (cairo_t *cr,
             double  *x,
             double  *y)
{
  double sx, sy;

  cairo_surface_get_device_scale (cairo_get_target (cr), &sx, &sy);
  *x /= sx;
  *y /= sy;
  cairo_device_to_user (cr, x, y);
}

/* The band of a region's panel that the panel's own opaque fill covers
 * whole pixels of, one pixel in from its edges, with its edges on pixel
 * boundaries.  Nothing drawn under it shows, so the window's colour and
 * the border can leave it out: a hole on pixel boundaries changes no other
 * pixel's coverage.  FALSE when the target is not pixels (a recording, a
 * vector export), is rotated, or the panel is translucent.
 */
static gboolean
panel_hole (cairo_t          *cr,
            const BakeryRect *panel,
            double            radius,
            double            opacity,
            BakeryRect       *hole)
{
  cairo_matrix_t matrix;
  double x1 = panel->x, y1 = panel->y + radius;
  double x2 = panel->x + panel->width, y2 = panel->y + panel->height - radius;

  if (opacity < 1.0 || cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.yy <= 0)
    return FALSE;

  to_pixels (cr, &x1, &y1);
  to_pixels (cr, &x2, &y2);
  x1 = ceil (x1) + 1;
  y1 = ceil (y1) + 1;
  x2 = floor (x2) - 1;
  y2 = floor (y2) - 1;
  if (x2 <= x1 || y2 <= y1)
    return FALSE;
  from_pixels (cr, &x1, &y1);
  from_pixels (cr, &x2, &y2);

  *hole = (BakeryRect) { x1, y1, x2 - x1, y2 - y1 };

  return TRUE;
}

static void
draw_region (Ctx              *ctx,
             const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  const BakeryColor *hue = region_hue (p, item->sub);
  double f = ctx->f;
  BakeryRect label = { item->rect.x + 1.5 * f, item->rect.y + 0.35 * f, item->rect.width - 2.2 * f, 1.6 * f };
  BakeryRect dot = { item->rect.x + 0.7 * f, item->rect.y + 0.85 * f, 0.55 * f, 0.55 * f };

  /* The border is a slightly larger panel underneath: two fills are much
   * cheaper than stroking a panel this size.
   */
  {
    double border = p->high_contrast ? 2.0 : 1.0;
    BakeryRect outer = inset (&item->rect, -border, -border);
    BakeryColor panel = panel_color (p);
    BakeryColor edge = mix (&p->window_fg, p->high_contrast ? 0.5 : 0.1, &p->window_bg);

    BakeryRect hole;

    rounded_rect (cr, &outer, 0.9 * f + border);
    if (panel_hole (cr, &item->rect, 0.9 * f, item->opacity, &hole))
      {
        cairo_rectangle (cr, hole.x, hole.y, hole.width, hole.height);
        cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      }
    set_color (cr, &edge, item->opacity);
    cairo_fill (cr);
    cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
    rounded_rect (cr, &item->rect, 0.9 * f);
    set_color (cr, &panel, item->opacity);
    cairo_fill (cr);
  }

  rounded_rect (cr, &dot, dot.width / 2);
  set_color (cr, hue, item->opacity);
  cairo_fill (cr);

  text_line (ctx, item->title, ctx->renderer->bold, 0.95 * f, &label, ALIGN_START, &p->window_fg,
             (p->high_contrast ? 1.0 : 0.75) * item->opacity);
}

/* "Empty" in the middle of an empty region: not part of the backdrop, as
 * it comes and goes with the steps.
 */
static void
draw_region_hint (Ctx              *ctx,
                  const BakeryItem *item)
{
  BakeryRect hint = inset (&item->rect, ctx->f, 2.2 * ctx->f);

  text_line (ctx, item->detail, ctx->renderer->sans, 0.95 * ctx->f, &hint, ALIGN_CENTER,
             &ctx->palette->window_fg, 0.4 * item->opacity);
}

static gboolean
is_tray (const BakeryItem *item)
{
  return item->sub == JS_TRACE_QUEUE_NEXT_TICK || item->sub == JS_TRACE_QUEUE_MICROTASK;
}

static double
shelf_label_width (Ctx              *ctx,
                   const BakeryItem *item)
{
  return MIN (8.0 * ctx->f, item->rect.width * 0.3);
}

/* A shelf's label and hint sit level with its first row of cakes (the
 * scene lays them 0.2 em down, 2.8 em high).
 */
static double
shelf_row_height (Ctx              *ctx,
                  const BakeryItem *item)
{
  return MIN (item->rect.height, 3.2 * ctx->f);
}

static void
draw_shelf (Ctx              *ctx,
            const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  gboolean tray = is_tray (item);
  const BakeryColor *hue = tray ? &p->purple : &p->brown;

  BakeryColor panel = panel_color (p);
  BakeryColor dish = mix (hue, p->dark ? 0.10 : 0.06, &panel);

  /* A tray is a shallow dish; a shelf is a board with its label in front. */
  rounded_rect (cr, &item->rect, 0.6 * f);
  set_color (cr, &dish, item->opacity);
  cairo_fill (cr);

  if (tray)
    {
      BakeryRect label = { item->rect.x + 0.6 * f, item->rect.y + 0.15 * f, item->rect.width - 1.2 * f, 1.3 * f };

      text_line (ctx, item->title, ctx->renderer->sans, 0.8 * f, &label, ALIGN_START, &p->window_fg,
                 0.65 * item->opacity);
    }
  else
    {
      double label_w = shelf_label_width (ctx, item);
      BakeryRect label = { item->rect.x + 0.6 * f, item->rect.y, label_w - 0.9 * f, shelf_row_height (ctx, item) };

      cairo_rectangle (cr,
                       round (item->rect.x + 0.5 * f),
                       round (item->rect.y + item->rect.height - 0.2 * f),
                       round (item->rect.width - f),
                       MAX (2.0, round (0.14 * f)));
      set_color (cr, hue, 0.45 * item->opacity);
      cairo_fill (cr);

      text_line (ctx, item->title, ctx->renderer->bold, 0.85 * f, &label, ALIGN_START, &p->window_fg,
                 0.7 * item->opacity);
    }
}

static void
draw_shelf_hint (Ctx              *ctx,
                 const BakeryItem *item)
{
  const BakeryRect *r = &item->rect;
  double f = ctx->f;

  if (is_tray (item))
    {
      BakeryRect hint = { r->x, r->y + 1.4 * f, r->width, r->height - 1.4 * f };

      text_line (ctx, item->detail, ctx->renderer->sans, 0.8 * f, &hint, ALIGN_CENTER,
                 &ctx->palette->window_fg, 0.3 * item->opacity);
    }
  else
    {
      double label_w = shelf_label_width (ctx, item);
      BakeryRect hint = { r->x + label_w, r->y, r->width - label_w, shelf_row_height (ctx, item) };

      text_line (ctx, item->detail, ctx->renderer->sans, 0.8 * f, &hint, ALIGN_START,
                 &ctx->palette->window_fg, 0.3 * item->opacity);
    }
}

/* A card with a title over a detail line. */
static void
two_lines (Ctx               *ctx,
           const BakeryItem  *item,
           const BakeryRect  *r,
           const PangoFontDescription *detail_font,
           Align              align)
{
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  double h = r->height;
  BakeryRect top = { r->x, r->y + h * 0.08, r->width, h * 0.5 };
  BakeryRect bottom = { r->x, r->y + h * 0.52, r->width, h * 0.4 };

  if (item->detail == NULL || item->detail[0] == '\0')
    {
      text_line (ctx, item->title, ctx->renderer->bold, f, r, align, &p->window_fg, item->opacity);
      return;
    }

  text_line (ctx, item->title, ctx->renderer->bold, MIN (f, h * 0.36), &top, align, &p->window_fg, item->opacity);
  text_line (ctx, item->detail, detail_font, MIN (0.8 * f, h * 0.3), &bottom, align, &p->window_fg,
             0.7 * item->opacity);
}

static void
fresh_glow (Ctx              *ctx,
            const BakeryItem *item,
            double            radius)
{
  cairo_t *cr = ctx->cr;
  BakeryRect r = inset (&item->rect, -0.22 * ctx->f, -0.22 * ctx->f);

  rounded_rect (cr, &r, radius + 0.22 * ctx->f);
  set_color (cr, &ctx->palette->accent, 0.9 * item->opacity);
  cairo_set_line_width (cr, MAX (2.0, 0.16 * ctx->f));
  cairo_stroke (cr);
}

static void
draw_frame (Ctx              *ctx,
            const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  BakeryRect stripe = { item->rect.x, item->rect.y, 0.45 * f, item->rect.height };
  BakeryRect body = inset (&item->rect, 0, 0);

  card (ctx, &item->rect, 0.5 * f, &p->blue, item->active ? 0.28 : 0.12, item->active ? 0.9 : 0.45,
        item->opacity);

  /* The ticket's coloured edge. */
  cairo_save (cr);
  rounded_rect (cr, &item->rect, 0.5 * f);
  cairo_clip (cr);
  cairo_rectangle (cr, stripe.x, stripe.y, stripe.width, stripe.height);
  set_color (cr, &p->blue, item->opacity);
  cairo_fill (cr);
  cairo_restore (cr);

  body.x += 1.1 * f;
  body.width -= 1.6 * f;
  two_lines (ctx, item, &body, ctx->renderer->mono, ALIGN_START);

  if (item->fresh)
    fresh_glow (ctx, item, 0.5 * f);
}

static void
draw_oven (Ctx              *ctx,
           const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  BakeryRect body = inset (&item->rect, 0.8 * f, 0.2 * f);
  BakeryRect bar = { item->rect.x + 0.8 * f, item->rect.y + item->rect.height - 0.75 * f,
                     item->rect.width - 1.6 * f, 0.35 * f };
  BakeryRect filled = bar;

  card (ctx, &item->rect, 0.6 * f, &p->orange, 0.14, 0.6, item->opacity);

  body.height -= 0.7 * f;
  two_lines (ctx, item, &body, ctx->renderer->sans, ALIGN_START);

  /* The countdown: the bar fills as the timer approaches its due time. */
  rounded_rect (cr, &bar, bar.height / 2);
  set_color (cr, &p->orange, 0.2 * item->opacity);
  cairo_fill (cr);
  filled.width = MAX (bar.height, bar.width * CLAMP (item->progress, 0, 1));
  rounded_rect (cr, &filled, bar.height / 2);
  set_color (cr, &p->orange, item->opacity);
  cairo_fill (cr);

  if (item->fresh)
    fresh_glow (ctx, item, 0.6 * f);
}

static void
draw_task (Ctx              *ctx,
           const BakeryItem *item)
{
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  gboolean pastry = item->kind == BAKERY_ITEM_MICROTASK;
  const BakeryColor *hue = pastry ? &p->purple : &p->brown;
  double radius = pastry ? item->rect.height / 2 : 0.5 * f;
  BakeryRect body = inset (&item->rect, pastry ? 0.9 * f : 0.6 * f, 0.1 * f);

  card (ctx, &item->rect, radius, hue, item->active ? 0.26 : 0.13, item->active ? 0.85 : 0.45,
        item->opacity);
  two_lines (ctx, item, &body, ctx->renderer->sans, pastry ? ALIGN_CENTER : ALIGN_START);

  if (item->fresh)
    fresh_glow (ctx, item, radius);
}

static gboolean
rect_contains (const BakeryRect *r,
               double            x,
               double            y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

/* Narrows the ring's stretch [@from, @to] (angles on the ellipse) to
 * where it is out of both stations' boxes; FALSE when little is left.
 */
static gboolean
free_stretch (double            cx,
              double            cy,
              double            rx,
              double            ry,
              const BakeryRect *leaving,
              const BakeryRect *arriving,
              double           *from,
              double           *to)
{
  const int samples = 48;
  double step = (*to - *from) / samples;
  int first = 0, last = samples;

  while (first <= samples && rect_contains (leaving, cx + rx * cos (*from + first * step),
                                            cy + ry * sin (*from + first * step)))
    first++;
  while (last >= 0 && rect_contains (arriving, cx + rx * cos (*from + last * step),
                                     cy + ry * sin (*from + last * step)))
    last--;

  if (last - first < samples / 8)
    return FALSE;

  *to = *from + last * step;
  *from = *from + first * step;

  return TRUE;
}

static void
draw_routine_ring (Ctx         *ctx,
                   BakeryScene *scene)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double cx = 0, cy = 0;
  guint n = 0;
  double rx, ry;
  const BakeryItem *first = NULL;
  BakeryRect stations[BAKERY_N_STATIONS];
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);
      double x, y;

      if (item->kind != BAKERY_ITEM_PHASE)
        continue;

      x = item->rect.x + item->rect.width / 2;
      y = item->rect.y + item->rect.height / 2;
      min_x = MIN (min_x, x); max_x = MAX (max_x, x);
      min_y = MIN (min_y, y); max_y = MAX (max_y, y);
      first = first ? first : item;
      if (n < G_N_ELEMENTS (stations))
        stations[n++] = item->rect;
    }

  if (n < 2 || first == NULL)
    return;

  cx = (min_x + max_x) / 2;
  cy = (min_y + max_y) / 2;
  rx = MAX ((max_x - min_x) / 2, 1);
  ry = MAX ((max_y - min_y) / 2, 1);

  if (n == 3)
    {
      /* Three stations sit at the top and the lower corners: the ring
       * runs through them, so its centre is below their box's centre.
       */
      ry = (max_y - min_y) / 1.5;
      cy = min_y + ry;
      rx /= cos (G_PI / 6);
    }

  cairo_new_path (cr);
  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, rx, ry);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  set_color (cr, &p->accent, 0.35 * first->opacity);
  cairo_set_line_width (cr, MAX (2.0, 0.18 * ctx->f));
  cairo_stroke (cr);

  /* Arrow heads, clockwise, halfway along the stretch of ring between two
   * stations that neither covers; none where they nearly touch.
   */
  for (guint i = 0; i < n; i++)
    {
      double from = -G_PI / 2 + 2 * G_PI * i / n;
      double to = from + 2 * G_PI / n;
      double margin = 0.5 * ctx->f;
      BakeryRect leaving = inset (&stations[i], -margin, -margin);
      BakeryRect arriving = inset (&stations[(i + 1) % n], -margin, -margin);
      double a, x, y, dx, dy, len;
      double s = 0.45 * ctx->f;

      if (!free_stretch (cx, cy, rx, ry, &leaving, &arriving, &from, &to))
        continue;

      a = (from + to) / 2;
      x = cx + rx * cos (a);
      y = cy + ry * sin (a);
      dx = -rx * sin (a);
      dy = ry * cos (a);
      len = sqrt (dx * dx + dy * dy);
      dx /= len;
      dy /= len;

      cairo_new_path (cr);
      cairo_move_to (cr, x + dx * s, y + dy * s);
      cairo_line_to (cr, x - dx * s - dy * s * 0.8, y - dy * s + dx * s * 0.8);
      cairo_line_to (cr, x - dx * s + dy * s * 0.8, y - dy * s - dx * s * 0.8);
      cairo_close_path (cr);
      set_color (cr, &p->accent, 0.55 * first->opacity);
      cairo_fill (cr);
    }
}

static void
draw_station (Ctx              *ctx,
              const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;

  rounded_rect (cr, &item->rect, item->rect.height / 2);
  if (item->active)
    {
      set_color (cr, &p->accent_bg, item->opacity);
      cairo_fill (cr);
      text_line (ctx, item->title, ctx->renderer->bold, 0.85 * f, &item->rect, ALIGN_CENTER, &p->accent_fg, item->opacity);
    }
  else
    {
      set_color (cr, &p->view_bg, item->opacity);
      cairo_fill_preserve (cr);
      set_color (cr, &p->accent, 0.5 * item->opacity);
      cairo_set_line_width (cr, MAX (1.0, 0.08 * f));
      cairo_stroke (cr);
      text_line (ctx, item->title, ctx->renderer->sans, 0.8 * f, &item->rect, ALIGN_CENTER, &p->window_fg,
                 0.75 * item->opacity);
    }
}

static void
draw_badge (Ctx              *ctx,
            const BakeryItem *item)
{
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;

  if (item->sub < 0)
    {
      /* A note, such as "idle 5 s, compressed". */
      card (ctx, &item->rect, item->rect.height / 2, &p->yellow, 0.3, 0.8, item->opacity);
      text_line (ctx, item->title, ctx->renderer->bold, 0.8 * f, &item->rect, ALIGN_CENTER, &p->window_fg, item->opacity);
      return;
    }

  {
    BakeryRect top = { item->rect.x, item->rect.y, item->rect.width, item->rect.height * 0.6 };
    BakeryRect bottom = { item->rect.x, item->rect.y + item->rect.height * 0.6, item->rect.width, item->rect.height * 0.4 };

    text_line (ctx, item->title, ctx->renderer->bold, MIN (1.5 * f, top.height * 0.85), &top, ALIGN_CENTER,
               &p->window_fg, item->opacity);
    text_line (ctx, item->detail, ctx->renderer->sans, MIN (0.85 * f, bottom.height * 0.85), &bottom, ALIGN_CENTER,
               &p->window_fg, 0.6 * item->opacity);
  }
}

static void
draw_receipt (Ctx              *ctx,
              const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  gboolean err = item->sub == JS_STREAM_STDERR;
  BakeryRect body = inset (&item->rect, 0.9 * f, 0);

  rounded_rect (cr, &item->rect, 0.3 * f);
  set_color (cr, &p->view_bg, item->opacity);
  cairo_fill_preserve (cr);
  if (err)
    {
      set_color (cr, &p->red, 0.12 * item->opacity);
      cairo_fill_preserve (cr);
    }
  set_color (cr, err ? &p->red : &p->window_fg, (item->active ? 0.5 : 0.15) * item->opacity);
  cairo_set_line_width (cr, item->active ? MAX (1.5, 0.12 * f) : 1.0);
  cairo_stroke (cr);

  /* The newest line gets the accent edge, like fresh ink. */
  if (item->active)
    {
      BakeryRect edge = { item->rect.x, item->rect.y, 0.3 * f, item->rect.height };

      cairo_save (cr);
      rounded_rect (cr, &item->rect, 0.3 * f);
      cairo_clip (cr);
      rounded_rect (cr, &edge, 0);
      set_color (cr, err ? &p->red : &p->accent, item->opacity);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  text_line (ctx, item->title, ctx->renderer->mono, 0.95 * f, &body, ALIGN_START,
             err ? &p->red : &p->window_fg, item->opacity);
}

static void
draw_promise (Ctx              *ctx,
              const BakeryItem *item)
{
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  const BakeryColor *hue;
  BakeryRect body = inset (&item->rect, 0.6 * f, 0.1 * f);

  switch (item->sub)
    {
    case JS_TRACE_PROMISE_FULFILLED: hue = &p->green; break;
    case JS_TRACE_PROMISE_REJECTED:  hue = &p->red; break;
    case JS_TRACE_PROMISE_PENDING:
    default:                         hue = &p->yellow; break;
    }

  card (ctx, &item->rect, 0.5 * f, hue, 0.16, 0.7, item->opacity);
  two_lines (ctx, item, &body, ctx->renderer->mono, ALIGN_START);

  if (item->fresh)
    fresh_glow (ctx, item, 0.5 * f);
}

static void
draw_more (Ctx              *ctx,
           const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  double dashes[] = { 0.4 * f, 0.3 * f };

  rounded_rect (cr, &item->rect, 0.5 * f);
  cairo_set_dash (cr, dashes, 2, 0);
  set_color (cr, &p->window_fg, 0.3 * item->opacity);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  text_line (ctx, item->title, ctx->renderer->sans, 0.8 * f, &item->rect, ALIGN_CENTER, &p->window_fg,
             0.6 * item->opacity);
}

static gboolean
is_backdrop (const BakeryItem *item)
{
  return item->kind == BAKERY_ITEM_REGION || item->kind == BAKERY_ITEM_SHELF;
}

/* The panels, the shelves and the ring: what sits under every item.
 * Regions never overlap, so drawing all of them before the items looks
 * the same as drawing each before its own items, except that an item
 * travelling between regions stays on top, as it should.
 */
/* The window's colour everywhere but where the panels cover it.  The
 * panels' holes and the clip's extents are on the pixel grid, so every
 * other pixel is covered as a paint covers it.
 */
static void
paint_window (Ctx         *ctx,
              BakeryScene *scene)
{
  cairo_t *cr = ctx->cr;
  gboolean any = FALSE;
  double x1, y1, x2, y2;
  double dx1, dy1, dx2, dy2;

  set_color (cr, &ctx->palette->window_bg, 1.0);

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  dx1 = x1, dy1 = y1, dx2 = x2, dy2 = y2;
  to_pixels (cr, &dx1, &dy1);
  to_pixels (cr, &dx2, &dy2);
  if (dx1 != round (dx1) || dy1 != round (dy1) || dx2 != round (dx2) || dy2 != round (dy2))
    {
      cairo_paint (cr);
      return;
    }

  cairo_new_path (cr);
  cairo_rectangle (cr, x1, y1, x2 - x1, y2 - y1);
  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);
      BakeryRect hole;

      if (item->kind == BAKERY_ITEM_REGION &&
          panel_hole (cr, &item->rect, 0.9 * ctx->f, item->opacity, &hole))
        {
          cairo_rectangle (cr, hole.x, hole.y, hole.width, hole.height);
          any = TRUE;
        }
    }

  if (!any)
    {
      cairo_new_path (cr);
      cairo_paint (cr);
      return;
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

static void
draw_backdrop (Ctx         *ctx,
               BakeryScene *scene)
{
  gboolean has_stations = FALSE;

  paint_window (ctx, scene);

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->opacity <= 0.01)
        continue;

      if (item->kind == BAKERY_ITEM_REGION)
        draw_region (ctx, item);
      else if (item->kind == BAKERY_ITEM_SHELF)
        draw_shelf (ctx, item);
      else if (item->kind == BAKERY_ITEM_PHASE)
        has_stations = TRUE;
    }

  if (has_stations)
    draw_routine_ring (ctx, scene);
}

static void
draw_items (Ctx         *ctx,
            BakeryScene *scene)
{
  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->opacity <= 0.01)
        continue;

      switch (item->kind)
        {
        case BAKERY_ITEM_REGION:    draw_region_hint (ctx, item); break;
        case BAKERY_ITEM_SHELF:     draw_shelf_hint (ctx, item); break;
        case BAKERY_ITEM_FRAME:     draw_frame (ctx, item); break;
        case BAKERY_ITEM_OVEN:      draw_oven (ctx, item); break;
        case BAKERY_ITEM_TASK:
        case BAKERY_ITEM_MICROTASK: draw_task (ctx, item); break;
        case BAKERY_ITEM_PHASE:     draw_station (ctx, item); break;
        case BAKERY_ITEM_RECEIPT:   draw_receipt (ctx, item); break;
        case BAKERY_ITEM_PROMISE:   draw_promise (ctx, item); break;
        case BAKERY_ITEM_MORE:      draw_more (ctx, item); break;
        case BAKERY_ITEM_BADGE:     draw_badge (ctx, item); break;
        case BAKERY_N_ITEM_KINDS:
        default:
          break;
        }
    }
}

/**
 * bakery_renderer_new:
 *
 * A renderer keeps shaped text and the scene's backdrop between frames:
 * one per canvas, or per series of exported pictures.
 *
 * Returns: (transfer full): a new renderer
 */
BakeryRenderer *
bakery_renderer_new (void)
{
  BakeryRenderer *renderer = g_new0 (BakeryRenderer, 1);

  renderer->sans = pango_font_description_from_string ("Cantarell, Sans");
  renderer->bold = pango_font_description_from_string ("Cantarell, Sans Bold");
  renderer->mono = pango_font_description_from_string ("Source Code Pro, Monospace");
  renderer->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_layout_free);
  renderer->backdrop_key = g_byte_array_new ();
  renderer->scratch_key = g_byte_array_new ();
  renderer->first_seen_key = g_byte_array_new ();
  renderer->pixel_scale = 1.0;

  return renderer;
}

/**
 * bakery_renderer_set_pixel_scale:
 * @renderer: the renderer
 * @scale: device pixels per unit
 *
 * A recording surface (what a GtkSnapshot gives) has no pixels of its
 * own: @scale says how many it will get per unit when it is played back,
 * so that the backdrop is cached sharp on a HiDPI screen.
 */
void
bakery_renderer_set_pixel_scale (BakeryRenderer *renderer,
                                 double          scale)
{
  g_return_if_fail (renderer != NULL);
  g_return_if_fail (scale > 0);

  renderer->pixel_scale = scale;
}

void
bakery_renderer_free (BakeryRenderer *renderer)
{
  if (renderer == NULL)
    return;

  g_clear_object (&renderer->context);
  pango_font_description_free (renderer->sans);
  pango_font_description_free (renderer->bold);
  pango_font_description_free (renderer->mono);
  g_hash_table_unref (renderer->layouts);
  g_clear_pointer (&renderer->backdrop, cairo_surface_destroy);
  g_byte_array_unref (renderer->backdrop_key);
  g_byte_array_unref (renderer->scratch_key);
  g_byte_array_unref (renderer->first_seen_key);
  g_free (renderer);
}

static gboolean
layout_is_stale (gpointer key,
                 gpointer value,
                 gpointer user_data)
{
  const CachedLayout *cached = value;
  const BakeryRenderer *renderer = user_data;

  return renderer->frame - cached->frame > LAYOUT_MAX_AGE;
}

/* Starts a frame on @cr: the text is shaped for its target and matrix, as
 * pango_cairo_create_layout() would; a change there reshapes every cached
 * layout (Pango notices the context changed).
 */
static void
begin_frame (BakeryRenderer *renderer,
             cairo_t        *cr)
{
  renderer->frame++;

  if (renderer->context == NULL)
    renderer->context = pango_cairo_create_context (cr);
  else
    pango_cairo_update_context (cr, renderer->context);

  g_hash_table_foreach_remove (renderer->layouts, layout_is_stale, renderer);
}

static void
key_append (GByteArray    *key,
            gconstpointer  data,
            gsize          size)
{
  g_byte_array_append (key, data, size);
}

static void
key_append_string (GByteArray *key,
                   const char *text)
{
  /* NULL and "" differ: NULL gets a byte no UTF-8 string holds. */
  if (text == NULL)
    key_append (key, "\xff", 1);
  else
    key_append (key, text, strlen (text) + 1);
}

/* Everything the backdrop is drawn from, flattened, so that comparing
 * with the last one says whether the cached image still holds.
 */
static void
backdrop_key (GByteArray          *key,
              BakeryScene         *scene,
              const BakeryPalette *palette,
              double               width,
              double               height,
              double               scale_x,
              double               scale_y)
{
  double numbers[] = { width, height, scale_x, scale_y, bakery_scene_get_font_size (scene) };
  int flags[] = { palette->dark, palette->high_contrast };

  g_byte_array_set_size (key, 0);
  key_append (key, numbers, sizeof numbers);
  /* The colours are consecutive doubles, from window_bg to brown. */
  key_append (key, &palette->window_bg, (const char *) (&palette->brown + 1) - (const char *) &palette->window_bg);
  key_append (key, flags, sizeof flags);

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);
      double geometry[] = { item->rect.x, item->rect.y, item->rect.width, item->rect.height, item->opacity };
      int ids[] = { item->kind, item->sub };

      if (!is_backdrop (item) && item->kind != BAKERY_ITEM_PHASE)
        continue;

      key_append (key, ids, sizeof ids);
      key_append (key, geometry, sizeof geometry);
      if (is_backdrop (item))
        key_append_string (key, item->title);
    }
}

static gboolean
is_whole (double value)
{
  return fabs (value - round (value)) < 1e-6;
}

/* Copies the backdrop into @cr, drawing it first if the scene, the palette
 * or the scale changed.  FALSE when @cr cannot take a pixel-exact copy
 * (rotated, skewed, or off the pixel grid): then the caller draws it.
 */
static gboolean
same_key (GByteArray *a,
          GByteArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len) == 0;
}

static gboolean
paint_cached_backdrop (Ctx         *ctx,
                       BakeryScene *scene)
{
  BakeryRenderer *renderer = ctx->renderer;
  const BakerySceneOptions *options = bakery_scene_get_options (scene);
  cairo_t *cr = ctx->cr;
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t matrix;
  double scale_x, scale_y;
  double origin_x = 0, origin_y = 0;
  double x1, y1, x2, y2;
  gboolean opaque = ctx->palette->window_bg.alpha >= 1.0;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE &&
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_RECORDING)
    return FALSE;

  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_RECORDING)
    {
      scale_x *= renderer->pixel_scale;
      scale_y *= renderer->pixel_scale;
    }
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.yy <= 0)
    return FALSE;
  scale_x *= matrix.xx;
  scale_y *= matrix.yy;
  cairo_user_to_device (cr, &origin_x, &origin_y);
  if (!is_whole (origin_x) || !is_whole (origin_y) ||
      !is_whole (options->width * scale_x) || !is_whole (options->height * scale_y))
    return FALSE;

  backdrop_key (renderer->scratch_key, scene, ctx->palette, options->width, options->height, scale_x, scale_y);

  if (renderer->backdrop == NULL || !same_key (renderer->scratch_key, renderer->backdrop_key))
    {
      Ctx backdrop_ctx = *ctx;
      GByteArray *swap;

      cairo_format_t format;
      int pixel_width, pixel_height;

      /* A backdrop seen for the first time is drawn straight into @cr:
       * the first frame of a run (and every frame of a live resize) then
       * costs one plain draw, not a draw plus an image to fill.  The
       * second frame with the same backdrop caches it.
       */
      if (!same_key (renderer->scratch_key, renderer->first_seen_key))
        {
          g_byte_array_set_size (renderer->first_seen_key, 0);
          g_byte_array_append (renderer->first_seen_key, renderer->scratch_key->data, renderer->scratch_key->len);
          return FALSE;
        }

      format = opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32;
      pixel_width = (int) round (options->width * scale_x);
      pixel_height = (int) round (options->height * scale_y);

      /* Drawing over the old pixels spares allocating and clearing a new
       * image (the backdrop paints every pixel).  A recording that still
       * shows the old one gets a copy first: cairo snapshots sources.
       */
      if (renderer->backdrop == NULL ||
          cairo_image_surface_get_format (renderer->backdrop) != format ||
          cairo_image_surface_get_width (renderer->backdrop) != pixel_width ||
          cairo_image_surface_get_height (renderer->backdrop) != pixel_height)
        {
          g_clear_pointer (&renderer->backdrop, cairo_surface_destroy);
          renderer->backdrop = cairo_image_surface_create (format, pixel_width, pixel_height);
        }
      cairo_surface_set_device_scale (renderer->backdrop, scale_x, scale_y);

      backdrop_ctx.cr = cairo_create (renderer->backdrop);
      if (!opaque)
        {
          cairo_set_operator (backdrop_ctx.cr, CAIRO_OPERATOR_CLEAR);
          cairo_paint (backdrop_ctx.cr);
          cairo_set_operator (backdrop_ctx.cr, CAIRO_OPERATOR_OVER);
        }
      cairo_set_tolerance (backdrop_ctx.cr, 0.5);
      draw_backdrop (&backdrop_ctx, scene);
      cairo_destroy (backdrop_ctx.cr);
      cairo_surface_flush (renderer->backdrop);

      swap = renderer->backdrop_key;
      renderer->backdrop_key = renderer->scratch_key;
      renderer->scratch_key = swap;
    }

  /* Beyond the scene, the window's colour, as the uncached path paints. */
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  if (x1 < 0 || y1 < 0 || x2 > options->width || y2 > options->height)
    {
      set_color (cr, &ctx->palette->window_bg, 1.0);
      cairo_paint (cr);
    }

  cairo_set_source_surface (cr, renderer->backdrop, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_fill (cr);

  return TRUE;
}

/**
 * bakery_renderer_draw:
 * @renderer: the renderer
 * @cr: where to draw, in the scene's coordinates
 * @scene: what to draw
 * @palette: the colours
 *
 * Draws the background and every item of @scene, reusing what the
 * previous frames already drew: use it for pixels (the canvas, PNGs).
 */
void
bakery_renderer_draw (BakeryRenderer      *renderer,
                      cairo_t             *cr,
                      BakeryScene         *scene,
                      const BakeryPalette *palette)
{
  Ctx ctx = { cr, palette, renderer, 0 };

  g_return_if_fail (renderer != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);
  g_return_if_fail (palette != NULL);

  ctx.f = bakery_scene_get_font_size (scene);
  begin_frame (renderer, cr);

  cairo_save (cr);

  /* Curves within half a pixel are indistinguishable on screen, and far
   * cheaper to stroke than cairo's default tenth of a pixel.
   */
  cairo_set_tolerance (cr, 0.5);

  if (!paint_cached_backdrop (&ctx, scene))
    draw_backdrop (&ctx, scene);
  draw_items (&ctx, scene);

  cairo_restore (cr);
}

/**
 * bakery_renderer_warm_up:
 *
 * Does once per process what the first frame would otherwise do:
 * fontconfig reads its configuration and cache, and Pango opens the
 * bakery's fonts.  The app calls it at launch.
 */
void
bakery_renderer_warm_up (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  BakeryRenderer *renderer = bakery_renderer_new ();
  const PangoFontDescription *fonts[] = { renderer->sans, renderer->bold, renderer->mono };

  begin_frame (renderer, cr);
  for (guint i = 0; i < G_N_ELEMENTS (fonts); i++)
    {
      CachedLayout *cached = lookup_layout (renderer, "Loop Bakery 0123456789", fonts[i], 15, 400, ALIGN_START);

      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, cached->layout);
    }

  bakery_renderer_free (renderer);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/**
 * bakery_render_scene:
 * @cr: where to draw, in the scene's coordinates
 * @scene: what to draw
 * @palette: the colours
 *
 * Draws the background and every item of @scene once, all as vectors:
 * use it for SVG and PDF, where a cached bitmap would not do.
 */
void
bakery_render_scene (cairo_t             *cr,
                     BakeryScene         *scene,
                     const BakeryPalette *palette)
{
  BakeryRenderer *renderer;
  Ctx ctx = { cr, palette, NULL, 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);
  g_return_if_fail (palette != NULL);

  renderer = bakery_renderer_new ();
  ctx.renderer = renderer;
  ctx.f = bakery_scene_get_font_size (scene);
  begin_frame (renderer, cr);

  cairo_save (cr);
  cairo_set_tolerance (cr, 0.5);
  draw_backdrop (&ctx, scene);
  draw_items (&ctx, scene);
  cairo_restore (cr);

  bakery_renderer_free (renderer);
}
