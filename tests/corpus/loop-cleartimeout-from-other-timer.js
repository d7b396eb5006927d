// a timer can cancel another timer that is already due
let victim;
setTimeout(() => {
  console.log('first clears second');
  clearTimeout(victim);
}, 1);
victim = setTimeout(() => console.log('never runs'), 1);
setTimeout(() => console.log('third still runs'), 1);
