// @title Promise.all fails fast
// @host node
// @note All results in input order when every promise fulfils;
// @note the first rejection rejects the whole thing at once.

const bake = (name, ms, fail) =>
  new Promise((resolve, reject) =>
    setTimeout(() => (fail ? reject(new Error(name + ' burnt')) : resolve(name)), ms));

Promise.all([bake('bread', 30), bake('bun', 10), bake('pie', 20)])
  .then((results) => console.log('all ok:', results));

Promise.all([bake('cake', 50), bake('tart', 15, true), bake('roll', 5)])
  .then((results) => console.log('never printed', results))
  .catch((err) => console.log('all failed fast:', err.message));
