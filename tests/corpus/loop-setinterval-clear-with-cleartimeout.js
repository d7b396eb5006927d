// clearTimeout and clearInterval are interchangeable in Node
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 2) clearTimeout(id);
}, 1);
const t = setTimeout(() => console.log('never'), 1);
clearInterval(t);
