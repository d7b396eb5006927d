// instanceof with built-in types and primitives
console.log([] instanceof Array, [] instanceof Object);
console.log('str' instanceof String, new String('s') instanceof String);
console.log(5 instanceof Number, Object(5) instanceof Number);
console.log((() => {}) instanceof Function, Function instanceof Object, Object instanceof Function);
console.log(new Map() instanceof Map, new Set() instanceof Map);
console.log(new TypeError() instanceof Error, new Error() instanceof TypeError);
console.log(null instanceof Object, undefined instanceof Object);
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.constructor.name, e.message);
}
