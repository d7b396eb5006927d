// Creates 1,000,000 small short-lived objects.
var sum = 0;
for (var i = 0; i < 1000000; i++) {
  var point = { x: i, y: i & 255, tag: 'p' };
  sum = (sum + point.x + point.y) % 1000003;
}
print(sum);
