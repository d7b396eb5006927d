// strict mode errors: undeclared assignment, read-only globals, this in functions
'use strict';
try { undeclaredVar = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { undefined = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { NaN = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'x', { value: 1 }).x = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'str'.length = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { (5).prop = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { delete Object.prototype; } catch (e) { console.log(e.name + ': ' + e.message); }
function f() { return this; }
console.log(f(), typeof f.call(3), f.call(null));
try { f.caller; } catch (e) { console.log(e.name + ': ' + e.message); }
