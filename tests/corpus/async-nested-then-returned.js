// returning the inner chain makes the outer chain wait for it
Promise.resolve()
  .then(() => {
    console.log('outer 1');
    return Promise.resolve()
      .then(() => console.log('inner 1'))
      .then(() => console.log('inner 2'));
  })
  .then(() => console.log('outer 2'));
Promise.resolve()
  .then(() => console.log('other 1'))
  .then(() => console.log('other 2'))
  .then(() => console.log('other 3'))
  .then(() => console.log('other 4'))
  .then(() => console.log('other 5'));
