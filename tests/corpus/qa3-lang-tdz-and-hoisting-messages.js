try { console.log(a); let a = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new K(); class K {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { f(); const f = () => {}; } catch (e) { console.log(e.name + ': ' + e.message); }
try { notDeclared; } catch (e) { console.log(e.name + ': ' + e.message); }
try { const c = 1; c = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { 'use strict'; undeclared = 1; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof hoisted, hoisted());
function hoisted() { return 'hoisted works'; }
console.log(v);
var v = 'assigned';
try { typeof tdz; let tdz; } catch (e) { console.log(e.name + ': ' + e.message); }
try { let z = z + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function (a = b, b) {})(); } catch (e) { console.log(e.name + ': ' + e.message); }
