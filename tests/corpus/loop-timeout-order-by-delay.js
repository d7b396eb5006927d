// timers fire by due time, not creation order
setTimeout(() => console.log('400ms'), 400);
setTimeout(() => console.log('40ms'), 40);
setTimeout(() => console.log('200ms'), 200);
setTimeout(() => console.log('0ms'), 0);
console.log('sync');
