// @title Forgetting return in then
// @host node
// @note Without `return`, the next link receives undefined and does
// @note not wait for the inner promise.

const load = (what) => new Promise((r) => setTimeout(() => r(what), 10));

load('dough')
  .then((d) => { load(d + ' + filling'); })
  .then((v) => console.log('without return:', v));

load('dough')
  .then((d) => load(d + ' + filling'))
  .then((v) => console.log('with return:', v));
