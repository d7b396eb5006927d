// @title Two async functions interleave
// @host node
// @note Each await gives the other function a turn.

async function baker(name) {
  console.log(name, 'step 1');
  await null;
  console.log(name, 'step 2');
  await null;
  console.log(name, 'step 3');
}

baker('Ana');
baker('Ben');
console.log('both started');
