// setTimeout 0 is treated as 1ms, so 0 and 1 keep creation order
setTimeout(() => console.log('a: 1ms'), 1);
setTimeout(() => console.log('b: 0ms'), 0);
setTimeout(() => console.log('c: 1ms'), 1);
setTimeout(() => console.log('d: no delay'));
setTimeout(() => console.log('e: negative'), -5);
setTimeout(() => console.log('f: NaN'), NaN);
