// @title Catch every rejection
// @host node
// @note The same failure with a .catch() at the end of the chain:
// @note the program carries on and the timer fires.

setTimeout(() => console.log('the timer fires'), 10);

Promise.reject(new Error('somebody is listening'))
  .then(() => console.log('skipped'))
  .catch((err) => console.log('handled:', err.message));
