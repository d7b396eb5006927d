// an exception thrown synchronously inside an async map callback becomes a rejection
async function process(items) {
  return Promise.all(items.map(async (x) => {
    if (x === 'bad') throw new Error(`cannot process ${x}`);
    await null;
    return x.toUpperCase();
  }));
}
process(['a', 'b']).then(r => console.log(r));
process(['a', 'bad', 'c']).catch(e => console.log(e.message));
try { [1].map(async () => { throw new Error('not sync'); })[0].catch(e => console.log('async rejection:', e.message)); } catch (e) { console.log('sync catch?'); }
