/* bakery-settings.c
 *
 * Copyright The Loop Bakery developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bakery-settings.h"

guint
bakery_settings_nick_to_position (GVariant           *variant,
                                  const char * const *nicks)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (g_str_equal (nick, nicks[i]))
        return i;
    }

  /* The schema's enum and @nicks are kept in the same order, and GSettings
   * only hands out values from the enum.
   */
  g_return_val_if_reached (0);
}

gboolean
bakery_settings_get_position_mapping (GValue   *value,
                                      GVariant *variant,
                                      gpointer  user_data)
{
  g_value_set_uint (value, bakery_settings_nick_to_position (variant, user_data));

  return TRUE;
}

GVariant *
bakery_settings_set_position_mapping (const GValue       *value,
                                      const GVariantType *expected_type,
                                      gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **)nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}
