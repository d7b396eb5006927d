// Symbol.for registry, descriptions and symbol conversions
const a = Symbol.for('app.key'), b = Symbol.for('app.key'), c = Symbol('app.key');
console.log(a === b, a === c, Symbol.keyFor(a), Symbol.keyFor(c), c.description, Symbol().description);
console.log(c.toString(), String(c), Object(c) instanceof Symbol, typeof Object(c));
try { c + ''; } catch (e) { console.log(e.name + ': ' + e.message); }
try { `${c}`; } catch (e) { console.log(e.name + ': ' + e.message); }
try { +c; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, !!c, [c].length);
const o = { [c]: 1, regular: 2 };
console.log(Object.keys(o), Object.getOwnPropertySymbols(o), JSON.stringify(o), c in o);
