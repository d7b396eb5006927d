// several async functions interleave at each await
async function task(name, steps) {
  for (let i = 1; i <= steps; i++) {
    console.log(name, 'step', i);
    await null;
  }
  console.log(name, 'done');
}
task('A', 3);
task('B', 2);
task('C', 1);
console.log('sync end');
