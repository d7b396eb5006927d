// assert module: AssertionError codes and messages from simple asserts
const assert = require('assert');
try { assert(false, 'custom message'); } catch (e) { console.log(e.name, e.code, e.message); }
try { assert.strictEqual(1, 1); console.log('equal ok'); } catch (e) { console.log('no'); }
try { assert.ok(0); } catch (e) { console.log(e.name, e.code, e.actual, e.expected, e.operator); }
try { assert.equal(1, '1'); console.log('loose equal ok'); } catch (e) { console.log('no'); }
try { assert.throws(() => { throw new TypeError('tt'); }, TypeError); console.log('throws ok'); } catch (e) { console.log('no'); }
try { assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] }); console.log('deep ok'); } catch (e) { console.log('no'); }
try { assert.notStrictEqual(1, 2); console.log('not equal ok'); } catch (e) { console.log('no'); }
