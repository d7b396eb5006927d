// @title What await does to the rest of a function
// @host node
// @note Everything after `await` waits on the tray as a microtask,
// @note while the caller carries on at the desk.

async function fn() {
  console.log('A');
  await null;
  console.log('B');
}

fn();
console.log('C');
