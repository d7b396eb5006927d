// @title Promise.all with plain values and an empty list
// @host node
// @note Plain values count as fulfilled promises; an empty list
// @note fulfils with an empty array.

Promise.all([1, Promise.resolve(2), new Promise((r) => setTimeout(() => r(3), 10))])
  .then((values) => console.log('mixed:', values));

Promise.all([]).then((values) => console.log('empty:', values));
