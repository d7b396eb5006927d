// clearing a timer and creating a new one puts the new one at the end of its list
const a = setTimeout(() => console.log('a (never)'), 5);
setTimeout(() => console.log('b'), 5);
clearTimeout(a);
setTimeout(() => console.log('a recreated'), 5);
setTimeout(() => console.log('c'), 5);
