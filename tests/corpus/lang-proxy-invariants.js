// proxy invariants: traps cannot lie about non-configurable or non-extensible targets
const t = {};
Object.defineProperty(t, 'fixed', { value: 1, writable: false, configurable: false });
Object.defineProperty(t, 'noGet', { set(v) {}, configurable: false });
const frozen = Object.preventExtensions({ y: 1 });
const tries = {
  get: () => new Proxy(t, { get: () => 2 }).fixed,
  getSame: () => new Proxy(t, { get: () => 1 }).fixed,
  getAccessor: () => new Proxy(t, { get: () => 'x' }).noGet,
  set: () => { 'use strict'; new Proxy(t, { set: () => true }).fixed = 5; },
  has: () => 'fixed' in new Proxy(t, { has: () => false }),
  hasNonExtensible: () => 'y' in new Proxy(frozen, { has: () => false }),
  deleteFixed: () => delete new Proxy(t, { deleteProperty: () => true }).fixed,
  defineNonExtensible: () => Object.defineProperty(new Proxy(frozen, { defineProperty: () => true }), 'a', { value: 1 }),
  defineNonConfigurable: () => Object.defineProperty(new Proxy({}, { defineProperty: () => true }), 'a', { value: 1, configurable: false }),
  gopdNotObject: () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 1 }), 'a'),
  gopdHidesFixed: () => Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor: () => undefined }), 'fixed'),
  gopdInvents: () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 2, configurable: false }) }), 'x'),
  ownKeysDuplicate: () => Object.keys(new Proxy({}, { ownKeys: () => ['a', 'a'] })),
  ownKeysBadKey: () => Reflect.ownKeys(new Proxy({}, { ownKeys: () => [1] })),
  ownKeysMissing: () => Reflect.ownKeys(new Proxy(t, { ownKeys: () => [] })),
  ownKeysExtra: () => Reflect.ownKeys(new Proxy(frozen, { ownKeys: () => ['y', 'z'] })),
  getPrototypeOf: () => Object.getPrototypeOf(new Proxy(frozen, { getPrototypeOf: () => Array.prototype })),
  getPrototypeOfBad: () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })),
  isExtensible: () => Object.isExtensible(new Proxy({}, { isExtensible: () => false })),
  preventExtensions: () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true })),
  preventExtensionsFalse: () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })),
  construct: () => new (new Proxy(function () {}, { construct: () => 1 }))(),
  trapNotFunction: () => new Proxy({}, { get: 1 }).x,
};
for (const [name, f] of Object.entries(tries)) {
  try { console.log(name, 'ok', f()); } catch (e) { console.log(name, e.name + ': ' + e.message); }
}
