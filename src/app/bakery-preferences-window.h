/* bakery-preferences-window.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BAKERY_TYPE_PREFERENCES_WINDOW (bakery_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (BakeryPreferencesWindow, bakery_preferences_window, BAKERY, PREFERENCES_WINDOW, AdwPreferencesWindow)

BakeryPreferencesWindow *bakery_preferences_window_new (void);

G_END_DECLS
