// Keeps 1,000,000 small objects alive at once (for peak memory per object).
var points = [];
for (var i = 0; i < 1000000; i++) {
  points.push({ x: i, y: i & 255 });
}
var sum = 0;
for (var j = 0; j < points.length; j += 1000) {
  sum += points[j].x + points[j].y;
}
print(points.length + ' ' + sum);
