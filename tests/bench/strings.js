// Builds 200,000 strings by concatenation and joins them.
var parts = [];
for (var i = 0; i < 200000; i++) {
  parts.push('item-' + i + ':' + (i % 7));
}
var text = parts.join(',');
print(text.length + ' ' + text.substring(text.length - 20));
