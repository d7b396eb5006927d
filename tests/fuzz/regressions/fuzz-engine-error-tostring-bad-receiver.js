// Error.prototype.toString on a primitive must throw "Method
// Error.prototype.toString called on incompatible receiver 1"; it aborted
// in js_throw_error_with_value() (js-builtin-error.c: hole != NULL).
try { Error.prototype.toString.call(1); } catch (e) { console.log(e.message); }
