// await on a rejected promise throws inside the async function
async function load(fail) {
  try {
    const v = await (fail ? Promise.reject(new Error('load failed')) : Promise.resolve('data'));
    console.log('loaded', v);
    return v;
  } catch (e) {
    console.log('caught', e.message);
    return 'fallback';
  } finally {
    console.log('cleanup', fail);
  }
}
(async () => {
  console.log('result', await load(false));
  console.log('result', await load(true));
})();
