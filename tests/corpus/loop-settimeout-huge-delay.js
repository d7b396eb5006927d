// delays above 2^31-1 (and Infinity) are set to 1ms, with a warning on stderr
setTimeout(() => console.log('huge delay fires immediately'), 2 ** 31);
setTimeout(() => console.log('Infinity also becomes 1ms'), Infinity);
setTimeout(() => console.log('1.5ms fires after the 1ms timers'), 1.5);
setTimeout(() => console.log('10ms timer'), 10);
console.log('sync');
