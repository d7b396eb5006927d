// an interval that clears itself after N runs
let count = 0;
const id = setInterval(() => {
  count++;
  console.log('interval run', count);
  if (count === 4) {
    clearInterval(id);
    console.log('cleared');
  }
}, 5);
