// V8 reports a null/undefined source differently when the first property
// of the pattern has a default: the read of that property is what fails.
function show(fn) {
  try { fn(); } catch (e) { console.log(e.constructor.name, e.message); }
}
function withDefault({ name = 'anon', tags = [] } = {}) { return name + tags.length; }
function plain({ name, tags = [] }) { return name + tags.length; }
console.log(withDefault(), withDefault({ name: 'x' }));
show(() => withDefault(null));
show(() => plain(null));
show(() => { const { a = 1 } = null; });
show(() => { const { a, b = 2 } = undefined; });
show(() => { const { b = 2, a } = undefined; });
show(() => { let x; ({ a: x = 1 } = null); });
show(() => { const { 0: first = 'f' } = null; });
show(() => { const { ['k' + 1]: v = 2 } = null; });
show(() => { const { a: [x] = [] } = null; });
show(() => { for (const { id = 0 } of [null]); });
show(() => { const [{ a = 1 }] = [null]; });
show(() => { const {} = null; });
// Where the source is no expression V8 names the value by its type or by
// the internal variable it reads; a call or a conditional as CallPrinter does.
const o = { none: null, get() { return null; } };
show(() => { (({ id }) => id)(null); });
show(() => { for (const { id } of [undefined]); });
show(() => { try { throw null; } catch ({ code }) {} });
show(() => { const { id } = o.get(); });
show(() => { const { id } = o.none || null; });
show(() => { const { id } = o.none ? 1 : null; });
show(() => { let id; for ({ id } of [null]); });
show(() => { `${o.none}`(); });
