// an error thrown inside an async generator rejects the for-await loop, caught by try/catch
async function* source() {
  yield 1;
  throw new Error('source broke');
}
(async () => {
  try {
    for await (const v of source()) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  const it = source();
  await it.next();
  await it.next().catch(e => console.log('next rejected', e.message));
  console.log(await it.next());
})();
