// @title The executor runs right away
// @host node
// @note The function given to new Promise runs synchronously; only the
// @note then callbacks are deferred.

console.log('before');
const p = new Promise((resolve) => {
  console.log('inside the executor');
  resolve('value');
  console.log('still inside, after resolve');
});
p.then((v) => console.log('then:', v));
console.log('after');
