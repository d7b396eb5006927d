// @title A rejection skips to the next catch
// @host node
// @note then callbacks without a rejection handler are skipped; after
// @note catch the chain is fulfilled again.

Promise.resolve()
  .then(() => { throw new Error('dropped the tray'); })
  .then(() => console.log('skipped 1'))
  .then(() => console.log('skipped 2'))
  .catch((e) => {
    console.log('caught', e.message);
    return 'recovered';
  })
  .then((v) => console.log('continues with', v));
