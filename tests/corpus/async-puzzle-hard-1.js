// hard puzzle: resolve with a promise vs then chains
const p1 = new Promise(r => r(Promise.resolve('p1')));
const p2 = Promise.resolve('p2');
p1.then(v => console.log(v));
p2.then(v => console.log(v)).then(() => console.log('p2 then 2')).then(() => console.log('p2 then 3'));
(async () => { console.log(await 'async'); })();
