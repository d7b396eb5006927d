// V8 names the call site when call/apply/Reflect.apply meet a non-callable this
const c = Function.prototype.call;
const tries = [
  () => Function.prototype.call.call(1),
  () => c.call({}),
  () => Function.prototype.apply.call('s'),
  () => Function.prototype.call.apply(1),
  () => Reflect.apply(c, 5, []),
  () => { const o = { f: c }; o.f(); },
  () => c(),
  () => [1].forEach(c),
  () => Function.prototype.bind.call(1),
  () => Reflect.apply(1),
];
for (const t of tries) { try { t(); } catch (e) { console.log(e.name + ': ' + e.message); } }
