// async generator return() mid-iteration runs finally, later next() calls are done
async function* numbers() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('cleanup start');
    await null;
    console.log('cleanup end');
  }
}
(async () => {
  const it = numbers();
  console.log(await it.next());
  console.log(await it.return('bye'));
  console.log(await it.next());
  for await (const n of numbers()) { console.log('loop', n); if (n === 2) break; }
  console.log('after loop');
})();
