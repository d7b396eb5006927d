// @title An async function that throws
// @host node
// @note The throw becomes a rejected promise. The first caller handles
// @note it; the second ignores it, and Node stops with exit code 1.

async function bake(item) {
  if (item === 'ice') throw new Error('cannot bake ' + item);
  return item + ' baked';
}

bake('ice').catch((e) => console.log('caller 1 caught:', e.message));

console.log('before the second call');
bake('ice');
console.log('the throw did not stop this line');
