// hard puzzle: async function returning a thenable vs a promise vs a value
async function retThenable() { return { then(r) { r('thenable'); } }; }
async function retPromise() { return Promise.resolve('promise'); }
async function retValue() { return 'value'; }
retThenable().then(console.log);
retPromise().then(console.log);
retValue().then(console.log);
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
