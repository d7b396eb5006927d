// async generators: next() returns promises, await inside the generator body
async function* countdown(n) {
  while (n > 0) {
    await null;
    yield n--;
  }
  return 'liftoff';
}
const gen = countdown(3);
console.log(Object.prototype.toString.call(gen), typeof gen[Symbol.asyncIterator]);
(async () => {
  console.log(await gen.next());
  console.log(await gen.next());
  console.log(await gen.next());
  console.log(await gen.next());
  console.log(await gen.next());
})();
