// attaching handlers long after settlement still works
const settled = Promise.resolve('early');
const failed = Promise.reject(new Error('early failure'));
failed.catch(() => {});
setTimeout(() => {
  settled.then(v => console.log('late then:', v));
  failed.catch(e => console.log('late catch:', e.message));
  console.log('in timer');
}, 10);
