// each then returns a new promise resolved with the callback's return value
Promise.resolve(1)
  .then(v => { console.log('a', v); return v + 1; })
  .then(v => { console.log('b', v); })
  .then(v => { console.log('c', v); return Promise.resolve(v ?? 'from promise'); })
  .then(v => { console.log('d', v); throw new Error('oops'); })
  .then(() => console.log('skipped'))
  .catch(e => { console.log('caught', e.message); return 'recovered'; })
  .then(v => console.log('e', v));
