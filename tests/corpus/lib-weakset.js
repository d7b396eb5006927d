// WeakSet holds objects only, no iteration or size
const ws = new WeakSet();
const a = {}, b = [];
ws.add(a).add(b);
console.log(ws.has(a), ws.has(b), ws.has({}));
ws.delete(a);
console.log(ws.has(a));
try {
  ws.add(1);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(typeof ws.size, Symbol.iterator in ws);
const seen = new WeakSet();
function visit(o) { if (seen.has(o)) return 'again'; seen.add(o); return 'first'; }
console.log(visit(a), visit(a), visit(b));
