// util.types: every check, in Node's order, and what a few of them answer.
const t = require('util').types;
console.log(Object.getOwnPropertyNames(t).join(' '));
console.log(t.isUint8Array(new Uint8Array(1)), t.isInt8Array(new Uint8Array(1)), t.isBigUint64Array(new BigUint64Array(1)));
console.log(t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isMapIterator([].keys()));
console.log(t.isArgumentsObject((function () { return arguments; })()), t.isArgumentsObject([]));
console.log(t.isExternal({}), t.isSharedArrayBuffer(new ArrayBuffer(1)), t.isKeyObject({}), t.isCryptoKey({}));
console.log(t.isDate(new Date(0)), t.isBoxedPrimitive(Object(1n)), t.isModuleNamespaceObject({}));
