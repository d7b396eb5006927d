/* fuzz-progress: the progress file parser, through
 * bakery_store_import_progress() (which only merges into memory; nothing
 * is written to disk), then the export of the merged state. */
#include <glib.h>
#include <stdint.h>
#include <string.h>

#include "bakery-store.h"

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
  BakeryStore *store = bakery_store_new ("/nonexistent/loop-bakery-fuzz");
  GError *error = NULL;

  if (bakery_store_import_progress (store, text, (gssize) size, &error))
    g_free (bakery_store_progress_to_json (store));
  g_clear_error (&error);
  bakery_store_free (store);
  g_free (text);
  return 0;
}
