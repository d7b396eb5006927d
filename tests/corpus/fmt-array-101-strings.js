// arrays of exactly 100 items print fully; 101 items show "... 1 more item"
const hundred = Array.from({ length: 100 }, (_, i) => 's' + i);
console.log(hundred.slice(90));
console.log(hundred);
hundred.push('s100');
console.log(hundred);
