class ValidationError extends Error {
  constructor(field, message) { super(message); this.name = 'ValidationError'; this.field = field; }
}
class RequiredError extends ValidationError { constructor(field) { super(field, `${field} is required`); this.name = this.constructor.name; } }
try { throw new RequiredError('email'); } catch (e) {
  console.log(e.name, e.message, e.field, e instanceof ValidationError, e instanceof Error, String(e));
  console.log(Object.keys(e), JSON.stringify(e), e.toString === Error.prototype.toString);
}
const plain = new Error('with cause', { cause: { code: 42 } });
console.log(plain.cause, Object.keys(plain), 'cause' in plain, Object.getOwnPropertyDescriptor(plain, 'cause').enumerable);
console.log(new Error().message === '', new Error(undefined).hasOwnProperty('message'), new Error(null).message);
const e2 = new TypeError('t'); e2.name = 'Custom';
console.log(String(e2), Object.prototype.toString.call(e2), e2 instanceof TypeError);
const fake = { name: 'Fake', message: 'not real' };
console.log(Error.prototype.toString.call(fake), Error.prototype.toString.call({}), Error('no new') instanceof Error);
const agg = new AggregateError([new Error('a'), 'b'], 'multi');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1]);
console.log(typeof Error.captureStackTrace, 'stack' in new Error(), Error.prototype.name, RangeError.prototype.name);
