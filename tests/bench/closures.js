// Creates 1,000,000 closures and calls each once.
function adder(n) {
  return function (x) {
    return (x + n) % 1000003;
  };
}
var sum = 0;
for (var i = 0; i < 1000000; i++) {
  sum = adder(i)(sum);
}
print(sum);
