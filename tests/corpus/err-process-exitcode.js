// process.exitCode sets the exit code without stopping the script
console.log('setting exit code 3');
process.exitCode = 3;
console.log('still running');
setTimeout(() => console.log('timer still runs'), 0);
