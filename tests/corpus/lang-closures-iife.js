// an IIFE creates a private scope (module pattern)
const counterModule = (function () {
  let count = 0;
  function change(by) { count += by; }
  return {
    increment() { change(1); },
    value() { return count; },
  };
})();
counterModule.increment();
counterModule.increment();
console.log(counterModule.value(), counterModule.count);
const result = (() => {
  const secret = 42;
  return secret / 2;
})();
console.log(result);
console.log(typeof secret);
