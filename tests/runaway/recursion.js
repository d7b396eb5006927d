// runaway: unbounded recursion is a catchable RangeError, as in Node.
// exit: 0
// stdout: true Maximum call stack size exceeded
function down(n) {
  return down(n + 1) + 1;
}
try {
  down(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
