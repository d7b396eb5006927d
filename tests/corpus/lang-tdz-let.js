// accessing a let binding before its declaration throws a ReferenceError (TDZ)
try {
  console.log(a);
  let a = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let b = 'outer';
{
  try {
    b = 'x';
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  let b = 'inner';
  console.log(b);
}
console.log(b);
