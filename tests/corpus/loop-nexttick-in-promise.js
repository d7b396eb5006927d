// a nextTick queued inside a promise callback runs after the current microtask queue drains
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick from promise 1'));
}).then(() => console.log('promise 1 chained'));
Promise.resolve().then(() => console.log('promise 2'));
