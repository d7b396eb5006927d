// window.onunhandledrejection as a property; preventDefault there hides the report.
// @host browser
window.onunhandledrejection = (e) => {
  console.log('handler property:', String(e.reason));
  if (e.reason === 'quiet') e.preventDefault();
};
Promise.reject('quiet');
setTimeout(() => Promise.reject('loud'), 100);
setTimeout(() => { window.onunhandledrejection = null; Promise.reject('no handler'); }, 200);
setTimeout(() => console.log('end'), 300);
