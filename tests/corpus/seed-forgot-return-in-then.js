// seed: forgetting to return inside then passes undefined downstream (and breaks waiting)
const getUser = () => new Promise(r => setTimeout(() => r({ name: 'Ada' }), 5));
getUser()
  .then(user => { user.name.toUpperCase(); })
  .then(v => console.log('without return:', v));
getUser()
  .then(user => user.name.toUpperCase())
  .then(v => console.log('with return:', v));
Promise.resolve()
  .then(() => { getUser().then(() => console.log('inner promise finished late')); })
  .then(() => console.log('outer chain did not wait'));
