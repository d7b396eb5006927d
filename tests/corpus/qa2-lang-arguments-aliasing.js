function plain(a, b) { a = 10; arguments[1] = 20; return [a, b, arguments[0], arguments[1]]; }
function viaEval(a) { eval('a = 99'); return [a, arguments[0]]; }
function argsViaEval(a) { eval('arguments[0] = 7'); return a; }
function viaClosure(a) { const set = () => { a = 3; }; set(); return [a, arguments[0]]; }
function closureReads(a) { const get = () => a; arguments[0] = 'changed'; return get(); }
function strictFn(a) { 'use strict'; a = 2; return arguments[0]; }
function withDefault(a = 0) { a = 5; return arguments[0]; }
function extraArgs(a) { arguments[1] = 'extra'; return [arguments.length, arguments[1]]; }
function missingArg(a) { arguments[0] = 'set'; return a; }
function deleted(a) { delete arguments[0]; arguments[0] = 'new'; return a; }
console.log(plain(1, 2), viaEval(1), argsViaEval(1), viaClosure(1), closureReads('orig'));
console.log(strictFn(1), withDefault(1), extraArgs(1), missingArg(), deleted('kept'));
