// await on a thenable calls its then method (one tick later)
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('thenable value');
  },
};
async function f() {
  console.log('before await');
  const v = await thenable;
  console.log('after await:', v);
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
console.log('sync');
