// awaiting a thenable object vs a native promise vs a plain value
const thenable = { then(r) { console.log('thenable.then called'); r('T'); } };
(async () => { console.log('A', await thenable); })();
(async () => { console.log('B', await Promise.resolve('P')); })();
(async () => { console.log('C', await 'V'); })();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
console.log('sync');
