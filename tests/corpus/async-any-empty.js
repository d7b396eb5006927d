// Promise.any of an empty iterable rejects immediately with an AggregateError
Promise.any([]).catch(e => {
  console.log(e.constructor.name, e.message, e.errors);
});
Promise.race([]).then(() => console.log('never'));
console.log('sync');
