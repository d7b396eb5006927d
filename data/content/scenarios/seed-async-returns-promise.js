// @title An async function always returns a promise
// @host node
// @note Even a plain `return 1` comes back wrapped in a promise.

async function one() {
  return 1;
}

const result = one();
console.log(result instanceof Promise);
result.then((v) => console.log('resolved with', v));
console.log('after the call');
