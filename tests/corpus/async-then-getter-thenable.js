// a thenable's then is read once per resolution, through its getter
let reads = 0;
const thenable = {
  get then() {
    reads++;
    console.log('read then #' + reads);
    return (resolve, reject) => {
      console.log('then called with', typeof resolve, resolve.length, JSON.stringify(resolve.name));
      resolve('from thenable');
      reject(new Error('ignored'));
      resolve('ignored too');
    };
  },
};
const p = new Promise(resolve => resolve(thenable));
console.log('sync, reads:', reads);
p.then(v => console.log('value:', v, 'reads:', reads));
Promise.resolve(thenable).then(v => console.log('via resolve:', v, 'reads:', reads));
const throwing = { get then() { throw new Error('getter threw'); } };
Promise.resolve(throwing).catch(e => console.log('rejected:', e.message));
