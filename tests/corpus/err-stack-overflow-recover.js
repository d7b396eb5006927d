// after catching a stack overflow, normal deep-ish recursion still works
let depth = 0;
function dive() { depth++; dive(); }
try { dive(); } catch (e) { console.log(e.constructor.name, depth > 1000); }
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000));
const deep = (n) => { try { return deep(n + 1); } catch (e) { return 'caught at depth'; } };
console.log(deep(0));
