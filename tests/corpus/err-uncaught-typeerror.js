// an uncaught runtime TypeError exits with code 1
console.log('start');
const config = undefined;
console.log('reading config');
console.log(config.port);
console.log('unreachable');
