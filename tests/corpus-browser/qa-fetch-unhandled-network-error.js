// A network error nobody catches is an unhandled rejection; the page keeps running.
// @host browser
// @fetch /down 100ms error
fetch('/down').then(() => console.log('never'));
setTimeout(() => console.log('still running'), 300);
