// seed: Promise.any takes the first success and only rejects (AggregateError) if all fail
const ok = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
const fail = (v, ms) => new Promise((_, rej) => setTimeout(() => rej(new Error(v)), ms));
Promise.any([fail('mirror 1 down', 5), ok('mirror 2', 50), ok('mirror 3', 60)])
  .then(v => console.log('first success:', v));
Promise.any([fail('x', 5), fail('y', 10)])
  .catch(e => console.log(e.name, e.message, e.errors.map(err => err.message)));
