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

G_END_DECLS
