// @host browser
// Background work split over idle periods, one slice per period.
let slices = 0;
function work(deadline) {
  slices++;
  console.log('slice', slices, String(deadline.timeRemaining() <= 50));
  if (slices < 4) requestIdleCallback(work);
  else console.log('work done');
}
setTimeout(() => {
  requestIdleCallback(work);
  setTimeout(() => console.log('timer at +500 ms'), 500);
}, 300);
