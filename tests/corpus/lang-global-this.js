// globalThis is the global object; built-ins live on it
console.log(typeof globalThis, globalThis === global);
console.log(globalThis.Array === Array, typeof globalThis.console.log);
globalThis.shared = 41;
shared++;
console.log(globalThis.shared);
console.log('Math' in globalThis, 'JSON' in globalThis, 'nonexistentThing' in globalThis);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable);
undefined = 'nope';
console.log(undefined);
