// AggregateError holds a list of errors and accepts a cause
const agg = new AggregateError([new Error('a'), new TypeError('b'), 'c'], 'several failed', { cause: 'why' });
console.log(agg.name, agg.message, agg.errors.length, agg.cause);
console.log(agg.errors.map(e => (e instanceof Error ? e.message : e)));
console.log(agg instanceof Error, String(agg), Array.isArray(agg.errors));
const empty = new AggregateError([]);
console.log(empty.message === '', empty.errors);
console.log(new AggregateError(new Set([1, 2])).errors);
