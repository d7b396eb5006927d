/* js-with.c: object environment records for the `with` statement (9.1.1.2).
 *
 * The compiler keeps every name it can resolve statically; only a name
 * whose lookup crosses a `with` gets a dynamic check first, for each `with`
 * object on the way (innermost first): WITH_GET / WITH_GET_CALLEE / WITH_PUT
 * ask js_with_has_binding, and fall back to the static binding when no
 * object has it.
 */
#include "js-internal.h"

/* HasBinding(N) of an object environment record whose withEnvironment is
 * true (9.1.1.2.1): the object has the property, and its
 * [Symbol.unscopables] does not block the name. */
gboolean
js_with_has_binding (JsState *J, JsObject *object, JsValue key)
{
  JsValue unscopables;

  if (!js_has_property (J, object, key))
    return FALSE;
  unscopables = js_object_get (J, object, JS_SYMBOL_KEY (J, unscopables), js_object_value (object));
  if (js_is_object (unscopables) && js_to_boolean (js_get (J, unscopables, key)))
    return FALSE;
  return TRUE;
}
