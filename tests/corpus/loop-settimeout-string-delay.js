// delays are converted to numbers; strings and objects work
setTimeout(() => console.log('delay "abc" (treated as 1)'), 'abc');
setTimeout(() => console.log('delay "5"'), '5');
setTimeout(() => console.log('delay { valueOf: 15 }'), { valueOf() { return 15; } });
setTimeout(() => console.log('delay "30"'), '30');
setTimeout(() => console.log('delay [40] (array converts to 40)'), [40]);
