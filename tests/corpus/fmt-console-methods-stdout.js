// console.info and console.debug write to stdout; console.error and console.warn to stderr
console.log('log line');
console.info('info line', { i: 1 });
console.debug('debug line');
console.error('error line (stderr)');
console.warn('warn line (stderr)');
console.log('last line');
