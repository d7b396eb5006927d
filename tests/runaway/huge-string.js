// runaway: a 100 MB string, then doubled until something gives: Node throws
// "RangeError: Invalid string length", our engine may stop at its heap
// budget first.  Either way the run ends with exit code 1.
// exit: 1
// stderr: heap budget|Invalid string length
let s = 'x'.repeat(1e8);
console.log(s.length);
for (;;) {
  s = s + s;
  console.log(s.length);
}
