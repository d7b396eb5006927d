// A script with a syntax error never runs: only the SyntaxError is reported.
// @host browser
console.log('this line never runs');
const x = {;
