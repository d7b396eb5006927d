// chained thens run one per tick; separate thens on one promise run in registration order
const p = Promise.resolve();
p.then(() => console.log('A1')).then(() => console.log('A2')).then(() => console.log('A3'));
p.then(() => console.log('B1')).then(() => console.log('B2'));
p.then(() => console.log('C1'));
console.log('sync');
