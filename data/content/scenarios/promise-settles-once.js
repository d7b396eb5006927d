// @title A promise settles only once
// @host node
// @note After the first resolve or reject, later calls are ignored.

const p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('third'));
});

p.then((v) => console.log('value:', v), (e) => console.log('error:', e.message));
