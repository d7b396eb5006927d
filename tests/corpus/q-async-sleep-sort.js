// sleep sort with well separated delays
const nums = [3, 1, 4, 2];
const sorted = [];
Promise.all(nums.map(n => new Promise(r => setTimeout(() => { sorted.push(n); r(); }, n * 50))))
  .then(() => console.log('sorted', sorted));
console.log('started');
