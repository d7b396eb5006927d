// The same 10,000,000 iterations on top-level (global) variables.
var sum = 0;
for (var i = 0; i < 10000000; i++) {
  sum = (sum + i * 7) % 1000003;
}
print(sum);
