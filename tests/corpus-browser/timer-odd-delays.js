// Negative, NaN and string delays are converted: -5 and 'abc' mean 0.
// @host browser
setTimeout(() => console.log('delay "100" (string)'), '100');
setTimeout(() => console.log('delay -5'), -5);
setTimeout(() => console.log('delay "abc" (NaN)'), 'abc');
setTimeout(() => console.log('no delay argument'));
setTimeout(() => console.log('delay 50.9 (truncated)'), 50.9);
console.log('sync');
