// Two rejections left unhandled in one task are both reported, in order, after the task.
// @host browser
Promise.reject(new Error('first'));
Promise.reject(new RangeError('second'));
console.log('sync end');
queueMicrotask(() => console.log('microtask'));
setTimeout(() => console.log('timer 100'), 100);
