// nested thens versus flat chains: inner chains run in their own ticks
Promise.resolve()
  .then(() => {
    console.log('outer 1');
    Promise.resolve()
      .then(() => console.log('inner 1'))
      .then(() => console.log('inner 2'));
  })
  .then(() => console.log('outer 2'))
  .then(() => console.log('outer 3'));
