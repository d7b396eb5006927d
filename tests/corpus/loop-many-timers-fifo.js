// many timers with the same delay keep strict creation order
const order = [];
for (let i = 0; i < 200; i++) {
  setTimeout(() => order.push(i), 2);
}
setTimeout(() => {
  const sorted = order.every((v, i) => v === i);
  console.log('count', order.length, 'in order', sorted);
}, 50);
