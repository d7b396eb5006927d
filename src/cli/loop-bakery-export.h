/* loop-bakery-export.h: the bakery drawn headless from loop-bakery-run
 * (--export-png, --export-svg, --export-pdf), with the app's GTK-free
 * scene model and renderer.  Built only with the app (-Dapp=true): the
 * renderer is the app's code and needs cairo and pango.
 */
#pragma once

#include <glib.h>

#include "js-trace.h"

G_BEGIN_DECLS

typedef struct {
  char   *png_dir;
  char   *svg_dir;
  char   *pdf_path;
  gint64  step;        /* -1: none given */
  char   *steps;       /* "A,B,C" */
  char   *size;        /* "WxH" */
  char   *theme;       /* "light" or "dark" */
} LoopBakeryExport;

void     loop_bakery_export_clear       (LoopBakeryExport *export);
void     loop_bakery_export_add_options (LoopBakeryExport *export,
                                         GOptionContext   *context);
gboolean loop_bakery_export_requested   (const LoopBakeryExport *export);
gboolean loop_bakery_export_write       (const LoopBakeryExport *export,
                                         JsTrace          *trace,
                                         const char       *source,
                                         JsHostProfile     host,
                                         GError          **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LoopBakeryExport, loop_bakery_export_clear)

G_END_DECLS
