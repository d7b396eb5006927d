// An unhandledrejection listener that calls preventDefault() hides the console report.
// @host browser
window.addEventListener('unhandledrejection', (event) => {
  console.log('unhandledrejection:', event.reason.message);
  if (event.reason.message === 'quiet') event.preventDefault();
});
Promise.reject(new Error('quiet'));
setTimeout(() => Promise.reject(new Error('loud')), 100);
setTimeout(() => console.log('done'), 200);
