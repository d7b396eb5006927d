// a script with a syntax error prints nothing and exits with code 1
console.log('this line is never reached because parsing fails');
function ok() {
  return 1;
}
const x = ;
console.log(ok(), x);
