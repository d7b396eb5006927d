// 10,000,000 iterations of integer arithmetic on locals of a function.
function run() {
  var sum = 0;
  for (var i = 0; i < 10000000; i++) {
    sum = (sum + i * 7) % 1000003;
  }
  return sum;
}
print(run());
