// window.onerror sees uncaught errors; returning true hides the console report.
// @host browser
window.onerror = (message, source, line, col, error) => {
  console.log('onerror:', message, '| error.message:', error.message);
  return error.message === 'hidden';
};
setTimeout(() => { throw new Error('hidden'); }, 0);
setTimeout(() => { throw new Error('shown'); }, 50);
setTimeout(() => console.log('end'), 100);
