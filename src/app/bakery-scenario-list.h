/* bakery-scenario-list.h
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bakery-study.h"

G_BEGIN_DECLS

#define BAKERY_TYPE_SCENARIO_LIST (bakery_scenario_list_get_type())

G_DECLARE_FINAL_TYPE (BakeryScenarioList, bakery_scenario_list, BAKERY, SCENARIO_LIST, GtkWidget)

GtkWidget *bakery_scenario_list_new          (void);
void       bakery_scenario_list_set_study    (BakeryScenarioList *self,
                                              BakeryStudy        *study);
void       bakery_scenario_list_set_search   (BakeryScenarioList *self,
                                              const char         *text);
void       bakery_scenario_list_select       (BakeryScenarioList *self,
                                              const char         *scenario_id);
guint      bakery_scenario_list_count_visible (BakeryScenarioList *self);
void       bakery_scenario_list_focus_search (BakeryScenarioList *self);

G_END_DECLS
