// The modules' own enumerable names, in Node's order, and assert.strict
// sharing assert's functions.
const os = require('os');
const assert = require('assert');
console.log(Object.keys(os));
console.log(typeof os.totalmem(), typeof os.freemem(), os.availableParallelism() > 0);
console.log(Object.keys(os).filter((k) => typeof os[k] === 'function').length);
console.log(assert.strict.equal === assert.strictEqual);
console.log(assert.strict.deepEqual === assert.deepStrictEqual);
console.log(assert.strict.notEqual === assert.notStrictEqual, assert.strict.ok === assert.ok);
console.log(assert.strict.fail === assert.fail, assert.strict.strict === assert.strict);
console.log(assert.strict.strictEqual === assert.strictEqual, assert.equal === assert.strictEqual);
try { assert.strict.equal(1, '1'); } catch (e) { console.log(e.code, e.operator); }
