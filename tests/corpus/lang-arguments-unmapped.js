// Strict functions and non-simple parameter lists get unmapped arguments.
function strict(a) { 'use strict'; a = 2; arguments[0] = 3; return [a, arguments[0]]; }
console.log(strict(1));
function withDefault(a = 0) { a = 5; return arguments[0]; }
function withRest(a, ...rest) { a = 2; return [arguments[0], arguments.length]; }
function destructured({ x }, b) { b = 'b'; return [arguments[1], x]; }
console.log(withDefault(1), withRest(1, 2, 3), destructured({ x: 1 }, 2));
function callee() { 'use strict'; try { return arguments.callee; } catch (e) { return e.message; } }
function sloppyCallee() { return arguments.callee === sloppyCallee; }
console.log(callee(), sloppyCallee());
function keys(a) { return Reflect.ownKeys(arguments); }
function strictKeys(a) { 'use strict'; return Reflect.ownKeys(arguments); }
console.log(keys(1), strictKeys(1));
function iter(a) { return [arguments[Symbol.iterator] === Array.prototype.values, [...arguments]]; }
console.log(iter(1, 2));
function tag(a) { a = 'A'; return [Object.prototype.toString.call(arguments), JSON.stringify(arguments), arguments]; }
console.log(tag(1, 2));
function setProto(a) {
  const child = Object.create(arguments);
  a = 'through prototype';
  child[0] = 'own';
  return [arguments[0], a, child[0]];
}
console.log(setProto(1));
