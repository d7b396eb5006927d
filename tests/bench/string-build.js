// Builds strings with += one piece at a time: 1,000,000 one-character
// appends, then 100,000 short lines.
var s = '';
for (var i = 0; i < 1000000; i++) {
  s += String.fromCharCode(97 + (i % 26));
}
var csv = '';
for (var j = 0; j < 100000; j++) {
  csv += j + ',' + (j % 7) + '\n';
}
print(s.length + ' ' + s.substring(s.length - 5) + ' ' + csv.length + ' ' + csv.charCodeAt(csv.length - 2));
