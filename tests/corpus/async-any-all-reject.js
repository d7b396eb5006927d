// Promise.any rejects with an AggregateError listing every reason in input order
const delay = (ms, v) => new Promise((_, rej) => setTimeout(() => rej(new Error(v)), ms));
Promise.any([delay(60, 'first input'), delay(5, 'second input'), Promise.reject('third input')])
  .catch(e => {
    console.log(e instanceof AggregateError, e.name, e.message);
    console.log(e.errors.map(x => (x instanceof Error ? x.message : x)));
  });
