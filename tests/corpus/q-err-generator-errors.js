// generator misuse errors: running generator re-entry, throw into completed generator
function* g() { const self = yield; try { self.next(); } catch (e) { yield e.name + ': ' + e.message; } }
const it = g();
it.next();
console.log(it.next(it).value);
function* done() {}
const d = done();
d.next();
try { d.throw(new Error('into done')); } catch (e) { console.log('rethrown:', e.message); }
console.log(d.return(7), d.next());
try { [...(function* () { yield 1; throw new Error('mid-spread'); })()]; } catch (e) { console.log(e.message); }
try { for (const x of 5) {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { const [a] = 5; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
