// order of valueOf/toString calls in binary operators
function mk(name, v) {
  return {
    valueOf() { console.log(name + '.valueOf'); return v; },
    toString() { console.log(name + '.toString'); return 'S' + name; },
  };
}
const a = mk('a', 1), b = mk('b', 2);
console.log(a + b);
console.log(a - b);
console.log(a < b);
console.log(b > a);
console.log(a == 1);
console.log(`${a}${b}`);
const noValue = { valueOf() { return {}; }, toString() { return '9'; } };
console.log(noValue * 2);
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
