// setInterval passes extra arguments on every run
let n = 0;
const id = setInterval((label, step) => {
  n += step;
  console.log(label, n);
  if (n >= 30) clearInterval(id);
}, 1, 'total', 10);
