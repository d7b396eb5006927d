// catch returning values continues the chain as fulfilled; rethrowing keeps it rejected
Promise.reject(new Error('first'))
  .catch(e => { console.log('caught', e.message); return 'recovered'; })
  .then(v => { console.log('then', v); throw new Error('second'); })
  .then(() => console.log('skipped'))
  .catch(e => { console.log('caught', e.message); throw e; })
  .catch(e => e.message.toUpperCase())
  .then(v => console.log('final', v));
Promise.reject(1).catch(x => Promise.reject(x + 1)).catch(x => console.log('rejected again with', x));
Promise.reject(5).then(null, x => x * 2).then(x => console.log('onRejected returned', x));
