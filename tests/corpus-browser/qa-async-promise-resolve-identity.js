// Promise.resolve(p) returns p itself; new Promise(r => r(p)) adds two ticks.
// @host browser
const p = Promise.resolve('x');
console.log('same object:', String(Promise.resolve(p) === p));
new Promise((r) => r(p)).then(() => console.log('wrapped'));
Promise.resolve(p).then(() => console.log('resolve(p)'));
p.then(() => console.log('p 1')).then(() => console.log('p 2')).then(() => console.log('p 3'));
