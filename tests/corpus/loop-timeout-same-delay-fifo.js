// timers with the same delay fire in creation order
for (let i = 1; i <= 5; i++) {
  setTimeout(() => console.log('timer', i), 100);
}
setTimeout(() => console.log('zero A'), 0);
setTimeout(() => console.log('zero B'), 0);
