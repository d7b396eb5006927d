// cancelAnimationFrame works before the frame and from a callback of the same frame.
// @host browser
const dropped = requestAnimationFrame(() => console.log('never (cancelled by the script)'));
cancelAnimationFrame(dropped);
let later = 0;
requestAnimationFrame(() => {
  console.log('A cancels C');
  cancelAnimationFrame(later);
});
requestAnimationFrame(() => console.log('B runs'));
later = requestAnimationFrame(() => console.log('never (C was cancelled in the same frame)'));
console.log('ids are positive integers:', String(Number.isInteger(later) && later > 0));
