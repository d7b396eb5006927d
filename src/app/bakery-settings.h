/* bakery-settings.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Mappings between an enum key's nick and a position in a list, such as
 * AdwComboRow:selected. @user_data is a %NULL-terminated array of nicks in
 * the list's order.
 */
guint     bakery_settings_nick_to_position      (GVariant           *variant,
                                                 const char * const *nicks);
gboolean  bakery_settings_get_position_mapping  (GValue             *value,
                                                 GVariant           *variant,
                                                 gpointer            user_data);
GVariant *bakery_settings_set_position_mapping  (const GValue       *value,
                                                 const GVariantType *expected_type,
                                                 gpointer            user_data);

G_END_DECLS
