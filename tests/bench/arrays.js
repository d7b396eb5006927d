// push, sort (with a comparator), map, filter and reduce on 300,000 numbers.
var numbers = [];
var seed = 42;
for (var i = 0; i < 300000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  numbers.push(seed % 100000);
}
numbers.sort(function (a, b) { return a - b; });
var doubled = numbers.map(function (n) { return n * 2; });
var even = doubled.filter(function (n) { return n % 4 === 0; });
var total = even.reduce(function (acc, n) { return (acc + n) % 1000003; }, 0);
print(numbers[0] + ' ' + numbers[numbers.length - 1] + ' ' + even.length + ' ' + total);
