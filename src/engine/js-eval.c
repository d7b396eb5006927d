/* js-eval.c: direct eval (ECMAScript 19.2.1.1 PerformEval, direct = true).
 *
 * `eval(src)` written as a call of the plain identifier `eval` compiles to
 * CALL_EVAL.  When the callee really is %eval%, the source is compiled
 * against the caller's scopes and run inside them: it reads and writes the
 * caller's variables, `this`, `new.target` and `arguments`.  The compiler
 * makes that possible by keeping every binding visible at such a call site
 * in scope records and by describing them at the call site (which name is
 * which slot of which record); functions without a direct eval keep their
 * variables in registers as before.  `var` declarations of sloppy eval code
 * go into the caller function's variable environment: a binding it already
 * has, or else a property of the function's eval variable object, a record
 * the function's name lookups check like a `with` object (js-with.c).
 */
#include "js-compile.h"

JsValue
js_direct_eval (JsState *J, JsValue source, JsObject *scopes, JsScope *scope)
{
  JsObject *volatile code = NULL;
  char *utf8;
  JsTryPoint tp;

  if (!js_is_string (source))
    return source;
  utf8 = js_string_to_utf8 (js_get_string (source));
  js_try_begin (J, &tp);
  if (setjmp (tp.env) == 0)
    {
      code = js_compile_direct_eval (J, utf8, strlen (utf8), scopes, scope);
      js_try_end (J, &tp);
    }
  else
    {
      g_free (utf8);
      js_throw (J, J->exception);
    }
  g_free (utf8);
  return js_call (J, js_object_value (code), JS_UNDEFINED, 0, NULL);
}
