// assert's errors are AssertionError instances with code, operator and
// generatedMessage; the module exports the class and the strict variant.
const assert = require('assert');
const check = (label, f) => {
  try { f(); console.log(label, 'passed'); }
  catch (e) { console.log(label, e instanceof assert.AssertionError, e.name, e.code, e.operator, e.generatedMessage); }
};
check('strictEqual', () => assert.strictEqual(1, 2));
check('custom', () => assert.strictEqual(1, 2, 'one is not two'));
check('fail', () => assert.fail());
check('failMsg', () => assert.fail('boom'));
check('match', () => assert.match('abc', /x/));
check('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('x'); }));
check('ifError', () => assert.ifError(new TypeError('bad')));
check('strictLoose', () => assert.strict.equal(1, '1'));
console.log(require('assert/strict') === assert.strict, assert.strict.strict === assert.strict);
const e = new assert.AssertionError({ message: 'made', actual: 1, expected: 2, operator: 'strictEqual' });
console.log(String(e), Object.keys(e));
