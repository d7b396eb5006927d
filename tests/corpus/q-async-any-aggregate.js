// Promise.any rejects with AggregateError listing reasons in input order
Promise.any([
  new Promise((_, rej) => setTimeout(() => rej(new Error('slow fail')), 40)),
  Promise.reject(new Error('fast fail')),
]).catch(e => {
  console.log(e.constructor.name, e.name, e.message);
  console.log(e.errors.map(x => x.message));
});
Promise.any([]).catch(e => console.log('empty:', e.message, e.errors));
