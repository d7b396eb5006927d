// Number.prototype.toString(radix) and parsing back
console.log((255).toString(2), (255).toString(16), (255).toString(8), (255).toString(36));
console.log((-10).toString(2), (0.5).toString(2), (0.1).toString(2).length);
console.log((3.75).toString(16), (1e21).toString(36));
console.log(parseInt('11111111', 2), parseInt('ff', 16), parseInt('zz', 36));
console.log(0b1010, 0o17, 0xFF, 1_000_000);
try {
  (10).toString(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
