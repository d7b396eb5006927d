/* fuzz-deck-csv: the flashcard CSV import (bakery_deck_parse_csv). */
#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "bakery-deck.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* An exact-size copy (so that ASan sees any read past the end), never
 * NULL even for empty input. */
static char *
copy_input (const uint8_t *data, size_t size)
{
  char *copy = g_malloc (size > 0 ? size : 1);

  memcpy (copy, data, size);
  return copy;
}

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *text = copy_input (data, size);
  GError *error = NULL;
  GPtrArray *cards = bakery_deck_parse_csv (text, (gssize) size, &error);

  if (cards != NULL)
    {
      /* What was imported must round-trip through the JSON deck. */
      g_free (bakery_deck_to_json (cards));
      g_ptr_array_unref (cards);
    }
  g_clear_error (&error);
  g_free (text);
  return 0;
}
