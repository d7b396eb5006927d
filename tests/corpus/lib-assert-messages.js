// The messages assert builds: one-line comparisons, the line diff of
// deepStrictEqual, and the instance / validation checks of throws.
const assert = require('assert');
const msg = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } };
msg(() => assert.strictEqual('abc', 'abd'));
msg(() => assert.strictEqual(null, undefined));
msg(() => assert.strictEqual({ a: 1 }, { a: 1 }));
msg(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
msg(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
msg(() => assert.deepEqual({ a: 1 }, { a: 2 }));
msg(() => assert.notDeepStrictEqual([1], [1]));
msg(() => assert.notStrictEqual('a', 'a'));
msg(() => assert.equal(null, 0));
msg(() => assert.throws(() => {}, TypeError));
msg(() => assert.throws(() => { throw new Error('x'); }, TypeError));
msg(() => assert.throws(() => { throw new TypeError('x'); }, { message: 'y' }));
msg(() => assert.throws(() => { throw new TypeError('x'); }, (e) => e.message === 'z'));
msg(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'because'));
msg(() => assert.ifError('str'));
msg(() => assert(0 > 1));
