// Awaiting a thenable calls its then method in a microtask.
// @host browser
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  },
};
(async () => {
  console.log('before await');
  const v = await thenable;
  console.log('after await:', v);
})();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('sync end');
