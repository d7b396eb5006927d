// TDZ in class heritage, self-referencing let, and parameter defaults
try { let x = x + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { class A extends A {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function (a = a) {})(); } catch (e) { console.log(e.name + ': ' + e.message); }
function early() { return later; }
try { early(); } catch (e) { console.log(e.name + ': ' + e.message); }
let later = 'ready';
console.log(early());
try { new K(); } catch (e) { console.log(e.name + ': ' + e.message); }
class K {}
console.log(typeof K);
const fn = () => typeof notYet;
try { fn(); } catch (e) { console.log(e.name + ': ' + e.message); }
const notYet = 1;
console.log(fn());
