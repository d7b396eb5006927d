// Array.of vs Array constructor; Array.isArray
console.log(Array.of(3), Array(3), Array.of(1, 2, 3), Array(1, 2, 3), Array.of());
console.log(Array.isArray([]), Array.isArray(new Array()), Array.isArray({ length: 0 }));
console.log(Array.isArray('abc'), Array.isArray(Array.prototype), Array.isArray(null));
console.log(new Array('3'), new Array(2).length);
try {
  new Array(-1);
} catch (e) {
  console.log(e.name, e.message);
}
