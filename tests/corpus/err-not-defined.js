// referencing an undeclared variable throws ReferenceError "x is not defined"
try {
  console.log(notDeclared);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  missingFunction();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function f() { return alsoMissing + 1; }
try {
  f();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
(function () {
  'use strict';
  try { undeclaredStrict = 1; } catch (e) { console.log(e.message); }
})();
