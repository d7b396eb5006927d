// @title An unhandled rejection ends the process
// @host node
// @note Nobody catches the rejection, so Node reports it and exits
// @note with code 1; the timer never fires.

setTimeout(() => console.log('the timer never fires'), 10);

console.log('about to reject');
Promise.reject(new Error('nobody is listening'));
console.log('still synchronous');
