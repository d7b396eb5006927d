// Delays are converted to integers: negative, NaN and strings become numbers, then order by due time.
// @host browser
setTimeout(() => console.log('delay "40"'), '40');
setTimeout(() => console.log('delay 20.9'), 20.9);
setTimeout(() => console.log('delay -5'), -5);
setTimeout(() => console.log('delay NaN'), NaN);
setTimeout(() => console.log('delay "abc"'), 'abc');
setTimeout(() => console.log('delay 10'), 10);
setTimeout(() => console.log('no delay'));
