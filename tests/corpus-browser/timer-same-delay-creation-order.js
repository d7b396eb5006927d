// Timers with the same delay created in one task run in creation order.
// @host browser
for (let i = 1; i <= 6; i++) {
  setTimeout(() => console.log('timer', i), 50);
}
setTimeout(() => console.log('zero delay, created last'), 0);
