// seed: clear intervals and timeouts when done, otherwise they keep running (and keep the process alive)
let polls = 0;
const poller = setInterval(() => {
  polls++;
  console.log('poll', polls);
  if (polls === 3) {
    clearInterval(poller);
    console.log('poller cleared');
  }
}, 5);
const reminder = setTimeout(() => console.log('never: reminder was cancelled'), 10);
clearTimeout(reminder);
