// findLast / findLastIndex search from the end
const nums = [1, 8, 3, 10, 5, 12, 7];
console.log(nums.findLast(n => n % 2 === 0), nums.findLastIndex(n => n % 2 === 0));
console.log(nums.findLast(n => n > 100), nums.findLastIndex(n => n > 100));
console.log(nums.find(n => n > 4), nums.findLast(n => n > 4));
const order = [];
['a', 'b', 'c'].findLast((x, i) => { order.push(i); return false; });
console.log(order);
