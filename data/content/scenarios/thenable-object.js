// @title Thenables: anything with a then method
// @host node
// @note await and Promise.resolve accept any object with then(); its
// @note then is called in a microtask of its own.

const thenable = {
  then(resolve) {
    console.log('then() called');
    resolve('from a thenable');
  },
};

(async () => {
  console.log('before await');
  const v = await thenable;
  console.log(v);
})();

Promise.resolve().then(() => console.log('plain microtask'));
console.log('sync end');
