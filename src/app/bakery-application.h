/* bakery-application.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BAKERY_TYPE_APPLICATION (bakery_application_get_type())

G_DECLARE_FINAL_TYPE (BakeryApplication, bakery_application, BAKERY, APPLICATION, AdwApplication)

BakeryApplication *bakery_application_new (void);

G_END_DECLS
