// an async function throwing with no catch exits 1 after the sync code and other microtasks
async function load() {
  console.log('load start');
  await null;
  throw new TypeError('config missing');
}
load();
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('timer does not run'), 0);
console.log('main end');
