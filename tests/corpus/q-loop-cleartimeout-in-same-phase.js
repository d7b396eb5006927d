// a timer cleared by an earlier timer in the same phase does not run
let second;
setTimeout(() => { console.log('first clears second'); clearTimeout(second); }, 20);
second = setTimeout(() => console.log('second never'), 20);
setTimeout(() => console.log('third runs'), 20);
const t = setTimeout(() => console.log('cleared before due'), 40);
setTimeout(() => clearTimeout(t), 10);
