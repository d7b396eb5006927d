// async generator yields interleave with outside microtasks
async function* gen() {
  console.log('gen start');
  yield 'a';
  console.log('gen after a');
  yield await Promise.resolve('b');
  console.log('gen end');
}
(async () => {
  for await (const v of gen()) console.log('consumer', v);
  console.log('consumer done');
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4')).then(() => console.log('m5'));
