// A delay above 2^31-1 ms wraps around as a 32-bit integer, so the timer runs almost at once.
// @host browser
setTimeout(() => console.log('2**31 ms timer (wraps)'), 2 ** 31);
setTimeout(() => console.log('2**32 + 20 ms timer (wraps to 20)'), 2 ** 32 + 20);
setTimeout(() => console.log('10 ms timer'), 10);
setTimeout(() => console.log('Infinity timer (0)'), Infinity);
setTimeout(() => console.log('50 ms timer'), 50);
