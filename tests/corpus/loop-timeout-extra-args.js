// extra setTimeout arguments are passed to the callback
setTimeout((a, b, c) => console.log('args:', a, b, c), 1, 'x', 42, { k: 'v' });
setTimeout(function (...rest) { console.log('rest length', rest.length); }, 1);
setTimeout(console.log, 2, 'direct', 'console.log', 'callback');
setTimeout((...all) => console.log('undefined args kept:', all), 3, undefined, null);
console.log('sync');
