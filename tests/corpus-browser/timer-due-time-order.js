// Timers fire by due time; equal due times fire in creation order.
// @host browser
setTimeout(() => console.log('300 ms (A)'), 300);
setTimeout(() => console.log('100 ms (B)'), 100);
setTimeout(() => console.log('200 ms (C)'), 200);
setTimeout(() => console.log('100 ms (D)'), 100);
setTimeout(() => console.log('0 ms (E)'), 0);
setTimeout(() => console.log('200 ms (F)'), 200);
console.log('all scheduled');
