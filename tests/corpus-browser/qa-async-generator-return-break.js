// Breaking out of for await calls the generator's return: finally runs.
// @host browser
async function* gen() {
  try {
    yield 'a';
    yield 'b';
    yield 'c';
  } finally {
    console.log('generator cleanup');
  }
}
(async () => {
  for await (const x of gen()) {
    console.log('value', x);
    if (x === 'b') break;
  }
  console.log('after loop');
})();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
