// string comparison helpers usable for sorting
const names = ['bob', 'Alice', 'carol'];
console.log([...names].sort(), [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
console.log('a'.localeCompare('a'), 'a'.localeCompare('b') < 0, 'b'.localeCompare('a') > 0);
console.log('abc' < 'abd', 'abc'.length, 'a' + 'b' === 'ab');
console.log('Hello'.split('').map(c => c.charCodeAt(0)).join(' '));
