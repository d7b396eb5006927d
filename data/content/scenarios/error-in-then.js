// @title A throw inside then
// @host node
// @note An exception in a callback rejects the promise that then
// @note returned; it does not escape to the surrounding try.

try {
  Promise.resolve().then(() => {
    throw new Error('thrown in then');
  }).catch((e) => console.log('the chain caught:', e.message));
  console.log('the try block finished without error');
} catch (e) {
  console.log('never here');
}
