// only the first resolve/reject call counts
const p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
});
p.then(v => console.log('resolved with', v), e => console.log('never', e));
const q = new Promise((resolve, reject) => {
  reject(new Error('rejected first'));
  resolve('ignored');
});
q.then(v => console.log('never', v), e => console.log('rejected with', e.message));
