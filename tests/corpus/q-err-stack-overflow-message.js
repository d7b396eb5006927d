// deep recursion throws RangeError which can be caught and the program continues
function down(n) { return down(n + 1) + 1; }
try { down(0); } catch (e) { console.log(e instanceof RangeError, e.name, e.message); }
const cyc = {};
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
const a = [];
a.push(a);
console.log(String(a) === '', a.join(',') === '');
console.log('continues');
