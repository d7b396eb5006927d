// refresh() restarts a timer's countdown; a watchdog pattern
const watchdog = setTimeout(() => console.log('watchdog fired'), 100);
let pings = 0;
const iv = setInterval(() => {
  pings++;
  console.log('ping', pings);
  watchdog.refresh();
  if (pings === 3) clearInterval(iv);
}, 50);
