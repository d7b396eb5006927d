// hard puzzle: interleaving of await chains of different lengths
async function one() { await 1; console.log('one after 1 await'); }
async function two() { await 1; await 2; console.log('two after 2 awaits'); }
async function nested() { await one(); console.log('nested after awaiting one()'); }
two();
nested();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
