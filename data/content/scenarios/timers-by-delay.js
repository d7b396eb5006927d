// @title Timers fire by delay, not by creation order
// @host node
// @note Timers with the same delay keep their order; a shorter delay
// @note fires first whatever the order in the code.

setTimeout(() => console.log('100 ms'), 100);
setTimeout(() => console.log('0 ms, first'), 0);
setTimeout(() => console.log('50 ms'), 50);
setTimeout(() => console.log('0 ms, second'), 0);
