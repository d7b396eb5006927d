// function declarations inside blocks (sloppy mode) and inside if statements
console.log(typeof inBlock);
{
  function inBlock() { return 'block fn'; }
}
console.log(inBlock());
function outer() {
  if (true) {
    function inner() { return 'inner'; }
  }
  return inner();
}
console.log(outer());
(function () {
  'use strict';
  {
    function strictBlock() {}
  }
  console.log(typeof strictBlock);
})();
