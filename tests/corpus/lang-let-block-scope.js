// let is block-scoped and shadows outer bindings
let x = 'outer';
{
  let x = 'inner';
  console.log(x);
  {
    let x = 'innermost';
    console.log(x);
  }
  console.log(x);
}
console.log(x);
if (true) {
  let y = 1;
}
console.log(typeof y);
for (let i = 0; i < 2; i++) {
  let x = i * 10;
  console.log('loop', x);
}
console.log(x);
