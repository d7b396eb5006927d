// a then callback returning its own promise rejects with a chaining cycle TypeError
const p = Promise.resolve().then(() => p);
p.catch(e => console.log(e.name + ': ' + e.message));
let resolveSelf;
const q = new Promise(r => { resolveSelf = r; });
resolveSelf(q);
q.catch(e => console.log(e.name + ': ' + e.message));
