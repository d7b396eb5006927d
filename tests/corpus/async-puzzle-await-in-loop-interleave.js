// two async loops with await interleave element by element
async function loop(name, items) {
  for (const item of items) {
    await null;
    console.log(name, item);
  }
}
loop('L', ['a', 'b', 'c']);
loop('R', [1, 2]);
console.log('sync');
