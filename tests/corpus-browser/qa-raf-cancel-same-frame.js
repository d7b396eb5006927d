// A frame callback can cancel a later callback of the same frame.
// @host browser
let second;
requestAnimationFrame(() => {
  console.log('first cancels second');
  cancelAnimationFrame(second);
});
second = requestAnimationFrame(() => console.log('second (never)'));
requestAnimationFrame(() => console.log('third'));
const gone = requestAnimationFrame(() => console.log('cancelled before frame (never)'));
cancelAnimationFrame(gone);
cancelAnimationFrame(99999);
