// ICU's root collation: spaces, punctuation, symbols (emoji among them),
// currency, digits, then letters -- whatever the code points say.
const items = ['banana', '😀 smile', '$5', '10', '#tag', 'Apple', '★ star', '_private', '€3', 'apple', '9', '~tilde'];
console.log(items.slice().sort((a, b) => a.localeCompare(b)).join(' | '));
console.log('😀'.localeCompare('a'), 'a'.localeCompare('😀'), '€'.localeCompare('$'), '£'.localeCompare('1'));
console.log('★'.localeCompare('😀'), '+'.localeCompare('😀'), '#'.localeCompare('😀'));
// Turkish and Azeri case the dotted and dotless i apart.
console.log('istanbul'.toLocaleUpperCase('tr'), 'ISTANBUL'.toLocaleLowerCase('tr-TR'));
console.log('istanbul'.toLocaleUpperCase('en-US'), 'DİYARBAKIR'.toLocaleLowerCase(['az']));
