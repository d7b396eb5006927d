// Promise.resolve(p) returns p itself for native promises; new Promise does not
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
console.log(new Promise(r => r(p)) === p);
const thenable = { then(r) { r(2); } };
console.log(Promise.resolve(thenable) === thenable);
Promise.resolve(thenable).then(v => console.log('thenable resolved', v));
const rejected = Promise.reject(new Error('r'));
console.log(Promise.resolve(rejected) === rejected);
rejected.catch(e => console.log('caught', e.message));
