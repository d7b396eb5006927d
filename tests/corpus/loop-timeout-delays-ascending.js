// delays 0, 1, 2, 10, 100 created in ascending order fire in that order
const fired = [];
for (const d of [0, 1, 2, 10, 100]) {
  setTimeout(() => {
    fired.push(d);
    console.log('fired', d);
  }, d);
}
setTimeout(() => console.log('all fired in order:', fired.join(',')), 150);
