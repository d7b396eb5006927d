// objects with a then method are treated as promises (thenables)
const thenable = {
  then(onFulfilled, onRejected) {
    console.log('then called with', typeof onFulfilled, typeof onRejected);
    onFulfilled(42);
  },
};
Promise.resolve(thenable).then(v => console.log('value', v));
Promise.resolve().then(() => thenable).then(v => console.log('from then', v));
console.log('sync');
