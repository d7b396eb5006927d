// each pair of resolving functions has its own already-resolved record
let saved;
const p = new Promise((resolve, reject) => {
  saved = { resolve, reject };
  resolve({
    then(res, rej) {
      console.log('thenable then, pairs differ:', res !== saved.resolve);
      rej(new Error('second pair rejects'));
      res('ignored');
    },
  });
  reject(new Error('ignored: first pair already used'));
});
saved.resolve('ignored as well');
p.then(v => console.log('fulfilled', v), e => console.log('rejected', e.message));
const q = new Promise(() => { throw new Error('executor threw'); });
q.catch(e => console.log('q', e.message));
const r = new Promise(resolve => { resolve('first'); throw new Error('after resolve'); });
r.then(v => console.log('r', v));
const self = new Promise(resolve => setTimeout(() => resolve(self), 0));
self.catch(e => console.log(e.constructor.name, e.message));
