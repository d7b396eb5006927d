// setTimeout and setInterval return distinct positive integer ids.
// @host browser
const a = setTimeout(() => {}, 10);
const b = setTimeout(() => {}, 10);
const c = setInterval(() => {}, 10);
clearInterval(c);
console.log('typeof id:', typeof a);
console.log('positive integers:', String(Number.isInteger(a) && a > 0 && b > 0 && c > 0));
console.log('distinct:', String(a !== b && b !== c && a !== c));
console.log('increasing:', String(a < b && b < c));
