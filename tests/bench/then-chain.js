// async: a chain of 300,000 .then reactions.
var p = Promise.resolve(0);
for (var i = 0; i < 300000; i++) {
  p = p.then(function (v) { return v + 1; });
}
p.then(function (v) { print(v); });
