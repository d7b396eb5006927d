/* bakery-editor.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define BAKERY_TYPE_EDITOR (bakery_editor_get_type())

G_DECLARE_FINAL_TYPE (BakeryEditor, bakery_editor, BAKERY, EDITOR, GtkWidget)

GtkWidget       *bakery_editor_new           (void);
GtkSourceBuffer *bakery_editor_get_buffer    (BakeryEditor *self);
GtkSourceView   *bakery_editor_get_view      (BakeryEditor *self);
int              bakery_editor_get_font_size (BakeryEditor *self);
void             bakery_editor_set_font_size (BakeryEditor *self,
                                              int           font_size);
char            *bakery_editor_dup_text      (BakeryEditor *self);
void             bakery_editor_set_text      (BakeryEditor *self,
                                              const char   *text);
void             bakery_editor_set_current_range (BakeryEditor *self,
                                                  int           line,
                                                  int           column,
                                                  int           end_line,
                                                  int           end_column);
void             bakery_editor_set_error     (BakeryEditor *self,
                                              int           line,
                                              int           column,
                                              const char   *message);
gboolean         bakery_editor_has_breakpoint (BakeryEditor *self,
                                               int           line);
void             bakery_editor_toggle_breakpoint (BakeryEditor *self,
                                                  int           line);
gboolean         bakery_editor_has_breakpoints (BakeryEditor *self);
int              bakery_editor_get_current_line (BakeryEditor *self);
void             bakery_editor_set_presenting (BakeryEditor *self,
                                               gboolean      presenting);

G_END_DECLS
