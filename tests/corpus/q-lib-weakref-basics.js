// WeakRef deref returns the target while it is reachable
const target = { name: 'kept' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name, typeof WeakRef.prototype.deref);
const registry = new FinalizationRegistry(() => {});
registry.register(target, 'token');
console.log(typeof registry.unregister, Object.prototype.toString.call(ref));
try { new WeakRef(1); } catch (e) { console.log(e.name + ': ' + e.message); }
