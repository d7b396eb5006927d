// process.exit called from a timer ends the process with that code
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) process.exit(4);
}, 1);
console.log('scheduled', typeof id);
