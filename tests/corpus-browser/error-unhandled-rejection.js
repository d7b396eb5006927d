// An unhandled rejection prints "Uncaught (in promise)"; the page keeps running.
// @host browser
Promise.reject(new Error('nobody caught me'));
console.log('script goes on');
setTimeout(() => console.log('timer at 100 ms still runs'), 100);
