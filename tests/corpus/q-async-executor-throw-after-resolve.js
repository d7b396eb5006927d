// throwing in the executor after resolve/reject is ignored; the first settle wins
const p1 = new Promise((res) => { res('resolved first'); throw new Error('ignored'); });
p1.then(v => console.log('p1', v), e => console.log('p1 rejected', e.message));
const p2 = new Promise((res, rej) => { rej(new Error('rejected first')); res('ignored'); });
p2.catch(e => console.log('p2', e.message));
const p3 = new Promise(() => { throw new Error('thrown'); });
p3.catch(e => console.log('p3', e.message));
const p4 = new Promise((res) => { res(Promise.reject(new Error('inner rejection'))); });
p4.catch(e => console.log('p4', e.message));
let resolveLater;
const p5 = new Promise((res) => { resolveLater = res; });
p5.then(v => console.log('p5', v));
resolveLater('late'); resolveLater('again');
console.log('sync');
