// an error thrown deep inside nested calls and not caught exits with code 1
function a() { console.log('a'); b(); console.log('after b'); }
function b() { console.log('b'); c(); }
function c() { console.log('c'); [1, 2, 3].forEach((x) => { if (x === 2) throw new RangeError('x is 2'); console.log('item', x); }); }
a();
console.log('unreachable');
