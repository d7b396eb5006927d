// sloppy-mode arguments aliases parameters; strict mode and defaults do not
function sloppy(a, b) { arguments[0] = 'changed'; b = 'B'; return [a, arguments[1], arguments.length]; }
console.log(sloppy(1, 2), sloppy(1));
function strict(a) { 'use strict'; arguments[0] = 'changed'; return a; }
console.log(strict(1));
function withDefault(a = 0) { arguments[0] = 'changed'; return a; }
console.log(withDefault(1));
function extra() { arguments.length = 1; return Array.from(arguments); }
console.log(extra(1, 2, 3));
function typeCheck() { return [typeof arguments, Array.isArray(arguments), Object.prototype.toString.call(arguments)]; }
console.log(typeCheck());
const arrow = () => { try { return arguments.length; } catch (e) { return e.name; } };
console.log(typeof arrow());
