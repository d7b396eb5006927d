// interval receives extra args, clears itself from inside via this
let runs = 0;
setInterval(function (label, step) {
  runs += step;
  console.log(label, runs);
  if (runs >= 3) clearInterval(this);
}, 20, 'run', 1);
