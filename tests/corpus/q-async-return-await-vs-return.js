// return await vs return of a promise in an async function: tick counts differ
async function direct() { return Promise.resolve('direct'); }
async function awaited() { return await Promise.resolve('awaited'); }
async function plain() { return 'plain'; }
direct().then(v => console.log(v));
awaited().then(v => console.log(v));
plain().then(v => console.log(v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
