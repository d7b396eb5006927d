// nested functions and scope chain lookups through several levels
const level = 'global';
function a() {
  const level = 'a';
  function b() {
    function c() {
      return level;
    }
    return c();
  }
  return b();
}
console.log(a());
function shadow() {
  let v = 1;
  {
    let v = 2;
    {
      return v;
    }
  }
}
console.log(shadow());
let counter = 0;
const incs = [() => counter++, () => counter++];
incs.forEach(f => f());
console.log(counter);
