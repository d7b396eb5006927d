// Error options: cause, AggregateError errors, and name/message overrides
const inner = new TypeError('inner problem');
const outer = new Error('outer problem', { cause: inner });
console.log(outer.cause === inner, outer.cause.message, 'cause' in new Error('x'), new Error('x', {}).cause);
const agg = new AggregateError([new Error('a'), 'b'], 'many failed');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1], agg instanceof Error);
const e = new RangeError('r');
e.name = 'CustomName';
console.log(String(e), e.toString(), Object.prototype.toString.call(e));
console.log(Error('no new').message, Error.prototype.toString.call({ name: 'N', message: '' }));
console.log(Object.keys(new Error('k')), JSON.stringify(new Error('j')), new Error(undefined).message === '');
console.log(Error.prototype.name, TypeError.prototype.name, Object.getPrototypeOf(TypeError) === Error);
