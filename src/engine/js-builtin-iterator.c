/* js-builtin-iterator.c: the iteration protocol (ECMAScript 7.4), the
 * iterator prototypes (27.1.2, 27.1.3) and the array and string iterators
 * (23.1.5, 22.1.5).  Map and Set iterators live with their collections in
 * js-builtin-map.c; generators in js-generator.c. */
#include "js-internal.h"

/* ------------------------------------------------------------------------
 * Operations on iterator objects (7.4)
 * ------------------------------------------------------------------------ */

/* GetIterator(obj, sync) (7.4.3) with V8's messages for builtins. */
void
js_get_iterator (JsState *J, JsValue obj, JsIteratorRecord *record)
{
  JsValue method = JS_UNDEFINED, iterator;

  if (!js_is_nullish (obj))
    method = js_get (J, obj, JS_SYMBOL_KEY (J, iterator));
  if (js_is_nullish (method))
    js_throw_error_with_value (J, JS_TYPE_ERROR,
                               "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                               obj, JS_DESCRIBE_TYPED);
  if (!js_is_callable (method))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", method, JS_DESCRIBE_TYPED);
  iterator = js_call (J, method, obj, 0, NULL);
  if (!js_is_object (iterator))
    js_throw_type_error (J, "Result of the Symbol.iterator method is not an object");
  record->iterator = iterator;
  record->next_method = js_get (J, iterator, JS_KEY (J, next));
  record->done = FALSE;
}

/* IteratorStep (7.4.9) followed by IteratorValue (7.4.8).  [[Done]] is set
 * before anything that can throw, so that a throw leaves the record done and
 * the caller does not try to close it (IteratorStepValue's steps 2–3). */
gboolean
js_iterator_step_value (JsState *J, JsIteratorRecord *record, JsValue *value)
{
  JsValue result;

  if (record->done)
    return FALSE;
  record->done = TRUE;
  if (!js_is_callable (record->next_method))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", record->next_method, JS_DESCRIBE_TYPED);
  result = js_call (J, record->next_method, record->iterator, 0, NULL);
  if (!js_is_object (result))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterator result %s is not an object", result, JS_DESCRIBE_PLAIN);
  if (js_to_boolean (js_get (J, result, JS_KEY (J, done))))
    return FALSE;
  *value = js_get (J, result, JS_KEY (J, value));
  record->done = FALSE;
  return TRUE;
}

static JsValue
get_return_method (JsState *J, JsValue iterator)
{
  JsValue method = js_get (J, iterator, JS_KEY (J, return));

  if (js_is_nullish (method))
    return JS_UNDEFINED;
  if (!js_is_callable (method))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "%s is not a function", method, JS_DESCRIBE_TYPED);
  return method;
}

/* IteratorClose (7.4.11).  For a throw completion the caller's exception
 * wins: whatever `return` does, including throwing, is ignored. */
void
js_iterator_close (JsState *J, JsIteratorRecord *record, gboolean abrupt_throw)
{
  JsValue method, result;

  if (abrupt_throw)
    {
      JsValue pending = J->exception;
      JsTryPoint tp;

      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          method = get_return_method (J, record->iterator);
          if (!js_is_undefined (method))
            js_call (J, method, record->iterator, 0, NULL);
          js_try_end (J, &tp);
        }
      else if (J->terminating)
        js_throw (J, J->exception);
      J->exception = pending;
      return;
    }
  method = get_return_method (J, record->iterator);
  if (js_is_undefined (method))
    return;
  result = js_call (J, method, record->iterator, 0, NULL);
  if (!js_is_object (result))
    js_throw_error_with_value (J, JS_TYPE_ERROR, "Iterator result %s is not an object", result, JS_DESCRIBE_PLAIN);
}

void
js_iterator_for_each (JsState *J, JsIteratorRecord *record, JsIteratorEachFn fn, gpointer data)
{
  JsValue value;

  while (js_iterator_step_value (J, record, &value))
    {
      JsTryPoint tp;

      js_try_begin (J, &tp);
      if (setjmp (tp.env) == 0)
        {
          fn (J, value, data);
          js_try_end (J, &tp);
        }
      else
        {
          JsValue exception = J->exception;

          if (!J->terminating)
            js_iterator_close (J, record, TRUE);
          js_throw (J, exception);
        }
    }
}

/* CreateIterResultObject (7.4.14) */
JsValue
js_iter_result (JsState *J, JsValue value, gboolean done)
{
  JsObject *obj = js_plain_object_new (J);

  js_define_value (J, obj, JS_KEY (J, value), value, JS_PROP_DEFAULT);
  js_define_value (J, obj, JS_KEY (J, done), js_boolean (done), JS_PROP_DEFAULT);
  return js_object_value (obj);
}

static JsValue array_iterator_next (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                                    JsValue new_target, JsObject *callee);

/* Whether iterating `v` is unobservable: an array whose iteration runs the
 * original %Array.prototype.values% and %ArrayIteratorPrototype%.next. */
static gboolean
has_default_array_iteration (JsState *J, JsValue v)
{
  JsValue method, next;

  if (!js_is_array (v))
    return FALSE;
  method = js_get (J, v, JS_SYMBOL_KEY (J, iterator));
  if (!js_is_object (method) || js_get_object (method) != JS_INTRINSIC (J, ArrayProtoValues))
    return FALSE;
  next = js_get_own_data (J, JS_INTRINSIC (J, ArrayIteratorPrototype), JS_KEY (J, next));
  return js_is_object (next) && js_get_object (next)->class_id == JS_CLASS_NATIVE_FUNCTION &&
         js_get_object (next)->u.native.fn == array_iterator_next;
}

/* IteratorToList(GetIterator(iterable)) into a new array. */
JsObject *
js_iterable_to_array (JsState *J, JsValue iterable)
{
  JsIteratorRecord record;
  JsObject *array;
  JsValue value;

  if (has_default_array_iteration (J, iterable))
    {
      guint32 length = js_array_length (js_get_object (iterable));

      array = js_array_new (J, length);
      for (guint32 i = 0; i < length && i < js_array_length (js_get_object (iterable)); i++)
        js_array_push (J, array, js_get_index (J, iterable, i));
      return array;
    }
  js_get_iterator (J, iterable, &record);
  array = js_array_new (J, 0);
  while (js_iterator_step_value (J, &record, &value))
    js_array_push (J, array, value);
  return array;
}

/* ------------------------------------------------------------------------
 * %IteratorPrototype% and %AsyncIteratorPrototype%
 * ------------------------------------------------------------------------ */

static JsValue
iterator_proto_iterator (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                         JsValue new_target, JsObject *callee)
{
  return this_value;
}

/* ------------------------------------------------------------------------
 * Array iterators (23.1.5)
 * ------------------------------------------------------------------------ */

JsObject *
js_array_iterator_new (JsState *J, JsValue array_like, JsIteratorKind kind)
{
  JsObject *it = js_object_new_class (J, JS_CLASS_ITERATOR, JS_INTRINSIC (J, ArrayIteratorPrototype));

  it->u.iter.target = array_like;
  it->u.iter.extra = JS_UNDEFINED;
  it->u.iter.index = 0;
  it->u.iter.kind = kind;
  it->u.iter.done = FALSE;
  return it;
}

static JsObject *
this_builtin_iterator (JsState *J, JsValue this_value, JsIteratorKind first, JsIteratorKind last,
                       const char *format)
{
  if (js_is_object (this_value))
    {
      JsObject *it = js_get_object (this_value);
      if (it->class_id == JS_CLASS_ITERATOR && it->u.iter.kind >= first && it->u.iter.kind <= last)
        return it;
    }
  js_throw_error_with_value (J, JS_TYPE_ERROR, format, this_value, JS_DESCRIBE_PLAIN);
}

/* %ArrayIteratorPrototype%.next (23.1.5.2), the closure of
 * CreateArrayIterator written as a state machine. */
static JsValue
array_iterator_next (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                     JsValue new_target, JsObject *callee)
{
  JsObject *it = this_builtin_iterator (J, this_value, JS_ITER_ARRAY_KEYS, JS_ITER_ARRAY_ENTRIES,
                                       "Method Array Iterator.prototype.next called on incompatible receiver %s");
  JsValue target = it->u.iter.target, value;
  guint32 index = it->u.iter.index;
  double length;

  if (js_is_undefined (target))
    return js_iter_result (J, JS_UNDEFINED, TRUE);
  if (js_is_array (target))
    length = js_array_length (js_get_object (target));
  else if (js_is_object (target) && js_get_object (target)->class_id == JS_CLASS_TYPED_ARRAY)
    {
      /* TypedArrayLength, not the (overridable) "length" property. */
      if (!js_typed_array_in_bounds (js_get_object (target)))
        js_throw_type_error (J, "Cannot perform Array Iterator.prototype.next on a detached ArrayBuffer");
      length = (double) js_typed_array_length (js_get_object (target));
    }
  else
    length = js_length_of_array_like (J, target);
  if (index >= length)
    {
      it->u.iter.target = JS_UNDEFINED;
      it->u.iter.done = TRUE;
      return js_iter_result (J, JS_UNDEFINED, TRUE);
    }
  it->u.iter.index = index + 1;
  if (it->u.iter.kind == JS_ITER_ARRAY_KEYS)
    return js_iter_result (J, js_number (index), FALSE);
  value = js_get_index (J, target, index);
  if (it->u.iter.kind == JS_ITER_ARRAY_VALUES)
    return js_iter_result (J, value, FALSE);
  {
    JsValue pair[2] = { js_number (index), value };
    return js_iter_result (J, js_object_value (js_array_from_values (J, pair, 2)), FALSE);
  }
}

/* ------------------------------------------------------------------------
 * String iterators (22.1.5): by code points
 * ------------------------------------------------------------------------ */

JsObject *
js_string_iterator_new (JsState *J, JsString *s)
{
  JsObject *it = js_object_new_class (J, JS_CLASS_ITERATOR, JS_INTRINSIC (J, StringIteratorPrototype));

  it->u.iter.target = js_string_value (s);
  it->u.iter.extra = JS_UNDEFINED;
  it->u.iter.index = 0;
  it->u.iter.kind = JS_ITER_STRING;
  it->u.iter.done = FALSE;
  return it;
}

static JsValue
string_iterator_next (JsState *J, JsValue this_value, int argc, const JsValue *argv,
                      JsValue new_target, JsObject *callee)
{
  JsObject *it = this_builtin_iterator (J, this_value, JS_ITER_STRING, JS_ITER_STRING,
                                       "Method String Iterator.prototype.next called on incompatible receiver %s");
  JsString *s;
  guint32 index = it->u.iter.index, n = 1;

  if (js_is_undefined (it->u.iter.target))
    return js_iter_result (J, JS_UNDEFINED, TRUE);
  s = js_get_string (it->u.iter.target);
  if (index >= s->length)
    {
      it->u.iter.target = JS_UNDEFINED;
      it->u.iter.done = TRUE;
      return js_iter_result (J, JS_UNDEFINED, TRUE);
    }
  /* CodePointAt: a lead surrogate followed by a trail one is one step. */
  if (s->chars[index] >= 0xD800 && s->chars[index] <= 0xDBFF && index + 1 < s->length &&
      s->chars[index + 1] >= 0xDC00 && s->chars[index + 1] <= 0xDFFF)
    n = 2;
  it->u.iter.index = index + n;
  if (n == 1)
    return js_iter_result (J, js_string_value (js_string_from_char_code (J, s->chars[index])), FALSE);
  return js_iter_result (J, js_string_value (js_string_new (J, s->chars + index, 2)), FALSE);
}

/* ------------------------------------------------------------------------ */

static JsObject *
new_iterator_prototype (JsState *J, JsObject *parent, const char *tag, JsNativeFn next)
{
  JsObject *proto = js_object_new (J, parent);

  js_define_method (J, proto, "next", next, 0);
  js_define_value (J, proto, JS_SYMBOL_KEY (J, toStringTag),
                   js_string_value (js_string_new_utf8 (J, tag, -1)), JS_PROP_CONFIGURABLE);
  return proto;
}

void
js_builtin_iterator_init (JsState *J)
{
  JsObject *iterator_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));
  JsObject *async_iterator_proto = js_object_new (J, JS_INTRINSIC (J, ObjectPrototype));

  js_define_method_key (J, iterator_proto, JS_SYMBOL_KEY (J, iterator), "[Symbol.iterator]",
                        iterator_proto_iterator, 0);
  js_define_method_key (J, async_iterator_proto, JS_SYMBOL_KEY (J, asyncIterator), "[Symbol.asyncIterator]",
                        iterator_proto_iterator, 0);
  JS_INTRINSIC (J, IteratorPrototype) = iterator_proto;
  JS_INTRINSIC (J, AsyncIteratorPrototype) = async_iterator_proto;
  JS_INTRINSIC (J, ArrayIteratorPrototype) =
    new_iterator_prototype (J, iterator_proto, "Array Iterator", array_iterator_next);
  JS_INTRINSIC (J, StringIteratorPrototype) =
    new_iterator_prototype (J, iterator_proto, "String Iterator", string_iterator_next);
}
