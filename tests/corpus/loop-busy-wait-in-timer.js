// a long-running timer callback delays other due timers; order is still by due time
setTimeout(() => {
  console.log('slow timer starts');
  const t = Date.now();
  while (Date.now() - t < 50) {}
  console.log('slow timer ends');
}, 1);
setTimeout(() => console.log('timer due at 10'), 10);
setTimeout(() => console.log('timer due at 20'), 20);
