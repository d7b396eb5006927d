/* js-builtin-symbol.c: Symbol (ECMAScript 20.4). */
#include "js-internal.h"

#define NATIVE(name) \
  static JsValue name (JsState *J, JsValue this_value, int argc, const JsValue *argv, \
                       JsValue new_target, JsObject *callee)
#define ARG(i) js_arg (argc, argv, (i))

NATIVE (symbol_constructor)
{
  JsValue description = ARG (0);

  if (!js_is_undefined (new_target))
    js_throw_type_error (J, "Symbol is not a constructor");
  return js_symbol_value (js_symbol_new (J, js_is_undefined (description) ? NULL : js_to_string (J, description)));
}

/* The GlobalSymbolRegistry (20.4.2.2) is one Map holding both directions:
 * string key → symbol and symbol → string key.  Strings and symbols never
 * collide as Map keys. */
static JsObject *
symbol_registry (JsState *J)
{
  if (J->symbol_registry == NULL)
    J->symbol_registry = js_map_new (J);
  return J->symbol_registry;
}

NATIVE (symbol_for)
{
  JsString *key = js_to_string (J, ARG (0));
  JsObject *registry = symbol_registry (J);
  JsValue found = js_map_lookup (J, registry, js_string_value (key));
  JsSymbol *sym;

  if (!js_is_empty (found))
    return found;
  sym = js_symbol_new (J, key);
  js_map_insert (J, registry, js_string_value (key), js_symbol_value (sym));
  js_map_insert (J, registry, js_symbol_value (sym), js_string_value (key));
  return js_symbol_value (sym);
}

NATIVE (symbol_key_for)
{
  JsValue found;

  if (!js_is_symbol (ARG (0)))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a symbol", ARG (0), JS_DESCRIBE_PLAIN);
  found = js_map_lookup (J, symbol_registry (J), ARG (0));
  return js_is_empty (found) ? JS_UNDEFINED : found;
}

/* thisSymbolValue (20.4.3) */
static JsSymbol *
this_symbol_value (JsState *J, JsValue v, const char *method)
{
  if (js_is_symbol (v))
    return js_get_symbol (v);
  if (js_is_object (v) && js_get_object (v)->class_id == JS_CLASS_SYMBOL)
    return js_get_symbol (js_get_object (v)->u.primitive);
  {
    JsString *message = js_string_printf (J, "%s requires that 'this' be a Symbol", method);
    js_throw (J, js_object_value (js_error_new (J, JS_TYPE_ERROR, message)));
  }
}

NATIVE (symbol_proto_to_string)
{
  JsSymbol *sym = this_symbol_value (J, this_value, "Symbol.prototype.toString");
  return js_string_value (js_describe_value (J, js_symbol_value (sym), JS_DESCRIBE_PLAIN));
}

NATIVE (symbol_proto_value_of)
{
  return js_symbol_value (this_symbol_value (J, this_value, "Symbol.prototype.valueOf"));
}

NATIVE (symbol_proto_to_primitive)
{
  return js_symbol_value (this_symbol_value (J, this_value, "Symbol.prototype [ @@toPrimitive ]"));
}

NATIVE (symbol_proto_description)
{
  JsSymbol *sym = this_symbol_value (J, this_value, "Symbol.prototype.description");
  return sym->description != NULL ? js_string_value (sym->description) : JS_UNDEFINED;
}

void
js_builtin_symbol_init (JsState *J)
{
  static const char *const names[JS_N_SYMBOLS] = {
#define JS_SYMBOL_NAME(id) #id,
    JS_WELL_KNOWN_SYMBOLS (JS_SYMBOL_NAME)
#undef JS_SYMBOL_NAME
  };
  JsObject *proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *ctor = js_native_constructor_new (J, "Symbol", 0, symbol_constructor, proto);
  JsObject *to_primitive;

  JS_INTRINSIC (J, SymbolPrototype) = proto;
  JS_INTRINSIC (J, Symbol) = ctor;
  js_define_value (J, proto, JS_KEY (J, constructor), js_object_value (ctor), JS_PROP_HIDDEN);
  js_define_method (J, ctor, "for", symbol_for, 1);
  js_define_method (J, ctor, "keyFor", symbol_key_for, 1);
  /* The well-known symbols in V8's (alphabetical) order. */
  {
    int order[JS_N_SYMBOLS];

    for (int i = 0; i < JS_N_SYMBOLS; i++)
      order[i] = i;
    for (int i = 1; i < JS_N_SYMBOLS; i++)
      for (int j = i; j > 0 && strcmp (names[order[j - 1]], names[order[j]]) > 0; j--)
        {
          int t = order[j];
          order[j] = order[j - 1];
          order[j - 1] = t;
        }
    for (int i = 0; i < JS_N_SYMBOLS; i++)
      js_define_value_utf8 (J, ctor, names[order[i]], js_symbol_value (J->symbols[order[i]]), 0);
  }

  js_define_method (J, proto, "toString", symbol_proto_to_string, 0);
  js_define_method (J, proto, "valueOf", symbol_proto_value_of, 0);
  js_define_getter (J, proto, "description", symbol_proto_description);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_string_new_utf8 (J, "Symbol", -1)), JS_PROP_CONFIGURABLE);
  to_primitive = js_define_method_key (J, proto, JS_SYMBOL_KEY (J, toPrimitive), "[Symbol.toPrimitive]",
                                       symbol_proto_to_primitive, 1);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toPrimitive), js_object_value (to_primitive), JS_PROP_CONFIGURABLE);

  js_define_value_utf8 (J, J->global, "Symbol", js_object_value (ctor), JS_PROP_HIDDEN);
}
