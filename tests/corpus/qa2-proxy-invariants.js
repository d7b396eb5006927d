const target = {};
Object.defineProperty(target, 'fixed', { value: 1, writable: false, configurable: false });
const bad = new Proxy(target, { get: () => 2 });
try { bad.fixed; } catch (e) { console.log(e.message); }
const bad2 = new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys: () => ['a', 'b'] });
try { Object.keys(bad2); } catch (e) { console.log(e.message); }
const bad3 = new Proxy({}, { ownKeys: () => ['a', 'a'] });
try { Reflect.ownKeys(bad3); } catch (e) { console.log(e.message); }
const bad4 = new Proxy({}, { ownKeys: () => [1] });
try { Reflect.ownKeys(bad4); } catch (e) { console.log(e.message); }
const bad5 = new Proxy(target, { has: () => false });
try { 'fixed' in bad5; } catch (e) { console.log(e.message); }
const bad6 = new Proxy({}, { getPrototypeOf: () => 5 });
try { Object.getPrototypeOf(bad6); } catch (e) { console.log(e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
const nonCtor = new Proxy(() => {}, {});
try { new nonCtor(); } catch (e) { console.log(e.message); }
const bad7 = new Proxy(function () {}, { construct: () => 1 });
try { new bad7(); } catch (e) { console.log(e.message); }
const bad8 = new Proxy({}, { set: 'nope' });
try { bad8.x = 1; } catch (e) { console.log(e.message); }
