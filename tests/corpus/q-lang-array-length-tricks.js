// writing array length truncates or extends; index beyond length grows it
const a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a, a[3]);
a.length = 4;
console.log(a, a.length);
a[9] = 'ten';
console.log(a.length, a);
const b = [];
b['2'] = 'x';
b['02'] = 'y';
b[-1] = 'neg';
console.log(b.length, b);
try { b.length = -1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Array(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new Array(3), new Array(3).length, new Array('3'), Array(2, 3));
console.log([,].length, [, ,].length, [1, ,].length);
