/* bakery-render.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bakery-render"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "bakery-render.h"

/* A flat GNOME look: rounded cards tinted with the palette's hue over the
 * card background, so the same code reads in light, dark and high
 * contrast; text is always the foreground colour, never coloured text on
 * coloured fills.
 */

typedef struct {
  cairo_t             *cr;
  const BakeryPalette *palette;
  PangoLayout         *layout;
  PangoFontDescription *sans;
  PangoFontDescription *bold;
  PangoFontDescription *mono;
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
  PangoLayout *layout = ctx->layout;
  g_autoptr(PangoFontDescription) desc = NULL;
  int width, height;
  double x;

  if (text == NULL || text[0] == '\0' || r->width <= 1)
    return;

  desc = pango_font_description_copy_static (font);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (r->width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout,
                              align == ALIGN_CENTER ? PANGO_ALIGN_CENTER :
                              align == ALIGN_END ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &width, &height);

  x = r->x;
  set_color (cr, color, opacity);
  cairo_move_to (cr, x, r->y + (r->height - height) / 2);
  pango_cairo_show_layout (cr, layout);
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

    rounded_rect (cr, &outer, 0.9 * f + border);
    set_color (cr, &edge, item->opacity);
    cairo_fill (cr);
    rounded_rect (cr, &item->rect, 0.9 * f);
    set_color (cr, &panel, item->opacity);
    cairo_fill (cr);
  }

  rounded_rect (cr, &dot, dot.width / 2);
  set_color (cr, hue, item->opacity);
  cairo_fill (cr);

  text_line (ctx, item->title, ctx->bold, 0.95 * f, &label, ALIGN_START, &p->window_fg,
             (p->high_contrast ? 1.0 : 0.75) * item->opacity);

  if (item->detail != NULL)
    {
      BakeryRect hint = inset (&item->rect, f, 2.2 * f);

      text_line (ctx, item->detail, ctx->sans, 0.95 * f, &hint, ALIGN_CENTER, &p->window_fg,
                 0.4 * item->opacity);
    }
}

static void
draw_shelf (Ctx              *ctx,
            const BakeryItem *item)
{
  cairo_t *cr = ctx->cr;
  const BakeryPalette *p = ctx->palette;
  double f = ctx->f;
  gboolean tray = item->sub == JS_TRACE_QUEUE_NEXT_TICK || item->sub == JS_TRACE_QUEUE_MICROTASK;
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

      text_line (ctx, item->title, ctx->sans, 0.8 * f, &label, ALIGN_START, &p->window_fg,
                 0.65 * item->opacity);
      if (item->detail)
        {
          BakeryRect hint = { item->rect.x, item->rect.y + 1.4 * f, item->rect.width, item->rect.height - 1.4 * f };

          text_line (ctx, item->detail, ctx->sans, 0.8 * f, &hint, ALIGN_CENTER, &p->window_fg,
                     0.3 * item->opacity);
        }
    }
  else
    {
      double label_w = MIN (8.0 * f, item->rect.width * 0.3);
      BakeryRect label = { item->rect.x + 0.6 * f, item->rect.y, label_w - 0.9 * f, item->rect.height };

      cairo_rectangle (cr,
                       round (item->rect.x + 0.5 * f),
                       round (item->rect.y + item->rect.height - 0.2 * f),
                       round (item->rect.width - f),
                       MAX (2.0, round (0.14 * f)));
      set_color (cr, hue, 0.45 * item->opacity);
      cairo_fill (cr);

      text_line (ctx, item->title, ctx->bold, 0.85 * f, &label, ALIGN_START, &p->window_fg,
                 0.7 * item->opacity);
      if (item->detail)
        {
          BakeryRect hint = { item->rect.x + label_w, item->rect.y, item->rect.width - label_w, item->rect.height };

          text_line (ctx, item->detail, ctx->sans, 0.8 * f, &hint, ALIGN_START, &p->window_fg,
                     0.3 * item->opacity);
        }
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
      text_line (ctx, item->title, ctx->bold, f, r, align, &p->window_fg, item->opacity);
      return;
    }

  text_line (ctx, item->title, ctx->bold, MIN (f, h * 0.36), &top, align, &p->window_fg, item->opacity);
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
  two_lines (ctx, item, &body, ctx->mono, ALIGN_START);

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
  two_lines (ctx, item, &body, ctx->sans, ALIGN_START);

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
  two_lines (ctx, item, &body, ctx->sans, pastry ? ALIGN_CENTER : ALIGN_START);

  if (item->fresh)
    fresh_glow (ctx, item, radius);
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
      n++;
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

  /* Arrow heads, clockwise, between the stations. */
  for (guint i = 0; i < n; i++)
    {
      double a = -G_PI / 2 + 2 * G_PI * (i + 0.5) / n;
      double x = cx + rx * cos (a);
      double y = cy + ry * sin (a);
      double dx = -rx * sin (a);
      double dy = ry * cos (a);
      double len = sqrt (dx * dx + dy * dy);
      double s = 0.45 * ctx->f;

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
      text_line (ctx, item->title, ctx->bold, 0.85 * f, &item->rect, ALIGN_CENTER, &p->accent_fg, item->opacity);
    }
  else
    {
      set_color (cr, &p->view_bg, item->opacity);
      cairo_fill_preserve (cr);
      set_color (cr, &p->accent, 0.5 * item->opacity);
      cairo_set_line_width (cr, MAX (1.0, 0.08 * f));
      cairo_stroke (cr);
      text_line (ctx, item->title, ctx->sans, 0.8 * f, &item->rect, ALIGN_CENTER, &p->window_fg,
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
      text_line (ctx, item->title, ctx->bold, 0.8 * f, &item->rect, ALIGN_CENTER, &p->window_fg, item->opacity);
      return;
    }

  {
    BakeryRect top = { item->rect.x, item->rect.y, item->rect.width, item->rect.height * 0.6 };
    BakeryRect bottom = { item->rect.x, item->rect.y + item->rect.height * 0.6, item->rect.width, item->rect.height * 0.4 };

    text_line (ctx, item->title, ctx->bold, MIN (1.5 * f, top.height * 0.85), &top, ALIGN_CENTER,
               &p->window_fg, item->opacity);
    text_line (ctx, item->detail, ctx->sans, MIN (0.85 * f, bottom.height * 0.85), &bottom, ALIGN_CENTER,
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

  text_line (ctx, item->title, ctx->mono, 0.95 * f, &body, ALIGN_START,
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
  two_lines (ctx, item, &body, ctx->mono, ALIGN_START);

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

  text_line (ctx, item->title, ctx->sans, 0.8 * f, &item->rect, ALIGN_CENTER, &p->window_fg,
             0.6 * item->opacity);
}

/**
 * bakery_render_scene:
 * @cr: where to draw, in the scene's coordinates
 * @scene: what to draw
 * @palette: the colours
 *
 * Draws the background and every item of @scene.
 */
void
bakery_render_scene (cairo_t             *cr,
                     BakeryScene         *scene,
                     const BakeryPalette *palette)
{
  Ctx ctx = { 0 };
  gboolean ring_drawn = FALSE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);
  g_return_if_fail (palette != NULL);

  ctx.cr = cr;
  ctx.palette = palette;
  ctx.f = bakery_scene_get_font_size (scene);
  ctx.layout = pango_cairo_create_layout (cr);
  ctx.sans = pango_font_description_from_string ("Cantarell, Sans");
  ctx.bold = pango_font_description_from_string ("Cantarell, Sans Bold");
  ctx.mono = pango_font_description_from_string ("Source Code Pro, Monospace");

  cairo_save (cr);

  /* Curves within half a pixel are indistinguishable on screen, and far
   * cheaper to stroke than cairo's default tenth of a pixel.
   */
  cairo_set_tolerance (cr, 0.5);

  set_color (cr, &palette->window_bg, 1.0);
  cairo_paint (cr);

  for (guint i = 0; i < bakery_scene_get_n_items (scene); i++)
    {
      const BakeryItem *item = bakery_scene_get_item (scene, i);

      if (item->opacity <= 0.01)
        continue;

      /* The ring goes under the stations, over the routine's panel. */
      if (item->kind == BAKERY_ITEM_PHASE && !ring_drawn)
        {
          draw_routine_ring (&ctx, scene);
          ring_drawn = TRUE;
        }

      switch (item->kind)
        {
        case BAKERY_ITEM_REGION:    draw_region (&ctx, item); break;
        case BAKERY_ITEM_SHELF:     draw_shelf (&ctx, item); break;
        case BAKERY_ITEM_FRAME:     draw_frame (&ctx, item); break;
        case BAKERY_ITEM_OVEN:      draw_oven (&ctx, item); break;
        case BAKERY_ITEM_TASK:
        case BAKERY_ITEM_MICROTASK: draw_task (&ctx, item); break;
        case BAKERY_ITEM_PHASE:     draw_station (&ctx, item); break;
        case BAKERY_ITEM_RECEIPT:   draw_receipt (&ctx, item); break;
        case BAKERY_ITEM_PROMISE:   draw_promise (&ctx, item); break;
        case BAKERY_ITEM_MORE:      draw_more (&ctx, item); break;
        case BAKERY_ITEM_BADGE:     draw_badge (&ctx, item); break;
        case BAKERY_N_ITEM_KINDS:
        default:
          break;
        }
    }

  cairo_restore (cr);

  pango_font_description_free (ctx.sans);
  pango_font_description_free (ctx.bold);
  pango_font_description_free (ctx.mono);
  g_object_unref (ctx.layout);
}
