// a thenable calling resolve twice (or resolve then reject) only counts once
const twice = {
  then(resolve, reject) {
    resolve('first');
    resolve('second');
    reject(new Error('too late'));
  },
};
Promise.resolve(twice).then(v => console.log('got', v), e => console.log('never', e));
const asyncTwice = {
  then(resolve) {
    setTimeout(() => { resolve('timer first'); resolve('timer second'); }, 0);
  },
};
Promise.resolve(asyncTwice).then(v => console.log('got', v));
