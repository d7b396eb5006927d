// await on a plain value still yields to the microtask queue
async function f() {
  console.log('f start');
  const v = await 42;
  console.log('f got', v);
  const u = await undefined;
  console.log('f got', u);
}
f();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
console.log('sync end');
