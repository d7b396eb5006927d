// console.count and countReset print labels with counts; timeEnd output is not compared here
console.count();
console.count();
console.count('apples');
console.count('apples');
console.countReset('apples');
console.count('apples');
console.countReset('missing');
console.count('default');
