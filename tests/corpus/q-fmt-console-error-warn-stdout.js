// console.error/warn/trace go to stderr; info/debug go to stdout
console.log('log');
console.info('info');
console.debug('debug');
console.error('error (stderr)');
console.warn('warn (stderr)');
console.trace('trace (stderr)');
console.log('%s done', 'all');
