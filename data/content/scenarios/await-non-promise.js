// @title Awaiting a plain value
// @host node
// @note `await 5` still pauses the function for one microtask.

async function f() {
  console.log('f start');
  const v = await 5;
  console.log('f got', v);
}

f();
Promise.resolve().then(() => console.log('other microtask'));
console.log('sync end');
