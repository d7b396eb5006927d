/* test-proxy.c: the exotic-object hook (js_object_register_exotic) and
 * proxies (js-proxy.c).  Script cases run a function body in a fresh
 * engine and compare String(result) — or "throws Name: message" — with
 * what Node 20 gives for the same body. */
#include <glib.h>

#include "eval-case.h"
#include "js-internal.h"

typedef struct {
  const char *name;
  const char *body;
  const char *expected;
} ProxyCase;

static const ProxyCase cases[] = {
  { "get/forward",
    "const p = new Proxy({a: 1}, {}); return [p.a, p.b, 'a' in p].join();",
    "1,,true" },
  { "get/trap-receiver",
    "const p = new Proxy({}, { get: (t, k, r) => r === p ? 'self:' + String(k) : 'other' }); const c = Object.create(p); return [p.x, c.y === 'other', Reflect.get(p, 'z', 1)].join();",
    "self:x,true,other" },
  { "get/symbol-key",
    "const s = Symbol('s'); const p = new Proxy({}, { get: (t, k) => typeof k }); return p[s] + ',' + p[1] + ',' + p.x;",
    "symbol,string,string" },
  { "get/invariant",
    "const t = Object.defineProperty({}, 'x', { value: 1 }); return new Proxy(t, { get: () => 2 }).x;",
    "throws TypeError: 'get' on proxy: property 'x' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')" },
  { "set/trap-and-strict",
    "'use strict'; const log = []; const p = new Proxy({}, { set(t, k, v, r) { log.push(k + '=' + v); return k !== 'no'; } }); p.a = 1; p[2] = 3; try { p.no = 0; } catch (e) { log.push(e.message); } return log.join('|');",
    "a=1|2=3|no=0|'set' on proxy: trap returned falsish for property 'no'" },
  { "set/sloppy-false",
    "const p = new Proxy({}, { set: () => false }); p.a = 1; return String(p.a);",
    "undefined" },
  { "set/no-trap-defines-on-receiver",
    "const log = []; const p = new Proxy({}, { defineProperty(t, k, d) { log.push(k + ':' + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); }, getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); } }); p.a = 1; p.a = 2; return log.join('|') + '|' + p.a;",
    "gopd a|a:{\"value\":1,\"writable\":true,\"enumerable\":true,\"configurable\":true}|gopd a|a:{\"value\":2}|2" },
  { "set/proxy-as-prototype",
    "const log = []; const proto = new Proxy({}, { set(t, k, v, r) { log.push(k); return Reflect.set(t, k, v, r); } }); const o = Object.create(proto); o.x = 1; return log.join() + ',' + Object.keys(o).join() + ',' + Object.keys(proto).length;",
    "x,x,0" },
  { "has/with-in-and-chain",
    "const p = new Proxy({}, { has: (t, k) => k === 'yes' }); const c = Object.create(p); return ['yes' in p, 'no' in p, 'yes' in c, Reflect.has(c, 'no')].join();",
    "true,false,true,false" },
  { "delete/strict",
    "'use strict'; const p = new Proxy({ a: 1 }, { deleteProperty: (t, k) => k === 'a' && delete t[k] }); const r = [delete p.a]; try { delete p.b; } catch (e) { r.push(e.message); } return r.join('|');",
    "true|'deleteProperty' on proxy: trap returned falsish for property 'b'" },
  { "ownKeys/filtering",
    "const s = Symbol('s'); const p = new Proxy({}, { ownKeys: () => ['b', s, 'a', '1'], getOwnPropertyDescriptor: (t, k) => ({ value: 1, enumerable: k !== 'a', configurable: true }) }); return [Object.keys(p), Object.getOwnPropertyNames(p), Object.getOwnPropertySymbols(p).length, Reflect.ownKeys(p).length].join('|');",
    "b,1|b,a,1|1|4" },
  { "ownKeys/invariants",
    "const t = Object.defineProperty({}, 'fixed', { value: 1 }); const r = []; for (const keys of [[], ['fixed', 'fixed'], [1], 5]) try { Reflect.ownKeys(new Proxy(t, { ownKeys: () => keys })); } catch (e) { r.push(e.message); } return r.join('|');",
    "'ownKeys' on proxy: trap result did not include 'fixed'|'ownKeys' on proxy: trap returned duplicate entries|1 is not a valid property name|CreateListFromArrayLike called on non-object" },
  { "getOwnPropertyDescriptor/complete",
    "const p = new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 5, configurable: true }) }); return JSON.stringify(Object.getOwnPropertyDescriptor(p, 'q'));",
    "{\"value\":5,\"writable\":false,\"enumerable\":false,\"configurable\":true}" },
  { "defineProperty/partial-descriptor",
    "let seen; const p = new Proxy({}, { defineProperty(t, k, d) { seen = JSON.stringify(d); return true; } }); Object.defineProperty(p, 'x', { enumerable: true }); return seen;",
    "{\"enumerable\":true}" },
  { "prototype/traps",
    "const p = new Proxy({}, { getPrototypeOf: () => Array.prototype }); return [p instanceof Array, Array.prototype.isPrototypeOf(p), Object.getPrototypeOf(p) === Array.prototype].join();",
    "true,true,true" },
  { "prototype/set-and-cycle",
    "const a = {}; const p = new Proxy(a, {}); Object.setPrototypeOf(p, { z: 1 }); let r; try { Object.setPrototypeOf(a, p); r = 'no cycle check through proxy'; } catch (e) { r = e.message; } return p.z + '|' + r;",
    "throws RangeError: Maximum call stack size exceeded" },
  { "extensible/freeze-through-proxy",
    "const t = { a: 1 }; const p = new Proxy(t, {}); Object.freeze(p); return [Object.isFrozen(t), Object.isFrozen(p), Object.isExtensible(p), Reflect.isExtensible(p)].join();",
    "true,true,false,false" },
  { "call/apply-trap",
    "const p = new Proxy(function (a) { return this + a; }, { apply: (t, th, args) => 'trap:' + t.apply(th, args) + ':' + args.length }); return [p.call(1, 2), p(1), typeof p].join();",
    "trap:3:1,trap:[object global]1:1,function" },
  { "call/no-trap",
    "const o = { m: new Proxy(function () { return this.v; }, {}), v: 7 }; return o.m() + ',' + [1, 2].map(new Proxy((x) => x * 3, {})).join('-');",
    "7,3-6" },
  { "construct/trap-newtarget",
    "function F(x) { this.x = x; } const P = new Proxy(F, { construct(t, args, nt) { return Reflect.construct(t, args.concat(99), nt); } }); class G extends P {} const o = new P(1); const g = new G(2); return [o.x, o instanceof F, g.x, g instanceof G].join();",
    "1,true,2,true" },
  { "construct/not-constructor",
    "const r = []; for (const f of [() => new (new Proxy(() => 1, {}))(), () => new (new Proxy({}, {}))(), () => (new Proxy({}, {}))()]) try { f(); } catch (e) { r.push(e.message); } return r.join('|');",
    "(intermediate value) is not a constructor|(intermediate value) is not a constructor|(intermediate value) is not a function" },
  { "revocable/all",
    "const { proxy, revoke } = Proxy.revocable(function () {}, {}); revoke(); const r = []; for (const f of [() => proxy.x, () => proxy(), () => new proxy(), () => Object.keys(proxy), () => Array.isArray(proxy), () => typeof proxy]) try { r.push(f()); } catch (e) { r.push(e.message); } return r.join('|');",
    "Cannot perform 'get' on a proxy that has been revoked|Cannot perform 'apply' on a proxy that has been revoked|Cannot perform 'construct' on a proxy that has been revoked|Cannot perform 'ownKeys' on a proxy that has been revoked|Cannot perform 'IsArray' on a proxy that has been revoked|function" },
  { "isArray/nested",
    "const a = new Proxy(new Proxy([], {}), {}); return [Array.isArray(a), Object.prototype.toString.call(a), JSON.stringify(new Proxy([1, [2]], {})), [].concat(a).length].join('|');",
    "true|[object Array]|[1,[2]]|0" },
  { "json/through-traps",
    "const p = new Proxy({ a: 1, b: 2 }, { get: (t, k) => (k === 'a' ? 10 : t[k]), ownKeys: () => ['b', 'a'] }); return JSON.stringify(p) + JSON.stringify([p]);",
    "{\"b\":2,\"a\":10}[{\"b\":2,\"a\":10}]" },
  { "spread/and-assign",
    "const p = new Proxy({ a: 1 }, { ownKeys: () => ['a', 'c'], getOwnPropertyDescriptor: (t, k) => ({ value: k, enumerable: true, configurable: true }), get: (t, k) => k.toUpperCase() }); return JSON.stringify({ ...p }) + JSON.stringify(Object.assign({}, p)) + JSON.stringify(Object.entries(p));",
    "{\"a\":\"A\",\"c\":\"C\"}{\"a\":\"A\",\"c\":\"C\"}[[\"a\",\"A\"],[\"c\",\"C\"]]" },
  { "forin/traps",
    "const log = []; const p = new Proxy({ a: 1, b: 2 }, { ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); }, getOwnPropertyDescriptor(t, k) { log.push('gopd ' + k); return Reflect.getOwnPropertyDescriptor(t, k); }, getPrototypeOf(t) { log.push('proto'); return null; } }); const keys = []; for (const k in p) keys.push(k); return keys.join() + '|' + log.join();",
    "a,b|ownKeys,proto,gopd a,gopd b" },
  { "iterate/array-proxy",
    "const p = new Proxy([1, 2, 3], { get: (t, k, r) => (k === 'length' ? 2 : Reflect.get(t, k, r)) }); return [...p].join() + '|' + Array.from(p).join() + '|' + p.slice().join();",
    "1,2|1,2|1,2" },
  { "handler/proxy-handler",
    "const log = []; const handler = new Proxy({}, { get: (t, k) => { log.push(k); return undefined; } }); const p = new Proxy({ v: 1 }, handler); p.v; 'v' in p; return log.join();",
    "get,has" },
  { "error/strict-set-frozen-target",
    "'use strict'; const p = new Proxy(Object.freeze({ a: 1 }), {}); try { p.a = 2; } catch (e) { return e.message; }",
    "Cannot assign to read only property 'a' of object '#<Object>'" },
  { "error/call-site-text",
    "const c = Function.prototype.call; const r = []; for (const f of [() => Function.prototype.call.call(1), () => c.apply(2), () => Reflect.apply(c, 3, []), () => [1].forEach(c)]) try { f(); } catch (e) { r.push(e.message); } return r.join('|');",
    "Function.prototype.call.call is not a function|c.apply is not a function|Reflect.apply is not a function|undefined is not a function" },
  { "forin/throwing-traps",
    "const r = []; const p = new Proxy({ a: 1 }, { ownKeys() { throw new Error('no keys'); } }); try { for (const k in p) r.push(k); } catch (e) { r.push(e.message); } const q = Object.create(new Proxy({}, { getPrototypeOf() { throw new Error('proto'); } })); try { for (const k in q) r.push(k); } catch (e) { r.push(e.message); } return r.join();",
    "no keys,proto" },
  { "define/class-fields-on-proxy",
    "const log = []; class B { constructor() { return new Proxy(this, { defineProperty(t, k, d) { log.push(String(k)); return Reflect.defineProperty(t, k, d); } }); } } class C extends B { x = 1; #y = 2; y() { return this.#y; } } const c = new C(); return log.join() + '|' + c.x + c.y() + '|' + Object.keys(c);",
    "x|12|x" },
  { "inspect/proxy-target-no-traps",
    "let n = 0; const p = new Proxy({ a: 1 }, { get() { n++; }, ownKeys() { n++; return []; } }); return require('util').inspect([p, { p }]) + n;",
    "[ { a: 1 }, { p: { a: 1 } } ]0" },
  { "species/proxy-of-subclass",
    "class A extends Array {} const p = new Proxy(A.from([1, 2]), {}); return [p.map((x) => x) instanceof A, Array.isArray(p), p.concat([3]).length].join();",
    "true,true,3" },
};

static void
check_case (const ProxyCase *c, gboolean gc_stress)
{
  eval_case_check (c->body, c->expected, gc_stress, NULL);
}

static void
test_case (gconstpointer data)
{
  check_case (data, FALSE);
}

/* Every case again with a collection at every safepoint: proxy methods hold
 * targets, handlers and key lists in C locals across trap calls. */
static void
test_case_gc_stress (gconstpointer data)
{
  check_case (data, TRUE);
}

/* ------------------------------------------------------------------------
 * The hook itself, on a core state (no Proxy builtin): a class whose
 * [[Get]], [[HasProperty]] and [[OwnPropertyKeys]] are exotic, reached
 * directly and as a prototype.
 * ------------------------------------------------------------------------ */

/* Answers every key with the receiver: where the lookup started. */
static JsValue
echo_get (JsState *J, JsObject *obj, JsValue key, JsValue receiver)
{
  return receiver;
}

static gboolean
echo_has (JsState *J, JsObject *obj, JsValue key)
{
  return js_value_identical (key, JS_KEY (J, length));
}

static JsValue *
echo_keys (JsState *J, JsObject *obj, guint flags, guint32 *n_keys)
{
  JsValue *keys = g_new (JsValue, 1);

  *n_keys = 0;
  if (flags & JS_KEYS_STRINGS)
    keys[(*n_keys)++] = JS_KEY (J, length);
  return keys;
}

static const JsExoticMethods echo_methods = {
  .get = echo_get,
  .has_property = echo_has,
  .own_property_keys = echo_keys,
};

static void
test_hook_dispatch (void)
{
  JsState *J = js_state_new_core (NULL);
  JsObject *ordinary_before = js_object_new_class (J, JS_CLASS_PROXY, NULL);
  JsObject *exotic, *child;
  JsValue *keys;
  guint32 n;

  /* Objects created before registration stay ordinary. */
  g_assert_false (ordinary_before->flags & JS_OBJECT_EXOTIC);
  js_object_register_exotic (J, JS_CLASS_PROXY, &echo_methods);
  exotic = js_object_new_class (J, JS_CLASS_PROXY, NULL);
  g_assert_true (exotic->flags & JS_OBJECT_EXOTIC);
  g_assert_true (js_object_exotic_methods (J, exotic) == &echo_methods);
  g_assert_null (js_object_exotic_methods (J, ordinary_before));

  child = js_object_new (J, exotic);
  js_define_value (J, child, JS_KEY (J, name), JS_TRUE, JS_PROP_DEFAULT);

  /* [[Get]]: own exotic, inherited with the child as receiver, own data first. */
  g_assert_true (js_get_object (js_get (J, js_object_value (exotic), JS_KEY (J, value))) == exotic);
  g_assert_true (js_get_object (js_get (J, js_object_value (child), JS_KEY (J, value))) == child);
  g_assert_true (js_value_identical (js_get (J, js_object_value (child), JS_KEY (J, name)), JS_TRUE));
  g_assert_true (js_is_undefined (js_ordinary_get (J, exotic, JS_KEY (J, value), js_object_value (exotic))));

  /* [[HasProperty]] through the chain. */
  g_assert_true (js_has_property (J, child, JS_KEY (J, length)));
  g_assert_false (js_has_property (J, child, JS_KEY (J, value)));
  g_assert_true (js_has_property (J, child, JS_KEY (J, name)));

  /* [[OwnPropertyKeys]] honours the kinds asked for. */
  keys = js_own_property_keys (J, exotic, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (js_value_identical (keys[0], JS_KEY (J, length)));
  g_free (keys);
  keys = js_own_property_keys (J, exotic, JS_KEYS_SYMBOLS, &n);
  g_assert_cmpuint (n, ==, 0);
  g_free (keys);

  /* NULL entries are the ordinary algorithms on the object's own storage. */
  g_assert_true (js_object_is_extensible (J, exotic));
  g_assert_true (js_object_prevent_extensions (J, exotic));
  g_assert_false (js_object_is_extensible (J, exotic));
  g_assert_null (js_object_get_prototype_of (J, exotic));
  g_assert_false (js_define_own_property (J, exotic, JS_KEY (J, value),
                                          &(JsPropertyDescriptor) { 0, JS_DESC_HAS_VALUE, JS_TRUE, JS_UNDEFINED, JS_UNDEFINED },
                                          FALSE));
  js_state_free (J);
}

/* Proxies from C: the public entry points run the traps. */
static void
test_entry_points (void)
{
  JsOptions options;
  JsState *J;
  JsValue p, *keys;
  guint32 n;
  const char *source =
    "globalThis.p = new Proxy({ a: 1 }, { get: (t, k) => (k === 'x' ? 42 : t[k]), has: (t, k) => k !== 'a', "
    "ownKeys: () => ['z', 'a'], getOwnPropertyDescriptor: (t, k) => (k === 'z' ? undefined : Reflect.getOwnPropertyDescriptor(t, k)) });";

  js_options_init (&options);
  J = js_state_new (&options);
  g_assert_cmpint (js_state_run (J, source, strlen (source), "entry.js"), ==, JS_RUN_OK);
  p = js_get_own_data (J, J->global, js_key_from_utf8 (J, "p"));
  g_assert_true (js_is_proxy (p));
  g_assert_cmpfloat (js_get_number (js_get_utf8 (J, p, "x")), ==, 42);
  g_assert_false (js_has_property (J, js_get_object (p), js_key_from_utf8 (J, "a")));
  g_assert_true (js_has_property (J, js_get_object (p), js_key_from_utf8 (J, "b")));
  keys = js_own_property_keys (J, js_get_object (p), JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (js_value_identical (keys[0], js_key_from_utf8 (J, "a")));
  g_free (keys);
  g_assert_false (js_is_array_value (J, p));
  /* A proxy has no storage of its own: the no-side-effect read sees nothing. */
  g_assert_true (js_is_empty (js_get_own_data (J, js_get_object (p), js_key_from_utf8 (J, "a"))));
  js_state_free (J);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char *path = g_strconcat ("/engine/proxy/", cases[i].name, NULL);
      char *stress = g_strconcat ("/engine/proxy/gc-stress/", cases[i].name, NULL);
      g_test_add_data_func (path, &cases[i], test_case);
      g_test_add_data_func (stress, &cases[i], test_case_gc_stress);
      g_free (path);
      g_free (stress);
    }
  g_test_add_func ("/engine/proxy/hook/dispatch", test_hook_dispatch);
  g_test_add_func ("/engine/proxy/hook/entry-points", test_entry_points);
  return g_test_run ();
}
