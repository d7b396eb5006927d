// setInterval with 0 delay repeats every ~1ms until cleared
let runs = 0;
const id = setInterval(() => {
  runs++;
  if (runs === 5) {
    clearInterval(id);
    console.log('stopped after', runs);
  }
}, 0);
setTimeout(() => console.log('runs when interval is done:', runs), 100);
