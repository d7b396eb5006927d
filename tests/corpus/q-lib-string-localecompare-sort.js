// sorting strings: default code unit order vs localeCompare, with accents and case
const words = ['zebra', 'Apple', 'éclair', 'apple', 'Zoo', 'eclair', 'banana', '10', '9'];
console.log(words.slice().sort());
console.log(words.slice().sort((a, b) => a.localeCompare(b)));
console.log(['a', 'B', 'c'].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'é'.localeCompare('e'));
console.log(['item10', 'item2', 'item1'].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
