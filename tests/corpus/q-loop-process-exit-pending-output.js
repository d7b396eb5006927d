// process.exit in a timer: output written before exit appears, later work does not
let i = 0;
const iv = setInterval(() => {
  console.log('interval', ++i);
  if (i === 2) { process.exitCode = 5; process.exit(); }
}, 20);
setTimeout(() => console.log('never'), 500);
