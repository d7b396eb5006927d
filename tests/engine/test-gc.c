/* test-gc.c: the collector — reachability, cycles, deep graphs, weak atoms,
 * pacing, accounting of external buffers and the heap budget. */
#include "js-internal.h"

static guint
count_things (JsState *J)
{
  return J->gc_things->len;
}

static void
test_unreachable_freed (void)
{
  JsState *J = js_state_new_core (NULL);
  guint baseline;

  js_gc_collect (J);
  baseline = count_things (J);
  for (int i = 0; i < 1000; i++)
    {
      JsObject *o = js_plain_object_new (J);
      js_set (J, js_object_value (o), js_key_from_utf8 (J, "v"), js_number (i), TRUE);
    }
  g_assert_cmpuint (count_things (J), ==, baseline + 1000);
  js_gc_collect (J);
  g_assert_cmpuint (count_things (J), ==, baseline);
  js_state_free (J);
}

/* Small things share size-classed cells: freed cells are reused by later
 * things of every size, on both sides of the largest class, and survivors
 * keep their contents. */
static void
test_cells_reused (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue kept = js_object_value (js_array_new (J, 0));
  guint baseline;

  js_gc_add_root (J, &kept);
  js_gc_collect (J);
  baseline = count_things (J);
  for (int round = 0; round < 3; round++)
    {
      /* From 2: shorter strings may be shared. */
      for (int length = 2; length < 702; length++)
        {
          g_autofree char *text = g_strnfill (length, (char) ('a' + length % 26));
          JsValue s = js_string_value (js_string_new_utf8 (J, text, length));
          if (round == 0 && length % 2 == 0)
            js_array_push (J, js_get_object (kept), s);
        }
      js_gc_collect (J);
      g_assert_cmpuint (count_things (J), ==, baseline + 350);
    }
  for (guint i = 0; i < 350; i++)
    {
      JsString *s = js_get_string (js_get_index (J, kept, i));
      g_autofree char *text = js_string_to_utf8 (s);
      g_autofree char *expected = g_strnfill (2 * i + 2, (char) ('a' + (2 * i + 2) % 26));
      g_assert_cmpstr (text, ==, expected);
    }
  js_gc_remove_root (J, &kept);
  js_state_free (J);
}

static void
test_cycles (void)
{
  JsState *J = js_state_new_core (NULL);
  guint baseline;
  JsObject *a, *b;

  js_gc_collect (J);
  baseline = count_things (J);
  a = js_plain_object_new (J);
  b = js_plain_object_new (J);
  js_set (J, js_object_value (a), js_key_from_utf8 (J, "other"), js_object_value (b), TRUE);
  js_set (J, js_object_value (b), js_key_from_utf8 (J, "other"), js_object_value (a), TRUE);
  js_set (J, js_object_value (a), js_key_from_utf8 (J, "self"), js_object_value (a), TRUE);
  js_gc_collect (J);
  g_assert_cmpuint (count_things (J), ==, baseline);
  js_state_free (J);
}

static void
test_roots (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *holder = js_plain_object_new (J);
  JsValue root = js_object_value (holder);
  JsObject *array = js_array_new (J, 0);
  JsScope *scope = js_scope_new (J, NULL, 2);
  JsValue scope_root = js_internal_value ((JsGc *) scope);
  JsSymbol *sym = js_symbol_new (J, js_string_new_utf8 (J, "described", -1));

  js_gc_add_root (J, &root);
  js_gc_add_root (J, &scope_root);
  js_set (J, root, js_key_from_utf8 (J, "array"), js_object_value (array), TRUE);
  js_array_push (J, array, js_string_value (js_string_new_utf8 (J, "element", -1)));
  js_set (J, root, js_symbol_value (sym), js_number (1), TRUE);
  scope->slots[1] = js_string_value (js_string_new_utf8 (J, "in a scope", -1));
  /* The global object is a root too. */
  js_set (J, js_object_value (J->global), js_key_from_utf8 (J, "g"),
          js_string_value (js_string_new_utf8 (J, "global value", -1)), TRUE);

  for (int i = 0; i < 3; i++)
    js_gc_collect (J);

  g_assert_true (js_string_equal_ascii (js_get_string (js_get_index (J, js_object_value (array), 0)), "element"));
  g_assert_true (js_string_equal_ascii (sym->description, "described"));
  g_assert_true (js_string_equal_ascii (js_get_string (scope->slots[1]), "in a scope"));
  g_assert_true (js_is_empty (scope->slots[0]));
  g_assert_true (js_string_equal_ascii (js_get_string (js_get_utf8 (J, js_object_value (J->global), "g")),
                                        "global value"));
  js_gc_remove_root (J, &scope_root);
  js_gc_remove_root (J, &root);
  js_state_free (J);
}

static void
test_deep_graph (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue head = JS_NULL;
  JsValue next = js_key_from_utf8 (J, "next");
  guint baseline;
  int length = 0;

  js_gc_collect (J);
  baseline = count_things (J);
  js_gc_add_root (J, &head);
  /* A million-node linked list: recursive marking would overflow the stack. */
  for (int i = 0; i < 1000000; i++)
    {
      JsObject *node = js_plain_object_new (J);
      js_set (J, js_object_value (node), next, head, TRUE);
      head = js_object_value (node);
    }
  js_gc_collect (J);
  for (JsValue p = head; !js_is_null (p); p = js_get (J, p, next))
    length++;
  g_assert_cmpint (length, ==, 1000000);
  g_assert_cmpuint (J->gc_gray_len, ==, 0);

  js_gc_remove_root (J, &head);
  js_gc_collect (J);
  g_assert_cmpuint (count_things (J), ==, baseline);
  js_state_free (J);
}

/* Millions of short-lived objects, arrays and strings, collected at
 * safepoints by the pacing: the heap stays bounded. */
static void
test_stress_bounded (void)
{
  JsState *J = js_state_new_core (NULL);
  JsValue keep = js_object_value (js_array_new (J, 0));
  gsize peak = 0;
  guint collections;

  js_gc_add_root (J, &keep);
  collections = J->gc_count;
  for (int i = 0; i < 2000000; i++)
    {
      JsObject *o = js_plain_object_new (J);
      JsObject *a = js_array_new (J, 4);
      js_array_push (J, a, js_number (i));
      js_set (J, js_object_value (o), js_key_from_utf8 (J, "a"), js_object_value (a), TRUE);
      if (i % 100000 == 0)
        js_array_push (J, js_get_object (keep), js_object_value (o));
      js_gc_safepoint (J);
      peak = MAX (peak, J->gc_bytes);
    }
  g_assert_cmpuint (J->gc_count - collections, >, 10);
  /* The threshold is max(8 MB, 2 × live): the peak cannot go far beyond. */
  g_assert_cmpuint (peak, <, 20 * 1024 * 1024);
  g_assert_cmpuint (js_array_length (js_get_object (keep)), ==, 20);
  js_gc_collect (J);
  g_assert_cmpuint (J->gc_bytes, <, 2 * 1024 * 1024);
  js_gc_remove_root (J, &keep);
  js_state_free (J);
}

static void
test_external_accounting (void)
{
  JsState *J = js_state_new_core (NULL);
  gsize external;
  JsObject *big;

  js_gc_collect (J);
  external = J->gc_external_bytes;
  big = js_array_new (J, 0);
  for (int i = 0; i < 100000; i++)
    js_array_push (J, big, js_number (i));
  for (int i = 0; i < 100; i++)
    js_set (J, js_object_value (big), js_string_value (js_intern (J, js_string_printf (J, "p%d", i))),
            js_number (i), TRUE);
  g_assert_cmpuint (J->gc_external_bytes, >=, external + 100000 * sizeof (JsValue));
  js_gc_collect (J);
  g_assert_cmpuint (J->gc_external_bytes, ==, external);
  js_state_free (J);
}

static void
test_stress_mode_safepoint (void)
{
  JsOptions options;
  JsState *J;
  guint before;

  js_options_init (&options);
  options.gc_stress = TRUE;
  J = js_state_new_core (&options);
  before = J->gc_count;
  js_gc_safepoint (J);
  g_assert_cmpuint (J->gc_count, ==, before + 1);
  /* No collection while a native is active. */
  J->native_depth = 1;
  js_gc_safepoint (J);
  g_assert_cmpuint (J->gc_count, ==, before + 1);
  J->native_depth = 0;
  js_state_free (J);
}

static void
test_heap_budget (void)
{
  JsOptions options;
  JsState *J;
  JsTryPoint tp;
  JsValue keep;
  volatile int allocated = 0;

  js_options_init (&options);
  options.max_heap_bytes = 4 * 1024 * 1024;
  J = js_state_new_core (&options);
  keep = js_object_value (js_array_new (J, 0));
  js_gc_add_root (J, &keep);

  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      for (;;)
        {
          js_array_push (J, js_get_object (keep), js_object_value (js_plain_object_new (J)));
          allocated++;
        }
    }
  else
    {
      JsValue message = js_get (J, J->exception, JS_KEY (J, message));
      char *text = js_string_to_utf8 (js_get_string (message));
      g_assert_true (J->terminating);
      g_assert_cmpint (J->terminated_by, ==, JS_BUDGET_HEAP);
      g_assert_true (g_str_has_prefix (text, "Script stopped: heap budget exhausted"));
      g_free (text);
    }
  g_assert_cmpint (allocated, >, 1000);
  js_gc_remove_root (J, &keep);
  js_state_free (J);
}

/* Regression: the budget stopped a property table's growth after cap_props
 * grew but before its hash index did, so freeing the object gave back more
 * external bytes than were counted and js_gc_account() aborted. */
static void
test_heap_budget_mid_growth (void)
{
  static const char *const scripts[] = {
    "const o = {}; let i = 0; while (true) { o['k' + i] = i; i++; }",
    "const a = []; while (true) a.push({ x: 1, y: [1, 2, 3] });",
    "let s = 'x'.repeat(1 << 16); const all = []; while (true) all.push(s.split(''));",
    "const m = new Map(); let i = 0; while (true) m.set(i, String(i++));",
  };

  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      JsOptions options;
      JsState *J;

      js_options_init (&options);
      options.max_heap_bytes = 4 * 1024 * 1024;
      J = js_state_new (&options);
      g_assert_cmpint (js_state_run (J, scripts[i], strlen (scripts[i]), "budget.js"), ==, JS_RUN_BUDGET);
      js_state_free (J);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/gc/unreachable-freed", test_unreachable_freed);
  g_test_add_func ("/engine/gc/cells-reused", test_cells_reused);
  g_test_add_func ("/engine/gc/cycles", test_cycles);
  g_test_add_func ("/engine/gc/roots", test_roots);
  g_test_add_func ("/engine/gc/deep-graph", test_deep_graph);
  g_test_add_func ("/engine/gc/stress-bounded", test_stress_bounded);
  g_test_add_func ("/engine/gc/external-accounting", test_external_accounting);
  g_test_add_func ("/engine/gc/stress-mode-safepoint", test_stress_mode_safepoint);
  g_test_add_func ("/engine/gc/heap-budget", test_heap_budget);
  g_test_add_func ("/engine/gc/heap-budget-mid-growth", test_heap_budget_mid_growth);
  return g_test_run ();
}
