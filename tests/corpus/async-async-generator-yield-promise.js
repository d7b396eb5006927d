// yield inside an async generator awaits promises before handing them out
async function* gen() {
  yield Promise.resolve('awaited automatically');
  yield new Promise(r => setTimeout(() => r('from timer'), 5));
  const x = yield 'plain';
  console.log('received', x);
}
(async () => {
  const it = gen();
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next());
  console.log(await it.next('sent value'));
})();
