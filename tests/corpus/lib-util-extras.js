// util beyond inspect and format: formatWithOptions, the legacy predicates,
// types, TextEncoder, stripVTControlCharacters, callbackify's name and length.
const util = require('util');
console.log(util.formatWithOptions({ depth: 0 }, '%O and %s', { a: { b: 1 } }, 'x'));
console.log(util.isBoolean(true), util.isNumber('1'), util.isObject(null), util.isPrimitive(Symbol()), util.isError(new TypeError()));
console.log(util.types.isArgumentsObject((function () { return arguments; })()), util.types.isMapIterator(new Map().entries()));
console.log(new util.TextEncoder().encode('hé'), util.TextDecoder === TextDecoder);
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[0m plain'));
const cb = util.callbackify(async function fetchUser(id) { return { id }; });
console.log(cb.name, cb.length);
try { util.inherits(function () {}, {}); } catch (e) { console.log(e.code, e.message); }
console.log(require('util/types') === util.types, util.getSystemErrorName(-2));
console.log(Object.keys(util.inspect.defaultOptions).length);
