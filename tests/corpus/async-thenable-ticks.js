// adopting a thenable takes one extra tick (job to call then)
const thenable = { then(r) { console.log('then invoked'); r('T'); } };
Promise.resolve(thenable).then(v => console.log('thenable', v));
Promise.resolve('P').then(v => console.log('plain', v));
Promise.resolve().then(() => console.log('tick1')).then(() => console.log('tick2')).then(() => console.log('tick3'));
console.log('sync');
