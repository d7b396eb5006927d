// shift/unshift mutate the start of an array
const a = [3, 4];
console.log(a.unshift(1, 2), a);
console.log(a.unshift(), a.shift(), a.shift(), a);
console.log([].shift());
const queue = [];
queue.push('a');
queue.push('b');
queue.unshift('front');
console.log(queue.shift(), queue.shift(), queue.shift(), queue.length);
