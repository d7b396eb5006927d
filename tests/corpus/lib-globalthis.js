// globalThis exposes standard globals; typeof of Node-specific globals
console.log(typeof globalThis.Object, typeof globalThis.setTimeout, typeof globalThis.queueMicrotask);
console.log(typeof process, typeof require, typeof module, typeof exports, typeof window);
console.log(globalThis.globalThis === globalThis, globalThis.NaN, globalThis.Infinity);
console.log(Object.prototype.toString.call(globalThis));
var topVar = 1;
let topLet = 2;
console.log('topVar' in globalThis, 'topLet' in globalThis);
